"""Hunt AS (session 37): assessment tables (考核任务分解表, 考核细则, 目标责任考核表) of other provinces, and the last note's
grade / summary leftovers: tests/fixtures/review/ct_s37_as_*, each read as written by hand before the run."""
from __future__ import annotations

import pytest

import jixiao.history as H

F = ("item_no", "section_no", "section", "group", "content", "points", "requirement", "responsible", "kind", "cap")


def _items(r) -> list[tuple]:
    return [tuple(a[k] for k in F) for a in r.tables["assessment_items"]]


def _codes(r) -> list[str]:
    return [w["code"] for w in r.tables["warnings"]]


# ---------------------------------------------------------------- 1. points and caps written only in the rule column
def test_points_a_rule_states(read):
    """No 分值 column: `未成立领导小组扣2分` (one all-or-nothing figure: 2), `每少1项扣0.5分，扣完为止` (a figure a time of
    a base item: not said), `满分3分，…` (3); under 加分项 `加2分` (its cap) and `每项加1分，最高加3分` (1 a time, cap 3).
    All were null but the last cap."""
    r = read("ct_s37_as_rule_points.txt")
    got = [(a["item_no"], a["points"], a["kind"], a["cap"]) for a in r.tables["assessment_items"]]
    assert got == [(1, 2.0, "base", None), (2, None, "base", None), (3, 3.0, "base", None),
                   (4, None, "bonus", 2.0), (5, 1.0, "bonus", 3.0)]
    assert r.tables["assessment_items"][0]["content"] == "组织领导：成立绩效管理工作领导小组，明确专人负责。"
    assert _codes(r) == []


def test_a_bonus_table_by_its_head(read):
    """`序号 | 加分事项 | 加分标准 | 责任单位`: the head says the items are 加分 (they were base, no points, no cap)."""
    r = read("ct_s37_as_bonus_standard_column.txt")
    assert _items(r) == [
        (1, None, None, None, "招商引资项目落地", 1.5, "每个加1.5分", ["招商局"], "bonus", None),
        (2, None, None, None, "获省级表彰", None, "加2分", ["办公室"], "bonus", 2.0),
    ]


# ---------------------------------------------------------------- 2. columns of no contract role
def test_deadline_leader_evidence_self_score(read):
    """完成时限 / 责任领导 / 佐证材料 / 自评分 were dropped: now the extension columns deadline, leader, evidence, self_score."""
    r = read("ct_s37_as_deadline_leader_evidence_self.txt")
    got = [(a["content"], a["points"], a["responsible"], a["deadline"], a["leader"], a["evidence"], a["self_score"])
           for a in r.tables["assessment_items"]]
    assert got == [
        ("落实安全生产责任制，签订责任书。", 10.0, ["安监站"], "2024年3月底前", "张明", "责任书文本", 10.0),
        ("开展隐患排查治理。", 15.0, ["安监站", "应急办"], "全年", "李华", "排查台账", 14.0),
    ]


def test_self_score_and_leader_in_other_tables(read):
    assert [a["self_score"] for a in read("ct_s37_as_w08_self_score.txt").tables["assessment_items"]] == [5.0, 4.0]
    assert [a["leader"] for a in read("ct_s37_as_w10_hezhang_leader.txt").tables["assessment_items"]] == \
        ["分管副乡长", "分管副乡长"]
    assert [(a["deadline"], a["evidence"]) for a in
            read("ct_s37_as_w05_jiedao_deadline_evidence.txt").tables["assessment_items"]] == \
        [("2023年6月底", "办件记录"), ("全年", "台账")]
    assert [a["self_score"] for a in read("ct_s37_as_w19_xlsx_merged.xlsx").tables["assessment_items"]] == \
        [9.0, 10.0, 20.0, None]


# ---------------------------------------------------------------- 3. the units that assess
@pytest.mark.parametrize("name, responsible, assessor", [
    ("ct_s37_as_assessor_only.txt", [None, None], [["县河长办"], ["县水利局"]]),            # 考核单位 alone
    ("ct_s37_as_w18_assessor_then_lead.txt", [["县河长办"]] * 2, [["市河长办"]] * 2),      # 考核单位 | 牵头单位
    ("ct_s37_as_w16_assessor_and_assessed.txt", [["各乡镇"]] * 2, [["县应急局"]] * 2),     # 考核部门 | 被考核单位
    ("ct_s37_as_w07_leibie_assessor.txt", [None] * 3, [["县发改局"], ["县工信局"], ["县生态环境分局"]]),
])
def test_assessor_columns_are_no_responsible_units(read, name, responsible, assessor):
    got = read(name).tables["assessment_items"]
    assert [a["responsible"] for a in got] == responsible
    assert [a["assessor"] for a in got] == assessor


# ---------------------------------------------------------------- 4. a DOCX and the PDF LibreOffice made of it
@pytest.mark.parametrize("name", ["ct_s37_as_safety_assessment.docx", "ct_s37_as_safety_assessment.pdf"])
def test_an_assessment_table_as_docx_and_pdf(read, name):
    """The empty 分值 cell of a 扣分项 row: its `每起扣2分。` stays the rule (it was taken for the points, rule null)."""
    r = read(name)
    assert _items(r) == [
        (1, None, "组织领导", None, "成立安全生产委员会，每季度召开1次专题会议。", 10.0, "每少召开1次扣2分。",
         ["乡安监站"], "base", None),
        (2, None, "组织领导", None, "签订安全生产目标责任书，覆盖率100%。", 10.0, "未签订的不得分。",
         ["乡安监站"], "base", None),
        (3, None, "隐患排查", None, "开展隐患排查治理，整改率达到95%以上。", 30.0, "每低1个百分点扣1分。",
         ["乡应急办", "派出所"], "base", None),
        (4, None, "扣分项（最高扣5分）", None, "发生一般安全生产事故的。", 2.0, "每起扣2分。", ["乡安监站"], "penalty", 5.0),
        (None, None, "一票否决", None, "发生较大及以上安全生产责任事故的，年度考核实行一票否决。", None, None, None, "veto", None),
    ]
    assert [a["deadline"] for a in r.tables["assessment_items"]] == ["每季度", "3月底前", "全年", None, None]
    assert r.document["status"] == "ok"


# ---------------------------------------------------------------- 5. a results list under a neutral title
def test_a_results_list_of_neutral_title(read):
    r = read("ct_s37_as_results_neutral_title.txt")
    assert [(p["form"], p["name"], p["score"], p["grade"], p["year"]) for p in r.tables["projects"]] == [
        ("self_eval", "农村公路养护项目", 92.5, "优", 2023), ("self_eval", "城乡环卫一体化项目", 85.0, "良", 2023),
        ("self_eval", "义务教育营养改善计划", 78.0, "中", 2023)]


def test_negatives_still_give_nothing():
    from pathlib import Path

    from jixiao.pipeline import process_file
    for p in sorted(Path("/work/shared/negatives").glob("*")):
        if p.suffix.lower() in (".md", ".json"):
            continue
        t = process_file(p).tables
        assert not t["projects"] and not t["assessment_items"], p


# ---------------------------------------------------------------- 6. an indicator table's 合计 row
def test_an_indicator_tables_total_row_is_checked(read):
    """`合计 | 100 | 98` over rows scoring 96, then `综合得分 | 96`: the score is 96 (the 合计's 98 won), and the 合计 is
    checked against the rows above it."""
    r = read("ct_s37_as_indicator_total_row.txt")
    [p] = r.tables["projects"]
    assert (p["score"], p["grade"]) == (96.0, "优")
    [w] = [w for w in r.tables["warnings"] if w["code"] == "total_row_mismatch"]
    assert "states scores of 98" in w["message"] and "5 rows above it add up to 96" in w["message"]
    assert "weights_not_100" not in _codes(r)


def test_a_total_then_the_full_marks_keeps_the_total(read):
    """`合计 | 90 | 83` then `总分 | 100` (the full marks): the score stays 83."""
    assert read("r3_s1_total_fullmarks.txt").tables["projects"][0]["score"] == 83


# ---------------------------------------------------------------- 7. history: =100% -> =95%
def test_equal_targets_below_a_rates_top_are_looser():
    rate = lambda v, unit="%": {"op": "=", "value": v, "unit": unit, "level2": "质量指标", "level3": "验收合格率"}
    assert H.direction(rate(100), rate(95)) == "looser"
    assert H.direction(rate(95), rate(100)) == "tighter"
    assert H.direction(rate(0, "起"), rate(2, "起")) == "looser"
    assert H.direction(rate(5), rate(3)) is None              # (neither a top nor none: no sense under =)


# ---------------------------------------------------------------- 8. other provinces' tables
EXPECTED = {
    "ct_s37_as_w01_xiangzhen.txt": [
        (1, "一", "经济发展", None, "招商引资：全年引进亿元以上项目2个。", 15.0, "每少1个扣5分，扣完为止。", ["经发办"], "base", None),
        (2, "一", "经济发展", None, "财政收入：一般公共预算收入增长8%。", 15.0, "每低1个百分点扣1分。", ["财政所"], "base", None),
        (3, "一", "经济发展", None, "项目建设：完成重点项目投资2亿元。", 10.0, "按完成比例计分。", ["经发办"], "base", None),
        (4, "二", "社会事业", None, "教育：义务教育巩固率100%。", 10.0, "未达到不得分。", ["教育办"], "base", None),
        (5, "二", "社会事业", None, "卫生：家庭医生签约率达到75%以上。", 20.0, "每低1个百分点扣1分。", ["卫生院"], "base", None),
        (6, "三", "加分项（不超过5分）", None, "荣誉：获省级以上表彰。", 2.0, "每项加2分。", ["党政办"], "bonus", 5.0),
        (7, "四", "一票否决", None, "安全：发生较大以上安全事故的。", None, "一票否决", ["安监站"], "veto", None),
    ],
    "ct_s37_as_w03_hezhang.txt": [
        (1, None, None, "组织体系", "河长名单公示", 5.0, "未公示的扣5分。", ["县河长办", "各乡镇"], "base", None),
        (1, None, None, "组织体系", "河长巡河", 10.0, "县级河长每季度不少于1次，每少1次扣1分。", ["县河长办"], "base", None),
        (2, None, None, "水资源保护", "水功能区达标率", 10.0, "达标率低于80%的不得分。", ["县水利局", "县生态环境分局"],
         "base", None),
        (3, None, "扣分项（最高扣10分）", None, "发生重大水污染事件的", 5.0, "每起扣5分", ["县生态环境分局"], "penalty", 10.0),
    ],
    "ct_s37_as_w06_bonus_penalty_tables.txt": [
        # (the captions 加分项目 / 扣分项目 over each table: their items' section)
        (1, None, "加分项目", None, "工作经验在全国推广", None, "加3分", None, "bonus", 3.0),
        (2, None, "加分项目", None, "获省级表彰", 1.0, "每项加1分，最高加2分", None, "bonus", 2.0),
        (1, None, "扣分项目", None, "被省级以上通报批评", 2.0, "每次扣2分", None, "penalty", None),
    ],
    "ct_s37_as_w11_bracket_section_rows.txt": [
        (1, "一", "履职效能", None, "重点工作：完成县委县政府交办的重点工作。", 30.0, "每项未完成扣3分，最高扣30分。",
         ["办公室"], "base", None),
        (2, "一", "履职效能", None, "服务质量：群众满意度达到90%以上。", 30.0, "低于90%的，每低1个百分点扣1分。",
         ["业务股"], "base", None),
        (3, "二", "加分项（最高加3分）", None, "创新工作：工作创新被市级以上推广。", None, "市级加1分，省级加2分，国家级加3分。",
         ["办公室"], "bonus", 3.0),
    ],
    "ct_s37_as_w12_html_rowspan.html": [
        (1, "一", "水利建设", None, "完成水利投资1.5亿元", 15.0, "每少完成10%扣1.5分", ["县水利局"], "base", None),
        (2, "一", "水利建设", None, "完成农田水利设施建设", 15.0, "未完成不得分", ["县水利局"], "base", None),
        (3, "二", "扣分项", None, "发生水利安全生产事故", 5.0, "每起扣5分，扣完为止", ["县水利局"], "penalty", 5.0),
    ],
    "ct_s37_as_w13_markdown_veto.md": [
        (1, "一", "基础工作", None, "建立生态环境保护责任清单", 10.0, "未建立扣10分", ["县生态环境分局"], "base", None),
        (2, "一", "基础工作", None, "开展环境执法检查", 10.0, "每少1次扣2分", ["县生态环境分局"], "base", None),
        (3, "二", "一票否决项", None, "发生重大环境污染事件", None, "实行一票否决", ["县生态环境分局"], "veto", None),
    ],
    "ct_s37_as_w14_parenthesised_items.txt": [
        (1, "1", "乡村振兴", None, "完成高标准农田建设1万亩。", 10.0, "每少1000亩扣1分。", ["农业农村办"], "base", None),
        (2, "1", "乡村振兴", None, "农村人居环境整治达标率90%。", 15.0, "每低1个百分点扣1分，扣完为止。", ["农业农村办"],
         "base", None),
        (1, "2", "社会治理", None, "信访积案化解率100%。", 15.0, "每有1件未化解扣3分。", ["信访办"], "base", None),
    ],
    "ct_s37_as_w15_points_in_rule.txt": [
        (1, None, None, None, "党建工作", 20.0, "落实党建工作责任制（10分）；开展主题党日活动（10分）。", ["机关党委"], "base", None),
        (2, None, None, None, "预算执行", 20.0, "预算执行率达到95%以上得满分，每低1个百分点扣1分。", ["财务科"], "base", None),
        (3, None, None, None, "信息公开", 10.0, "满分10分，未按时公开的每次扣2分。", ["办公室"], "base", None),
        (4, None, None, None, "保密工作", 5.0, "发生失泄密事件的扣5分。", ["办公室"], "base", None),
    ],
    "ct_s37_as_w17_bonus_caption_cap.txt": [
        (1, None, "加分项目（加分总计不超过5分）", None, "争取上级资金", 1.0, "每争取1000万元加1分，最高加3分。", ["各部门"],
         "bonus", 3.0),
        (2, None, "加分项目（加分总计不超过5分）", None, "获国家级表彰", 2.0, "加2分", ["各部门"], "bonus", 5.0),
    ],
    "ct_s37_as_w19_xlsx_merged.xlsx": [
        (1, None, "河长履职", None, "乡级河长每月巡河不少于1次", 10.0, "每少1次扣1分", ["乡河长办"], "base", None),
        (2, None, "河长履职", None, "村级河长每周巡河不少于1次", 10.0, "每少1次扣0.5分，扣完为止", ["各村"], "base", None),
        (3, None, "水环境治理", None, "消除劣V类水体", 20.0, "未消除的不得分", ["乡环保站"], "base", None),
        (4, None, "加分项（最高加5分）", None, "创新：河长制工作经验被省级推广", 2.5, "每次加2.5分", ["乡河长办"], "bonus", 5.0),
    ],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_items_as_the_table_says(read, name):
    r = read(name)
    assert _items(r) == EXPECTED[name]
    assert not [w for w in r.tables["warnings"] if w["code"] in ("unparsed_row", "unplaced_cell")]


def test_rule_points_by_hand():
    from normalize.records import _rule_points
    assert _rule_points("满分3分，未按时报送的每次扣1分。", "base") == (3.0, "3")
    assert _rule_points("引进亿元以上项目每个计20分，最高120分。", "base") == (None, None)   # (20 a time)
    assert _rule_points("未按期完成扣2分，未完成不得分。", "base") == (None, None)
    assert _rule_points("未成立领导小组扣2分。", "base") == (2.0, "2分")
    assert _rule_points("每少1项扣0.5分，扣完为止。", "base") == (None, None)
    assert _rule_points("每项加2分，最高加4分", "bonus") == (2.0, "每次加2分")
    assert _rule_points("加2分", "bonus") == (2.0, "2分")
    assert _rule_points("市级加1分，省级加2分，国家级加3分。", "bonus") == (None, None)

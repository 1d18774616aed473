"""Hunt as (session 39): assessment tables — a filled 考核评分表's score column (assessment_items.score, schema 11),
a part's own number `（2）` (part_no), sections numbered `一` alone in the 序号 column, and tables of kinds and places
not tried before: tests/fixtures/review/ct_s39_as_*, each reading written down by hand before the run."""
from __future__ import annotations

import pytest

from tests.hunt_tools import warning_codes

B, P, O = "base", "penalty", "bonus"


def _items(r) -> list[tuple]:
    return [(a["section_no"], a["section"], a["item_no"], a["content"], a["points"], a["requirement"], a["kind"])
            for a in r.tables["assessment_items"]]


def _col(r, key) -> list:
    return [a[key] for a in r.tables["assessment_items"]]


# ---------------------------------------------------------------- 1. the score given (得分 / 考核得分 / 评分)
def test_self_score_and_score_both_filled(read):
    """`自评分 | 考核得分`: both columns; `8.5分`, `/`, `—`, `扣2分` (a penalty's deduction: -2, its sign kept),
    `不得分` (0). The 分值 cell `扣分项` makes item 4 a penalty item, its rule's 每起扣2分 its points.
    (main: 考核得分 named in an unplaced_cell warning, the file partial; item 4 base with no points)"""
    r = read("ct_s39_as_both_scores.txt")
    assert _col(r, "self_score") == [10.0, 5.0, 10.0, 0.0, 4.0]
    assert _col(r, "score") == [8.5, None, None, -2.0, 0.0]
    assert _col(r, "kind") == [B, B, B, P, B]
    assert _col(r, "points") == [10.0, 5.0, 10.0, 2.0, 5.0]
    assert _col(r, "cap") == [None] * 5
    assert r.tables["warnings"] == [] and r.document["status"] == "ok"


def test_both_scores_in_a_workbook(read):
    """The same in a workbook, numbers as numbers (8.5, 0), `/` and an empty cell (main: partial, no score)."""
    r = read("ct_s39_as_both_scores.xlsx")
    assert _col(r, "self_score") == [10.0, 5.0, 10.0, 0.0, 4.0]
    assert _col(r, "score") == [8.5, None, None, -2.0, 0.0]
    assert _col(r, "kind") == [B, B, B, P, B]
    assert r.document["status"] == "ok"


def test_penalty_table_scores_keep_their_sign(read):
    """`序号 | 扣分事项 | 分值 | 扣分标准 | 得分` with `-5`, `扣2分`, `0`: -5, -2, 0 (main: a warning, no score)."""
    r = read("ct_s39_as_penalty_signed.txt")
    assert [(a["content"], a["kind"], a["points"], a["cap"], a["score"]) for a in r.tables["assessment_items"]] == [
        ("发生一般生产安全事故", P, 5.0, 10.0, -5.0),
        ("被上级督查通报批评", P, 2.0, 5.0, -2.0),
        ("隐患整改不到位", P, 1.0, 5.0, 0.0),
    ]
    assert r.tables["warnings"] == []


def test_a_bare_评分_column(read):
    """`考核项目 | 考核要点 | 标准分 | 评分办法 | 评分`: 评分 is the score given (main: named in a warning)."""
    r = read("ct_s39_as_safety_score_head.txt")
    assert _items(r) == [
        (None, "责任落实", 1, "党政同责、一岗双责落实情况", 20.0, "未落实扣10分", B),
        (None, "隐患排查", 2, "建立隐患排查治理台账", 15.0, "未建立不得分", B),
        (None, "宣传教育", 3, "开展安全生产月活动", 10.0, "未开展扣5分", B),
    ]
    assert _col(r, "score") == [18.0, 15.0, 7.5]
    assert r.document["status"] == "ok"


def test_first_and_review_scores(read):
    """`初评得分 | 复核得分`: the last, the reviewed score, is `score`; the first is named in one warning
    (main: both dropped with no warning, the file ok)."""
    r = read("ct_s39_as_two_score_cols.txt")
    assert _col(r, "score") == [35.0, 17.0, 9.0]
    assert _col(r, "points") == [40.0, 20.0, 10.0]
    assert warning_codes(r) == ["unplaced_cell"]
    assert "'初评得分'" in r.tables["warnings"][0]["message"]
    assert r.tables["warnings"][0]["message"].endswith("not kept: 1：35；2：18；3：10")


def test_score_and_its_deduction_note(read):
    """乡 村级综合考核评分表 `… | 得分 | 扣分说明`: the score and the note (main: the score named in a warning, the
    note dropped with none); the note's `扣…` is no cap."""
    r = read("ct_s39_as_township_deduction_note.txt")
    assert _items(r) == [
        (None, "党建工作", 1, "三会一课落实情况", 15.0, "每少开一次扣1分", B),
        (None, "集体经济", 2, "村集体经济收入达到10万元以上", 20.0, "每少1万元扣2分", B),
        (None, "乡村治理", 3, "矛盾纠纷化解率达到98%", 15.0, "每低1个百分点扣1分", B),
    ]
    assert _col(r, "score") == [13.0, 20.0, 12.0]
    assert _col(r, "score_note") == ["少开组织生活会2次", None, "化解率95%"]
    assert _col(r, "cap") == [None] * 3
    assert r.tables["warnings"] == [] and r.document["status"] == "ok"


def test_wrapped_rule_and_a_penalty_row(read):
    """A dump whose 评分标准 a line break cut (`扣完为` / `止`), then `3 | 信访稳定 | 发生越级上访 | 扣分项 | 每起扣2分 |
    -4` (main: `扣分项` fit no column — an unplaced_cell warning —, the rule taken for the points, the item base)."""
    r = read("ct_s39_as_wrapped_rule_score.txt")
    assert _items(r) == [
        (None, "平安创建", 1, "平安村（社区）创建达标率达到90%以上", 10.0, "每低1个百分点扣1分，扣完为止", B),
        (None, "矛盾化解", 2, "矛盾纠纷调处成功率达到95%以上", 10.0, "每低1个百分点扣1分", B),
        (None, "信访稳定", 3, "发生越级上访", 2.0, "每起扣2分", P),
    ]
    assert _col(r, "score") == [8.0, 10.0, -4.0]
    assert r.tables["warnings"] == [] and r.document["status"] == "ok"


def test_full_width_scores_and_a_noted_score(read):
    """`１８．５`, `１０分`, `8（扣2分）` (main: a warning naming them, no score; then 8（扣2分） was no number)."""
    r = read("ct_s39_as_fullwidth_score.txt")
    assert _col(r, "item_no") == [1, 2, 3]
    assert _col(r, "points") == [20.0, 10.0, 10.0]
    assert _col(r, "score") == [18.5, 10.0, 8.0]
    assert r.document["status"] == "ok"


def test_html_merged_number_and_score(read):
    """A web page's table, 序号 and 考核项目 merged over two items, `—` for no score (main: a warning)."""
    r = read("ct_s39_as_html_merged_score.html")
    assert _items(r) == [
        (None, "组织保障", 1, "成立工作专班", 5.0, "未成立不得分", B),
        (None, "组织保障", 1, "落实工作经费", 5.0, "经费未落实扣3分", B),
        (None, "任务落实", 2, "完成年度改造任务", 20.0, "每少完成1%扣1分", B),
    ]
    assert _col(r, "score") == [5.0, 2.0, None]
    assert r.document["status"] == "ok"


# ---------------------------------------------------------------- 2. parts numbered （1） （2）
def test_parts_in_the_number_column_under_a_figure_row(read):
    """`1 | 招商引资 | 20 |` (points, no rule) over `（1） | 新签约… | 10 | …`: a section numbered 1, its parts the items
    numbered 1 and 2; a later `3 | 财政收入 | 10 | …` is none of its (main: the four parts unparsed rows, lost)."""
    r = read("ct_s39_as_bracketed_parts.txt")
    assert _items(r) == [
        ("1", "招商引资", 1, "新签约亿元以上项目5个以上", 10.0, "每少1个扣2分。", B),
        ("1", "招商引资", 2, "实际到位资金3亿元以上", 10.0, "每少1000万元扣1分。", B),
        ("2", "重点项目建设", 1, "市级重点项目按期开工", 12.0, "每延期1个扣3分。", B),
        ("2", "重点项目建设", 2, "区级重点项目按期竣工", 8.0, "每延期1个扣2分。", B),
        (None, None, 3, "财政收入", 10.0, "完成年度目标得满分，每低1个百分点扣1分。", B),
    ]
    assert r.tables["warnings"] == [] and r.document["status"] == "ok"


def test_parts_in_the_content_keep_their_number(read):
    """`1.招商引资（20分） | 20` over `（1）新签约… | 10`: the parts numbered as the heading (item_no 1, the heading
    their group) keep their own number in part_no, a skipped `（3）` too (main: the part number stripped, no field)."""
    r = read("ct_s39_as_parts_in_content.txt")
    assert [(a["group"], a["item_no"], a["part_no"], a["content"], a["points"], a["responsible"])
            for a in r.tables["assessment_items"]] == [
        ("招商引资（20分）", 1, 1, "新签约亿元以上项目5个以上", 10.0, ["招商服务中心"]),
        ("招商引资（20分）", 1, 2, "实际到位资金3亿元以上", 10.0, ["招商服务中心"]),
        ("固定资产投资（15分）", 2, 1, "固定资产投资增长8%以上", 8.0, ["发改局"]),
        ("固定资产投资（15分）", 2, 3, "工业投资增长10%以上", 7.0, ["工信局"]),
        (None, 3, None, "统计工作", 5.0, ["统计局"]),
    ]
    assert r.tables["warnings"] == []


# ---------------------------------------------------------------- 3. `一` alone in the 序号 column
NUMERAL = [
    ("一", "组织领导", 1, "成立整治工作领导小组，明确分管领导", 10.0, "未成立领导小组扣5分，未明确分管领导扣5分。", B),
    ("一", "组织领导", 2, "制定年度实施方案", 10.0, "未制定方案不得分，方案内容不全扣3分。", B),
    ("二", "村庄清洁", 1, "生活垃圾日产日清", 30.0, "每发现一处垃圾堆积扣2分。", B),
    ("二", "村庄清洁", 2, "农户厕所改造完成率达到90%以上", 20.0, "每低1个百分点扣1分。", B),
    ("三", "长效管护", 1, "建立保洁员队伍", 15.0, "未建立不得分。", B),
    ("三", "长效管护", 2, "落实管护经费", 15.0, "经费未落实扣15分。", B),
]


@pytest.mark.parametrize("name", ["ct_s39_as_section_numeral_alone.txt", "ct_s39_as_section_numeral_alone.xlsx"])
def test_numeral_alone_in_the_number_column(read, name):
    """`一 | 组织领导 | 20 |` section rows over `1 | … | 10 | …` items (main read these right already: a guard)."""
    r = read(name)
    assert _items(r) == NUMERAL
    assert r.tables["warnings"] == [] and r.document["status"] == "ok"


def test_numeral_alone_in_word_with_merged_title(read):
    """In Word the section's name and points merged over 考核内容 … 评分标准: `一 | 组织领导（20分）`, the name the
    section, its points section_points (hunt s48 sc4; they were written in the section)."""
    r = read("ct_s39_as_section_numeral_alone.docx")
    assert _items(r) == NUMERAL
    assert [a["section_points"] for a in r.tables["assessment_items"]] == [20, 20, 50, 50, 30, 30]
    assert r.tables["warnings"] == []


# ---------------------------------------------------------------- 4. other tables
def test_department_weights_are_the_points(read):
    """部门目标管理绩效考核评分细则 `考核指标 | 权重 | 考核内容 | 评分细则` (no 序号): 权重 the points (main: three
    unparsed rows, no item)."""
    r = read("ct_s39_as_dept_weight.txt")
    assert _items(r) == [
        (None, "职能目标", None, "年度职能工作任务完成情况", 50.0, "按市目标办下达的任务，全部完成得满分，每少完成1项扣5分", B),
        (None, "共性目标", None, "党风廉政建设、意识形态、依法行政等", 30.0, "按各牵头部门考核结果折算", B),
        (None, "满意度评价", None, "服务对象满意度测评", 20.0, "按测评得分折算", B),
    ]
    assert r.tables["warnings"] == [] and r.document["status"] == "ok"


def test_business_environment_explanation_and_source(read):
    """营商环境 `考核指标 | 指标解释 | 分值 | 评分方法 | 数据来源`: 指标解释 explanation, 数据来源 evidence (main: both
    dropped, no warning)."""
    r = read("ct_s39_as_business_env.txt")
    assert [(a["item_no"], a["content"], a["points"], a["explanation"], a["evidence"], a["responsible"])
            for a in r.tables["assessment_items"]] == [
        (1, "开办企业", 10.0, "企业开办全流程办理时间", "市场监管局", None),
        (2, "获得电力", 10.0, "低压小微企业用电报装办理时间", "供电公司", None),
        (3, "政务服务", 15.0, "一网通办事项占比", "政务服务中心", None),
    ]
    assert r.tables["assessment_items"][0]["requirement"] == "办理时间压缩至1个工作日以内得满分，每超0.5个工作日扣2分"


def test_river_chief_bonus_and_penalty_sections(read):
    """河长制 `一、基础工作（60分）` / `二、加分项（最高加5分）` / `三、扣分项` across the table (a guard)."""
    r = read("ct_s39_as_river_chief.txt")
    assert [(a["section_no"], a["item_no"], a["content"], a["points"], a["kind"], a["cap"])
            for a in r.tables["assessment_items"]] == [
        ("一", 1, "河长巡河履职", 30.0, B, None),
        ("一", 2, "一河一档建设", 30.0, B, None),
        ("二", 1, "河长制工作经验被省级以上推广", 2.0, O, 5.0),
        ("三", 1, "发生重大水污染事件", 5.0, P, None),
    ]


def test_points_in_the_item_text_only(read):
    """`序号 | 考核内容及分值 | 评分标准`, `建立林长制组织体系（10分）`: the points from the text (a guard)."""
    r = read("ct_s39_as_points_in_text.txt")
    assert _col(r, "points") == [10.0, 20.0, 20.0]
    assert _col(r, "requirement")[1] == "乡级林长每月巡林不少于1次，每少1次扣2分"


def test_a_table_over_two_pages_with_its_head_again(read):
    """The head repeated after a page break: no item of it, the four items in order with their units (a guard)."""
    r = read("ct_s39_as_split_pages.txt")
    assert [(a["item_no"], a["content"], a["points"], a["responsible"]) for a in r.tables["assessment_items"]] == [
        (1, "大气污染防治", 20.0, ["市生态环境局"]), (2, "水污染防治", 20.0, ["市生态环境局"]),
        (3, "土壤污染防治", 15.0, ["市农业农村局"]), (4, "固体废物管理", 15.0, ["市卫健委"])]
    assert r.tables["warnings"] == []


@pytest.mark.parametrize("name,want", [
    ("ct_s38_ak_l2_finer.txt", [1, 2, 1, 2]),                 # `1 | 组织体系（15分） | （1）…` then `| | （2）…`
    ("ct_s34_bm_title_over_subitems.txt", [1, 2, None, None]),  # `1.党风廉政建设 | （1）…` then `| （2）…`
    ("al_c25_assess_bracketed_then_numbered_subitems.txt", [None, None, 1, 2, 1]),
])
def test_earlier_tables_parts_keep_their_number(read, name, want):
    """Parts `（1）` `（2）` of a numbered item in earlier hunts' tables: item_no the item's, part_no their own (main:
    the `（1）` stripped or kept in the text, no field; items numbered `（1）` under a section are items, no parts)."""
    assert _col(read(name), "part_no") == want


def test_evidence_and_data_source_both_kept(read):
    """`佐证材料 | 数据来源 | 得分`: both columns are the item's evidence, joined (a table with both; main: 数据来源
    dropped with no warning, 得分 named in a warning, the file partial)."""
    r = read("ct_s39_as_evidence_and_source.txt")
    assert _col(r, "evidence") == ["报送记录；县统计局", "检查台账"]
    assert _col(r, "score") == [9.0, 10.0]
    assert r.tables["warnings"] == [] and r.document["status"] == "ok"


def test_full_marks_and_a_score_of_words(read):
    """得分 `满分` is the item's points (10); `待核定` no score, named in a warning, not dropped silently (main: the
    whole column named in a warning, no score)."""
    r = read("ct_s39_as_score_words.txt")
    assert _col(r, "score") == [10.0, 9.0, None]
    assert warning_codes(r) == ["unplaced_cell"]
    assert r.tables["warnings"][0]["message"].endswith("cells of no score, not kept: 3：待核定")

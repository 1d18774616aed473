"""Review ra (session 38): this session's target rules (hunt TG) and assessment rules (hunt AK) tried on other forms:
tests/fixtures/review/ct_s38_ra_*, each reading written down by hand before the run."""
from __future__ import annotations

F = ("level3", "op", "value", "value_max", "unit", "qualifier", "target_text")


def _inds(r) -> dict:
    return {i["level3"]: tuple(i[k] for k in F[1:]) for i in r.tables["indicators"]}


def test_a_satisfaction_row_under_a_self_evaluation_head_reads_the_form(read):
    """`满意度指标 | 服务对象满意度指标 | …` (a goal head's words and 对象 in one row, no name): the packed-list test of
    a 部门整体 list asked a name `heads` the merge of two branches left undefined, a NameError: the whole file failed,
    no indicator (main read all nine)."""
    r = read("ct_s38_ra_satisfaction_row.txt")
    assert r.document["status"] == "ok"
    got = _inds(r)
    assert len(got) == 9
    # (both trees read these as text: a target written whole in 【】 / [] brackets)
    assert got["养护里程"] == (">=", 120.0, None, "公里", None, None)
    assert got["桥梁检查座数"] == (">=", 30.0, None, "座", None, None)
    assert got["路面优良率"] == (">=", 1.5, None, None, None, None)
    assert got["安全事故起数"] == ("=", -5.0, None, "%", None, None)
    assert got["每公里养护成本"] == ("<=", 12000.0, None, "元", None, None)
    assert got["扬尘投诉"] == (">=", 10.0, None, "%", "同比下降", None)
    assert got["沿线群众满意度"] == (">=", 90.0, None, "%", "满意度", None)


def test_a_part_number_is_kept_where_it_is_no_items_number(read):
    """`_PART_LEAD` took `（1）` off an item's text: not in `（1）建立河长名单 （2）设立公示牌` / `①巡河记录 ②问题整改` (the
    parts of a list a dump writes a space apart, no punctuation between), nor in `(1)号文件落实情况` (its name's number)."""
    r = read("ct_s38_ra_part_numbers.txt")
    assert [(a["item_no"], a["section"], a["content"], a["points"]) for a in r.tables["assessment_items"]] == [
        (1, "组织体系", "（1）建立河长名单 （2）设立公示牌", 10.0),
        (2, "制度建设", "(1)号文件落实情况", 10.0),
        (3, "巡河管理", "①巡河记录 ②问题整改", 10.0),
    ]


def test_a_projects_evaluation_of_two_levels_stays_its_scores(read):
    """`一级指标 | 二级指标 | 分值 | 评分标准` under a project's 绩效评价表 (项目名称, 主管部门), its levels `产出指标` …
    `满意度指标`: the project's scores with their weights (as main read it), not a 考核细则's items (hunt AK's
    `_levels_as_assessment` took every such table for one: the scores lost, the form an assessment)."""
    r = read("ct_s38_ra_eval_two_levels.txt")
    assert r.tables["assessment_items"] == []
    assert [(s["level1"], s["level2"], s["weight"]) for s in r.tables["scores"]] == [
        ("产出指标", "整治村庄数量", 30.0), ("产出指标", "验收合格率", 30.0), ("满意度指标", "群众满意度", 40.0)]
    assert [p["name"] for p in r.tables["projects"]] == ["农村环境整治项目"]


def test_a_deadline_with_a_full_stop_after_it_stays_a_deadline(read):
    """`2024.12.` under 时效指标 (a year and month, an ASCII full stop after it): the deadline `2024.12` as `2024.12`
    reads, not `=` 2024.12 (the rule dropping a trailing `.` made it the number; main read it as text); the other
    targets' full stops dropped."""
    r = read("ct_s38_ra_trailing_dot_dates.txt")
    got = _inds(r)
    assert got["完工时间"] == (None, None, None, None, None, "2024.12")
    assert got["验收时间"] == ("<=", None, None, None, None, "2024.12")
    assert got["开工时间"] == (None, None, None, None, None, "2024.3")
    assert got["维修面积"] == (">=", 5.0, None, "万平方米", None, None)
    assert got["验收合格率"] == ("=", 100.0, None, "%", None, None)


def test_a_word_cells_two_numbered_paragraphs_keep_their_numbers(read):
    """A DOCX 考核内容 cell of two paragraphs `（1）建立河长名单` / `（2）设立公示牌` (read run together): a list, its
    numbers kept (the `（1）` was taken off as the item's number); 认定单位 the assessors, `-5` beside `每发生一起扣1分`
    the cap with 1 point a time, `≤3` a 加分 item's cap."""
    r = read("ct_s38_ra_parts_docx.docx")
    assert [(a["item_no"], a["section"], a["content"], a["points"], a["cap"], a["kind"], a["assessor"])
            for a in r.tables["assessment_items"]] == [
        (1, "组织体系", "（1）建立河长名单（2）设立公示牌", 10.0, None, "base", ["县水利局"]),
        (2, "巡河履职", "县级河长每季度巡河1次", 10.0, None, "base", ["县河长办"]),
        (3, "扣分项", "发生水污染事件", 1.0, 5.0, "penalty", ["县生态环境局"]),
        (4, "加分项", "工作经验被推广", None, 3.0, "bonus", ["县河长办"]),
    ]


def test_bracketed_groups_under_a_section_row_with_its_points(read):
    """`一、党的建设 | | 20 |` (a section row, its points in 分值), then `（一）基层组织 | 支部标准化建设 | 10 | …` in the
    section column: groups of the section, which is kept (both trees made each `（一）` cell the section, 党的建设 lost;
    main also left the section row unparsed)."""
    r = read("ct_s38_ra_bracketed_groups.txt")
    assert [(a["section_no"], a["section"], a["group"], a["content"], a["points"]) for a in
            r.tables["assessment_items"]] == [
        ("一", "党的建设", "（一）基层组织", "支部标准化建设", 10.0),
        ("一", "党的建设", "（二）党风廉政", "落实两个责任", 10.0),
        ("二", "经济发展", "（一）招商引资", "引进项目3个", 30.0),
    ]
    assert [w["code"] for w in r.tables["warnings"]] == []


def test_the_same_evaluation_as_a_sheet_with_a_merged_level(read):
    """The XLSX of it, `产出指标` merged over two rows: its four scores, no assessment items (main: 4 items)."""
    r = read("ct_s38_ra_eval_two_levels.xlsx")
    assert r.tables["assessment_items"] == []
    assert [(s["level1"], s["level2"], s["weight"]) for s in r.tables["scores"]] == [
        ("产出指标", "整治村庄数量", 30.0), ("产出指标", "验收合格率", 30.0), ("效益指标", "群众出行改善", 20.0),
        ("满意度指标", "群众满意度", 20.0)]

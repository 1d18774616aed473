"""Hunt sc4: score tables (评分表 of 自评表 and 评价 reports) and assessment tables (考核评分表 / 考核细则). The unit's
per-row 自评分 beside an evaluator's scores (`scores.self_score`); `/` or `—` in a 扣分 column; the header_missing
message of a scored 指标体系 naming no project; a department's 工作考核 headed 评分标准; a section's points written in its
text (`assessment_items.section_points`). Fixtures ct_s48_sc4_* (text dumps with tabs between cells, as samples/, from
tests/fixtures/make_s48_sc4.py). Each reading was written down by hand before jixiao was run; the comments say what
main gave."""
from __future__ import annotations

from tests.hunt_tools import only_project, other_fields, warning_codes


def test_unit_self_scores_kept_per_row_beside_the_evaluators(read):
    """A 第三方 评分表 `分值 | 单位自评分 | 评价得分`: the evaluator's 4.5, 8, 15, 36, 27.5 the scores (91 the project's),
    the unit's 5, 10, 15, 39, 30 each row's `self_score`, its 合计 99 in other_fields. Main: the per-row 自评分 lost
    (only the 合计 kept; no self_score column)."""
    r = read("ct_s48_sc4_self_scores_rows.txt")
    p = only_project(r)
    assert (p["score"], other_fields(p)["单位自评分"]) == (91, "99")
    got = [(s["level3"], s["weight"], s.get("self_score"), s["score"]) for s in r.tables["scores"]]
    assert got == [("立项依据充分性", 5, 5, 4.5), ("绩效目标明确性", 10, 10, 8), ("资金到位率", 15, 15, 15),
                   ("安防设施建设里程", 40, 39, 36), ("沿线群众满意度", 30, 30, 27.5)]
    assert warning_codes(r) == []


def test_a_slash_or_dash_in_the_deduction_column_is_nothing_taken_off(read):
    """`分值 | 扣分 | 扣分原因` with `/`, `2`, `—`, `1.5`, `/` (合计 3.5): 10, 18, 40, 8.5, 20 (96.5). Main: the rows of
    `/` and `—` no score (None), their points lost from the scores' sum."""
    r = read("ct_s48_sc4_deduction_slash.txt")
    assert only_project(r)["score"] == 96.5
    assert [(s["weight"], s["score"]) for s in r.tables["scores"]] == [(10, 10), (20, 18), (40, 40), (10, 8.5),
                                                                       (20, 20)]
    assert warning_codes(r) == []


def test_header_missing_says_what_is_missing(read):
    """A scored `2024年度县级重点建设项目绩效评价指标体系` (a class of projects, no 项目名称): one project named null, its
    4 scores, and a header_missing warning that says no project's name was read from the title. Main: `a form without its
    title and 项目名称 (the start of the form was lost)` — the title is there, nothing was lost."""
    r = read("ct_s48_sc4_framework_no_name.txt")
    p = only_project(r)
    assert (p["name"], p["score"], len(r.tables["scores"])) == (None, 93, 4)
    msg = [w["message"] for w in r.tables["warnings"] if w["code"] == "header_missing"]
    assert len(msg) == 1 and "no project's name read from its title" in msg[0] and "lost" not in msg[0]
    assert "2024年度县级重点建设项目绩效评价指标体系" in msg[0]


def test_a_department_work_assessment_headed_scoring_standard(read):
    """`2024年度县直部门预算绩效管理工作考核评分表`, `一级指标 | 二级指标 | 分值 | 评分标准 | 得分` over 组织管理 / 工作成效:
    a body's work assessed — 5 assessment items (section, content, points, rule, score), no project. Main: a project
    named null with 5 scores (组织管理 read as a project's level 1), its rules lost."""
    r = read("ct_s48_sc4_dept_scoring_standard.txt")
    assert r.tables["projects"] == [] and r.tables["scores"] == []
    got = [(a["section"], a["content"], a["points"], a["score"]) for a in r.tables["assessment_items"]]
    assert got == [("组织管理", "机构建设", 10, 10), ("组织管理", "制度建设", 10, 8), ("工作成效", "绩效目标管理", 30, 28),
                   ("工作成效", "绩效自评", 30, 30), ("工作成效", "结果应用", 20, 15)]
    assert r.tables["assessment_items"][2]["requirement"] == "绩效目标覆盖率100%得30分，每降低1个百分点扣1分"


def test_section_points_written_in_the_section_text(read):
    """`一、经济发展（40分）`, `二、社会事业(30分)` over their items: section `经济发展` / `社会事业`, section_points 40 / 30;
    `三、加分项（最高加5分）` is a cap, no points: kept as written, its item's cap 5. Main: `经济发展（40分）` as the section,
    the points in its text."""
    r = read("ct_s48_sc4_section_points.txt")
    got = [(a["section_no"], a["section"], a.get("section_points"), a["item_no"], a["points"], a["cap"])
           for a in r.tables["assessment_items"]]
    assert got == [("一", "经济发展", 40, 1, 20, None), ("一", "经济发展", 40, 2, 20, None),
                   ("二", "社会事业", 30, 3, 15, None), ("二", "社会事业", 30, 4, 15, None),
                   ("三", "加分项（最高加5分）", None, 5, 3, 5)]
    assert r.tables["assessment_items"][4]["kind"] == "bonus"


def test_veto_written_where_the_points_go(read):
    """A 考核评分表's `安全管理 | 瞒报、谎报生产安全事故 | 一票否决 | 查实即取消评优资格` (一票否决 in the 分值 column, under
    no 否决 section): a veto item, its rule the 考核标准 cell; beside a 一票否决 section's item, 加分项 / 扣分项 items scored
    (2.5; a penalty's 0 nothing taken off). Main: the row lost (`unparsed_row … 安全管理`: 一票否决 taken for the rule, the
    rule for the 得分), the file partial."""
    r = read("ct_s48_sc4_kaohe_bonus_veto.txt")
    got = [(a["section"], a["content"], a["kind"], a["points"], a["cap"], a["score"], a["requirement"])
           for a in r.tables["assessment_items"]]
    assert got == [("基础工作", "安全生产责任制落实", "base", 40, None, 40, "未签订责任书扣10分"),
                   ("基础工作", "隐患排查治理", "base", 60, None, 56, "每发现1处隐患未整改扣2分"),
                   ("加分项", "安全生产经验做法被省级推广", "bonus", 2.5, 5, 2.5, "每项加2.5分"),
                   ("扣分项", "发生一般生产安全事故", "penalty", 5, 10, 0, "每起扣5分"),
                   ("一票否决", "发生较大及以上生产安全事故", "veto", None, None, None, "发生即取消评优资格"),
                   ("安全管理", "瞒报、谎报生产安全事故", "veto", None, None, None, "查实即取消评优资格")]
    assert r.tables["assessment_items"][1]["score_note"] == "2处隐患未按期整改"
    assert warning_codes(r) == [] and r.document["status"] == "ok"

"""Hunt ly7 (session 59): layout and score leftovers of of5, ly6, ly5 and sc8, with fixtures ct_s59_ly7_* (text
dumps, tab-separated cells, from tests/fixtures/review/make_s59_ly7.py); each reading was written down by hand before
jixiao was run.
"""
from __future__ import annotations

import pytest

from tests.hunt_tools import budget_lines, only_project, other_fields, warning_codes

_CARRIED = [
    ("产出指标", "数量指标", "改造雨污管网长度", "≥18公里"),
    ("产出指标", "数量指标", "改造老旧小区数量", "≥12个"),
    ("产出指标", "质量指标", "工程验收合格率", "100%"),
    ("效益指标", "生态效益指标", "污水收集率", "≥85%"),
    ("满意度指标", "服务对象满意度指标", "小区居民满意度", "≥90%"),
]


def _ind(r, *keys):
    return [tuple(i.get(k) for k in keys) for i in r.tables["indicators"]]


def _scores(r, *keys):
    return [tuple(s.get(k) for k in keys) for s in r.tables["scores"] if not s["is_subtotal"]]


def test_project_list_over_the_forms_title_is_no_breakdown(read):
    """(guard: a text dump) `序号 | 项目名称 | 功能科目 | 上年预算数 | 本年预算数` over `2025年度项目支出绩效目标表` and the
    form of one of them: no line of the form's, the form's money its own 180 万元."""
    r = read("ct_s59_ly7_list_over_form.txt")
    p = only_project(r)
    assert p["name"] == "农村饮水工程维修养护" and p["title"] == "2025年度项目支出绩效目标表"
    assert p["budget_year"] == 1_800_000 and p["budget_total"] is None and budget_lines(r) == []


def test_project_list_over_the_forms_title_on_its_sheet(tmp_path):
    """of5's workbook, the list over the form's title on one sheet: a project_list, no line, no budget_total (main:
    the list's 4 projects the form's lines, its 合计's 上年预算数 1685 万元 the form's budget_total)."""
    import openpyxl

    from jixiao.pipeline import process_file
    from tests.fixtures.review.make_s58_of5 import BUDGET_PROJECTS, FORM
    wb = openpyxl.Workbook()
    for row in BUDGET_PROJECTS + [[]] + FORM:
        wb.active.append(row)
    wb.save(tmp_path / "over.xlsx")
    r = process_file(str(tmp_path / "over.xlsx"))
    p = only_project(r)
    assert p["name"] == "农村公路安全生命防护工程" and p["budget_total"] is None and budget_lines(r) == []
    assert warning_codes(r) == ["project_list"]


def test_name_line_atop_page_two_same_as_page_one(read):
    """`项目名称：<the same name>` over the head printed again: the page's running head, one table, one project."""
    r = read("ct_s59_ly7_name_line_same.txt")
    p = only_project(r)
    assert p["name"] == "城区老旧小区雨污分流改造工程"
    assert p["department"] == "某县住房和城乡建设局" and p["unit"] == "某县市政设施维护中心"
    assert _ind(r, "level1", "level2", "level3", "target_raw") == _CARRIED
    assert warning_codes(r) == [] and other_fields(p) == {}


def test_name_line_atop_page_two_naming_another_opens_its_form(read):
    """(guard) `项目名称：<another name>` over the head again: another project's form, page 2's rows its own."""
    r = read("ct_s59_ly7_name_line_other.txt")
    assert [p["name"] for p in r.tables["projects"]] == ["城区老旧小区雨污分流改造工程", "城区公园绿地提质改造工程"]
    first, second = (p["project_id"] for p in r.tables["projects"])
    assert [i["level3"] for i in r.tables["indicators"] if i["project_id"] == first] == ["改造雨污管网长度", "改造老旧小区数量"]
    assert [i["level3"] for i in r.tables["indicators"] if i["project_id"] == second] == ["工程验收合格率", "污水收集率",
                                                                                       "小区居民满意度"]


def test_dept_line_atop_page_two_naming_another_is_kept(read):
    """`主管部门：<another department>` over the head again: page 1's department stays, the other kept under its
    label (it was dropped without a word), the table goes on."""
    r = read("ct_s59_ly7_dept_line_other.txt")
    p = only_project(r)
    assert p["department"] == "某县住房和城乡建设局"
    assert other_fields(p).get("主管部门") == "某县城市管理和综合执法局"
    assert _ind(r, "level1", "level2", "level3", "target_raw") == _CARRIED


def test_item_under_merged_points_with_its_own_score_noted(read):
    """`| | 立项程序规范性 | | | 4` under `… | 立项依据充分性 | 10 | … | 5`: the 分值 shared, said in its note and
    the points_shared_assumed warning, as an item sharing both is."""
    r = read("ct_s59_ly7_merged_points_own_scores.txt")
    rows = _scores(r, "level3", "weight", "score", "note")
    assert rows[:3] == [("立项依据充分性", 10.0, 5.0, None),
                        ("立项程序规范性", None, 4.0, "与“立项依据充分性”共用分值"),
                        ("预算执行率", 20.0, 19.0, None)]
    assert only_project(r)["score"] == 94
    assert warning_codes(r) == ["points_shared_assumed"]


def test_reviewer_column_adding_to_its_total_no_weights_warning(read):
    """`分值 | 自评得分 | 复核得分`, the 复核 column's rows making the 合计's 90: the reviewer's score, the unit's 94
    kept under its head, no weights_not_100."""
    r = read("ct_s59_ly7_reviewer_column.txt")
    p = only_project(r)
    assert p["score"] == 90
    assert other_fields(p).get("自评得分") == "94"
    assert _scores(r, "weight", "score", "self_score") == [(10.0, 9.0, 10.0), (20.0, 19.0, 19.0), (20.0, 16.0, 18.0),
                                                           (30.0, 28.0, 30.0), (20.0, 18.0, 17.0)]
    assert "weights_not_100" not in warning_codes(r)


def test_reviewer_line_below_a_table_making_its_own_total(read):
    """`合计 | 100 | 94` over rows making 94, then `复核得分：90分`: the reviewer's 90, the 94 kept as 总分, no
    weights_not_100 (the table adds up; it was "the scores add up to 94 but the total score is 90", as sc8 kept it)."""
    r = read("ct_s59_ly7_review_line_below.txt")
    p = only_project(r)
    assert p["score"] == 90 and other_fields(p).get("总分") == "94"
    assert "weights_not_100" not in warning_codes(r)


def test_self_and_fiscal_heads_read_not_failed(read):
    """`分值 | 评分标准 | 单位自评 | 财政评价` under a 自评表: the file is read (main: `KeyError: 'score'`, status failed,
    nothing kept); the 评分表's rows the 财政评价's figures."""
    r = read("ct_s59_ly7_self_fiscal_heads.txt")
    assert r.document["status"] != "failed"
    assert only_project(r)["name"] == "桃源县漳江街道背街小巷提质改造项目"
    got = {(x["level3"], x.get("weight"), x.get("score")) for x in r.tables["indicators"] + r.tables["scores"]}
    assert {("立项依据充分性", 10.0, 9.0), ("沿线居民满意度", 20.0, 18.0)} <= got


# (a plain test since review rv65: it was a strict xfail, the table read as more indicators of the form)
def test_self_and_fiscal_heads_a_scoring_table(read):
    r = read("ct_s59_ly7_self_fiscal_heads.txt")
    p = only_project(r)
    assert p["score"] == 90 and other_fields(p).get("单位自评") == "94"
    assert _scores(r, "weight", "score", "self_score")[0] == (10.0, 9.0, 10.0)


@pytest.mark.parametrize("name, score, grade", [("ct_s59_ly7_cn_score_line.txt", 94, "优"),
                                                ("ct_s59_ly7_cn_score_point_five.txt", 87.5, "良")])
def test_score_in_chinese_numerals(read, name, score, grade):
    """`自评得分：九十四分` (`八十七点五分`): the score 94 (87.5)."""
    p = only_project(read(name))
    assert p["score"] == score and p["grade"] == grade

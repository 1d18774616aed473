"""Mend md49 (session 64) of review rd64's groups A (parsers/forms.py), C and D2 (parsers/core.py), with fixtures
ct_s64_md49_* (from tests/fixtures/review/make_s64_md49.py); each reading was written down by hand before jixiao
was run.
Decided: a second body under a department read with no label's rank (`主管部门及代码：165县林业局`, split into code
and name) is kept under `主管部门` (main: IndexError, the file failed); a `2)` right after a figure's decimal point
(`（完成率104.2）`) is the bracket's close, no sentence's number (main: the cell refused, an indicator lost); a describe
word opening a value that holds a figure (`简要说明本项目对全县126公里…`) is the value, as one followed by a colon or
如下 is since review rv115 (main: blanked without a word); the months so far of a monitoring form's head are dates' SO_FAR_PERIOD (`1月-6月执行数`, `上半年执行数`: spent,
as `1-6月执行数` was).
Kept: a 填报说明's describe lines (`二、年度绩效目标：概括描述…`) are no value (a guard: passes on main).
"""
from __future__ import annotations

from tests.hunt_tools import only_project, other_fields, warning_codes


def _dept(p):
    return (p["department"], p["department_code"], p["unit"], p["contact"])


def test_second_body_under_glued_department_code(read):
    """`主管部门及代码：165县林业局` then `县林业投资发展有限公司` alone: the department and its code as written, the second
    body under 主管部门 (main: IndexError, no project)."""
    r = read("ct_s64_md49_dept_code_glued.txt")
    p = only_project(r)
    assert _dept(p) == ("县林业局", "165", "县森林病虫害防治检疫站", "王丽")
    assert p["leader"] == "刘建国"
    assert other_fields(p) == {"主管部门": "县林业投资发展有限公司"}


def test_second_body_under_department_code_after_name(read):
    """`主管部门及代码：县林业局 165` (the code after the name), the same second body (main: IndexError)."""
    p = only_project(read("ct_s64_md49_dept_code_after.txt"))
    assert _dept(p) == ("县林业局", "165", "县森林病虫害防治检疫站", "王丽")
    assert other_fields(p) == {"主管部门": "县林业投资发展有限公司"}


def test_narrated_sentences_with_bracketed_decimals(read):
    """Four numbered sentences, two with a bracketed decimal (`（完成率104.2）`, `（较上年提高2.5）`): four indicators,
    the bracket kept in what was done (main: the first two lost, an unparsed_row)."""
    r = read("ct_s64_md49_narrated_decimals.txt")
    got = [(i["level2"], i["level3"], i["target_raw"], i["actual_raw"], i["score"]) for i in r.tables["indicators"]]
    assert got == [("数量指标", "培训人数", "1200人次", "1250人次(完成率104.2)", 20.0),
                   ("质量指标", "培训合格率", "≥95%", "97%(较上年提高2.5)", 20.0),
                   ("社会效益指标", "培训后就业率", "≥80%", "82%", 30.0),
                   ("满意度指标", "学员满意度", "≥90%", "94%", 20.0)]
    assert "unparsed_row" not in warning_codes(r)


def test_values_opening_with_a_describe_word(read):
    """`项目概况：简要说明本项目…126公里…` (a figure: no instruction) and `年度绩效目标：简述如下，完成126公里…` (review
    rv115's, kept): both values as written (main: the overview blanked without a word)."""
    p = only_project(read("ct_s64_md49_describe_values.txt"))
    assert p["overview"] == "简要说明本项目对全县126公里农村公路进行日常养护，保障群众出行安全。"
    assert p["goal_annual"] == "简述如下，完成126公里农村公路日常养护，路面优良率达到85%以上。"
    assert (p["name"], p["department"], p["unit"], p["contact"]) == (
        "农村公路日常养护项目", "县交通运输局", "县公路事务中心", "周敏")


def test_notes_describe_lines_stay_blank(read):
    """A guard (passes on main): a 填报说明's `简要说明项目立项依据、实施内容（300字以内）。` and `概括描述项目年度预期达到
    的产出和效果。` say what to write: no overview, no goal."""
    p = only_project(read("ct_s64_md49_describe_notes.txt"))
    assert p["name"] == "农村公路日常养护项目"
    assert p.get("overview") is None and p.get("goal_annual") is None


def test_monitor_spent_head_months_with_both_months(read):
    """A monitoring form's `1月-6月执行数 | 150.00`: the money spent so far, as under `1-6月执行数` (main: lost)."""
    p = only_project(read("ct_s64_md49_monitor_months.txt"))
    assert (p["budget_initial"], p["spent"], p["execution_rate"]) == (3000000.0, 1500000.0, 0.5)


def test_monitor_spent_head_half_year(read):
    """`上半年执行数 | 150.00`: the money spent so far (main: lost)."""
    p = only_project(read("ct_s64_md49_monitor_half_year.txt"))
    assert (p["budget_initial"], p["spent"], p["execution_rate"]) == (3000000.0, 1500000.0, 0.5)

"""Hunt ti8 (session 53): titles, letterheads, running heads, division codes and the department a title names.
Fixtures ct_s53_ti8_* (text dumps, tab-separated cells, and one Word file, from tests/fixtures/review/make_s53_ti8.py);
each reading was written down by hand before jixiao was run.

Decided:
- a letterhead, a body's name alone on the line right above the form's first title (`湖南省洞口县教育局` over
  `2024年学生资助项目绩效目标表`), is the form's owner where no field names one: a body of government the department
  (as written, its province too), an institution the unit (`洞口县职业中等专业学校`); a 主管部门 row wins; a finance
  office's letterhead (it sends others' forms on) gives none;
- a running head printed again at the top of each page (`洞口县2024年项目支出绩效目标表汇编`) inside a form's table is
  no title of a new part nor an indicator: the table goes on under it — a page's number beside it (`| 第2页`), the
  page's break lost in a dump, or the head set in a merged cell of its own;
- a title merged across a table's columns, its text repeated in each cell a sheet's dump writes, or with a page's
  number set right beside it, is the form's title (name and year read from it);
- six digits that are an administrative division's code (行政区划代码: a province's two digits, a city's, a county's;
  `430525 学生资助项目`, `430525-…`) before a name are no project code: kept in other_fields as `行政区划代码` (a project
  library's long code opening with the same digits, `43052524000012 …`, stays the code);
- `洞口县教育局学生资助项目绩效目标表（2024年度）` (a body, then its project, no year between): by the contract's
  `新化县卫生健康局2024年农村改厕项目…` rule, the name the words after the body (`学生资助项目`, as main has it) and the
  body the department (main gave none).
Kept (right on main, guards): the running head over each of two forms whose own titles name them; one form's table
split by a page's break under the head; a title cut after 项目 over `支出绩效目标申报表`; an annex's number on its own line
and a `编号：…` past a wide gap on the title's line (the 编号 kept in other_fields, no project code); a Word table's first
row merged across it holding the title; a body's running head the department of each form stating none.
Left: a title's body that is also the form's 实施单位 (`…教育局…汇编` over a form whose unit is 洞口县教育局) gives no
department (pipeline._owner_outside: the form names that body already) — a rule of its own, not changed here.
"""
from __future__ import annotations

from tests.hunt_tools import only_project, other_fields, warning_codes

AID = ["资助学生人次", "资金发放及时率", "困难学生因贫辍学率", "受助学生满意度"]


def _p(read, name):
    p = only_project(read(f"ct_s53_ti8_{name}"))
    return p["name"], p["project_code"], p["year"], p["department"], p["unit"]


def test_a_letterhead_is_the_department(read):
    """Main: the department null."""
    assert _p(read, "letterhead.txt") == ("学生资助项目", None, 2024, "湖南省洞口县教育局", "洞口县学生资助管理中心")
    assert _p(read, "letterhead_no_name.txt") == ("学生资助项目", None, 2024, "洞口县教育局", "洞口县学生资助管理中心")


def test_an_institutions_letterhead_is_the_unit(read):
    """Main: the unit null."""
    assert _p(read, "letterhead_unit.txt") == ("学生资助项目", None, 2024, "洞口县教育局", "洞口县职业中等专业学校")


def test_a_finance_offices_letterhead_owns_no_form(read):
    """Right on main (guard)."""
    assert _p(read, "letterhead_finance.txt") == ("学生资助项目", None, 2024, None, "洞口县学生资助管理中心")


def _split(read, name):
    r = read(f"ct_s53_ti8_{name}.txt")
    p = only_project(r)
    return p["name"], p["year"], p["department"], [i["level3"] for i in r.tables["indicators"]], warning_codes(r)


def test_a_running_head_with_a_page_number_inside_the_table(read):
    """Main: the year null (the head with its page number no title), the head on page 2 an indicator."""
    assert _split(read, "running_head_page_no") == ("学生资助项目", 2024, "洞口县教育局", AID, [])


def test_a_running_head_with_the_page_break_lost(read):
    """Main: the table ended at the head, the two rows after it lost (unparsed_row, no satisfaction indicator)."""
    assert _split(read, "running_head_no_break") == ("学生资助项目", 2024, "洞口县教育局", AID, [])


def test_running_heads_kept(read):
    """Right on main (guards): a page break under the head, and two forms each under the head and its own title."""
    assert _split(read, "running_head_split") == ("学生资助项目", 2024, "洞口县教育局", AID, [])
    for name, second in (("running_head", "农村义务教育学生营养改善计划"),
                         ("running_head_titles", "农村义务教育学生营养改善计划项目")):
        ps = read(f"ct_s53_ti8_{name}.txt").tables["projects"]
        assert [(p["name"], p["year"], p["department"]) for p in ps] == [
            ("学生资助项目", 2024, "洞口县教育局"), (second, 2024, "洞口县教育局")]
    ps = read("ct_s53_ti8_running_head_body.txt").tables["projects"]
    assert [(p["name"], p["department"], p["unit"]) for p in ps] == [
        ("学生资助项目", "洞口县教育局", "洞口县学生资助管理中心"),
        ("农村义务教育学生营养改善计划", "洞口县教育局", "洞口县教育后勤服务中心")]


def test_a_title_merged_across_the_row(read):
    """Main: no title (its text in each of four cells), the name and year null, header_missing."""
    r = read("ct_s53_ti8_title_merged_row.txt")
    assert _p(read, "title_merged_row.txt") == ("洞口县农村义务教育学生营养改善计划项目", None, 2024, "洞口县教育局",
                                                "洞口县教育局")
    assert len(r.tables["indicators"]) == 4 and "header_missing" not in warning_codes(r)


def test_a_division_code_before_the_name_is_no_project_code(read):
    """Main: project_code `430525`."""
    for name, want in (("division_code", "学生资助项目"), ("division_code_dash", "农村义务教育学生营养改善计划")):
        p = only_project(read(f"ct_s53_ti8_{name}.txt"))
        assert (p["name"], p["project_code"]) == (want, None)
        assert other_fields(p) == {"行政区划代码": "430525"}


def test_a_library_code_stays_the_code(read):
    """Right on main (guard)."""
    assert _p(read, "library_code_long.txt")[:2] == ("学生资助项目", "43052524000012")


def test_a_body_before_the_project_in_the_title_is_the_department(read):
    """Main: the department null (the name right)."""
    assert _p(read, "dept_title_no_year.txt") == ("学生资助项目", None, 2024, "洞口县教育局", "洞口县学生资助管理中心")


def test_title_layouts_kept(read):
    """Right on main (guards): a title cut after 项目; an annex's number and a 编号 on the title's line; a Word table's
    merged first row."""
    assert _p(read, "title_two_lines.txt") == ("洞口县城乡居民基本医疗保险参保补助项目", None, 2024, "洞口县医疗保障局",
                                               "洞口县医疗保障事务中心")
    p = only_project(read("ct_s53_ti8_annex_number.txt"))
    assert (p["name"], p["project_code"], p["year"]) == ("洞口县学生资助项目", None, 2024)
    assert other_fields(p) == {"编号": "DK-JY-2024-007"}
    assert _p(read, "docx_merged_title.docx") == ("洞口县农村义务教育学生营养改善计划项目", None, 2024, "洞口县教育局",
                                                  "洞口县教育局")

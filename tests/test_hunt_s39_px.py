"""Hunt px (s39): spreadsheets printed more than two pages across (LibreOffice Calc PDFs), joined back into one wide
page by extract/pdf.py (`pages_across`, `_down_then_across`) whatever the number of pages across and the page order.
The expectations were written from the sheets (tests/fixtures/make_s39_rb.py, make_s39_px.py) before running."""
import pytest

from extract.pdf import extract_pdf
from tests.hunt_tools import indicator_targets

TOWNS = ["城关镇", "永安乡", "河口镇", "青石乡", "柳林镇", "双河镇"]
KINDS = ["村道硬化", "饮水安全巩固", "茶叶加工厂", "产业路", "光伏电站维护", "小型农田水利"]
REVIEW = "tests/fixtures/review/"


def expected_project(i):
    town, kind = TOWNS[i % 6], KINDS[(i * 5) % 6]
    return (f"{town}{kind}项目{i}", "县农业农村局", f"{town}人民政府", (10 + i) * 10000.0, f"完成{town}{kind}建设任务")


def expected_targets(i):
    return [("产出指标", None, "完成工程", "=", float(i), "处"), ("效益指标", None, "受益农户", ">=", 20.0 + i, "户"),
            ("满意度指标", None, "群众满意度", ">=", 90.0, "%")]


def read_projects(r):
    return [(p["name"], p["department"], p["unit"], p["budget_year"], p["goal_annual"]) for p in r.tables["projects"]]


def grids(name):
    e = extract_pdf(open(REVIEW + name, "rb").read(), "x")
    return [(g.cells[0].page, g.n_rows, g.n_cols) for g in e.grids if g.cells]


def test_four_pages_across_one_sheet(read):
    # 序号 名称 部门 | 单位 资金 目标 | 产出 效益 | 满意度: four pages of one page row, each filled by Calc (25, 11 and
    # 11 points left of the margin, less than half the next page's first column). Main read nothing (0 projects, 27
    # warnings): no page joined, each read alone
    r = read("ct_s39_px_calc_four_across.pdf")
    assert read_projects(r) == [expected_project(i) for i in range(1, 13)]
    assert indicator_targets(r) == [t for i in range(1, 13) for t in expected_targets(i)]
    assert grids("ct_s39_px_calc_four_across.pdf") == [(1, 13, 9)]


@pytest.mark.parametrize("name, pages", [("ct_s39_rb_calc_down_then_over.pdf", [(1, 45, 9), (2, 16, 9)]),
                                         ("ct_s39_rb_calc_over_then_down.pdf", [(1, 45, 9), (4, 16, 9)])])
def test_three_pages_across_both_orders(read, name, pages):
    # 3 pages wide, 2 long, in both page orders: each page row one table of the 9 columns (main: 6 columns, the third
    # page, 产出 | 效益 | 满意度, a table of its own, no indicator read); the first page row's 44 projects with their
    # three indicators each (main: 0 indicators)
    assert grids(name) == pages
    r = read(name)
    assert read_projects(r)[:44] == [expected_project(i) for i in range(1, 45)]
    assert indicator_targets(r)[:132] == [t for i in range(1, 45) for t in expected_targets(i)]


def test_workbook_of_two_sheets_each_three_across(read):
    # two sheets of the same 9 columns (城关片区: projects 1-12, 河口片区: 2-13), each 3 pages wide: 12 + 12 projects,
    # each sheet one wide table, the second sheet's first page not joined after the first sheet's last (main: pages
    # 1 and 4 alone, the first page's 18 points of room less than half the next column: 2 projects, 30 warnings)
    assert grids("ct_s39_rb_calc_two_sheets.pdf") == [(1, 13, 9), (4, 13, 9)]
    r = read("ct_s39_rb_calc_two_sheets.pdf")
    names = [p["name"] for p in r.tables["projects"]]
    assert names == [expected_project(i)[0] for i in list(range(1, 13)) + list(range(2, 14))]
    assert [(p["department"], p["unit"], p["goal_annual"]) for p in r.tables["projects"]] == \
        [expected_project(i)[1:3] + expected_project(i)[4:] for i in list(range(1, 13)) + list(range(2, 14))]
    assert indicator_targets(r) == [t for i in list(range(1, 13)) + list(range(2, 14)) for t in expected_targets(i)]

"""Review rv8 of hunts sc6 (score tables: a 扣分原因 note column, a level 1's points in its name, a 预算执行率 row
below the 合计, 续表 pages) and of3 (汇总 sheets' totals, icon attachments that copy the form, page numbers across a
gutter, linked stylesheets): the new rules' edges. Fixtures ct_s50_rv8_* (text dumps with tabs between cells, as
samples/; the Word one from tests/fixtures/make_s50_rv8.py). Each reading was written down by hand before jixiao was
run; the comments say what main gave."""
from __future__ import annotations

from tests.hunt_tools import warning_codes


def _levels(r) -> list[tuple]:
    return [(s["level1"], s.get("level1_weight"), s["level3"], s["weight"], s["score"]) for s in r.tables["scores"]]


def test_level1_points_in_brackets_without_fen(read):
    """`决策(10) | 项目立项 | …` (the points' 分 left out): level 1 `决策`, 10 its rows' level1_weight, as sc6 reads
    `决策（10分）`; 过程 20, 产出 40, 效益 30; score 94, no warning. Main: level1 `决策(10)`, no level1_weight (a level
    of its own beside a plain `决策`)."""
    r = read("ct_s50_rv8_level1_points_no_fen.txt")
    assert _levels(r) == [("决策", 10, "立项程序规范性", 5, 5), ("决策", 10, "绩效目标合理性", 5, 4),
                          ("过程", 20, "资金使用合规性", 20, 18), ("产出", 40, "新建基站数量", 40, 40),
                          ("效益", 30, "信号覆盖率提升", 30, 27)]
    assert r.tables["projects"][0]["score"] == 94 and warning_codes(r) == []


def test_level1_points_after_a_space_and_a_name_with_digits(read):
    """`决策 10分` (no brackets) and `5G网络建设 40分`: levels `决策` 10 … `5G网络建设` 40 (the name's own digits kept).
    Main: level1 `决策 10分`, `5G网络建设 40分`, no level1_weight."""
    r = read("ct_s50_rv8_level1_points_unbracketed.txt")
    assert _levels(r) == [("决策", 10, "立项程序规范性", 5, 5), ("决策", 10, "绩效目标合理性", 5, 4),
                          ("过程", 20, "资金使用合规性", 20, 18), ("5G网络建设", 40, "新建基站数量", 40, 40),
                          ("效益", 30, "信号覆盖率提升", 30, 27)]
    assert warning_codes(r) == []


def test_an_icon_attachment_of_the_projects_last_year_form_is_read(read):
    """The 2025 form typed, the same project's 2024 form attached as an icon (the same labels and indicators, its
    title's year, amounts 34 / 28 / 6 and one target ≥4500人 apart: 39 of its 43 cells the typed form's): two
    projects, 2025 (36万元) and 2024 (34万元, 受益学生人数 ≥4500人), no attachment_copy. Main: one project, the 2024
    form taken out as a copy (`attachment_copy`: over nine in ten of its cells matched)."""
    r = read("ct_s50_rv8_typed_and_last_year_attached.docx")
    got = sorted((p["year"], p["budget_year"]) for p in r.tables["projects"])
    assert got == [(2024, 340000), (2025, 360000)]
    targets = sorted(i["target_raw"] for i in r.tables["indicators"] if i["level3"] == "受益学生人数")
    assert targets == ["≥4500人", "≥4800人"]
    assert "attachment_copy" not in warning_codes(r)


def test_a_linked_stylesheet_showing_again_cells_of_a_hidden_class(read):
    """A page saved complete whose linked stylesheet hides `.v` and shows `.v.cur` again as `display:block` (this
    year's targets `class="v cur"`, last year's beside them `class="v"`): the 5 indicators with this year's targets
    (32个, ≥8万人次, ≥90%, 有效提升, ≥90%), no target_missing. Main: every target null, 5 target_missing — with no
    table or grid display in the rules, only those hiding were applied, the cells shown again hidden with the rest
    (with `.v.cur{display:table-cell}`, a table display, the page read right)."""
    r = read("ct_s50_rv8_portal_css_shown_again.html")
    assert [(i["level3"], i["target_raw"]) for i in r.tables["indicators"]] == [
        ("运营补助社区养老服务站数量", "32个"), ("服务老年人人次", "≥8万人次"), ("服务站星级评定达标率", "≥90%"),
        ("老年人生活质量", "有效提升"), ("服务对象满意度", "≥90%")]
    assert "target_missing" not in warning_codes(r)

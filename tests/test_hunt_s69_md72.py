"""Mend md72 (session 69) of read-only review rd72, groups A, B, C and E (hunt ti24's head rules, hunt pr11's gate):
fixtures ct_s69_md72_* from tests/fixtures/review/make_s69_md72.py (Hunan 沅陵县, Sichuan 会理市 forms as text dumps).
Each reading was written down by hand before jixiao was run.

Decided:
- an annex's or table's number is at most two digits and never a year's first ones: `附件 2024年度…` has no number (the
  title `2024年度…`, the year 2024 — it was `4年度…`, the year lost), `附表12025年…` the number 1 (title `2025年…`);
  `附件3：` is still read by _ANNEX_LEAD and _ANNEX_HEAD_ON_NAME (A);
- a body in brackets under a title over three lines: the lines joined, the bracket after them (B; it was the last line
  and the bracket);
- a printer's footer year only from a row whose first cell is a body's name before 制 / 印制 (org_kind): an indicator's
  `完善河长制管理体制 | 2027年` or a remark's `健全…管护机制 | 2026年` give no year (C; they set one);
- the sign-off labels row check under an indicator table asks the cached label test of the first word before it joins
  the cells (E, speed; no reading changes).
Kept: a `…财政局印制 | | 2025年度` footer under a form stating no year gives 2025.
Left: `表2024年…` (表 with no number before a year) keeps its title whole, as on BASE.
"""
from __future__ import annotations

from parsers.forms import _ANNEX_HEAD_ON_NAME, _ANNEX_LEAD, _title_unnumbered
from extract.grid import Cell
from tests.hunt_tools import indicator_targets, only_project, warning_codes

YL = [("产出指标", "数量指标", "巩固提升集中供水工程", ">=", 8.0, "处"),
      ("产出指标", "质量指标", "水质检测合格率", ">=", 95.0, "%"),
      ("效益指标", "社会效益指标", "农村自来水普及率", ">=", 90.0, "%"),
      ("满意度指标", "服务对象满意度指标", "受益群众满意度", ">=", 90.0, "%")]


def _read(read, name):
    return read(f"ct_s69_md72_{name}.txt")


def test_annex_word_then_year(read):
    r = _read(read, "annex_space_year")
    p = only_project(r)
    assert p["year"] == 2024
    assert p["title"] == "2024年度沅陵县农村饮水安全巩固提升工程项目绩效目标表"
    assert p["name"] == "沅陵县农村饮水安全巩固提升工程"
    assert indicator_targets(r) == YL
    assert warning_codes(r) == []


def test_annex_number_run_into_year(read):
    r = _read(read, "annex_number_year")
    p = only_project(r)
    assert p["year"] == 2025
    assert p["title"] == "2025年沅陵县农村饮水安全巩固提升工程项目绩效目标表"
    assert indicator_targets(r) == YL


def test_annex_numbers_still_read():
    assert _ANNEX_LEAD.match("附件3：新化县农村公路养护工程").group() == "附件3："
    assert _ANNEX_HEAD_ON_NAME.match("附件3：新化县农村公路养护工程").group() == "附件3："
    assert _title_unnumbered("附表2：2025年项目支出绩效目标表") == "2025年项目支出绩效目标表"
    assert _title_unnumbered("附件12 项目支出绩效目标表") == "项目支出绩效目标表"
    assert _title_unnumbered("附件 2025年项目支出绩效目标表") == "2025年项目支出绩效目标表"


def test_bracket_under_three_line_title(read):
    r = _read(read, "bracket_three_lines")
    p = only_project(r)
    assert p["title"] == "会理市2025年城河综合治理工程项目支出绩效目标表（会理市水利局）"
    assert p["year"] == 2025


def test_indicator_ending_in_zhi_no_year(read):
    r = _read(read, "indicator_zhi")
    p = only_project(r)
    assert p["year"] is None
    assert ("效益指标", "可持续影响指标", "完善河长制管理体制") in [t[:3] for t in indicator_targets(r)]


def test_printer_footer_of_a_body(read):
    p = only_project(_read(read, "printer_footer"))
    assert p["year"] == 2025


def test_labels_first_gate():
    from parsers.forms import _labels_first

    def cells(*texts):
        return [Cell(text=t, row=0, col=k) for k, t in enumerate(texts)]
    assert _labels_first(cells("单位负责人", "财务负责人", "填表人"))
    assert _labels_first(cells("", "审核人", "填报人"))
    assert not _labels_first(cells("产出指标", "数量指标", "养护里程", "≥100公里"))

"""Hunt ly18 (session 66): layouts broken before the parsers, in text dumps from converters and OCR (fixtures
ct_s66_ly18_* from tests/fixtures/review/make_s66_ly18.py, and the leftovers' fixtures of hunts nw13, rv102, rv124);
each reading was written down by hand before jixiao was run.
Decided: a deadline cut after its year (`2024` over `年底前`, alone in the target column under it) is one target,
`2024年底前`, in a `|` dump and a tab dump (it was two indicators: `2024` read as the figure 2024, `年底前` one of no
name, an unparsed_row), and _target_tail reads `2024` / `年底` as one cell's lines (the strict xfail of rv132);
a number cut inside its digits with no hyphen (`≥1,2` over `00人次`: the thousands group left short, the digits
under it fill it exactly) is one target, `≥1,200人次` (it was `≥1,2` of no value and an indicator `00人次` of 0).
Kept (read right on BASE): tab cells padded with full-width spaces; a markdown table of the whole form, merged
cells written empty; a box-drawn table over two pages, its footer `第 1 页 共 2 页`, a form feed and its head printed
again.
"""
from __future__ import annotations

import pytest

from parsers.core import number_group_cut, pieces_joined
from tests.hunt_tools import indicator_targets, only_project, warning_codes

W = 10_000
P = "ct_s66_ly18_"
TARGETS = [("产出指标", "数量指标", "培训基层医务人员", ">=", 1200.0, "人次"),
           ("产出指标", "质量指标", "远程会诊响应率", ">=", 95.0, "%"),
           ("产出指标", "时效指标", "信息平台建成时间", None, None, None),
           ("效益指标", "社会效益指标", "县域内就诊率", ">=", 90.0, "%"),
           ("满意度指标", "服务对象满意度指标", "患者满意度", ">=", 90.0, "%")]
RAW = ["≥1,200人次", "≥95%", "2024年底前", "≥90%", "≥90%"]


def _form(r) -> None:
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["year"]) == (
        "县域医共体能力提升项目", "某县卫生健康局", "某县人民医院", 2024)
    assert 260 * W in {p["budget_year"], p["budget_total"]}
    assert indicator_targets(r) == TARGETS
    assert [i["target_raw"] for i in r.tables["indicators"]] == RAW
    assert "unparsed_row" not in warning_codes(r)


@pytest.mark.parametrize("name", ["year_cut_pipe", "year_cut_tab"])
def test_deadline_cut_after_its_year(read, name):
    """`2024` over `年底前` in the target column: one target (BASE: the figure 2024, then `年底前` of no name)."""
    _form(read(P + name + ".txt"))


def test_number_cut_inside_its_digits(read):
    """`≥1,2` over `00人次`: one target ≥1,200人次 (BASE: `≥1,2` of no value, an indicator `00人次` of 0)."""
    _form(read(P + "number_cut_pipe.txt"))


def test_number_group_cut_rule():
    """The thousands group a cut left short is filled exactly by the digits under it; a list or a whole group not."""
    assert number_group_cut("≥1,2", "00人次") and number_group_cut("12,", "000元") and number_group_cut("3,50", "0")
    assert not number_group_cut("1,2", "3") and not number_group_cut("1,200", "00") and not number_group_cut("1.2", "00")
    assert pieces_joined("≥1,2", "00人次") == "≥1,200人次" and pieces_joined("ISO 9001", "2015") == "ISO 9001 2015"


@pytest.mark.parametrize("name", ["ideographic_pad", "markdown_merged", "box_pages"])
def test_guard_converter_layouts(read, name):
    """(guard) full-width padding, a markdown table's empty merged cells, a box table over two pages with its
    footer and head again: the form whole, no indicator of the footer or the repeated head."""
    _form(read(P + name + ".txt"))

"""Review rv20 (session 52) of hunt mn11 (money) and the lead's join of mn11 with check tw1 in extract/txt.py
`_spaced_labels` (tw1's bracket tails in place of mn11's glued-tail split; mn11's figure glued to a label's first
character kept; the yes-or-no field after the indicators read as its ticked option). Fixtures
tests/fixtures/review/ct_s52_rv20_*.txt, written by tests/fixtures/review/make_s52_rv20.py; each reading written
down by hand before jixiao was run.

Decided (wrong on main, fixed):
- `项 目 金 额 (万元) 360 资 金 性 质 一般公共预算` in a text of single spaces, and `项目金额 (万元) 360 …` written whole:
  项目金额 in 万元, 360万 the project's money (it was lost: `_spaced_rows` cut the label's cell at its spaces again,
  the unit `(万元)` became the label's value `(万元) 360`). A word all in brackets stays after the word before it
  when the two were one cell.
- `是否政府采购 | 是` / `是否政府购买服务 | 否` under an indicator table, left of its level columns (where no indicator's
  name stands): fields answered once, kept in other_fields (they were indicators 是否政府采购 of target 是 under the
  last level 1; the same row outside a table was an unparsed_row).
- A 资金来源 block listing a line's `其中` part under it (`中央资金 900`, `其中：农田建设补助 600`, `省级资金 400`,
  `县级资金 200`, 资金总额 1500): no source_sum_mismatch (the 600 is in the 900; mn11's check counted it twice). The
  excess over the money being the lines right after one line, no more than it, is taken for such parts.
Kept (right on main, guards):
- `项 目 金 额（万元） 360` (tw1's bracket tail): 360万; `备 注（说明）`: a bracket of no unit stays with its word too
  (`备注（说明）`, one cell; 备注 rows are not kept anywhere, tab dump or text, as before).
- `合 计 80 120 -60 资 金 性 质 …` and `合 计 80 95% 资 …`: the figure glued to the next label's first character is
  parted (mn11's _SPACED_GLUED_LEAD), 资金性质 read.
- `是否政府采购 | ☑是 □否` -> 是 (fam7's ticked option); `□是 □否` as written; an indicator `是否按规定公示 | 是` in the
  name column stays an indicator.
- mn11's 资金来源 lines over the money (900 + 400 + 300 over 1500) still flagged; an adjustment in 元 that does not
  make the budget after it flagged, read as 元.
"""
from __future__ import annotations

import pytest

from tests.hunt_tools import budget_lines, only_project, other_fields, warning_codes

W = 10000.0


def _names(r) -> list[str]:
    return [i["level3"] for i in r.tables["indicators"]]


@pytest.mark.parametrize("name", ["ct_s52_rv20_spaced_label_bracket_after_space.txt",
                                  "ct_s52_rv20_label_bracket_after_space.txt"])
def test_money_label_with_its_unit_after_a_space(read, name):
    """main: budget_total null (the unit `(万元)` read as the label's value, `(万元) 360`)."""
    r = read(name)
    p = only_project(r)
    assert (p["budget_total"], p["fund_type"]) == (360 * W, "一般公共预算")
    assert (p["name"], p["unit"]) == ("某县村组道路硬化工程", "某县公路建设养护中心")
    assert "unparsed_row" not in warning_codes(r) and len(_names(r)) == 4


def test_fullwidth_bracket_glued_to_the_label_kept(read):
    """(right on main) `项 目 金 额（万元） 360`: 360万."""
    r = read("ct_s52_rv20_spaced_label_fullwidth_bracket.txt")
    assert only_project(r)["budget_total"] == 360 * W
    assert "unparsed_row" not in warning_codes(r) and len(_names(r)) == 4


def test_bracket_of_no_unit_stays_with_its_word():
    """(right on main) `备 注（说明） 资金已下达`: one label cell `备注（说明）`, its value after it."""
    from extract.txt import _spaced_labels
    line = "备 注（说明） 资金已下达"
    cells = [(0, 1, "备"), (2, 7, "注（说明）"), (8, 13, "资金已下达")]
    out = _spaced_labels(line, cells, lambda t: None)     # (备注: a table word of _SPACED_WORDS)
    assert [c[2] for c in out] == ["备注（说明）", "资金已下达"]


@pytest.mark.parametrize("name", ["ct_s52_rv20_total_negative_glued.txt", "ct_s52_rv20_total_percent_glued.txt"])
def test_figure_glued_to_the_next_label_parted(read, name):
    """(right on main) `-60 资` / `95% 资`: the figure and 资金性质 apart."""
    r = read(name)
    assert only_project(r)["fund_type"] == "一般公共预算"
    assert len(_names(r)) == 4


def test_yes_no_fields_answered_once(read):
    """main: indicators 是否政府采购 / 是否政府购买服务 of targets 是 / 否 under 满意度指标."""
    r = read("ct_s52_rv20_yes_no_one_answer.txt")
    p = only_project(r)
    assert other_fields(p) == {"是否政府采购": "是", "是否政府购买服务": "否"}
    assert _names(r) == ["新建高标准农田面积", "工程验收合格率", "受益农户数", "受益农户满意度"]
    assert warning_codes(r) == []


def test_yes_no_ticked_and_an_indicator_named_so(read):
    """(right on main) ☑是 -> 是; `是否按规定公示 | 是` in the name column an indicator. None ticked, `□是 □否`: null
    with no_option_ticked since hunt fam10 (session 54), as any field's boxed options none ticked (it was kept as
    written, the boxes as if the answer)."""
    r = read("ct_s52_rv20_yes_no_ticked_and_indicator.txt")
    assert other_fields(only_project(r)) == {"是否政府采购": "是", "是否涉及政府采购": None}
    assert "no_option_ticked" in warning_codes(r)
    assert _names(r)[-1] == "是否按规定公示" and len(_names(r)) == 5


def test_sources_listing_a_part_are_not_over_the_money(read):
    """main: source_sum_mismatch (900 + 600 + 400 + 200 = 2100 over 1500: the 其中 600 counted twice)."""
    r = read("ct_s52_rv20_sources_with_parts.txt")
    assert only_project(r)["budget_total"] == 1500 * W
    assert [x[1:3] for x in budget_lines(r)] == [("中央资金", 900 * W), ("农田建设补助", 600 * W),
                                                 ("省级资金", 400 * W), ("县级资金", 200 * W)]
    assert "source_sum_mismatch" not in warning_codes(r)


def test_sources_over_the_money_still_flagged(read):
    """(right on main, hunt mn11) 900 + 400 + 300 over 资金总额 1500: flagged."""
    assert "source_sum_mismatch" in warning_codes(read("ct_s52_mn11_sources_not_adding_up.txt"))


def test_adjustment_in_yuan_flagged_in_yuan(read):
    """(right on main) 3600000 - 500000 is not 3000000: flagged, the change read as 元."""
    r = read("ct_s52_rv20_adjustment_yuan.txt")
    w = [x for x in r.tables["warnings"] if x["code"] == "budget_adjustment_mismatch"]
    assert len(w) == 1 and "-500,000.00 元 read as 元" in w[0]["message"]
    assert other_fields(only_project(r)) == {"调整金额": "-500000"}

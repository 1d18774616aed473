"""Hunt mn11 (session 52): money — the last session's leftovers (chencang's budget_fiscal, rv_spaced's empty source
rows, the yes-or-no fields after an indicator table, letter-spaced money labels) and money layouts not yet in the
fixtures (tests/fixtures/review/ct_s52_mn11_*.txt, written by tests/fixtures/review/make_s52_mn11.py; each reading
written down by hand before jixiao was run).

Decided:
- `其中:中央补助 | 50.29` under an empty 年度资金总额, the notice above saying `一般公共预算资金50.29万元` (the unit hunt
  mn10 took from it): the level's fiscal line is the form's only money, budget_fiscal 50.29万 (it was null: the line
  had no unit when budget_fiscal was asked for); budget_year stays null (the form leaves it empty).
- `市级资金` / `省级资金` / `中央资金` / `自有资金`, each a line of its own with no amount, over `支出明细预算(万元) 项 目 …`:
  a money block's empty source rows, each a row; not pieces of the next table's first cell (they were glued to it,
  `市级资金省级资金中央资金自有资金支出明细预算(万元)`).
- `是否政府采购 | 是 | 否` / `是否政府购买服务 | □是 | ☑否` under an indicator table (a tab dump or flattened text): fields of
  the form offering its choices, no indicators (one was named 是 of target 否, level 1 是否政府采购); kept in other_fields
  under the label as written (`□是 ☑否`, as hunt sn2 keeps a cell of them; `是 否`, a text that lost its ticks). An
  indicator `是否按规定公示 | 是` in the table's name column offers no choices: an indicator still.
- Letter-spaced money labels in a text of single spaces: `项 目 金 额（万元） 360` is 项目金额 in 万元 (it was `项目 | 金 |
  额（万元） | 360`, the money lost); `项 目 金 额 360 资 金 性 质 一般公共预算` gives 360 and the 资金性质 (the figure and the next
  label's first character were one cell, `360 资`: both lost).
- `资金来源 | 资金总额 | 1500` over 中央 / 省级 / 市级 / 县级 lines then `单位自筹 | 50`: the 自筹 line closes the block's
  source lines, a line as they are (it was budget_other only, the lines 1450 of the 1500 they break down).
- An adjustment's change on the money row, `原预算数 | 360 | 调整金额 | -60 | 调整后预算数 | 300`: kept in other_fields as
  written (it was a source line of -60万 under 原预算数); a change that does not make the budget after it (`-50`) is
  flagged, read in the unit that comes nearest (万元: by -10万; the message said 50亿).
- A 资金来源 block's lines adding up to more than the project's money (900 + 400 + 300 under 资金总额 1500):
  source_sum_mismatch (a 资金来源 block may list some sources only, so a sum short of the total stays unflagged).
Kept (right on main): a tab dump's `项 目 金 额 | 360万元`; a self-evaluation's 预算执行情况 in 元 under `（单位：元）` with
thousands separators (年初预算数 / 全年预算数 / 全年执行数 / 执行率); its level rows under 年度资金总额; 亿元 and full-width
figures; `—` for a source of no money (no budget_other); 财政拨款 + 其他资金 short of the total (fiscal_other_mismatch).
"""
from __future__ import annotations


import jixiao.pipeline as P
from parsers.core import document_rows
from tests.conftest import REVIEW
from tests.hunt_tools import budget_lines, only_project, other_fields, warning_codes

W = 10000.0
MONEY = ("budget_total", "budget_year", "budget_fiscal", "budget_other", "budget_initial", "spent")


def _money(p: dict) -> tuple:
    return tuple(p[k] for k in MONEY)


def _names(r) -> list[str]:
    return [i["level3"] for i in r.tables["indicators"]]


# ---------------------------------------------------------------- the last session's leftovers
def test_lone_level_line_under_an_empty_total_is_the_fiscal_money(read):
    """main: budget_fiscal null (the line 中央补助 50.29万 the form's only money, its unit from the notice)."""
    r = read("ak_chencang_head_without_indicator_table.txt")
    p = only_project(r)
    assert (p["budget_fiscal"], p["budget_year"], p["budget_total"]) == (50.29 * W, None, None)
    assert budget_lines(r) == [(None, "中央补助", 50.29 * W, "source")]


def test_empty_source_rows_are_no_pieces_of_the_next_head():
    """main: the 支出明细 head's first cell `市级资金省级资金中央资金自有资金支出明细预算(万元)`."""
    src = REVIEW / "ct_rv_spaced_bullets_and_sources.txt"
    ex = P.extract_file(str(src), src.read_bytes(), "x")
    firsts = [r.cells[0].text for r in document_rows(ex)]
    assert "支出明细预算(万元)" in firsts
    assert [t for t in firsts if t in ("市级资金", "省级资金", "中央资金", "自有资金")] == [
        "市级资金", "省级资金", "中央资金", "自有资金"]


def test_yes_no_fields_after_a_flattened_indicator_table(read):
    """main: an indicator named 是 (level 1 是否政府采购) of target 否, a duplicate_indicator, the fields lost."""
    r = read("ct_s52_mn11_procurement_after_indicators.txt")
    p = only_project(r)
    assert _names(r) == ["新建村组道路里程", "工程验收合格率", "受益群众人数", "群众满意度"]
    assert other_fields(p) == {"是否政府采购": "是 否", "是否政府购买服务": "是 否"}
    assert _money(p)[1:4] == (200 * W, 180 * W, 20 * W)
    assert warning_codes(r) == ["text_flattened"]


def test_yes_no_fields_ticked_after_a_tab_indicator_table(read):
    """main: two indicators 是否政府采购 / 是否政府购买服务; the ticked choices lost."""
    r = read("ct_s52_mn11_yes_no_fields_ticked.txt")
    assert _names(r) == ["新建村组道路里程", "工程验收合格率", "群众满意度"]
    # (the ticked choice, as hunt fam7 reads a value of boxed options only: merged in session 52 by the lead)
    assert other_fields(only_project(r)) == {"是否政府采购": "是", "是否政府购买服务": "否"}
    assert warning_codes(r) == []


def test_letter_spaced_money_labels_in_single_spaced_text(read):
    """main: budget_total null (`项目 | 金 | 额（万元） | 360`), fund_type null (`360 资` one cell)."""
    r = read("ct_s52_mn11_spaced_labels_single_spaces.txt")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"]) == ("某县村组道路硬化工程", "某县交通运输局", "某县公路建设养护中心")
    assert (p["budget_total"], p["fund_type"]) == (360 * W, "一般公共预算")
    assert "unparsed_row" not in warning_codes(r) and len(_names(r)) == 4


def test_letter_spaced_money_label_in_a_tab_dump(read):
    """(right on main) `项 目 金 额 | 360万元`: 项目金额, the project's money."""
    p = only_project(read("ct_s52_mn11_spaced_money_label.txt"))
    assert (p["budget_total"], p["name"], p["unit"]) == (360 * W, "某县村组道路硬化工程", "某县公路建设养护中心")


# ---------------------------------------------------------------- sources and adjustments
def test_self_funding_line_closes_the_level_sources(read):
    """main: 单位自筹 no line (budget_other only): the lines 1450 of the 1500."""
    r = read("ct_s52_mn11_sources_by_level.txt")
    p = only_project(r)
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (1500 * W, 1450 * W, 50 * W)
    assert budget_lines(r) == [("资金来源", n, a * W, "source") for n, a in (
        ("中央资金", 900), ("省级资金", 300), ("市级资金", 100), ("县级资金", 150), ("单位自筹", 50))]
    assert warning_codes(r) == []


def test_sources_over_the_total_are_flagged(read):
    """main: 900 + 400 + 300 under 资金总额 1500, no warning."""
    r = read("ct_s52_mn11_sources_not_adding_up.txt")
    assert warning_codes(r) == ["source_sum_mismatch"]
    w = r.tables["warnings"][0]["message"]
    assert "16,000,000" in w and "15,000,000" in w


def test_adjustment_change_on_the_money_row(read):
    """main: a source line `调整金额` of -600,000 grouped under 原预算数."""
    r = read("ct_s52_mn11_negative_adjustment.txt")
    p = only_project(r)
    assert (p["budget_initial"], p["budget_year"]) == (360 * W, 300 * W)
    assert budget_lines(r) == [] and other_fields(p) == {"调整金额": "-60"}
    assert warning_codes(r) == []


def test_adjustment_not_adding_up_read_in_the_nearest_unit(read):
    """main: flagged, but `-50` said as 50亿 (`-5,000,000,000.00 元 read as 亿元`)."""
    r = read("ct_s52_mn11_adjustment_not_adding_up.txt")
    assert warning_codes(r) == ["budget_adjustment_mismatch"]
    msg = r.tables["warnings"][0]["message"]
    assert "read as 万元" in msg and "(by -100,000)" in msg


# ---------------------------------------------------------------- kept (right on main)
def test_self_evaluation_execution_in_yuan(read):
    """(right on main) `（单位：元）`, `1,350,000.00`: the year's budget, spent, initial, fiscal and the rate."""
    r = read("ct_s52_mn11_self_eval_execution_yuan.txt")
    p = only_project(r)
    assert _money(p) == (None, 1350000.0, 1150000.0, None, 1200000.0, 1215000.0)
    assert (p["execution_rate"], p["score"]) == (0.9, 99.0)


def test_self_evaluation_level_rows_under_the_total(read):
    """(right on main) 中央 / 省级 / 县级 rows under 年度资金总额: budget_fiscal their 全年预算数 sum."""
    p = only_project(read("ct_s52_mn11_self_eval_levels_matrix.txt"))
    assert _money(p) == (None, 520 * W, 520 * W, None, 500 * W, 494 * W)
    assert p["execution_rate"] == 0.95


def test_yi_and_full_width_figures(read):
    """(right on main) `（单位：亿元）` over `１２．５`, and 元 written `２，４００，０００．００`."""
    p = only_project(read("ct_s52_mn11_yi_fullwidth.txt"))
    assert _money(p)[1:4] == (12.5e8, 8.5e8, 4e8)
    p = only_project(read("ct_s52_mn11_yuan_fullwidth_commas.txt"))
    assert _money(p)[1:4] == (2400000.0, 2000000.0, 400000.0)


def test_dash_and_a_total_short_of_its_parts(read):
    """(right on main) `其他资金 | —`: none; 300 + 100 of a 500: fiscal_other_mismatch."""
    r = read("ct_s52_mn11_dash_for_zero.txt")
    assert _money(only_project(r))[1:4] == (240 * W, 240 * W, None) and warning_codes(r) == []
    r = read("ct_s52_mn11_total_not_adding_up.txt")
    assert warning_codes(r) == ["fiscal_other_mismatch"]
    assert r.tables["warnings"][0]["message"].endswith("(difference -1,000,000)")

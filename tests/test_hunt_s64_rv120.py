"""Review rv120 (session 64) of mends md49 and md50 (fixtures ct_s64_rv120_* from
tests/fixtures/review/make_s64_rv120.py); each reading was written down by hand before jixiao was run.
- md50 left `[①-⑳]` twins of normalize.text.CIRCLED_NO in parsers/layouts/packed_list.py (a packed cell's items
  numbered `①…②…` with no separator) and parsers/core.py's _NUMBERING: they now read CIRCLED_NO, so a cell of
  `❶补贴公交车辆≥80辆❷线路覆盖率100%❸…` (or `➀ … ➁ …`, `➊…➋…`) is three indicators, as `①②③` was (main: one unread
  item, the cell its target text).
- md49 made a monitoring head's months so far dates' SO_FAR_PERIOD (`上半年执行数` spent): `上半年度执行数`, a 度 after
  the half year, is the same head (main: the key `度执行数`, the spent money lost).
- md49 took a describe word opening a value with a figure for the value, but for a word count (`（300字以内）`): a
  count written `300个字`, `300汉字` or `200-300字` is a count too (core._WORD_COUNT; main: the 填报说明's line kept as
  the project's overview).
"""
from __future__ import annotations

import pytest

from tests.hunt_tools import indicator_targets, only_project

FIRST = [(None, None, "新建通村公路", "=", 12.0, "公里"), (None, None, "改造危桥", "=", 2.0, "座")]
SECOND = [(None, None, "补贴公交车辆", ">=", 80.0, "辆"), (None, None, "线路覆盖率", "=", 100.0, "%"),
          (None, None, "乘客满意度", ">=", 90.0, "%")]


@pytest.mark.parametrize("name", ["list_dingbat.txt", "list_sans.txt", "list_negative_sans.txt"],
                         ids=["dingbat", "sans_spaced", "negative_sans"])
def test_packed_cell_numbered_by_circled_runs(read, name):
    """main: `❶…❷…❸…` / `➀… ➁… ➂…` / `➊…➋…➌…` one item of no name, the cell its target text."""
    r = read("ct_s64_rv120_" + name)
    assert indicator_targets(r) == FIRST + SECOND


def test_monitor_spent_head_half_year_du(read):
    """`上半年度执行数 | 150.00` (万元) under a 运行监控表's money row: spent 1,500,000, as `上半年执行数` is."""
    p = only_project(read("ct_s64_rv120_monitor_half_year_du.txt"))
    assert (p["budget_initial"], p["spent"], p["execution_rate"]) == (3_000_000, 1_500_000, 0.5)


@pytest.mark.parametrize("name", ["notes_count_ge.txt", "notes_count_hanzi.txt", "notes_count_span.txt"],
                         ids=["ge", "hanzi", "span"])
def test_notes_word_count_spelt_otherwise_stays_blank(read, name):
    """`一、项目概况：简要说明项目立项依据、实施内容（300个字以内）。` (`（不超过300汉字）`, `（200-300字）`) under 填报说明:
    no overview, no goal; the project's name and bodies as written."""
    p = only_project(read("ct_s64_rv120_" + name))
    assert (p["name"], p["department"], p["unit"]) == ("农村公路日常养护项目", "县交通运输局", "县公路事务中心")
    assert p.get("overview") is None and p.get("goal_annual") is None

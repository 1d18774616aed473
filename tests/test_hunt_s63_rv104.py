"""Review rv104 (session 63) of hunt ly15, with fixtures ct_s63_rv104_* (tab-separated and `|` text dumps, from
tests/fixtures/review/make_s63_rv104.py); each reading was written down by hand before jixiao was run.
Decided: ly15's open-bracket rule (a name whose bracket is left open goes on in the name column's next piece, the
piece's row holding the target) asks that the bracket close in that piece or in the next row's one cell: a name of no
target whose bracket a typo or OCR left open (`工程验收合格率（`, `工程验收合格率（按国家标准`) right above the next
indicator (`路面平整度 | ≤2.0m/km`) is an indicator of its own, of no target (main: glued,
`工程验收合格率（路面平整度 | ≤2.0m/km`, the form's target_missing lost). Kept: ly15's name over three lines, its
brackets half-width too (a guard: passes on main).
"""
from __future__ import annotations

import pytest

from tests.hunt_tools import only_project, other_fields, warning_codes

FIRST = [("数量指标", "新建村级道路里程", "≥12公里")]
LAST = [("社会效益指标", "群众出行便利度", "明显提升"), ("服务对象满意度指标", "沿线群众满意度", "≥90%")]


def _rows(r):
    return [(i["level2"], i["level3"], i["target_raw"]) for i in r.tables["indicators"]]


@pytest.mark.parametrize("name", ["ct_s63_rv104_open_blank.txt", "ct_s63_rv104_open_blank_pipe.txt"])
def test_open_bracket_of_no_target_not_glued(read, name):
    """`质量指标 | 工程验收合格率（ |` (a bracket opened, nothing in it, no target) over `| 路面平整度 | ≤2.0m/km`: two
    indicators, the first of no target (main: one, `工程验收合格率（路面平整度`)."""
    r = read(name)
    assert _rows(r) == FIRST + [("质量指标", "工程验收合格率（", None), ("质量指标", "路面平整度", "≤2.0m/km")] + LAST
    assert "target_missing" in warning_codes(r)


@pytest.mark.parametrize("name", ["ct_s63_rv104_close_lost.txt", "ct_s63_rv104_close_lost_pipe.txt"])
def test_close_lost_mid_level_not_glued(read, name):
    """`| 工程验收合格率（按国家标准 |` (its close lost) further down 质量指标 over `| 路面平整度 | ≤2.0m/km` and
    `| 桥涵验收合格率 | 100%`: each its own indicator (main: the first two glued, `…按国家标准路面平整度`)."""
    r = read(name)
    assert _rows(r) == FIRST + [("质量指标", "路基压实度", "≥96%"), ("质量指标", "工程验收合格率（按国家标准", None),
                                ("质量指标", "路面平整度", "≤2.0m/km"), ("质量指标", "桥涵验收合格率", "100%")] + LAST
    assert "target_missing" in warning_codes(r)


def test_three_lines_half_width_kept(read):
    """Guard: `工程验收合格率(按交通` / `运输部质量检验 | 100%` / `评定标准)` (ly15's shape, half-width brackets): one
    indicator, the bracket closed on the third line; `路面平整度(IRI)` one of its own."""
    r = read("ct_s63_rv104_three_lines_half.txt")
    assert _rows(r) == FIRST + [("质量指标", "工程验收合格率(按交通运输部质量检验评定标准)", "100%"),
                                ("质量指标", "路面平整度(IRI)", "≤2.0m/km")] + LAST
    assert "target_missing" not in warning_codes(r)


@pytest.mark.parametrize("name", ["ct_s63_rv104_risks_words.txt", "ct_s63_rv104_risks_words_pipe.txt",
                                  "ct_s63_rv104_risks_bracketed.txt"])
def test_risks_numbered_in_words(read, name):
    """`风险分析 | 序号 | 风险点 | 应对措施` over rows numbered `一、` / `二、` / `三、` (or `（一）` …): each risk's measure
    under the risk, the numbers kept nowhere, nothing unparsed (main: the rows after the first, or all three,
    unparsed_row — only `1、`-style figures were taken for the 序号 column's)."""
    r = read(name)
    assert [i["level3"] for i in r.tables["indicators"]] == ["新建村级道路里程", "工程验收合格率", "群众出行便利度",
                                                             "沿线群众满意度"]
    assert other_fields(only_project(r)) == {"雨季施工延误": "合理安排工期，雨季前完成路基",
                                             "原材料价格上涨": "签订固定单价合同", "群众阻工": "提前做好征地协调"}
    assert "unparsed_row" not in warning_codes(r)

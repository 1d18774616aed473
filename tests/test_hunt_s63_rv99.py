"""Review rv99 (session 63) of hunt tg24: targets, actuals and scores.

- a scored sentence of no name under a level 1's label (`产出指标：项目产出全部达到预期，实际全部完成，得分50分。`) is that
  level's summary, its points the subtotal of the sentences after it: no indicator, the row unparsed as before tg24
  (tg24's indicator of no name stays a level 2's, `（2）时效指标：汛期前完成清淤，实际按期完工，得分20分。`); in a
  自评报告 the sentences after such a summary go on being read (forms._narrated_above looks past it);
- a 单价 cell of money per thing with a full-width slash (`20万元／公里`) is read as the half-width one (tg24's rule
  asked for `/` alone before reading the cell);
- YEAR_PART_TIME's quarter is dates.QUARTER_DIGIT (a twin class, `[一二三四1-4]`, merged: no test, a refactor).

Fixtures ct_s63_rv99_* from make_s63_rv99.py. Expected readings written by hand before jixiao was run."""
from __future__ import annotations

from tests.hunt_tools import budget_lines, only_project, warning_codes

W = 10_000


def _rows(r) -> list[tuple]:
    return [(i["level2"], i["level3"], i["target_raw"], i["actual_raw"], i["score"]) for i in r.tables["indicators"]]


# ------------------------------------------------------------------ a level 1's summary sentence

def test_level_one_summary_is_no_indicator(read):
    """main since tg24: the two summaries indicators of no name (50 and 30 points over the 80 of the form)."""
    r = read("ct_s63_rv99_level_summaries.txt")
    assert _rows(r) == [
        ("数量指标", "清淤管网长度", "45公里", "46公里", 30),
        ("时效指标", None, "汛期前完成清淤", "按期完工", 20),
        ("社会效益指标", "主城区内涝点数量", "≤3处", "2处", 30),
    ]
    assert warning_codes(r).count("unparsed_row") == 2      # (the two summaries, warned as before tg24)
    assert only_project(r)["score"] == 80


def test_level_one_summary_in_a_report(read):
    """A 自评报告's narrative: no indicator of no name for the two summaries, and the sentence under the second one
    read (main since tg24: the summaries indicators of no name; before tg24 the third sentence was lost)."""
    r = read("ct_s63_rv99_report_summaries.txt")
    assert _rows(r) == [
        ("数量指标", "清淤管网长度", "45公里", "46公里", 30),
        ("时效指标", "完工时间", "2024年6月底前", "2024年5月", 20),
        ("满意度指标", "周边居民满意度", "≥90%", "95%", 10),
    ]


# ------------------------------------------------------------------ a price per thing, full-width slash

def test_price_per_thing_full_width_slash(read):
    """main since tg24: `20万元／公里` null, `0.2万元/块` 2000."""
    r = read("ct_s63_rv99_price_fullwidth.txt")
    assert budget_lines(r) == [(None, "波形护栏", 240 * W, "composition"), (None, "警示标志", 10 * W, "composition")]
    items = r.tables["budget_items"]
    assert [(b["price"], b["quantity"]) for b in items] == [(200_000.0, 12.0), (2_000.0, 50.0)]
    assert items[0]["note"] == "数量：12公里；单价：20万元／公里"


def test_price_per_thing_rule_full_width():
    from normalize.records import _price_per_thing
    assert _price_per_thing("20万元／公里") == 200_000.0
    assert _price_per_thing("≤20万元／公里") is None         # (a bound, no price)


# ------------------------------------------------------------------ left

def test_price_spaced_slash_left():
    """Left by rv99, read since hunt sc6 (split_target joins a spaced slash as a spaced middle dot)."""
    from normalize.records import _price_per_thing
    assert _price_per_thing("20万元 / 公里") == 200_000.0


def test_manner_with_a_figure_left():
    """Left by rv99, read since hunt sc6 (a deed naming no time is its manner, figure or not)."""
    from parsers.core import fold
    from parsers.forms import _NARRATED_INDICATOR, _narrated_actual
    m = _NARRATED_INDICATOR.match(fold("3.时效指标：完工时间2024年10月底前，实际提前1个月完成，得分10分。"))
    assert _narrated_actual(m) == "提前1个月完成"

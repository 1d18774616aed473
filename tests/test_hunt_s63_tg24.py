"""Hunt tg24 (session 63): targets, actuals and scores — time indicators due at a year's end, sentences of no name,
actuals said as a manner, prices per thing, 评分表 names with their units, an impossible month.

- a time indicator's name run into a deadline at the year's end or a quarter (`完工时间2024年底前`,
  `竣工验收时间2025年第一季度`): the name and the date, as `完工时间2024年10月底前` reads (packed_list._NAME_TIME_TARGET;
  the narrated list was cut there, the sentences after it lost without a word);
- a sentence stating its score whose item names nothing (`时效指标：汛期前完成清淤，实际按期完工，得分20分。`): an
  indicator of no name, the item its target (forms._narrated_indicator; 完工 as 完成);
- what was done said as a manner (`实际基本完成`): the words whole, `基本完成` (was `基本`); a time keeps its reading
  (`实际于2024年9月完成`: 2024年9月);
- a 单价 cell of money per thing (`20万元/公里`): the price in yuan, 200000, the cell in the note (the price was lost);
- a 评分表 row named with its unit in brackets (`沿线群众满意度（%）`): the indicator's (jixiao.pipeline.scores_by_name);
- a period starting at a month there is not (`2024年13月-2025年6月30日`): the end alone.

Fixtures ct_s63_tg24_* from make_s63_tg24.py. Expected readings written by hand before jixiao was run."""
from __future__ import annotations

import datetime as dt

import pytest

from jixiao.pipeline import scores_by_name
from normalize.dates import parse_period
from parsers.forms import _NARRATED_INDICATOR
from parsers.layouts.packed_list import split_packed_item
from parsers.core import fold
from tests.hunt_tools import budget_lines, only_project, warning_codes

D = dt.date
W = 10_000


def _rows(r) -> list[tuple]:
    return [(i["level2"], i["level3"], i["target_raw"], i["actual_raw"], i["score"]) for i in r.tables["indicators"]]


# ------------------------------------------------------------------ a time indicator due at the year's end

@pytest.mark.parametrize("text,want", [
    ("完工时间2024年底前", ("完工时间", "2024年底前")),
    ("完成时间：2024年年底前", ("完成时间", "2024年年底前")),
    ("竣工验收时间2025年第一季度", ("竣工验收时间", "2025年第一季度")),
    ("竣工时间2024年三季度末前", ("竣工时间", "2024年三季度末前")),
    ("完工日期2024年末", ("完工日期", "2024年末")),
])
def test_name_then_year_end(text, want):
    assert split_packed_item(text) == want


def test_name_then_year_end_only_for_a_time_name():
    assert split_packed_item("完工时间2024年底前") == ("完工时间", "2024年底前")
    assert split_packed_item("建成2024年底示范村") == (None, "建成2024年底示范村")     # (no time's name)
    assert split_packed_item("完工时间2024年") == (None, "完工时间2024年")             # (a year alone: no deadline)


def test_year_end_sentence_keeps_the_list(read):
    """main: one indicator, the sentence of `完工时间2024年底前` unread and the three after it lost without a word."""
    r = read("ct_s63_tg24_year_end_sentences.txt")
    assert _rows(r) == [
        ("数量指标", "新建波形护栏", "12公里", "12.4公里", 30),
        ("时效指标", "完工时间", "2024年底前", "2024年11月", 20),
        ("质量指标", "交工验收合格率", "100%", "基本完成", 15),
        ("时效指标", "竣工验收时间", "2025年第一季度", "2025年3月", 10),
        ("满意度指标", "沿线群众满意度", "≥90%", "93%", 20),
    ]
    ind = r.tables["indicators"]
    assert (ind[1]["op"], ind[1]["target_text"]) == (None, "2024年底前")
    assert (ind[4]["op"], ind[4]["value"], ind[4]["unit"]) == (">=", 90.0, "%")
    assert "no_satisfaction_indicator" not in warning_codes(r)


# ------------------------------------------------------------------ a sentence of no name

def test_unnamed_sentence_is_an_indicator(read):
    """main: the second sentence (no name, 完工 for 完成) unread and the third lost with it."""
    r = read("ct_s63_tg24_unnamed_sentence.txt")
    assert _rows(r) == [
        ("数量指标", "清淤管网长度", "45公里", "46公里", 30),
        ("时效指标", None, "汛期前完成清淤", "按期完工", 20),
        (None, "主城区内涝点数量", "≤3处", "2处", 30),       # (效益指标 a level 1's label: level1)
    ]
    ind = r.tables["indicators"]
    assert (ind[2]["level1"], ind[2]["level1_std"]) == ("效益指标", "outcome")
    assert (ind[1]["op"], ind[1]["target_text"]) == (None, "汛期前完成清淤")
    assert (ind[2]["op"], ind[2]["value"], ind[2]["unit"]) == ("<=", 3.0, "处")
    assert only_project(r)["score"] == 80


@pytest.mark.parametrize("text,want", [
    ("（3）质量指标：验收合格率100%，实际基本完成，得分15分。", "基本完成"),
    ("2.时效指标：完工时间2024年10月底前，实际全部完成，得分20分。", "全部完成"),
    ("2.时效指标：完工时间2024年10月底前，实际按期完工，得分20分。", "按期完工"),
])
def test_actual_said_as_a_manner(text, want):
    from parsers.forms import _narrated_actual      # (new in tg24: imported here so that main fails test by test)
    m = _NARRATED_INDICATOR.match(fold(text))
    assert m is not None and _narrated_actual(m) == want


def test_actual_time_kept():
    """The time between 实际 and 完成 as before; a manner (no figure, no 于) whole."""
    from parsers.forms import _narrated_actual
    def actual(text):
        return _narrated_actual(_NARRATED_INDICATOR.match(fold(text)))
    assert actual("2.时效指标：完工时间2024年10月底前，实际于2024年9月完成，得分20分。") == "2024年9月"
    assert actual("2.时效指标：完工时间2024年10月底前，实际2024年9月完成，得分20分。") == "2024年9月"
    assert actual("1.数量指标：改造路灯400盏，实际完成412盏，得分30分。") == "412盏"
    assert actual("3.质量指标：验收合格率100%，实际基本完成，得分15分。") == "基本完成"


# ------------------------------------------------------------------ a price per thing

def test_price_per_thing_read(read):
    """main: both prices null (`20万元/公里` no money parse_amount takes), lost without a word."""
    r = read("ct_s63_tg24_price_per_thing.txt")
    assert budget_lines(r) == [(None, "波形护栏", 240 * W, "composition"), (None, "警示标志", 10 * W, "composition")]
    items = r.tables["budget_items"]
    assert [(b["price"], b["quantity"]) for b in items] == [(200_000.0, 12.0), (2_000.0, 50.0)]
    assert items[0]["note"] == "数量：12公里；单价：20万元/公里"
    assert "budget_sum_mismatch" not in warning_codes(r)
    cost = next(i for i in r.tables["indicators"] if i["level3"] == "护栏单位造价")
    assert (cost["op"], cost["value"], cost["unit"]) == ("<=", 200_000.0, "元/公里")


def test_price_per_thing_rule():
    from normalize.records import _price_per_thing
    assert _price_per_thing("20万元/公里") == 200_000.0
    assert _price_per_thing("5000元/台") == 5000.0
    assert _price_per_thing("≤20万元/公里") is None        # (a bound, no price)
    assert _price_per_thing("12公里") is None               # (no money)
    assert _price_per_thing("20万元") is None               # (money alone: parse_amount's)


# ------------------------------------------------------------------ 评分表 names with their units

def test_scores_named_with_units(read):
    """main: the four indicators unscored (`养护里程（公里）` no indicator's name)."""
    r = read("ct_s63_tg24_scores_units.txt")
    ind = r.tables["indicators"]
    assert [i["level3"] for i in ind] == ["养护里程", "优良路率", "完工时间", "沿线群众满意度"]
    assert [i["weight"] for i in ind] == [30, 20, 30, 20]
    assert [i["score"] for i in ind] == [30, 18, 28, 18]
    assert only_project(r)["score"] == 94


def test_name_unit_stripped_only_for_a_unit():
    from normalize.records import without_name_unit
    assert without_name_unit("沿线群众满意度（%）") == "沿线群众满意度"
    assert without_name_unit("每公里造价（万元/公里）") == "每公里造价"
    assert without_name_unit("满意度（群众）") == "满意度（群众）"        # (no unit: tells two apart)
    inds = [{"level3": "满意度", "weight": None, "score": None}]
    scores = [{"level3": "满意度（群众）", "weight": 10, "score": 9}]
    scores_by_name(inds, scores)
    assert (inds[0]["weight"], inds[0]["score"]) == (None, None)
    inds = [{"level3": "满意度", "weight": None, "score": None}]
    scores_by_name(inds, [{"level3": "满意度（%）", "weight": 10, "score": 9}])
    assert (inds[0]["weight"], inds[0]["score"]) == (10, 9)


# ------------------------------------------------------------------ an impossible month

def test_impossible_start_month_end_alone():
    assert parse_period("2024年13月-2025年6月30日", 2024) == (None, D(2025, 6, 30))
    assert parse_period("2024.13-2025.6.30", 2024) == (None, D(2025, 6, 30))
    assert parse_period("2024.13-6.30", 2024) == (None, None)      # (an end of no year: no year to read it in)
    assert parse_period("2024.1-2025.6.30", 2024) == (D(2024, 1, 1), D(2025, 6, 30))


# ------------------------------------------------------------------ left

def test_basis_goes_on_left(read):
    """`（按2023年县道中标价测算）` alone in the 测算依据 column under the line: the cell going on (mn27)."""
    r = read("ct_s63_tg24_basis_goes_on.txt")
    assert r.tables["budget_items"][0]["note"] == "20万元/公里×12公里；（按2023年县道中标价测算）"
    assert not any("中标价" in w["message"] for w in r.tables["warnings"])

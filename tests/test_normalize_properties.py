"""Property tests: every public normalizer takes any text (or None) without raising
and answers a value of its documented type, or None."""
from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from normalize.amounts import detect_money_unit, parse_amount, parse_count, parse_fraction, parse_number
from normalize.dates import parse_date, parse_period, parse_year
from normalize.levels import LEVELS, standardize_level1
from normalize.targets import OPS, Target, split_target
from normalize.text import clean_text, fold_width, is_placeholder, strip_numbering

# Characters that occur in targets, amounts, dates and level names.
FORM_ALPHABET = (
    "0123456789０１２３４５６７８９.,，．%％‰-—～~至到=＝<>＜＞≥≤》《()（）[]【】 \u3000\t\n"
    "年月日号度万亿元千次人个项份场起批天小时内以上下左右约不低于超过达到前后底满意度投入产出效益影响力可持续"
    "指标目标一二三、：:；;/·×&;<p></p><br/>"
)
form_text = st.text(alphabet=FORM_ALPHABET, max_size=40)
any_text = st.text(max_size=80)
maybe_text = st.one_of(st.none(), any_text, form_text)
years = st.one_of(st.none(), st.integers(min_value=-10_000, max_value=10_000))
units = st.one_of(st.none(), st.sampled_from(["元", "万元", "亿元", "千元", "", "金额单位：万元", "斤"]), any_text)


def _opt(value, kind) -> bool:
    return value is None or isinstance(value, kind)


def _no_empty_string(value) -> bool:
    return value != ""


@settings(max_examples=300)
@given(maybe_text)
def test_text_functions(s):
    for result in (clean_text(s), strip_numbering(s)):
        assert _opt(result, str) and _no_empty_string(result)
        if result is not None:
            assert result == result.strip()
            assert "  " not in result and "\n" not in result and "\t" not in result
    assert isinstance(is_placeholder(s), bool)
    if s is not None:
        folded = fold_width(s)
        # one character for one, except inline LaTeX math a converter wrote (`$\geq 90\%$` -> `≥90%`, `$0$` -> `0`)
        assert isinstance(folded, str) and (len(folded) == len(s) or "$" in s or "\\" in s)
        assert not any("\uff01" <= c <= "\uff5e" for c in folded)


@settings(max_examples=300)
@given(maybe_text, units)
def test_amount_functions(s, unit):
    assert detect_money_unit(s) in (None, "元", "千元", "万元", "百万元", "亿元")
    for result in (parse_amount(s, unit), parse_amount(s), parse_number(s), parse_fraction(s), parse_count(s)):
        assert _opt(result, float)
        if result is not None:
            assert result == result  # not NaN
            assert abs(result) != float("inf")


@settings(max_examples=300)
@given(maybe_text, years)
def test_date_functions(s, year):
    d = parse_date(s, year)
    assert _opt(d, dt.date)
    period = parse_period(s, year)
    assert isinstance(period, tuple) and len(period) == 2
    assert all(_opt(p, dt.date) for p in period)
    y = parse_year(s)
    assert y is None or (isinstance(y, int) and 1990 <= y <= 2100)


@settings(max_examples=300)
@given(maybe_text, maybe_text)
def test_level_function(level1, level2):
    assert standardize_level1(level1, level2) in (None, *LEVELS)
    assert standardize_level1(level1) in (None, *LEVELS)


@settings(max_examples=500)
@given(maybe_text)
def test_split_target(s):
    t = split_target(s)
    assert isinstance(t, Target)
    assert t.op is None or t.op in OPS
    for number in (t.value, t.value_max):
        assert number is None or (isinstance(number, float) and abs(number) != float("inf") and number == number)
    for text in (t.unit, t.qualifier, t.target_text):
        assert _opt(text, str) and _no_empty_string(text)
    if t.value is not None:
        assert t.op is not None and t.target_text is None
    if t.value_max is not None:
        assert t.op == "range" and t.value is not None and t.value < t.value_max
    if t.op == "range":
        assert t.value_max is not None
    if t.value is None:
        assert t.unit is None and t.qualifier is None


@given(st.sampled_from(["≥", ">=", "》=", "<=", "<", ">", "=", "约", "不低于", ""]),
       st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False, allow_infinity=False),
       st.sampled_from(["%", "次", "人", "个", "批次", "小时", "名用户", ""]))
def test_split_target_reads_every_comparison(op, number, unit):
    written = f"{op}{number}{unit}"
    t = split_target(written)
    assert t.value == float(number)
    if unit == "名用户":  # who 名 counts is the qualifier (hunt tq2): unit 名, qualifier 用户
        assert (t.unit, t.qualifier) == ("名", "用户")
    else:
        assert t.unit == (unit or None)
    assert t.target_text is None

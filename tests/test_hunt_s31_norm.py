"""Session 31, normalizers: letters OCR reads for digits inside numbers (hunt AQ, m10 / m10b) and a target cell giving
one target per year (hunt AN, f06). Fixtures tests/fixtures/review/ct_s31_norm_*; unit tests of each rule, with
inputs that must change and inputs that must stay as they are."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from jixiao.pipeline import process_file
from normalize.amounts import parse_amount, parse_count, parse_fraction, parse_number
from normalize.dates import parse_date, parse_period, parse_year
from normalize.records import normalize_indicator, normalize_project
from normalize.targets import Target, split_by_year, split_target
from normalize.text import mend_ocr_digits

REVIEW = Path(__file__).parent / "fixtures" / "review"


def _review(name):
    return process_file(REVIEW / name).tables


def _ind(row):
    return (row["level3"], row["op"], row["value"], row["unit"], row["qualifier"], row["target_text"])


# ---------------------------------------------------------------- mend_ocr_digits: the rule itself

@pytest.mark.parametrize("raw, fixed", [
    (">12O万平方米", ">120万平方米"), ("1OO%", "100%"), ("l00%", "100%"), ("≥9O%", "≥90%"), ("I00%", "100%"),
    ("356.O0", "356.00"), ("28O", "280"), ("(2O23年度)", "(2023年度)"), ("2O", "20"), ("1O", "10"),
    ("0938-8212O45", "0938-8212045"), ("1,O00.5O", "1,000.50"), ("1o0", "100"), ("第1O批", "第10批"),
    ("2O.", "20."),                        # a sentence's full stop after the number stays
])
def test_mend_ocr_digits_repairs_letters_inside_numbers(raw, fixed):
    assert mend_ocr_digits(raw) == fixed


@pytest.mark.parametrize("raw", [
    "OK", "LED", "IT", "GDP", "COD", "PM2.5", "O2", "O2O", "CO2", "H2O", "SO2", "A1O", "A1O型", "PM1O", "ISO9001",
    "100ml", "1Okm",                       # a run touching other Latin letters: a word or model number, left alone
    "5l", "3I",                            # l / I at a run's end: litres, a roman one, never a digit here
    "lOO%", "Oo",                          # no real digit in the run: nothing to anchor a number
    "I级", "l", "O", "100|200", "健全", "", None,
])
def test_mend_ocr_digits_leaves_words_and_codes(raw):
    assert mend_ocr_digits(raw) == raw


# ---------------------------------------------------------------- the numeric normalizers use it as a fallback

def test_amounts_read_with_letters_for_digits():
    assert parse_amount("356.O0", "万元") == 3560000.0
    assert parse_amount("28O", "万元") == 2800000.0
    assert parse_amount("1,2O0元") == 1200.0
    assert parse_number("2O") == 20.0 and parse_number("1O分") == 10.0
    assert parse_fraction("9O%") == 0.9
    assert parse_count("2O00平方米") == 2000.0
    # words stay no number
    for text in ("OK", "A1O", "LED", "O2", "5l", "lOO"):
        assert parse_amount(text) is None and parse_number(text) is None
    assert parse_fraction("O%") is None


def test_dates_and_years_read_with_letters_for_digits():
    assert parse_year("(2O23年度)") == 2023
    assert parse_year("项目支出绩效自评表（2O2l年度）") is None      # `2O2l`: the l at the run's end is left
    assert parse_year("H2O 2022年度") == 2022                          # the year as written wins, no repair needed
    assert parse_year("H2O年") is None
    assert parse_date("2O2O年3月2日") == dt.date(2020, 3, 2)
    assert parse_period("2O23年1月-12月") == (dt.date(2023, 1, 1), dt.date(2023, 12, 31))


@pytest.mark.parametrize("raw, want", [
    (">12O万平方米", Target(">", 120.0, None, "万平方米")),     # was 12 with unit `O万平方米`: silently wrong
    ("1OO%", Target("=", 100.0, None, "%")),
    ("l00%", Target("=", 100.0, None, "%")),
    ("≥9O%", Target(">=", 90.0, None, "%")),
    (">=9O%", Target(">=", 90.0, None, "%")),
    ("≥1O个", Target(">=", 10.0, None, "个")),
    ("1O", Target("=", 10.0)),
])
def test_targets_read_with_letters_for_digits(raw, want):
    assert split_target(raw) == want


@pytest.mark.parametrize("raw, want", [
    # (a Latin name before the comparison is its qualifier, hunt tg6: PM2.5's digits stay its own, no letter mended)
    ("PM2.5≤35", Target("<=", 35.0, None, None, "PM2.5")),
    ("O2", Target(target_text="O2")),
    ("A1O型", Target(target_text="A1O型")),
    # (COD's O touches a word and stays; `5O` is 50, as `≤5O mg/L` reads — it was text only for want of the name, hunt
    # tg6)
    ("COD≤5O mg/L", Target("<=", 50.0, None, "mg/L", "COD")),
    ("5l", Target("=", 5.0, None, "l")),                          # litres
    # (a sentence it was said to be, text; one count since hunt tg14, as `1O个村` and `完成≥10个村` read)
    ("完成1O个村", Target("=", 10.0, None, "个", "村")),
    ("≥95%", Target(">=", 95.0, None, "%")),
])
def test_targets_that_stay_as_they_were(raw, want):
    assert split_target(raw) == want


def _fields(**kw):
    class F:
        def __init__(self, text):
            self.text, self.unit, self.parts, self.cell = text, None, None, None
    return {k: F(v) for k, v in kw.items()}


def test_phone_with_a_letter_for_a_digit():
    assert normalize_project(_fields(phone="0938-8212O45"), year=None, form_unit=None)["phone"] == "0938-8212045"
    assert normalize_project(_fields(phone="0938-8212045"), year=None, form_unit=None)["phone"] == "0938-8212045"
    # no phone number even repaired: as written
    assert normalize_project(_fields(phone="见附件O1"), year=None, form_unit=None)["phone"] == "见附件O1"
    got = normalize_project(_fields(leader="张文斌 1389O264417"), year=None, form_unit=None)
    assert (got["leader"], got["phone"]) == ("张文斌", "13890264417")


# ---------------------------------------------------------------- the forms of the hunt

def test_ocr_O_inside_a_target_is_a_zero():
    """`>12O万平方米` read as 12 with unit `O万平方米` (silently wrong); `1OO%` no value."""
    t = _review("ct_s31_norm_ocr_O_in_number.txt")
    assert [_ind(r) for r in t["indicators"]] == [
        ("公园绿地养护面积", ">", 120.0, "万平方米", None, None),
        ("养护验收合格率", "=", 100.0, "%", None, None)]
    assert [r["target_raw"] for r in t["indicators"]] == [">12O万平方米", "1OO%"]     # as written


def test_ocr_letters_in_a_self_evaluation():
    """(2O23年度) gave no year, 28O was dropped from the money, weights / scores 2O / 1O null (2O in deviation),
    1OO% and >=9O% no value."""
    t = _review("ct_s31_norm_ocr_letter_digits.txt")
    (p,) = t["projects"]
    assert p["year"] == 2023
    assert (p["budget_initial"], p["budget_year"], p["spent"]) == (2800000.0, 2800000.0, 2688000.0)
    rows = [(*_ind(r)[:4], r["weight"], r["score"], r["deviation"]) for r in t["indicators"]]
    assert rows == [
        ("公园绿地养护面积", ">", 120.0, "万平方米", 20.0, 20.0, None),
        ("苗木成活率", ">=", 95.0, "%", 15.0, 15.0, None),
        ("养护作业按时完成率", "=", 100.0, "%", 15.0, 15.0, None),
        ("市民满意度", ">=", 90.0, "%", 10.0, 9.0, None)]
    assert not [w for w in t["warnings"] if w["code"] == "unplaced_cell"]


def test_ocr_letters_in_a_target_form_phone_and_money():
    """`0938-8212O45` kept with its O, `356.O0` (年度资金总额) dropped, `l00%` / `≥9O%` no value."""
    t = _review("ct_s31_norm_ocr_phone_amount.txt")
    (p,) = t["projects"]
    assert (p["year"], p["phone"], p["leader"]) == (2020, "0938-8212045", "张文斌")
    assert (p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (3560000.0, 3560000.0, 0.0)
    got = {r["level3"]: _ind(r)[1:4] for r in t["indicators"]}
    assert got["园舍建设验收合格率"] == ("=", 100.0, "%")
    assert got["资金下达及时率"] == ("=", 100.0, "%")
    assert got["幼儿家长满意度"] == (">=", 90.0, "%")
    assert got["普惠性幼儿园覆盖率"] == (">=", 80.0, "%")


# ---------------------------------------------------------------- one target per year in one cell

def test_two_year_cell_gives_the_forms_year():
    """`≥95%（2024年）；≥98%（2025年）` on a 2024 form: op `>=` with value null and target_text `95%(2024年);≥98%(2025年)`
    (the first ≥ taken as the operator of the whole cell). Now 95 % with its year as the qualifier, 2025's in the note."""
    t = _review("ct_s31_norm_two_year_cell.txt")
    (p,) = t["projects"]
    assert p["year"] == 2024
    (r,) = t["indicators"]
    assert _ind(r) == ("项目区秸秆还田率", ">=", 95.0, "%", "2024年", None)
    assert r["note"] == "2025年：≥98%"
    assert r["target_raw"] == "≥95%（2024年）；≥98%（2025年）"


@pytest.mark.parametrize("raw, year, want, rest", [
    ("≥95%（2024年）；≥98%（2025年）", 2024, Target(">=", 95.0, None, "%", "2024年"), "2025年：≥98%"),
    ("≥95%（2024年）；≥98%（2025年）", 2025, Target(">=", 98.0, None, "%", "2025年"), "2024年：≥95%"),
    # the first year after the form's (a review: a baseline `2020年：35%` before the goal was taken as the target)
    ("≥95%（2024年）；≥98%（2025年）", 2023, Target(">=", 95.0, None, "%", "2024年"), "2025年：≥98%"),
    ("2020年：35%；2025年：≥38%", 2024, Target(">=", 38.0, None, "%", "2025年"), "2020年：35%"),
    ("≥95%（2024年）\n≥98%（2025年）", 2025, Target(">=", 98.0, None, "%", "2025年"), "2024年：≥95%"),
    ("2024年：≥95%，2025年：≥98%", 2025, Target(">=", 98.0, None, "%", "2025年"), "2024年：≥95%"),
    ("2024年≥95% 2025年≥98%", 2024, Target(">=", 95.0, None, "%", "2024年"), "2025年：≥98%"),
    ("10个(2024年度),20个(2025年度),30个(2026年度)", 2026, Target("=", 30.0, None, "个", "2026年度"),
     "2024年度：10个；2025年度：20个"),
])
def test_split_by_year(raw, year, want, rest):
    assert split_by_year(raw, year) == (want, rest)


@pytest.mark.parametrize("raw", [
    "≥95%（2024年底前）", "100%(2024年度)",         # one target (its date a qualifier)
    "完成(2024年);完成(2025年)",                      # no quantity
    "2024年:5个;2024年:6个",                          # a year twice
    "2024年-2025年", "≥95%；≥98%", "", None,
])
def test_split_by_year_leaves_other_cells(raw):
    assert split_by_year(raw, 2024) is None


def test_indicator_with_a_target_per_year_and_its_own_note():
    r = normalize_indicator({"level3": "还田率", "target_raw": "≥95%（2024年）；≥98%（2025年）", "note": "省级"}, 2025)
    assert (r["op"], r["value"], r["unit"], r["qualifier"], r["note"]) == (">=", 98.0, "%", "2025年", "省级；2024年：≥95%")
    # one target with its year is read as before
    r = normalize_indicator({"level3": "还田率", "target_raw": "≥95%（2024年）"}, 2024)
    assert (r["op"], r["value"], r["qualifier"], r["note"]) == (">=", 95.0, "2024年", None)


# ---------------------------------------------------------------- never raises

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_OCR_ALPHABET = "0123456789OolI|.,，%‰年度万元个≥≤>=<()（）;；:：、 \nABCKmL-至"


@settings(max_examples=400)
@given(st.one_of(st.none(), st.text(alphabet=_OCR_ALPHABET, max_size=30), st.text(max_size=30)),
       st.one_of(st.none(), st.integers(min_value=1900, max_value=2100)))
def test_ocr_and_year_rules_never_raise(s, year):
    m = mend_ocr_digits(s)
    assert m is None or isinstance(m, str)
    if isinstance(s, str):
        assert len(m) == len(s)                       # one character for one
    for f in (parse_amount, parse_number, parse_fraction, parse_count):
        v = f(s)
        assert v is None or isinstance(v, float)
    assert parse_year(s) is None or isinstance(parse_year(s), int)
    assert isinstance(split_target(s), Target)
    got = split_by_year(s, year)
    assert got is None or (isinstance(got[0], Target) and (got[0].value is not None or got[0].target_text is not None)
                           and isinstance(got[1], str))
    row = normalize_indicator({"level3": "x", "target_raw": s}, year)
    assert row["note"] is None or isinstance(row["note"], str)


@pytest.mark.parametrize("year", [None, 2026, 2030])
def test_split_by_year_none_without_the_forms_year_or_after_every_year(year):
    """No form year, or one after every year written: no year's value is the target (a review: the first, a
    baseline, was taken)."""
    assert split_by_year("≥95%（2024年）；≥98%（2025年）", year) is None

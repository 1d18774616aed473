"""Review rv71 (session 60) of hunt ti17: near cases of its rules. Fixtures ct_s60_rv71_* (text dumps from
tests/fixtures/review/make_s60_rv71.py); each reading was written down by hand before jixiao was run.

Decided:
- a year of four figures before a bracket is no period's length (`2024年（12个月）`, `2024年（共3年）`): the year's
  period, the length after it, 2024-01-01 to 2024-12-31, as before ti17 (ti17's _LENGTH_BEFORE took `2024年` for a
  length of 2024 years and the bracket's `12个月` for the period: none);
- a report's cover heading with a note after it (`…自评报告（送审稿）`, `…（征求意见稿）`) or a 报告书 is passed over as
  ti17's `…报告` is, for the form's own title under it;
- a normalizer's failure no record holds is placed at the cell or line that is its text before one that only holds it
  (a money cell `2O` was put at the line of the name `2O24年…` above it).
"""
from __future__ import annotations

import datetime as dt

import pytest

from jixiao.pipeline import form_title, process_file
from normalize import text as T
from normalize.dates import parse_period
from tests.conftest import REVIEW
from tests.hunt_tools import only_project, warning_codes

D = dt.date
YEAR_2024 = (D(2024, 1, 1), D(2024, 12, 31))


def _read(read, name):
    return read(f"ct_s60_rv71_{name}.txt")


# ------------------------------------------------------------------ a year before a bracket is no length

@pytest.mark.parametrize("name, raw", [
    ("period_year_months", "2024年（12个月）"),
    ("period_year_spaced", "2024 年（为期1年）"),
])
def test_year_then_its_length(read, name, raw):
    p = only_project(_read(read, name))
    assert (p["year"], p["period_raw"], p["start_date"], p["end_date"]) == (2024, raw, *YEAR_2024)


@pytest.mark.parametrize("text, year", [
    ("2024年（3年）", 2024),
    ("2024年(12个月)", None),
    ("2024年（共3年）", 2024),
    ("2024年（为期1年）", 2025),
])
def test_year_then_its_length_read(text, year):
    assert parse_period(text, year) == YEAR_2024


# ------------------------------------------------------------------ a report's cover heading with a note

def test_cover_report_with_a_draft_note(read):
    r = _read(read, "cover_report_draft")
    p = only_project(r)
    assert (p["title"], p["year"], p["form"], p["name"]) == ("项目支出绩效自评表", 2024, "self_eval", "农村饮水安全工程维修养护")
    assert p["fill_date"] == D(2025, 3, 6)
    assert "fill_date_out_of_year" not in warning_codes(r)


def test_cover_report_book(read):
    p = only_project(_read(read, "cover_report_book"))
    assert (p["title"], p["year"]) == ("2024年度项目支出绩效自评表", 2024)


@pytest.mark.parametrize("titles, title", [
    (["2024年度项目支出绩效自评报告（征求意见稿）", "项目支出绩效自评表"], "项目支出绩效自评表"),
    (["农村饮水安全工程绩效评价报告书", "附表", "农村饮水安全工程项目支出绩效自评表"], "农村饮水安全工程项目支出绩效自评表"),
])
def test_form_title_past_a_noted_report(titles, title):
    assert form_title(titles) == title


# ------------------------------------------------------------------ a failure at the cell that is its text

@pytest.fixture
def ocr_fails_on_2O(monkeypatch):
    """mend_ocr_digits's pattern raising on the text `2O` alone (a bug one cell meets), in a run not strict (as
    tests/test_hunt_s60_ti17.py does)."""
    real = T._OCR_RUN

    class Ocr:
        def sub(self, repl, s):
            if s.strip() == "2O":
                raise ValueError("a bug in the OCR mend")
            return real.sub(repl, s)
    monkeypatch.setattr(T, "_OCR_RUN", Ocr())
    monkeypatch.delenv("JIXIAO_STRICT_NORMALIZERS", raising=False)
    token = T.STRICT_NORMALIZERS.set(False)
    yield
    T.STRICT_NORMALIZERS.reset(token)


def test_failure_at_the_cell_that_is_its_text(ocr_fails_on_2O):
    r = process_file(REVIEW / "ct_s60_rv71_ocr_money.txt")
    got = [(w["line"], w["message"]) for w in r.tables["warnings"] if w["code"] == "normalizer_failed"]
    # line 5: `项目资金（万元） | 年度资金总额 | 2O`, not line 2's name `2O24年…` holding `2O`
    assert got == [(5, "mend_ocr_digits raised ValueError on `2O`: read as text, not as a figure")]


# ------------------------------------------------------------------ left

# (left here as strict xfails; read since hunt ti18 of session 61: the bracket's period)
@pytest.mark.parametrize("text", ["三年（2024-2026年，分期实施）", "三年期（2024-2026）"])
def test_length_before_with_a_note_left(text):
    assert parse_period(text, 2024) == (D(2024, 1, 1), D(2026, 12, 31))

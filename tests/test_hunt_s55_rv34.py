"""Review rv34 (session 55) of hunt ti10 (titles: Chinese-numeral days, a day alone in a body's cell) and mend md4
item 1 (`_doc_number` steps over a day only). Fixtures ct_s55_rv34_* (text dumps, from
tests/fixtures/review/make_s55_rv34.py); the readings were written down by hand before jixiao was run.

Decided:
- a second number on its own line next to the paper's number by the title (`洞财发〔2024〕5号` over `洞教发〔2024〕12号`
  over the title, or under the one under it) is kept in other_fields as `其他发文字号`: md4 stands (the 发文字号 is
  the one by the title, a paper has one; GB/T 9704 prints a joint paper's lead number), but the other was dropped
  with no word. It may be a joint paper's co-issuer's own number or another paper's: kept apart, as written.
- the issuer search over the title steps over such lines (numbers, a day; two at most): the letterhead above them
  is the 发文机关 (it stopped at the stray number, none); `_letterhead` (the department) steps over three.
- a day in numerals is one whatever its zero (`〇`, `零`, `○`, a typed `0` or `O`) and with its year in digits
  (`2024年三月十五日`): dates.CN_YEAR / CN_DAY, forms `_DAY_LINE` (which read no `○`: the number over it and the
  department were lost), parse_year (`二0二四年`) and YEAR_WORD (a span `二〇二四年至二〇二六年` left `至` in the name).
- eight bare digits in a body's or person's cell (`实施单位 | 20240315`) are no day alone: kept as written (ti10 made
  it the fill_date and the cell null).
Kept (guards): two numbers cited under a 政策依据 by no title are no paper's; a leader named in numerals (`王一二`).
"""
from __future__ import annotations

import datetime

from tests.hunt_tools import only_project, other_fields


def _p(read, name):
    return only_project(read(f"ct_s55_rv34_{name}.txt"))


def _of(read, name):
    return other_fields(_p(read, name))


def test_a_stray_number_over_the_paper_s_is_kept_and_the_issuer_found(read):
    """Main: 发文字号 only, the first number and 发文机关 lost."""
    assert _of(read, "two_numbers") == {"其他发文字号": "洞财发〔2024〕5号", "发文机关": "洞口县教育局",
                                        "发文字号": "洞教发〔2024〕12号"}
    assert _p(read, "two_numbers")["department"] == "洞口县教育局"


def test_a_joint_paper_with_two_numbers_keeps_both_issuers(read):
    """Main: no 发文机关, the first number lost."""
    assert _of(read, "joint_two_numbers") == {"其他发文字号": "洞财发〔2024〕5号",
                                              "发文机关": "洞口县财政局、洞口县教育局", "发文字号": "洞教发〔2024〕12号"}


def test_two_numbers_and_a_day_in_numerals_over_the_title(read):
    """Main: nothing (the `○` day no day line), the department lost."""
    p = _p(read, "two_numbers_day")
    assert other_fields(p) == {"其他发文字号": "洞财发〔2024〕5号", "发文机关": "洞口县教育局",
                               "发文字号": "洞教发〔2024〕12号"}
    assert p["department"] == "洞口县教育局"


def test_a_stray_number_under_the_one_under_the_title(read):
    """Main: the second number dropped."""
    assert _of(read, "numbers_under_title") == {"发文机关": "洞口县教育局", "发文字号": "洞教发〔2024〕12号",
                                                "其他发文字号": "洞财发〔2024〕5号"}


def test_numbers_cited_by_no_title_are_no_paper_s(read):
    """Guard (right on main)."""
    of = _of(read, "cited_numbers")
    assert "发文字号" not in of and "其他发文字号" not in of


def test_a_day_with_a_white_circle_zero_is_stepped_over(read):
    """Main: no 发文字号, no 发文机关, no department."""
    p = _p(read, "circle_day")
    assert other_fields(p) == {"发文机关": "洞口县教育局", "发文字号": "洞教发〔2024〕12号"}
    assert p["department"] == "洞口县教育局"


def test_eight_bare_digits_in_the_unit_cell_are_no_day(read):
    """Main (since ti10): unit null, fill_date 2024-03-15."""
    p = _p(read, "unit_code")
    assert (p["unit"], p["fill_date"]) == ("20240315", None)


def test_a_sign_off_day_with_a_typed_zero(read):
    """Main: the day kept in the unit's name, no fill_date."""
    p = _p(read, "typed_zero_seal")
    assert (p["unit"], p["fill_date"]) == ("洞口县学生资助管理中心", datetime.date(2024, 3, 15))


def test_a_digit_year_with_its_month_and_day_in_numerals(read):
    """Main: no fill_date; the leader's name in numerals is kept (guard)."""
    p = _p(read, "digit_year_cn_day")
    assert (p["leader"], p["fill_date"]) == ("王一二", datetime.date(2024, 3, 15))


def test_a_span_of_years_in_numerals_leaves_no_word_in_the_name(read):
    """Main: the name `至学生资助项目`."""
    p = _p(read, "cn_span_title")
    assert (p["name"], p["year"]) == ("学生资助项目", 2024)


def test_a_title_year_with_a_typed_zero(read):
    """Main: no year."""
    p = _p(read, "typed_zero_title")
    assert (p["name"], p["year"]) == ("学生资助项目", 2024)


def test_numerals_elsewhere_are_no_day():
    """Guard: a name, an amount in numerals, a month alone, a code are no day."""
    from normalize.dates import cn_day_digits, parse_date
    for text in ("王一二", "五百二十万元", "二〇二四年三月", "一二三四五六七八", "第三十一号", "20240315号"):
        assert parse_date(text) is None, text
    assert cn_day_digits("二〇二四年三月") == "二〇二四年三月"
    assert parse_date("二0二四年十二月三十一日") == datetime.date(2024, 12, 31)

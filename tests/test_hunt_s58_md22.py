"""Mend md22 (session 58) of three findings of the read-only review rd2 (of reviews rv59 and rv61), with fixtures
ct_s58_md22_* (text dumps, tab-separated cells, from tests/fixtures/review/make_s58_md22.py); each reading was written
down by hand before jixiao was run.

Decided (wrong on main, fixed):
- a history of grades (`年度 | 2021年 | 2022年 | 2023年` over `评价等级 | 优 | 良 | 优`) is no scale of grades: no
  `考核等次` (it was `优：2021年；良：2022年；优：2023年`; before rv59, two indicators of the last level 1), the two rows
  kept in other_fields under their labels as written (`{"年度": "2021年；2022年；2023年", "评价等级": "优；良；优"}`) — a
  scale's bands stand in a row labelled as points (分数, 分值, 得分区间 …), each a band of points.
- a count's bracket on the row below may hold a bracket of its own (`（其中脱贫户（含监测户）300户）`: kept with the
  count; it was dropped without a word).
- a colon-less list of the fields under a 年度资金总额 it falls short of is flagged once (fiscal_other_mismatch), as
  under a 资金总额 (it was also source_sum_mismatch).
Kept (guards, right on main): a scale under a 得分区间 label with bands `90（含）以上`; a numbering alone `（二）` under a
count is no part of it.
Left: the grades first with the years under them (`评价等级 | 优 | 良 | 优` over `年度 | 2021 | …`) right under the
indicator table is read into it (an indicator, as on main: the grades-first rule is not reached there).
"""
from __future__ import annotations

from tests.hunt_tools import budget_lines, only_project, other_fields, warning_codes

W = 10000.0


def _names(r):
    return [i["level3"] for i in r.tables["indicators"]]


def test_grade_years_no_scale(read):
    """main: `{"考核等次": "优：2021年；良：2022年；优：2023年"}` (before rv59: two indicators `2021年` and `评价等级`)."""
    r = read("ct_s58_md22_grade_years.txt")
    p = only_project(r)
    assert other_fields(p) == {"年度": "2021年；2022年；2023年", "评价等级": "优；良；优"}
    assert p["grade"] is None
    assert _names(r) == ["危桥改造数量", "工程验收合格率", "通行安全隐患消除", "沿线群众满意度"]
    assert warning_codes(r) == []


def test_grade_years_bare_no_scale(read):
    """main: `{"考核等次": "优：2021；良：2022；优：2023"}` (bare years, no caption line)."""
    r = read("ct_s58_md22_grade_years_bare.txt")
    p = only_project(r)
    assert other_fields(p) == {"评价年度": "2021；2022；2023", "评价等级": "优；良；优"}
    assert p["grade"] is None
    assert len(_names(r)) == 4


def test_grade_bands_in_words_still_a_scale(read):
    """Guard: bands `90（含）以上`, `80（含）-90` under a 得分区间 label, the grades under them: the scale."""
    p = only_project(read("ct_s58_md22_grade_bands_words.txt"))
    assert other_fields(p) == {"考核等次": "优：90（含）以上；良：80（含）-90；中：60（含）-80；差：60以下"}
    assert p["grade"] is None


def test_nested_bracket_kept_with_count(read):
    """main: `{"受益户数（户）": "1200"}`, the bracket lost without a word."""
    r = read("ct_s58_md22_nested_bracket.txt")
    p = only_project(r)
    assert other_fields(p) == {"受益户数（户）": "1200（其中脱贫户（含监测户）300户）"}
    assert p["budget_total"] == 600 * W
    assert warning_codes(r) == []


def test_numbering_alone_not_joined(read):
    """Guard: `（二）` alone under the count is no part of it."""
    p = only_project(read("ct_s58_md22_count_then_number.txt"))
    assert other_fields(p) == {"受益户数（户）": "1200"}


def test_list_short_of_year_flagged_once(read):
    """main: fiscal_other_mismatch and source_sum_mismatch for the one gap of 50万."""
    r = read("ct_s58_md22_list_short_year.txt")
    p = only_project(r)
    assert (p["budget_total"], p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (None, 600 * W, 500 * W, 50 * W)
    assert [(n, a) for _g, n, a, _k in budget_lines(r)] == [("财政资金", 500 * W), ("其他资金", 50 * W)]
    codes = warning_codes(r)
    assert codes.count("fiscal_other_mismatch") == 1 and "source_sum_mismatch" not in codes

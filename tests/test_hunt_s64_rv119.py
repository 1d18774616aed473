"""Review rv119 (session 64, of hunt ti19): a title's name quoted whole after the title's year, with a place or the
filing body before the year. Fixtures ct_s64_rv119_* (text dumps from tests/fixtures/review/make_s64_rv119.py); each
reading was written down by hand before jixiao was run.

Decided: the quotes round the words where the year stood are no part of the name, as when they open the title
(hunt ti19): `宁乡市2025年《农村饮水安全巩固提升工程》项目…` is `宁乡市农村饮水安全巩固提升工程项目`, and with the filing
body before the year the body left out as in a title of no quotes, `农村饮水安全巩固提升工程项目` (both kept the marks).
Kept (guard): quotes after other words with no year between round a part, `宁乡市“雪亮工程”项目`, as written.
"""
from __future__ import annotations

import pytest

from tests.hunt_tools import only_project, other_fields, warning_codes


def _head(p):
    return p["year"], p["name"], p["department"], p["unit"]


def test_place_then_quoted_name(read):
    r = read("ct_s64_rv119_place_then_quotes.txt")
    assert _head(only_project(r)) == (2025, "宁乡市农村饮水安全巩固提升工程项目", "宁乡市水利局", "宁乡市农村供水服务站")
    assert warning_codes(r) == []


@pytest.mark.parametrize("name", ["body_then_quotes", "body_quotes_spaced"])
def test_body_then_quoted_name(read, name):
    r = read(f"ct_s64_rv119_{name}.txt")
    assert _head(only_project(r)) == (2025, "农村饮水安全巩固提升工程项目", "宁乡市水利局", "宁乡市农村供水服务站")
    assert warning_codes(r) == []


def test_part_quoted_no_year_kept(read):
    """Guard: as on main (quotes after a place with no year between round a part of the name)."""
    p = only_project(read("ct_s64_rv119_part_quoted_no_year.txt"))
    assert p["name"] == "宁乡市“雪亮工程”项目"


@pytest.mark.parametrize("name", ["heads_town_village", "heads_indicator_type"])
def test_heads_side_by_side_no_pair(read, name):
    """A list's heads side by side under a form's head (`乡镇名称 | 村组名称`, `指标名称 | 指标类型`): the second a head,
    no name the first labels — nothing kept under the 名称 label (as before hunt ti19)."""
    p = only_project(read(f"ct_s64_rv119_{name}.txt"))
    assert _head(p) == (2025, "宁乡市农村饮水安全巩固提升工程项目", "宁乡市水利局", "宁乡市农村供水服务站")
    assert other_fields(p) == {}


def test_firm_name_under_a_name_label_kept(read):
    """Guard: as on main (hunt ti19's rule: a 名称 label's short value kept, a firm's name ending in 公司 too)."""
    p = only_project(read("ct_s64_rv119_firm_name.txt"))
    assert other_fields(p) == {"企业名称": "宁乡水务有限公司"}

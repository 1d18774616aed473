"""Mend md3 (session 54) of two twin-set faults a review found. Fixture ct_s54_md3_* (a text dump, tab-separated
cells, from tests/fixtures/review/make_s54_md3.py); each reading was written down by hand before jixiao was run.

Decided:
- the levels of government one list for a noun's fixed words and an attribute alone (normalize/targets.py
  `_LEVEL_WORDS`): `≥3个村级以上示范基地`, `≥3个乡镇级以上示范基地`, `≥2个省部级以上示范基地`, `≥3个州级以上示范基地`
  read `>=` n 个, the noun the qualifier, as `≥3个县级以上示范基地` did (they were `>=` and the text, the noun's list
  holding only 国 / 省 / 市 / 县 / 区 while the attribute's held 乡镇 / 村 / 州 / 省部 / 地市 too);
- an empty circle after a numeral is a zero, no option's box, in a dump's cut-row test too (extract/txt.py
  `_ends_in_choices`, parsers/core.py's `_RADIO_EMPTY` rule mirrored): `填报日期 | 二○二○年十二` cut at a line
  break is put back with `月三十一日 | 联系电话 | …` (it was refused as a row ending in a list of options).
Kept (guards): an attribute alone (`≥3个村级`, `≥2个省部级以上`) `>=` and the text; a sentence's deed (`≥3个乡镇开展
试点`) text; radio buttons (`○通过 ●不通过`, `○通过  ○不通过`) a row's whole last cell.
Left: a date in Chinese numerals gives no fill_date (rv28's Left).
"""
from __future__ import annotations

import pytest

from normalize.targets import split_target
from tests.hunt_tools import only_project, warning_codes

FIXTURE = "ct_s54_md3_zero_circle_date_cut.txt"


@pytest.mark.parametrize("text, value, noun", [
    ("≥3个村级以上示范基地", 3.0, "村级以上示范基地"),
    ("≥3个乡镇级以上示范基地", 3.0, "乡镇级以上示范基地"),
    ("≥2个省部级以上示范基地", 2.0, "省部级以上示范基地"),
    ("≥3个州级以上示范基地", 3.0, "州级以上示范基地"),
    ("≥3个乡级以上示范基地", 3.0, "乡级以上示范基地"),
    ("≥3个镇级以上示范村", 3.0, "镇级以上示范村"),
    ("≥2个部级以上重点实验室", 2.0, "部级以上重点实验室"),
    ("≥3个村级及以上示范基地", 3.0, "村级及以上示范基地"),
    # (guards: as before)
    ("≥3个县级以上示范基地", 3.0, "县级以上示范基地"),
    ("≥3个国家级以上示范基地", 3.0, "国家级以上示范基地"),
    ("≥3个地市级以上示范基地", 3.0, "地市级以上示范基地"),
    ("≥2个5A级以上景区", 2.0, "5A级以上景区"),
])
def test_level_words_before_a_noun(text, value, noun):
    """Main: `≥3个村级以上示范基地` was `>=` and the text; now as `≥3个县级以上示范基地`."""
    t = split_target(text)
    assert (t.op, t.value, t.unit, t.qualifier, t.target_text) == (">=", value, "个", noun, None)


@pytest.mark.parametrize("text", ["≥3个村级", "≥3个乡镇级", "≥2个省部级", "≥3个州级", "≥3个村级以上",
                                  "≥2个省部级以上", "≥3个乡镇级以上", "≥3个县级以上", "≥3个乡镇开展试点"])
def test_attribute_alone_stays_text(text):
    """Guard: an attribute alone (its noun cut short or unsaid), or a sentence: `>=` and the text."""
    t = split_target(text)
    assert (t.op, t.value, t.unit, t.target_text) == (">=", None, None, text[1:])


def test_zero_circles_are_no_boxes():
    """Main: a date's zeros written as circles made `_ends_in_choices` say a list of options (unit)."""
    from extract.txt import _ends_in_choices
    assert not _ends_in_choices(["填报日期", "二○二○年十二月三十一日"])
    assert not _ends_in_choices(["填报日期", "二○二○年十二"])
    assert not _ends_in_choices(["日期", "二○○九年十二"])
    assert not _ends_in_choices(["金额", "1○○万元"])
    # (guards) radio buttons and boxes as before
    assert _ends_in_choices(["结论", "○通过 ●不通过"])
    assert _ends_in_choices(["结论", "○通过  ○不通过"])
    assert _ends_in_choices(["结论", "◯予以支持 ◯部分支持 ●不予支持"])
    assert _ends_in_choices(["评估结论", "☑予以支持  □部分支持  □不予支持"])


def test_cut_date_row_joined():
    """Main: `填报日期 | 二○二○年十二` then `月三十一日 | 联系电话 | 0938-8861234` stayed two rows."""
    from pathlib import Path

    from extract.txt import extract_txt
    data = (Path(__file__).parent / "fixtures" / "review" / FIXTURE).read_bytes()
    rows: dict[int, list[str]] = {}
    for c in extract_txt(data, "d").grids[0].cells:
        rows.setdefault(c.row, []).append(c.text)
    texts = list(rows.values())
    assert ["填报日期", "二○二○年十二月三十一日", "联系电话", "0938-8861234"] in texts
    assert not any(t[:1] == ["月三十一日"] for t in texts)


def test_cut_date_form(read):
    """The whole form: its fields, and the indicators with a 村级 noun counted (both fixes)."""
    r = read(FIXTURE)
    p = only_project(r)
    assert (p["department"], p["unit"], p["phone"]) == ("某某县农业农村局", "某某县农村能源工作站", "0938-8861234")
    assert p["budget_total"] == 4500000.0
    ind = {i["level3"]: i for i in r.tables["indicators"]}
    assert len(ind) == 5
    base = ind["示范基地建设"]
    assert (base["op"], base["value"], base["unit"], base["qualifier"]) == (">=", 3.0, "个", "村级以上示范基地")
    assert warning_codes(r) == ["vague_target"] and r.document["status"] == "ok"

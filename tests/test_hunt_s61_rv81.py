"""Review rv81 (of hunt tg22): names opening with an age group or a type's figure, their variants and neighbours.

- a type in Roman numerals opens a name as a figure's type does (`Ⅱ型糖尿病患者规范管理率≥60%`, `II型…` as a PDF's text
  gives it: `>=` 60 %, the whole name the qualifier; they were text, the name of words after it over eight characters);
- a packed list's item of such a name before a bare figure (`65岁以上老年人健康体检12000人`,
  `65岁以上老年人健康管理率70%以上`) splits into name and target, as in a pair table: the lists' own name-and-figure
  pattern was a twin of parsers.core's that hunt tg22 extended alone — one pattern now (`_PAIR_NAME_FIGURE`);
- kept: a full-width comma in a list's figure (`新生儿访视1，200人`), a name of words only, a bare type (`Ⅱ型`) text.

Fixtures ct_s61_rv81_* from make_s61_rv81.py. Expected readings written by hand before jixiao was run."""
from __future__ import annotations

import pytest

from normalize.targets import Target, split_target
from parsers.core import split_name_and_target
from parsers.layouts.packed_list import split_packed_item
from tests.hunt_tools import indicator_targets, warning_codes


def T(op=None, value=None, value_max=None, unit=None, qualifier=None, text=None) -> Target:
    return Target(op=op, value=value, value_max=value_max, unit=unit, qualifier=qualifier, target_text=text)


@pytest.mark.parametrize("raw,want", [
    # main: text (the words after Ⅱ over eight characters, as _LATIN_NAME allows)
    ("Ⅱ型糖尿病患者规范管理率≥60%", T(">=", 60.0, unit="%", qualifier="Ⅱ型糖尿病患者规范管理率")),
    ("Ⅱ型糖尿病患者管理率≥60%", T(">=", 60.0, unit="%", qualifier="Ⅱ型糖尿病患者管理率")),
    ("II型糖尿病患者血糖控制率不低于40%", T(">=", 40.0, unit="%", qualifier="II型糖尿病患者血糖控制率")),
    ("Ⅰ型糖尿病患者规范管理率：90%", T("=", 90.0, unit="%", qualifier="Ⅰ型糖尿病患者规范管理率")),
])
def test_roman_type_opens_a_name(raw, want):
    assert split_target(raw) == want


@pytest.mark.parametrize("raw,want", [
    # main: a bare type alone, no name after it — text, as before
    ("Ⅱ型", T(text="Ⅱ型")), ("IV型", T(text="IV型")),
])
def test_bare_roman_type_stays_text(raw, want):
    assert split_target(raw) == want


@pytest.mark.parametrize("raw,want", [
    # main: (None, the text) — the packed lists' own pattern took no figure opening the name
    ("65岁以上老年人健康体检12000人", ("65岁以上老年人健康体检", "12000人")),
    ("65岁以上老年人健康管理率70%以上", ("65岁以上老年人健康管理率", "70%以上")),
    ("2型糖尿病患者规范管理3500人", ("2型糖尿病患者规范管理", "3500人")),
    ("0～6岁儿童健康管理9000人", ("0～6岁儿童健康管理", "9000人")),
])
def test_packed_item_age_or_type_name(raw, want):
    assert split_packed_item(raw) == want


@pytest.mark.parametrize("raw,want", [
    # guards, right on main: a name of words, a full-width comma in the list's figure
    ("老年人健康体检12000人", ("老年人健康体检", "12000人")),
    ("新生儿访视1，200人", ("新生儿访视", "1，200人")),
    ("新建机耕路8.2公里", ("新建机耕路", "8.2公里")),
])
def test_packed_item_kept(raw, want):
    assert split_packed_item(raw) == want


@pytest.mark.parametrize("raw,want", [
    # guards, right on main: the pair tables' pattern, now also the lists', still turns a comma's figure away
    ("保洁面积180，000平方米", (None, "保洁面积180，000平方米")),
    ("培训考核合格率95%以上", ("培训考核合格率", "95%以上")),
])
def test_pair_cell_kept(raw, want):
    assert split_name_and_target(raw) == want


def test_packed_list_age_names(read):
    """Main: the three items whose name opens with an age or a type unread, named by their level (`数量指标`), and
    `2型糖尿病患者规范管理3500人，高血压患者规范管理8000人` one unread item."""
    r = read("ct_s61_rv81_packed_ages.txt")
    assert indicator_targets(r) == [
        (None, "数量指标", "65岁以上老年人健康体检", "=", 12000.0, "人"),
        (None, "质量指标", "65岁以上老年人健康管理率", ">=", 70.0, "%"),
        (None, "数量指标", "2型糖尿病患者规范管理", "=", 3500.0, "人"),
        (None, "数量指标", "高血压患者规范管理", "=", 8000.0, "人"),
        (None, "质量指标", "2型糖尿病患者规范管理率", ">=", 60.0, "%"),
        (None, "数量指标", "0-6岁儿童健康管理", "=", 9000.0, "人"),
        (None, "质量指标", "新生儿访视", "=", 1200.0, "人"),
        ("满意度指标", None, "群众满意度", ">=", 90.0, "%"),
    ]
    assert "target_missing" not in warning_codes(r)


def _ind(r) -> dict:
    return {i["level3"]: (i["op"], i["value"], i["unit"], i["qualifier"], i["target_text"])
            for i in r.tables["indicators"]}


def test_roman_types_in_a_form(read):
    """Main: the two Roman types' rates text."""
    got = _ind(read("ct_s61_rv81_roman_types.txt"))
    assert got["糖尿病患者规范管理率"] == (">=", 60.0, "%", "Ⅱ型糖尿病患者规范管理率", None)
    assert got["糖尿病患者血糖控制率"] == (">=", 40.0, "%", "II型糖尿病患者血糖控制率", None)
    assert got["管理对象类型"] == (None, None, None, None, "Ⅱ型")
    assert got["患者满意度"] == (">=", 85.0, "%", None, None)


def test_long_count_name(read):
    """A count's name of more than eight characters before a comparison (`Ⅱ型糖尿病患者规范管理人数≥3500人`): the name
    the qualifier, as a share's long name (it was left text, hunt tg23)."""
    got = _ind(read("ct_s61_rv81_roman_types.txt"))
    assert got["糖尿病患者管理"] == (">=", 3500.0, "人", "Ⅱ型糖尿病患者规范管理人数", None)

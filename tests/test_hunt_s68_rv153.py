"""Review rv153 (session 68) of hunt tg29: indicator targets near the spellings tg29 read — its fractions after keeping
words, its inclusive bracket after a fraction's suffix, its 度 for 千瓦时, its figure said again in the unit's other
name, its 的 before a change word, its 零下 — tried on the next spellings and on a form of separate op | value | unit
cells.

Decided:
- a fraction of a whole after the keeping words tg29 did not name, `保持在1/3以上`, `稳定在三分之一以上`, `维持在1/3以内`,
  `确保1/3以上`, `保持≥1/3`, `稳定在1/3左右`: the comparison and the fraction as text, as `1/3以上` and `控制在1/3以内`
  read (`>=` / `<=` / `~`), how long it is kept the qualifier, `常年维持在1/3以上`: 常年, as `常年保持在85%以上` (they
  were text: the keeping words' rule wanted a figure with a value, and a digit after them); and a figure below zero
  after them, `保持在-18℃以下`, `保持在零下18℃以下`, `维持在零下18℃至零下15℃`: as `-18℃以下` and tg29's `零下18℃以下`
  read (they were text: a digit, no minus, after the keeping words);
- a fraction's inclusive bracket naming its own figure or 本数, `1/3以上（含1/3）`, `三分之一以上（含三分之一）`,
  `1/3以上（含本数）`: the suffix's op and the fraction with its bracket as text, `1/3(含1/3)`, as `≥1/3（含1/3）` and
  tg29's `1/3以上（含）` read (they were text: tg29 took the bare `（含）` only);
- the kilowatt-hour in its standard spelling with the middle dot, `≥1000度（kW·h）`, `≥1000kW·h（度）`,
  `≥1000千瓦·时（度）`, `≤0.6元/度（元/kW·h）`: no qualifier, as tg29's `≥1000度（千瓦时）` and `（kWh）` (the dot is
  no part of a unit's name when two names are compared);
- the figure said again in `m2` / `m3` / `hm2`, `≥300平方米（300m2）`, `≥500立方米（500m3）`, or after 即 / 合 / 折合 /
  约合 as after tg29's 约, `≥3公里（即3km）`, `≥3公里（合3km）`: no qualifier, as `≥300平方米（300㎡）` and
  `≥5公里（约5km）` read (they were the qualifier: a digit in the unit's symbol, and only 约 before the figure).

Kept (already right): `≥1公顷（15亩）`, `≥3公里（约4km）`, `≥3公里（3km以上）`, `≥5万人（5人）` keep the bracket the
qualifier (another figure or unit, or words after it); `≥25度` 度; `≤10/100` and `比例尺1/100` text; `零下18℃以下`,
`≤零下18℃`, `零下18至零下15℃` below zero; `零下降`, `零下十八度` text; `≥80%的村` `>=` and the text; `近2/3以上`, `近一半`
text; `近百分之九十` `~` 90 %; `控制在1/3以内`, `1/3以上（含）`, `≥1/100` read as tg29 decided; in 指标性质 | 指标值 |
度量单位 cells, `≤ | 零下18 | ℃`, `≤ | 5/100 |`, `≥ | 1/3 |`, `≥ | 1200 | kW·h`.

Left: a range said again in brackets, `5-10公里（5-10km）`, keeps the bracket the qualifier (tg29's rule is for one
figure); a fraction's bound said to exclude itself, `1/3以上（不含）`, stays text and `≥1/3（不含）` `>=` (a share has
no strict bound read yet); `控制在95%以上` / `控制在1/3以上` (控制在 read as `<=` against 以上) stay text; a named
fraction before the keeping words or a sign, `占比≥1/3`, `占比1/3以上`, stays text while `占比≥95%` reads (the name's
rule wants a value).

Fixtures ct_s68_rv153_* from make_s68_rv153.py. Expected readings written by hand before jixiao was run."""
from __future__ import annotations

import pytest

from normalize.targets import Target, split_target
from tests.hunt_tools import only_project, warning_codes

P = "ct_s68_rv153_"


def T(op=None, value=None, value_max=None, unit=None, qualifier=None, text=None) -> Target:
    return Target(op=op, value=value, value_max=value_max, unit=unit, qualifier=qualifier, target_text=text)


def _rows(r) -> dict[str, tuple]:
    return {i["level3"]: (i["op"], i["value"], i["value_max"], i["unit"], i["qualifier"], i["target_text"])
            for i in r.tables["indicators"]}


# ------------------------------------------------------------------ fractions after the other keeping words

@pytest.mark.parametrize("text,want", [
    ("保持在1/3以上", T(">=", text="1/3")),
    ("稳定在三分之一以上", T(">=", text="三分之一")),
    ("维持在1/3以内", T("<=", text="1/3")),
    ("确保1/3以上", T(">=", text="1/3")),
    ("保持≥1/3", T(">=", text="1/3")),
    ("稳定在1/3左右", T("~", text="1/3")),
    ("常年维持在1/3以上", T(">=", qualifier="常年", text="1/3")),
    ("始终保持在三分之二以上", T(">=", qualifier="始终", text="三分之二")),
    ("保持在-18℃以下", T("<=", -18.0, unit="℃")),
    ("保持在零下18℃以下", T("<=", -18.0, unit="℃")),
    ("维持在零下18℃至零下15℃", T("range", -18.0, -15.0, unit="℃")),
    ("常年保持在零下18℃以下", T("<=", -18.0, unit="℃", qualifier="常年")),
])
def test_fraction_after_keeping_words(text, want):
    assert split_target(text) == want


# ------------------------------------------------------------------ a fraction's bracket naming its own figure

@pytest.mark.parametrize("text,want", [
    ("1/3以上（含1/3）", T(">=", text="1/3(含1/3)")),
    ("三分之一以上（含三分之一）", T(">=", text="三分之一(含三分之一)")),
    ("1/3以上（含本数）", T(">=", text="1/3(含本数)")),
    ("1/3以内（含1/3）", T("<=", text="1/3(含1/3)")),
])
def test_fraction_inclusive_own_figure(text, want):
    assert split_target(text) == want


@pytest.mark.parametrize("text,want", [
    ("≥1/3（含1/3）", T(">=", text="1/3(含1/3)")),
    ("1/3以上（含）", T(">=", text="1/3(含)")),
    ("1/3（含）以上", T(">=", text="1/3(含)")),
    ("控制在1/3以内", T("<=", text="1/3")),
    ("近2/3以上", T(text="近2/3以上")),
    ("近一半", T(text="近一半")),
    ("近百分之九十", T("~", 90.0, unit="%")),
    ("≥1/100", T(">=", 1.0, unit="%")),
    ("≤10/100", T("<=", text="10/100")),
    ("比例尺1/100", T(text="比例尺1/100")),
])
def test_fraction_readings_held(text, want):
    assert split_target(text) == want


# ------------------------------------------------------------------ a unit said twice, the next spellings

@pytest.mark.parametrize("text,want", [
    ("≥1000度（kW·h）", T(">=", 1000.0, unit="度")),
    ("≥1000kW·h（度）", T(">=", 1000.0, unit="kW·h")),
    ("≥1000千瓦·时（度）", T(">=", 1000.0, unit="千瓦·时")),
    ("≤0.6元/度（元/kW·h）", T("<=", 0.6, unit="元/度")),
    ("≥300平方米（300m2）", T(">=", 300.0, unit="平方米")),
    ("≥500立方米（500m3）", T(">=", 500.0, unit="立方米")),
    ("≥2公顷（2hm2）", T(">=", 2.0, unit="公顷")),
    ("≥3公里（即3km）", T(">=", 3.0, unit="公里")),
    ("≥3公里（合3km）", T(">=", 3.0, unit="公里")),
    ("≥10吨（折合10t）", T(">=", 10.0, unit="吨")),
])
def test_unit_said_twice_next_spellings(text, want):
    assert split_target(text) == want


@pytest.mark.parametrize("text,want", [
    ("≥1公顷（15亩）", T(">=", 1.0, unit="公顷", qualifier="15亩")),
    ("≥3公里（约4km）", T(">=", 3.0, unit="公里", qualifier="约4km")),
    ("≥3公里（3km以上）", T(">=", 3.0, unit="公里", qualifier="3km以上")),
    ("≥5万人（5人）", T(">=", 5.0, unit="万人", qualifier="5人")),
    ("≥300平方米（300㎡）", T(">=", 300.0, unit="平方米")),
    ("≥1000度（千瓦时）", T(">=", 1000.0, unit="度")),
    ("≥25度", T(">=", 25.0, unit="度")),
    ("≥1公顷（1hm²）", T(">=", 1.0, unit="公顷")),
])
def test_units_held(text, want):
    assert split_target(text) == want


def test_range_said_again():
    # (rv153's left, read since hunt tg30: the range said again in brackets, no qualifier)
    assert split_target("5-10公里（5-10km）") == T("range", 5.0, 10.0, unit="公里")


# ------------------------------------------------------------------ below zero, 的

@pytest.mark.parametrize("text,want", [
    ("零下18℃以下", T("<=", -18.0, unit="℃")),
    ("≤零下18℃", T("<=", -18.0, unit="℃")),
    ("零下18至零下15℃", T("range", -18.0, -15.0, unit="℃")),
    ("零下降", T(text="零下降")),
    ("零下十八度", T(text="零下十八度")),
    ("≥80%的村", T(">=", text="80%的村")),
    ("≥5个百分点的提升", T(">=", 5.0, unit="个百分点", qualifier="提升")),
])
def test_below_zero_and_de_held(text, want):
    assert split_target(text) == want


# ------------------------------------------------------------------ the whole forms

def test_form_keeping(read):
    r = read(P + "keeping.txt")
    assert only_project(r)["name"] == "丽水市山区县共同富裕乡村振兴示范带建设项目"
    assert _rows(r) == {
        "村级光伏电站年发电量": (">=", 1000.0, None, "度", None, None),
        "储能设施年放电量": (">=", 800.0, None, "kW·h", None, None),
        "村级服务用房改造面积": (">=", 300.0, None, "平方米", None, None),
        "山塘蓄水池新增容积": (">=", 500.0, None, "立方米", None, None),
        "新建游步道长度": (">=", 3.0, None, "公里", None, None),
        "高标准农田建设面积": (">=", 1.0, None, "公顷", "15亩", None),
        "冷藏库库内温度": ("<=", -18.0, None, "℃", None, None),
        "速冻间库内温度": ("<=", -25.0, None, "℃", None, None),
        "脱贫村覆盖比例": (">=", None, None, None, None, "1/3(含1/3)"),
        "低收入农户受益户数占比": (">=", None, None, None, None, "三分之一(含三分之一)"),
        "女性学员占比": (">=", None, None, None, None, "1/3(含本数)"),
        "经营性收入占村集体收入比重": (">=", None, None, None, None, "1/3"),
        "特色产业产值占比": (">=", None, None, None, None, "三分之一"),
        "县级配套资金占比": (">=", None, None, None, "常年", "1/3"),
        "示范带覆盖行政村": (">=", None, None, None, None, "80%的村"),
        "受益农户满意度": (">=", 90.0, None, "%", None, None),
    }
    assert warning_codes(r) == []


def test_form_columns(read):
    r = read(P + "columns.txt")
    assert only_project(r)["name"] == "黔东南州农村电网储能及冷链设施改造"
    assert _rows(r) == {
        "储能设施年放电量": (">=", 1200.0, None, "kW·h", None, None),
        "新建冷库容积": (">=", 600.0, None, "m3", None, None),
        "冷库库内温度": ("<=", -18.0, None, "℃", None, None),
        "台区线损率": ("<=", 5.0, None, "%", None, None),
        "脱贫户受益占比": (">=", None, None, None, None, "1/3"),
        "受益群众满意度": (">=", 90.0, None, "%", None, None),
    }
    assert warning_codes(r) == []

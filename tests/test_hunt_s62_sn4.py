"""Scans of layouts not scanned before (session 62 hunt `sn4`): forms from the session 61-62 whole-form fixtures
(a 指标值 | 计量单位 pair, a 权重 column, 指标方向, a 基本建设 form, a landscape 自评表, a table over two pages with its
head printed again) photographed, faxed, turned, sealed. The images are drawn by
tests/fixtures/review/make_s62_sn4.py (prefix ct_s62_sn4_ in tests/fixtures/review); each is read once (the session's
`read` fixture caches it).

Decided (extract/scan.py):
- A seal's letters read as a run along its arc (a gray scan, the seal's red lost: `区文化` after the name in the
  project's cell, `鄞州区公共文化服务提升工程区文化`) are the seal's, dropped and reported like its single rim glyphs:
  ideographs only, centred in a ring's upper half, the top in the rim's band, the box 1.5 lines high or more
  (`_seal_arc`). A value across the same seal runs level, a line high, and is kept (`鄞州区文化馆`).
- A unit's cell read as the two figures a percent sign looks like (`06`, `96`, `0/0`) below 0.9, under a unit's head
  of its column (计量单位 / 度量单位), is `%` (`mend_unit_percent`; a dim photo's `90` | `06` gave unit `06`).
- A unit's `%` read with its cell's left ruling (`[%`, a fax) is `%`, as a number's was (`mend_leading_rule`).
Left (strict xfail): the 200 x 100 dpi fax's name `荆门市中心城区…` read `荆门中心城区…` (市 lost, no misread glyph
to mend).

The expectations were written by hand from the forms before jixiao read them (money in 元, as jixiao writes it).
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.hunt_tools import only_project

W = 10_000.0


def _fields(p: dict, *keys: str) -> tuple:
    return tuple(p[k] for k in keys)


def _rows(r) -> list[tuple]:
    return [(i["level1_std"], i["level2"], i["level3"], i["op"], i["value"], i["unit"]) for i in r.tables["indicators"]]


VALUE_UNIT = [
    ("output", "数量指标", "更新新能源公交车", "=", 36.0, "辆"),
    ("output", "质量指标", "车辆验收合格率", "=", 100.0, "%"),
    ("output", "成本指标", "单车购置补贴", "<=", 550_000.0, "元"),
    ("outcome", "社会效益指标", "公交出行分担率", ">=", 22.0, "%"),
    ("satisfaction", "服务对象满意度指标", "乘客满意度", ">=", 90.0, "%"),
]
WEIGHTS = [
    ("output", "数量指标", "开展公益文化活动场次", ">=", 300.0, "场"),
    ("output", "数量指标", "新建城市书房", "=", 5.0, "家"),
    ("output", "质量指标", "城市书房验收合格率", "=", 100.0, "%"),
    ("output", "时效指标", "城市书房开放时间", None, None, None),
    ("outcome", "社会效益指标", "年服务群众人次", ">=", 50.0, "万人次"),
    ("satisfaction", "服务对象满意度指标", "群众满意度", ">=", 92.0, "%"),
]
DIRECTION = [
    ("output", "数量指标", "改造积水点", ">=", 14.0, "处"),
    ("output", "数量指标", "新建雨水管网长度", ">=", 3.2, "公里"),
    ("output", "成本指标", "每公里管网建设成本", "<=", 1_800_000.0, "元"),
    ("outcome", "社会效益指标", "积水点内涝发生次数", "<=", 0.0, "次"),
    ("satisfaction", "服务对象满意度指标", "周边居民满意度", ">=", 90.0, "%"),
]
CONSTRUCTION = [
    ("output", "数量指标", "新增建筑面积", ">=", 5.2, "万平方米"),
    ("output", "质量指标", "分部分项工程验收合格率", "=", 100.0, "%"),
    ("output", "时效指标", "主体结构封顶时间", None, None, None),
    ("output", "时效指标", "年度工程形象进度", ">=", 60.0, "%"),
    ("output", "成本指标", "建安工程单方造价", "<=", 5800.0, "元/平方米"),
    ("outcome", "社会效益指标", "新增住院床位", ">=", 600.0, "张"),
    ("satisfaction", "服务对象满意度指标", "就诊群众满意度", ">=", 90.0, "%"),
]


def _value_unit_head(p: dict) -> tuple:
    return _fields(p, "department", "unit", "year", "budget_year", "goal_annual")


def _weights_project(r) -> None:
    p = only_project(r)
    assert _fields(p, "name", "department", "unit", "year", "budget_year", "goal_annual") == (
        "鄞州区公共文化服务提升工程", "宁波市鄞州区文化和广电旅游体育局", "鄞州区文化馆", 2025, 680 * W,
        "全年开展公益文化活动300场，建成城市书房5家。")
    assert _rows(r) == WEIGHTS
    assert [i["weight"] for i in r.tables["indicators"]] == [15.0, 15.0, 10.0, 10.0, 30.0, 20.0]


def _direction_project(r) -> None:
    p = only_project(r)
    assert _fields(p, "name", "department", "unit", "year", "budget_year", "budget_fiscal", "goal_annual") == (
        "涪城区城区积水点改造工程", "绵阳市涪城区住房和城乡建设局", "涪城区市政设施管理所", 2025, 860 * W, 860 * W,
        "改造城区易涝积水点14处，新建雨水管网3.2公里。")
    assert _rows(r) == DIRECTION


def _construction_project(r) -> None:
    p = only_project(r)
    assert _fields(p, "name", "department", "unit", "year", "budget_total", "budget_year", "start_date",
                   "end_date", "goal_annual") == (
        "株洲市第二人民医院住院综合楼建设工程", "株洲市卫生健康委员会", "株洲市第二人民医院", 2025, 48_000 * W,
        15_000 * W, date(2024, 3, 1), date(2026, 12, 31), "完成住院综合楼主体结构封顶，累计完成投资占总投资的60%以上。")
    assert _rows(r) == CONSTRUCTION


# --- read right on main (guards of layouts scanned for the first time) ---

def test_photo_value_unit(read):
    """A phone photo (4°, perspective, light falling off, q60) of a form whose 指标值 and 计量单位 are two columns."""
    r = read("ct_s62_sn4_photo_value_unit.jpg")
    p = only_project(r)
    assert p["name"] == "荆门市中心城区公交车辆更新"
    assert _value_unit_head(p) == ("荆门市交通运输局", "荆门市公共交通集团有限公司", 2025, 1_980 * W,
                                   "更新新能源公交车36辆，提升公共交通服务水平。")
    assert _rows(r) == VALUE_UNIT


def test_fax_weights(read):
    """A 1-bit 200 dpi fax of a form with a 权重 column before 指标值."""
    _weights_project(read("ct_s62_sn4_fax_weights.png"))


def test_rot90_direction(read):
    """A scan lying on its side: 指标方向 正向 / 反向 the operators of bare figures, units in their own column."""
    r = read("ct_s62_sn4_rot90_direction.jpg")
    _direction_project(r)
    assert any(w["code"] == "page_rotated" for w in r.tables["warnings"])


def test_seal_construction(read):
    """A 基本建设 form (建设周期, 项目总投资, 年度预算) whose unit's red seal covers the 项目单位 cell."""
    _construction_project(read("ct_s62_sn4_seal_construction.jpg"))


def test_landscape_self_eval(read):
    """A 自评表 on a landscape page: the money's 年初预算数 … 得分 row and 年度指标值 | 实际完成值 | 分值 | 得分."""
    r = read("ct_s62_sn4_landscape_self_eval.jpg")
    p = only_project(r)
    assert _fields(p, "form", "name", "department", "unit", "year", "budget_initial", "budget_year", "spent",
                   "execution_rate", "score") == (
        "self_eval", "邯郸市永年区城乡居民医疗救助", "邯郸市永年区医疗保障局", "永年区医疗保障事务中心", 2024,
        1_320 * W, 1_320 * W, 1_300.2 * W, 0.985, 99.85)
    assert _rows(r) == [
        ("output", "数量指标", "救助困难群众人次", ">=", 1.2, "万人次"),
        ("output", "质量指标", "救助政策落实率", "=", 100.0, "%"),
        ("output", "时效指标", "救助资金拨付及时率", ">=", 95.0, "%"),
        ("outcome", "社会效益指标", "因病致贫返贫发生率", "<=", 1.0, "%"),
        ("satisfaction", "服务对象满意度指标", "救助对象满意度", ">=", 90.0, "%"),
    ]
    ind = r.tables["indicators"]
    assert [(i["actual_raw"], i["weight"], i["score"]) for i in ind] == [
        ("1.26万人次", 20.0, 20.0), ("100%", 15.0, 15.0), ("97%", 15.0, 15.0), ("0.6%", 20.0, 20.0),
        ("95%", 20.0, 20.0)]


def test_two_page_thead(read):
    """A table running over two scanned pages, its head row printed again atop the second: no indicator of it."""
    r = read("ct_s62_sn4_two_page_thead.pdf")
    p = only_project(r)
    assert _fields(p, "name", "department", "unit", "year", "budget_year", "budget_fiscal", "goal_annual") == (
        "鄂尔多斯市基层医疗卫生机构能力提升项目", "鄂尔多斯市卫生健康委员会", "各旗区卫生健康委员会", 2025,
        6_300 * W, 6_300 * W, "提升苏木乡镇卫生院服务能力，每千人口医疗卫生机构床位数达到6.8张。")
    assert _rows(r) == [
        ("output", "数量指标", "每千人口医疗卫生机构床位数", ">=", 6.8, "张"),
        ("output", "数量指标", "每千人口执业（助理）医师数", ">=", 3.2, "人"),
        ("output", "数量指标", "改造提升苏木乡镇卫生院", "=", 26.0, "所"),
        ("output", "质量指标", "基层医疗卫生机构达到服务能力基本标准比例", ">=", 85.0, "%"),
        ("outcome", "社会效益指标", "县域内就诊率", ">=", 90.0, "%"),
        ("satisfaction", "服务对象满意度指标", "患者满意度", ">=", 90.0, "%"),
    ]


def test_two_page_upside(read):
    """The 基本建设 form over two pages, the second fed upside down."""
    _construction_project(read("ct_s62_sn4_two_page_upside.pdf"))


# --- read wrong on main ---

def test_grey_seal_arc_dropped(read):
    """A gray scan whose seal lies over the 项目名称 and 实施单位 cells: main read the rim's `区文化` (one line along the
    arc, 0.98) into the name, `鄞州区公共文化服务提升工程区文化`; it is dropped and reported, the unit across the seal
    kept."""
    r = read("ct_s62_sn4_grey_seal_weights.jpg")
    _weights_project(r)
    assert any("区文化" in w["message"] for w in r.tables["warnings"] if w["code"] == "low_confidence")


def test_photo_dim_unit_percent(read):
    """A photo in dim light: the satisfaction row's `%` under 度量单位 read `06` (0.66): main's unit `06`."""
    _direction_project(read("ct_s62_sn4_photo_dim_direction.jpg"))


def test_fax_standard_unit_rule(read):
    """A standard-resolution fax received upside down: the last `%` under 计量单位 read `[%` with its cell's left
    ruling (main's unit `[%`)."""
    r = read("ct_s62_sn4_fax_standard_upside.png")
    p = only_project(r)
    assert _value_unit_head(p) == ("荆门市交通运输局", "荆门市公共交通集团有限公司", 2025, 1_980 * W,
                                   "更新新能源公交车36辆，提升公共交通服务水平。")
    assert _rows(r) == VALUE_UNIT


@pytest.mark.xfail(strict=True, reason="the 200x100 dpi fax's 市 is lost by the recognizer (`荆门中心城区…`): no "
                   "misread glyph to mend, a glyph put in from nothing would be invented; left")
def test_fax_standard_name(read):
    assert only_project(read("ct_s62_sn4_fax_standard_upside.png"))["name"] == "荆门市中心城区公交车辆更新"


def test_rules_unit():
    """The rules alone: a seal's arc (tall, in the rim's band) against a level value across the seal; a unit's `06`
    under a unit head only; a unit's `%` after a ruling's bracket."""
    from extract.grid import Cell
    from extract.ocr import OcrLine
    from extract.scan import _seal_arc, mend_leading_rule, mend_unit_percent
    ring = [(911.0, 189.0, 93.0)]
    assert _seal_arc(OcrLine("区文化", (860, 85, 995, 171), 0.98), ring, 40.0) is True
    assert _seal_arc(OcrLine("鄞州区文化馆", (822, 146, 1011, 204), 1.0), ring, 40.0) is False
    assert _seal_arc(OcrLine("15", (860, 85, 995, 171), 0.98), ring, 40.0) is False
    head = Cell(0, 1, "度量单位")
    value = [Cell(0, 0, "指标值"), Cell(3, 0, "90")]    # the row's value in its own cell (review rv98)
    assert mend_unit_percent(Cell(3, 1, "06", conf=0.66), [head, *value]) == "%"
    assert mend_unit_percent(Cell(3, 1, "06", conf=0.95), [head, *value]) == "06"
    assert mend_unit_percent(Cell(3, 1, "06", conf=0.66), [Cell(0, 1, "指标值")]) == "06"
    assert mend_unit_percent(Cell(3, 1, "次", conf=0.66), [head]) == "次"
    assert mend_leading_rule("[%") == ("%", True)
    assert mend_leading_rule("[备注") == ("[备注", False)

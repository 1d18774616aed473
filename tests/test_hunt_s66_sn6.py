"""Scans of kinds not scanned before (session 66 hunt `sn6`): a 绩效自评表 with its 评分 columns whose 实际完成值 and
得分 figures are written by hand, its 产出指标 merged over four rows; a 目标表 photographed at a slant whose 项目属性
holds a ticked ☑ box, its 产出指标 merged over six rows and a red seal over the money's cell; a 目标表 drawn with row
rules only (no column rules) faxed at standard resolution (200 x 100 dpi, 1-bit); a landscape 目标表 with 权重 and
备注 columns folded in two, the crease across its rows.
The images are drawn by tests/fixtures/review/make_s66_sn6.py (prefix ct_s66_sn6_ in tests/fixtures/review); each
is read once (the module's `read` fixture caches it).

Decided (extract/scan.py):
- A star sign (`★`, `☆` …) at the start or the end of an OCR line whose glyph lies at a seal ring's centre (0.4 of
  its radius) is the seal's star read with the value under it (`_drop_seal_star` in `drop_seal_codes`): main read the
  年度资金总额 cell as `3,680.00★` and lost the sum. It is reported with the seal's words; a `★` inside words or off a
  seal's centre (a core indicator's mark) is kept.
- A line of options whose squares the box finder found fewer than the recognizer read (a seal's ink over one box):
  the words between the boxes the recognizer read put the missed empty box back where a re-read piece joins two of
  them (`_missed_box`): main gave the category `新增项目延续项目` from `☑新增项目延续项目 □其他`.
- A table whose rulings give one column (frame and row rules only, no column rule) takes its column boundaries from
  its text: a stretch that at most a quarter of its rows' lines run over, three lines or more starting just right of
  it (`columns_from_gaps`; a merged cell's line across it merges its slots as before): main read each row as one
  cell (`项目名称麦积区…工程`), no field and no indicator (`layout_unknown`).
Kept: the handwritten 实际完成值 / 得分 figures (turned, uneven glyphs) are read right, the 产出指标 cells merged over
four and six rows give their level to every row, the landscape page folded across its 质量指标 row is read whole
(weights and the one 备注 in `note`), the fax's head `级指标 | 级指标 | 级指标 | 指标值` (一 / 二 / 三 lost at 100 dpi down
the page) still heads the indicator table.
Left: nothing of these fixtures fails.

The expectations were written by hand from the forms before jixiao read them (money in 元, as jixiao writes it).
"""
from __future__ import annotations

import pytest

from tests.hunt_tools import only_project

W = 10_000.0


def _fields(p: dict, *keys: str) -> tuple:
    return tuple(p[k] for k in keys)


def _rows(r) -> list[tuple]:
    return [(i["level1_std"], i["level2"], i["level3"], i["op"], i["value"], i["unit"]) for i in r.tables["indicators"]]


YIBIN = [
    ("output", "数量指标", "新建高标准农田面积", ">=", 12.0, "万亩"),
    ("output", "质量指标", "工程验收合格率", ">=", 95.0, "%"),
    ("output", "时效指标", "项目完工时间", None, None, None),
    ("output", "成本指标", "亩均财政补助标准", "<=", 600.0, "元"),
    ("outcome", "经济效益指标", "项目区粮食亩产提高率", ">=", 5.0, "%"),
    ("satisfaction", "服务对象满意度指标", "项目区农户满意度", ">=", 90.0, "%"),
]
NANYANG = [
    ("output", "数量指标", "改造雨污分流管网长度", ">=", 26.0, "公里"),
    ("output", "数量指标", "消除黑臭水体数量", "=", 3.0, "处"),
    ("output", "质量指标", "工程验收合格率", "=", 100.0, "%"),
    ("output", "质量指标", "管网渗漏检测达标率", ">=", 98.0, "%"),
    ("output", "时效指标", "工程完工时间", None, None, None),
    ("output", "成本指标", "每公里管网改造成本", "<=", 1_400_000.0, "元"),
    ("outcome", "生态效益指标", "污水集中收集率", ">=", 75.0, "%"),
    ("satisfaction", "服务对象满意度指标", "沿线居民满意度", ">=", 90.0, "%"),
]
TIANSHUI = [
    ("output", "数量指标", "新建改造供水管网", ">=", 48.0, "公里"),
    ("output", "质量指标", "水质达标率", ">=", 95.0, "%"),
    ("output", "时效指标", "工程完工时间", None, None, None),
    ("outcome", "社会效益指标", "受益农村人口", ">=", 2.1, "万人"),
    ("satisfaction", "服务对象满意度指标", "受益群众满意度", ">=", 90.0, "%"),
]
QUJING = [
    ("output", "数量指标", "新增公办幼儿园学位", ">=", 1080.0, "个"),
    ("output", "质量指标", "工程竣工验收合格率", "=", 100.0, "%"),
    ("output", "时效指标", "项目完工时间", None, None, None),
    ("output", "成本指标", "生均建设成本", "<=", 17_000.0, "元"),
    ("outcome", "社会效益指标", "普惠性幼儿园覆盖率", ">=", 85.0, "%"),
    ("satisfaction", "服务对象满意度指标", "幼儿家长满意度", ">=", 90.0, "%"),
]


def test_self_eval_hand_fields(read):
    """The 自评表's fields and money row (年初预算数 | 全年预算数 | 全年执行数 | 执行率 | 得分) and its total score."""
    r = read("ct_s66_sn6_self_eval_hand.jpg")
    p = only_project(r)
    assert _fields(p, "form", "name", "department", "unit", "year", "budget_initial", "budget_year", "spent",
                   "execution_rate", "score") == (
        "self_eval", "宜宾市高标准农田建设补助", "宜宾市农业农村局", "宜宾市农田建设服务中心", 2024,
        7_300 * W, 7_300 * W, 7_081 * W, 0.97, 94.7)


def test_self_eval_hand_indicators(read):
    """The printed targets under an 产出指标 cell merged over four rows."""
    assert _rows(read("ct_s66_sn6_self_eval_hand.jpg")) == YIBIN


def test_self_eval_hand_actuals(read):
    """The handwritten 实际完成值 and 得分 figures beside the printed 分值."""
    ind = read("ct_s66_sn6_self_eval_hand.jpg").tables["indicators"]
    assert [(i["actual_raw"], i["weight"], i["score"]) for i in ind] == [
        ("12.6万亩", 20.0, 20.0), ("96%", 15.0, 15.0), ("11月底", 10.0, 10.0), ("580元", 10.0, 10.0),
        ("6.2%", 20.0, 20.0), ("93%", 15.0, 10.0)]


def test_checkbox_seal_photo_fields(read):
    """A slanted photo: the ticked ☑新增项目 of 项目属性, the money under a red seal."""
    r = read("ct_s66_sn6_checkbox_seal_photo.jpg")
    p = only_project(r)
    assert _fields(p, "name", "department", "unit", "category", "year", "budget_year", "budget_fiscal",
                   "goal_annual") == (
        "南阳市中心城区雨污分流改造工程", "南阳市城市管理局", "南阳市排水管理处", "新增项目", 2025, 3_680 * W,
        3_680 * W, "完成中心城区雨污分流管网改造26公里，消除黑臭水体3处。")


def test_checkbox_seal_photo_indicators(read):
    """产出指标 merged over six rows, 数量指标 and 质量指标 each over two."""
    assert _rows(read("ct_s66_sn6_checkbox_seal_photo.jpg")) == NANYANG


def test_rows_only_fax_fields(read):
    """Row rules only, faxed at 200 x 100 dpi: the cells parted by their gaps."""
    p = only_project(read("ct_s66_sn6_rows_only_fax.png"))
    assert _fields(p, "name", "department", "unit", "year", "budget_year", "goal_annual") == (
        "麦积区农村饮水安全巩固提升工程", "天水市麦积区水务局", "麦积区农村供水管理站", 2025, 965 * W,
        "新建改造供水管网48公里，巩固提升2.1万农村人口供水保障水平。")


def test_rows_only_fax_indicators(read):
    assert _rows(read("ct_s66_sn6_rows_only_fax.png")) == TIANSHUI


def test_landscape_fold(read):
    """A landscape page folded across its 质量指标 row: fields, targets, weights and the one 备注."""
    r = read("ct_s66_sn6_landscape_fold.jpg")
    p = only_project(r)
    assert _fields(p, "name", "department", "unit", "year", "budget_year", "goal_annual") == (
        "麒麟区城区公办幼儿园扩容建设", "曲靖市麒麟区教育体育局", "麒麟区教育体育局", 2025, 1_850 * W,
        "新建、改扩建公办幼儿园4所，新增学位1080个。")
    assert _rows(r) == QUJING
    ind = r.tables["indicators"]
    assert [i["weight"] for i in ind] == [20.0, 20.0, 10.0, 10.0, 30.0, 10.0]
    assert [i["note"] for i in ind] == [None, None, "秋季学期开学前", None, None, None]

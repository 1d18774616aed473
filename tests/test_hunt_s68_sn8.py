"""Scanned forms on the OCR path (session 68 hunt `sn8`): the look-alikes RapidOCR makes on label and head words, and
two pages photographed on a desk (tests/fixtures/review/make_s68_sn8.py: 黔东南州's 2026 目标表 at 110 dpi turned 2.2
degrees and at 90 dpi turned 3 degrees, 呼伦贝尔's 2025 自评表 at 120 dpi turned -1.6 degrees, all lit unevenly,
JPEG q60).

What was hunted: session 67's leftovers (tests/test_hunt_s67_sn7.py) first — `三级播标` (播 for 指) lost every
indicator's name, `其中：财政戮款（万` (戮 for 拨, its unit's bracket left open) no 财政拨款 label. To find the family,
47 label and head words were drawn in Noto Sans / Serif CJK (regular, bold) at 72-150 dpi, blurred, noised and passed
through JPEG q25 / q60, and RapidOCR's readings counted (a probe, not kept): besides one-off misreads, 指 read 伯 / 拍
/ 排 / 播, 值 read 销, 效 read 造, 成 read 或, 拨 read 援 / 戮, 完 read 定, 管 read 营, and a unit's closing bracket
lost at 72-85 dpi (`（万元`).

Decided:
- parsers.labels.OCR_LOOKALIKES takes those groups (拨拔戮援, 指播伯排拍, 值销, 效造, 成或, 完定, 管菅营, 实买), and the
  head and level look-alikes (parsers.core._OCR_LOOKALIKE) take every group's look-alike for its first: a label, head
  or level word is matched only whole, the lexicon proving the reading (`三级拍标` a 三级指标 head, `实际完成销` the
  实际完成值 head, `年度绩造目标` the goal's label); a real 援 / 销 / 定 in a value stays as read.
- extract.scan.rotate (the page levelled) fills the corners its turn uncovers with the page's edge pixels carried on
  (cv2.BORDER_REPLICATE), not white, and where those are ink (below ROTATE_INK of the edge's paper) with the paper:
  on a photo's grey paper the white wedge's edge was taken for a rule, the 90 dpi photo turned 3 degrees
  (ct_s68_sn8_target_photo_90dpi.jpg) had its table grow a column and a row and its text fall into one cell (no
  project, layout_unknown); carried on alone, a 1-bit fax's edge ink drew strokes (ct_s35_dc_fax_dotted_rules.tif lost
  its money row), so ink is not carried.
- label_key drops a unit's bracket whose closing bracket an OCR lost at the cell's edge (`其中：财政拨款（万元`,
  `（万`): the label is the one its closed bracket would give.
Kept: both photos read whole (fields, money in 万元, `≥` / `≤` targets, `次/周`, the time and qualitative targets
without a figure, the 自评表's 实际完成值 / 分值 / 得分 / 偏差原因 and its money row).
Left: session 67's `≥10座` / `≤0.5%` read `>10` / `<0.5%` at 72 dpi (the twice-size copy reads them strict too) and
`≥10L1公里` (101 or 101.1) stay strict xfails in tests/test_hunt_s67_sn7.py.

The expectations were written by hand from the forms before jixiao read them (money in 元, as jixiao writes it).
"""
from __future__ import annotations

import pytest

from parsers.core import _text_header_matches, label_key, level_info, match_field
from tests.hunt_tools import only_project

W = 10_000.0
TARGET = "ct_s68_sn8_target_photo.jpg"
SELF = "ct_s68_sn8_self_eval_photo.jpg"
TARGET_90 = "ct_s68_sn8_target_photo_90dpi.jpg"


def _rows(r) -> list[tuple]:
    return [(i["level1_std"], i["level2"], i["level3"], i["op"], i["value"], i["unit"]) for i in r.tables["indicators"]]


QIANDONGNAN = [
    ("output", "数量指标", "补助乡村学校少年宫数量", ">=", 60.0, "所"),
    ("output", "数量指标", "开展课外活动频次", ">=", 2.0, "次/周"),
    ("output", "质量指标", "学生活动参与率", ">=", 85.0, "%"),
    ("output", "时效指标", "资金拨付时间", None, None, None),
    ("output", "成本指标", "每所少年宫补助标准", "<=", 65_000.0, "元"),
    ("outcome", "社会效益指标", "学生综合素质", None, None, None),
    ("satisfaction", "服务对象满意度指标", "学生家长满意度", ">=", 90.0, "%"),
]
HULUNBUIR = [
    ("output", "数量指标", "禁牧面积", ">=", 1200.0, "万亩"),
    ("output", "质量指标", "草原综合植被盖度", ">=", 75.0, "%"),
    ("output", "时效指标", "补助资金发放时间", None, None, None),
    ("output", "成本指标", "亩均补助标准", "<=", 7.5, "元"),
    ("outcome", "生态效益指标", "退化草原面积减少率", ">=", 3.0, "%"),
    ("satisfaction", "服务对象满意度指标", "牧民满意度", ">=", 90.0, "%"),
]


@pytest.mark.parametrize("text, col", [
    ("其中：财政戮款（万元）", "budget_fiscal"), ("财政援款", "budget_fiscal"), ("买施单位", "unit"),
    ("主营部门", "department"), ("年度绩造目标", "goal_annual"), ("实际定或值", "goal_actual"),
    ("其中：财政拨款（万", "budget_fiscal"), ("年度资金总额（万元", "budget_year"),
])
def test_label_lookalikes(text, col):
    """A field label read with a look-alike of the family, or its unit's bracket left open, is the label."""
    got = match_field(text)
    assert got is not None and got[0] == col


@pytest.mark.parametrize("text, kind, role", [
    ("三级播标", "indicator", "level3"), ("二级伯标", "indicator", "level2"), ("三级拍标", "indicator", "level3"),
    ("指标销", "indicator", "target"),
])
def test_head_lookalikes(text, kind, role):
    """A head word read with a look-alike of the family is the head (the whole word, the lexicon proving it)."""
    assert _text_header_matches(text).get(kind, (None,))[0] == role


def test_lookalikes_prove_nothing_else():
    """A real word holding a look-alike stays as read: no label, no head, no level; a bracket that is no unit's stays
    in the key."""
    for text in ("对口支援资金", "营业收入", "约定事项", "产品销量"):
        assert match_field(text) is None, text
        assert not any(q >= 1.0 for _, q in _text_header_matches(text).values()), text
        assert level_info(text)[:2] == (None, None), text
    assert label_key("项目负责人（签字") != "项目负责人"


def test_target_photo_fields(read):
    p = only_project(read(TARGET))
    assert (p["form"], p["name"], p["department"], p["unit"], p["year"]) == (
        "target", "黔东南州乡村学校少年宫运行补助", "黔东南州教育局", "黔东南州教育事业发展中心", 2026)
    assert (p["budget_year"], p["budget_fiscal"]) == (pytest.approx(386.5 * W), pytest.approx(350 * W))


def test_target_photo_indicators(read):
    r = read(TARGET)
    assert _rows(r) == QIANDONGNAN
    assert r.tables["indicators"][5]["target_text"] == "有所提升"


def test_target_photo_90dpi_levelled_keeps_its_table(read):
    """At 90 dpi turned 3 degrees: the levelled page's uncovered corners carry the paper on, no edge taken for a rule
    (the table grew a column and a row, its text one cell: no project, layout_unknown)."""
    r = read(TARGET_90)
    p = only_project(r)
    assert (p["form"], p["name"], p["unit"]) == ("target", "黔东南州乡村学校少年宫运行补助", "黔东南州教育事业发展中心")
    assert (p["budget_year"], p["budget_fiscal"]) == (pytest.approx(386.5 * W), pytest.approx(350 * W))
    assert _rows(r) == QIANDONGNAN
    assert "layout_unknown" not in [w["code"] for w in r.tables["warnings"]]


def test_self_eval_photo_fields(read):
    p = only_project(read(SELF))
    assert (p["form"], p["name"], p["department"], p["unit"], p["year"]) == (
        "self_eval", "呼伦贝尔市草原生态保护补助奖励", "呼伦贝尔市林业和草原局", "呼伦贝尔市草原工作站", 2025)
    assert (p["budget_initial"], p["budget_year"], p["spent"], p["execution_rate"], p["score"]) == (
        pytest.approx(5200 * W), pytest.approx(5200 * W), pytest.approx(4940 * W), pytest.approx(0.95),
        pytest.approx(96.5))


def test_self_eval_photo_indicators(read):
    assert _rows(read(SELF)) == HULUNBUIR


def test_self_eval_photo_actuals(read):
    ind = read(SELF).tables["indicators"]
    assert [(i["actual_raw"], i["weight"], i["score"]) for i in ind] == [
        ("1215万亩", 20.0, 20.0), ("76.2%", 15.0, 15.0), ("2025年10月", 10.0, 10.0), ("7.5元", 10.0, 10.0),
        ("2.6%", 20.0, 17.0), ("92%", 15.0, 15.0)]
    assert ind[4]["deviation"] == "降水偏少"

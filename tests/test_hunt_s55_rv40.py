"""Review rv40 (session 55) of hunt ly2 (merge 31d1efbd). Fixtures ct_s55_rv40_* (text dumps, tab-separated cells,
from tests/fixtures/review/make_s55_rv40.py); each reading was written down by hand before jixiao was run.

Decided:
- `项目概况 | 道路照明设施维护` (a long text's label beside a short value) over `养护路段 | 人民路、解放路` /
  `养护方式 | 委托专业公司` (label | value rows whose labels are no field): the value is the overview, no column's
  head — ly2's `_column_list` took the rows' labels for the overview (`养护路段；养护方式`) and the value for a head
  (other_fields `道路照明设施维护`). A column's head now names what is under it (ends in 目标 / 任务 / 内容 /
  情况 / 措施 …, as `年度履职目标`).
Kept (right on 31d1efbd, guards): ly2's actual's own 单位 column near-misses — a 计量单位 before the target (the
target's unit, the actual a bare figure), one 单位 after the actual (the target's, shared), an actual with its unit
already written under a 单位 of its own (`118公里`, not doubled), a 偏差 column between the actual and a 单位 (the
单位 left in the note, not joined across the 偏差); the column list's near-misses — a text's label with a short value
over an ordinary label | value block, over a budget block and an indicator table.
Left: `养护路段 | 人民路、解放路` right after the overview is an unparsed_row (as before ly2).
"""
from __future__ import annotations

from tests.hunt_tools import only_project, other_fields, warning_codes

W = 10000


def _ind(r, *keys):
    return [tuple(i.get(k) for k in keys) for i in r.tables["indicators"]]


def test_short_overview_over_loose_labels_is_no_column_head(read):
    """`项目概况 | 道路照明设施维护` over two label | value rows. 31d1efbd: overview `养护路段；养护方式`."""
    r = read("ct_s55_rv40_overview_then_loose_labels.txt")
    p = only_project(r)
    assert p["overview"] == "道路照明设施维护"
    of = other_fields(p)
    assert "道路照明设施维护" not in of and of.get("养护方式") == "委托专业公司"
    assert p["budget_year"] == 80 * W and len(r.tables["indicators"]) == 2


def test_unit_before_target_no_actual_unit(read):
    """A guard: `计量单位 | 年度指标值 | 实际完成值`: the unit the target's, the actual bare."""
    r = read("ct_s55_rv40_unit_before_target.txt")
    assert _ind(r, "target_raw", "unit", "actual_raw", "weight", "score") == [
        ("≥120公里", "公里", "118", 30, 29), ("≥85%", "%", "87", 30, 30), ("≥90%", "%", "92", 30, 30)]
    assert warning_codes(r) == []


def test_one_unit_after_actual_is_the_targets(read):
    """A guard: `年度指标值 | 实际完成值 | 单位`: the one 单位 the target's unit (not taken by the actual alone)."""
    r = read("ct_s55_rv40_shared_unit_after_actual.txt")
    assert _ind(r, "target_raw", "unit", "actual_raw", "note") == [
        ("≥120公里", "公里", "118", None), ("≥85%", "%", "87", None), ("≥90%", "%", "92", None)]
    assert warning_codes(r) == []


def test_actual_unit_already_written_not_doubled(read):
    """A guard: `118公里` under 实际完成值, `公里` under its 单位: `118公里`, not `118公里公里`."""
    r = read("ct_s55_rv40_unit_already_written.txt")
    assert _ind(r, "target_raw", "actual_raw", "note") == [
        ("≥120公里", "118公里", None), ("≥85%", "87%", None), ("≥90%", "92%", None)]
    assert warning_codes(r) == []


def test_deviation_between_actual_and_unit(read):
    """A guard: `实际完成值 | 偏差 | 单位`: the 单位 not joined across the 偏差 (kept in the note)."""
    r = read("ct_s55_rv40_deviation_between.txt")
    assert _ind(r, "target_raw", "actual_raw", "note", "score") == [
        ("≥120公里", "118", "偏差：2；单位：公里", 29), ("≥85%", "87", "偏差：0；单位：%", 30),
        ("≥90%", "92", "偏差：0；单位：%", 30)]
    assert warning_codes(r) == []


def test_short_overview_over_field_block(read):
    """A guard: `项目概况 | 新建文化活动室` over 建设地点 / 建设内容 / 主管部门 / 实施单位 rows."""
    r = read("ct_s55_rv40_overview_then_block.txt")
    p = only_project(r)
    assert (p["overview"], p["department"], p["unit"]) == ("新建文化活动室", "某某县文化旅游体育局", "某某县城关镇综合文化站")
    assert other_fields(p) == {"建设地点": "某某县城关镇", "建设内容": "改造活动用房"}
    assert p["budget_year"] == 150 * W and len(r.tables["indicators"]) == 3 and warning_codes(r) == []


def test_short_basis_over_budget_and_indicators(read):
    """A guard: `立项依据 | 县政府常务会议纪要` over 资金来源, a budget block and an indicator table."""
    r = read("ct_s55_rv40_basis_then_budget.txt")
    p = only_project(r)
    assert p["basis"] == "县政府常务会议纪要"
    assert (p["budget_total"], p["budget_fiscal"]) == (80 * W, 80 * W)
    assert _ind(r, "level3", "target_raw") == [("维护路灯数量", "≥4000盏"), ("亮灯率", "≥98%"), ("市民满意度", "≥90%")]
    assert warning_codes(r) == []

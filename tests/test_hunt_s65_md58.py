"""Mend md58 (session 65, of review rd66's groups A and E): a wrapped target whose unit line is a bare `万` / `亿` or
a counter of two (`户次`, `台套`) is one target again (rv124 had swapped the bare-unit list for NAME_UNITS, which has
neither); a `分值/得分` cell's score in words may end with a full stop as a 得分 cell's may (`20/未扣分。`). Fixtures
ct_s65_md58_*, from tests/fixtures/review/make_s65_md58.py; each reading written down by hand before jixiao was run.
"""
from __future__ import annotations

from parsers.tables import _target_tail, points_pair
from tests.hunt_tools import indicator_targets, only_project, warning_codes

P, E, S = "产出指标", "效益指标", "满意度指标"


def test_wrapped_bare_units(read):
    """main: `园区年产<br>值` beside `≥3.5<br>亿` two indicators (`园区年产 | ≥3.5`, `值 | 亿`), as were the 万, 户次 and
    台套 rows; `≥2.6<br>公里` was one already (kept)."""
    r = read("ct_s65_md58_wrapped_units.html")
    assert only_project(r)["name"] == "新化县工业集中区基础设施建设项目"
    assert indicator_targets(r) == [
        (P, "数量指标", "入园企业数", ">=", 20.0, "家"),
        (P, "数量指标", "设备购置台套数", ">=", 6.0, "台套"),
        (P, "质量指标", "标准厂房验收合格率", "=", 100.0, "%"),
        (E, "经济效益指标", "园区年产值", ">=", 350000000.0, "元"),
        (E, "社会效益指标", "带动就业人数", ">=", 1.2, "万"),
        (E, "社会效益指标", "开展企业上门服务", ">=", 500.0, "户次"),
        (E, "生态效益指标", "新建污水管网", ">=", 2.6, "公里"),
        (S, "服务对象满意度指标", "入园企业满意度", ">=", 90.0, "%")]
    assert [i["target_raw"] for i in r.tables["indicators"]][3:6] == ["≥3.5亿", "≥1.2万", "≥500户次"]


def test_target_tail_units():
    """A bare magnitude, a magnitude before a counter and a counter of two are a unit's line under a figure; two
    counters of the old class's any-two-of (`人个`, `元亩`) are not."""
    assert [_target_tail("≥100", u) for u in ("万", "亿", "万件", "亿次", "户次", "件次", "台套", "万人次")] == [True] * 8
    assert [_target_tail("≥100", u) for u in ("人个", "元亩", "万万", "值")] == [False] * 4


def test_points_pair_word_with_stop():
    """main: `20/未扣分。` no pair (the stop), while `未扣分。` alone was a score."""
    assert points_pair("20/未扣分。") == ("20", "20")
    assert points_pair("20/不扣分.") == ("20", "20")
    assert points_pair("20/不得分。") == ("20", "0")
    assert points_pair("20/得满分。") == ("20", "20")
    assert points_pair("20/18") == ("20", "18")


def test_pair_stop_sheet(read):
    """main: the 预算执行率 and 满意度 rows' scores lost (`20/未扣分。`, `30/不扣分。`)."""
    r = read("ct_s65_md58_pair_stop.txt")
    assert [(x["weight"], x["score"]) for x in r.tables["scores"]] == [(10, 10), (20, 20), (40, 36), (30, 30)]
    assert only_project(r)["score"] == 96
    assert "unparsed_row" not in warning_codes(r)

"""Hunt BF (session 34): mid-year performance monitoring forms (绩效运行监控表 / 绩效跟踪表) of several provinces, as
tests/fixtures/review/ct_s34_bf_* (README there) — what each form says, read so."""
from __future__ import annotations

from pathlib import Path

from jixiao.pipeline import process_file
from parsers.core import cell_header_matches

REVIEW = Path(__file__).parent / "fixtures" / "review"


def _review(name):
    return process_file(REVIEW / name).tables


def _values(t):
    return [(i["level3"], i["target_raw"], i["progress_raw"], i["actual_raw"]) for i in t["indicators"]]


def test_a_value_so_far_headed_by_a_date_is_progress():
    """`截至6月底完成值` / `截至2024年6月30日完成值` head the value reached so far, as `1-6月完成值` does (progress_raw;
    they were taken for 实际完成值, the year's actual value)."""
    for head in ("截至6月底完成值", "截止9月末完成值", "截至2024年6月30日完成值", "上半年完成值", "前三季度完成值"):
        assert cell_header_matches(head)["indicator"][0] == "progress", head
    t = _review("ct_s34_bf_transfer_jiezhi.xlsx")
    assert _values(t)[:2] == [("新建改建旅游厕所数量", "≥300座", "112座", None), ("智慧旅游景区建设数量", "=20个", "0个", None)]


def test_a_departments_monitoring_form_has_its_title():
    """`2023年度部门整体支出绩效运行监控表` (甘肃, a text dump) and `2024年度部门整体绩效运行监控表` (福建, a PDF) are
    titles: a 部门整体 form has no 项目名称, and was taken for a fragment whose start was lost (header_missing, the
    document partial)."""
    for name in ("ct_s34_bf_dept_monitor_jiezhi.txt", "ct_s34_bf_dept_monitor.pdf"):
        t = _review(name)
        (p,) = t["projects"]
        assert not p["header_missing"] and not [w for w in t["warnings"] if w["code"] == "header_missing"], name
        assert p["title"].endswith("绩效运行监控表")
    t = _review("ct_s34_bf_dept_monitor_jiezhi.txt")
    assert _values(t)[1] == ("65岁及以上老年人健康管理率", "≥70%", "52%", None)
    assert t["indicators"][1]["deviation"] == "体检集中在三季度开展；改进措施：9月底前完成集中体检"


def test_the_next_projects_preamble_stays_its_own():
    """Two 项目绩效运行监控表 in one DOCX (山东), each under its title and `金额单位：万元` line: the second form's forecast
    is in 万元 (its title was no title, its preamble the form above's: `全年预计执行数：1,350.00`)."""
    t = _review("ct_s34_bf_two_projects_untitled.docx")
    p1, p2 = t["projects"]
    assert p2["other_notes"] == "全年预计执行数：1350万元；偏差原因：部分小区居民意见未统一，开工滞后"
    assert (p2["budget_initial"], p2["spent"], p2["execution_rate"]) == (15_000_000, 2_250_000, 0.15)
    assert p1["title"] == p2["title"] == "项目绩效运行监控表"


def test_money_stages_in_rows_sources_in_columns():
    """`预算执行情况（万元） | 项目 | 合计 | 财政拨款 | 上年结转 | 其他资金` over rows 年初预算数 / 全年预算数 / 1-6月执行数 /
    执行率 / 全年预计执行数 (江西): the money matrix turned round — the sources are budget lines with what was spent,
    财政拨款 the fiscal money, the forecast a note (the sources were lost and `全年预计执行数` was a budget line)."""
    t = _review("ct_s34_bf_money_stages_in_rows.docx")
    (p,) = t["projects"]
    assert (p["budget_initial"], p["budget_year"], p["spent"], p["execution_rate"], p["budget_fiscal"]) == (
        3_500_000, 3_800_000, 1_520_000, 0.4, 3_300_000)
    assert p["other_notes"] == "全年预计执行数：380万元"
    assert [(b["kind"], b["name"], b["amount"], b["note"]) for b in t["budget_items"]] == [
        ("source", "财政拨款", 3_300_000, "1-6月执行数：130万元；执行率：39.39%"),
        ("source", "上年结转", 500_000, "1-6月执行数：22万元；执行率：44.00%"),
        ("source", "其他资金", 0, "1-6月执行数：0万元")]     # (each line's own 执行率 after what it spent, hunt lt)


def test_money_stages_in_rows_without_a_total_column():
    """The same turned block in a text dump with no 合计 column (湖北, `中央资金 | 省级资金 | 区级资金`, `截至6月底执行数`):
    each source a line with its amount and what was spent."""
    t = _review("ct_s34_bf_stage_rows_no_total.txt")
    assert [(b["name"], b["amount"], b["note"]) for b in t["budget_items"]] == [
        ("中央资金", 2_000_000, "截至6月底执行数：90万元；执行率：45.00%"),
        ("省级资金", 1_500_000, "截至6月底执行数：45万元；执行率：30.00%"),
        ("区级资金", 800_000, "截至6月底执行数：40万元；执行率：50.00%")]     # (the lines' own rates, hunt lt)
    assert _values(t)[0] == ("运行乡镇污水处理厂数量", "=12座", "12座", None)


def test_a_value_so_far_after_the_forecast_is_no_deviation():
    """`年度指标值 | 全年预计完成值 | 1-6月实际完成值 | 偏差原因分析` (内蒙古): the value so far is progress_raw (`1200万亩`
    was pushed into the empty 偏差原因 column right of it: a value so far was scored as a share done)."""
    t = _review("ct_s34_bf_forecast_before_so_far.txt")
    got = [(i["level3"], i["progress_raw"], i["deviation"], i["note"]) for i in t["indicators"]][:3]
    assert got == [("禁牧面积", "1200万亩", None, "全年预计完成值：1200万亩；完成目标可能性：确定能"),
                   ("草畜平衡面积", "1860万亩", None, "全年预计完成值：1860万亩；完成目标可能性：确定能"),
                   ("补助资金发放时间", "已发放50%", None, "全年预计完成值：12月底前；完成目标可能性：确定能")]


def test_heads_of_their_own_under_one_execution_head():
    """A sheet's `执行情况` over `1-6月实际完成值 | 全年预计完成值` (陕西, two sheets, one project each), and the period
    `（2023年1-6月）` in a cell beside `单位：万元`: the parts are the columns (the sub-head row was an indicator named
    1-6月实际完成值 and the forecast a deviation), the year is 2023 (the row was unparsed, the year lost)."""
    t = _review("ct_s34_bf_so_far_under_execution_head.xlsx")
    assert [p["year"] for p in t["projects"]] == [2023, 2023]
    assert not [w for w in t["warnings"] if w["code"] == "unparsed_row"]
    assert [(i["level3"], i["progress_raw"], i["deviation"], i["note"]) for i in t["indicators"]][2:4] == [
        ("群众满意度", None, None, "全年预计完成值：≥90%；完成目标可能性：确定能"),
        ("农村户厕改造数量", "620户", "改厕验收集中在下半年", "全年预计完成值：2000户；完成目标可能性：有可能")]


def test_guards_read_right_before_and_after():
    """Forms read right before this hunt's changes: a 广西 form with the reasons and possibility options on a second
    header row (ticks √), a 江苏 form with 1-6月实际完成值 left of 年度指标值, a 河北 dump of three projects."""
    t = _review("ct_s34_bf_options_row_guard.txt")
    assert [(i["deviation"], i["note"]) for i in t["indicators"]][1] == (
        "硬件条件保障", "全年预计完成值：1500套；完成目标可能性：有可能；备注：设备8月到货")
    t = _review("ct_s34_bf_actual_before_target_guard.txt")
    assert _values(t)[3] == ("人均财政补助标准", "=610元/人", "610元", None)
    t = _review("ct_s34_bf_three_projects_guard.txt")
    assert [(p["name"], p["spent"]) for p in t["projects"]] == [
        ("农村饮水安全工程维修养护", 630_000), ("城乡低保资金", 13_050_000), ("中小学校舍维修改造", 0)]
    assert len(t["indicators"]) == 12

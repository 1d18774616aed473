"""Hunt ht2 (session 49): government web pages as sites publish them — Word's "Save as Web Page" in GB2312, a
portal's 信息公开 page holding the form in one <table> per section under <h3> headings (the goal in a one-cell table),
the indicators in one table per first level under its heading, a GBK page declaring iso-8859-1 (and a single-file
.mht of two projects' 自评表 whose part says the same): tests/fixtures/review/ct_s49_ht2_* (made by
tests/fixtures/make_s49_ht2.py), each expectation written down by hand before the run."""
from __future__ import annotations

from tests.hunt_tools import indicator_targets, only_project, warning_codes

P, E, S = "产出指标", "效益指标", "满意度指标"
N, Q, T, C = "数量指标", "质量指标", "时效指标", "成本指标"
SO, EC, ECO, SAT = "社会效益指标", "经济效益指标", "生态效益指标", "服务对象满意度指标"
W = 10000.0


def test_word_web_page_gb2312_padded_leader(read):
    """Word's web page (mso- styles, <o:p>, `1`,`,`,`280.5` in three runs, the `supportMisalignedColumns` row), GB2312
    declared only in a <meta http-equiv>; the 项目负责人 written `王&nbsp;&nbsp; 刚`, spread to the width of a longer
    name; `≥5000m<sup>2</sup>` and `≤1×10<sup>4</sup>个/L` raised. Main read the leader `王 刚` (the padding kept in
    the name), the superscripts run into the text (`m2`, and `1×104个/L`: no figure, op `<=` alone); the rest as now."""
    r = read("ct_s49_ht2_word_gb2312.htm")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["year"]) == (
        "城区老旧小区雨污分流改造", "某某县住房和城乡建设局", "某某县市政设施服务中心", 2024)
    assert (p["leader"], p["phone"]) == ("王刚", "0571-8765XXXX")
    assert (p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (1280.5 * W, 1000 * W, 280.5 * W)
    assert p["goal_annual"] == "完成12个老旧小区雨污分流改造，改造管网8.6公里，消除污水直排。"
    assert indicator_targets(r) == [
        (P, N, "改造老旧小区数量", ">=", 12.0, "个"),
        (P, N, "改造雨污管网面积", ">=", 5000.0, "m²"),
        (P, Q, "工程验收合格率", "=", 100.0, "%"),
        (P, C, "每公里管网改造成本", "<=", 148 * W, "元"),
        (E, ECO, "污水直排口消除数量", ">=", 30.0, "处"),
        (E, ECO, "排口下游水体粪大肠菌群数", "<=", 10000.0, "个/L"),
        (S, SAT, "小区居民满意度", ">=", 90.0, "%")]
    assert [i["target_raw"] for i in r.tables["indicators"]][1::4] == ["≥5000m²", "≤1×10⁴个/L"]
    assert warning_codes(r) == []


def test_portal_page_sections_goal_box(read):
    """A portal's 信息公开 page: breadcrumb, the page's record table (索引号 | … | 名　　称 | …), then the form in four
    tables under <h3> headings — 基本情况, 资金, the 年度绩效目标 alone in a one-cell table, 绩效指标 — and the footer.
    Main lost the goal (goal_annual None: a grid of one cell was no field's value), read the leader `陈　明` as
    `陈 明`, and warned `unparsed_row` on the record's `名　　称 | 2025年区教育局项目支出绩效目标公开` row. The hidden
    old amount (720.00) and the hidden old indicator row are not read (as on main)."""
    r = read("ct_s49_ht2_portal_sections.html")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["year"], p["category"]) == (
        "中小学智慧校园建设", "某某区教育局", "某某区教育技术装备中心", 2025, "一次性项目")
    assert (p["leader"], p["phone"]) == ("陈明", "0769-2288XXXX")
    assert (p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (860 * W, 860 * W, 0.0)
    assert p["goal_annual"] == "目标1：完成全区26所中小学智慧教室建设；目标2：教师信息化应用能力培训覆盖率达到100%。"
    assert indicator_targets(r) == [
        (P, N, "智慧教室建设数量", ">=", 260.0, "间"),
        (P, N, "培训教师人次", ">=", 1500.0, "人次"),
        (P, Q, "设备验收合格率", "=", 100.0, "%"),
        (P, T, "项目完成时间", None, None, None),
        (E, SO, "受益学生人数", ">=", 3.2, "万人"),
        (S, SAT, "师生满意度", ">=", 90.0, "%")]
    assert warning_codes(r) == []


def test_indicator_table_per_level_heading(read):
    """The indicators in three tables, each under its first level's <h3> (产出指标 / 效益指标 / 满意度指标), their heads
    二级指标 | 三级指标 | 指标值. Main read the 产出 rows of no level 1 (None) and the 满意度 row under 效益指标 (the
    heading over its table read as the last row of the table above, its level 1 carried on)."""
    r = read("ct_s49_ht2_level_headings.html")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["budget_total"]) == (
        "城市道路照明维护", "某某市城市管理局", "某某市路灯管理所", 520 * W)
    assert indicator_targets(r) == [
        (P, N, "节能改造灯具数量", ">=", 1200.0, "盏"),
        (P, Q, "主干道亮灯率", ">=", 98.0, "%"),
        (E, SO, "夜间出行安全保障", None, None, None),
        (E, ECO, "年节约用电量", ">=", 36.0, "万千瓦时"),
        (S, SAT, "市民满意度", ">=", 90.0, "%")]
    assert [i["level1_std"] for i in r.tables["indicators"]] == [
        "output", "output", "outcome", "outcome", "satisfaction"]


def test_gbk_page_declaring_latin1(read):
    """A page in GBK whose <meta> declares iso-8859-1 (an old editor's default): decoded as GB18030 with an
    `encoding_guessed` warning. Main decoded it as Latin-1 (mojibake): no project, `layout_unknown`."""
    r = read("ct_s49_ht2_latin1_gbk.html")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["year"]) == (
        "农村饮水安全巩固提升", "某某县水利局", "某某县农村供水管理站", 2024)
    assert (p["budget_year"], p["budget_fiscal"]) == (450 * W, 450 * W)
    assert p["goal_annual"] == "新建改造供水工程15处，巩固提升2.1万农村人口供水保障水平。"
    assert indicator_targets(r) == [
        (P, N, "新建改造供水工程", ">=", 15.0, "处"),
        (P, N, "新铺设供水管网", ">=", 42.0, "公里"),
        (P, Q, "水质达标率", ">=", 95.0, "%"),
        (P, T, "工程完工时间", None, None, None),
        (E, SO, "受益人口", ">=", 2.1, "万人"),
        (S, SAT, "受益群众满意度", ">=", 90.0, "%")]
    assert warning_codes(r) == ["encoding_guessed"]


def test_mht_two_self_evaluations_latin1_part(read):
    """A single-file web page (quoted-printable) of two projects' 自评表 one after the other, its HTML part in GBK
    labelled `charset=iso-8859-1`. Main: no project (mojibake, `layout_unknown`)."""
    r = read("ct_s49_ht2_two_forms_latin1.mht")
    a, b = r.tables["projects"]
    assert (a["name"], a["unit"], a["budget_initial"], a["budget_year"], a["spent"], a["score"], a["grade"]) == (
        "高标准农田建设", "某某县农田建设服务中心", 1200 * W, 1350 * W, 1296 * W, 99.6, "优")
    assert (b["name"], b["unit"], b["budget_initial"], b["budget_year"], b["spent"], b["score"], b["grade"]) == (
        "农村人居环境整治", "某某县农村能源站", 300 * W, 300 * W, 285 * W, 99.5, "优")
    assert (a["goal_annual"], a["goal_actual"]) == ("建成高标准农田1.5万亩。", "已建成高标准农田1.52万亩。")
    assert (b["goal_annual"], b["goal_actual"]) == ("完成农村户厕改造800户。", "完成农村户厕改造812户。")
    assert [(i["project_id"] == a["project_id"],) + t for i, t in zip(r.tables["indicators"], indicator_targets(r))] == [
        (True, P, N, "新建高标准农田面积", ">=", 1.5, "万亩"),
        (True, P, Q, "工程验收合格率", "=", 100.0, "%"),
        (True, E, EC, "亩均粮食增产", ">=", 50.0, "公斤"),
        (True, S, SAT, "受益农户满意度", ">=", 90.0, "%"),
        (False, P, N, "户厕改造数量", ">=", 800.0, "户"),
        (False, E, ECO, "农村卫生厕所普及率", ">=", 85.0, "%"),
        (False, S, SAT, "群众满意度", ">=", 90.0, "%")]
    assert warning_codes(r) == ["encoding_guessed"]

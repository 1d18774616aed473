"""Hunt nw18 (session 69): whole documents of kinds and provinces the fixtures hold few of
(tests/fixtures/review/ct_s69_nw18_*, made by tests/fixtures/review/make_s69_nw18.py; each reading written down by
hand before jixiao was run): a 街道办事处 2027 form whose money and targets stand in 年度 | 中期 columns, the year's
left (长沙 岳麓), a 部门整体支出绩效自评表 with its 评分表 (昆明 2023), a 政府购买服务 project (泉州 2024), a 乡村振兴
衔接资金 project with 联农带农 indicators (定西 2025), 西部 教育 / 卫生 / 水利 / 交通 projects (遵义 2024, 伊犁 2023,
大理 2022, 喀什 2026), a 监控表 with 1-9月 columns and 完成目标可能性 (银川 2025), a 专项资金 考核任务分解表 whose
任务类别, 责任单位 and 完成时限 cells merge over rows (江门 2023), a form of 指标值 | 分值 | 评分标准 (济南 2024), a
三年滚动 中期绩效目标表 (萧山 2025-2027), a 自评表 whose 偏差原因及改进措施 cells are cut over rows (南昌 2022), a form
whose levels read 产出 / 效益 / 满意度 without 指标 (西宁 2023), a DOCX (天水 2025) and an XLSX (曲靖 2024). 13 of the
16 documents read right on BASE, 16 after.

Decided:
- a money block's 年度 column left of its 中期 one (`资金情况 | | 年度资金 | | 中期资金` over `| 资金总额 | 420 | | 1,260`)
  is the same pair of columns as the 财政部 template's 中期 | 年度: budget_total the period's, budget_year the year's
  (BASE: budget_total the year's 420, budget_year null, the period's money lost);
- `任务类别` (任务类型, 工作类别 …) heads a 考核任务分解表's section column as `类别` did: a category merged over its
  tasks carries its 责任单位 and 完成时限 to each (BASE: null, and a task whose 责任单位 cell was empty took its
  完成时限 for its unit);
- `资金来源 | 中央财政衔接推进乡村振兴补助资金` (a fund named, no figure) is kept in other_fields (BASE: an
  unparsed_row).
Kept (BASE already): 年度指标值 | 中期指标值 a record per horizon in column order; the 部门整体 自评表's money, scores and
its 评分表's rules; the 购买主体 as unit, 承接主体 / 购买方式 in other_fields, 服务期限 the period; the 联农带农机制 text
in other_fields and 带动脱贫户 targets; a 年度目标 cut over two rows joined; a 1-9月 监控表's progress and deviations;
weights beside 评分标准; the 三年滚动 form's other years in other_fields; long 偏差原因 cells cut over rows joined; the
short level names as written (level1_std standardizes them); the DOCX and XLSX.
Left: a sole `中期指标值` column gives horizon null (the contract's horizon needs 年度 and 长期 sections side by side);
`Ⅳ类及以上` is `>=` of no value (a Roman class number); a target only of a direction
down, `不断缩小`, is no vague_target while `逐步改善` is (strict xfail: adding 降低 / 减少 / 下降 / 缩小 / 缩短 to
VAGUE_WORDS flagged 98 older fixtures, `较上年下降` in 71 of them, and broke 54 older tests' warning lists).
"""
from __future__ import annotations

import pytest

from tests.hunt_tools import budget_lines, indicator_targets, only_project, other_fields, warning_codes

W = 10_000
P = "ct_s69_nw18_"


def _fields(p, *keys):
    return tuple(p.get(k) for k in keys)


def test_changsha_jiedao_year_left_of_period(read):
    """2027 街道 form: 年度资金 left of 中期资金 — the period's money the total, the year's its budget."""
    r = read(P + "changsha_jiedao_2027.txt")
    p = only_project(r)
    assert _fields(p, "name", "year", "department", "unit") == (
        "望月湖街道老旧小区微改造及社区服务提升项目", 2027, "长沙市岳麓区人民政府", "长沙市岳麓区望月湖街道办事处")
    assert _fields(p, "budget_total", "budget_year", "budget_fiscal") == (1_260 * W, 420 * W, 420 * W)
    assert p["goal_annual"].startswith("完成3个") and p["goal_total"].startswith("完成辖区9个")
    ind = r.tables["indicators"]
    assert len(ind) == 12 and [i["horizon"] for i in ind[:2]] == ["annual", "long_term"]
    assert (ind[0]["value"], ind[1]["value"], ind[0]["unit"]) == (3.0, 9.0, "个")


def test_kunming_dept_self_eval_scoring(read):
    """部门整体 自评表 with its 评分表: money, 5 scored indicators, the 评分表's rows with their rules."""
    r = read(P + "kunming_dept_self_eval.txt")
    p = only_project(r)
    assert p["name"] is None and p["year"] == 2023 and p["department"] == "昆明市盘龙区民政局"
    assert _fields(p, "budget_year", "spent", "score") == (3_410 * W, 3_342 * W, 97.8)
    ind = r.tables["indicators"]
    assert len(ind) == 5
    assert (ind[4]["actual_raw"], ind[4]["weight"], ind[4]["score"]) == ("88%", 20.0, 18.0)
    s = [x for x in r.tables["scores"] if x["level1"]]
    assert [x["level1"] for x in s] == ["投入", "投入", "过程", "过程", "产出", "效果"]
    assert (s[3]["weight"], s[3]["score"], s[3]["requirement"]) == (10.0, 8.0, "制度健全得满分，每缺1项扣2分")


def test_quanzhou_gov_purchase(read):
    """政府购买服务: the buyer the unit, 承接主体 and 购买方式 kept, 服务期限 the period, 6 targets."""
    r = read(P + "quanzhou_gov_purchase.txt")
    p = only_project(r)
    assert _fields(p, "name", "year", "unit", "budget_year") == (
        "丰泽区居家养老上门服务购买项目", 2024, "泉州市丰泽区民政局", 360 * W)
    assert other_fields(p).get("承接主体") == "泉州市丰泽区颐康养老服务中心"
    assert p["period_raw"] == "2024年1月1日至2024年12月31日"
    t = indicator_targets(r)
    assert len(t) == 6 and t[3] == ("产出指标", "成本指标", "每小时服务单价", "<=", 45.0, "元")


def test_dingxi_linkage_fund(read):
    """衔接资金 project: 资金来源's fund name and 联农带农机制 kept, source lines, 9 targets, no unparsed row."""
    r = read(P + "dingxi_xiangcun_linkage.txt")
    p = only_project(r)
    assert _fields(p, "name", "year", "budget_total", "budget_fiscal", "budget_other") == (
        "安定区马铃薯产业园冷链仓储设施建设项目", 2025, 850 * W, 800 * W, 50 * W)
    of = other_fields(p)
    assert of.get("资金来源") == "中央财政衔接推进乡村振兴补助资金"
    assert of.get("联农带农机制", "").startswith("通过土地流转")
    assert "unparsed_row" not in warning_codes(r)
    t = indicator_targets(r)
    assert len(t) == 9
    assert t[4] == ("效益指标", "经济效益指标", "带动脱贫户（含监测户）户均增收", ">=", 1500.0, "元")
    assert t[5][2:] == ("带动脱贫户（含监测户）户数", ">=", 320.0, "户")


def test_zunyi_edu_meals(read):
    """西部 教育 project: 中央资金 / 地方资金 source lines, a rate standard and a vague target said."""
    r = read(P + "zunyi_edu_meals.txt")
    p = only_project(r)
    assert _fields(p, "name", "year", "department", "budget_year") == (
        "播州区农村义务教育学生营养改善计划项目", 2024, "遵义市播州区教育局", 4_320 * W)
    assert [(b[1], b[2]) for b in budget_lines(r)] == [("中央资金", 4_320 * W), ("地方资金", 0.0)]
    t = indicator_targets(r)
    assert len(t) == 6 and t[3][3:] == ("=", 5.0, "元/生·天") and t[2][3:5] == ("=", 0.0)
    assert "vague_target" in warning_codes(r)


def test_yili_health_goal_cut(read):
    """新疆 卫生 project: a 年度目标 cut over two rows joined, 7 targets."""
    r = read(P + "yili_health_vaccine.txt")
    p = only_project(r)
    assert _fields(p, "name", "department", "unit", "budget_year") == (
        "伊宁县基本公共卫生服务项目", "伊宁县卫生健康委员会", "伊宁县疾病预防控制中心", 2_150 * W)
    assert p["goal_annual"].endswith("65岁及以上老年人健康管理率达到70%。")
    t = indicator_targets(r)
    assert len(t) == 7 and t[4][2:] == ("人均基本公共卫生服务经费补助标准", "=", 89.0, "元")


@pytest.mark.xfail(strict=True, reason="a target only of a direction down (不断缩小, 较上年下降, 逐年减少) is no "
                   "vague_target: jixiao.checks' VAGUE_WORDS hold the upward words only; adding 降低/减少/下降/缩小/缩短 "
                   "flags 98 older fixtures' targets and changes 54 older tests' warning lists — a policy call left open")
def test_yili_direction_down_is_vague(read):
    """`城乡居民公共卫生差距 | 不断缩小`: a vague target, as `学生营养健康状况 | 逐步改善` is."""
    r = read(P + "yili_health_vaccine.txt")
    vague = [w for w in r.tables["warnings"] if w["code"] == "vague_target"]
    assert len(vague) == 1 and "不断缩小" in vague[0]["message"]


def test_dali_water(read):
    """云南 水利 project: sources as lines, a 万立方米 target, a date bound."""
    r = read(P + "dali_water_reservoir.txt")
    p = only_project(r)
    assert _fields(p, "name", "year", "department", "unit", "budget_year") == (
        "洱源县小型水库除险加固工程", 2022, "大理州水务局", "洱源县水务局", 1_380 * W)
    assert [(b[1], b[2]) for b in budget_lines(r)] == [("中央资金", 960 * W), ("省级资金", 420 * W)]
    t = indicator_targets(r)
    assert len(t) == 7 and t[1][3:] == (">=", 120.0, "万立方米") and t[0][3:] == ("=", 6.0, "座")


def test_kashi_transport(read):
    """新疆 交通 project of 2026: 车购税资金 / 自治区资金 lines under 资金总额."""
    r = read(P + "kashi_transport_2026.txt")
    p = only_project(r)
    assert _fields(p, "name", "year", "department", "unit", "budget_total") == (
        "疏附县农村公路安全生命防护工程", 2026, "喀什地区交通运输局", "疏附县交通运输局", 2_760 * W)
    assert [(b[1], b[2]) for b in budget_lines(r)] == [("车购税资金", 2_200 * W), ("自治区资金", 560 * W)]
    assert len(indicator_targets(r)) == 6


def test_yinchuan_monitor_sep(read):
    """1-9月 监控表: 1-9月执行数 the spending, 1-9月执行情况 the progress, 偏差原因 the deviation."""
    r = read(P + "yinchuan_monitor_sep.txt")
    p = only_project(r)
    assert _fields(p, "name", "year", "budget_year", "spent") == (
        "银川市城区公共自行车系统运营项目", 2025, 900 * W, 585 * W)
    ind = r.tables["indicators"]
    assert len(ind) == 5
    assert (ind[1]["progress_raw"], ind[1]["deviation"]) == ("286个", "部分站点受道路施工影响暂停")
    assert (ind[3]["value"], ind[3]["unit"], ind[3]["progress_raw"]) == (1.5, "万人次", "1.3万人次")


def test_jiangmen_task_category_merged(read):
    """专项资金 任务分解表: 任务类别, 责任单位 and 完成时限 merged over their tasks are each task's."""
    r = read(P + "jiangmen_special_tasks.txt")
    a = r.tables["assessment_items"]
    assert len(a) == 7
    assert [x["points"] for x in a] == [15.0, 10.0, 10.0, 15.0, 10.0, 20.0, 10.0]
    assert [x["section"] for x in a] == ["农业产业"] * 3 + ["人居环境"] * 2 + ["资金管理"] * 2
    assert [x["responsible"] for x in a] == [["市农业农村局"]] * 3 + [["市生态环境局"], ["市农业农村局"]] \
        + [["市财政局"]] * 2
    assert [x["deadline"] for x in a] == ["2023年12月底"] * 3 + ["2023年11月底"] * 2 + ["2023年12月底", "2024年3月底"]


def test_jinan_weight_and_criteria(read):
    """指标值 | 分值 | 评分标准 of a target form: the weights read, 6 targets."""
    r = read(P + "jinan_scoring_criteria.txt")
    p = only_project(r)
    assert _fields(p, "name", "year", "budget_year") == ("历下区社区卫生服务机构基本药物补助项目", 2024, 640 * W)
    ind = r.tables["indicators"]
    assert [i["weight"] for i in ind] == [20.0, 10.0, 20.0, 10.0, 20.0, 20.0]
    assert indicator_targets(r)[3][2:] == ("补助资金拨付时限", "<=", 30.0, "日")


def test_xiaoshan_rolling_midterm(read):
    """三年滚动 form: 合计 the total, the form's year its budget, the other years kept by year."""
    r = read(P + "xiaoshan_rolling_midterm.txt")
    p = only_project(r)
    assert _fields(p, "name", "year", "budget_total", "budget_year") == (
        "萧山区城市河道综合整治提升项目", 2025, 8_400 * W, 3_000 * W)
    assert other_fields(p).get("2027年资金总额") == "2,600.00万元"
    t = indicator_targets(r)
    assert len(t) == 5 and t[0][2:] == ("河道综合整治长度", ">=", 45.0, "公里")


def test_nanchang_long_cut_deviation(read):
    """自评表 whose 偏差原因及改进措施 cell is cut over three rows: one deviation, whole."""
    r = read(P + "nanchang_self_eval_long_cut.txt")
    p = only_project(r)
    assert _fields(p, "budget_year", "spent", "score") == (480 * W, 396 * W, 92.25)
    ind = r.tables["indicators"]
    assert len(ind) == 5
    assert ind[1]["deviation"].endswith("对超期案件实行挂牌督办。") and "办理周期较长" in ind[1]["deviation"]
    assert (ind[4]["actual_raw"], ind[4]["score"]) == ("86%", 16.0)


def test_xining_short_levels(read):
    """Levels 产出 / 效益 / 满意度 without 指标: as written, standardized in level1_std."""
    r = read(P + "xining_short_level1.txt")
    ind = r.tables["indicators"]
    assert [i["level1"] for i in ind] == ["产出", "产出", "产出", "效益", "满意度"]
    assert len({i["level1_std"] for i in ind}) == 3
    assert indicator_targets(r)[2][3:] == ("<=", 760.0, "元/年")


def test_tianshui_docx(read):
    """DOCX of a 2025 卫生 equipment project."""
    r = read(P + "tianshui_equipment.docx")
    p = only_project(r)
    assert _fields(p, "name", "year", "department", "budget_year") == (
        "天水市麦积区乡镇卫生院医疗设备购置项目", 2025, "天水市麦积区卫生健康局", 540 * W)
    t = indicator_targets(r)
    assert len(t) == 5 and t[0] == ("产出指标", "数量指标", "购置医疗设备台数", ">=", 34.0, "台")


def test_qujing_xlsx(read):
    """XLSX of a 2024 供水 project with merged cells: money and 5 targets."""
    r = read(P + "qujing_water.xlsx")
    p = only_project(r)
    assert _fields(p, "name", "year", "unit", "budget_year", "budget_fiscal", "budget_other") == (
        "麒麟区城乡供水管网改造项目", 2024, "麒麟区供排水服务中心", 1_250 * W, 950 * W, 300 * W)
    t = indicator_targets(r)
    assert len(t) == 5 and t[1] == ("产出指标", "质量指标", "管网漏损率", "<=", 10.0, "%")

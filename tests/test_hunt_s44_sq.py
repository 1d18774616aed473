"""Self-evaluations (绩效自评表) and monitoring forms (绩效运行监控表), session 44 hunt `sq`: a province's 自评表 whose
得分 comes before its 分值 and whose 偏差原因分析及改进措施 head a dump printed once over two columns, a satisfaction
target on a scale said by its top (`≥4.5（5分）`), a target with a trend after a comma (`≥95%，较上年提高`), a
监控表 with 全年预计执行数 / 预计执行率 / 是否存在偏差, a 中央对地方转移支付区域绩效自评表, and a monitoring summary list
one row a project (fixtures tests/fixtures/review/ct_s44_sq_*, binary ones made by tests/fixtures/make_s44_sq.py).

The expectations were written by hand from the forms before jixiao read them (money in 元, as jixiao writes it).
"""
from __future__ import annotations

from tests.hunt_tools import only_project, other_fields, warning_codes

WAN = 10000.0

PROVINCE = [
    ("培训基层医务人员人数", ">=", 500.0, "人", "已完成", 10.0, 10.0, None),
    ("购置设备台数", ">=", 20.0, "台", "18台", 10.0, 8.0, "部分设备到货延迟；次年一季度完成安装"),
    ("设备验收合格率", "=", 100.0, "%", "完成", 10.0, 10.0, None),
    ("项目完成及时率", ">=", 95.0, "%", "95.6%", 10.0, 10.0, None),
    ("基层诊疗人次增长率", ">=", 5.0, "%", "未完成", 10.0, 5.0, "疫情后就诊回流不及预期；加强家庭医生签约服务"),
    ("基层服务能力", None, None, None, "达到预期", 20.0, 15.0, None),
    ("患者满意度", ">=", 4.5, "分", "4.6", 20.0, 20.0, None),
]


def test_province_self_eval_merged_deviation_head(read):
    """`… | 得分 | 分值 | 偏差原因分析及改进措施 |` (the head merged over two columns, printed once), each row's reason and
    measure in the two; `≥4.5（5分）`; `自评得分：87.60    自评等级：良` in a line under the table. Main lost the second
    column's measures (`unplaced_cell`, the deviation the reason alone) and read `≥4.5（5分）` with no unit (qualifier
    `5分`), as `≥4.8（5分制）` reads 分."""
    r = read("ct_s44_sq_province_self_eval.txt")
    p = only_project(r)
    assert (p["form"], p["name"], p["year"], p["department"], p["unit"]) == (
        "self_eval", "基层医疗卫生机构能力建设", 2024, "某市卫生健康委员会", "某市基层卫生服务中心")
    assert (p["budget_initial"], p["budget_year"], p["spent"], p["execution_rate"]) == (300 * WAN, 300 * WAN,
                                                                                       288 * WAN, 0.96)
    assert (p["score"], p["grade"]) == (87.6, "良")
    got = [(i["level3"], i["op"], i["value"], i["unit"], i["actual_raw"], i["weight"], i["score"], i["deviation"])
           for i in r.tables["indicators"]]
    assert got == PROVINCE
    assert r.tables["indicators"][-1]["qualifier"] == "5分"
    assert "unplaced_cell" not in warning_codes(r)
    # the same template as a sheet (tests/fixtures/make_s44_sq.py), the head merged over its two columns, 分值 before
    # the 年度指标值, scores the text `10.00`, `自评得分 | 88.50 | 自评等级 | 良` under the table: main read it right (a
    # guard for the rule above, which must leave a merged head's own span alone), but for the scale's unit
    x = read("ct_s44_sq_province_selfeval.xlsx")
    p = only_project(x)
    assert (p["name"], p["budget_year"], p["spent"], p["score"], p["grade"]) == ("乡村学校少年宫运转补助", 80 * WAN,
                                                                                76 * WAN, 88.5, "良")
    assert [(i["level3"], i["unit"], i["actual_raw"], i["weight"], i["score"], i["deviation"])
            for i in x.tables["indicators"]] == [
        ("补助少年宫个数", "个", "已完成", 20.0, 20.0, None), ("活动开展达标率", "%", "95.6%", 20.0, 20.0, None),
        ("资金拨付及时率", "%", "90%", 10.0, 8.0, "1所学校账户变更；已督促完成拨付"),
        ("学生参与率", "%", "未完成", 20.0, 12.0, "部分学校场地不足；协调周边场馆"),
        ("学生家长满意度", "分", "达到预期", 20.0, 19.0, None)]
    assert "unplaced_cell" not in warning_codes(x)


def test_monitor_forecast_trend_and_scale_targets(read):
    """A 监控表 with `1-6月执行数 | 全年预计执行数 | 预计执行率 | 是否存在偏差` over its money and `1-6月完成值 | 全年预计完成值
    | 是否存在偏差 | 偏差原因` over its indicators. Main read `≥95%，较上年提高` as `>=` with no value (the text
    `95%,较上年提高`) and `≥4.5（5分）` with no unit; the money read right (a guard: the forecast rate, 100%, is no
    execution rate)."""
    r = read("ct_s44_sq_monitor_forecast.txt")
    p = only_project(r)
    assert (p["name"], p["year"], p["budget_initial"], p["budget_year"], p["spent"], p["execution_rate"]) == (
        "县城污水处理厂提标改造", 2025, 1500 * WAN, 1600 * WAN, 720 * WAN, None)
    got = [(i["level3"], i["op"], i["value"], i["unit"], i["qualifier"], i["progress_raw"])
           for i in r.tables["indicators"]]
    assert got == [("新建污水管网长度", ">=", 12.0, "公里", None, "5.4公里"),
                   ("出水水质达标率", ">=", 95.0, "%", "较上年提高", "96.2%"),
                   ("工程完工时间", None, None, None, None, "未完成"),
                   ("COD削减量", ">=", 800.0, "吨", None, "350吨"),
                   ("周边群众满意度", ">=", 4.5, "分", "5分", None)]
    assert r.tables["indicators"][3]["deviation"] == "进水浓度偏低"


MONITORED = [("城乡居民基本养老保险补助", "县人社局", 1250 * WAN, 680.5 * WAN, 0.5444, None),
             ("农村公路养护", "县交通运输局", 800 * WAN, 260 * WAN, 0.325, "工程招标延迟，7月开工"),
             ("中小学教师培训", "县教育局", 120 * WAN, 45.6 * WAN, 0.38, "培训集中在下半年")]


def test_monitoring_summary_list_one_project_a_row(read):
    """`绩效运行监控情况汇总表` over `序号 | 项目名称 | 主管部门 | 2025年预算数 | 1-6月执行数 | 执行率 | 偏差原因`, one
    project's monitoring a row, a 合计 row under them. Main read nothing (layout_unknown: no goal, indicator or score
    column, and `2025年预算数` a figure in a head)."""
    r = read("ct_s44_sq_mon_summary_list.txt")
    got = [(p["name"], p["department"], p["budget_year"], p["spent"], p["execution_rate"],
            other_fields(p).get("偏差原因")) for p in r.tables["projects"]]
    assert got == MONITORED
    assert {(p["form"], p["year"]) for p in r.tables["projects"]} == {("self_eval", 2025)}
    assert not {"layout_unknown", "total_row_mismatch"} & set(warning_codes(r))


def test_dept_whole_self_eval_trend_and_score_of_top(read):
    """A 部门整体支出绩效自评表 (`部门（单位）名称`, 年度预算申请 with 年初 / 全年预算数, 年度总体目标 with 预期目标 | 实际完成情况,
    `总分 | 100 | 96.60`, `自评结论：优`). Main read `≥85%，较上年提高` as `>=` with no value and `≥4.5/5分` as `>=` and the
    text `4.5/5分`; the rest read right (a guard)."""
    r = read("ct_s44_sq_dept_whole.txt")
    p = only_project(r)
    assert (p["department"], p["year"], p["budget_initial"], p["budget_year"], p["budget_fiscal"], p["spent"]) == (
        "某县市场监督管理局", 2024, 1860 * WAN, 1920 * WAN, 1860 * WAN, 1843.2 * WAN)
    assert (p["execution_rate"], p["score"], p["grade"]) == (0.96, 96.6, "优")
    assert p["goal_actual"] == "完成食品安全抽检2136批次，特种设备定期检验率100%。"
    got = {i["level3"]: (i["op"], i["value"], i["unit"], i["qualifier"], i["actual_raw"], i["weight"], i["score"])
           for i in r.tables["indicators"]}
    assert got["市场主体满意度"] == (">=", 85.0, "%", "较上年提高", "88.2%", 15.0, 15.0)
    assert got["群众满意度"] == (">=", 4.5, "分", "5分", "4.7分", 10.0, 9.5)
    assert got["特种设备检验台数"] == (">=", 1200.0, "台", None, "1180台", 15.0, 13.5)
    assert len(got) == 7 and "weights_not_100" not in warning_codes(r)


def test_monitoring_list_adjusted_budget_and_spent_so_far(read):
    """`序号 | 项目名称 | 年初预算数 | 调整后预算数 | 1-8月支出数 | 预算执行率 | 预计全年执行率 | 是否存在偏差 | 纠偏措施` under
    a 监控结果汇总表 title. Main read nothing (layout_unknown); `1-8月支出数` is the money spent so far, as
    `1-8月执行数`."""
    r = read("ct_s44_sq_mon_list_adjusted.txt")
    got = [(p["name"], p["department"], p["budget_initial"], p["budget_year"], p["spent"], p["execution_rate"])
           for p in r.tables["projects"]]
    assert got == [("小型水库除险加固", "某县水利局", 500 * WAN, 620 * WAN, 310 * WAN, 0.5),
                   ("河道清淤疏浚", "某县水利局", 200 * WAN, 200 * WAN, 40 * WAN, 0.2),
                   ("农村饮水安全巩固提升", "某县水利局", 350 * WAN, 350 * WAN, 280 * WAN, 0.8)]
    assert [other_fields(p) for p in r.tables["projects"]][1] == {
        "预计全年执行率": "90%", "是否存在偏差": "是", "纠偏措施": "加快工程进度，9月底前完成招标"}


def test_monitor_docx_forecast_columns(read):
    """The 监控表 in Word (tests/fixtures/make_s44_sq.py): `年初预算数 | 1-6月执行数 | 执行率 | 全年预计执行数 | 预计执行率 |
    是否存在偏差` over the money, `1-6月完成值 | 全年预计完成值 | 偏差原因` over the indicators, a level cell merged down.
    Main read `≥95%，较上年提高` as `>=` with no value and `≥4.5/5分` as `>=` and the text `4.5/5分`; the money and the
    forecasts read right (a guard: spent the 1-6月执行数, not the forecast)."""
    r = read("ct_s44_sq_monitor.docx")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["year"]) == ("城区公共厕所改造提升", "某县城市管理局",
                                                                  "某县环境卫生服务中心", 2025)
    assert (p["budget_initial"], p["budget_year"], p["spent"], p["execution_rate"]) == (360 * WAN, 360 * WAN,
                                                                                       150 * WAN, 0.4167)
    got = [(i["level1_std"], i["level3"], i["op"], i["value"], i["unit"], i["qualifier"], i["progress_raw"])
           for i in r.tables["indicators"]]
    assert got == [("output", "改造公共厕所座数", ">=", 30.0, "座", None, "12座"),
                   ("output", "改造验收合格率", ">=", 95.0, "%", "较上年提高", "已完成"),
                   ("outcome", "如厕环境改善情况", None, None, None, None, None),
                   ("satisfaction", "市民满意度", ">=", 4.5, "分", "5分", None)]
    assert r.tables["indicators"][-1]["deviation"] == "满意度调查安排在四季度"


def test_project_score_row_under_the_table(read):
    """`项目自评得分 | 100 | 97.90 | 自评等级 | 优秀` closing the indicator table (as `总分 | 100 | 91.5 | 自评等级 | 优`
    does). Main read it as a sixth indicator (level 2 `100`, name `97.90`, target `自评等级`, actual `优秀`), the form's
    score and grade null."""
    r = read("ct_s44_sq_project_score_row.txt")
    p = only_project(r)
    assert (p["name"], p["budget_year"], p["spent"], p["execution_rate"]) == ("老旧小区改造配套设施", 900 * WAN,
                                                                            846 * WAN, 0.94)
    assert (p["score"], p["grade"]) == (97.9, "优秀")
    assert [(i["level3"], i["weight"], i["score"]) for i in r.tables["indicators"]] == [
        ("改造小区个数", 20.0, 20.0), ("竣工验收合格率", 20.0, 20.0), ("完工及时率", 10.0, 8.5),
        ("居民居住条件改善", 20.0, 20.0), ("居民满意度", 20.0, 20.0)]
    assert not {"weights_not_100", "unparsed_row"} & set(warning_codes(r))

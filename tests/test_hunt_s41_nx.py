"""Hunt nx (new form families, round 2): 中央对地方转移支付区域绩效目标表 with its money heads over their figures, a
项目支出绩效运行监控表 with 1-6月执行数 / 全年预计执行数 and its indicators' 偏差原因 / 完成目标可能性 / 纠偏措施, a
政府购买服务项目绩效目标表, two PPP 项目绩效目标表 (年度资金 by payment: 政府付费 / 可行性缺口补助 / 使用者付费; 年度政府支出责任
by its four parts) and a 专项债券 form in Excel with merged level cells. Each reading was written down by hand before
jixiao was run; the comments say what main gave where it was wrong."""
from __future__ import annotations

from tests.hunt_tools import budget_lines, indicator_targets, only_project, other_fields, warning_codes

WAN = 10_000.0


def test_region_money_heads_over_figures(read):
    r = read("ct_s41_nx_region_split_heads.txt")
    p = only_project(r)
    assert (p["name"], p["department"], p["year"]) == ("城乡义务教育补助经费（公用经费部分）", "教育部", 2025)
    assert other_fields(p)["省级主管部门"] == "四川省教育厅"
    assert p["budget_year"] == 284_600 * WAN
    assert budget_lines(r) == [(None, "中央补助", 199_220 * WAN, "source"), (None, "地方资金", 85_380 * WAN, "source")]
    assert indicator_targets(r) == [
        ("产出指标", "数量指标", "享受公用经费补助学生人数", ">=", 620.0, "万人"),
        ("产出指标", "数量指标", "寄宿制学校补助学校数", ">=", 2300.0, "所"),
        ("产出指标", "质量指标", "生均公用经费基准定额落实率", "=", 100.0, "%"),
        ("产出指标", "时效指标", "资金下达及时率", ">=", 95.0, "%"),
        ("效益指标", "社会效益指标", "义务教育巩固率", ">=", 96.0, "%"),
        ("效益指标", "可持续影响指标", "学校正常运转保障机制", None, None, None),
        ("满意度指标", "服务对象满意度指标", "学生及家长满意度", ">=", 90.0, "%"),
    ]


def test_monitor_forecast_and_deviation(read):
    r = read("ct_s41_nx_monitor_forecast.txt")
    p = only_project(r)
    assert (p["form"], p["name"], p["unit"]) == ("self_eval", "乡村公路养护补助资金", "咸宁市公路事业发展中心")
    assert (p["budget_initial"], p["spent"], p["execution_rate"]) == (1_850 * WAN, 712.30 * WAN, 0.385)
    assert p["other_notes"] == "全年预计执行数：1820万元"
    ind = r.tables["indicators"]
    assert [i["level3"] for i in ind] == ["农村公路日常养护里程", "安全生命防护工程里程", "养护路段优良路率",
                                         "群众出行条件改善", "沿线群众满意度"]
    second = ind[1]
    assert (second["op"], second["value"], second["unit"]) == ("=", 45.0, "公里")
    assert second["progress_raw"] == "12公里"
    assert second["deviation"] == "汛期施工受阻"
    assert second["note"] == "全年预计完成值：40公里；完成目标可能性：有可能；纠偏措施：加快汛后施工进度"
    assert ind[4]["progress_raw"] is None                 # (`--`: nothing done yet to report)


def test_purchase_service_parties(read):
    r = read("ct_s41_nx_purchase_service.txt")
    p = only_project(r)
    assert (p["name"], p["unit"]) == ("社区居家养老服务", "东莞市南城街道办事处")
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (84.60 * WAN, 84.60 * WAN, 0.0)
    of = other_fields(p)
    assert of["承接主体"] == "东莞市颐康社会工作服务中心"
    assert (of["购买方式"], of["合同期限"]) == ("公开招标", "2025年1月1日至2025年12月31日")
    assert p["overview"].startswith("为辖区60周岁以上失能")
    assert [t[2:] for t in indicator_targets(r)][3:5] == [("服务响应时间", "<=", 24.0, "小时"),
                                                         ("人均服务成本", "<=", 2644.0, "元/人")]


def test_ppp_year_money_by_payment(read):
    r = read("ct_s41_nx_ppp_year_payments.txt")
    p = only_project(r)
    # main: budget_total 2460万 and budget_year 1860万 (the sum of 政府付费 + 可行性缺口补助 only: the group's 合计 taken
    # as the whole project's total), 使用者付费 600万 kept in other_fields as money used (`使用…` read as progress)
    # and 社会资本方（项目公司） reported unplaced_cell (status partial)
    assert p["budget_year"] == 2_460 * WAN
    assert p["budget_total"] is None
    assert budget_lines(r) == [("年度资金", "政府付费", 0.0, "source"),
                               ("年度资金", "可行性缺口补助", 1_860 * WAN, "source"),
                               ("年度资金", "使用者付费", 600 * WAN, "source")]
    of = other_fields(p)
    assert of == {"社会资本方（项目公司）": "江川碧源水务有限公司", "运作方式": "BOT", "回报机制": "可行性缺口补助"}
    assert p["period_raw"] == "25年（建设期2年，运营期23年）"
    assert warning_codes(r) == []
    assert r.document["status"] == "ok"
    assert len(r.tables["indicators"]) == 6


def test_ppp_year_duty_heads(read):
    r = read("ct_s41_nx_ppp_duty_heads.txt")
    p = only_project(r)
    # main: the money lost (`row without a known label: 3,120.00 | 0 | …`, status partial), no budget at all
    assert p["budget_year"] == 3_120 * WAN
    assert p["budget_total"] is None
    assert budget_lines(r) == [(None, "股权投资支出", 0.0, "source"), (None, "运营补贴支出", 2_980 * WAN, "source"),
                               (None, "风险承担支出", 40 * WAN, "source"), (None, "配套投入支出", 100 * WAN, "source")]
    assert other_fields(p)["社会资本方"] == "湖南城泊智慧停车管理有限公司"
    assert warning_codes(r) == []
    assert r.document["status"] == "ok"
    assert [t[2] for t in indicator_targets(r)] == ["新增公共停车泊位", "智慧停车平台覆盖率", "中心城区停车难缓解程度",
                                                  "市民满意度"]


def test_bond_xlsx_merged_levels(read):
    # (read right on main: the control of the family in Excel)
    r = read("ct_s41_nx_bond_merged.xlsx")
    p = only_project(r)
    assert (p["name"], p["unit"], p["department"]) == ("滨江县老旧小区改造及配套基础设施项目", "滨江县住房和城乡建设局",
                                                       "滨江县人民政府")
    assert (p["budget_total"], p["budget_year"]) == (32_000 * WAN, 8_000 * WAN)
    assert budget_lines(r) == [("项目总投资", "专项债券资金", 20_000 * WAN, "source"),
                               ("项目总投资", "项目资本金", 12_000 * WAN, "source")]
    of = other_fields(p)
    assert of["融资平衡情况"] == "本息覆盖倍数1.35倍，项目收益可覆盖债券本息。"
    assert of["偿债计划"].startswith("债券期限10年")
    assert indicator_targets(r) == [
        ("产出指标", "数量指标", "改造老旧小区数量", ">=", 12.0, "个"),
        ("产出指标", "数量指标", "惠及居民户数", "=", 3600.0, "户"),
        ("产出指标", "质量指标", "竣工验收合格率", "=", 100.0, "%"),
        ("产出指标", "时效指标", "年度债券资金支出进度", ">=", 90.0, "%"),
        ("效益指标", "经济效益指标", "年度项目收入", ">=", 11_500_000.0, "元"),
        ("效益指标", "社会效益指标", "居住条件改善", None, None, None),
        ("满意度指标", "服务对象满意度指标", "居民满意度", ">=", 90.0, "%"),
    ]


def test_bracketed_gloss_label_kept(read):
    # the same rule on an earlier fixture: `评价机构（主管部门） | 江西正信会计师事务所` (a short value) was an unparsed
    # row on main (its docx twin, a value of 12 characters and more, was kept); now kept in other_fields as there
    r = read("ct_s41_fc_party_labels.txt")
    assert other_fields(only_project(r)) == {"评价机构（主管部门）": "江西正信会计师事务所"}
    assert "unparsed_row" not in warning_codes(r)

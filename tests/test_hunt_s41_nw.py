"""Hunt NW (session 41): form families never tried — a 村级 一事一议财政奖补 form (村民筹资 / 筹劳折资 / 社会捐赠 beside
the 财政奖补资金), a 社会保险基金预算绩效目标表 (基金名称, 本年收入 / 本年支出 / 年末滚存结余), a 国有资本经营预算支出项目 form (企业
自筹, 项目实施单位（企业）), a 福利彩票公益金 form (its funds as heads over a row of amounts, targets in Chinese numerals), an
对口支援 form (援助方 / 受援方（实施单位）), a 科技计划 form (经费总额), an 评价指标体系及评分表 of four levels, a 贷款贴息 form (a control); in text dumps, a
Word file, an Excel sheet, a county site's page and its chromium print. tests/fixtures/review/ct_s41_nw_* (binary ones
made by tests/fixtures/make_s41_nw.py), each expectation written down by hand before the run."""
from __future__ import annotations

import pytest

from tests.hunt_tools import budget_lines, indicator_targets, only_project, other_fields, warning_codes

P, E, S, C = "产出指标", "效益指标", "满意度指标", "成本指标"
N, Q, T = "数量指标", "质量指标", "时效指标"
SO, EC, SUS, SAT = "社会效益指标", "经济效益指标", "可持续影响指标", "服务对象满意度指标"
W = 10000.0


def test_village_one_matter_one_discussion_award(read):
    """宏村镇's 一事一议财政奖补 form: `项目总投资 | 48.6 | 财政奖补资金 | 30` over `村民筹资 | 6.6 | 筹劳折资 | 4` and
    `社会捐赠 | 8`, `项目所在村 | 樟溪村`. Main read no fiscal money (财政奖补资金 kept in other_fields, reported), lost
    筹劳折资 and 社会捐赠 and 项目所在村 (three unparsed rows, status partial)."""
    r = read("ct_s41_nw_village_yishiyiyi.txt")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["year"]) == (
        "宏村镇樟溪村村组道路硬化一事一议奖补项目", "黎川县农业农村局", "黎川县宏村镇人民政府", 2025)
    assert (p["budget_total"], p["budget_fiscal"]) == (48.6 * W, 30 * W)
    assert budget_lines(r) == [(None, "村民筹资", 6.6 * W, "source"), (None, "筹劳折资", 4 * W, "source"),
                               (None, "社会捐赠", 8 * W, "source")]
    assert other_fields(p) == {"项目所在村": "樟溪村", "受益农户（户）": "326"}
    assert r.document["status"] == "ok" and "unparsed_row" not in warning_codes(r)
    assert indicator_targets(r) == [
        (P, N, "硬化道路长度", ">=", 2.1, "公里"),
        (P, N, "村民投工投劳", ">=", 400.0, "个工日"),
        (P, Q, "工程验收合格率", "=", 100.0, "%"),
        (P, T, "项目完工时间", None, None, None),
        (P, C, "每公里建设成本", "<=", 23.1 * W, "元"),
        (E, SO, "受益农户数", "=", 326.0, "户"),
        (E, SUS, "建后管护制度建立", None, None, None),
        (S, SAT, "受益群众满意度", ">=", 90.0, "%")]
    assert r.tables["indicators"][3]["target_text"] == "2025年11月底前"
    assert r.tables["indicators"][6]["target_text"] == "建立"


def test_social_insurance_fund_form(read):
    """A 社会保险基金预算绩效目标表: 基金名称 names it, the fund's income and spending kept among other_fields (a fund's
    budget, no project's money: no budget column). Main read this much too; the `其中：` parts stay reported (hunt
    s42 nf: read as budget lines of their group now, tests/test_hunt_s42_nf.py)."""
    r = read("ct_s41_nw_social_insurance_fund.txt")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["year"]) == (
        "城乡居民基本养老保险基金", "南丰县人力资源和社会保障局", "南丰县社会保险中心", 2025)
    assert p["budget_year"] is None and p["budget_total"] is None
    of = other_fields(p)
    assert (of["本年收入"], of["本年支出"], of["年末滚存结余"]) == ("21,386.00", "19,850.00", "42,715.00")
    assert indicator_targets(r) == [
        (P, N, "城乡居民养老保险参保人数", ">=", 16.8, "万人"),
        (P, N, "待遇领取人数", ">=", 5.2, "万人"),
        (P, Q, "基本养老保险待遇社会化发放率", "=", 100.0, "%"),
        (P, T, "养老金按月发放及时率", "=", 100.0, "%"),
        (E, EC, "基金可支付月数", ">=", 24.0, "个月"),
        (E, SO, "城乡居民基本养老保险参保率", ">=", 95.0, "%"),
        (S, SAT, "参保群众满意度", ">=", 90.0, "%")]


@pytest.mark.parametrize("name", ["ct_s41_nw_state_capital_injection.txt", "ct_s41_nw_state_capital_merged.docx"])
def test_state_capital_budget_form(read, name):
    """A 国有资本经营预算支出项目 form (dump, and Word with 资金情况 / 项目总投资 / 6,500 merged down over two rows):
    `国有资本经营预算资金 | 2,000` the fiscal money, `企业自筹 | 4,500` a source line. Main read it so: a control. (I
    first wrote budget_other 4500 万 down; reading 企业自筹 as that label drops its source line, which
    test_hunt_s39_nf and test_hunt_s37_nf keep: budget_other stays null, the line holds the money.)"""
    r = read(name)
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["category"]) == (
        "市文旅集团资本金注入（智慧景区建设）", "抚州市国有资产监督管理委员会", "抚州市文化旅游投资集团有限公司",
        "国有企业资本金注入")
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (6500 * W, 2000 * W, None)
    assert budget_lines(r) == [("项目总投资", "国有资本经营预算资金", 2000 * W, "source"),
                               ("项目总投资", "企业自筹", 4500 * W, "source")]
    assert indicator_targets(r) == [
        (P, N, "智慧化改造景区数量", "=", 3.0, "个"),
        (P, N, "资本金注入到位金额", "=", 2000 * W, "元"),
        (P, T, "资本金注入到位时间", None, None, None),
        (E, EC, "企业资产负债率", "<=", 65.0, "%"),
        (E, EC, "景区门票及二次消费收入增长率", ">=", 8.0, "%"),
        (E, SO, "景区年接待游客人次", ">=", 350.0, "万人次"),
        (S, SAT, "游客满意度", ">=", 90.0, "%")]


@pytest.mark.parametrize("name", ["ct_s41_nw_lottery_fund_chinese_numerals.txt", "ct_s41_nw_lottery_site.html",
                                  "ct_s41_nw_lottery_site.pdf"])
def test_lottery_fund_heads_over_amounts(read, name):
    """A 福利彩票公益金 form: `资金来源 | 中央专项彩票公益金 | 省级福彩公益金 | 县级福彩公益金 | 合计` over `金额（万元） | 50 |
    30 | 20 | 100` (on the site: 资金情况（万元） merged down, the amounts' row with no label); targets in Chinese
    numerals. Main lost the money: both rows unparsed, no budget, status partial."""
    r = read(name)
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["year"]) == (
        "农村互助养老服务设施运营补助", "南城县民政局", "南城县民政局", 2025)
    assert p["budget_total"] == 100 * W
    assert [(n, a, k) for _, n, a, k in budget_lines(r)] == [
        ("中央专项彩票公益金", 50 * W, "source"), ("省级福彩公益金", 30 * W, "source"), ("县级福彩公益金", 20 * W, "source")]
    assert r.document["status"] == "ok" and "unparsed_row" not in warning_codes(r)
    assert indicator_targets(r) == [
        (P, N, "补助互助养老服务点数量", "=", 20.0, "个"),
        (P, N, "服务农村老年人", ">=", 3000.0, "人次"),          # (hunt s43 tq: `不少于三千人次` 3000 人次, 千 the number's; s42 ty gave 3 千人次)
        (P, Q, "服务点正常运营率", ">=", 90.0, "%"),
        (P, T, "补助资金拨付时间", None, None, None),
        (E, SO, "农村留守老年人关爱服务覆盖率", None, None, None),
        (S, SAT, "老年人满意度", ">=", 90.0, "%")]
    assert [i["target_text"] for i in r.tables["indicators"][3:5]] == ["十月底前", "提高"]


def test_paired_assistance_recipient_is_unit(read):
    """An 对口支援 form: `援助方 | 江西省对口支援新疆工作前方指挥部 | 受援方（实施单位） | 阿克陶县住房和城乡建设局`. The
    bracket names the column: the unit (main: no unit, the pair kept in other_fields); 援助方 names no column."""
    r = read("ct_s41_nw_paired_assistance.txt")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"]) == ("阿克陶县克孜勒陶乡农村安居工程配套设施", None, "阿克陶县住房和城乡建设局")
    assert other_fields(p) == {"援助方": "江西省对口支援新疆工作前方指挥部", "建设地点": "阿克陶县克孜勒陶乡"}
    assert p["budget_total"] == 1280 * W
    assert budget_lines(r) == [("项目总投资", "援疆资金", 1000 * W, "source"), ("项目总投资", "受援地配套", 280 * W, "source")]
    assert (str(p["start_date"]), str(p["end_date"])) == ("2025-03-01", "2025-10-31")
    assert indicator_targets(r) == [
        (P, N, "新建供水管网", "=", 18.0, "公里"),
        (P, N, "新建村内道路", "=", 6.5, "公里"),
        (P, Q, "工程验收合格率", "=", 100.0, "%"),
        (P, T, "工程竣工时间", None, None, None),
        (E, SO, "受益农牧民户数", ">=", 860.0, "户"),
        (E, SUS, "配套设施使用年限", ">=", 15.0, "年"),
        (S, SAT, "受益群众满意度", ">=", 95.0, "%")]


def test_science_plan_funding_total(read):
    """A 科技计划项目 form: `项目经费（万元） | 经费总额 | 300 | 其中：省级财政资金 | 200` then `单位自筹 | 100`. Main read
    经费总额 as a source line of 300 万 and no total, no fiscal money."""
    r = read("ct_s41_nw_science_plan_target.txt")
    p = only_project(r)
    assert (p["name"], p["unit"], p["leader"], p["phone"], p["project_code"]) == (
        "赣南脐橙黄龙病绿色防控关键技术研究与示范", "江西省农业科学院植物保护研究所", "刘建华", "0791-87090356",
        "20252BBF63012")
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (300 * W, 200 * W, 100 * W)
    assert [n for _, n, _, _ in budget_lines(r)] == ["省级财政资金"]
    assert (str(p["start_date"]), str(p["end_date"])) == ("2025-01-01", "2027-12-31")
    assert p["goal_total"].startswith("建立脐橙黄龙病绿色防控技术体系1套")
    assert p["goal_annual"].startswith("完成黄龙病田间监测网络布设")
    assert [x[2:] for x in indicator_targets(r)] == [
        ("发表学术论文", ">=", 3.0, "篇"), ("申请发明专利", ">=", 2.0, "件"), ("培养研究生", "=", 2.0, "名"),
        ("建立示范基地", "=", 1.0, "个"), ("示范区病株率", "<=", 3.0, "%"), ("示范区亩均增收", ">=", 800.0, "元"),
        ("化学农药使用量减少", ">=", 20.0, "%"), ("示范果农满意度", ">=", 90.0, "%")]


# (the level 1s' points, `决策（15分）`, their rows' level1_weight since hunt sc6; the level 2s' kept in their names)
FOUR_LEVEL = [
    ("决策", "项目立项（5分）", "立项依据充分性：项目立项是否符合法律法规及相关政策", 3, 3),
    ("决策", "项目立项（5分）", "立项依据充分性：立项程序规范性", 2, 2),
    ("决策", "绩效目标（5分）", "绩效目标合理性：绩效目标与项目实际相符", 3, 2),
    ("决策", "绩效目标（5分）", "绩效指标明确性：指标细化量化程度", 2, 1.5),
    ("决策", "资金投入（5分）", "预算编制科学性：预算编制依据充分", 5, 5),
    ("过程", "资金管理（15分）", "资金到位率", 5, 5),
    ("过程", "资金管理（15分）", "预算执行率", 5, 4.6),
    ("过程", "资金管理（15分）", "资金使用合规性：资金使用是否符合规定", 5, 5),
    ("过程", "组织实施（10分）", "管理制度健全性：养护管理制度是否健全", 5, 5),
    ("过程", "组织实施（10分）", "制度执行有效性：养护台账是否完整", 5, 3),
    ("产出", "产出数量（20分）", "养护里程：完成农村公路日常养护里程", 10, 10),
    ("产出", "产出数量（20分）", "养护里程：完成路面修复面积", 10, 9),
    ("产出", "产出质量（10分）", "优良中等路率", 10, 8),
    ("产出", "产出时效（10分）", "完成及时性：养护任务按期完成率", 10, 10),
    ("效益", "社会效益（15分）", "通行条件改善：群众出行条件改善情况", 8, 7),
    ("效益", "社会效益（15分）", "安全保障：养护路段交通事故发生率", 7, 7),
    ("效益", "满意度（5分）", "群众满意度：沿线群众满意度", 5, 4.5)]


@pytest.mark.parametrize("name", ["ct_s41_nw_four_level_scores.txt", "ct_s41_nw_four_level_scores.xlsx"])
def test_four_level_score_table(read, name):
    """An 评价指标体系及评分表 of four levels (`一级 | 二级 | 三级 | 四级指标 | 分值 | 评分标准 | 得分`), a 三级 cell merged
    (left empty) over two 四级 rows; `评价单位：县财政局  被评价单位：县交通运输局`. Main kept 15 rows named by their 三级,
    lost the two rows under a merged 三级 (`score-table row with numbers only`: weights 88, scores 80.6 against the
    total 91.6, two weights_not_100) and the body evaluated. The 三级 is kept before its 四级 (`立项依据充分性：立项程序规范性`;
    merged main at 58ebfb33 dropped it: level3 the 四级 alone, `立项程序规范性`, the 三级 in no row)."""
    r = read(name)
    p = only_project(r)
    assert (p["name"], p["department"], p["score"], p["year"]) == (
        "2024年度农村公路养护资金", "玉山县交通运输局", 91.6, 2024)
    got = [(s["level1"], s["level2"], s["level3"], s["weight"], s["score"]) for s in r.tables["scores"]]
    assert got == [(a, b, c, float(w), float(x)) for a, b, c, w, x in FOUR_LEVEL]
    assert warning_codes(r) == []


def test_loan_interest_subsidy_units(read):
    """A 创业担保贷款贴息 form: amounts in 亿元 in a target, a rate in per mille (`≤3‰`), `≥35倍`, a time target in words
    (`按季度拨付`), `其中：中央补助 | 500` under 年度资金总额 with 市级财政资金 on the row below. Main read it so: a control."""
    r = read("ct_s41_nw_loan_interest_subsidy.txt")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"]) == (
        "创业担保贷款财政贴息", "宜春市人力资源和社会保障局", "宜春市就业创业服务中心")
    assert (p["budget_year"], p["budget_fiscal"]) == (860 * W, 860 * W)
    assert budget_lines(r) == [("年度资金总额", "中央补助", 500 * W, "source"),
                               ("年度资金总额", "市级财政资金", 360 * W, "source")]
    assert indicator_targets(r) == [
        (P, N, "贴息贷款发放笔数", ">=", 1200.0, "笔"),
        (P, N, "新增创业担保贷款发放额", ">=", 3e8, "元"),
        (P, Q, "贷款逾期率", "<=", 3.0, "‰"),
        (P, T, "贴息资金拨付时间", None, None, None),
        (E, SO, "带动就业人数", ">=", 3600.0, "人"),
        (E, EC, "撬动银行贷款倍数", ">=", 35.0, "倍"),
        (S, SAT, "创业者满意度", ">=", 90.0, "%")]
    assert r.tables["indicators"][3]["target_text"] == "按季度拨付"


def test_village_award_self_evaluation_matrix(read):
    """A 一事一议 project's 自评表: `年度资金总额 | 36 | 36 | 34.2 | 10 | 95% | 9.5` over `其中：财政奖补资金 | 25 | …`,
    `村民筹资 | 5 | 5 | 4.2`, `社会捐赠 | 6 | 6 | 5`. Main read all but the fiscal money (budget_fiscal None)."""
    r = read("ct_s41_nw_village_award_self_eval.txt")
    p = only_project(r)
    assert (p["form"], p["name"], p["unit"], p["year"]) == (
        "self_eval", "宏村镇洪门村文化广场建设一事一议奖补项目", "黎川县宏村镇人民政府", 2024)
    assert (p["budget_initial"], p["budget_year"], p["budget_fiscal"], p["spent"], p["execution_rate"], p["score"]) == (
        36 * W, 36 * W, 25 * W, 34.2 * W, 0.95, 97.5)
    assert [(n, a) for _, n, a, _ in budget_lines(r)] == [("财政奖补资金", 25 * W), ("村民筹资", 5 * W), ("社会捐赠", 6 * W)]
    assert p["goal_actual"] == "建成文化广场1200平方米，安装健身器材10件，已交付使用。"
    got = [(i["level3"], i["op"], i["value"], i["unit"], i["actual_raw"], i["weight"], i["score"])
           for i in r.tables["indicators"]]
    assert got == [
        ("文化广场建设面积", ">=", 1200.0, "平方米", "1200平方米", 20.0, 20.0),
        ("健身器材安装数量", "=", 10.0, "件", "10件", 10.0, 10.0),
        ("工程验收合格率", "=", 100.0, "%", "100%", 10.0, 10.0),
        ("项目完工时间", None, None, None, "2024年11月完工", 10.0, 8.0),
        ("受益村民人数", ">=", 1500.0, "人", "1620人", 30.0, 30.0),
        ("村民满意度", ">=", 90.0, "%", "95%", 10.0, 10.0)]
    assert r.tables["indicators"][3]["deviation"] == "受雨季影响工期推迟一个月"
    assert warning_codes(r) == []


def test_party_label_naming_its_column():
    """`受援方（实施单位）` / `承接主体（实施单位）`: a party whose brackets name the column it fills; not a sign-off's
    `审核意见（主管部门）` (its value an opinion), nor a label already known (`项目实施单位（企业）` stays the unit)."""
    from parsers.core import match_field
    assert match_field("受援方（实施单位）") == ("unit", None)
    assert match_field("承接主体（实施单位）") == ("unit", None)
    assert match_field("审核意见（主管部门）") is None
    assert match_field("援助方") is None
    # (near misses, review finding 14: 对方 is no party; 实施主体 does the work, its brackets an alternative: the unit)
    assert match_field("对方（实施单位）") is None and match_field("实施主体（主管部门）") == ("unit", None)
    assert match_field("项目实施单位（企业）") == ("unit", None)

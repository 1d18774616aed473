"""Hunt nw3 (session 59): whole forms of kinds and layouts not among the review fixtures (sister of hunts nw1 and
nw2 of session 58). Fixtures ct_s59_nw3_* from tests/fixtures/review/make_s59_nw3.py (text dumps with tab-separated
cells, a `pdftotext -layout` dump, five workbooks); each reading was written down by hand, field by field, before
jixiao was run (where the project's reading differed from mine by a decision of an earlier hunt — 资金总额 under
年度预算申请 the total, `1.2亿人次` kept in 亿人次, a 评估内容 | 评估要点 table's levels 2 and 3, a row a year under
`2025年指标值 | …` — the test follows it and says so).

Decided (each failed on main):
- `部门职能 | 职能一 | 负责…` then `| 职能二 | 负责…` (or `（一）`, `1`, `二` in the item's cell): the overview
  `职能一：负责…职能二：…` (main: the overview `职能一`, its text lost, the next items other fields);
- `年度绩效目标 | 1 | 建成…` then `| 2 | …`: the goal `1.建成…2.…` (main: the goal `1`);
- `项目资金（万元） | 年度资金总额：1,260.00，其中：财政拨款：1,200.00，…`: the figures in the label's 万元 (main: all
  lost without a word); `年度资金总额（万元）：3,280，其中：…`: the total in the lead's unit (main: lost, the parts read).
Kept (right on main: guards): the other forms below.
Years under a two-row `指标值` head give a row a year as under a one-row head (review rv66 took the xfail off).
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.hunt_tools import budget_lines, indicator_targets, only_project, other_fields, warning_codes

W = 10_000


def _ind(r, *keys):
    return [tuple(i.get(k) for k in keys) for i in r.tables["indicators"]]


def _fields(p, *keys):
    return tuple(p.get(k) for k in keys)


def test_transfer_amounts_across_columns(read):
    """`年度金额（万元） | 中央补助 | 地方资金 | 合计` over `| 86,400.00 | 9,600.00 | 96,000.00`."""
    r = read("ct_s59_nw3_transfer_columns.txt")
    p = only_project(r)
    assert _fields(p, "name", "department", "year", "budget_year") == (
        "农村危房改造补助资金", "贵州省住房和城乡建设厅", 2024, 96_000 * W)
    assert [b[1:] for b in budget_lines(r)] == [("中央补助", 86_400 * W, "source"), ("地方资金", 9_600 * W, "source")]
    assert p["goal_annual"].startswith("完成农村低收入群体等重点对象危房改造3.2万户")
    assert indicator_targets(r) == [
        ("产出指标", "数量指标", "农村危房改造户数", ">=", 3.2, "万户"),
        ("产出指标", "质量指标", "改造后住房安全鉴定合格率", "=", 100.0, "%"),
        ("产出指标", "时效指标", "当年开工率", ">=", 95.0, "%"),
        ("效益指标", "社会效益指标", "农村低收入群体住房安全", None, None, None),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", ">=", 90.0, "%")]


@pytest.mark.parametrize("name", ["ct_s59_nw3_dept_duties.txt", "ct_s59_nw3_dept_duties.xlsx"])
def test_dept_duties(read, name):
    """A 部门整体 form, `部门职能 | 职能一 | 负责…` then `| 职能二 | …`: the duties the overview, each named (main: the
    overview `职能一`, its text lost, the others other fields `职能二`, `职能三`); the money, the indicators under a
    label column."""
    r = read(name)
    p = only_project(r)
    assert p["department"] == "衢州市柯城区文化广电旅游体育局" and p["year"] == 2025
    assert _fields(p, "budget_total", "budget_fiscal", "budget_other") == (2_345.6 * W, 2_145.6 * W, 200 * W)
    assert p["overview"] == ("职能一：负责全区公共文化服务体系建设，组织实施文化惠民工程。职能二：负责全区旅游市场监管与宣传推广。"
                             "职能三：负责全区群众体育和竞技体育工作。")
    assert other_fields(p) == {}
    assert p["goal_annual"].startswith("建成城市书房3家")
    assert indicator_targets(r) == [
        ("产出指标", "数量指标", "新建城市书房", "=", 3.0, "家"),
        ("产出指标", "数量指标", "文化惠民演出场次", ">=", 120.0, "场"),
        ("产出指标", "质量指标", "行政村全民健身设施覆盖率", "=", 100.0, "%"),
        ("效益指标", "社会效益指标", "公共文化服务群众参与率", None, None, None),
        ("满意度指标", "服务对象满意度指标", "群众满意度", ">=", 92.0, "%")]
    assert not any("职能" in (b[1] or "") for b in budget_lines(r))


def test_monitor_july(read):
    """1-7月执行情况 the progress, 全年预计完成情况 a note, 偏差原因 the deviation; the money to July the spent."""
    r = read("ct_s59_nw3_monitor_july.txt")
    p = only_project(r)
    assert _fields(p, "name", "department", "unit", "year") == (
        "城市公交运营补贴", "宜昌市交通运输局", "宜昌公交集团有限责任公司", 2025)
    assert _fields(p, "budget_year", "spent", "execution_rate") == (5_600 * W, 3_080 * W, 0.55)
    assert _ind(r, "level3", "target_raw", "progress_raw", "deviation") == [
        ("公交客运量", "≥1.2亿人次", "0.68亿人次", "暑期客流下降"), ("运营线路条数", "≥86条", "86条", None),
        ("车辆准点率", "≥90%", "91.5%", None), ("公共交通出行分担率", "≥35%", "33%", "共享单车分流"),
        ("乘客满意度", "≥90%", None, "年底调查")]
    assert _ind(r, "op", "value", "unit")[0] == (">=", 1.2, "亿人次")
    assert _ind(r, "note")[0] == ("全年预计完成情况：1.18亿人次",)


def test_prior_summary(read):
    """评估内容 rows with 分值 / 得分 scores, 合计 the score, 评估结论 kept; no indicators."""
    r = read("ct_s59_nw3_prior_summary.txt")
    p = only_project(r)
    assert _fields(p, "name", "unit", "budget_total", "budget_year", "score") == (
        "智慧停车信息平台建设", "无锡市梁溪区城市管理局", 1_480 * W, 620 * W, 85.0)
    assert other_fields(p).get("评估结论", "").startswith("予以支持")
    assert r.tables["indicators"] == []
    assert [(s["level2"], s["weight"], s["score"]) for s in r.tables["scores"]] == [
        ("立项必要性", 20.0, 18.0), ("投入经济性", 20.0, 15.0), ("绩效目标合理性", 20.0, 16.0),
        ("实施方案可行性", 20.0, 17.0), ("筹资合规性", 20.0, 19.0)]
    assert r.tables["scores"][0]["level3"] == "项目与部门职能、政策相符"


def test_midterm_years(read):
    """Each indicator's value for 2025, 2026 and 2027: a row a year, the form's first year's annual, the others
    long_term, each its target_year (the project's reading of a by-year head)."""
    r = read("ct_s59_nw3_midterm_years.txt")
    p = only_project(r)
    assert _fields(p, "name", "department", "unit", "budget_total", "budget_fiscal") == (
        "黄河流域生态保护修复", "济南市生态环境局", "济南市生态环境保护监测中心", 4_500 * W, 4_500 * W)
    assert p["goal_total"] == "三年内修复黄河沿岸湿地1200亩，水质稳定达到Ⅲ类。"
    got = _ind(r, "level3", "target_raw", "horizon", "target_year")
    assert len(got) == 12 and got[3:6] == [("断面水质达标率", "≥90%", "annual", 2025),
                                           ("断面水质达标率", "≥95%", "long_term", 2026),
                                           ("断面水质达标率", "100%", "long_term", 2027)]


def test_self_eval_deviation(read):
    """A 偏差原因分析及改进措施 column: each indicator's deviation; 分值 / 得分 the weight and score; 总分 the score."""
    r = read("ct_s59_nw3_self_eval_deviation.txt")
    p = only_project(r)
    assert _fields(p, "form", "name", "unit", "budget_initial", "spent", "execution_rate", "score") == (
        "self_eval", "城乡居民养老保险经办服务", "株洲市社会保险服务中心", 320 * W, 296 * W, 0.925, 93.25)
    assert _ind(r, "level3", "actual_raw", "weight", "score", "deviation") == [
        ("参保登记人数", "83.6万人", 20.0, 18.0, "外出务工人员增加，下年加强宣传动员"),
        ("待遇发放准确率", "100%", 15.0, 15.0, None), ("待遇按月足额发放率", "100%", 15.0, 15.0, None),
        ("城乡居民基本养老保险覆盖率", "93%", 20.0, 17.0, "部分灵活就业人员未参保，下年开展入户核查"),
        ("参保群众满意度", "94%", 10.0, 10.0, None)]


def test_numbered_level3(read):
    """`1.维修改造学校数量`: the name without its number."""
    r = read("ct_s59_nw3_numbered_level3.txt")
    p = only_project(r)
    assert _fields(p, "name", "department", "budget_year", "budget_fiscal") == (
        "中小学校舍维修改造", "赣州市章贡区教育科技体育局", 780 * W, 780 * W)
    assert _ind(r, "level2", "level3", "target_raw") == [
        ("数量指标", "维修改造学校数量", "14所"), ("数量指标", "维修改造面积", "≥2.6万平方米"),
        ("质量指标", "工程验收合格率", "100%"), ("时效指标", "暑期完工率", "≥90%"),
        ("社会效益指标", "校舍安全隐患消除率", "100%"), ("服务对象满意度指标", "师生满意度", "≥90%")]


def test_page_break_block(read):
    """A footer and the head repeated mid-block: one block of six, the 产出指标 carried over the page."""
    r = read("ct_s59_nw3_page_break_block.txt")
    p = only_project(r)
    assert _fields(p, "name", "department", "unit", "budget_year") == (
        "农村客运班线运营补助", "邵阳市交通运输局", "邵阳市道路运输服务中心", 1_260 * W)
    assert indicator_targets(r) == [
        ("产出指标", "数量指标", "补助农村客运车辆", ">=", 420.0, "辆"),
        ("产出指标", "数量指标", "农村客运班线条数", ">=", 160.0, "条"),
        ("产出指标", "质量指标", "建制村通客车率", "=", 100.0, "%"),
        ("产出指标", "时效指标", "补助资金拨付及时率", "=", 100.0, "%"),
        ("效益指标", "社会效益指标", "农村群众出行便利度", None, None, None),
        ("满意度指标", "服务对象满意度指标", "乘客满意度", ">=", 90.0, "%")]


def test_fullwidth_figures(read):
    """`２３５．００`, `≥９５％`, `≤２０００元/个`: read as their half-width twins; the year `２０２５年度`."""
    r = read("ct_s59_nw3_fullwidth_figures.txt")
    p = only_project(r)
    assert _fields(p, "name", "department", "year", "budget_year", "budget_fiscal") == (
        "基层公共法律服务体系建设", "南宁市司法局", 2025, 235 * W, 235 * W)
    assert indicator_targets(r) == [
        ("产出指标", "数量指标", "村（社区）公共法律服务工作室", ">=", 1200.0, "个"),
        ("产出指标", "数量指标", "法律援助案件办结数", ">=", 850.0, "件"),
        ("产出指标", "质量指标", "法律援助案件办结率", ">=", 95.0, "%"),
        ("产出指标", "成本指标", "工作室运行补助标准", "<=", 2000.0, "元/个"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", ">=", 90.0, "%")]


def test_narrative_no_project(read):
    """A narrative 说明 with amounts and rates in its sentences: no project, no indicator."""
    r = read("ct_s59_nw3_narrative_note.txt")
    assert r.tables["projects"] == [] and r.tables["indicators"] == []


def test_transfer_region_xlsx(read):
    """The workbook's region form: 中央补助 / 地方资金 source lines under the merged 资金情况, 年度金额 the year's."""
    r = read("ct_s59_nw3_transfer_region.xlsx")
    p = only_project(r)
    assert _fields(p, "name", "department", "year", "budget_year") == (
        "重点生态保护修复治理资金", "财政部、自然资源部", 2025, 52_000 * W)
    assert [b[1:] for b in budget_lines(r)] == [("中央补助", 40_000 * W, "source"), ("地方资金", 12_000 * W, "source")]
    assert indicator_targets(r) == [
        ("产出指标", "数量指标", "治理水土流失面积", ">=", 180.0, "平方公里"),
        ("产出指标", "数量指标", "矿山生态修复面积", ">=", 1200.0, "公顷"),
        ("产出指标", "质量指标", "工程验收合格率", "=", 100.0, "%"),
        ("效益指标", "生态效益指标", "森林覆盖率", ">=", 66.8, "%"),
        ("满意度指标", "服务对象满意度指标", "项目区群众满意度", ">=", 90.0, "%")]
    assert warning_codes(r) == []


def test_self_eval_xlsx(read):
    """The workbook's self-evaluation: numbers as numbers (0.98 the rate), the deviation of 时效指标's row."""
    r = read("ct_s59_nw3_self_eval.xlsx")
    p = only_project(r)
    assert _fields(p, "form", "name", "department", "unit", "budget_initial", "spent", "execution_rate", "score") == (
        "self_eval", "农村饮水工程维修养护", "天水市水务局", "天水市农村供水服务中心", 450 * W, 441 * W, 0.98, 97.8)
    assert _ind(r, "level2", "level3", "actual_raw", "weight", "score", "deviation") == [
        ("数量指标", "维修养护供水工程处数", "262处", 20.0, 20.0, None),
        ("质量指标", "维修工程合格率", "100%", 15.0, 15.0, None),
        ("时效指标", "维修任务完成及时率", "90%", 15.0, 13.0, "汛期影响施工，下年提前安排"),
        ("社会效益指标", "农村自来水普及率", "92.5%", 30.0, 30.0, None),
        ("服务对象满意度指标", "受益群众满意度", "93%", 10.0, 10.0, None)]


def test_circled_level3(read):
    """`①改造小区数量`, `（1）竣工验收合格率`: the names without their numbers; `≤76万元/个` in 元 a 个."""
    r = read("ct_s59_nw3_circled_level3.txt")
    p = only_project(r)
    assert _fields(p, "name", "department", "unit", "budget_year", "budget_fiscal", "budget_other") == (
        "老旧小区改造配套基础设施", "洛阳市住房和城乡建设局", "洛阳市老旧小区改造服务中心", 3_200 * W, 2_800 * W, 400 * W)
    assert indicator_targets(r) == [
        ("产出指标", "数量指标", "改造小区数量", "=", 42.0, "个"),
        ("产出指标", "数量指标", "改造管网长度", ">=", 18.0, "公里"),
        ("产出指标", "质量指标", "竣工验收合格率", "=", 100.0, "%"),
        ("产出指标", "成本指标", "小区改造平均成本", "<=", 76 * W, "元/个"),
        ("效益指标", "社会效益指标", "惠及居民户数", ">=", 1.1, "万户"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", ">=", 90.0, "%")]


def test_self_eval_page_break(read):
    """A self-evaluation's rows over two pages (`— 1 —`, the head again): one block, 产出指标 carried over."""
    r = read("ct_s59_nw3_self_eval_page_break.txt")
    p = only_project(r)
    assert _fields(p, "form", "name", "department", "unit", "budget_initial", "spent", "execution_rate", "score") == (
        "self_eval", "基层医疗卫生机构设备更新", "绵阳市卫生健康委员会", "绵阳市基层卫生服务中心", 860 * W, 817 * W, 0.95,
        96.5)
    assert _ind(r, "level1", "level2", "level3", "actual_raw", "weight", "score") == [
        ("产出指标", "数量指标", "更新设备台（套）数", "326台", 20.0, 20.0),
        ("产出指标", "质量指标", "设备验收合格率", "100%", 15.0, 15.0),
        ("产出指标", "时效指标", "设备安装调试完成时间", "2024年11月中旬", 15.0, 12.0),
        ("效益指标", "社会效益指标", "基层诊疗人次增长率", "6.2%", 30.0, 30.0),
        ("满意度指标", "服务对象满意度指标", "患者满意度", "92%", 10.0, 10.0)]


def test_levels_one_cell(read):
    """`产出指标-数量指标 | 覆盖行政村数量 | 102个`: the two levels split at the dash."""
    r = read("ct_s59_nw3_levels_one_cell.txt")
    p = only_project(r)
    assert _fields(p, "name", "department", "budget_year") == ("农村生活垃圾收运处置", "桂林市阳朔县住房和城乡建设局", 540 * W)
    assert indicator_targets(r) == [
        ("产出指标", "数量指标", "覆盖行政村数量", "=", 102.0, "个"),
        ("产出指标", "数量指标", "配置垃圾收集车辆", ">=", 36.0, "辆"),
        ("产出指标", "质量指标", "生活垃圾无害化处理率", ">=", 95.0, "%"),
        ("效益指标", "生态效益指标", "村庄环境卫生状况", None, None, None),
        ("满意度指标", "服务对象满意度指标", "村民满意度", ">=", 90.0, "%")]


# (left: hunt fam7's guard reads `指标值` over `2025年 | 2026年 | 2027年` as the first year's target and the later years'
# a note, while a one-row `2025年 | 2026年 | 2027年` head gives a row a year (hunt ly2); the two are one form)
def test_midterm_two_row_head(read):
    """`指标值` over `2025年 | 2026年 | 2027年`: a row a year, as under `2025年指标值 | …` in one row."""
    r = read("ct_s59_nw3_midterm_two_row_head.txt")
    p = only_project(r)
    assert _fields(p, "name", "department", "budget_total") == ("职业院校实训基地建设", "温州市教育局", 3_600 * W)
    assert p["goal_total"] == "2025-2027年建成实训基地6个，年培训技能人才1.5万人次。"
    got = _ind(r, "level3", "target_raw", "target_year")
    assert len(got) == 12 and got[3:6] == [("年培训技能人才", "≥0.4万人次", 2025), ("年培训技能人才", "≥0.5万人次", 2026),
                                           ("年培训技能人才", "≥0.6万人次", 2027)]


def test_fullwidth_self_eval(read):
    """A self-evaluation in full-width figures: the money, the rate, the points and the targets read."""
    r = read("ct_s59_nw3_fullwidth_self_eval.txt")
    p = only_project(r)
    assert _fields(p, "form", "year", "name", "budget_year", "spent", "execution_rate", "score") == (
        "self_eval", 2024, "中小学生营养改善计划", 860 * W, 842.8 * W, 0.98, 97.8)
    assert _ind(r, "level3", "op", "value", "unit", "weight", "score") == [
        ("受益学生人数", ">=", 3.2, "万人", 20.0, 20.0), ("食品安全事故发生率", "=", 0.0, None, 20.0, 20.0),
        ("学生营养健康状况", None, None, None, 30.0, 28.0), ("家长满意度", ">=", 90.0, "%", 10.0, 10.0)]


def test_monitor_ticks(read):
    """The central monitoring template: a tick under 人员保障 the deviation's cause, under 有可能 the likelihood; the
    1-7月 value the progress so far, the year's forecast a note."""
    r = read("ct_s59_nw3_monitor_ticks.txt")
    p = only_project(r)
    assert _fields(p, "name", "department", "department_code", "unit", "year") == (
        "国家级自然保护区监测能力建设", "生态环境部", "190", "生态环境部卫星环境应用中心", 2025)
    got = _ind(r, "level3", "target_raw", "progress_raw")
    assert got == [("监测保护区数量", "≥474个", "280个"), ("监测数据有效率", "≥95%", "96%"),
                   ("监测报告按时提交率", "100%", "80%"), ("人类活动问题发现率", "≥90%", "85%"),
                   ("保护区管理机构满意度", "≥90%", None)]
    notes = [i["note"] or "" for i in r.tables["indicators"]]
    assert "全年预计完成情况：474个" in notes[0] and "确定能" in notes[0]
    assert "有可能" in notes[2] and "人员调整" in notes[2]
    assert "人员保障" in (r.tables["indicators"][2]["deviation"] or "")
    assert "硬件条件保障" in (r.tables["indicators"][3]["deviation"] or "")
    assert warning_codes(r) == []


def test_self_eval_reason_head(read):
    """`未完成原因和改进措施`: the deviation's column (as 偏差原因分析及改进措施)."""
    r = read("ct_s59_nw3_self_eval_reason_head.txt")
    p = only_project(r)
    assert _fields(p, "form", "name", "unit", "budget_year", "spent", "execution_rate") == (
        "self_eval", "森林防火能力提升", "丽江市林业和草原局", 380 * W, 361 * W, 0.95)
    assert _ind(r, "level3", "actual_raw", "deviation") == [
        ("新建防火隔离带", "52公里", "雨季提前，剩余8公里2025年春完成"), ("防火物资验收合格率", "100%", None),
        ("森林火灾受害率", "0.3‰", None), ("林区群众满意度", "95%", None)]
    assert _ind(r, "op", "value", "unit")[2] == ("<=", 0.9, "‰")


def test_dept_new_levels(read):
    """The newer 部门整体 template's levels: 履职效能 / 管理效率 / 运行成本 / 社会效应 / 服务对象满意度 as written."""
    r = read("ct_s59_nw3_dept_new_levels.txt")
    p = only_project(r)
    assert _fields(p, "department", "budget_total", "budget_fiscal", "budget_other") == (
        "泉州市市场监督管理局", 9_860 * W, 9_560 * W, 300 * W)
    assert _ind(r, "level1", "level2", "level3", "target_raw") == [
        ("履职效能", "重点工作履行情况", "食品安全监督抽检批次", "≥9000批次"),
        ("履职效能", "重点工作履行情况", "特种设备定期检验率", "≥99%"),
        ("管理效率", "预算执行", "预算执行率", "≥95%"), ("运行成本", "成本控制", "“三公”经费控制率", "≤100%"),
        ("社会效应", "社会效益", "食品安全评价性抽检合格率", "≥98%"),
        ("服务对象满意度", "群众满意度", "市场主体满意度", "≥90%")]
    assert _ind(r, "level1_std")[-1] == ("satisfaction",)


def test_formats_xlsx(read):
    """Numbers shown by their formats: `0.95` under `0%` the target 95%, `260` under `0"公里"` 260公里, the dates
    under `yyyy"年"m"月"d"日"` the period, `二〇二五年度` the year."""
    r = read("ct_s59_nw3_formats.xlsx")
    p = only_project(r)
    assert _fields(p, "name", "department", "unit", "year", "budget_year", "budget_fiscal") == (
        "城区排水管网清淤疏浚", "九江市城市管理局", "九江市排水管理所", 2025, 1_286.5 * W, 1_286.5 * W)
    assert _fields(p, "start_date", "end_date") == (dt.date(2025, 3, 1), dt.date(2025, 11, 30))
    assert indicator_targets(r) == [
        ("产出指标", "数量指标", "清淤疏浚管网长度", "=", 260.0, "公里"),
        ("产出指标", "质量指标", "清淤达标率", "=", 95.0, "%"),
        ("产出指标", "时效指标", "汛前完成率", "=", 100.0, "%"),
        ("效益指标", "社会效益指标", "城区易涝点消除率", "=", 80.0, "%"),
        ("满意度指标", "服务对象满意度指标", "市民满意度", "=", 90.0, "%")]


def test_layout_self_eval(read):
    """`pdftotext -layout` text of a self-evaluation over two pages: the cells by their places, the page number and
    the head again no rows, `服务对象满意` / `度指标` one level 2."""
    r = read("ct_s59_nw3_layout_self_eval.txt")
    p = only_project(r)
    assert _fields(p, "form", "year", "name", "department", "unit") == (
        "self_eval", 2024, "乡镇卫生院标准化建设", "黔南州卫生健康局", "都匀市卫生健康局")
    assert _fields(p, "budget_initial", "spent", "execution_rate", "score") == (600 * W, 570 * W, 0.95, 97.5)
    assert _ind(r, "level1", "level2", "level3", "target_raw", "actual_raw", "weight", "score") == [
        ("产出指标", "数量指标", "标准化建设卫生院数量", "12所", "12所", 20.0, 20.0),
        ("产出指标", "质量指标", "工程验收合格率", "100%", "100%", 20.0, 20.0),
        ("产出指标", "时效指标", "项目完成及时率", "100%", "90%", 10.0, 8.0),
        ("效益指标", "社会效益指标", "乡镇卫生院诊疗人次增长率", "≥5%", "7%", 30.0, 30.0),
        ("满意度指标", "服务对象满意度指标", "患者满意度", "≥90%", "93%", 10.0, 10.0)]


def test_field_habits(read):
    """`人民币叁佰贰拾万元整（320.00万元）` the money, `2024.3-2024.12` the period, `☑新增项目` the category, `罗文斌
    13985012345` the leader and the phone, a deviation's wrapped end on a row of its own its tail."""
    r = read("ct_s59_nw3_field_habits.txt")
    p = only_project(r)
    assert _fields(p, "form", "name", "department", "unit", "category", "leader", "phone") == (
        "self_eval", "农村学校教师周转宿舍建设", "六盘水市教育局", "水城区教育局", "新增项目", "罗文斌", "13985012345")
    assert _fields(p, "start_date", "end_date") == (dt.date(2024, 3, 1), dt.date(2024, 12, 31))
    assert p["budget_total"] == 320 * W or p["budget_year"] == 320 * W
    assert _ind(r, "level3", "actual_raw", "deviation") == [
        ("新建周转宿舍套数", "72套", "2个校点因用地调整未开工，已协调2025年3月开工"),
        ("竣工验收合格率", "100%", None), ("解决教师住宿人数", "72人", "同上"), ("教师满意度", "96%", None)]


def test_summary_xlsx(read):
    """A summary workbook, each project's cells merged down its indicator rows: three projects, each its own rows;
    `单位：万元` the amounts' unit."""
    r = read("ct_s59_nw3_summary.xlsx")
    assert [(p["name"], p["department"], p["budget_year"] or p["budget_total"], p["goal_annual"])
            for p in r.tables["projects"]] == [
        ("城市内涝治理", "常州市住房和城乡建设局", 2_600 * W, "改造易涝点15处。"),
        ("老年助餐服务补贴", "常州市民政局", 860 * W, "建成老年助餐点120个。"),
        ("中小学课后服务补助", "常州市教育局", 1_450 * W, "课后服务覆盖全部义务教育学校。")]
    ids = [p["project_id"] for p in r.tables["projects"]]
    got = [(ids.index(i["project_id"]), i["level1"], i["level3"], i["target_raw"]) for i in r.tables["indicators"]]
    assert got == [(0, "产出指标", "改造易涝点数量", "15处"), (0, "产出指标", "工程验收合格率", "100%"),
                   (0, "满意度指标", "市民满意度", "≥90%"), (1, "产出指标", "助餐点数量", "≥120个"),
                   (1, "效益指标", "老年人就餐便利度", "明显提升"), (1, "满意度指标", "老年人满意度", "≥92%"),
                   (2, "产出指标", "开展课后服务学校数", "≥180所"), (2, "满意度指标", "家长满意度", "≥90%")]


def test_goal_numbered_cells(read):
    """`年度绩效目标 | 1 | 建成…` then `| 2 | 培训…`, `| 3 | …`: one goal of three numbered items (it was the goal `1`,
    the items lost or unparsed rows)."""
    r = read("ct_s59_nw3_goal_numbered_cells.txt")
    p = only_project(r)
    assert _fields(p, "name", "department", "budget_year") == ("智慧农业示范园区建设", "寿光市农业农村局", 1_600 * W)
    assert p["goal_annual"] == ("1.建成智能温室大棚20座，配套水肥一体化设施。2.培训新型职业农民不少于300人次。"
                                "3.园区亩均效益较上年提高10%以上。")
    assert len(r.tables["indicators"]) == 4 and warning_codes(r) == []


def test_money_sentence_bare(read):
    """`项目资金（万元） | 年度资金总额：1,260.00，其中：财政拨款：1,200.00，其他资金：60.00`: the figures in the label's
    万元 (main: all lost without a word)."""
    r = read("ct_s59_nw3_money_sentence_bare.txt")
    p = only_project(r)
    assert _fields(p, "name", "budget_year", "budget_fiscal", "budget_other") == (
        "城乡环卫一体化运营", 1_260 * W, 1_200 * W, 60 * W)
    assert len(r.tables["indicators"]) == 3 and warning_codes(r) == []


def test_money_sentence_lead_unit(read):
    """`年度资金总额（万元）：3,280，其中：中央补助2,800，地方资金480。`: the total in the lead's unit too (main: the
    sources read, the total lost)."""
    r = read("ct_s59_nw3_money_sentence_lead_unit.txt")
    p = only_project(r)
    assert _fields(p, "name", "department", "budget_year") == (
        "城乡居民基本医疗保险补助资金", "江西省医疗保障局", 3_280 * W)
    assert [b[1:3] for b in budget_lines(r)] == [("中央补助", 2_800 * W), ("地方资金", 480 * W)]
    assert p["goal_annual"] == "巩固基本医保参保覆盖面，参保率稳定在95%以上。"

"""Hunt nw6 (session 60): whole text-dump forms of kinds, layouts and provinces not among the review fixtures, and
four documents of no form. Fixtures ct_s60_nw6_* from tests/fixtures/review/make_s60_nw6.py (`|` dumps, tab-separated
Word copies, `pdftotext -layout` text, an OCR'd dump); each reading was written down by hand, field by field, before
jixiao was run.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.hunt_tools import budget_lines, indicator_targets, only_project, other_fields

W = 10_000


def _ind(r, *keys):
    return [tuple(i.get(k) for k in keys) for i in r.tables["indicators"]]


def _fields(p, *keys):
    return tuple(p.get(k) for k in keys)


def test_bond_pipes(read):
    """A 专项债券 form in a `|` dump: its fields, the bond's kind and term kept, its indicators."""
    r = read("ct_s60_nw6_bond_pipes.txt")
    p = only_project(r)
    assert _fields(p, "name", "department", "unit", "year", "budget_total", "budget_year") == (
        "天水市秦州区城区老旧供热管网改造项目", "天水市住房和城乡建设局", "天水市热力有限公司", 2025, 32_000 * W, 12_000 * W)
    assert other_fields(p).get("债券类型") == "新增专项债券" and other_fields(p).get("债券期限") == "15年"
    assert p["goal_annual"].startswith("改造老旧供热管网42公里")
    t = indicator_targets(r)
    assert [x[2] for x in t] == ["改造供热管网长度", "改造换热站数量", "工程验收合格率", "项目完工时间", "年均供热收入",
                                 "惠及居民户数", "管网热损失率", "偿债资金来源保障", "供热用户满意度"]
    assert t[0] == ("产出指标", "数量指标", "改造供热管网长度", ">=", 42.0, "公里")
    assert t[1] == ("产出指标", "数量指标", "改造换热站数量", "=", 18.0, "座")
    assert t[4][3:] == (">=", 36_000_000.0, "元")
    assert t[6][3:] == ("<=", 8.0, "%")
    assert t[7] == ("效益指标", "可持续影响指标", "偿债资金来源保障", None, None, None)
    assert p["phone"] == "0938-8216035"


def test_fund_layout(read):
    """A 政府性基金 form in `pdftotext -layout`: the 基金名称 beside the 项目名称 kept, the money in the 万元 line's
    unit, a level 2 cut over two lines joined, the sign-off's day."""
    r = read("ct_s60_nw6_fund_layout.txt")
    p = only_project(r)
    assert _fields(p, "name", "department", "unit", "year", "budget_year") == (
        "国有土地使用权出让收入安排的土地收储项目", "宝鸡市自然资源局", "宝鸡市土地储备中心", 2025, 8_500 * W)
    assert other_fields(p).get("基金名称") == "国有土地使用权出让收入"
    assert p["goal_annual"] == "完成渭河南岸片区土地收储1200亩，保障市级重点项目用地需求。"
    assert _ind(r, "level1", "level2", "level3", "target_raw") == [
        ("产出指标", "数量指标", "土地收储面积", "≥1200亩"),
        ("产出指标", "质量指标", "收储地块权属清晰率", "100%"),
        ("产出指标", "时效指标", "收储工作完成时限", "2025年11月底前"),
        ("效益指标", "经济效益指标", "可供应土地面积", "≥900亩"),
        ("效益指标", "社会效益指标", "保障重点项目用地个数", "≥6个"),
        ("满意度指标", "服务对象满意度指标", "被征收群众满意度", "≥85%")]
    assert p["fill_date"] in (dt.date(2025, 1, 20), "2025-01-20")


def test_midterm_three_years(read):
    """中期 targets a column a year: one record a filled year, the first annual, the others long-term."""
    r = read("ct_s60_nw6_midterm_three_years.txt")
    p = only_project(r)
    assert _fields(p, "name", "department", "unit", "year", "budget_total", "budget_year") == (
        "城乡居民基本医疗保险参保财政补助", "延边州医疗保障局", "延边州医疗保障事务中心", 2025, 126_000 * W, 41_000 * W)
    assert p["goal_total"].startswith("三年内城乡居民医保参保率") and p["goal_annual"].startswith("2025年参保人数")
    got = _ind(r, "level3", "target_year", "horizon", "op", "value", "unit")
    assert got[:3] == [("财政补助参保人数", 2025, "annual", ">=", 150.0, "万人"),
                       ("财政补助参保人数", 2026, "long_term", ">=", 151.0, "万人"),
                       ("财政补助参保人数", 2027, "long_term", ">=", 152.0, "万人")]
    assert len(got) == 15 and got[-1] == ("参保群众满意度", 2027, "long_term", ">=", 92.0, "%")


def test_midterm_two_row_head(read):
    """`指标值` over `2026年 | 2027年 | 2028年` in a `|` dump: a record a year, as under a one-row head."""
    r = read("ct_s60_nw6_midterm_two_row_pipes.txt")
    p = only_project(r)
    assert _fields(p, "name", "department", "unit", "year", "budget_total", "budget_year") == (
        "西宁市城区公共自行车系统运营维护", "西宁市交通运输局", "西宁市公共交通集团有限公司", 2026, 2_400 * W, 800 * W)
    got = _ind(r, "level3", "target_year", "op", "value", "unit")
    assert len(got) == 12
    assert got[6:9] == [("日均骑行人次", 2026, ">=", 2.5, "万人次"), ("日均骑行人次", 2027, ">=", 2.8, "万人次"),
                        ("日均骑行人次", 2028, ">=", 3.0, "万人次")]


def test_adjust_columns(read):
    """`原指标值 | 调整后指标值 | 调整原因`: the target in force the adjusted one, the old one in the note; the money
    before and after."""
    r = read("ct_s60_nw6_adjust_columns.txt")
    p = only_project(r)
    assert _fields(p, "name", "department", "unit", "year", "budget_initial", "budget_year") == (
        "三明市沙县区农村公路危桥改造工程", "三明市沙县区交通运输局", "三明市沙县区公路事业发展中心", 2025,
        1_800 * W, 1_350 * W)
    got = _ind(r, "level3", "target_raw", "note")
    assert [g[:2] for g in got] == [("危桥改造数量", "9座"), ("改造桥梁验收合格率", "100%"), ("完工时间", "2025年12月底前"),
                                    ("沿线受益群众", "≥2.7万人"), ("沿线群众满意度", "≥90%")]
    assert "12座" in got[0][2] and "资金调减" in got[0][2]


def test_adjust_halves(read):
    """`调整前 | 调整后` over two halves of `二级指标 | 三级指标 | 指标值`: one indicator a row, the after's."""
    r = read("ct_s60_nw6_adjust_halves.txt")
    p = only_project(r)
    assert _fields(p, "name", "department", "year") == ("大同市云冈区中小学校舍维修改造", "大同市云冈区教育局", 2025)
    assert p["title"] == "大同市2025年项目绩效目标调整申请表"      # (main: null, no 项目支出 in it)
    got = _ind(r, "level2", "level3", "target_raw")
    assert got == [("数量指标", "维修校舍面积", "≥0.9万平方米"), ("质量指标", "工程验收合格率", "100%"),
                   ("时效指标", "开学前完工率", "≥95%"), ("满意度指标", "师生满意度", "≥90%")]
    assert "≥1.2万平方米" in r.tables["indicators"][0]["note"]


def test_monitor_july_pipes(read):
    """A 监控表 of 1-7月 in a `|` dump: the money to July spent, its rate; 1-7月完成值 the value so far (progress_raw,
    the project's reading of it since session 59, not actual_raw as I first wrote), 偏差原因 the deviation, 全年预计完成值
    the note."""
    r = read("ct_s60_nw6_monitor_july_pipes.txt")
    p = only_project(r)
    assert _fields(p, "name", "department", "unit", "year", "budget_year", "spent", "execution_rate") == (
        "保定市城区生活垃圾分类收运处置", "保定市城市管理综合行政执法局", "保定市环境卫生服务中心", 2025,
        4_200 * W, 2_310 * W, 0.55)
    got = _ind(r, "level3", "target_raw", "progress_raw", "deviation")
    assert got[0] == ("生活垃圾日均收运量", "≥1200吨", "1250吨", None)
    assert got[1] == ("垃圾分类覆盖率", "≥90%", "86%", "老旧小区设施改造滞后")
    assert got[3][3] == "再生资源回收企业产能不足" and len(got) == 5
    assert got[4] == ("市民满意度", "≥90%", None, "年底开展调查")
    assert _ind(r, "note")[3] == ("全年预计完成值：≥58%",)


def test_monitor_august(read):
    """A 监控表 of 1-8月: the money matrix, the goal's three texts, the indicators' 1-8月 values (progress_raw) and
    forecasts (the note); a dash so far, `≥90% | — | ≥90%`, no value so far (main: the forecast read as the progress,
    the note lost)."""
    r = read("ct_s60_nw6_monitor_august.txt")
    p = only_project(r)
    assert _fields(p, "name", "department", "unit", "year") == (
        "滨海新区社区居家养老服务补贴", "天津市滨海新区民政局", "天津市滨海新区养老服务指导中心", 2025)
    assert _fields(p, "budget_initial", "budget_year", "spent", "execution_rate") == (
        3_000 * W, 3_000 * W, 1_860 * W, 0.62)
    assert p["goal_annual"].startswith("为全区1.8万名老年人") and p["goal_actual"].startswith("已为1.62万名老年人")
    assert p["goal_forecast"] == "预计年底全部完成。"
    got = _ind(r, "level3", "target_raw", "progress_raw")
    assert got == [("享受补贴老年人数", "≥1.8万人", "1.62万人"), ("新建社区养老服务驿站", "20个", "14个"),
                   ("补贴发放准确率", "100%", "100%"), ("老年人居家养老服务可及性", "显著提升", "逐步提升"),
                   ("服务对象满意度", "≥90%", None)]
    assert _ind(r, "note")[4] == ("全年预计完成值：≥90%",)


def test_pre_eval_scored(read):
    """A 重点项目事前绩效评估表: `评估内容 | 评估要点 | 分值 | 得分 | 评估意见` scored, the opinions the notes."""
    r = read("ct_s60_nw6_pre_eval_scored.txt")
    p = only_project(r)
    assert _fields(p, "name", "department", "year", "score") == (
        "三亚市崖州湾海域生态修复工程", "三亚市自然资源和规划局", 2025, 87.0)
    got = [(s["level2"], s["level3"], s["weight"], s["score"], s["note"]) for s in r.tables["scores"]]
    assert got[0] == ("立项必要性", "项目是否符合国家和省生态保护政策", 15.0, 14.0, "政策依据充分")
    assert [g[0] for g in got[:5]] == ["立项必要性", "投入经济性", "绩效目标合理性", "实施方案可行性", "筹资合规性"]
    assert other_fields(p).get("评估机构") == "海南中衡项目管理咨询有限公司"


def test_dept_key_projects(read):
    """A 部门整体支出 form: no project name, the body its department; its tasks with their money the lines."""
    r = read("ct_s60_nw6_dept_key_projects.txt")
    p = only_project(r)
    assert _fields(p, "name", "department", "year", "budget_total", "budget_fiscal", "budget_other") == (
        None, "鞍山市市场监督管理局", 2025, 8_960 * W, 8_760 * W, 200 * W)
    comp = [(b[1], b[2]) for b in budget_lines(r) if b[3] == "composition"]
    assert comp == [("食品安全监督抽检", 620 * W), ("特种设备安全监管", 340 * W), ("人员及公用经费", 8_000 * W)]
    assert p["goal_annual"].startswith("保障全市食品、药品、特种设备安全")
    assert len(r.tables["indicators"]) == 5


def test_transfer_region_layout(read):
    """A 区域绩效目标表 in `pdftotext -layout`: `资金情况 | 区域 | 昌吉市 | …` over `（万元） | 金额 | 1,200.00 | …`, the places'
    money lines of group 区域 and the 合计 the total (as under a bare `区域` head; main: `金额 | 1,200` a source line,
    the places lost); `自治区主管部门` the department, a region's 省级 (main: other fields); the level 2 cut over lines."""
    r = read("ct_s60_nw6_transfer_region_layout.txt")
    p = only_project(r)
    assert _fields(p, "name", "department", "year", "budget_total") == (
        "自治区农村饮水安全巩固提升补助资金", "新疆维吾尔自治区水利厅", 2025, 3_000 * W)
    assert [(b[0], b[1], b[2]) for b in budget_lines(r)] == [
        ("区域", "昌吉市", 1_200 * W), ("区域", "阜康市", 800 * W), ("区域", "呼图壁县", 1_000 * W)]
    assert _ind(r, "level2", "level3", "target_raw")[-1] == ("服务对象满意度指标", "受益群众满意度", "≥90%")
    assert len(r.tables["indicators"]) == 4


def test_purchase_service(read):
    """A 政府购买服务 form: 购买主体 the unit, 承接主体 kept in other fields."""
    r = read("ct_s60_nw6_purchase_service.txt")
    p = only_project(r)
    assert _fields(p, "name", "department", "unit", "year", "budget_year") == (
        "呼和浩特市新城区社区矫正社会工作服务", "呼和浩特市新城区司法局", "呼和浩特市新城区司法局", 2025, 96 * W)
    assert other_fields(p).get("承接主体") == "呼和浩特市新城区众和社会工作服务中心"
    assert indicator_targets(r)[2] == ("效益指标", "社会效益指标", "社区矫正对象重新犯罪率", "<=", 0.2, "%")


def test_state_capital(read):
    """A 国有资本经营预算 form: 项目实施企业 the unit, the fiscal and the firm's own money."""
    r = read("ct_s60_nw6_state_capital.txt")
    p = only_project(r)
    assert _fields(p, "name", "department", "unit", "year", "budget_year", "budget_fiscal", "budget_other") == (
        "徐州市公共停车场智慧化改造项目", "徐州市人民政府国有资产监督管理委员会", "徐州市城市建设投资集团有限公司", 2025,
        1_500 * W, 1_200 * W, 300 * W)
    assert len(r.tables["indicators"]) == 4


def test_social_fund(read):
    """A 社会保险基金 form: the fund its name, 经办机构 the unit."""
    r = read("ct_s60_nw6_social_fund.txt")
    p = only_project(r)
    assert _fields(p, "name", "department", "unit", "year") == (
        "城乡居民基本养老保险基金", "银川市人力资源和社会保障局", "银川市社会保险事业管理中心", 2025)
    assert indicator_targets(r)[2] == ("效益指标", "可持续影响指标", "基金累计结余可支付月数", ">=", 12.0, "个月")


def test_ocr_target(read):
    """An OCR'd form: letter O for a zero, full-width signs, spaces between a label's characters."""
    r = read("ct_s60_nw6_ocr_target.txt")
    p = only_project(r)
    assert _fields(p, "name", "department", "unit", "year", "budget_year", "budget_fiscal") == (
        "临沂市兰山区城区道路照明设施提升改造", "临沂市兰山区综合行政执法局", "临沂市兰山区市政设施服务中心", 2025,
        560 * W, 560 * W)
    t = indicator_targets(r)
    assert [x[2] for x in t] == ["更换LED节能路灯数量", "主次干道亮灯率", "改造完成时间", "年节约用电量", "市民满意度"]
    assert t[1][3:] == (">=", 98.0, "%")
    assert t[4][3:] == (">=", 90.0, "%")


def test_dept_self_eval(read):
    """A 部门整体支出绩效自评表: no name, its money matrix, the goal and what was done, the total."""
    r = read("ct_s60_nw6_dept_self_eval.txt")
    p = only_project(r)
    assert _fields(p, "form", "name", "department", "year") == ("self_eval", None, "齐齐哈尔市林业和草原局", 2024)
    assert _fields(p, "budget_initial", "budget_year", "spent", "execution_rate", "score") == (
        2_600 * W, 2_850 * W, 2_736 * W, 0.96, 89.6)
    assert p["goal_actual"] == "完成人工造林1.52万亩，未发生重大森林火灾。"
    assert _ind(r, "level3", "actual_raw", "score") == [
        ("人工造林面积", "1.52万亩", 20.0), ("造林成活率", "88%", 15.0), ("森林火灾受害率", "0.3‰", 25.0),
        ("林农满意度", "93%", 10.0)]


def test_explain_columns(read):
    """`指标值 | 指标解释 | 备注`: the explanation and the note of each indicator."""
    r = read("ct_s60_nw6_explain_columns.txt")
    p = only_project(r)
    assert _fields(p, "name", "department", "unit", "year", "budget_year") == (
        "拉萨市农牧区寄宿制学校学生营养改善计划", "拉萨市教育局", "拉萨市教育局", 2025, 4_380 * W)
    got = _ind(r, "level3", "op", "value", "unit", "explanation", "note")
    assert got[0] == ("受益学生人数", ">=", 3.65, "万人", "享受营养膳食补助的学生人数", None)
    assert got[1] == ("生均补助标准", ">=", 1200.0, "元/年", "每生每年补助标准", "按上级标准")
    assert len(got) == 4


def test_bond_sources_tabs(read):
    """A 专项债券 form whose 资金来源 block adds up to its 项目总投资: the sources the lines."""
    r = read("ct_s60_nw6_bond_sources_tabs.txt")
    p = only_project(r)
    assert _fields(p, "name", "department", "unit", "year", "budget_total") == (
        "洛阳市伊滨区智能制造产业园标准化厂房建设项目", "洛阳市伊滨区管理委员会", "洛阳伊滨城市发展投资有限公司", 2025,
        45_000 * W)
    assert [(b[1], b[2], b[3]) for b in budget_lines(r)] == [
        ("专项债券资金", 30_000 * W, "source"), ("项目资本金", 9_000 * W, "source"), ("银行贷款", 6_000 * W, "source")]
    assert len(r.tables["indicators"]) == 4


def test_transfer_levels(read):
    """A 省对下 transfer form: the 省级主管部门 the department, the 市级 one kept; the money by source."""
    r = read("ct_s60_nw6_transfer_levels.txt")
    p = only_project(r)
    assert _fields(p, "name", "department", "year", "budget_year") == (
        "吉林省黑土地保护利用补助资金", "吉林省农业农村厅", 2025, 6_000 * W)
    assert other_fields(p).get("市级主管部门") == "长春市农业农村局"
    assert [(b[1], b[2]) for b in budget_lines(r)] == [("省级补助", 5_400 * W), ("市县资金", 600 * W)]
    assert indicator_targets(r)[2] == ("效益指标", "生态效益指标", "耕地有机质含量", None, None, None)


def test_pre_eval_summary(read):
    """A …项目评估结论表: the new project's form, its score and grade, its conclusion kept."""
    r = read("ct_s60_nw6_pre_eval_summary.txt")
    p = only_project(r)
    assert _fields(p, "name", "department", "unit", "year", "score", "grade") == (
        "延安市宝塔区老旧小区改造提升工程", "延安市住房和城乡建设局", "延安市宝塔区城市更新服务中心", 2025, 82.0, "良")
    assert other_fields(p).get("评估结论", "").startswith("项目立项必要")


def test_midterm_layout_money_years(read):
    """A 中期 form in `pdftotext -layout`: the name cut over two lines joined, the money by year with its 合计 (the
    total) and the form's year's (the year's budget), 年度指标值 | 中期指标值 a record each, annual then long-term."""
    r = read("ct_s60_nw6_midterm_layout_money_years.txt")
    p = only_project(r)
    assert _fields(p, "name", "department", "unit", "year", "budget_total", "budget_year") == (
        "韶关市武江区城乡生活污水处理设施运营维护及管网修复项目", "韶关市武江区住房和城乡建设局", "韶关市武江区市政设施管护中心",
        2025, 3_900 * W, 1_200 * W)
    assert p["goal_total"].startswith("三年内修复污水管网45公里") and p["goal_annual"].startswith("2025年修复污水管网15公里")
    got = _ind(r, "level3", "horizon", "target_raw")
    assert got[:2] == [("修复污水管网长度", "annual", "≥15公里"), ("修复污水管网长度", "long_term", "≥45公里")]
    assert len(got) == 10 and got[-1] == ("周边群众满意度", "long_term", "≥90%")
    assert _ind(r, "level2")[-1] == ("服务对象满意度指标",)


def test_monitor_ocr_wrapped(read):
    """An OCR'd 监控表: spaced targets, a deviation wrapped onto the next line joined, dashes so far none."""
    r = read("ct_s60_nw6_monitor_ocr_wrapped.txt")
    p = only_project(r)
    assert _fields(p, "name", "department", "unit", "year") == (
        "绵阳市游仙区高标准农田建设项目", "绵阳市游仙区农业农村局", "绵阳市游仙区农田建设服务中心", 2025)
    assert _fields(p, "budget_initial", "spent", "execution_rate") == (2_600 * W, 1_040 * W, 0.4)
    got = _ind(r, "level3", "op", "value", "unit", "progress_raw", "deviation")
    assert got == [("新建高标准农田面积", ">=", 2.0, "万亩", "0.8万亩", "受春耕影响，施工进度滞后"),
                   ("工程验收合格率", "=", 100.0, "%", "100%", None),
                   ("亩均粮食产能提高", ">=", 100.0, "公斤", None, "年底测产"),
                   ("受益农户满意度", ">=", 90.0, "%", None, "年底调查")]


def test_dept_duty_core_pipes(read):
    """A 部门（单位）整体 form of the newer levels (履职效能 / 管理效率) in a `|` dump, merged levels left empty; its
    `年度履职目标` kept in other_fields (I wrote it the goal; the project's reading since hunt fam10, a guard there)."""
    r = read("ct_s60_nw6_dept_duty_core_pipes.txt")
    p = only_project(r)
    assert _fields(p, "name", "department", "year", "budget_total", "budget_fiscal") == (
        None, "黄石市退役军人事务局", 2025, 3_420 * W, 3_420 * W)
    assert other_fields(p)["年度履职目标"].startswith("落实退役军人安置")
    assert _ind(r, "level1", "level2", "level3", "target_raw") == [
        ("履职效能", "重点工作履职", "退役军人安置率", "100%"),
        ("履职效能", "重点工作履职", "优抚对象抚恤金按时发放率", "100%"),
        ("履职效能", "总体工作完成", "就业技能培训人次", "≥600人次"),
        ("管理效率", "预算管理", "预算执行率", "≥90%"),
        ("服务对象满意度", "服务对象满意度", "退役军人满意度", "≥90%")]


def test_word_merged_levels(read):
    """A Word copy: `三级指标及指标值` cells (`资助幼儿人次：≥3100人次`) split, the levels merged and left empty, a
    spaced full-width target, the 备注 line under the table the form's remark."""
    r = read("ct_s60_nw6_word_merged_levels.txt")
    p = only_project(r)
    assert _fields(p, "name", "department", "unit", "year", "budget_year", "budget_fiscal") == (
        "遵义市红花岗区农村学前教育幼儿资助", "遵义市红花岗区教育局", "遵义市红花岗区学生资助管理中心", 2025, 186 * W,
        186 * W)
    assert indicator_targets(r) == [
        ("产出指标", "数量指标", "资助幼儿人次", ">=", 3100.0, "人次"),
        ("产出指标", "数量指标", "资助学校覆盖率", "=", 100.0, "%"),
        ("产出指标", "时效指标", "资助资金发放及时率", ">=", 98.0, "%"),
        ("效益指标", "社会效益指标", "家庭经济困难幼儿入园率", None, None, None),
        ("满意度指标", "服务对象满意度指标", "受助家庭满意度", ">=", 90.0, "%")]
    assert p["other_notes"] == "资助标准为每生每学期300元。"


def test_bond_payback_pipes(read):
    """A 专项债券 form with a 偿债计划 table under its indicators: the plan is no indicator and no money of the
    project's budget."""
    r = read("ct_s60_nw6_bond_payback_pipes.txt")
    p = only_project(r)
    assert _fields(p, "name", "department", "unit", "year", "budget_total") == (
        "丽水市莲都区城市地下综合管廊一期工程", "丽水市莲都区住房和城乡建设局", "丽水市莲都区城市建设发展有限公司", 2025,
        58_000 * W)
    t = indicator_targets(r)
    assert [x[2] for x in t] == ["管廊建设长度", "工程质量验收合格率", "年入廊费及运维费收入", "入廊单位满意度"]
    assert t[2][3:] == (">=", 23_000_000.0, "元")
    assert r.tables["indicators"][2]["note"] == "用于偿还债券本息"
    assert not any(("年" in (b[1] or "")) or ("本金" in (b[1] or "")) for b in budget_lines(r))


def test_adjust_layout_rows(read):
    """An adjustment form in `pdftotext -layout`: `调整内容 | 调整前 | 调整后` over the money and the goal (the year's
    budget before and after, the goal in force the after's — main: the one before), the indicators' 调整后指标值 in
    force; its title `…项目绩效目标调整申请表` a title (main: null)."""
    r = read("ct_s60_nw6_adjust_layout_rows.txt")
    p = only_project(r)
    assert _fields(p, "name", "department", "unit", "year", "budget_initial", "budget_year") == (
        "芜湖市鸠江区农村供水管网改造提升工程", "芜湖市鸠江区水务局", "芜湖市鸠江区农村供水服务站", 2025, 2_400 * W, 2_100 * W)
    assert p["goal_annual"] == "改造农村供水管网68公里，惠及群众3.9万人。"     # (main: the one before)
    assert p["title"] == "芜湖市2025年度项目绩效目标调整申请表"
    got = _ind(r, "level3", "target_raw", "note")
    assert [g[:2] for g in got] == [("改造供水管网长度", "≥68公里"), ("管网水压合格率", "≥95%"), ("受益人口", "≥3.9万人"),
                                    ("用水群众满意度", "≥90%")]
    assert "≥80公里" in got[0][2]


def test_yuan_unit_columns(read):
    """A form in 元 with `指标方向 | 指标值 | 计量单位` columns: the money as written in yuan, each target its sign,
    figure and unit."""
    r = read("ct_s60_nw6_yuan_unit_columns.txt")
    p = only_project(r)
    assert _fields(p, "name", "department", "unit", "year", "budget_total", "budget_fiscal") == (
        "麒麟区城乡居民基本公共卫生服务补助", "曲靖市麒麟区卫生健康局", "曲靖市麒麟区疾病预防控制中心", 2025, 12_865_400.0,
        12_865_400.0)
    assert [x[3:] for x in indicator_targets(r)] == [
        (">=", 90.0, "%"), (">=", 6.2, "万人"), ("=", 94.0, "元"), (">=", 28.0, "%"), (">=", 85.0, "%")]


def test_two_forms_pages(read):
    """Two forms of a 汇编 in one dump, a page footer between: two projects, each its money and indicators."""
    r = read("ct_s60_nw6_two_forms_pages.txt")
    ps = r.tables["projects"]
    assert [_fields(p, "name", "unit", "budget_year") for p in ps] == [
        ("章贡区城区公厕提质改造", "赣州市章贡区环境卫生管理所", 360 * W),
        ("章贡区背街小巷路灯维修", "赣州市章贡区市政工程管理所", 85 * W)]
    assert [(i["project_id"], i["level3"]) for i in r.tables["indicators"]] == [
        (ps[0]["project_id"], "改造公厕数量"), (ps[0]["project_id"], "市民满意度"),
        (ps[1]["project_id"], "维修路灯数量"), (ps[1]["project_id"], "居民满意度")]


@pytest.mark.parametrize("name", ["neg_eval_report", "neg_notice", "neg_budget_table", "neg_open_note",
                                  "neg_review_letter"])
def test_no_form(read, name):
    """A report's narrative, a notice, a 部门收支总表, a 预算公开 说明: no form, no indicator, no money line."""
    r = read(f"ct_s60_nw6_{name}.txt")
    assert r.tables["projects"] == [] and r.tables["indicators"] == [] and r.tables["budget_items"] == []

"""Hunt nw7 (session 61): whole forms of kinds, levels and provinces not among the review fixtures (乡村振兴衔接资金,
政府采购, 一般债券, PPP, 基本建设 of 工程进度, 科研 of 论文 / 专利, 医疗 of 千人床位数, 教育 of 生均, 社保 of 参保率,
English headings, a 乡镇 and a 街道 form, the indicator table before the head, a workbook, an HTML page) and four
documents of no form. Fixtures ct_s61_nw7_* from tests/fixtures/review/make_s61_nw7.py; each reading was written
down by hand, field by field, before jixiao was run.
"""
from __future__ import annotations

import pytest

from tests.hunt_tools import budget_lines, indicator_targets, only_project, other_fields

W = 10_000


def _fields(p, *keys):
    return tuple(p.get(k) for k in keys)


def _names(r):
    return [i["level3"] for i in r.tables["indicators"]]


def test_rural_link_pipes(read):
    """A county's 衔接资金 form: the money in three lines, the project's type and place kept, its indicators."""
    r = read("ct_s61_nw7_rural_link_pipes.txt")
    p = only_project(r)
    assert _fields(p, "name", "department", "unit", "year") == (
        "正安县格林镇茶叶加工厂提质改造项目", "正安县农业农村局", "正安县格林镇人民政府", 2025)
    assert 260 * W in (p["budget_total"], p["budget_year"]) and p["budget_fiscal"] == 260 * W
    assert p["category"] == "产业发展" and other_fields(p).get("建设地点") == "格林镇新光村"
    t = indicator_targets(r)
    assert len(t) == 8
    assert t[1] == ("产出指标", "数量指标", "年加工干茶能力", ">=", 80.0, "吨")
    assert t[3] == ("产出指标", "成本指标", "生产线改造成本", "<=", 2_600_000.0, "元")
    assert t[5] == ("效益指标", "社会效益指标", "带动脱贫户数", ">=", 120.0, "户")


def test_procurement_tabs(read):
    """A district's 政府采购 form: 采购单位 the unit, 采购预算 the year's money, 采购方式 kept."""
    r = read("ct_s61_nw7_procurement_tabs.txt")
    p = only_project(r)
    assert _fields(p, "name", "year") == ("余杭区中小学智慧课堂终端采购", 2025)
    assert "杭州市余杭区教育局" in (p["unit"], p["department"])
    assert 1_450 * W in (p["budget_total"], p["budget_year"]) and budget_lines(r) == []
    assert other_fields(p).get("采购方式") == "公开招标"
    assert other_fields(p).get("采购品目") == "台式计算机、交互式智能平板"
    assert p["goal_annual"].startswith("为全区32所中小学配备")
    t = indicator_targets(r)
    assert [x[2] for x in t] == ["采购交互式智能平板", "配备学校数量", "设备验收合格率", "交付安装完成时间",
                                 "信息化课堂覆盖率", "师生满意度"]
    assert t[1] == ("产出指标", "数量指标", "配备学校数量", "=", 32.0, "所")


def test_general_bond_layout(read):
    """A 一般债券 form in `pdftotext -layout`: 债券资金 the year's money, the total investment, the term kept."""
    r = read("ct_s61_nw7_general_bond_layout.txt")
    p = only_project(r)
    assert _fields(p, "name", "department", "unit", "year") == (
        "梧州市苍梧县农村公路安全生命防护工程", "梧州市交通运输局", "苍梧县公路发展中心", 2025)
    assert other_fields(p).get("债券期限") == "10年"
    assert p["budget_total"] == 7_200 * W        # (`项目总投资（万元）7,200.00`: no gap between label and amount)
    assert budget_lines(r) == [(None, "债券资金", 5_600 * W, "source")]
    t = indicator_targets(r)
    assert [x[2] for x in t] == ["安全防护工程里程", "工程交工验收合格率", "工程完工时间", "农村公路交通事故下降率",
                                 "沿线群众满意度"]
    assert t[-1][:2] == ("满意度指标", "服务对象满意度指标")


def test_ppp_pipes(read):
    """A PPP form: 实施机构 the unit, 社会资本方 kept, the year's 政府支出责任 the year's money."""
    r = read("ct_s61_nw7_ppp_pipes.txt")
    p = only_project(r)
    assert _fields(p, "name", "year", "budget_year") == ("曲靖市中心城区污水处理厂网一体化PPP项目", 2025, 3_860 * W)
    assert "曲靖市住房和城乡建设局" in (p["unit"], p["department"])
    assert other_fields(p).get("社会资本方") == "曲靖碧水环境科技有限公司"
    assert other_fields(p).get("运作方式") == "BOT"
    t = indicator_targets(r)
    assert t[0] == ("产出指标", "数量指标", "日均污水处理量", ">=", 10.0, "万吨")
    assert len(t) == 5


def test_construction_progress(read):
    """A 基本建设 form: 项目单位 the unit, 工程形象进度 a 时效 target in percent, a cost per square metre."""
    r = read("ct_s61_nw7_construction_progress.txt")
    p = only_project(r)
    assert _fields(p, "name", "department", "unit", "budget_total", "budget_year") == (
        "株洲市第二人民医院住院综合楼建设工程", "株洲市卫生健康委员会", "株洲市第二人民医院", 48_000 * W, 15_000 * W)
    t = indicator_targets(r)
    assert t[3] == ("产出指标", "时效指标", "年度工程形象进度", ">=", 60.0, "%")
    assert t[4][:5] == ("产出指标", "成本指标", "建安工程单方造价", "<=", 5800.0)
    assert t[0][3:] == (">=", 5.2, "万平方米")


def test_research_layout(read):
    """A 科研 form in `pdftotext -layout`: 承担单位 the unit, 归口管理部门 the department, counts of 篇 / 项 / 名."""
    r = read("ct_s61_nw7_research_layout.txt")
    p = only_project(r)
    assert _fields(p, "name", "department", "unit", "year") == (
        "长江中游湿地碳汇监测关键技术研究", "湖北省科学技术厅", "华中农业大学", 2025)
    assert p["budget_year"] == 40 * W and p["budget_total"] == 120 * W
    t = indicator_targets(r)
    assert [x[2] for x in t] == ["发表SCI/EI收录论文", "申请发明专利", "培养研究生", "论文发表于中科院二区以上期刊比例",
                                 "为省级湿地保护决策提供咨询报告", "合作单位满意度"]
    assert [x[3:] for x in t[:3]] == [(">=", 4.0, "篇"), (">=", 2.0, "项"), (">=", 3.0, "名")]
    assert t[-1][:2] == ("满意度指标", "服务对象满意度")


def test_health_beds_pipes(read):
    """A 卫生 form: 每千人口 counts read as a bed or doctor count, the long 质量 name whole."""
    r = read("ct_s61_nw7_health_beds_pipes.txt")
    p = only_project(r)
    assert _fields(p, "name", "department", "unit", "budget_year", "budget_fiscal") == (
        "鄂尔多斯市基层医疗卫生机构能力提升项目", "鄂尔多斯市卫生健康委员会", "各旗区卫生健康委员会", 6_300 * W, 6_300 * W)
    t = indicator_targets(r)
    assert t[0] == ("产出指标", "数量指标", "每千人口医疗卫生机构床位数", ">=", 6.8, "张")
    assert t[1] == ("产出指标", "数量指标", "每千人口执业（助理）医师数", ">=", 3.2, "人")
    assert t[3][2] == "基层医疗卫生机构达到服务能力基本标准比例"


def test_edu_per_student(read):
    """An 教育 form: 生均 amounts per student-year in 元, 资金总额 the money."""
    r = read("ct_s61_nw7_edu_per_student.txt")
    p = only_project(r)
    assert _fields(p, "name", "department", "unit") == (
        "鸠江区城乡义务教育公用经费保障", "芜湖市鸠江区教育体育局", "区属各义务教育学校")
    assert 3_960 * W in (p["budget_total"], p["budget_year"])
    t = indicator_targets(r)
    assert t[1][:5] == ("产出指标", "成本指标", "小学生均公用经费补助标准", ">=", 720.0)
    assert t[2][:5] == ("产出指标", "成本指标", "初中生均公用经费补助标准", ">=", 940.0)
    assert t[0][3:] == (">=", 5.5, "万人")


def test_social_layout(read):
    """A 社保 form in `pdftotext -layout`: the unit on a line of its own, 参保率 and a monthly standard."""
    r = read("ct_s61_nw7_social_layout.txt")
    p = only_project(r)
    assert _fields(p, "name", "department", "unit", "year") == (
        "城乡居民基本养老保险财政补助", "哈尔滨市呼兰区人力资源和社会保障局", "哈尔滨市呼兰区社会保险事业中心", 2025)
    assert 8_420 * W in (p["budget_total"], p["budget_year"])
    t = indicator_targets(r)
    assert [x[2] for x in t] == ["领取待遇人数", "适龄人员参保率", "养老金按月足额发放率", "基础养老金最低标准",
                                 "城乡居民老有所养保障水平", "参保群众满意度"]
    assert t[1] == ("产出指标", "质量指标", "适龄人员参保率", ">=", 95.0, "%")
    assert t[3][:5] == ("产出指标", "成本指标", "基础养老金最低标准", ">=", 143.0)


def test_english_heads_pipes(read):
    """Labels with English beside the Chinese: each read by its Chinese, the English left out of the values."""
    r = read("ct_s61_nw7_english_heads_pipes.txt")
    p = only_project(r)
    assert _fields(p, "name", "department", "unit", "year", "budget_year") == (
        "前海国际人才服务中心运营", "深圳市前海管理局", "深圳市前海国际人才港运营有限公司", 2025, 1_280 * W)
    assert p["goal_annual"].startswith("为境外人才提供政务")
    t = indicator_targets(r)
    assert [x[2] for x in t] == ["服务人才人次", "服务事项一次办结率", "境外人才落户前海数量", "服务对象满意度"]
    assert t[0] == ("产出指标", "数量指标", "服务人才人次", ">=", 2.0, "万人次")


def test_township_tabs(read):
    """A 乡镇 form: labels ending in a colon inside their cells, the sign-off's phone."""
    r = read("ct_s61_nw7_township_tabs.txt")
    p = only_project(r)
    assert _fields(p, "name", "department", "unit", "budget_year", "budget_fiscal") == (
        "马鞍镇场镇污水管网维修", "仪陇县马鞍镇人民政府", "仪陇县马鞍镇人民政府", 46 * W, 46 * W)
    assert p["phone"] == "13890712236"
    assert len(indicator_targets(r)) == 5


def test_indicators_first(read):
    """The indicator table above the form's head: one project, its indicators all its own."""
    r = read("ct_s61_nw7_indicators_first.txt")
    p = only_project(r)
    assert _fields(p, "name", "department", "unit", "budget_year") == (
        "濂溪区农村公厕修缮提升", "九江市濂溪区农业农村局", "九江市濂溪区农村人居环境服务中心", 135 * W)
    assert p["goal_annual"] == "修缮农村公厕45座，改善农村人居环境。"
    assert _names(r) == ["修缮农村公厕数量", "修缮验收合格率", "农村卫生厕所普及率", "村民满意度"]
    assert {i["project_id"] for i in r.tables["indicators"]} == {p["project_id"]}


def test_street_ocr(read):
    """An OCR'd 街道 form: spaced labels, a level 1 dropped on a row whose level 2 is left, `O` read for zero."""
    r = read("ct_s61_nw7_street_ocr.txt")
    p = only_project(r)
    assert _fields(p, "name", "department", "unit") == (
        "甸柳新村街道老旧小区楼道照明改造", "济南市历下区甸柳新村街道办事处", "济南市历下区甸柳新村街道办事处")
    assert p["budget_year"] == 38.5 * W
    t = indicator_targets(r)
    assert [x[:3] for x in t] == [("产出指标", "数量指标", "改造楼道照明灯具"), ("产出指标", "质量指标", "灯具验收合格率"),
                                  ("效益指标", "社会效益指标", "夜间出行安全隐患消除率"),
                                  ("满意度指标", "服务对象满意度指标", "居民满意度")]


def test_tourism_xlsx(read):
    """A workbook: numbers as numbers, 其中：自治区资金 a fiscal line, the levels merged down."""
    r = read("ct_s61_nw7_tourism.xlsx")
    p = only_project(r)
    assert _fields(p, "name", "department", "unit", "year", "budget_year") == (
        "泾源县老龙潭景区游客服务中心提升", "泾源县文化旅游广电局", "泾源县文化旅游广电局", 2025, 420 * W)
    t = indicator_targets(r)
    assert [x[:3] for x in t] == [("产出指标", "数量指标", "改造游客服务中心面积"), ("产出指标", "质量指标", "工程验收合格率"),
                                  ("效益指标", "经济效益指标", "年接待游客人次"),
                                  ("满意度指标", "服务对象满意度指标", "游客满意度")]


def test_forestry_html(read):
    """An HTML page: the levels by rowspan, a 数量指标 repeated on its second row."""
    r = read("ct_s61_nw7_forestry.html")
    p = only_project(r)
    assert _fields(p, "name", "department", "unit", "year", "budget_year") == (
        "白山市天然林保护修复", "白山市林业局", "白山市国有林保护中心", 2025, 2_750 * W)
    t = indicator_targets(r)
    assert t[0] == ("产出指标", "数量指标", "天然林管护面积", ">=", 210.0, "万亩")
    assert t[1] == ("产出指标", "数量指标", "森林抚育面积", ">=", 3.0, "万亩")
    assert len(t) == 4


@pytest.mark.parametrize("name", ["neg_exec_report", "neg_project_pool", "neg_index_template", "neg_minutes"])
def test_no_form(read, name):
    """A 预算执行情况报告, a 项目库 list, an empty 指标体系 template, a meeting's minutes: no form."""
    r = read(f"ct_s61_nw7_{name}.txt")
    assert r.tables["projects"] == [] and r.tables["indicators"] == [] and r.tables["budget_items"] == []


def test_bilingual_brackets(read):
    """Labels with their English in brackets (`项目名称(Project Name)`): each read by its Chinese."""
    r = read("ct_s61_nw7_bilingual_brackets.txt")
    p = only_project(r)
    assert _fields(p, "name", "department", "unit", "year", "budget_year") == (
        "海口江东新区国际人才公寓运营补贴", "海口江东新区管理局", "海口江东新区人才服务中心", 2025, 960 * W)
    assert p["goal_annual"] == "为引进人才提供公寓200套，保障人才安居。"
    t = indicator_targets(r)
    assert [x[2] for x in t] == ["提供人才公寓套数", "公寓入住率", "引进人才留岛率", "入住人才满意度"]
    assert t[0] == ("产出指标", "数量指标", "提供人才公寓套数", ">=", 200.0, "套")


def test_township_self_eval_layout(read):
    """A 乡镇 self-evaluation in `pdftotext -layout`: the money row under its heads, targets, results and points."""
    r = read("ct_s61_nw7_township_self_eval_layout.txt")
    p = only_project(r)
    assert _fields(p, "name", "department", "unit", "year", "budget_initial", "budget_year", "spent") == (
        "夺底乡村级活动场所维修改造", "拉萨市城关区夺底乡人民政府", "拉萨市城关区夺底乡人民政府", 2024,
        120 * W, 120 * W, 114 * W)
    assert p["score"] == 97.5
    got = [(i["level3"], i["target_raw"], i["actual_raw"], i["weight"], i["score"]) for i in r.tables["indicators"]]
    assert got == [("维修改造活动场所数量", "4处", "4处", 20.0, 20.0), ("工程验收合格率", "100%", "100%", 15.0, 15.0),
                   ("完工及时率", "100%", "90%", 15.0, 13.0), ("村民活动参与率", "≥80%", "85%", 30.0, 30.0),
                   ("村民满意度", "≥90%", "94%", 10.0, 10.0)]
    assert r.tables["indicators"][2]["deviation"] == "雨季影响工期"
    assert r.tables["indicators"][-1]["level2"] == "服务对象满意度指标"


def test_indicators_first_layout(read):
    """`pdftotext -layout` of a form whose indicator table is above its head: one project owning them."""
    r = read("ct_s61_nw7_indicators_first_layout.txt")
    p = only_project(r)
    assert _fields(p, "name", "department", "unit", "budget_year") == (
        "永定区世界文化遗产土楼保护修缮", "龙岩市永定区文化体育和旅游局", "永定区土楼保护中心", 680 * W)
    assert p["goal_annual"] == "修缮重点土楼12座，保护世界文化遗产本体安全。"
    assert _names(r) == ["土楼修缮数量", "修缮工程验收合格率", "土楼游客接待量增长率", "游客满意度"]
    assert r.tables["indicators"][-1]["level2"] == "服务对象满意度指标"


def test_nature_unit_columns(read):
    """`指标性质 | 指标值 | 计量单位` columns: the sign, the figure and the unit made one target."""
    r = read("ct_s61_nw7_nature_unit_columns.txt")
    p = only_project(r)
    assert _fields(p, "name", "department", "unit", "budget_year") == (
        "沛县农村生活污水治理设施运维", "沛县住房和城乡建设局", "沛县村镇建设服务中心", 520 * W)
    t = indicator_targets(r)
    assert t == [("产出指标", "数量指标", "运维污水处理设施数量", ">=", 186.0, "座"),
                 ("产出指标", "质量指标", "设施正常运行率", ">=", 95.0, "%"),
                 ("产出指标", "质量指标", "出水水质达标率", ">=", 90.0, "%"),
                 ("效益指标", "生态效益指标", "农村生活污水治理率", ">=", 45.0, "%"),
                 ("满意度指标", "服务对象满意度指标", "农户满意度", ">=", 90.0, "%")]


def test_township_ocr_noise(read):
    """OCR's misreadings: `≧` a `≥`, a full-width percent, `l00%` a 100%, `数最指标` kept as written."""
    r = read("ct_s61_nw7_township_ocr_noise.txt")
    p = only_project(r)
    assert _fields(p, "name", "department", "unit", "budget_year") == (
        "凡河镇农村道路路灯安装", "铁岭县凡河镇人民政府", "铁岭县凡河镇人民政府", 64.8 * W)
    t = indicator_targets(r)
    assert t[0][2:] == ("安装太阳能路灯数量", ">=", 540.0, "盏")
    assert t[1] == ("产出指标", "质量指标", "路灯亮灯率", ">=", 95.0, "%")
    assert t[4][2:] == ("村民满意度", "=", 100.0, "%")


def test_sports_pipes(read):
    """A 体育 form: 人均 square metres a target, the fiscal and other money in two rows beside the total."""
    r = read("ct_s61_nw7_sports_pipes.txt")
    p = only_project(r)
    assert _fields(p, "name", "department", "unit", "budget_year", "budget_fiscal", "budget_other") == (
        "鄞州区百姓健身房和多功能运动场建设", "宁波市鄞州区体育局", "宁波市鄞州区体育发展中心", 1_100 * W, 900 * W, 200 * W)
    t = indicator_targets(r)
    assert t[2] == ("效益指标", "社会效益指标", "人均体育场地面积", ">=", 3.2, "平方米")
    assert [x[2] for x in t] == ["新建百姓健身房", "新建多功能运动场", "人均体育场地面积", "经常参加体育锻炼人数比例",
                                 "健身群众满意度"]


def test_broken_rows_pipes(read):
    """Cells broken over two rows of a dump: the name's, the goal's and two indicators' ends joined."""
    r = read("ct_s61_nw7_broken_rows_pipes.txt")
    p = only_project(r)
    assert _fields(p, "name", "department", "unit", "budget_year") == (
        "璧山区城乡居民大病保险及医疗救助资金", "重庆市璧山区医疗保障局", "重庆市璧山区医疗保障事务中心", 2_350 * W)
    assert p["goal_annual"] == "对城乡困难群众参保给予资助，对符合条件的救助对象实施住院救助，减轻困难群众医疗费用负担。"
    t = indicator_targets(r)
    assert [x[2] for x in t] == ["资助参加基本医疗保险困难群众人数", "救助政策落实率", "困难群众住院费用政策范围内救助比例",
                                 "救助对象满意度"]
    assert t[0][3:] == (">=", 1.5, "万人")


def test_village_docx(read):
    """A village's Word form: the money's label merged down three rows, 财政奖补 the fiscal part, 筹资筹劳 the rest."""
    r = read("ct_s61_nw7_village.docx")
    p = only_project(r)
    assert _fields(p, "name", "department", "unit", "year", "budget_fiscal", "budget_other") == (
        "土桥镇大庄村村内道路硬化", "临夏县土桥镇人民政府", "临夏县土桥镇大庄村民委员会", 2025, 40 * W, 18 * W)
    assert 58 * W in (p["budget_total"], p["budget_year"])
    t = indicator_targets(r)
    assert [x[:3] for x in t] == [("产出指标", "数量指标", "硬化道路长度"), ("产出指标", "质量指标", "工程验收合格率"),
                                  ("效益指标", "社会效益指标", "受益群众人数"),
                                  ("满意度指标", "服务对象满意度指标", "村民满意度")]


def test_wrapped_level3_layout(read):
    """`pdftotext -layout` of level-3 names wrapped onto a second line of their column: the name whole."""
    r = read("ct_s61_nw7_wrapped_level3_layout.txt")
    p = only_project(r)
    assert _fields(p, "name", "department", "unit", "budget_year") == (
        "商水县高标准农田建设项目", "商水县农业农村局", "商水县农田建设服务中心", 5_400 * W)
    t = indicator_targets(r)
    assert [x[2] for x in t] == ["建设高标准农田面积", "田间道路通达度达到建设标准要求的比例", "亩均财政投入", "新增粮食产能",
                                 "工程设施管护责任落实率", "项目区农户满意度"]
    assert t[2] == ("产出指标", "成本指标", "亩均财政投入", "<=", 1500.0, "元")
    assert t[3][3:] == (">=", 540.0, "万公斤")
    assert t[-1][1] == "服务对象满意度指标"


def test_no_level1_pipes(read):
    """A table of no 一级指标 column: each row's level 2 and name, the cap of a subsidy in 元."""
    r = read("ct_s61_nw7_no_level1_pipes.txt")
    p = only_project(r)
    assert _fields(p, "name", "department", "unit", "budget_year") == (
        "小店区老旧小区加装电梯补助", "太原市小店区住房和城乡建设局", "太原市小店区城市更新服务中心", 1_500 * W)
    got = [(i["level2"], i["level3"], i["op"], i["value"]) for i in r.tables["indicators"]]
    assert got == [("数量指标", "加装电梯数量", ">=", 100.0), ("质量指标", "电梯验收合格率", "=", 100.0),
                   ("成本指标", "每部电梯补助标准", "<=", 150_000.0), ("社会效益指标", "受益居民户数", ">=", 2400.0),
                   ("服务对象满意度指标", "加装电梯居民满意度", ">=", 90.0)]


def test_hospital_pipes(read):
    """A hospital's form: leader and phone on one row, 平均住院日 in days, a name with its bracket kept."""
    r = read("ct_s61_nw7_hospital_pipes.txt")
    p = only_project(r)
    assert _fields(p, "name", "department", "unit", "leader", "phone", "budget_year") == (
        "绵阳市中心医院公立医院综合改革补助", "绵阳市卫生健康委员会", "绵阳市中心医院", "何建华", "0816-2239145", 1_860 * W)
    t = indicator_targets(r)
    assert t[0][3:] == (">=", 180.0, "万人次")
    assert t[1] == ("产出指标", "质量指标", "平均住院日", "<=", 8.0, "天")
    assert t[2] == ("产出指标", "质量指标", "药品收入占医疗收入比例（药占比）", "<=", 28.0, "%")


def test_rural_link_layout(read):
    """A 衔接资金 form in `pdftotext -layout`: its 联农带农机制 kept, the money's scale the budget."""
    r = read("ct_s61_nw7_rural_link_layout.txt")
    p = only_project(r)
    assert _fields(p, "name", "department", "unit", "year") == (
        "桑植县白石乡茶园提质增效项目", "桑植县农业农村局", "桑植县白石乡人民政府", 2025)
    assert 150 * W in (p["budget_total"], p["budget_year"])
    assert other_fields(p).get("联农带农机制", "").startswith("采取“公司+合作社+农户”模式")
    assert p["goal_annual"] == "改造提质茶园1500亩，带动脱贫户和监测户300户增收。"
    t = indicator_targets(r)
    assert [x[2] for x in t] == ["改造提质茶园面积", "茶苗成活率", "带动农户户均增收", "带动脱贫户和监测户户数",
                                 "受益农户满意度"]
    assert t[-1][1] == "服务对象满意度指标"


def test_street_html(read):
    """A street office's web page: `<th>` heads, colspan values, a vague target of no figure."""
    r = read("ct_s61_nw7_street.html")
    p = only_project(r)
    assert _fields(p, "name", "department", "unit", "year", "budget_year") == (
        "友谊路街道社区养老助餐点运营补贴", "天津市河西区友谊路街道办事处", "天津市河西区友谊路街道社区服务中心", 2025, 72 * W)
    t = indicator_targets(r)
    assert t[1] == ("产出指标", "数量指标", "提供助餐服务人次", ">=", 6.0, "万人次")
    assert t[2] == ("效益指标", "社会效益指标", "老年人就餐便利度", None, None, None)
    assert len(t) == 4


def test_vertical_level1_layout(read):
    """`pdftotext -layout` of 一级指标 written down a narrow column (`产` / `出` / `指` / `标`): each row's level 1 whole."""
    r = read("ct_s61_nw7_vertical_level1_layout.txt")
    p = only_project(r)
    assert _fields(p, "name", "department", "unit", "budget_year") == (
        "兴宾区农村客运班线运营补贴", "来宾市兴宾区交通运输局", "兴宾区道路运输服务中心", 210 * W)
    t = indicator_targets(r)
    assert [x[:2] for x in t] == [("产出指标", "数量指标")] * 2 + [("产出指标", "质量指标"), ("产出指标", "时效指标"),
                                                                ("效益指标", "社会效益指标"), ("满意度指标", "服务对象满意度指标")]
    assert t[1][2:] == ("补贴客运车辆数量", ">=", 96.0, "辆")


def test_research_task_book(read):
    """A task book's 考核指标 of two horizons, no levels: a record each, the period's long-term, the year's annual;
    a `—` left for the year no record."""
    r = read("ct_s61_nw7_research_task_book.txt")
    p = only_project(r)
    assert _fields(p, "name", "unit", "leader", "phone", "budget_fiscal", "budget_other") == (
        "高原特色咖啡精深加工关键技术研究与示范", "云南农业大学", "段文华", "0871-65227718", 300 * W, 150 * W)
    got = [(i["level3"], i["horizon"], i["op"], i["value"], i["unit"]) for i in r.tables["indicators"]]
    assert got[:2] == [("发表论文", "long_term", ">=", 6.0, "篇"), ("发表论文", "annual", ">=", 2.0, "篇")]
    assert ("建成示范生产线", "annual") not in [g[:2] for g in got] and len(got) == 9
    assert got[-1] == ("新增产值", "annual", ">=", 10_000_000.0, "元")

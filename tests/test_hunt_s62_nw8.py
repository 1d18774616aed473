"""Hunt nw8 (session 62): whole forms of provinces' own templates (中央部门 中期 / 年度 columns, 上海 指标值说明, 北京
评(扣)分标准, 广东 长期目标 and 指标性质, 浙江 权重, 四川 指标方向, 江苏 numbered 预期绩效目标, a 街道's 政府性基金, a
乡镇's 专项债, a hospital's 部门整体, a county's self-evaluation of 偏差原因 / 改进措施, a 评分表 of four levels) as
other converters write them (pdftotext without -layout, docx2txt, antiword, catdoc, pandoc grid and pipe tables,
Excel CSV, Tika XHTML, WPS HTML), and four documents of no form. Fixtures ct_s62_nw8_* from
tests/fixtures/review/make_s62_nw8.py; each reading was written down by hand, field by field, before jixiao was run.
"""
from __future__ import annotations

import pytest

from tests.hunt_tools import budget_lines, indicator_targets, only_project, other_fields, warning_codes

W = 10_000


def _fields(p, *keys):
    return tuple(p.get(k) for k in keys)


def test_central_mid_annual_grid(read):
    """A 中央部门 form in a pandoc grid table: the code off the department, 中期 money and goal the total's, each
    indicator twice, its 中期 and its 年度 target."""
    r = read("ct_s62_nw8_central_mid_annual_grid.md")
    p = only_project(r)
    assert _fields(p, "name", "department", "unit", "year", "budget_total", "budget_year") == (
        "国家级自然保护区监测能力建设", "国家林业和草原局", "国家林业和草原局调查规划设计院", 2025, 4_500 * W, 1_500 * W)
    assert (p["goal_total"], p["goal_annual"]) == ("建成覆盖200处国家级自然保护区的监测网络。", "完成70处保护区监测站点建设。")
    got = [(i["level3"], i["horizon"], i["op"], i["value"], i["unit"]) for i in r.tables["indicators"]]
    assert got[:2] == [("监测站点建设数量", "long_term", "=", 200.0, "处"), ("监测站点建设数量", "annual", "=", 70.0, "处")]
    assert got[4:6] == [("监测数据对外发布次数", "long_term", ">=", 12.0, "次"),
                        ("监测数据对外发布次数", "annual", ">=", 4.0, "次")]
    assert len(got) == 8


def test_shanghai_explain_reading(read):
    """A 上海 form one cell a line: the 指标值说明 each indicator's note, 产出 / 效果 the levels as written."""
    r = read("ct_s62_nw8_shanghai_explain_reading.txt")
    p = only_project(r)
    assert _fields(p, "name", "department", "unit", "year", "budget_year", "budget_fiscal", "category") == (
        "徐汇区老旧小区加装电梯财政补贴", "上海市徐汇区住房保障和房屋管理局", "上海市徐汇区房屋管理事务中心", 2025,
        1_260 * W, 1_260 * W, "经常性项目")
    t = indicator_targets(r)
    assert t[0] == ("产出", "数量", "加装电梯补贴台数", ">=", 90.0, "台")
    assert t[3] == ("效果", "社会效益", "受益居民户数", ">=", 1800.0, "户")
    assert [i["note"] for i in r.tables["indicators"]][::2] == ["以区住建委验收备案数为准", "验收后30日内拨付",
                                                                "第三方问卷调查"]


def test_beijing_score_rule_tabs(read):
    """A 北京 form of tabs: 目标值 the target, the 评(扣)分标准 each indicator's note, a cost in 万元 read in 元."""
    r = read("ct_s62_nw8_beijing_score_rule_tabs.txt")
    p = only_project(r)
    assert _fields(p, "name", "department", "unit", "budget_year", "budget_fiscal") == (
        "朝阳区背街小巷环境精细化整治", "北京市朝阳区城市管理委员会", "北京市朝阳区环境建设服务中心", 2_380 * W, 2_380 * W)
    t = indicator_targets(r)
    assert len(t) == 6 and t[3] == ("产出指标", "成本指标", "单条街巷平均整治成本", "<=", 198_000.0, "元")
    assert r.tables["indicators"][0]["note"] == "每少1条扣0.5分"
    assert r.tables["indicators"][2]["target_raw"] == "2025年11月30日前"


def test_guangdong_nature_unit_csv(read):
    """A 广东 省级 form as an Excel CSV: 长期绩效目标 the total goal, a name broken by a newline in its quoted cell made
    whole, 指标性质's sign the operator, the 计量单位 column the unit."""
    r = read("ct_s62_nw8_guangdong_nature_unit.csv")
    p = only_project(r)
    assert _fields(p, "name", "department", "unit", "budget_total") == (
        "广东省海洋牧场建设补助资金", "广东省农业农村厅", "湛江市海洋与渔业局", 3_000 * W)
    assert p["goal_total"] == "到2027年建成国家级海洋牧场示范区6个，带动渔民转产转业。"
    t = indicator_targets(r)
    assert t[2] == ("产出指标", "质量指标", "鱼礁投放位置偏差合格率", ">=", 95.0, "%")
    assert t[3] == ("效益指标", "经济效益指标", "带动渔民增收", ">=", 3000.0, "元/人")
    assert t[4][2:4] == ("礁区渔业资源密度提升", None) and len(t) == 6


def test_zhejiang_weights_antiword(read):
    """A 浙江 form in antiword's `|` cells: the 权重 column each indicator's weight, the padding no part of a value."""
    r = read("ct_s62_nw8_zhejiang_weights_antiword.txt")
    p = only_project(r)
    assert _fields(p, "name", "department", "unit", "budget_year") == (
        "鄞州区公共文化服务提升工程", "宁波市鄞州区文化和广电旅游体育局", "鄞州区文化馆", 680 * W)
    assert [i["weight"] for i in r.tables["indicators"]] == [15.0, 15.0, 10.0, 10.0, 30.0, 20.0]
    assert indicator_targets(r)[4] == ("效益指标", "社会效益指标", "年服务群众人次", ">=", 50.0, "万人次")
    assert "weights_not_100" not in warning_codes(r)


def test_sichuan_direction_markdown(read):
    """A 四川 form in Markdown: `**项目资金（万元）**：860.00（其中：财政拨款860.00）` the total in 万元 (the line was
    lost whole), 正向 / 反向 the operators of bare figures."""
    r = read("ct_s62_nw8_sichuan_direction_pipe.md")
    p = only_project(r)
    assert _fields(p, "name", "department", "unit", "year") == (
        "涪城区城区积水点改造工程", "绵阳市涪城区住房和城乡建设局", "涪城区市政设施管理所", 2025)
    assert 860 * W in (p["budget_total"], p["budget_year"])
    t = indicator_targets(r)
    assert t[2] == ("产出指标", "成本指标", "每公里管网建设成本", "<=", 1_800_000.0, "元")
    assert t[3][3:] == ("<=", 0.0, "次") and t[0][3:] == (">=", 14.0, "处")


def test_jiangsu_numbered_goals(read):
    """A 江苏 form: `预期绩效目标：` alone on its line over three numbered paragraphs, all of them the year's goal (it
    was lost: only a label of a horizon, 年度目标, took its lines below)."""
    r = read("ct_s62_nw8_jiangsu_numbered_goals.txt")
    p = only_project(r)
    assert _fields(p, "name", "department", "unit", "budget_total") == (
        "海门区农村生活污水治理设施运维", "南通市海门区住房和城乡建设局", "海门区城乡水务有限公司", 1_150 * W)
    goal = p["goal_annual"] or ""
    assert goal.startswith("1.完成全区农村生活污水治理设施运维站点") and goal.endswith("3.出水水质达标率不低于85%。")
    t = indicator_targets(r)
    assert t[2] == ("产出指标", "质量指标", "出水水质达标率", ">=", 85.0, "%") and len(t) == 5


def test_street_fund_docx2txt(read):
    """A 街道's 政府性基金 form in docx2txt's paragraphs: 资金性质 the fund's type."""
    r = read("ct_s62_nw8_street_fund_docx2txt.txt")
    p = only_project(r)
    assert _fields(p, "name", "department", "unit", "year", "budget_year", "fund_type") == (
        "城中村改造拆迁安置补偿", "长沙市开福区人民政府四方坪街道办事处", "四方坪街道征拆事务所", 2025, 4_600 * W,
        "国有土地使用权出让收入")
    t = indicator_targets(r)
    assert [x[2] for x in t] == ["完成征收房屋户数", "补偿标准执行合规率", "被征收户安置率", "被征收户满意度"]
    assert t[0][3:] == ("=", 180.0, "户")


def test_township_bond_tika(read):
    """A 乡镇's 专项债 form as Tika's XHTML: the bond's type and term kept, 专项债券 a source of the total investment."""
    r = read("ct_s62_nw8_township_bond_tika.xhtml")
    p = only_project(r)
    assert _fields(p, "name", "department", "unit", "year", "budget_total") == (
        "新化县琅塘镇农贸市场改扩建项目", "新化县琅塘镇人民政府", "琅塘镇农村经济服务中心", 2025, 3_200 * W)
    assert other_fields(p) == {"债券类型": "专项债券", "债券期限": "15年"}
    assert [b[1:] for b in budget_lines(r)] == [("专项债券", 2_000 * W, "source")]
    t = indicator_targets(r)
    assert t[2] == ("效益指标", "经济效益指标", "年摊位租赁收入", ">=", 2_300_000.0, "元")


def test_hospital_dept_wps(read):
    """A hospital's 部门整体 form saved by WPS as a web page: the hospital the department, its tasks the composition,
    the three merged level cells over their rows."""
    r = read("ct_s62_nw8_hospital_dept_wps.html")
    p = only_project(r)
    assert _fields(p, "department", "year", "budget_total", "budget_fiscal") == (
        "遵义市第一人民医院", 2025, 98_600 * W, 6_400 * W)
    assert (p["composition"] or "").startswith("医疗服务：全年门急诊量不低于180万人次")
    t = indicator_targets(r)
    assert t[1] == ("产出指标", "数量指标", "出院人次", ">=", 9.0, "万人次")
    assert t[2] == ("产出指标", "质量指标", "平均住院日", "<=", 8.0, "天") and len(t) == 5


def test_county_self_eval_reading(read):
    """A county's self-evaluation one cell a line: the money row scored, each indicator's 偏差原因 and 改进措施 its
    deviation, the total 93.7."""
    r = read("ct_s62_nw8_county_self_eval_reading.txt")
    p = only_project(r)
    assert _fields(p, "name", "department", "unit", "year", "budget_year", "spent", "score") == (
        "会同县农村饮水安全巩固提升工程", "会同县水利局", "会同县农村供水服务中心", 2024, 850 * W, 782 * W, 93.7)
    ind = r.tables["indicators"]
    assert [(i["weight"], i["score"]) for i in ind] == [(15, 13.5), (15, 15), (10, 8), (40, 38), (10, 10)]
    assert "选址调整" in ind[0]["deviation"] and "加快前期工作" in ind[0]["deviation"]
    assert ind[1]["deviation"] is None and ind[3]["actual_raw"] == "1.42万人"
    assert "weights_not_100" not in warning_codes(r)


def test_four_level_catdoc(read):
    """A 评分表 of four levels in catdoc's tabs: the third and fourth level joined, each row's points and score."""
    r = read("ct_s62_nw8_four_level_catdoc.txt")
    p = only_project(r)
    assert _fields(p, "name", "year") == ("黔南州就业补助资金", 2024)
    s = [(x["level1"], x["level2"], x["level3"], x["weight"], x["score"]) for x in r.tables["scores"]]
    assert s[1] == ("决策", "项目立项", "立项依据：立项程序规范性", 2.0, 2.0)
    assert s[-1] == ("满意度", "服务对象满意度", "学员满意度：培训学员满意度", 24.0, 22.0) and len(s) == 8
    assert sum(x[3] for x in s) == 100 and "weights_not_100" not in warning_codes(r)


def test_xinjiang_reading_yuan(read):
    """A 新疆 county's form one cell a line, its money in 元 by the line `单位：元`."""
    r = read("ct_s62_nw8_xinjiang_reading_yuan.txt")
    p = only_project(r)
    assert _fields(p, "name", "department", "unit", "budget_year", "budget_fiscal") == (
        "伊宁县高标准农田建设项目", "伊宁县农业农村局", "伊宁县农田建设服务中心", 24_000_000.0, 24_000_000.0)
    t = indicator_targets(r)
    assert t[0] == ("产出指标", "数量指标", "新建高标准农田面积", ">=", 1.6, "万亩")
    assert t[2] == ("产出指标", "成本指标", "亩均投资", "<=", 1500.0, "元")


def test_hebei_self_eval_csv(read):
    """A 河北 self-evaluation as an Excel CSV: the money label broken in its cell, 全年执行数 the money spent, names
    broken by a newline made whole."""
    r = read("ct_s62_nw8_hebei_self_eval.csv")
    p = only_project(r)
    assert _fields(p, "name", "department", "unit", "year", "budget_year", "spent") == (
        "邯郸市永年区城乡居民医疗救助", "邯郸市永年区医疗保障局", "永年区医疗保障事务中心", 2024, 1_320 * W, 1_300.2 * W)
    t = indicator_targets(r)
    assert [x[2] for x in t][::2] == ["救助困难群众人次", "救助资金拨付及时率", "救助对象满意度"]
    assert t[3][3:] == ("<=", 1.0, "%")
    assert [i["actual_raw"] for i in r.tables["indicators"]][:2] == ["1.26万人次", "100%"]


def test_hubei_value_unit_docx2txt(read):
    """A 湖北 form in docx2txt's paragraphs: the 指标值 and 计量单位 columns one target."""
    r = read("ct_s62_nw8_hubei_value_unit_docx2txt.txt")
    p = only_project(r)
    assert _fields(p, "name", "department", "unit", "budget_year") == (
        "荆门市中心城区公交车辆更新", "荆门市交通运输局", "荆门市公共交通集团有限公司", 1_980 * W)
    t = indicator_targets(r)
    assert t[2] == ("产出指标", "成本指标", "单车购置补贴", "<=", 550_000.0, "元")
    assert t[0][3:] == ("=", 36.0, "辆") and len(t) == 5


def test_shandong_grid(read):
    """A 山东 form in a pandoc grid table: the head's pairs and the indicator rows between the rules."""
    r = read("ct_s62_nw8_shandong_grid.md")
    p = only_project(r)
    assert _fields(p, "name", "department", "unit", "budget_year", "budget_fiscal") == (
        "临沂市河东区城乡环卫一体化运营", "临沂市河东区综合行政执法局", "河东区环境卫生服务中心", 3_650 * W, 3_650 * W)
    t = indicator_targets(r)
    assert t[0] == ("产出指标", "数量指标", "生活垃圾日收运量", ">=", 420.0, "吨") and len(t) == 4


def test_anhui_reading_wrapped(read):
    """A 安徽 form one cell a line whose long cells the PDF wrapped: the name and the department on two lines each one
    value (the second line was lost, the name cut short), an indicator's name wrapped before its target one name (its
    piece `度` was the target, the figure a row of no name)."""
    r = read("ct_s62_nw8_anhui_reading_wrapped.txt")
    p = only_project(r)
    assert _fields(p, "name", "department", "unit", "budget_year") == (
        "裕安区城区老旧管网更新改造工程", "六安市裕安区住房和城乡建设局", "裕安区城市建设投资有限公司", 2_640 * W)
    assert p["goal_annual"] == "更新改造城区老旧供水管网18公里、燃气管网6公里，消除管网安全隐患。"
    t = indicator_targets(r)
    assert t[0] == ("产出指标", "数量指标", "更新改造供水管网长度", ">=", 18.0, "公里")
    assert len(t) == 5 and "unparsed_row" not in warning_codes(r)


def test_project_pool_goals_csv(read):
    """A 项目库 list as a CSV whose column declares each project's goal: a project a row (as a list of target
    declarations is read), the year its title's, a row atop the sheet (it was lost)."""
    r = read("ct_s62_nw8_project_pool_goals.csv")
    ps = r.tables["projects"]
    assert [(p["name"], p["department"], p["budget_year"]) for p in ps] == [
        ('市区道路"白改黑"工程', "市住建局", 2_300 * W), ("智慧城管平台二期", "市城管局", 860 * W),
        ("农村供水保障提升", "市水利局", 1_450 * W), ("中小学校舍维修", "市教育局", 720 * W)]
    assert {p["year"] for p in ps} == {2026}
    assert ps[2]["goal_annual"] == "受益人口≥3万人"


@pytest.mark.parametrize("name", ["neg_eval_plan.txt", "neg_allocation_table.csv", "neg_gov_report.txt",
                                  "neg_training_notice.txt"])
def test_no_form(read, name):
    """A 绩效评价工作方案 quoting a table's head, a 资金分配表, a 政府工作报告's targets, a 培训通知 naming the forms'
    columns: no project, no indicator."""
    r = read(f"ct_s62_nw8_{name}")
    assert r.document["status"] != "failed"
    assert r.tables["projects"] == [] and r.tables["indicators"] == []


def test_yunnan_docling_spans(read):
    """A form as docling writes a PDF's table in Markdown: a merged cell's text repeated over the cells it spans (the
    name, the money, the goal once each), a level 1 on every row, `<br>` a line break inside a name."""
    r = read("ct_s62_nw8_yunnan_docling_spans.md")
    p = only_project(r)
    assert _fields(p, "name", "department", "unit", "budget_year", "goal_annual") == (
        "洱海流域农业面源污染防治", "大理州农业农村局", "大理州农业环境保护监测站", 1_760 * W,
        "推广测土配方施肥45万亩，化肥使用量减少3%。")
    t = indicator_targets(r)
    assert t[0] == ("产出指标", "数量指标", "测土配方施肥推广面积", ">=", 45.0, "万亩") and len(t) == 5


def test_henan_excel_copy_quoted(read):
    """A form copied out of Excel into a text file: a cell holding a line break in quotes one cell, the goal and a
    name whole."""
    r = read("ct_s62_nw8_henan_excel_copy_quoted.txt")
    p = only_project(r)
    assert _fields(p, "name", "department", "unit", "budget_year") == (
        "周口市中心城区公厕提质改造", "周口市城市管理局", "周口市环境卫生服务中心", 540 * W)
    assert p["goal_annual"] == "提质改造公厕60座，实现城区公厕免费开放、全天候服务。"
    t = indicator_targets(r)
    assert t[1] == ("产出指标", "质量指标", "改造公厕达到二类以上标准比例", "=", 100.0, "%") and len(t) == 5


def test_liaoning_self_eval_gbk_csv(read):
    """A self-evaluation saved as CSV by Excel on a Chinese Windows (GBK, no BOM): decoded, the money spent, the
    total score."""
    r = read("ct_s62_nw8_liaoning_self_eval_gbk.csv")
    p = only_project(r)
    assert _fields(p, "name", "department", "unit", "year", "budget_year", "spent", "score") == (
        "鞍山市铁东区老年助餐服务补贴", "鞍山市铁东区民政局", "铁东区养老服务指导中心", 2024, 260 * W, 247 * W, 99.5)
    assert [i["actual_raw"] for i in r.tables["indicators"]] == ["8.3万人次", "0次", "明显提升", "94%"]
    assert "encoding_guessed" in warning_codes(r)


def test_guizhou_goal_inline_numbered(read):
    """A form Word saved as plain text: `年度目标：1.…；` then `2.…；` and `3.…。` on lines of their own, all three the
    year's goal (only the first was kept)."""
    r = read("ct_s62_nw8_guizhou_goal_inline_numbered.txt")
    p = only_project(r)
    assert _fields(p, "name", "department", "unit", "budget_year") == (
        "碧江区城乡公益性岗位补贴", "铜仁市碧江区人力资源和社会保障局", "碧江区就业服务中心", 420 * W)
    goal = p["goal_annual"] or ""
    assert goal.startswith("1.开发城乡公益性岗位350个") and "2.安置就业困难人员和脱贫劳动力350人" in goal
    assert goal.endswith("3.公益性岗位人员在岗率不低于95%。")
    assert len(indicator_targets(r)) == 4

"""Review fixes fxb (session 40): the diff review's findings on the merged rules of labels / core / packed_list /
orgs / pdf (findings 3, 6, 7, 8, 9, 10, 13, 14, 15 of the review). Each expectation was written by hand from the form
before jixiao ran; `main` is main with review ra merged (0744377e)."""
from tests.hunt_tools import indicator_targets, only_project

W = 10000.0
P, E, S = "产出指标", "效益指标", "满意度指标"


def test_basic_figures_of_named_value_column_are_no_indicators(read):
    # finding 3: a 部门整体 form's 部门基本情况 `序号 | 指标名称 | 数值 | 备注` (编制人数 | 18): main read 编制人数, 实有人数
    # and 下属单位个数 as three indicators of no level (`= 18`, `= 16`, `= 3`) before the form's four — a bare 数值 beside
    # the indicator's name (指标名称) but no 符号 / 单位 column of the target's other parts
    r = read("ct_s40_fxb_dept_basic_figures.txt")
    assert indicator_targets(r) == [
        (P, "数量指标", "高标准农田建设面积", ">=", 2.5, "万亩"),
        (P, "质量指标", "农作物良种覆盖率", ">=", 96.0, "%"),
        (E, "经济效益指标", "农民人均可支配收入增长率", ">=", 6.0, "%"),
        (S, "服务对象满意度指标", "农户满意度", ">=", 90.0, "%")]


def test_footer_label_alone_on_its_line_goes_with_its_code(read):
    # finding 6: `政府网站标识码：` on a line of its own (no ICP备 beside it, so no furniture), `3608230016` below: main read
    # the two lines as a fifth indicator (满意度指标 | 政府网站标识码： | = 3608230016)
    r = read("ct_s40_fxb_footer_code_label_alone.txt")
    assert indicator_targets(r) == [
        (P, "数量指标", "新建集中供水工程", ">=", 3.0, "处"),
        (P, "质量指标", "水质达标率", ">=", 95.0, "%"),
        (E, "社会效益指标", "受益人口", ">=", 12000.0, "人"),
        (S, "服务对象满意度指标", "受益群众满意度", ">=", 90.0, "%")]
    assert only_project(r)["name"] == "农村饮水安全巩固提升工程"


def test_footer_label_rule_keeps_a_form_label_alone():
    # a label of the form's own (`项目标识码：`) is no footer's: only 网站标识码 / 备案号 alone on a line
    from parsers.core import _FOOTER_LABEL_LINE
    assert _FOOTER_LABEL_LINE.match("政府网站标识码：") and _FOOTER_LABEL_LINE.match("备案号:")
    assert not _FOOTER_LABEL_LINE.match("项目标识码：") and not _FOOTER_LABEL_LINE.match("政府网站标识码：3608230016")


LIST = [("城关镇东村产业路硬化项目", "城关镇人民政府", 45 * W, "硬化产业路1.2公里，受益群众320人，群众满意度≥90%"),
        ("永安乡茶叶加工厂建设项目", "永安乡人民政府", 80 * W, "新建茶叶加工厂房600平方米，带动脱贫户增收"),
        ("石门镇饮水巩固提升项目", "石门镇人民政府", 36 * W, "新建蓄水池2座，解决560人饮水问题"),
        ("高桥镇雨露计划补助项目", "高桥镇人民政府", 12 * W, "补助中高职学生80人，按时发放率100%")]


def _list(r):
    return [(p["name"], p["unit"], p["budget_total"], p["goal_annual"]) for p in r.tables["projects"]]


def test_list_head_again_worded_otherwise_goes_on(read):
    # finding 7: the list's head printed again over page 2 as `序号 | 项目 | 实施单位 | 资金规模（万元） | 绩效目标`
    # (`项目名称`, `资金规模`, `年度绩效目标` on page 1): main ended the list there, projects 3 and 4 lost (2 projects)
    assert _list(read("ct_s40_fxb_list_head_again_worded.txt")) == LIST


def test_list_head_again_cut_goes_on(read):
    # the same with the goal's head cell left empty on page 2: main 2 projects, 3 and 4 lost
    assert _list(read("ct_s40_fxb_list_head_again_cut.txt")) == LIST


def test_other_table_head_is_no_list_head_again():
    # another table's 序号 head under the list (`序号 | 乡镇 | 拨付批次 | 金额（万元）`) still ends it
    from extract.grid import Cell
    from parsers.layouts.packed_list import _head_again

    class R:
        def __init__(self, texts):
            self.cells = [Cell(0, i, t) for i, t in enumerate(texts) if t]
    head = R(["序号", "项目名称", "实施单位", "资金规模", "年度绩效目标"])
    assert _head_again(R(["序号", "项目", "实施单位", "资金规模（万元）", "绩效目标"]), head)
    assert _head_again(R(["序号", "项目名称", "实施单位", "资金规模", ""]), head)
    assert not _head_again(R(["序号", "乡镇", "拨付批次", "金额（万元）"]), head)
    assert not _head_again(R(["序号", "项目名称", "拨付批次", "金额（万元）"]), head)


def test_town_government_and_collector_agree():
    # finding 10: one _TOWN_GOV for both; main: `城东街道人民政府` a town's government (town_government) and a collector
    # of other bodies' forms (collector) at once
    from normalize.orgs import collector, town_government
    for name in ("城关镇人民政府", "永安乡政府", "城东街道办事处", "城东街道人民政府"):
        assert town_government(name) and not collector(name), name
    for name in ("县人民政府", "重点镇人民政府", "各乡镇人民政府", "城关镇卫生院"):
        assert not town_government(name), name
    assert collector("县人民政府") and collector("县财政局")


def test_explanation_head_is_the_assessment_columns_rule():
    # finding 8: core's test of an explanation head is tables' explanation column's own regex (one rule)
    from parsers.core import _explanation_head
    from parsers.tables import _EXTRA_FIELDS
    rx = dict(_EXTRA_FIELDS)["explanation"]
    for t in ("指标解释", "指标 说明", "指标释义", "指标定义", "指标内涵", "指标值说明", "评分标准", "说明"):
        assert _explanation_head(t) == bool(rx.match(t.replace(" ", ""))), t
    assert _explanation_head("指标 解释") and not _explanation_head("评分标准")

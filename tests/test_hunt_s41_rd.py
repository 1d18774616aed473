"""Review rd (session 41): the session's merged rules (hunt lh's word-class list heads, fix fb's packed_list carry /
level labels / lead-ins, hunt i4's four-level tables, fix fc's score tables and deductions) tried on other forms:
progress tables, libraries with 责任单位 and 实施单位, lists with 主要内容 and 建设内容, ordinary 3-level tables with
指标内容 / 指标说明 / 指标解释 columns, targets with a bracket note after the unit. Each expectation was written by hand
from the form before jixiao was run; "start" below is main at the session's start (72623d99), "merged" main after
the merges (c32a0f72)."""
from tests.hunt_tools import other_fields, warning_codes

W = 10000.0


def _projects(r, *keys):
    return [tuple(p[k] for k in keys) for p in r.tables["projects"]]


def _inds(r):
    return [(i["level1"], i["level2"], i["level3"], i["op"], i["value"], i["unit"]) for i in r.tables["indicators"]]


def _scores(r):
    return [(s["level3"], s["weight"], s["score"]) for s in r.tables["scores"]]


# --- regression of the merge (start right, merged wrong): fixed here -------------------------------------------


def test_progress_table_with_expected_effect_is_no_list(read):
    # a 重点项目建设进度表: 总投资 | 建设内容 | 预期效果 | 形象进度 | 完成投资 — a progress report, no targets. start:
    # unknown layout, nothing read; merged: a packed_list of 2 projects, 预期效果 their goal_annual, 形象进度 and 完成投资
    # other fields
    r = read("ct_s41_rd_progress_image.txt")
    assert r.document["layout"] != "packed_list"
    assert r.tables["projects"] == [] or all(p["goal_annual"] is None for p in r.tables["projects"])
    assert r.tables["indicators"] == []


# --- both wrong, fixed here ---------------------------------------------------------------------------------------


def test_unit_cell_bracket_note_is_the_qualifier(read):
    # 指标值 | 计量单位 with `人次（含线上）`, `个（省级）`, `元（含食宿）`, `%（抽样）` under 计量单位. start and merged:
    # unit `人次(含线上)`, `个(省级)`, `元(含食宿)`, `%(抽样)` (the note in the unit, no qualifier)
    r = read("ct_s41_rd_unit_brackets.txt")
    assert _inds(r) == [
        ("产出指标", "数量指标", "培训农技人员", ">=", 200.0, "人次"),
        ("产出指标", "数量指标", "建设示范基地", "=", 3.0, "个"),
        ("产出指标", "成本指标", "人均培训成本", "<=", 800.0, "元"),
        ("效益指标", "社会效益指标", "主推技术到位率", ">=", 95.0, "%"),
        ("满意度指标", "服务对象满意度指标", "农户满意度", ">=", 90.0, "%")]
    assert [i["qualifier"] for i in r.tables["indicators"]] == ["含线上", "省级", "含食宿", "抽样", None]


# --- improvements of the merge (start wrong, merged right): kept --------------------------------------------------


def test_library_with_two_unit_columns(read):
    # 责任单位 | 实施单位 | 建设内容: the unit is 实施单位's (the form's label), 责任单位 kept as an other field. start:
    # 建设内容 an other field, no overview
    r = read("ct_s41_rd_two_units_library.txt")
    assert r.document["layout"] == "packed_list"
    assert _projects(r, "name", "unit", "budget_total", "overview") == [
        ("龙井村产业路硬化", "龙井镇人民政府", 175 * W, "硬化产业路3.5公里，宽4.5米"),
        ("茶叶加工厂扩建", "茶园乡人民政府", 260 * W, "新建加工厂房800平方米")]
    assert [other_fields(p) for p in r.tables["projects"]] == [{"责任单位": "县乡村振兴局"}, {"责任单位": "县农业农村局"}]


def test_list_with_main_content_and_build_content(read):
    # 主要内容 | 建设内容 | 牵头单位 | 完成时限: the first content column the overview, the second an other field; 完成时限
    # the period. start: all three other fields, no overview, no period
    r = read("ct_s41_rd_content_and_main.txt")
    assert _projects(r, "name", "unit", "period_raw", "overview") == [
        ("新建城市书房", "市文旅局", "2024年12月", "在城区建设24小时城市书房"),
        ("农贸市场提升", "市商务局", "2024年10月", "改造提升城区农贸市场")]
    assert other_fields(r.tables["projects"][1]) == {"建设内容": "改造农贸市场5个"}


def test_lead_in_labels_dropped_before_one_item(read):
    # `主要指标：…`, `核心指标：…；其他指标：…`. start: each lead-in the indicator's name (`主要指标`)
    r = read("ct_s41_rd_leadin_list.txt")
    assert [(i["project_id"][-1], i["level3"], i["op"], i["value"], i["unit"]) for i in r.tables["indicators"]] == [
        ("1", "培训合格率", ">=", 90.0, "%"), ("2", "新增贷款", ">=", 1.5e8, "元"), ("2", "带动就业", ">=", 800.0, "人")]


def test_level_labels_in_a_list_cell(read):
    # `产出指标：养护里程≥420公里。效益指标：路况优良率提高；满意度指标：≥90%` and `数量指标：…；时效指标：…`. start:
    # `产出指标：养护里程` a name and the 效益 sentence glued to its target, `满意度指标：` a name, no levels
    r = read("ct_s41_rd_level_labels_list.txt")
    assert _inds(r) == [
        ("产出指标", None, "养护里程", ">=", 420.0, "公里"),
        ("效益指标", None, None, None, None, None),
        ("满意度指标", None, "满意度指标", ">=", 90.0, "%"),
        (None, "数量指标", "资助人数", ">=", 1200.0, "人"),
        (None, "时效指标", "资金发放及时率", "=", 100.0, "%")]
    assert r.tables["indicators"][1]["target_raw"] == "路况优良率提高"


def test_merged_unit_and_note_carried_money_not(read):
    # xlsx: 实施单位, 资金规模 and 备注 merged over projects 1-2. start: project 2 with no unit and no 备注; the money
    # stays project 1's alone (one sum, not two projects'), in both
    r = read("ct_s41_rd_merged_library.xlsx")
    assert _projects(r, "name", "unit", "budget_total", "period_raw") == [
        ("石桥村道路硬化", "石桥村委会", 120 * W, "2025年"),
        ("石桥村灌溉渠维修", "石桥村委会", None, "2025年"),
        ("新田村光伏电站", "新田村委会", 90 * W, "2025年")]
    assert [other_fields(p).get("备注") for p in r.tables["projects"]] == ["已入库", "已入库", "新增"]


def test_four_level_table_with_empty_third_and_fourth_cells(read):
    # 三级 merged over two 四级; a new 二级 whose 三级 is empty (its 四级 alone the name); a 四级 left empty (its 三级
    # alone). start: 四级 as notes, two unparsed_row warnings, names lost
    r = read("ct_s41_rd_four_level_sparse.txt")
    assert [(i["level2"], i["level3"], i["target_raw"]) for i in r.tables["indicators"]] == [
        ("数量指标", "改造户数：农村危房改造户数", "≥150户"),
        ("数量指标", "改造户数：抗震改造户数", "≥40户"),
        ("质量指标", "竣工验收合格率", "100%"),
        ("社会效益指标", "住房安全保障：住房安全有保障", "有效保障"),
        ("服务对象满意度指标", "改造户满意度", "≥95%")]
    assert "unparsed_row" not in warning_codes(r)


def test_four_level_score_table(read):
    # 评分表 一级 | 二级 | 三级 | 四级 | 分值 | 评分标准 | 得分, 三级 merged over two 四级. start: the second row lost
    # (`numbers only`), 立项依据 the first's name, the weights 9 against a 合计 of 11
    r = read("ct_s41_rd_score_four_level.txt")
    assert _scores(r) == [("立项依据：立项依据充分性", 3.0, 3.0), ("立项依据：立项程序规范性", 2.0, 1.5),
                          ("绩效目标合理性", 2.0, 2.0), ("资金到位率", 4.0, 4.0)]
    assert "total_row_mismatch" not in warning_codes(r)


# --- guards (start and merged right): the new rules do not fire --------------------------------------------------


def test_three_level_with_content_column_is_no_fourth_level(read):
    r = read("ct_s41_rd_three_level_content.txt")
    assert _inds(r) == [
        ("产出指标", "数量指标", "新建改造供水工程", ">=", 12.0, "处"),
        ("产出指标", "质量指标", "水质达标率", ">=", 95.0, "%"),
        ("效益指标", "社会效益指标", "受益人口", ">=", 2.3, "万人"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", ">=", 90.0, "%")]
    assert not any("：" in (i["level3"] or "") for i in r.tables["indicators"])


def test_three_level_with_explanation_column(read):
    r = read("ct_s41_rd_three_level_explain.txt")
    assert [(i["level3"], i["target_raw"]) for i in r.tables["indicators"]] == [
        ("老年人体检人数", "≥8000人"), ("体检完成时间", "2024年11月底前"), ("健康档案建档率", "≥90%（抽样）"),
        ("体检对象满意度", "≥85%")]


def test_score_table_with_explanation_column(read):
    r = read("ct_s41_rd_score_explain.txt")
    assert _scores(r) == [("立项依据充分性", 3.0, 3.0), ("立项程序规范性", 2.0, 2.0), ("资金到位率", 4.0, 3.6),
                          ("改造校舍面积", 10.0, 9.0)]


def test_task_breakdown_with_responsible_unit_is_no_list(read):
    # 考核任务分解表: 考核项目名称 | 考核指标 | 分值 | 考核内容及评分标准 | 责任单位 | 完成时限 — assessment items, not a
    # project list (考核指标 and 责任单位 are word-class list heads now)
    r = read("ct_s41_rd_task_breakdown.txt")
    assert r.document["layout"] != "packed_list" and r.tables["indicators"] == []
    assert [(a["points"], a["responsible"], a["deadline"]) for a in r.tables["assessment_items"]] == [
        (5.0, ["市农业农村局"], "2024年12月底"), (6.0, ["市农业农村局"], "2024年11月底"), (4.0, ["市水务局"], "2024年12月底")]


def test_assessment_by_object_with_deduction_facts(read):
    # 考核对象 | 考核指标 | 分值 | 评分标准 | 扣分情况 | 得分: no list (考核对象 a name-like head, 考核指标 a level head);
    # `迟报2天扣2分`, `未达标2项扣2分` facts, the scores as written
    r = read("ct_s41_rd_kaohe_object.txt")
    assert r.document["layout"] != "packed_list"
    assert [(a["content"], a["points"], a["score"]) for a in r.tables["assessment_items"]] == [
        ("绩效目标编报", 10.0, 8.0), ("绩效运行监控", 10.0, 10.0), ("绩效自评质量", 15.0, 13.0)]


def test_plan_list_with_schedule_column_stays_a_list(read):
    # 项目计划表: 建设内容 | 实施单位 | 投资规模 | 进度安排 | 预期效果 — a plan's schedule (进度安排), no progress report: a
    # target list still (the progress guard above asks for a report's head, not 安排 / 计划 / 时间). start: unknown
    # layout, nothing read (预期效果 was no goal head then); merged: the list as here
    r = read("ct_s41_rd_plan_schedule_list.txt")
    assert r.document["layout"] == "packed_list"
    assert _projects(r, "name", "unit", "budget_total", "overview", "goal_annual") == [
        ("高山村冷链仓储建设", "高山村委会", 150 * W, "新建冷库500立方米", "年储存果蔬≥800吨；带动农户增收≥100户"),
        ("河口村产业路", "河口镇人民政府", 140 * W, "硬化产业路2.8公里", "硬化产业路2.8公里；受益人口≥600人")]
    assert other_fields(r.tables["projects"][0]) == {"进度安排": "4月开工，10月竣工"}

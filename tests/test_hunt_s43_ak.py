"""Hunt ak (assessment tables as real archives spell them): a 考核评分细则 of `考核内容 | 考核标准 | 分值 | 评分办法 | 责任单位 |
完成时限` (two rule columns), units written with their roles (`牵头：办公室；配合：人事股`, `县发改局牵头，食品安全股配合`),
完成时限 `2025年6月底前` / `全年` / `长期坚持`, 加分项 / 扣分项 / 一票否决 sections; a 目标责任书's task table `序号 | 年度任务 |
具体举措 | 时间节点 | 预期成效 | 分值 | 责任单位`, the task and its number merged down over its measures (Word); the same
细则 with its sections' cells merged down (Excel). Text dump, and tests/fixtures/make_s43_ak.py (python-docx, openpyxl)
for the Word and Excel ones. Each reading was written down by hand before jixiao was run; the comments say what main
gave where it was wrong."""
from __future__ import annotations

from normalize.records import _units

FIELDS = ("item_no", "section_no", "section", "group", "content", "points", "requirement", "responsible", "kind", "cap",
          "deadline")


def _items(result) -> list[tuple]:
    return [tuple(it[k] for k in FIELDS) for it in result.tables["assessment_items"]]


def test_two_rule_columns_units_with_roles_and_a_veto_row(read):
    """`考核标准 | 分值 | 评分办法`: the item's rule is both, joined with `；`; `牵头：办公室；配合：人事股` two units; the
    `7 | 发生… | | | 一票否决 | 各股室` row under `五 | 一票否决` a veto item. Main: the 评分办法 column lost (items 1-4 kept
    the 考核标准 only, 5-6 had no rule), the units `牵头：办公室` / `配合：人事股`, item 6's points 7 and cap 7 (the veto
    row's cells shifted onto it, its text glued to item 6's rule) and item 7 lost without a warning."""
    r = read("ct_s43_ak_rules_units_deadlines.txt")
    s1, s2 = "党的建设", "业务工作"
    assert _items(r) == [
        (1, "一", s1, None, "落实全面从严治党主体责任", 10.0,
         "制定年度党建工作要点，召开专题会议不少于2次；未制定要点扣3分，会议每少1次扣1分，扣完为止", ["办公室", "人事股"],
         "base", None, "2025年6月底前"),
        (2, "一", s1, None, "意识形态工作", 10.0, "每季度研判意识形态形势；每发现一处扣0.5分，扣完为止", ["机关党委"], "base",
         None, "全年"),
        (3, "二", s2, None, "食品安全抽检", 40.0, "完成抽检任务1200批次；每少50批次扣2分", ["食品安全股", "各市场监管所"],
         "base", None, "2025年11月底前"),
        (4, "二", s2, None, "营商环境优化", 40.0, "企业开办1个工作日内办结；未达标不得分", ["登记注册股"], "base", None,
         "长期坚持"),
        (5, "三", "加分项（最高加5分）", None, "工作经验被省级以上推广", 2.0, "每次加2分", ["办公室"], "bonus", 5.0, None),
        (6, "四", "扣分项", None, "发生重大食品安全事故", 5.0, "每起扣5分，最多扣10分", ["食品安全股"], "penalty", 10.0, None),
        (7, "五", "一票否决", None, "发生重大安全生产责任事故", None, "一票否决", ["各股室"], "veto", None, None),
    ]
    assert not [w for w in r.tables["warnings"] if w["code"] in ("unparsed_row", "unplaced_cell")]


def test_task_table_of_measures_under_merged_tasks(read):
    """`序号 | 年度任务 | 具体举措 | 时间节点 | 预期成效 | 分值 | 责任单位`, 序号 and 年度任务 merged down over the measures:
    each measure an item of its task's number, the task its group, 预期成效 its rule. Main: no item (年度任务 / 具体举措
    were no heads: five unparsed_row warnings)."""
    r = read("ct_s43_ak_task_breakdown_merged.docx")
    g1, g2 = "优化营商环境", "提升食品安全水平"
    assert _items(r) == [
        (1, None, None, g1, "推行企业开办“一网通办”", 10.0, "企业开办时间压缩至1个工作日", ["登记注册股"], "base", None,
         "2025年6月底前"),
        (1, None, None, g1, "开展涉企收费专项检查", 10.0, "检查覆盖率100%", ["价格监督检查股"], "base", None, "2025年9月底前"),
        (2, None, None, g2, "完成食品安全抽检1200批次", 15.0, "抽检合格率98%以上", ["食品安全股"], "base", None, "全年"),
        (2, None, None, g2, "创建放心消费示范街区2条", 10.0, "群众满意度明显提升", ["消保股", "各市场监管所"], "base", None,
         "2025年11月底前"),
        (2, None, None, g2, "开展校园食品安全守护行动", 5.0, "校园食品安全事故零发生", ["食品安全股"], "base", None,
         "长期坚持"),
    ]
    assert "unparsed_row" not in [w["code"] for w in r.tables["warnings"]]
    # the same heads with no 分值 column: a work plan, no points to score — no assessment items, as `工作任务 | 具体内容`
    # (main: none either; a first fix read its tasks as items and lost their measures)
    assert read("ct_s43_ak_work_plan_no_points.txt").tables["assessment_items"] == []


def test_merged_sections_in_a_workbook_and_the_lead_named_after_its_unit(read):
    """The 细则 in Excel, each section's 考核项目 cell merged down over its items: read as written; `县发改局牵头，食品安全股
    配合` is two units. Main: `['县发改局牵头', '食品安全股配合']` (the rest as here)."""
    items = read("ct_s43_ak_rules_merged_sections.xlsx").tables["assessment_items"]
    assert [(i["item_no"], i["section"], i["kind"], i["points"], i["cap"]) for i in items] == [
        (1, "党的建设", "base", 10.0, None), (2, "党的建设", "base", 10.0, None),
        (3, "业务工作", "base", 40.0, None), (4, "业务工作", "base", 30.0, None),
        (5, "加分项（最高加5分）", "bonus", 2.0, 5.0), (6, "扣分项", "penalty", 1.0, 5.0), (7, "一票否决", "veto", None, None)]
    assert items[2]["responsible"] == ["县发改局", "食品安全股"]
    assert [i["deadline"] for i in items[:4]] == ["全年", "全年", "2025年11月底前", "2025年12月底前"]


def test_unit_role_words_around_the_units():
    """The role a unit is written with, before it (`牵头：`, `配合部门：`) or after it (`牵头`, `（牵头）`, `配合`): no part
    of its name. Main kept `牵头：办公室`, `县发改局牵头`, `县发改局（牵头）`, `牵头部门：县委办`."""
    assert _units("牵头：办公室；配合：人事股") == ["办公室", "人事股"]
    assert _units("县发改局牵头，县财政局、县住建局配合") == ["县发改局", "县财政局", "县住建局"]
    assert _units("县发改局（牵头）、县财政局") == ["县发改局", "县财政局"]
    assert _units("牵头部门：县委办；参与部门：各乡镇") == ["县委办", "各乡镇"]
    assert _units("牵头单位：经发办；配合单位：财政所、规划所") == ["经发办", "财政所", "规划所"]
    assert _units("财务科") == ["财务科"]


def test_indicator_text_beside_the_last_level_of_a_framework(read):
    """`一级指标 | 二级指标 | 三级指标 | 指标内容 | 分值 | 评分标准` (a 绩效评价指标体系, 指标内容 where 指标解释 usually stands):
    the 三级 the items, 指标内容 their explanation, as under 指标解释. Main: nothing read (a not_a_form warning only); a
    first fix read the 指标内容 as the items (the walk to a finer level of items went on past the 三级)."""
    items = read("ct_s43_ak_framework_indicator_text.txt").tables["assessment_items"]
    assert [(i["section"], i["group"], i["content"], i["points"], i["explanation"]) for i in items] == [
        ("决策", "目标设定", "绩效目标合理性", 10.0, "部门绩效目标与部门职责、年度工作计划相符"),
        ("决策", "目标设定", "绩效指标明确性", 10.0, "绩效指标细化、量化，可衡量"),
        ("过程", "资金管理", "预算执行率", 15.0, "年度预算执行数与预算数之比"),
        ("过程", "资金管理", "资金使用合规性", 15.0, "资金使用符合财经制度规定")]
    assert items[2]["requirement"] == "执行率100%得满分，每低1%扣0.5分"

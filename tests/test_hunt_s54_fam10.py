"""Hunt fam10 (session 54): 事前绩效评估表 and option ticks. Fixtures ct_s54_fam10_* (text dumps, tab-separated
cells, from tests/fixtures/review/make_s54_fam10.py); each reading was written down by hand before jixiao was run.

Decided:
- a conclusions table's 要点 column (`评估内容 | 评估要点 | 评估结论`) holding the assessor's findings, not the
  template's question, is kept in other_fields under what was assessed and the column's head,
  `{"立项必要性（评估要点）": "项目列入县2025年民生实事…"}`, beside the conclusion `{"立项必要性": "立项必要"}`; a question
  (`绩效目标是否明确…`) is still not kept (the template's);
- a conclusions table of four columns, `评估内容 | 评估要点 | 评估情况 | 评估结论`, is read the same way: the 评估情况
  (the findings) kept so, the questions not (it was three unparsed_row, one row's findings taken for a label and
  the first 要点 for the project's necessity);
- radio buttons are options: an empty circle (`○`, `◯`) beside a filled or marked one (`●`, `◉`, `⊙`, `◎`, `⬤`),
  the marked one chosen (`○通过  ●不通过` -> 不通过; `是否政府采购 | ○是  ●否` -> 否); circles all empty, like boxes
  none ticked: the field null and no_option_ticked; the row of options is whole in a dump (it was glued to the
  `合计 | 100 | 87` above it, the score lost);
- a yes/no field none ticked (`是否涉及政府采购 | □是 □否`) is null with no_option_ticked as any field (it was kept
  as written; test_hunt_s52_rv20 changed);
- an 事前评估表 / 评审表 / 审核表 of conclusions only (no indicator or score table) has no indicator table by design:
  no no_indicators warning (the document ok, not partial);
- in a dump, a row ending in an amount written with its decimals (`| 3,560.00 | 3,460.00 | 100.00`, a 部门整体 form's
  部门预算) is whole: the `年度履职目标 | 目标1：…` line after it is a row of its own (they were glued,
  `100.00年度履职目标`, the goals an unparsed_row and the 其他资金 lost).
Kept (guards): the 财政部 部门整体 template (年度主要任务 with money by source, 金额合计, 年度总体目标); a mid-year
绩效运行监控表 (1-6月执行数, 全年预计, 偏差原因, 完成目标可能性); a 重点绩效评价 评分表 with 评价要点 and 评分标准 between the
points and the score (the 评价要点 the template's, not kept: scores have no column for it); `(√)通过`, `可行(√)  不可行( )`, `☑是 ☐否`, `■通过 □不通过` as before; `◎通过 ◉不通过` (two marked circles, no
empty one) stayed as written (hunt fam11: the ring the option left, 不通过 chosen); a conclusion left blank under a question (review rv23) null.
"""
from __future__ import annotations

from tests.hunt_tools import only_project, other_fields, warning_codes


def test_points_holding_findings_are_kept(read):
    """Main: the 要点 dropped (the findings lost), `○予以支持 ●部分支持 ○不予支持` as written, no_indicators."""
    r = read("ct_s54_fam10_preassess_findings_in_points.txt")
    assert other_fields(only_project(r)) == {
        "立项必要性": "立项必要", "立项必要性（评估要点）": "项目列入县2025年民生实事，现有收运车辆老化，群众投诉较多",
        "投入经济性": "建议核减预算40万元", "投入经济性（评估要点）": "压缩式收运车单价高于市场询价约8%",
        "绩效目标合理性": "目标明确",
        "实施方案可行性": "基本可行", "实施方案可行性（评估要点）": "站点选址已完成，用地手续尚未办结",
        "综合评估结论": "部分支持", "评估机构": "某某县财政局绩效评价中心", "评估日期": "2024年10月18日"}


def test_conclusions_only_is_no_loss(read):
    """Main: no_indicators, the document partial."""
    r = read("ct_s54_fam10_preassess_findings_in_points.txt")
    assert warning_codes(r) == [] and r.document["status"] == "ok"
    assert r.tables["indicators"] == [] and r.tables["scores"] == []


def test_four_column_conclusions(read):
    """Main: three unparsed_row, necessity the first 要点 (a question), a finding taken for a label."""
    r = read("ct_s54_fam10_preassess_four_columns.txt")
    p = only_project(r)
    assert p["necessity"] is None
    assert other_fields(p) == {
        "立项必要性": "必要", "立项必要性（评估情况）": "已列入城市更新三年行动计划",
        "投入经济性": "合理", "投入经济性（评估情况）": "苗木单价参照市信息价，测算基本合理",
        "绩效目标合理性": "基本合理", "绩效目标合理性（评估情况）": "满意度指标未明确调查方式",
        "实施方案可行性": "可行", "实施方案可行性（评估情况）": "施工组织方案完整", "综合评估结论": "予以支持"}
    assert warning_codes(r) == [] and r.document["status"] == "ok"


def test_radio_buttons_and_other_ticks(read):
    """Main: the circles kept as written (`○是 ●否`, `◉必要 ○不必要` …), `○通过 ●不通过` glued to the 合计 row (an
    unparsed_row, the score 87 lost), the circles none filled as written."""
    r = read("ct_s54_fam10_radio_ticks.txt")
    p = only_project(r)
    assert other_fields(p) == {
        "专家组意见": "不通过", "立项必要性结论": "必要", "投入经济性结论": "合理", "目标合理性结论": "合理",
        "方案可行性结论": "可行", "是否政府采购": "否", "是否政府购买服务": "否", "综合评估结论": None}
    assert p["score"] == 87
    assert [s["score"] for s in r.tables["scores"]] == [36, 24, 27]
    assert warning_codes(r) == ["no_option_ticked"]
    assert "予以支持、部分支持、不予支持" in r.tables["warnings"][0]["message"]


def test_ticked_options_read_circles():
    """The option readers on circles (unit): a marked circle beside an empty one chosen; two marked ones, none
    empty, not read (which is chosen is unknown; a ring beside a dotted one is the empty one, hunt fam11); a ○ that is
    a zero no option."""
    from parsers.core import ticked_options
    from parsers.forms import _box_list_ticked, _box_list_unticked
    assert _box_list_ticked("○通过  ●不通过") == ["不通过"]
    assert _box_list_ticked("◯通过  ⬤不通过") == ["不通过"]
    assert _box_list_ticked("⊙同意  ○不同意") == ["同意"]
    # (a ring beside a dotted circle, no empty one: the ring the option left — it was None here, hunt fam11)
    assert _box_list_ticked("◎通过  ◉不通过") == ["不通过"]
    assert _box_list_unticked("○通过  ○不通过") == ["通过", "不通过"]
    assert _box_list_unticked("二○二四年十月二○日") is None
    assert ticked_options("二○二四年") is None
    assert ticked_options("◉新增项目 ○延续项目") == ["新增项目"]


W = 10000.0


def test_department_budget_row_then_duty_goals(read):
    """`年度部门预算（万元） | 预算总额 | 财政拨款 | 其他资金` over `| 3,560.00 | 3,460.00 | 100.00`, then `年度履职目标 |
    目标1：…`: the money read, the duty goals in other_fields. Main: the amounts' row and the goals' row glued into one
    (`100.00年度履职目标`: an unparsed_row, the other money lost, fiscal_total_gap)."""
    r = read("ct_s54_fam10_dept_budget_then_duty_goals.txt")
    p = only_project(r)
    assert (p["name"], p["department"]) == (None, "某某县农业农村局")
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (3560 * W, 3460 * W, 100 * W)
    assert other_fields(p) == {"年度履职目标": "目标1：完成高标准农田建设任务，提升粮食综合生产能力；目标2：做好动物疫病"
                                          "防控，确保不发生区域性重大动物疫情。"}
    assert len(r.tables["indicators"]) == 3 and warning_codes(r) == []


def test_department_template_tasks(read):
    """(a guard) the 财政部 template: tasks with their money by source, 金额合计 the total by source, 年度总体目标."""
    r = read("ct_s54_fam10_dept_tasks_template.txt")
    p = only_project(r)
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (1700 * W, 1600 * W, 100 * W)
    assert p["goal_annual"].startswith("目标1：完成高标准农田建设任务")
    assert [(b["name"], b["amount"]) for b in r.tables["budget_items"]] == [
        ("高标准农田建设", 1200 * W), ("动物疫病防控", 150 * W), ("农村人居环境整治", 350 * W)]
    assert len(r.tables["indicators"]) == 5 and warning_codes(r) == []


def test_monitor_midyear(read):
    """(a guard) 1-6月执行数 the money spent so far, each indicator's 1-6月完成值 its progress, 偏差原因分析 its
    deviation, the forecast and the likelihood ticked its note."""
    r = read("ct_s54_fam10_monitor_midyear.txt")
    p = only_project(r)
    assert (p["budget_initial"], p["spent"], p["execution_rate"]) == (800 * W, 320 * W, 0.4)
    got = [(i["level3"], i["progress_raw"], i["deviation"], i["note"]) for i in r.tables["indicators"]]
    assert got[0] == ("改造道路条数", "3条", "按计划推进", "全年预计完成值：8条；完成目标可能性：确定能")
    assert got[2][2:] == ("雨季影响工期", "全年预计完成值：2025年11月底前；完成目标可能性：有可能")
    assert len(got) == 5


def test_key_evaluation_scoring_table(read):
    """(a guard) `一级指标（分值） | … | 分值 | 评价要点 | 评分标准 | 得分 | 扣分原因`: 14 score rows, each reason its note,
    the 合计 86 the score, the grade 良."""
    r = read("ct_s54_fam10_key_eval_scoring.txt")
    p = only_project(r)
    assert (p["name"], p["score"], p["grade"]) == ("城乡供水一体化工程", 86, "良")
    s = r.tables["scores"]
    assert len(s) == 14 and sum(x["weight"] for x in s) == 100 and sum(x["score"] for x in s) == 86
    assert (s[8]["level3"], s[8]["score"], s[8]["note"]) == ("新建供水管网长度", 13, "完成86公里/计划100公里")
    assert warning_codes(r) == []

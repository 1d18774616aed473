"""Faults a hunt of 部门整体 forms found (department-wide target declarations and self-evaluations, 2020–2026:
tests/fixtures/review/ct_s34_br_*; README there): each read as the form says."""
from __future__ import annotations

from pathlib import Path

from jixiao.pipeline import process_file
from normalize.targets import split_target

REVIEW = Path(__file__).parent / "fixtures" / "review"
TEMPLATES = Path(__file__).parent / "templates"


def _review(name):
    return process_file(REVIEW / name).tables


def test_duty_and_task_heads_over_the_indicator_head_note_each_indicator():
    """`部门职责 | 工作任务 | 绩效指标` over `| | 一级指标 | 二级指标 | 三级指标 | 指标值` (the context heads merged down over
    two rows): each indicator's duty and task in its note (they were unplaced cells, not kept, and 部门职责 was read
    as the overview label with `工作任务` for its value)."""
    t = _review("ct_s34_br_duty_task_two_row_head.docx")
    p = t["projects"][0]
    assert p["overview"] is None
    assert [(i["level3"], i["note"]) for i in t["indicators"]][::2] == [
        ("新登记市场主体", "部门职责：负责全区市场主体登记注册；工作任务：企业开办服务"),
        ("食品抽检批次", "部门职责：负责食品安全监督管理；工作任务：食品安全抽检"),
        ("消费者满意度", "部门职责：负责食品安全监督管理；工作任务：食品安全抽检")]
    assert not [w for w in t["warnings"] if w["code"] == "unplaced_cell"]
    # the same table in a text dump (a template whose notes were lost the same way)
    t = process_file(TEMPLATES / "dept_duty_task_indicator_table" / "form.txt").tables
    assert t["projects"][0]["overview"] is None
    assert t["indicators"][0]["note"] == "部门职责：负责全县公共文化服务体系建设；工作任务：乡镇综合文化站免费开放"
    assert not [w for w in t["warnings"] if w["code"] == "unplaced_cell"]


def test_dept_budget_total_label_and_tasks_over_their_projects():
    """`部门预算总额 | 52,360,000.00` is the form's budget_total (it was an unplaced label, the total lost); `任务名称 |
    对应项目 | 金额` with a task merged over two projects: each project a line, its task the group (the second line
    had no name, the first was named by its task)."""
    t = _review("ct_s34_br_task_projects_nature.txt")
    p = t["projects"][0]
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (52_360_000, 51_860_000, 500_000)
    assert [(b["group"], b["name"], b["amount"]) for b in t["budget_items"] if b["kind"] == "composition"] == [
        ("促进就业创业", "就业补助资金", 8_000_000), ("促进就业创业", "创业担保贷款贴息", 1_200_000),
        ("职业技能提升", "职业技能提升行动", 3_500_000)]
    assert [i["note"] for i in t["indicators"]][:4] == ["指标性质：定量"] * 3 + ["指标性质：定性"]
    assert not [w for w in t["warnings"] if w["code"] == "unplaced_cell"]


def test_money_written_as_a_sentence_beside_the_block_label():
    """`年度预算申请 | 资金总额1,128.40万元，其中：财政拨款1,098.40万元，其他资金30.00万元。`: each money field (the
    row was unparsed, the money lost)."""
    t = _review("ct_s34_br_money_sentence.txt")
    p = t["projects"][0]
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (11_284_000, 10_984_000, 300_000)
    assert not [w for w in t["warnings"] if w["code"] == "unparsed_row"]


def test_rate_per_ten_thousand_is_a_quantity():
    """`≤200/10万` (a 发病率 per 100,000): op, value and unit (the value was lost, the target text only)."""
    t = split_target("≤200/10万")
    assert (t.op, t.value, t.unit, t.target_text) == ("<=", 200.0, "/10万", None)
    t = split_target("≤10人/10万人")
    assert (t.op, t.value, t.unit) == ("<=", 10.0, "人/10万人")
    assert split_target("≥1/2").value is None        # a fraction stays a text
    t = _review("ct_s34_br_selfeval_dept_unit_rows.txt")
    i = next(i for i in t["indicators"] if i["level3"] == "甲乙类传染病发病率")
    assert (i["op"], i["value"], i["unit"], i["actual_raw"], i["weight"], i["score"]) == ("<=", 200, "/10万", "186/10万", 30, 30)
    p = t["projects"][0]
    assert (p["department"], p["unit"], p["budget_year"], p["spent"], p["execution_rate"], p["score"], p["grade"]) == (
        "阜阳市颍州区卫生健康委员会", "阜阳市颍州区疾病预防控制中心", 10_356_000, 10_023_000, 0.9678, 98.68, "优")


def test_task_table_of_a_self_evaluation_keeps_content_and_completion():
    """`任务名称 | 全年预算数 | 全年执行数 | 完成情况` (and `任务名称 | 主要内容 | 预算数 | 执行数 | 完成情况`): the task's
    content and completion in its line's note (both were dropped: notes were kept only beside a 工作任务 column)."""
    t = _review("ct_s34_br_selfeval_task_table.docx")
    assert [(b["name"], b["amount"], b["note"]) for b in t["budget_items"] if b["kind"] == "composition"] == [
        ("河道保洁", 1_200_000, "完成情况：完成；全年执行数：118万元"),
        ("水利工程维修", 2_600_000, "完成情况：基本完成；全年执行数：231.5万元")]
    t = process_file(TEMPLATES / "dept_overall_self_eval" / "form.txt").tables
    assert [(b["name"], b["amount"], b["note"]) for b in t["budget_items"] if b["kind"] == "composition"][0] == (
        "数字城管信息采集", 980_000, "主要内容：委托专业队伍开展城市管理问题信息采集；完成情况：按计划完成；执行数：96.5万元")


def test_guards_read_right_before_and_after():
    """Forms of the family that read right: the income split over five columns with an 对应任务 column last (text);
    对应任务 first, merged down, money rows in a sheet (XLSX); a PDF's grid."""
    t = _review("ct_s34_br_income5_task_col.txt")
    p = t["projects"][0]
    assert (p["name"], p["department"], p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (
        None, "湘潭市雨湖区农业农村局", 24_689_000, 24_189_000, 500_000)
    assert t["indicators"][0]["note"] == "对应任务：高标准农田建设"
    t = _review("ct_s34_br_task_col_first.xlsx")
    assert [i["note"] for i in t["indicators"]][::2] == ["对应任务：城市道路养护", "对应任务：市政设施维护", "对应任务：数字城管运行"]
    assert [(b["name"], b["amount"], b["kind"]) for b in t["budget_items"] if b["kind"] in ("use", "composition")] == [
        ("基本支出", 21_000_000, "use"), ("项目支出", 14_605_000, "use"), ("城市道路养护", 8_600_000, "composition"),
        ("市政设施维护", 4_205_000, "composition"), ("数字城管运行", 1_800_000, "composition")]
    t = _review("ct_s34_br_target_grid.pdf")
    p = t["projects"][0]
    assert (p["department"], p["budget_total"], p["year"]) == ("泉州市丰泽区民政局", 54_600_000, 2024)
    assert [(i["level3"], i["op"], i["value"], i["unit"]) for i in t["indicators"]][:2] == [
        ("高龄津贴发放人数", ">=", 6000, "人"), ("低保对象动态管理率", "=", 100, "%")]


def test_whole_budget_row_of_a_self_evaluation_matrix_is_its_total():
    """`预算执行情况（万元） | 预算数 | 执行数 | 执行率 | 分值 | 得分` over `部门整体支出 | 2,680.00 | 2,594.30 | 96.80% | 10 |
    9.68`: the row is the matrix's total (it was a source line: budget, spent, rate and the 预算执行率 score lost, and the
    weights reported not to add up)."""
    t = _review("ct_s34_br_selfeval_whole_row_label.txt")
    p = t["projects"][0]
    assert (p["budget_year"], p["spent"], p["execution_rate"]) == (26_800_000, 25_943_000, 0.968)
    assert [(s["level3"], s["weight"], s["score"]) for s in t["scores"]] == [("预算执行率", 10, 9.68)]
    assert [b["name"] for b in t["budget_items"]] == ["基本支出", "项目支出"]
    assert not [w for w in t["warnings"] if w["code"] == "weights_not_100"]


def test_tasks_over_projects_in_a_sheet_and_one_context_head_over_two_rows():
    """A sheet's task merged over its 对应项目 rows: each project a line, the task its group; `对应任务 | 绩效指标` over
    the level heads (a DOCX): each indicator's task in its note."""
    t = _review("ct_s34_br_tasks_projects_merged.xlsx")
    assert t["projects"][0]["budget_total"] == 128_600_000
    assert [(b["group"], b["name"], b["amount"]) for b in t["budget_items"]] == [
        ("学前教育发展", "普惠性幼儿园补助", 6_200_000), ("学前教育发展", "幼儿资助", 855_000),
        ("义务教育保障", "教育信息化", 4_300_000)]
    t = _review("ct_s34_br_task_head_two_rows.docx")
    assert [(i["level3"], i["note"], i["value"], i["unit"]) for i in t["indicators"]] == [
        ("老年人健康管理人数", "对应任务：基本公共卫生服务", 1.2, "万人"), ("孕产妇死亡率", "对应任务：基本公共卫生服务", 10, "/10万"),
        ("签约居民满意度", "对应任务：家庭医生签约", 90, "%")]

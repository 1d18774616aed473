"""Hunt nw19 (session 69): whole documents as office files and PDFs, end to end (tests/fixtures/review/ct_s69_nw19_*,
made by tests/fixtures/review/make_s69_nw19.py with openpyxl, python-docx and reportlab, real merged cells; each
reading written down by hand before jixiao was run): a 2026 目标表 workbook of one sheet per project (呼和浩特 赛罕区,
3 sheets), a 自评表 DOCX with 分值 | 得分 | 偏差原因分析及改进措施 and a 评分表 of its own framework (蚌埠 2024), a ruled
PDF 部门整体支出绩效目标表 with 年度主要任务 (宜昌 2025), an XLSX 考核任务分解表 whose 任务类别 / 责任单位 / 完成时限
merge over rows (烟台 2024), a DOCX 专项资金 区域绩效目标表 with 实施期 | 年度 columns (安徽 2025-2027), a ruled PDF
绩效运行监控表 of 1-6月 (柳州 2025), a DOCX in the new template's 指标性质 | 指标值 | 度量单位 | 权重 columns (拉萨
2026) and an XLSX 自评表 whose 偏差原因 cell merges over two rows (鄂尔多斯 2023). 7 of the 8 documents read right on
BASE, 8 after.

Decided:
- a money block's 预算执行率 row scored with no 分值 (`执行率 | 得分` over `95% | 9.5`), no 评分表, beside indicators of
  exactly 90 points: the row's points are the template's 10 the form leaves unwritten (BASE: "the weights add up to
  90" under `总分 | 100 | 96.5`); indicators of 80 (a row lost) keep the warning.
Kept (BASE already): a 自评表 with a scored money row (`分值 | 执行率 | 得分`) and 偏差原因 followed by a 评分表 of its
own framework: one 预算执行率 row, the 评分表's under 过程 / 资金管理, no weights_not_100; a sheet per project, each
its own project with its money and indicators; the 部门整体 form's tasks as composition lines; the 考核任务分解表's
merged category, unit and deadline carried to each task; the 实施期 | 年度 money (budget_total the period's) and a
record per horizon; a PDF 监控表's 1-6月 progress, deviations and 完成目标可能性; the 指标性质 | 指标值 | 度量单位
columns joined into op / value / unit, the 权重 the weight; a 偏差原因 merged over two rows given to both.
Left: nothing open. (A first 蚌埠 fixture whose 评分表 totalled 93.2 under the 自评表's 总分 92.2 gave "the scores add
up to 83 but the total score is 92.2", the money row's bare 预算执行率 dropped as the 评分表's copy, hunt bp's one-row
reading in tests/test_hunt_s34_bp.py; the form's two totals disagreed, a warning deserved: the fixture was made
consistent, 92.2 both.)
"""
from __future__ import annotations

import pytest

from tests.hunt_tools import budget_lines, indicator_targets, only_project, other_fields, warning_codes

W = 10_000
P = "ct_s69_nw19_"


def _fields(p, *keys):
    return tuple(p.get(k) for k in keys)


def test_hohhot_one_sheet_per_project(read):
    """Three sheets, three projects, each its money and its own indicators; the 2026 year from the title."""
    r = read(P + "hohhot_three_sheets.xlsx")
    ps = r.tables["projects"]
    assert [p["name"] for p in ps] == ["赛罕区义务教育学校校舍维修改造项目", "赛罕区学前教育保教费补助项目",
                                       "赛罕区校园安全技防设施提升项目"]
    assert [p["year"] for p in ps] == [2026] * 3
    assert [p["budget_year"] for p in ps] == [860 * W, 420 * W, 156 * W]
    assert [p["budget_fiscal"] for p in ps] == [800 * W, 420 * W, 156 * W]
    assert ps[1]["unit"] == "呼和浩特市赛罕区学前教育中心" and ps[0]["department"] == "呼和浩特市赛罕区教育局"
    t = indicator_targets(r)
    assert len(t) == 16
    assert t[0] == ("产出指标", "数量指标", "维修改造校舍面积", ">=", 1.2, "万平方米")
    assert t[8] == ("产出指标", "成本指标", "生均补助标准", "<=", 1200.0, "元")
    assert t[12] == ("产出指标", "数量指标", "安装一键报警装置", ">=", 32.0, "套")
    by_project = [sum(1 for i in r.tables["indicators"] if i["project_id"] == p["project_id"]) for p in ps]
    assert by_project == [6, 5, 5]
    assert r.tables["indicators"][3]["target_raw"] == "2026年8月底前"
    assert warning_codes(r) == []


def test_bengbu_self_eval_with_own_scoring_table(read):
    """自评表 with a scored money row and 偏差原因, then a 评分表 of its own framework: its 预算执行率 row the one kept."""
    r = read(P + "bengbu_self_eval.docx")
    p = only_project(r)
    assert _fields(p, "name", "year", "unit") == ("蚌埠市龙子湖区城市内涝治理项目", 2024, "蚌埠市龙子湖区市政工程管理处")
    assert _fields(p, "budget_year", "spent", "execution_rate", "score") == (1_500 * W, 1_380 * W, 0.92, 92.2)
    ind = r.tables["indicators"]
    assert len(ind) == 6
    assert (ind[0]["actual_raw"], ind[0]["weight"], ind[0]["score"]) == ("11.2公里", 15.0, 14.0)
    assert ind[0]["deviation"].startswith("部分路段地下管线迁改滞后") and ind[3]["deviation"] == "汛期暂停施工一个月"
    s = r.tables["scores"]
    rates = [(x["level1"], x["weight"], x["score"]) for x in s if x["level3"] == "预算执行率"]
    assert rates == [("过程", 10.0, 9.2)]
    assert [x["level1"] for x in s if x["level1"]] == ["决策", "决策", "过程", "过程", "产出", "效益", "效益"]
    assert sum(x["weight"] for x in s) == 100.0 and sum(x["score"] for x in s) == pytest.approx(92.2)
    assert warning_codes(r) == []


def test_yichang_dept_whole_pdf(read):
    """Ruled PDF 部门整体 form: the department, 资金 total from 金额合计, each task a line, 6 targets (‰ kept)."""
    r = read(P + "yichang_dept_whole.pdf")
    p = only_project(r)
    assert p["name"] is None and p["year"] == 2025 and p["department"] == "宜昌市林业和园林局"
    assert p["budget_total"] == 2_450 * W
    assert budget_lines(r) == [(None, "森林防火", 620 * W, "composition"),
                               (None, "林业有害生物防治", 480 * W, "composition"),
                               (None, "城区园林绿化养护", 1_350 * W, "composition")]
    t = indicator_targets(r)
    assert len(t) == 6
    assert t[3] == ("效益指标", "生态效益指标", "森林火灾受害率", "<=", 0.9, "‰")
    assert warning_codes(r) == []


def test_yantai_task_breakdown_merged(read):
    """考核任务分解表 whose category, unit and deadline merge over rows: each task carries them; 合计 no task."""
    r = read(P + "yantai_task_breakdown.xlsx")
    a = r.tables["assessment_items"]
    assert len(a) == 7
    assert [x["section"] for x in a] == ["文旅融合"] * 3 + ["公共文化"] * 2 + ["资金管理"] * 2
    assert [x["responsible"] for x in a] == [["市文化和旅游局"]] * 4 + [["各区市人民政府"]] + [["市财政局"]] * 2
    assert [x["deadline"] for x in a] == ["2024年11月底"] * 3 + ["2024年12月底"] * 3 + ["2025年3月底"]
    assert [x["points"] for x in a] == [15.0, 10.0, 10.0, 15.0, 10.0, 20.0, 10.0]


def test_anhui_region_period_and_year(read):
    """区域绩效目标表 with 实施期 | 年度 money and values: the period's money the total, a record per horizon."""
    r = read(P + "anhui_region_midterm.docx")
    p = only_project(r)
    assert _fields(p, "name", "year", "department") == ("安徽省农村供水工程维修养护补助资金", 2025, "安徽省水利厅")
    assert _fields(p, "budget_total", "budget_year") == (36_000 * W, 12_000 * W)
    assert p["goal_total"].startswith("三年维修养护") and p["goal_annual"].startswith("维修养护农村供水工程5000处")
    assert other_fields(p).get("省级财政部门") == "安徽省财政厅"
    ind = r.tables["indicators"]
    assert len(ind) == 10 and [i["horizon"] for i in ind[:2]] == ["long_term", "annual"]
    assert (ind[0]["value"], ind[0]["unit"], ind[1]["value"], ind[1]["unit"]) == (1.5, "万处", 5000.0, "处")
    assert warning_codes(r) == ["vague_target", "vague_target"]    # (健全, each horizon)


def test_liuzhou_monitor_pdf(read):
    """Ruled PDF 监控表 of 1-6月: progress, deviation and 完成目标可能性 on each row, the money's deviation kept."""
    r = read(P + "liuzhou_monitor.pdf")
    p = only_project(r)
    assert _fields(p, "name", "year", "unit") == ("柳州市城区生活垃圾分类运营项目", 2025, "柳州市环境卫生管理处")
    assert _fields(p, "budget_year", "spent", "execution_rate") == (2_400 * W, 1_020 * W, 0.425)
    assert "部分设备采购尚在招标" in (p["other_notes"] or "")
    ind = r.tables["indicators"]
    assert len(ind) == 5
    assert (ind[1]["progress_raw"], ind[1]["deviation"]) == ("8辆", "车辆采购招标流标一次")
    assert ind[1]["note"] == "完成目标可能性：有可能"
    assert (ind[3]["op"], ind[3]["value"], ind[3]["unit"]) == (">=", 38.0, "%")


def test_lhasa_nature_value_unit_columns(read):
    """指标性质 | 指标值 | 度量单位 | 权重 columns: op, value and unit from three cells, the weight beside."""
    r = read(P + "lhasa_nature_columns.docx")
    p = only_project(r)
    assert _fields(p, "name", "year", "budget_year") == ("城关区农牧民技能培训项目", 2026, 280 * W)
    t = indicator_targets(r)
    assert len(t) == 6
    assert t[0] == ("产出指标", "数量指标", "培训农牧民人次", ">=", 1200.0, "人次")
    assert t[3] == ("产出指标", "成本指标", "人均培训成本", "<=", 2300.0, "元/人")
    assert [i["weight"] for i in r.tables["indicators"]] == [20.0, 10.0, 15.0, 10.0, 25.0, 20.0]
    assert warning_codes(r) == []


def test_ordos_self_eval_merged_deviation(read):
    """XLSX 自评表: money, actuals and scores; a 偏差原因 merged over two rows given to both."""
    r = read(P + "ordos_self_eval.xlsx")
    p = only_project(r)
    assert _fields(p, "name", "year", "budget_year", "spent", "score") == (
        "鄂尔多斯市康巴什区草原生态修复项目", 2023, 760 * W, 722 * W, 96.5)
    ind = r.tables["indicators"]
    assert [i["actual_raw"] for i in ind] == ["2.7万亩", "40公里", "85%", "46%", "95%"]
    assert [i["deviation"] for i in ind[:3]] == ["春季干旱，补播推迟至秋季"] * 2 + [None]


def test_ordos_rate_score_without_points(read):
    """`执行率 | 得分` (95% | 9.5) with no 分值, indicators 90 points, `总分 | 100 | 96.5`: no weights_not_100."""
    r = read(P + "ordos_self_eval.xlsx")
    assert "weights_not_100" not in warning_codes(r)


def test_ordos_points_short_without_the_template_rate(read):
    """The same with an indicator row of 10 points lost (indicators 80): the template's 10 does not make them 100."""
    r = read(P + "ordos_short_points.txt")
    assert "weights_not_100" in warning_codes(r)

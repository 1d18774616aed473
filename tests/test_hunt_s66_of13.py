"""Hunt of13 (session 66): office files of layouts not met before, each made by the tool that makes such files
(tests/fixtures/review/ct_s66_of13_*, made by tests/fixtures/review/make_s66_of13.py) — a mail-merged Word form (its
name a MERGEFIELD's result, its department a hyperlink, its unit a `w:fldSimple`, 项目属性 by check boxes, a tracked
change in the goal, a row starting late by `w:gridBefore` and one ending early by `w:gridAfter`), indicators in a Word
table nested in a cell, a workbook of a form per sheet named by its project (money in 元 shown in 万元 by the number
format `0!.0000`, a date serial, a hidden row and a hidden column, totals as formulas with no cached value) and the same
saved as .xls by LibreOffice, a form of Word content controls, an Excel 另存为网页 page and a WPS 文字 page, a damaged .docx and a password-protected
.xlsx. Each reading was written down by hand before the run.

Decided (wrong on main, fixed):
- a number format `0\\!.0000` — LibreOffice's rewriting of Excel's 万元 trick `0!.0000` when it saves a workbook as .xls
  (its `!` escape escaped again) — is read as Excel's: 1500000 shown `150.0000` under `年度资金总额（万元）` (main:
  `1500000!`, the money row an `unparsed_row`, the form's money null);
- a label naming the year's money over heads whose total is a total's own label, `年度资金总额（万元） | 资金总额 |
  财政拨款 | 其他资金` over `| 360.00 | 300.00 | 60.00` (an Excel page's form; 总额 / 总金额 alike): the 资金总额 head's
  figure is the year's budget, as a `合计` head's is (main: budget_total 360, budget_year null); only under a label
  naming the year's total (`总额`): `年度预算申请（万元） | 资金总额 | …` of a 部门整体 form keeps budget_total (the
  snapshot's ct_s30 / ct_s38 / ct_s58 forms, unchanged).
Kept (read right on main, guards): a MERGEFIELD's result (its instruction not read), a hyperlink's and a fldSimple's
text, `☑新增项目  □延续项目` as 新增项目, a tracked change's accepted text only (`3500`, not `30003500`), a row starting
late by gridBefore under a level-1 cell (its level carried), a row ending early by gridAfter; a table nested in a cell
read as the form's indicators (a vMerge inside it); a form per sheet named by its project on its sheet's page, a hidden
row and a hidden column not read, a formula of no cached value computed (`=B5+C5`, `=SUM(B5:C5)`), a date serial read
as the day; an Excel page's `display:none` row not read, `<br>` inside cells, `x:num` cells read by their text; a WPS
page's form nested in a layout table, figures split by `<span lang=EN-US>`; content controls (plain-text values,
`w14:checkbox` controls ticking 延续项目, a placeholder not read, a date picker's day); a damaged .docx and an encrypted .xlsx each
one failed row whose error names the file and says why.
Left: a DOCX's indicators nested in a cell are on `page` 2 (the nested grid's number) where the form's other rows are on
page 1 or null; not changed here. `小计` / `金额合计` heads under a year's label (no field the heads' reader knows) stay
unread as the year's total.
"""
from __future__ import annotations

import datetime

import pytest

from tests.hunt_tools import indicator_targets, only_project

PRE = "ct_s66_of13_"
W = 10000.0
P, E, S = "产出指标", "效益指标", "满意度指标"
SAT = "服务对象满意度指标"


def test_word_fields_links_ticks_and_tracked_goal(read):
    """Name a MERGEFIELD's result, department a hyperlink, unit a fldSimple, 项目属性 ticked by boxes, the goal's
    tracked change read as accepted; a row starting late (gridBefore) keeps its level 1, a row ending early reads."""
    r = read(PRE + "fields.docx")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["category"]) == (
        "农村饮水安全巩固提升", "某县水利局", "某县农村供水管理站", "新增项目")
    assert (p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (230 * W, 200 * W, 30 * W)
    assert p["goal_annual"] == "新建集中供水工程12处，巩固提升3500名农村群众饮水安全保障水平。"
    assert "MERGEFIELD" not in str(r.tables)
    assert p["fill_date"] == datetime.date(2025, 1, 10)
    assert indicator_targets(r) == [
        (P, "数量指标", "新建集中供水工程", ">=", 12.0, "处"), (P, "质量指标", "水质达标率", "=", 100.0, "%"),
        (E, "社会效益指标", "巩固提升受益人口", ">=", 3500.0, "人"), (S, SAT, "受益群众满意度", ">=", 90.0, "%")]
    assert r.tables["warnings"] == []


def test_indicators_in_a_table_nested_in_a_cell(read):
    """`绩效指标 | [a nested table of four columns]`: its rows the form's indicators, 产出指标 merged down over three."""
    r = read(PRE + "nested.docx")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["budget_year"]) == (
        "中小学校舍维修改造", "某县教育局", "某县第二中学", 80 * W)
    assert p["goal_annual"] == "维修改造校舍2400平方米，消除校舍安全隐患。"
    assert indicator_targets(r) == [
        (P, "数量指标", "维修改造校舍面积", ">=", 2400.0, "平方米"), (P, "质量指标", "工程验收合格率", "=", 100.0, "%"),
        (P, "时效指标", "完工时间", None, None, None), (E, "社会效益指标", "改善办学条件受益学生数", ">=", 1500.0, "人"),
        (S, SAT, "师生满意度", ">=", 90.0, "%")]
    assert r.tables["indicators"][2]["target_text"] == "2025年8月31日前"
    assert r.tables["warnings"] == []


ROADS = [(P, "数量指标", "安装波形护栏", ">=", 18.0, "公里"), (P, "质量指标", "工程验收合格率", "=", 100.0, "%"),
         (E, "社会效益指标", "道路交通事故下降率", ">=", 10.0, "%"), (S, SAT, "沿线群众满意度", ">=", 90.0, "%")]
FARM = [(P, "数量指标", "新建高标准农田", ">=", 5000.0, "亩"), (P, "时效指标", "完工时间", None, None, None),
        (E, "经济效益指标", "亩均粮食增产", ">=", 50.0, "公斤"), (S, SAT, "农户满意度", ">=", 90.0, "%")]


@pytest.mark.parametrize("name", ["sheets.xlsx", "sheets.xls"])
def test_form_per_sheet_money_in_yuan_shown_in_wan(read, name):
    """Two sheets named by their projects; the first's money 1,500,000 / 300,000 shown `150.0000` / `30.0000` by
    `0!.0000` (LibreOffice's .xls: `0\\!.0000`), its total `=B5+C5`; the old indicator's row 9 and the notes' column E
    hidden, not read; 填报日期 a serial shown as a day. The second's total `=SUM(B5:C5)`."""
    r = read(PRE + name)
    ps = r.tables["projects"]
    assert [(p["name"], p["department"], p["page"]) for p in ps] == [
        ("乡村道路安全生命防护工程", "某县交通运输局", 1), ("高标准农田建设", "某县农业农村局", 2)]
    assert [(p["budget_year"], p["budget_fiscal"], p["budget_other"]) for p in ps] == [
        (180 * W, 150 * W, 30 * W), (500 * W, 420 * W, 80 * W)]
    assert ps[0]["fill_date"] == datetime.date(2025, 1, 10)
    assert indicator_targets(r) == ROADS + FARM
    assert [(i["page"], i["line"]) for i in r.tables["indicators"]][:2] == [(1, 8), (1, 10)]
    assert "减速带" not in str(r.tables) and "调整前" not in str(r.tables)
    assert r.tables["warnings"] == []


def test_excel_web_page_year_total_under_its_label(read):
    """Excel's 另存为网页: `年度资金总额<br>（万元）` merged down over `资金总额 | 财政拨款 | 其他资金` and their figures
    (`x:num`, `x:fmla`): the year's 360; a `display:none` row not read; `<br>` inside the name and a level 2."""
    r = read(PRE + "excel.html")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"]) == ("城区老旧小区雨污分流改造", "某市住房和城乡建设局", "某市排水管理处")
    assert (p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (360 * W, 300 * W, 60 * W)
    assert p["budget_total"] is None
    assert indicator_targets(r) == [
        (P, "数量指标", "改造老旧小区", ">=", 12.0, "个"), (P, "数量指标", "新建污水管网", ">=", 8.5, "公里"),
        (E, "生态效益指标", "污水收集率", ">=", 95.0, "%"), (S, SAT, "居民满意度", ">=", 90.0, "%")]
    assert "雨水管网" not in str(r.tables)
    assert r.tables["warnings"] == []


@pytest.mark.parametrize("label,head,total,year", [
    ("年度资金总额（万元）", "资金总额", None, 360 * W), ("年度资金总额（万元）", "总额", None, 360 * W),
    ("年度资金总额（万元）", "合计", None, 360 * W), ("年度预算申请（万元）", "资金总额", 360 * W, None)])
def test_year_label_over_a_total_head_in_a_dump(tmp_path, label, head, total, year):
    """The same money block as a text dump: `<label> | <head> | 财政拨款 | 其他资金` over the figures; a label of no
    总额 (a 部门整体 form's 年度预算申请) keeps its 资金总额 head the budget_total it was."""
    from jixiao.pipeline import process_file
    f = tmp_path / "form.txt"
    f.write_text("2025年度项目支出绩效目标表\n项目名称\t城区老旧小区雨污分流改造\n" + label + "\t" + head
                 + "\t财政拨款\t其他资金\n\t360.00\t300.00\t60.00\n年度绩效目标\t完成12个老旧小区雨污分流改造。\n"
                 "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t改造老旧小区\t≥12个\n"
                 "满意度指标\t服务对象满意度指标\t居民满意度\t≥90%\n", encoding="utf-8")
    p = only_project(process_file(str(f)))
    assert (p["budget_total"], p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (
        total, year, 300 * W, 60 * W)


def test_wps_web_page_form_nested_in_a_layout_table(read):
    """WPS 文字's page: the form table inside a layout table's cell, every cell a `<p class=MsoNormal>`, figures split
    by `<span lang=EN-US>` (`≥<span>9</span><span>0</span>%`); the filler's line under it."""
    r = read(PRE + "wps.html")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["budget_year"], p["budget_fiscal"]) == (
        "社区居家养老服务中心建设", "某区民政局", "某区养老服务指导中心", 96 * W, 96 * W)
    assert p["contact"] == "王芳"
    assert indicator_targets(r) == [
        (P, "数量指标", "新建养老服务中心", ">=", 4.0, "个"), (P, "质量指标", "验收合格率", "=", 100.0, "%"),
        (E, "社会效益指标", "服务老年人次", ">=", 2000.0, "人次"), (S, SAT, "老年人满意度", ">=", 90.0, "%")]
    assert r.tables["warnings"] == []


@pytest.mark.parametrize("name,why", [("damaged.docx", "damaged DOCX"), ("locked.xlsx", "password-protected")])
def test_damaged_and_locked_files_fail_clearly(read, name, why):
    """Each a documents row, failed, its error naming the file and what is wrong; nothing else read."""
    r = read(PRE + name)
    assert r.document["status"] == "failed"
    assert r.document["error"].startswith(str(r.document["path"]) + ": ") and name in r.document["error"]
    assert why in r.document["error"]
    assert r.tables["projects"] == [] and r.tables["indicators"] == []


def test_content_controls_hold_the_values(read):
    """Plain-text controls holding the name and the unit, `w14:checkbox` controls ticking 延续项目 (☒) and not 新增项目
    (☐), a placeholder still shown in 联系电话 (no value), a date picker's 填报日期."""
    r = read(PRE + "controls.docx")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["category"]) == (
        "老年人免费健康体检", "某县卫生健康局", "某县疾病预防控制中心", "延续项目")
    assert (p["budget_year"], p["budget_fiscal"], p["fill_date"]) == (45 * W, 45 * W, datetime.date(2025, 1, 15))
    assert p["phone"] is None and "单击" not in str(r.tables)
    assert indicator_targets(r) == [
        (P, "数量指标", "老年人健康体检人次", ">=", 12000.0, "人次"), (E, "社会效益指标", "老年人健康管理率", ">=", 70.0, "%"),
        (S, SAT, "体检对象满意度", ">=", 90.0, "%")]
    assert r.tables["warnings"] == []

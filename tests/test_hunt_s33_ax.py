"""Hunt AX (部门预算公开 / 部门决算公开 bundles: the disclosure's own tables — 收支总表, “三公”经费表, 政府采购预算表,
收入支出决算总表 … — before or beside the 绩效 forms): tests/fixtures/review/ct_s33_ax_*, each read as the form says."""
from __future__ import annotations

from pathlib import Path

from jixiao.pipeline import process_file

REVIEW = Path(__file__).parent / "fixtures" / "review"

_MONEY = ("budget_total", "budget_year", "budget_fiscal", "budget_other", "budget_initial", "spent")


def _review(name):
    return process_file(REVIEW / name)


def _inds(t):
    return [(i["level1"], i["level2"], i["level3"], i["target_raw"]) for i in t["indicators"]]


def _money(p):
    return {k: p[k] for k in _MONEY if p.get(k) is not None}


def _said_once(t, *tables):
    """The disclosure's tables are said once, by one not_a_form naming them, and nothing else is said of them."""
    said = [w for w in t["warnings"] if w["code"] == "not_a_form"]
    assert len(said) == 1 and all(x in said[0]["message"] for x in tables), said
    assert not [w for w in t["warnings"] if w["code"] in ("unparsed_row", "unplaced_cell", "header_missing",
                                                          "no_indicators", "annual_exceeds_total",
                                                          "fiscal_total_gap")]


_ARCHIVE_INDS = [("产出指标", "数量指标", "档案数字化加工量", "≥120万画幅"),
                 ("效益指标", "社会效益指标", "档案利用人次", "≥5000人次"),
                 ("满意度指标", "服务对象满意度指标", "档案利用者满意度", "≥90%")]


def test_a_disclosure_table_before_a_target_form_is_none_of_its_money():
    """`部门收支总表` (收入 | 支出 / 项目 | 预算数, 收入总计 3,380.20), `一般公共预算财政拨款“三公”经费支出决算表`
    (项目 | 预算数 | 决算数), `政府采购预算表` (项目名称 | 采购品目 | 采购数量 | …) and `部门支出总表` (科目编码 | 科目名称 | …)
    just before a 项目支出绩效目标表 of 年度资金总额 280: the table was merged into the form (budget_total 33,802,000 or
    120,000 from its 总计 / 合计, its rows the form's source lines), or made a project of its own named `采购品目` (a
    column head), or gave unparsed_row warnings and a partial document. The table is the department's: the form
    keeps its own money and nothing else."""
    for name, table in (("ct_s33_ax_shouzhi_zongbiao_before_form.txt", "部门收支总表"),
                        ("ct_s33_ax_sangong_before_form.txt", "“三公”经费支出决算表"),
                        ("ct_s33_ax_caigou_before_form.txt", "政府采购预算表"),
                        ("ct_s33_ax_zhichu_zongbiao_beside_form.txt", "部门支出总表")):
        r = _review(name)
        t = r.tables
        assert [(p["name"], p["department"], p["title"], _money(p)) for p in t["projects"]] == [
            ("档案数字化加工项目", "湖南省档案馆", "项目支出绩效目标表",
             {"budget_year": 2800000.0, "budget_fiscal": 2800000.0, "budget_other": 0.0})], name
        assert t["budget_items"] == [], name
        assert _inds(t) == _ARCHIVE_INDS, name
        _said_once(t, table)
        assert r.document["status"] == "ok", name


def test_disclosure_tables_before_a_self_evaluation_are_none_of_its_money_or_fields():
    """A Word 决算 bundle: `收入支出决算总表` (项目 | 行次 | 金额 | 项目 | 行次 | 金额), or the 12-column “三公”经费
    决算表 (预算数 … | 决算数 …) and the 政府性基金 table (功能分类科目编码 | 科目名称 …), right before a 项目支出绩效自评表:
    their 行次 were read as money (一般公共服务支出 320,000 = 行次 32 × 万元, budget_total 310,000 from 总计's 行次 31)
    or the fund's line `林业草原生态保护恢复 | 120` became the form's budget line and budget_total (a false
    annual_exceeds_total). The self-evaluation keeps only its own matrix."""
    for name, tables in (("ct_s33_ax_juesuan_zongbiao_before_self_eval.docx", ("收入支出决算总表",)),
                         ("ct_s33_ax_sangong_jijin_before_self_eval.docx",
                          ("“三公”经费支出决算表", "政府性基金预算财政拨款收入支出决算表"))):
        r = _review(name)
        t = r.tables
        assert [(p["name"], p["department"], p["other_fields"], _money(p)) for p in t["projects"]] == [
            ("森林防火专项经费", "岳阳市林业局", None,
             {"budget_year": 1685000.0, "budget_fiscal": 1685000.0, "budget_initial": 1500000.0,
              "spent": 1602000.0})], name
        assert [(b["name"], b["amount"]) for b in t["budget_items"]] == [("当年财政拨款", 1685000.0)], name
        assert len(t["indicators"]) == 3, name
        _said_once(t, *tables)
        assert r.document["status"] == "ok", name


def test_a_disclosure_table_after_a_form_under_no_title_is_none_of_its_lines():
    """A form, then `金额单位：万元` over `项目 | 预算数 | 决算数` and the “三公” rows (their title lost): the rows
    were the form's source lines (因公出国（境）费 0, 公务用车购置及运行费 80,000, 公务接待费 40,000) and 合计 its
    budget_total 120,000 (annual_exceeds_total). A table headed as a disclosure's table ends the form."""
    r = _review("ct_s33_ax_form_then_headless_sangong.txt")
    t = r.tables
    assert [(p["name"], _money(p)) for p in t["projects"]] == [
        ("档案数字化加工项目", {"budget_year": 2800000.0, "budget_fiscal": 2800000.0, "budget_other": 0.0})]
    assert t["budget_items"] == [] and _inds(t) == _ARCHIVE_INDS
    _said_once(t, "项目 | 预算数 | 决算数")
    assert r.document["status"] == "ok"


def test_a_workbook_of_disclosure_sheets_and_form_sheets():
    """A 部门预算 workbook (江西省统计局, one sheet a table: 表1 部门收支总表 … 表11 国有资产占用情况表, then 表12 项目支出
    绩效目标表 and 表13 部门整体支出绩效目标表): the first sheets made a project of their own (header_missing, budget_year
    158,496,200, source lines 单位资金 / 本年收入 / 一般公共服务支出) and 34 unparsed_row warnings. Now the forms only."""
    r = _review("ct_s33_ax_bundle_sheets.xlsx")
    t = r.tables
    assert [(p["name"], p["form"], p["department"]) for p in t["projects"]] == [
        ("统计调查专项经费", "target", "江西省统计局"), ("第五次全国经济普查资料开发经费", "target", "江西省统计局"),
        (None, "target", "江西省统计局")]
    assert [(b["name"], b["amount"]) for b in t["budget_items"]] == [
        ("统计调查", 5200000.0), ("普查资料开发", 1800000.0), ("机关运转", 48263500.0)]
    assert len(t["indicators"]) == 17
    _said_once(t, "部门收支总表", "11 budget tables")
    assert r.document["status"] == "ok"


def test_a_wide_table_headed_unit_name_with_project_name():
    """A Hunan county's one table for all projects, headed `单位名称（项目名称） | 项目金额 | 年度绩效目标 | 一级指标 | …`:
    the head was not taken for the name column, so the table gave one nameless project with every indicator (and
    unplaced_cell warnings). Each project is its own form."""
    r = _review("ct_s33_ax_wide_table_danwei_xiangmu.txt")
    t = r.tables
    assert [(p["name"], p["budget_total"], p["goal_annual"]) for p in t["projects"]] == [
        ("农村人居环境整治经费", 1200000.0, "完成全镇生活垃圾收集转运。"),
        ("防汛抗旱经费", 650000.0, "汛前完成12口以上病险山塘维修加固。")]
    assert len(t["indicators"]) == 4 and r.document["status"] == "ok"
    assert not [w for w in t["warnings"] if w["code"] in ("unplaced_cell", "header_missing")]


def test_a_units_own_total_row_in_a_wide_table_is_no_project():
    """`合计 | 1,850,000.00`, then the unit's own row `浏阳市大瑶镇人民政府 | 1,850,000.00` (no goal, no indicator, its
    amount the sum of the projects below): the unit row was a project of 1,850,000 with no_indicators. It is the
    department of the projects below, no project."""
    r = _review("ct_s33_ax_wide_table_unit_row.txt")
    t = r.tables
    # (a body of government over its projects is their department, as a title naming it is: session 36, hunt OL)
    assert [(p["name"], p["budget_total"], p["department"], p["unit"]) for p in t["projects"]] == [
        ("农村人居环境整治经费", 1200000.0, "浏阳市大瑶镇人民政府", None),
        ("防汛抗旱经费", 650000.0, "浏阳市大瑶镇人民政府", None)]
    assert len(t["indicators"]) == 4 and r.document["status"] == "ok"
    assert not [w for w in t["warnings"] if w["code"] == "no_indicators"]


def test_a_budget_rate_row_merged_across_the_level_columns_is_the_score_row():
    """A 部门整体支出绩效自评表 sheet whose `预算执行率` cell spans 绩效指标 | 一级指标 | 二级指标 | 三级指标 under the indicator
    table (`预算执行率 | 100% | 98.53% | 10 | 9.85`): it became an indicator of 满意度指标 / 服务对象满意度指标 (the levels
    of the row above). It is the form's 预算执行率 score row, its rate the execution rate."""
    r = _review("ct_s33_ax_budget_rate_row_merged.xlsx")
    t = r.tables
    assert [i["level3"] for i in t["indicators"]] == ["低保及特困对象保障人数", "困难群众基本生活保障率", "服务对象满意度"]
    assert [(s["level1"], s["level3"], s["weight"], s["score"]) for s in t["scores"]] == [(None, "预算执行率", 10.0, 9.85)]
    p = t["projects"][0]
    assert (p["execution_rate"], p["score"]) == (0.9853, 99.85)


def test_a_list_of_projects_and_goals_with_no_indicator_column_loses_no_indicator():
    """`序号 | 项目名称 | 预算金额（万元） | 绩效目标` (a 部门预算's 重点项目 list beside its disclosure tables): read as 4
    projects with their goals, but each flagged no_indicators and the document partial, though the list has no
    indicator column to lose. No warning now."""
    r = _review("ct_s33_ax_goals_list_no_indicator_columns.docx")
    t = r.tables
    assert [(p["name"], p["budget_year"]) for p in t["projects"]] == [
        ("公共文化服务体系建设", 8600000.0), ("全民健身设施建设及运营补助", 12500000.0), ("文物保护与非遗传承", 4205000.0),
        ("全域旅游宣传推广", 3000000.0)]
    assert all(p["goal_annual"] for p in t["projects"]) and t["indicators"] == []
    # (the department the document's title opens with, `宁波市鄞州区文化和广电旅游体育局2020年部门预算`: hunt DF's note)
    assert {p["department"] for p in t["projects"]} == {"宁波市鄞州区文化和广电旅游体育局"}
    assert [w["code"] for w in t["warnings"]] == ["department_from_title"] * 4 and r.document["status"] == "ok"


def test_a_pdf_goal_row_broken_across_a_page_is_read_whole():
    """A Word 自评表 printed to PDF whose `预期目标 | 实际完成情况` texts row (under `年度总体目标` merged down from the row
    above) breaks at the page's end: `…全年河道巡查1200次以` / `上，“四乱”问题整改销号率100%…` on the next page, whose
    table has another column count (the indicator table's). The rest was an unparsed_row and both goals were cut. The
    row's cells go on in the next page's first row (same edges, the texts at their cells' bottom and mid-sentence)."""
    r = _review("ct_s33_ax_pdf_goal_row_over_page.pdf")
    t = r.tables
    p = t["projects"][0]
    assert p["goal_annual"] == "全面落实河湖长制，全年河道巡查1200次以上，“四乱”问题整改销号率100%，重点河湖水质达标率90%以上。"
    assert p["goal_actual"] == "全年巡河1356次，“四乱”问题全部整改销号，重点河湖水质达标率88%。"
    assert len(t["indicators"]) == 3 and t["warnings"] == [] and r.document["status"] == "ok"

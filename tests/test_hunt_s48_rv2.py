"""Review rv2: the edges of the rules hunts sc4 (score tables' `/` in 扣分, section points, a body's 工作考核 title),
fam3 (a centre's project named by a title) and ls3 (tab dumps over page breaks) added. Fixtures ct_s48_rv2_* (text
dumps with tabs between cells, as samples/, from tests/fixtures/make_s48_rv2.py). Each reading was written down by
hand before jixiao was run; the comments say what main (9d62b81a) gave. Findings: /tmp/s48/rv2-REVIEW.md."""
from __future__ import annotations

from tests.hunt_tools import only_project, warning_codes


def test_a_row_that_does_not_apply_keeps_no_score(read):
    """`分值 | 扣分 | 得分 | 备注` with a row `10 | / | / | 不适用` (政府采购合规性: the indicator does not apply, its points
    not counted) and `合计 | 100 | 3 | 87`: that row no score, the others 10, 18, 40, 19, the project's score the
    written 87. Main: the row's `/` in 扣分 read as nothing taken off, score 10 (its full points); the 合计's score
    computed as 100 - 3 = 97 beside its written 得分 87, so the project scored 97."""
    r = read("ct_s48_rv2_not_applicable_slash.txt")
    assert only_project(r)["score"] == 87
    assert [(s["level3"], s["weight"], s["score"]) for s in r.tables["scores"]] == [
        ("立项依据充分性", 10, 10), ("资金到位率", 20, 18), ("政府采购合规性", 10, None), ("饮水工程建设处数", 40, 40),
        ("受益群众满意度", 20, 19)]
    assert warning_codes(r) == []


def test_a_centres_own_form_its_unit_with_its_part_named(read):
    """`新化县疾病预防控制中心项目支出绩效目标表` over a form of no 项目名称 whose 实施单位 is `新化县疾病预防控制中心（本级）`:
    the centre's own forms, no project named (name null), its unit as written, 3 indicators. Main: the title's
    `新化县疾病预防控制中心项目` taken for a centre's project run by another unit (fam3's rule compared the unit whole, its
    `（本级）` made it another body)."""
    r = read("ct_s48_rv2_center_own_unit_suffix.txt")
    p = only_project(r)
    assert (p["name"], p["unit"]) == (None, "新化县疾病预防控制中心（本级）")
    assert len(r.tables["indicators"]) == 3


def test_a_projects_score_sheet_under_a_work_assessment_title(read):
    """`2024年度乡镇综合文化站免费开放工作考核评分表` over `一级指标 | 二级指标 | 三级指标 | 分值 | 评分标准 | 得分` whose
    level 1s are a project's (决策 / 过程 / 产出 / 效益, 项目立项 / 资金管理 …): the station's project scored — one
    project, its unit, 4 scores, score 93, no assessment item. Main: sc4's body 工作考核 title rule made the rows 4
    assessment items (sections 决策 …), no project (its own `_no_project` test asks the levels; the title's did not)."""
    r = read("ct_s48_rv2_work_title_project_levels.txt")
    p = only_project(r)
    assert (p["unit"], p["score"]) == ("新化县洋溪镇综合文化站", 93)
    assert [(s["level1"], s["weight"], s["score"]) for s in r.tables["scores"]] == [
        ("决策", 10, 9), ("过程", 20, 18), ("产出", 40, 38), ("效益", 30, 28)]
    assert r.tables["assessment_items"] == []


def test_a_department_report_its_record_a_table(read):
    """`新化县财政局2023年度部门整体支出绩效评价报告` whose 部门基本情况 is a table (`部门名称 | 新化县财政局`, `年初预算数 |
    全年预算数 | 全年执行数 | 执行率` over 1,200 / 1,350 / 1,296 / 96%) over its level-1 scores (投入 / 过程 / 产出 / 效果,
    合计 92): one self_eval record of the body, name null as a 部门整体 form's, department 新化县财政局, its money, 4 scores,
    score 92, grade 优, no header_missing. Main: not_a_form, nothing read (fam3 took a 项目基本情况表's `项目名称 | …` for
    the record, not its 部门整体 sibling)."""
    r = read("ct_s48_rv2_dept_report_table.txt")
    p = only_project(r)
    assert (p["form"], p["name"], p["department"], p["score"], p["grade"]) == ("self_eval", None, "新化县财政局", 92, "优")
    assert (p["budget_initial"], p["budget_year"], p["spent"], p["execution_rate"]) == (12e6, 13.5e6, 12.96e6, 0.96)
    assert [(s["level1"], s["weight"], s["score"]) for s in r.tables["scores"]] == [
        ("投入", 20, 18), ("过程", 20, 19), ("产出", 30, 28), ("效果", 30, 27)]
    assert warning_codes(r) == []


def test_body_work_assessments_of_money_management_and_of_villages(read):
    """Two siblings of sc4's body 工作考核 title: `2024年度县直部门预算执行工作考核评分表` (a department's budget execution
    assessed: 预算编制 / 预算执行 / 财务管理) and `洋溪镇2024年度村（社区）综合工作考核评分表` (a township's villages'
    work: 党建工作 / 经济发展 / 社会治理): 5 assessment items each (section, content, points, score), no project. Main:
    a project named null with 5 scores each (sc4's exemption of money words took 预算管理 only, `预算执行` stayed a
    project's money; a 村（社区） was no body of the work rule)."""
    r = read("ct_s48_rv2_dept_budget_execution_work.txt")
    assert r.tables["projects"] == [] and r.tables["scores"] == []
    assert [(a["section"], a["content"], a["points"], a["score"]) for a in r.tables["assessment_items"]] == [
        ("预算编制", "编制完整性", 10, 10), ("预算编制", "编制及时性", 10, 8), ("预算执行", "支出进度", 40, 36),
        ("预算执行", "资金结转结余", 20, 15), ("财务管理", "制度建设", 20, 20)]
    r = read("ct_s48_rv2_village_work.txt")
    assert r.tables["projects"] == [] and r.tables["scores"] == []
    assert [(a["section"], a["content"], a["points"], a["score"]) for a in r.tables["assessment_items"]] == [
        ("党建工作", "组织建设", 20, 20), ("党建工作", "党员管理", 10, 9), ("经济发展", "集体经济收入", 30, 25),
        ("社会治理", "信访维稳", 20, 20), ("社会治理", "人居环境", 20, 16)]

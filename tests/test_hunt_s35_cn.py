"""Hunt CN (session of 2026-12-03, third): one table listing many projects (部门项目支出绩效目标汇总表, 专项资金绩效目标
汇总表, 项目库 exports), each project's name over its indicator rows, with department headings, 小计 / 合计 rows, bare
money heads and a money head over its parts (inputs in tests/fixtures/review/ct_s35_cn_*)."""
from __future__ import annotations

from pathlib import Path

from jixiao.pipeline import process_file

REVIEW = Path(__file__).parent / "fixtures" / "review"

SCHOOL = [("产出指标", "数量指标", "补助学校数量", "32所", "=", 32.0, "所"),
          ("产出指标", "质量指标", "资金拨付准确率", "100%", "=", 100.0, "%"),
          ("产出指标", "时效指标", "资金拨付及时率", "≥95%", ">=", 95.0, "%"),
          ("效益指标", "社会效益指标", "学校正常运转率", "100%", "=", 100.0, "%"),
          ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%", ">=", 90.0, "%")]
AID = [("产出指标", "数量指标", "资助学生人数", "≥2100人次", ">=", 2100.0, "人次"),
       ("效益指标", "社会效益指标", "因贫辍学学生数", "0人", "=", 0.0, "人"),
       ("满意度指标", "服务对象满意度指标", "受助学生满意度", "≥90%", ">=", 90.0, "%")]
ROAD = [("产出指标", "数量指标", "养护里程", "≥286公里", ">=", 286.0, "公里"),
        ("产出指标", "质量指标", "优良路率", "≥75%", ">=", 75.0, "%"),
        ("效益指标", "社会效益指标", "群众出行条件", "明显改善", None, None, None),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥85%", ">=", 85.0, "%")]


def _projects(name):
    r = process_file(REVIEW / name)
    t = r.tables
    out = []
    for p in t["projects"]:
        inds = [(i["level1"], i["level2"], i["level3"], i["target_raw"], i["op"], i["value"], i["unit"])
                for i in t["indicators"] if i["project_id"] == p["project_id"]]
        out.append((p, inds))
    return r, out


def _money(p):
    return p["budget_total"] if p["budget_total"] is not None else p["budget_year"]


def test_department_heading_rows_are_no_projects():
    """`一 | 县教育局 | | …` over its projects and `小计` after them, then `二 | 县交通运输局`: the department rows were
    projects of their own (县教育局 with an indicator `一`, 5 projects for 3); now they are the department (a body of
    government) of the projects under them, and the 小计 / 合计 rows no project either. The same headings as lines across the table (`一、县教育局`
    merged over a sheet's width: the table stopped there, one project without a name) and in the name column."""
    for name in ("ct_s35_cn_dept_heading_rows.txt", "ct_s35_cn_dept_heading_merged.xlsx",
                 "ct_s35_cn_heading_in_name_column.txt"):
        r, ps = _projects(name)
        assert [p["name"] for p, _ in ps] == ["义务教育学校公用经费补助", "学生资助补助经费", "农村公路养护"], name
        assert [_money(p) for p, _ in ps] == [8600000.0, 3150000.0, 4205000.0], name
        assert [inds for _, inds in ps] == [SCHOOL, AID, ROAD], name
        assert all(p["year"] == 2025 for p, _ in ps), name
        assert r.document["status"] == "ok", name
    for name in ("ct_s35_cn_dept_heading_rows.txt", "ct_s35_cn_dept_heading_merged.xlsx"):
        _, ps = _projects(name)
        # (a body of government heading its projects is their department, as a title naming it is: session 36, ol)
        assert [(p["department"], p["unit"]) for p, _ in ps] == \
            [("县教育局", None), ("县教育局", None), ("县交通运输局", None)], name


def test_bare_money_head_is_the_projects_money():
    """`金额（万元）` (a 项目库 export, each row repeating its project and its 预算年度) and `金额（元）` under a `（2024年度）`
    line, its 合计 right under the head: the column was no field's label, the money lost (an `unplaced_cell` for each
    indicator row, the document partial). Now it is the project's money in its unit."""
    r, ps = _projects("ct_s35_cn_bare_money_head.txt")
    assert [(p["name"], p["year"], p["department"], _money(p)) for p, _ in ps] == [
        ("义务教育学校公用经费补助", 2023, "县教育局", 8600000.0), ("农村公路养护", 2024, "县交通运输局", 4205000.0)]
    assert [inds for _, inds in ps] == [SCHOOL, ROAD]
    assert r.document["status"] == "ok" and not [w for w in r.tables["warnings"] if w["code"] == "unplaced_cell"]
    r, ps = _projects("ct_s35_cn_money_yuan_total_first.txt")
    assert [(p["name"], p["year"], _money(p)) for p, _ in ps] == [
        ("城乡居民医保参保补助", 2024, 12500000.0), ("森林防火专项经费", 2024, 968000.0)]
    assert [len(inds) for _, inds in ps] == [4, 3]


def test_money_head_over_its_parts():
    """`资金规模（万元）` over `合计 | 中央资金 | 县级资金`: the parts' figures were cells of no column (four
    `unplaced_cell`s, the document partial); the 合计 is the project's money and the head's second row no row."""
    r, ps = _projects("ct_s35_cn_money_sub_heads.txt")
    assert [(p["name"], p["year"], _money(p)) for p, _ in ps] == [
        ("义务教育学校公用经费补助", 2024, 8600000.0), ("农村公路养护", 2024, 4205000.0)]
    assert [inds for _, inds in ps] == [SCHOOL, ROAD]
    assert r.document["status"] == "ok" and not [w for w in r.tables["warnings"] if w["code"] == "unplaced_cell"]


def test_target_list_department_headings():
    """A list of target declarations (`序号 | 项目名称 | 资金规模（万元） | 绩效目标 | 产出指标 | 效益指标 | 满意度指标`, one
    project a row) under `一 | 县农业农村局` / `二 | 城关镇人民政府` heading rows with their 小计: the headings were
    skipped and the projects had no unit; each is now its projects' unit (the list has no unit column)."""
    r, ps = _projects("ct_s35_cn_target_list_dept_headings.txt")
    assert [(p["name"], p["department"], p["year"], _money(p)) for p, _ in ps] == [
        ("高标准农田建设", "县农业农村局", 2024, 4500000.0), ("村道硬化工程", "城关镇人民政府", 2024, 1200000.0)]
    assert [p["unit"] for p, _ in ps] == [None, None]
    assert [[(l1, n, t) for l1, _, n, t, *_ in inds] for _, inds in ps] == [
        [("产出指标", "建设高标准农田", "3000亩"), ("效益指标", "亩均增产", "≥50公斤"), ("满意度指标", "受益农户满意度", "≥92%")],
        [("产出指标", "硬化村道", "3.5公里"), ("效益指标", "受益人口", "≥1200人"), ("满意度指标", "群众满意度", "≥90%")]]

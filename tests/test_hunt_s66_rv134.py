"""Review rv134 (session 66) of hunt nw14 (merged as c85fcd89): its three rules probed on forms it did not test
(tests/fixtures/review/ct_s66_rv134_*, made by tests/fixtures/review/make_s66_rv134.py; each reading written down by
hand before jixiao was run): a 预算管理一体化系统's header lines over each of two forms of one batch print (a dump, a workbook's sheets), a city's
appraisal of its counties' work for companies and a body's task breakdown of services to companies (titles naming
企业), a 集团's appraisal of its 所属企业's 业绩 read as a target form, a blank template whose 项目名称 box holds ＊
marks.

Decided:
- the system lines over the second form of a batch print (`打印时间：… | 操作员：…`, `单位编码：…`, `项目代码：…` after
  the first form's table) are the second form's preamble, as _system_preamble reads the first's: its project_code and
  department_code (BASE: lost to the first form, which kept its own, and the `打印时间 | 操作员` row an indicator
  of the first form, level1 `打印时间：…`);
- `…优化营商环境和服务企业工作业绩考核指标表` (企业 the object of a body's work, a city appraising its counties) is
  no company's 经营业绩考核: its 4 assessment items (BASE: not_a_form, nothing);
- a 集团's `…所属企业年度业绩考核指标表` read as a target form (no name, no money) is the company's appraisal too:
  not_a_form, no project (BASE: a header_missing project of 4 nameless indicators);
- a filled-in example of a task breakdown (`项目名称 | ××××` over items written in) gives no assessment items, as
  before nw14 (BASE: its 2 items beside the not_a_form, the form no longer dropped in layouts.base);
- `项目名称 | ＊＊＊＊＊＊` over nothing filled in is a blank_form as `××` is (BASE: not_a_form; one test of a
  template's marks, parsers.forms.marks_only, for layouts.base's name and jixiao.pipeline's blank form, where `＊`
  was one's mark and not the other's).
Kept (BASE already): a body's `…服务企业经营发展目标考核任务分解表` (a form's title) keeps its 5 items.
Left: a code on a line of its own under a form of no code, no sign-off, then a titled form, goes to the next form
(_system_tail cannot tell it from the next form's system lines; no test); which of `考核内容` / `考核指标` is the section when both head columns (the body's breakdown reads the
finer 考核指标 as the section) is not decided here; a 预算单位's bracketed code, `预算单位：[402007]…`, is not read
as its department_code (no test).
"""
from __future__ import annotations

import pytest

from tests.hunt_tools import warning_codes

P = "ct_s66_rv134_"


@pytest.mark.parametrize("name", ["yitihua_batch_two_forms.txt", "yitihua_batch_two_sheets.xlsx"])
def test_batch_print_second_form_keeps_its_system_lines(read, name):
    """Each form of a batch print under its own 项目代码 / 单位编码 (a dump's, or a workbook's sheet a form); the
    print-time row no indicator."""
    r = read(P + name)
    ps = r.tables["projects"]
    assert [(p["name"], p["project_code"], p["department_code"], p["unit"]) for p in ps] == [
        ("游仙区学前教育保教费补助", "510704250000000001187", "402007", "游仙区第一幼儿园"),
        ("游仙区中小学校舍维修改造", "510704250000000001203", "402007", "游仙区魏城镇中心小学")]
    assert not any(p["header_missing"] for p in ps)
    assert [p["budget_year"] for p in ps] == [3_124_000, 860_000]
    inds = r.tables["indicators"]
    assert len(inds) == 8 and not any("打印时间" in str(i["level1"]) for i in inds)
    assert [sum(1 for i in inds if i["project_id"] == p["project_id"]) for p in ps] == [4, 4]


def test_a_citys_appraisal_of_work_for_companies_keeps_its_items(read):
    """企业 the object of the counties' work (优化营商环境和服务企业): no company's 经营业绩考核."""
    r = read(P + "county_business_env_tasks.txt")
    items = r.tables["assessment_items"]
    assert [(a["section"], a["points"]) for a in items] == [
        ("政务服务", 20), ("政务服务", 20), ("要素保障", 30), ("惠企政策", 30)]
    assert items[0]["content"].startswith("企业开办时间") and "not_a_form" not in warning_codes(r)


def test_a_bodys_breakdown_of_services_to_companies_keeps_its_items(read):
    """`…服务企业经营发展目标考核任务分解表`: a body's breakdown under a form's title, its 5 items."""
    r = read(P + "gov_service_enterprise_tasks.txt")
    items = r.tables["assessment_items"]
    assert [a["points"] for a in items] == [20, 20, 30, 15, 15]
    assert [a["responsible"] for a in items][0] == ["企业服务科"]
    assert r.document["n_projects"] == 0 and "not_a_form" not in warning_codes(r)


def test_a_groups_appraisal_of_its_companies_read_as_targets_gives_nothing(read):
    """`某某城市建设投资集团…所属企业年度业绩考核指标表` (营业收入, 净资产收益率): no project, no indicators."""
    r = read(P + "group_subsidiary_kpi.txt")
    t = r.tables
    assert r.document["n_projects"] == 0 and t["projects"] == [] and t["indicators"] == []
    assert t["assessment_items"] == [] and "not_a_form" in warning_codes(r)


def test_a_name_of_star_marks_over_nothing_is_a_blank_form(read):
    """`项目名称 | ＊＊＊＊＊＊` in a blank 申报表 template: blank_form, as `××` is."""
    r = read(P + "star_name_blank.txt")
    codes = warning_codes(r)
    assert r.tables["projects"] == [] and "blank_form" in codes and "not_a_form" not in codes


def test_a_filled_in_example_of_a_task_breakdown_gives_no_items(read):
    """`项目名称 | ××××` over a 考核任务分解表's items written in: the notice's sample, nothing read."""
    r = read(P + "assess_example_marks_name.txt")
    assert r.tables["assessment_items"] == [] and r.tables["projects"] == []
    assert "not_a_form" in warning_codes(r)

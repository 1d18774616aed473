"""Hunt fam4 (session 49: form families and titles): a title naming an institution's project other than a centre's
(`新化县2024年乡镇自动气象站项目绩效目标表`, `…红色文化纪念馆项目支出绩效目标表`, no 项目名称 row) — not the
institution's own forms (`新化县图书馆项目支出绩效目标表` under that library as the unit); a document that is only a
list of projects (a 项目库 入库项目清单, a tab-separated 申报汇总表 `序号 | 项目名称 | 申报单位 | … | 申请资金`); … Text
dumps (tabs between cells, as samples/). Each reading was written down by hand before jixiao was run; the comments
say what main gave."""
from __future__ import annotations

import pytest

from tests.hunt_tools import budget_lines, indicator_targets, only_project, other_fields, warning_codes

W = 10_000.0


@pytest.mark.parametrize("name, project, dept, unit, money", [
    ("ct_s49_fam4_station_title.txt", "新化县乡镇自动气象站项目", "新化县气象局", "新化县气象台", 60 * W),
    ("ct_s49_fam4_hall_title.txt", "新化县红色文化纪念馆项目", "新化县文化旅游广电体育局", "新化县文物管理所", 300 * W)])
def test_title_names_an_institutions_project(read, name, project, dept, unit, money):
    """A title `…站项目` / `…馆项目` over a form of no 项目名称 whose unit is another body: the project is the institution
    the title names, as a centre's (hunt fam3). Main: name null (only a title's `…中心项目` was read so)."""
    p = only_project(read(name))
    assert (p["name"], p["year"], p["department"], p["unit"], p["budget_year"]) == (project, 2024, dept, unit, money)
    assert len(read(name).tables["indicators"]) == 4


def test_institutions_own_forms_name_no_project(read):
    """`新化县图书馆项目支出绩效目标表` under 实施单位 新化县图书馆: the library's own forms, no project named (as main)."""
    p = only_project(read("ct_s49_fam4_hall_own_title.txt"))
    assert (p["name"], p["unit"], p["budget_year"]) == (None, "新化县图书馆", 40 * W)


@pytest.mark.parametrize("name, n, head", [
    ("ct_s49_fam4_library_list.txt", 3, "序号 | 项目名称 | 项目类别 | 实施单位"),
    ("ct_s49_fam4_tab_list.txt", 3, "序号 | 项目名称 | 申报单位 | 主管部门")])
def test_a_document_of_a_project_list_only(read, name, n, head):
    """A 项目库 入库项目清单 (`序号 | 项目名称 | 项目类别 | 实施单位 | 建设内容 | 总投资 | 申请资金 | 入库时间`, no targets)
    and a tab-separated 申报汇总表, nothing else in the document: no project, a `project_list` warning naming its head
    and its three projects, documents.layout `unknown`. Main: `layout_unknown` (no form evidence), the list unsaid."""
    r = read(name)
    assert r.tables["projects"] == []
    assert warning_codes(r) == ["project_list"]
    msg = r.tables["warnings"][0]["message"]
    assert f"list of {n} projects" in msg and head in msg
    assert r.document["layout"] == "unknown"

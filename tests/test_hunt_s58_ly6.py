"""Hunt ly6 (session 58): layout leftovers of ly5, rv55, nw2 and md22, with fixtures ct_s58_ly6_* (text dumps,
tab-separated cells, from tests/fixtures/review/make_s58_ly6.py); each reading was written down by hand before jixiao
was run.

Decided (wrong on main, fixed):
- a known field's line (`主管部门：某县水利局`, `填报单位（盖章）：…`) right over the indicator head printed again, inside a
  table read already, is the page's running head: the table goes on, the first rows of page 2 keep page 1's levels
  (they took the next block's labels); not a `项目名称：…` line (another project's form).
- a 分值 head after each level (`一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 | …`): the level 1's points its rows'
  level1_weight (they were not kept), the rows' weight the last level's.
- past grades first, the years under them, right under the indicator table (`评价等级 | 优 | 良 | 优` over
  `年度 | 2021 | 2022 | 2023`): the table ends, both rows kept in other_fields as md22 keeps the other order (it was an
  indicator `优年度` and an unplaced_cell).
"""
from __future__ import annotations

import pytest

from tests.hunt_tools import only_project, other_fields, warning_codes

_CARRIED = [
    ("产出指标", "数量指标", "新建集中供水工程", "≥6处"),
    ("产出指标", "数量指标", "改造供水管网长度", "≥42公里"),
    ("产出指标", "数量指标", "新增受益人口", "≥1.8万人"),
    ("产出指标", "质量指标", "水质达标率", "≥95%"),
    ("效益指标", "社会效益指标", "农村自来水普及率", "≥92%"),
    ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"),
]


def _ind(r, *keys):
    return [tuple(i.get(k) for k in keys) for i in r.tables["indicators"]]


@pytest.mark.parametrize("name", ["ct_s58_ly6_dept_line_page.txt", "ct_s58_ly6_filer_line_page.txt"])
def test_field_line_over_the_head_again(read, name):
    """Page 2 under a field's line, then the head again: one table, page 1's levels carried on."""
    r = read(name)
    p = only_project(r)
    assert _ind(r, "level1", "level2", "level3", "target_raw") == _CARRIED
    assert p["department"] == "某县水利局"
    assert p["unit"] == "某县农村供水管理站"
    assert warning_codes(r) == []


def test_points_head_after_each_level(read):
    """`一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值`: the level 1's points on each of its rows."""
    r = read("ct_s58_ly6_level_points.txt")
    rows = [(s["level1"], s["level2"], s["level3"], s["weight"], s["score"], s["level1_weight"])
            for s in r.tables["scores"] if not s["is_subtotal"]]
    assert rows == [
        ("投入", "项目立项", "立项依据充分性", 5.0, 5.0, 20.0),
        ("投入", "项目立项", "绩效目标明确性", 5.0, 4.0, 20.0),
        ("投入", "资金落实", "资金到位率", 10.0, 9.0, 20.0),
        ("过程", "业务管理", "管理制度健全性", 10.0, 8.0, 20.0),
        ("过程", "财务管理", "资金使用合规性", 10.0, 8.0, 20.0),
        ("产出", "产出数量", "养护里程完成率", 20.0, 19.0, 40.0),
        ("产出", "产出质量", "路况优良率", 20.0, 18.0, 40.0),
        ("效益", "社会效益", "群众出行条件改善", 10.0, 9.0, 20.0),
        ("效益", "满意度", "沿线群众满意度", 10.0, 9.0, 20.0),
    ]


@pytest.mark.parametrize("name, years", [("ct_s58_ly6_grades_first.txt", "2021；2022；2023"),
                                         ("ct_s58_ly6_grades_first_years.txt", "2021年；2022年；2023年")])
def test_grades_first_under_the_table(read, name, years):
    """`评价等级 | 优 | 良 | 优` over `年度 | 2021 | …` right under the indicators: no indicator, kept as written."""
    r = read(name)
    p = only_project(r)
    assert [i["level3"] for i in r.tables["indicators"]] == ["道路硬化里程", "工程验收合格率", "受益群众人数",
                                                             "受益群众满意度"]
    assert other_fields(p) == {"评价等级": "优；良；优", "年度": years}
    assert p["grade"] is None
    assert "unplaced_cell" not in warning_codes(r)

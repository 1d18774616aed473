"""Hunt s46 lh: short leftovers — a money sentence under a money label of no known field (`资金安排：`, `经费安排：`,
`项目经费 | …`), `每年度` then the deed's words before the figure (`每年度开展2次`), and a workbook's form of no
项目名称 on a sheet named for its project. Each expected reading was written by hand before running jixiao; what main
gave is said beside each (cases marked "guard" are right on main and bound the new rules)."""
from __future__ import annotations

import pytest

from normalize.targets import split_target
from tests.hunt_tools import budget_lines, indicator_targets, only_project, other_fields, warning_codes

# (op, value, unit, qualifier, target_text)
CASES = [
    # 每年度, the deed's words, then the figure: as `每年开展2次` (main: the text; `每年度组织培训≥3次` was `>=` 3 次, the
    # period in the qualifier)
    ("每年度开展2次", ("=", 2.0, "次/年", "开展", None)),
    ("每年度组织培训≥3次", (">=", 3.0, "次/年", "组织培训", None)),
    ("每年度开展2次以上", (">=", 2.0, "次/年", "开展", None)),
    ("每个年度开展2次", ("=", 2.0, "次/年", "开展", None)),
    ("每年开展2次", ("=", 2.0, "次/年", "开展", None)),                          # guard (right on main)
    ("每年度1次", ("=", 1.0, "次/年", None, None)),                              # guard (right on main)
    # guard: a rate named after 每年度 is no count per year, read as written (main too)
    ("每年度预算执行率≥95%", (">=", 95.0, "%", "每年度预算执行率", None)),
    ("每年度考核", (None, None, None, None, "每年度考核")),                         # guard: no figure
]


@pytest.mark.parametrize("raw, want", CASES, ids=[c[0] for c in CASES])
def test_split_target(raw, want):
    t = split_target(raw)
    assert (t.op, t.value, t.unit, t.qualifier, t.target_text) == want


def test_money_sentence_under_arrangement_label(read):
    r = read("ct_s46_lh_money_arrangement.txt")
    p = only_project(r)
    # `资金安排：300万元，其中财政拨款280万元，自筹20万元。` (main: all three None, the line dropped without a word)
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (3000000.0, 2800000.0, 200000.0)
    assert indicator_targets(r)[1:3] == [
        ("产出指标", "数量指标", "健康教育讲座", "=", 2.0, "次/年"),            # main: None, None (the text)
        ("产出指标", "数量指标", "医护人员培训", ">=", 3.0, "次/年"),          # main: >=, 3 次
    ]


def test_money_sentence_in_a_label_cell(read):
    r = read("ct_s46_lh_money_label_cell.txt")
    p = only_project(r)
    # `项目经费 | 年度资金总额300万元，其中财政拨款280万元。` (main: no money, the sentence kept in other_fields)
    assert (p["budget_year"], p["budget_fiscal"], p["budget_total"]) == (3000000.0, 2800000.0, None)
    assert "项目经费" not in other_fields(p)
    assert "fiscal_total_gap" in warning_codes(r)          # 20万元 of no stated source
    assert indicator_targets(r)[1] == ("产出指标", "数量指标", "送戏下乡", "=", 6.0, "场/年")   # main: the text


def test_money_sentence_under_plan_label(read):
    r = read("ct_s46_lh_money_plan_colon.txt")
    p = only_project(r)
    # `经费安排：资金总额150万元，其中财政拨款150万元。` (main: None, None)
    assert (p["budget_total"], p["budget_fiscal"]) == (1500000.0, 1500000.0)
    assert budget_lines(r) == []
    assert "fiscal_total_gap" not in warning_codes(r)
    # guard: a rate after 每年度, as written (main too)
    assert indicator_targets(r)[1] == ("产出指标", "时效指标", "资金执行", ">=", 95.0, "%")


@pytest.mark.parametrize("name, want", [
    ("ct_s46_lh_sheet_named_project.xlsx", "农村公路养护项目"),    # sheet `农村公路养护项目绩效目标表` (main: None)
    ("ct_s46_lh_sheet_named_works.xlsx", "城区排水管网改造工程"),  # sheet `城区排水管网改造工程` (main: None)
])
def test_name_from_sheet(read, name, want):
    r = read(name)
    p = only_project(r)
    assert p["name"] == want
    assert warning_codes(r).count("name_from_sheet") == 1
    assert p["department"] == "某县交通运输局" and p["budget_total"] == 1200000.0
    assert [i[2] for i in indicator_targets(r)] == ["养护公路里程", "路面优良率", "群众满意度"]


def test_no_name_from_a_default_sheet(read):
    # guard: the same form on `Sheet1` gives no name (main too)
    r = read("ct_s46_lh_sheet_default_name.xlsx")
    assert only_project(r)["name"] is None
    assert "name_from_sheet" not in warning_codes(r)

"""Hunt tg20: a measure's name run into its bounded figure in one cell (`验收合格率95%以上`, `群众满意度90%以上`,
`交通事故发生率5%以下`). split_target reads it since hunt tg19 (`>=` 95 %, qualifier 验收合格率); tables'
target_strength took it for a target cell on its own (2, it was 0 / 1), so a `三级指标 | 指标值` row packing the name
and target in its name cell lost its name (an indicator with no level3 and an unparsed_row, in text, DOCX and XLSX).
Such a cell is rated by its length again, as before tg19 (hunt lt's sense: a packed row's name and target is no
target cell); the 指标值 cell repeating the name (split_named_target) and the packed list lines read as they did.
Fixtures ct_s59_tg20_* from make_s59_tg20.py. Expected readings written by hand before jixiao was run."""
from __future__ import annotations

import pytest

from normalize.targets import split_target
from parsers.tables import target_strength
from tests.hunt_tools import indicator_targets, only_project, warning_codes

# (since hunt tg21 the packed cell alone in the name column is split into its name and target, as in level columns:
# it was the whole name, target_missing warned — this hunt's strict xfail below, lifted)
PACKED_ROWS = [
    (None, None, "农村公路改造里程", ">=", 32.0, "公里"),
    (None, None, "验收合格率", ">=", 95.0, "%"),
    (None, None, "工程完工及时率", "=", 100.0, "%"),
    (None, None, "交通事故发生率", "<=", 5.0, "%"),
    (None, None, "单公里改造成本", "<=", 269000.0, "元"),
    (None, None, "群众满意度", ">=", 90.0, "%"),
]


@pytest.mark.parametrize("name", ["ct_s59_tg20_name_value_rows.txt", "ct_s59_tg20_name_value_rows.docx",
                                  "ct_s59_tg20_name_value_rows.xlsx"])
def test_packed_name_cell_keeps_its_row(read, name):
    """`验收合格率95%以上` in the 三级指标 cell, the 指标值 cell empty: the row's name and its target (since hunt tg21;
    tg20 kept the name whole, target_missing warned). Main: three indicators with no name, their cells read as targets,
    three unparsed_row."""
    r = read(name)
    assert only_project(r)["name"] == "农村公路提升改造工程"
    assert indicator_targets(r) == PACKED_ROWS
    codes = warning_codes(r)
    assert "unparsed_row" not in codes
    assert "target_missing" not in codes


def test_packed_name_cell_split(read):
    got = indicator_targets(read("ct_s59_tg20_name_value_rows.txt"))
    assert got[1] == (None, None, "验收合格率", ">=", 95.0, "%")


def test_level_rows_split_as_before(read):
    """Guard (right on main): with level columns the packed 三级 cell splits into name and target; a 指标值 cell
    repeating the name reads with the name the qualifier (split_named_target)."""
    r = read("ct_s59_tg20_level_rows.txt")
    assert indicator_targets(r) == [
        ("产出指标", "数量指标", "农村公路改造里程", ">=", 32.0, "公里"),
        ("产出指标", "质量指标", "验收合格率", ">=", 95.0, "%"),
        ("产出指标", "时效指标", "工程完工及时率", "=", 100.0, "%"),
        ("效益指标", "社会效益指标", "交通事故发生率", "<=", 5.0, "%"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", ">=", 90.0, "%"),
    ]
    assert r.tables["indicators"][4]["qualifier"] == "群众满意度"
    assert "unparsed_row" not in warning_codes(r)


def test_list_lines_split_as_before(read):
    """Guard (right on main): a 主要指标 column's `质量指标：验收合格率95%以上` runs, each a name and its target."""
    r = read("ct_s59_tg20_list_lines.txt")
    assert [p["name"] for p in r.tables["projects"]] == ["农村公路提升改造工程", "农村客运站点建设项目",
                                                         "道路安全隐患整治项目"]
    assert [t[2:] for t in indicator_targets(r)] == [
        ("改造里程", "=", 32.0, "公里"), ("验收合格率", ">=", 95.0, "%"),
        ("新建候车亭", ">=", 40.0, "个"), ("群众满意度", ">=", 90.0, "%"),
        ("整治隐患点位", "=", 60.0, "处"), ("交通事故发生率", "<=", 5.0, "%")]


@pytest.mark.parametrize("text, want", [
    ("验收合格率95%以上", 0),      # main: 2
    ("群众满意度90%以上", 0),      # main: 2
    ("发生率5%以下", 1),           # main: 2
    ("良好率90%以上", 1),          # main: 2
    ("合格率100%", 1),             # guard: text, a short word (hunt lt)
    ("同比5%", 2),                 # guards: targets on their own
    ("≥95%", 2),
    ("满意度≥90%", 2),
    ("覆盖率：90%以上", 2),
    ("95%以上", 2),
])
def test_target_strength_of_a_packed_cell(text, want):
    assert target_strength(text) == want


def test_split_target_keeps_tg19_reading():
    """Guard: the cell alone still reads (hunt tg19), only its role score changed."""
    t = split_target("验收合格率95%以上")
    assert (t.op, t.value, t.unit, t.qualifier) == (">=", 95.0, "%", "验收合格率")

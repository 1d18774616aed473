"""Hunt lv (session 45): level headings and names — levels numbered `①产出指标`, `A.产出指标`, `Ⅰ.产出指标`, `第一部分 产出指标` in
rows under no head row (as `（一）产出指标` / `1）产出指标` were read; `（1）产出指标` already was, no test), a scored
`…工程绩效评价指标体系` title (no 项目 in it) naming its project, a goal written under level-2 heads (`数量目标 | …`,
`质量目标 | …`) joined as level-1 heads' are. Text dumps (tabs between cells, as samples/). Each reading was written
down by hand before jixiao was run; the comments say what main gave."""
from __future__ import annotations

import pytest

from tests.hunt_tools import indicator_targets, only_project, other_fields, warning_codes

W = 10_000.0
LEVELS = [("产出指标", "数量指标", "新品种推广面积", "≥3万亩"), ("产出指标", "质量指标", "技术到位率", "≥95%"),
          ("效益指标", "经济效益指标", "亩均增收", "≥100元"), ("满意度指标", "服务对象满意度指标", "农户满意度", "≥90%")]


@pytest.mark.parametrize("fixture, name", [
    ("ct_s45_lv_levels_circled.txt", "邵阳县水稻新品种推广项目"),      # ①产出指标 / ②效益指标 / ③满意度指标
    ("ct_s45_lv_levels_letter.txt", "邵阳县油菜新品种推广项目"),       # A.产出指标 / B.效益指标 / C.满意度指标
    ("ct_s45_lv_levels_part.txt", "邵阳县大豆新品种推广项目"),         # 第一部分 产出指标 / 第二部分 …
    ("ct_s45_lv_levels_roman.txt", "邵阳县红薯新品种推广项目"),        # Ⅰ.产出指标 / Ⅱ.效益指标 / Ⅲ.满意度指标
])
def test_numbered_levels_under_no_head(read, fixture, name):
    """A 申报表's indicator rows under `三、年度绩效指标` and no head row, each level-1 written with its number
    (`①产出指标 | 数量指标 | 新品种推广面积 | ≥3万亩`): four indicators, the level-1 named without its number, its
    category known. Main: for ①, A., Ⅰ. and 第一部分, no indicator (`no_indicators`, three `unparsed_row`)."""
    r = read(fixture)
    p = only_project(r)
    assert (p["name"], p["budget_year"]) == (name, 260 * W)
    assert [tuple(i[k] for k in ("level1", "level2", "level3", "target_raw")) for i in r.tables["indicators"]] == LEVELS
    assert [i["level1_std"] for i in r.tables["indicators"]] == ["output", "output", "outcome", "satisfaction"]
    assert warning_codes(r) == ["table_header_implied"]


def test_scored_index_of_works_names_its_project(read):
    """`2024年度隆回县城区雨污分流改造工程绩效评价指标体系` over its scored rows (权重 beside each level, 得分 filled in,
    `合计 | 100 | … | 94`): the project the title names, `隆回县城区雨污分流改造工程` (its 工程 the name's end, as a
    `…项目绩效评价指标体系`'s 项目), year 2024, score 94, eleven scores of 100 points. Main: no project, `not_a_form`
    (`the document is '…指标体系' and names no project`)."""
    r = read("ct_s45_lv_eval_index_works.txt")
    p = only_project(r)
    assert (p["form"], p["name"], p["year"], p["score"]) == ("self_eval", "隆回县城区雨污分流改造工程", 2024, 94)
    s = r.tables["scores"]
    assert len(s) == 11 and sum(x["weight"] for x in s) == 100
    assert (s[4]["level1"], s[4]["level2"], s[4]["level3"], s[4]["weight"], s[4]["score"]) == (
        "过程", "资金管理", "预算执行率", 5, 4.5)
    assert warning_codes(r) == []


def test_goal_under_level2_heads(read):
    """`年度绩效目标 | 数量目标 | 完成…120公里。` over `| 质量目标 | …`, `| 时效目标 | …`, `| 社会效益目标 | …`: the goal
    written by level-2 heads, joined as one written by level-1 heads (`产出目标 | …`) is. Main: goal_annual the name
    `数量目标`, its text lost, the other three levels other fields."""
    r = read("ct_s45_lv_goal_level2_heads.txt")
    p = only_project(r)
    assert p["goal_annual"] == ("数量目标：完成农村公路安防工程120公里。质量目标：工程验收合格率100%。"
                                "时效目标：2025年10月底前完工。社会效益目标：农村公路交通事故率下降10%。")
    assert other_fields(p) == {}
    assert [t[2] for t in indicator_targets(r)][:2] == ["安防工程里程", "工程验收合格率"]
    assert len(r.tables["indicators"]) == 5
    assert warning_codes(r) == []

"""Review rv83 (session 61, of hunt nw7): a text dump of an earlier program's OCR reading `标` as `栎` in every head and
level word (the look-alike reading of table heads and level words, once tried on scanned cells only, now on a text
cell too: the lexicon proves the reading, a head or level word whole); letter-spaced labels whose colon a space or a
tab parts from the value; an English gloss set apart from the unit by a space or a slash in a money label's bracket.
Fixtures ct_s61_rv83_* from tests/fixtures/review/make_s61_rv83.py; each reading was written down by hand before
jixiao was run.
"""
from __future__ import annotations

from tests.hunt_tools import indicator_targets, only_project, warning_codes

W = 10_000


def _fields(p, *keys):
    return tuple(p.get(k) for k in keys)


def _levels(r):
    return [(i["level1"], i["level1_std"], i["level2"], i["level3"]) for i in r.tables["indicators"]]


def test_lookalike_heads_in_a_tab_dump(read):
    """`一级指栎 | 二级指栎 | 三级指栎 | 指栎值` is the indicator table's head; `产出指栎` a level (as written, output), the
    merged cell left empty under it its level; `栎类次生林抚育面积` (oak, a word of its own) a name as written."""
    r = read("ct_s61_rv83_lookalike_tabs.txt")
    p = only_project(r)
    assert _fields(p, "name", "department", "unit", "budget_year") == (
        "叙州区国有林场栎类次生林抚育项目", "宜宾市叙州区林业和竹业局", "叙州区国有双河林场", 126 * W)
    assert _levels(r) == [
        ("产出指栎", "output", "数量指栎", "栎类次生林抚育面积"),
        ("产出指栎", "output", "质量指栎", "抚育作业验收合格率"),
        ("产出指栎", "output", "时效指栎", "完工时间"),
        ("效益指栎", "outcome", "生态效益指栎", "林分郁闭度提高"),
        ("满意度指栎", "satisfaction", "服务对象满意度指栎", "林场职工满意度"),
    ]
    t = indicator_targets(r)
    assert t[0][3:] == (">=", 2400.0, "亩") and t[1][3:] == ("=", 100.0, "%") and t[4][3:] == (">=", 90.0, "%")
    assert "no_indicators" not in warning_codes(r)


def test_lookalike_goal_label(read):
    """Left by rv83, read since hunt sc6: 栎 a label look-alike of 标, a slot so read (`指栎1：`) a placeholder."""
    p = only_project(read("ct_s61_rv83_lookalike_tabs.txt"))
    assert p["goal_annual"] == "完成栎类次生林抚育2400亩，提高林分质量。"


def test_lookalike_heads_in_a_spaced_dump(read):
    """A dump flattened by single spaces: the head of 栎 found, the level-2 row with its level-1 cell left empty
    (`质量指栎 食品安全检查合格率 100%`) a level 2 under 产出指栎, not a level 1."""
    r = read("ct_s61_rv83_lookalike_spaced.txt")
    p = only_project(r)
    assert _fields(p, "name", "department", "unit", "budget_year") == (
        "甸柳新村街道社区食堂运营补贴", "济南市历下区甸柳新村街道办事处", "济南市历下区甸柳新村街道办事处", 42 * W)
    assert _levels(r) == [
        ("产出指栎", "output", "数量指栎", "社区食堂服务老年人"),
        ("产出指栎", "output", "质量指栎", "食品安全检查合格率"),
        ("效益指栎", "outcome", "社会效益指栎", "老年人就餐便利度提升"),
        ("满意度指栎", "satisfaction", "服务对象满意度指栎", "就餐老年人满意度"),
    ]
    t = indicator_targets(r)
    assert t[0][3:] == (">=", 300.0, "人") and t[1][3:] == ("=", 100.0, "%")
    assert r.tables["indicators"][2]["target_raw"] == "显著提升"


def test_lookalike_blank_notice_is_a_blank_form(read):
    """(negative) A notice's blank template in 栎 (`指栎1：` slots): no project, a blank form as its 标 twin is."""
    r = read("ct_s61_rv83_lookalike_blank_notice.txt")
    assert r.tables["projects"] == [] and r.tables["indicators"] == []
    assert "blank_form" in warning_codes(r)


def test_spaced_label_colon_then_a_gap(read):
    """`主 管 部 门： 某局`, `项 目 名 称：<tab>…`: the label's last character glued to its colon, the value a gap on."""
    r = read("ct_s61_rv83_spaced_colon_gap.txt")
    p = only_project(r)
    assert _fields(p, "name", "department", "unit", "budget_year", "goal_annual") == (
        "张店区公园城市口袋公园建设", "淄博市张店区住房和城乡建设局", "张店区市政园林服务中心", 260 * W,
        "新建口袋公园6处，提升居民休闲空间。")
    assert len(r.tables["indicators"]) == 3


def test_gloss_before_unit_a_space_or_slash_apart(read):
    """`项目总投资(Total Investment/万元)`, `年度资金总额(Annual Budget 万元)`: labels of money in 万元."""
    r = read("ct_s61_rv83_gloss_space_slash.txt")
    p = only_project(r)
    assert _fields(p, "name", "department", "unit", "budget_total", "budget_year") == (
        "三亚崖州湾科技城人才驿站运营补贴", "三亚崖州湾科技城管理局", "三亚崖州湾科技城人才服务中心", 1500 * W, 480 * W)
    assert "unparsed_row" not in warning_codes(r)


def test_purchases_written_money_first_stay_lines(read):
    """`采购预算（万元） | 30 | 采购项目名称 | 台式计算机`: a purchase written money first, named as a project is, is a
    line of the form (its 30 万元 a line), no project of its own; the form's money and indicators its own."""
    r = read("ct_s61_rv83_purchases_money_first.txt")
    p = only_project(r)
    assert _fields(p, "name", "department", "unit", "budget_year") == (
        "区教育局信息化设备采购", "某区教育局", "某区教育技术装备中心", 50 * W)
    assert [b["amount"] for b in r.tables["budget_items"]] == [30 * W, 20 * W]
    assert [i["level3"] for i in r.tables["indicators"]] == ["采购计算机台数", "教师满意度"]

"""Review rv55 (session 58) of hunt ly5: layouts (parsers/core.py, parsers/forms.py, parsers/tables.py).
Fixtures ct_s58_rv55_* (text dumps, tab-separated cells, from tests/fixtures/review/make_s58_rv55.py); each reading
was written down by hand before jixiao was run.

Decided:
- a title continued with the table's number after 续 (`…绩效目标表（续表1）`, `（续上表）`) is the form's title again, as
  `（续）` is (ly5's `_CONTINUED_END` in forms.py was a twin of core's `_CONTINUED`: one now, core.same_text);
- `金额单位：万元` atop the next page right over the table's head printed again: the table goes on (it ended it, the
  page's first rows took the next level's labels);
- an indicator table's row with no 分值 nor 得分 right under one with both (merged cells, the table's rows mostly
  scored): its note `与“农村公厕新建数”共用分值、得分`, as ly5 said it of a 评分表's item (ly5 left it);
- a bracketed gloss alone on the next line under a name (`（含程序规范性）`) is the name's rest, in a 评分表 (ly5 read
  it as an item sharing the points above) and an indicator table (an indicator of no target).
Kept (guards): a half-width `(续)` with a space before it; a row of its own 分值 with its 得分 left empty shares none.
Left (strict xfail): `填报单位：…` atop page 2 over the head again still ends the table (hunt ly6: passes now, a
known field's line right over the head printed again the page's running head).
"""
from __future__ import annotations

import pytest

from tests.hunt_tools import only_project, warning_codes


def _ind(r, *keys):
    return [tuple(i.get(k) for k in keys) for i in r.tables["indicators"]]


_CARRIED = [
    ("产出指标", "数量指标", "生活垃圾清运量", "≥3.2万吨"), ("产出指标", "数量指标", "公厕保洁座数", "≥85座"),
    ("产出指标", "数量指标", "垃圾清运车辆购置数", "≥4辆"), ("产出指标", "质量指标", "生活垃圾无害化处理率", "≥95%"),
    ("效益指标", "生态效益指标", "村庄环境整治覆盖率", "≥90%"),
    ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%")]


@pytest.mark.parametrize("name", ["ct_s58_rv55_title_continued_no.txt", "ct_s58_rv55_unit_line_page.txt"])
def test_table_goes_on_over_the_page(read, name):
    """Page 2 under `…目标表（续表1）` or `金额单位：万元`, then the head again, `| | 垃圾清运车辆购置数 | ≥4辆` first:
    the levels of page 1 carried. main: 效益指标 / 生态效益指标 (the next labels below)."""
    r = read(name)
    assert _ind(r, "level1", "level2", "level3", "target_raw") == _CARRIED
    assert only_project(r)["title"] == "2025年度项目支出绩效目标表"
    assert only_project(r)["name"] == "城乡环卫一体化运营项目"


def test_filer_line_over_the_page(read):
    """Page 2 under `填报单位：某县环境卫生服务中心`, then the head again: the levels of page 1 should carry."""
    r = read("ct_s58_rv55_filer_line_page.txt")
    assert _ind(r, "level1", "level2", "level3", "target_raw") == _CARRIED


def test_half_width_continued_title_kept(read):
    """A guard: `…目标表 (续)` (half-width, a space before it) read as ly5 read `（续）`."""
    r = read("ct_s58_rv55_title_continued_half.txt")
    assert _ind(r, "level1", "level2", "level3", "target_raw") == _CARRIED
    assert warning_codes(r) == []


def test_indicators_sharing_merged_points_noted(read):
    """Rows of no 分值 / 得分 under `农村公厕新建数 | … | 15 | 15`: each noted as sharing its points; under a row of
    its own 分值 and no 得分 (`完成时限 | … | 10 |`) none. main: no note."""
    r = read("ct_s58_rv55_indicator_shared_note.txt")
    shared = "与“农村公厕新建数”共用分值、得分"
    assert _ind(r, "level2", "level3", "weight", "score", "note") == [
        ("数量指标", "农村公厕新建数", 15, 15, None),
        ("数量指标", "农村公厕改造数", None, None, shared),
        ("数量指标", "户厕问题整改数", None, None, shared),
        ("质量指标", "验收合格率", 15, 15, None),
        ("时效指标", "完成时限", 10, None, None),
        ("时效指标", "资金拨付及时率", None, None, None),
        ("社会效益指标", "农村卫生厕所普及率", 30, 30, None),
        ("服务对象满意度指标", "群众满意度", 10, 10, None)]


def test_score_name_gloss_on_the_next_line(read):
    """`（含程序规范性）` alone under `立项依据充分性 | 6 | … | 6`: the name's rest; `预算执行率` alone under
    `资金到位率 | 8 | … | 8` still an item sharing its points. main (ly5): an item `（含程序规范性）` sharing them."""
    r = read("ct_s58_rv55_score_gloss_line.txt")
    got = [(s["level1"], s["level2"], s["level3"], s["weight"], s["score"], s["note"])
           for s in r.tables["scores"] if not s["is_subtotal"]]
    assert got == [
        ("决策", "项目立项", "立项依据充分性（含程序规范性）", 6, 6, None),
        ("决策", "绩效目标", "绩效目标明确性", 4, 3, None),
        ("过程", "资金管理", "资金到位率", 8, 8, None),
        ("过程", "资金管理", "预算执行率", None, None, "与“资金到位率”共用分值、得分"),
        ("过程", "组织实施", "管理制度健全性", 7, 6, None),
        ("产出", "产出数量", "实际完成率", 40, 38, None),
        ("效益", "项目效益", "实施效益", 35, 33, None)]
    assert "unparsed_row" not in warning_codes(r)


def test_indicator_name_gloss_on_the_next_line(read):
    """`（含农村生活垃圾）` alone under `生活垃圾清运量 | ≥3.2万吨`: the name's rest, no indicator of its own."""
    r = read("ct_s58_rv55_indicator_gloss_line.txt")
    assert _ind(r, "level1", "level2", "level3", "target_raw") == [
        ("产出指标", "数量指标", "生活垃圾清运量（含农村生活垃圾）", "≥3.2万吨"),
        ("产出指标", "质量指标", "生活垃圾无害化处理率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%")]
    assert "target_missing" not in warning_codes(r)

"""Mend md61 (session 66): heads and names left by hunt ti21, review rv135 and read-only review rd67 (F.1's first
twin). Fixtures ct_s66_md61_* (text dumps from tests/fixtures/review/make_s66_md61.py, a Guizhou county's water
forms); each reading was written down by hand before jixiao was run.

Decided:
- a titled form naming nothing — no 项目名称, 资金名称, title's or sheet's name — when it should name one: a project's
  or a fund's form (its title says 项目 / 资金 / 经费: `项目支出绩效目标表（2024年度）`, `…转移支付区域绩效目标表`), or a
  form naming no body either: `header_missing` (column and warning, the message naming its title), as a form of no
  title and no name got (it was null without a word); so a form of two sub-projects and no name of its own (hunt
  ti21's strict xfail, now passing there);
- a 部门整体 form naming its body (`整体` or Traditional `整體` in its title), or a body's form naming its body under
  a title of no project (`2024年度县直单位绩效目标表`): no name by design, no warning (Traditional 整體 was no 部门整体
  form: it got one);
- a money table headed `资金名称 | 资金性质 | 金额（万元）` (`资金来源 | 资金性质 | 金额`, the kind after the amount too):
  its rows source lines named by their first cell, in the head's unit, the kind kept as the line's note
  (`资金性质：一般公共预算`; the lines were named by their kind, in 元, the 合计 an unparsed_row);
- a third, unlabelled cell beside a whole name (`项目名称 | …工程 | 新建项目`): an `unplaced_cell` warning (it was
  dropped without a word); rv135's guard test of `续建项目` now expects it; a label of no value there
  (`是否为专项资金:`) loses nothing, no warning;
- `_NAME_CLOSE`, `_WHOLE_NAME_END` and `_FUND_CLOSE` built on one list of closing words (rd67 F.1).
Kept: a 转移支付 form named by 资金名称 (its fund's name, no warning); `资金来源 | 金额` tables as before.
Left: the third cell's words are not kept in other_fields (no label to key them by).
"""
from __future__ import annotations

from tests.hunt_tools import budget_lines, only_project, other_fields, warning_codes

NAME = "七星关区农村小水窖建设工程"
DEPT = "毕节市七星关区水务局"
UNIT = "毕节市七星关区水利工程管理站"


def _read(read, name):
    return read(f"ct_s66_md61_{name}.txt")


def _head(p):
    return p["year"], p["name"], p["department"], p["unit"]


def test_project_form_of_no_name_is_said(read):
    """`项目支出绩效目标表（2024年度）` over a form of no 项目名称: name null, header_missing said with its title."""
    r = _read(read, "project_no_name")
    p = only_project(r)
    assert _head(p) == (2024, None, DEPT, UNIT)
    assert p["header_missing"] is True
    assert warning_codes(r) == ["header_missing"]
    msg = r.tables["warnings"][0]["message"]
    assert "项目支出绩效目标表（2024年度）" in msg
    assert len(r.tables["indicators"]) == 4


def test_body_titled_project_form_of_no_name_is_said(read):
    """A body's title of a project's form (`…水务局2024年度项目支出绩效目标申报表`), a 项目类型 row, no 项目名称."""
    r = _read(read, "project_no_name_type_row")
    p = only_project(r)
    assert _head(p) == (2024, None, DEPT, UNIT)
    assert "header_missing" in warning_codes(r)


def test_sub_projects_and_no_own_name_said(read):
    """Two sub-projects, no name of its own: their names kept, the form's name said missing."""
    r = _read(read, "sub_projects_no_own_name")
    p = only_project(r)
    assert p["name"] is None
    assert other_fields(p) == {"子项目一名称": "阴底乡蓄水池工程", "子项目二名称": "田坝镇蓄水池工程"}
    assert warning_codes(r) == ["header_missing"]


def test_whole_body_form_names_its_body_no_warning(read):
    """A 部门整体 form naming its body: no project's name by design, no header_missing."""
    r = _read(read, "whole_body_no_name")
    p = only_project(r)
    assert (p["name"], p["department"], p["header_missing"]) == (None, DEPT, False)
    assert "header_missing" not in warning_codes(r)


def test_traditional_whole_body_form_no_warning(read):
    """Guard on an older fixture: `…整體績效目標表` (Traditional) naming its body is a 部门整体 form too."""
    r = read("ai_yueyanglou_dept_overall_traditional.txt")
    p = only_project(r)
    assert p["name"] is None and p["department"] == "岳陽樓區價格認證鑒定中心"
    assert "header_missing" not in warning_codes(r)


def test_bodies_list_under_a_title_of_no_project_no_warning(read):
    """Guard on an older fixture: `2024年度县直单位绩效目标表`, a row per body: no project's name asked."""
    r = read("ct_s39_dl_whole_list_no_title.txt")
    assert [(p["name"], p["department"] or p["unit"]) for p in r.tables["projects"]] == [
        (None, "县文化和旅游局"), (None, "县图书馆")]
    assert "header_missing" not in warning_codes(r)


def test_transfer_form_named_by_its_fund(read):
    """Guard: a 转移支付 form's 资金名称 is its name: no warning."""
    r = _read(read, "transfer_fund_named")
    p = only_project(r)
    assert p["name"] == "水利发展资金（农村供水）"
    assert "header_missing" not in warning_codes(r)


def test_transfer_form_of_no_fund_name_is_said(read):
    """A 转移支付 form of no 资金名称 nor 项目名称: a fund's form naming nothing, header_missing."""
    r = _read(read, "transfer_fund_no_name")
    p = only_project(r)
    assert p["name"] is None and p["header_missing"] is True
    assert "header_missing" in warning_codes(r)
    assert budget_lines(r) == [("资金情况", "中央补助", 2000000.0, "source"), ("资金情况", "地方资金", 400000.0, "source")]


def test_fund_table_with_a_kind_column(read):
    """`资金名称 | 资金性质 | 金额（万元）`: source lines named by the first cell, in 万元, the kind their note."""
    r = _read(read, "fund_table_nature")
    p = only_project(r)
    assert _head(p) == (2024, NAME, DEPT, UNIT)
    assert budget_lines(r) == [("资金来源", "上级转移支付", 1800000.0, "source"),
                               ("资金来源", "区级配套", 600000.0, "source")]
    assert [b["note"] for b in r.tables["budget_items"]] == ["资金性质：一般公共预算"] * 2
    assert other_fields(p) == {}
    assert warning_codes(r) == []


def test_third_cell_beside_a_whole_name_said(read):
    """`项目名称 | …工程 | 新建项目`: the name whole, the third cell said (unplaced_cell), not dropped silently."""
    r = _read(read, "name_third_cell_new")
    p = only_project(r)
    assert _head(p) == (2024, NAME, DEPT, UNIT)
    assert warning_codes(r) == ["unplaced_cell"]
    assert "新建项目" in r.tables["warnings"][0]["message"]


def test_third_cell_beside_a_phased_name_said(read):
    """`项目名称 | …工程（二期） | 省级统筹`: the same, the phase kept in the name."""
    r = _read(read, "name_third_cell_note")
    p = only_project(r)
    assert _head(p) == (2024, NAME + "（二期）", DEPT, UNIT)
    assert warning_codes(r) == ["unplaced_cell"]
    assert "省级统筹" in r.tables["warnings"][0]["message"]


def test_closing_words_one_list():
    """Guard (rd67 F.1, the words now written once): the three tests of a name's closing word agree."""
    from parsers import forms
    assert forms._WHOLE_NAME_END.search("农村公路养护工程(二期)")   # (on folded text)
    assert not forms._WHOLE_NAME_END.search("维修养护补助资金")
    assert forms._NAME_CLOSE.search("维修养护补助资金") and forms._NAME_CLOSE.search("提升工程")
    assert forms._FUND_CLOSE.search("工作经费") and not forms._FUND_CLOSE.search("提升工程")


def test_label_of_no_value_beside_the_name_not_said(read):
    """Guard on an older fixture: `项目名称: | … | 是否为专项资金: |` — a label of no value beside the name loses
    nothing: no unplaced_cell."""
    r = read("aq_chengan_unit_cells_sub_header_parts.txt")
    assert r.tables["projects"][0]["name"] == "19名百岁老人高龄津贴"
    assert "unplaced_cell" not in warning_codes(r)

"""Mend md34 (session 60) of review rd's findings B1, B2 and C3: an indicator named with its money unit and its target
in words is no money table's head, a long name comparing with a reference stays text, and two projects' names
sharing only their place's or unit's name are two projects (tests/fixtures/review/ct_s60_md34_*, made by
tests/fixtures/review/make_s60_md34.py; each read by hand before the run).

Decided:
- a money table's head under the indicators (nw6) heads a column of years or of a sum (`年度`, `2026年`, `合计`):
  `运维成本（万元） | 不超过批复预算 | 定性`, `人员经费（元） | 据实列支 | 定性` are indicators (main: the table ended
  there, its rows below unparsed, a false no_satisfaction_indicator);
- a long measure's name run into its figure (tg21) holds none of the comparison words (`_COMPARING_WORDS`, and 优于):
  `城乡居民参保率高于全省平均水平5个百分点以上` is text (main: `>=` 5 个百分点, the clause the qualifier);
- the place or body two project names open with (`洞口县`, `市第一中学`) is no word they share: `洞口县农村公路养护项目`
  and `洞口县农村饮水安全工程` are two projects (main: `县农村` shared, a hidden version, nothing said).
Kept: a money table by year under the indicators still ends them (`资金安排（万元） | 年度 | 金额`); a plain long
name's bound (`城乡居民基本医疗保险参保率95%以上`: `>=` 95 %); another year's form of the same county project
(`2023年洞口县农村公路养护工程`) a version.
"""
from __future__ import annotations

import pytest

from normalize.targets import split_target
from tests.hunt_tools import indicator_targets, only_project, warning_codes

P = "ct_s60_md34_"


def _inds(r) -> dict:
    return {i["level3"]: i for i in r.tables["indicators"]}


def _hidden(r) -> list[str]:
    return [w["message"] for w in r.tables["warnings"] if w["code"] == "hidden_form_unread"]


def test_cost_named_with_its_unit_and_a_target_in_words_is_an_indicator(read):
    # main: `运维成本（万元） | 不超过批复预算 | 定性` ended the table: 3 unparsed rows, no_satisfaction_indicator
    r = read(P + "cost_in_words.txt")
    assert only_project(r)["name"] == "乡镇卫生院远程会诊系统建设"
    assert list(_inds(r)) == ["接入乡镇卫生院数量", "系统验收合格率", "设备购置成本（万元）", "运维成本（万元）",
                              "年远程会诊例数", "患者满意度"]
    cost = _inds(r)["运维成本（万元）"]
    assert (cost["level1"], cost["target_raw"], cost["op"]) == ("成本指标", "不超过批复预算", "<=")
    assert _inds(r)["患者满意度"]["level1"] == "满意度指标"
    codes = warning_codes(r)
    assert "unparsed_row" not in codes and "no_satisfaction_indicator" not in codes


def test_cost_in_words_among_pipes_with_a_money_table_by_year_after(read):
    # main: the table ended at `人员经费（元） | 据实列支 | 定性`; the 资金安排 table under it ends it still
    r = read(P + "cost_nature_pipes.txt")
    assert list(_inds(r)) == ["新增分类收集点", "垃圾日产日清率", "设备购置成本（万元）", "人员经费（元）",
                              "生活垃圾回收利用率", "居民满意度"]
    assert _inds(r)["人员经费（元）"]["target_raw"] == "据实列支"
    assert "no_satisfaction_indicator" not in warning_codes(r)


@pytest.mark.parametrize("text", ["城乡居民参保率高于全省平均水平5个百分点以上",
                                  "空气质量优良天数比例优于全省平均水平3个百分点以上",
                                  "住院费用报销比例不低于全省平均水平2个百分点以上",
                                  "农村饮水安全覆盖率不低于全省平均水平95%以上",
                                  "农村自来水普及率超过全省平均水平5个百分点以上",
                                  "城镇登记失业率低于全省平均水平1个百分点以上"])
def test_long_name_comparing_with_a_reference_stays_text(text):
    # main: `>=` the figure, the name and its comparison the qualifier
    t = split_target(text)
    assert (t.op, t.value, t.unit, t.qualifier, t.target_text) == (None, None, None, None, text)


def test_long_names_comparing_with_a_reference_in_a_form(read):
    r = read(P + "compared_names.txt")
    got = {i["level3"]: (i["op"], i["value"], i["unit"]) for i in r.tables["indicators"]}
    assert got == {"城乡居民基本医疗保险参保率": (">=", 95.0, "%"),      # (a plain bound: as on main)
                   "城乡居民参保率": (None, None, None),
                   "空气质量优良天数比例": (None, None, None),
                   "住院费用报销比例": (None, None, None),
                   "参保群众满意度": (">=", 90.0, "%")}
    assert _inds(r)["城乡居民参保率"]["target_raw"] == "城乡居民参保率高于全省平均水平5个百分点以上"


def test_hidden_form_of_a_project_of_the_same_county(read):
    # main: `县农村` shared by the names, taken for a version: nothing said, status ok
    r = read(P + "county_water.xlsx")
    assert only_project(r)["name"] == "洞口县农村公路养护项目"
    assert _hidden(r) == ["sheet 2 (饮水) is hidden and not read (what Excel shows is read), and it reads as a form "
                          "of another project (洞口县农村饮水安全工程): unhide it to read the form"]
    assert warning_codes(r) == ["hidden_form_unread"] and r.document["status"] == "partial"


def test_hidden_form_of_another_project_of_the_same_school(read):
    # main: `市第一中学` shared, taken for a version
    r = read(P + "school_canteen.xlsx")
    assert only_project(r)["name"] == "市第一中学校园安全监控改造"
    assert _hidden(r) == ["sheet 2 (食堂) is hidden and not read (what Excel shows is read), and it reads as a form "
                          "of another project (市第一中学食堂改造): unhide it to read the form"]


def test_hidden_form_of_another_year_of_the_county_project_is_a_version(read):
    # (passes on main: guards the project's own words after the shared county, `农村公路养护`)
    r = read(P + "county_road_old.xlsx")
    assert only_project(r)["name"] == "洞口县农村公路养护项目"
    assert len(indicator_targets(r)) == 4 and warning_codes(r) == []

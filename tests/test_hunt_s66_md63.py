"""Mend md63 (session 66) of review rd67's groups A and B (hunt ly18's rules, after review rv140): fixtures
ct_s66_md63_* from tests/fixtures/review/make_s66_md63.py; each reading was written down by hand before jixiao was run.
Decided:
- B: in an OCR's text of wide gaps, a label's value listing people or places one blank apart (`张三 李四`, two or three
  characters a piece, or `三棵树镇 舟溪镇 旁海镇`, pieces of one last character) is one cell with its blanks kept
  (ly18's OCR-blank join ran them together, `吴国杨德林`, against SCHEMA's leader); a blank inside a unit's or an
  indicator's name (`…农村 供水管理站`, `改造供水 管网长度`) is still taken out;
- A: a whole indicator name over an implied year's deadline (`开工年份 | 2024` over `完工时间 | 年底前`, level cells
  merged) is two indicators (rv140's guard wanted both names ending as whole ones; `年份` is no such end).
Kept: ly18's and rv140's OCR and name-and-target cases (their tests pass unchanged).
Left: rd67's suggested reading, every blank not inside a form's own word kept, was not taken: the unit and indicator
names of ly18's OCR text would keep theirs; a list whose pieces are neither short nor of one end (`城关镇 大塘村`)
is still run together.
"""
from __future__ import annotations

import json

from tests.hunt_tools import indicator_targets, only_project

P = "ct_s66_md63_"


def test_ocr_value_listing_people_and_places_keeps_its_blanks(read):
    """BASE: leader `吴国杨德林`, 实施地点 `三棵树镇舟溪镇旁海镇`."""
    r = read(P + "ocr_lists.txt")
    p = only_project(r)
    assert p["leader"] == "吴国 杨德林"
    assert json.loads(p["other_fields"])["实施地点"] == "三棵树镇 舟溪镇 旁海镇"
    assert p["phone"] == "0855-8221345"


def test_ocr_blank_inside_names_still_taken_out(read):
    """(guard) The unit's and an indicator's OCR blank is no list: joined."""
    r = read(P + "ocr_lists.txt")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"]) == (
        "凯里市农村饮水安全巩固提升工程", "凯里市水务局", "黔东南州凯里市农村供水管理站")
    assert p["budget_total"] == 460 * 10_000
    assert indicator_targets(r) == [
        ("产出指标", "数量指标", "改造供水管网长度", ">=", 15.0, "公里"),
        ("产出指标", "质量指标", "工程验收合格率", "=", 100.0, "%"),
        ("效益指标", "社会效益指标", "受益人口", ">=", 9600.0, "人"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", ">=", 90.0, "%")]


def test_listed_rule():
    from extract.txt import _listed
    assert _listed(["张三", "李四"]) and _listed(["欧阳明", "王刚"]) and _listed(["三棵树镇", "舟溪镇", "旁海镇"])
    assert not _listed(["黔东南州凯里市农村", "供水管理站"]) and not _listed(["改造供水", "管网长度"])
    assert not _listed(["局", "办公室"])


def test_whole_name_over_implied_year_deadline_is_two(read):
    """BASE: one indicator `开工年份完工时间` of target `2024年底前`."""
    r = read(P + "year_then_deadline_tab.txt")
    assert [t[2] for t in indicator_targets(r)] == ["改造背街小巷条数", "开工年份", "完工时间", "沿线居民满意度"]
    assert [i["target_raw"] for i in r.tables["indicators"]] == ["32条", "2024", "年底前", "≥90%"]

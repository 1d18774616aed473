"""Hunt ly19 (session 67): layouts broken before the parsers, in text dumps from converters and OCR (fixtures
ct_s67_ly19_* from tests/fixtures/review/make_s67_ly19.py); each reading was written down by hand before jixiao was run.
Decided: an OCR's places of a township's or a village's kind one blank apart, unlike in their last character
(`城关镇 大塘村` beside 实施地点), are a list keeping its blank (they were run together, `城关镇大塘村`; md63's
leftover); one label and its value one blank apart (`主管部门 新化县教育局`) keeps that gap and no longer turns off
every OCR-blank join of the text (it cut the unit and two indicator names, `新化县教育事业`, `新建少年宫` with `数量`
dropped): only when a third of the wide rows keep such a gap is nothing joined; a note's line under an OCR table
running across the head's columns (`注：以下为项目实施进度安排。`) ends the table (its head's columns kept a schedule
row's blank, `…等共3项 工作`, an unparsed_row, and turned off the text's joins; md65's leftover); a text's few stray
NUL bytes (`新化县\\x00教育局`) are dropped with an `encoding_errors` warning (the file was refused as binary) and
zero-width characters inside cells dropped (`≥12\\u200b所` was the target's raw text); in a tab dump an indented row
typed with runs of blanks right under a tabbed row (`  质量指标  器材验收合格率  100%`) gets its merged first cells
empty (it was one indicator `质量指标 器材验收合格率 100%` of no target).
Kept (read right on BASE): a Markdown table with `|---|` and merged cells left empty; a table head on a page's last
line, its rows after a form feed; a long cell continued after a leading tab; a long cell wrapped at 76 columns with no
tab on its rests; old Mac line ends (`\\r` alone).
A Word form's fields typed as tabbed paragraphs of one field each (`项目名称<TAB>…`, `年度总体目标<TAB>…`) are a
table's rows when three lines or more each open on a field's name (a Han word, no outline number, not a contents'
lines ending on page numbers): BASE read no name and no goal (rv124's strict xfail of three lines taken too).
Left: a two-column -layout page (nw13's strict xfail, kept: telling two text columns from a table's needs the page's
geometry the dump lost).
"""
from __future__ import annotations

import json

import pytest

from tests.hunt_tools import indicator_targets, only_project, warning_codes

W = 10_000
P = "ct_s67_ly19_"
TARGETS = [("产出指标", "数量指标", "新建少年宫数量", ">=", 12.0, "所"),
           ("产出指标", "质量指标", "器材验收合格率", "=", 100.0, "%"),
           ("产出指标", "时效指标", "项目完成时间", None, None, None),
           ("效益指标", "社会效益指标", "受益学生人数", ">=", 6000.0, "人"),
           ("满意度指标", "服务对象满意度指标", "学生家长满意度", ">=", 90.0, "%")]
RAW = ["≥12所", "100%", "2025年底前", "≥6000人", "≥90%"]
GOAL = ("新建乡村学校少年宫12所，配齐音乐、美术、体育、科技等活动器材，组织开展课后服务和周末兴趣小组活动，"
        "培训辅导教师120人次，惠及农村留守儿童和在校学生6000人以上，促进城乡教育公平发展。")


def _form(r) -> dict:
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["year"]) == (
        "乡村学校少年宫建设项目", "新化县教育局", "新化县教育事业发展中心", 2025)
    assert 180 * W in {p["budget_year"], p["budget_total"]}
    assert indicator_targets(r) == TARGETS
    assert [i["target_raw"] for i in r.tables["indicators"]] == RAW
    assert not {"unparsed_row", "unplaced_cell", "target_missing"} & set(warning_codes(r))
    return p


def test_ocr_unlike_places_keep_their_blank(read):
    """`城关镇 大塘村` beside 实施地点: two places (BASE: `城关镇大塘村`)."""
    p = _form(read(P + "ocr_places.txt"))
    assert json.loads(p["other_fields"])["实施地点"] == "城关镇 大塘村"


def test_listed_places_rule():
    from extract.txt import _listed
    assert _listed(["城关镇", "大塘村"], False) and _listed(["洋溪镇", "石冲口社区"], False)
    assert not _listed(["黔东南州凯里市农村", "供水管理站"], False) and not _listed(["新农村", "建设项目"], False)
    assert _listed(["宜昌市", "夷陵区"], False)     # (mend md66: places of any level keep their blank, as written)


def test_ocr_one_label_blank_keeps_the_other_joins(read):
    """`主管部门 新化县教育局` one blank apart, OCR blanks inside the unit and two indicator names: those joined (BASE:
    unit `新化县教育事业`, names `新建少年宫` and `受益学生`, two unplaced_cell)."""
    _form(read(P + "ocr_one_label_blank.txt"))


def test_ocr_note_under_the_table_ends_its_head(read):
    """A note across the head's columns, then schedule rows one of whose pieces stands at the old 指标值 column:
    the rows' pieces joined (BASE: `…等共3项 | 工作` unparsed rows, and the text's joins all off)."""
    r = read(P + "ocr_note_then_rows.txt")
    p = _form(r)
    got = json.loads(p["other_fields"])
    assert got["第一季度"] == "完成选址和方案设计、施工招标等共3项工作"
    assert got["第二季度"] == "开工建设并完成器材采购、校舍改造等共5项工作"


def test_across_heads_rule():
    """A note running over the head's columns ends the table; a cut cell's rest in its column or a footer not."""
    from extract.txt import _across_heads

    def cells(ln):
        import re
        return [(m.start(), m.end(), m.group()) for m in re.finditer(r"\S+", ln)]
    heads = [0, 14, 28, 50]
    for ln, want in (("注：以下为项目实施进度安排。", True), ("              受益学生", False),
                     ("第 1 页 共 2 页", False), ("\f2025年度项目支出绩效目标表", False)):
        assert _across_heads(ln, cells(ln), heads) is want, ln


def test_stray_nul_and_zero_width_characters(read):
    """A NUL inside the department, zero-width spaces inside the name, a name and a target, a BOM inside the unit:
    dropped (BASE: the file refused as binary, nothing read)."""
    r = read(P + "nul_zwsp.txt")
    _form(r)
    assert "encoding_errors" in warning_codes(r)


def test_nul_rule():
    """A few NULs in UTF-8 text dropped; many, or a binary's, still refused."""
    from extract.grid import ExtractError
    from extract.txt import decode_text
    text, enc, warns = decode_text("项目名称\t新化县\x00教育局\n".encode("utf-8"))
    assert text == "项目名称\t新化县教育局\n" and [w.code for w in warns] == ["encoding_errors"]
    for data in (b"\x00\x01\x02" * 100, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 64):
        with pytest.raises(ExtractError):
            decode_text(data)


def test_tab_dump_with_spaced_rows(read):
    """Rows typed with runs of blanks among tabbed rows, one indented under a merged 一级指标 (BASE: an indicator
    `质量指标 器材验收合格率 100%` of no target)."""
    _form(read(P + "mixed_tab_spaces.txt"))


@pytest.mark.parametrize("name", ["markdown_merged", "head_then_page", "cr_only"])
def test_guard_converter_layouts(read, name):
    """(guard) a Markdown table with empty merged cells, a head before a form feed, `\\r` line ends: the form whole."""
    _form(read(P + name + ".txt"))


@pytest.mark.parametrize("name", ["tab_continued", "wrapped76"])
def test_guard_long_cell_continued(read, name):
    """(guard) a long goal continued after a leading tab, or wrapped at 76 columns: one goal."""
    assert _form(read(P + name + ".txt"))["goal_annual"] == GOAL


def test_word_fields_one_a_tabbed_line(read):
    """`项目名称<TAB>…` … `年度总体目标<TAB>…`, one field a paragraph over a table of indicators (BASE: no name, no goal,
    header_missing)."""
    p = _form(read(P + "word_tab_fields.docx"))
    assert p["goal_annual"] == "新建乡村学校少年宫12所，配齐活动器材，开展课后服务活动，惠及农村学生6000人以上。"


def test_guard_word_outline_and_contents_above_tabbed_fields(read):
    """(guard) a contents' `项目基本情况<TAB>1` and an outline's `一、<TAB>项目基本情况` above: no field of them."""
    r = read(P + "word_tab_outline.docx")
    p = _form(r)
    assert p["goal_annual"] and not p["other_fields"]


def test_tab_table_rule():
    from extract.office import _tab_table
    assert _tab_table([["项目名称", "x"], ["主管部门", "y"], ["年度总体目标", "z"]])
    assert _tab_table([["项目资金（万元）", "1"], ["主管部门", "y"], ["年度总体目标", "z"]])
    assert not _tab_table([["一、", "项目概况"], ["二、", "绩效目标"], ["三、", "绩效指标"]])
    assert not _tab_table([["项目概况", "1"], ["绩效目标", "2"], ["绩效指标", "12"]])
    assert not _tab_table([["第一章", "总则"], ["第二章", "目标"], ["第三章", "附则"]])
    assert not _tab_table([["项目名称", "x"], ["主管部门", "y"]])

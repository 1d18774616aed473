"""Review rv5 of the rules merged in the session's second wave (reviews rv3, rv4, the mends, hunt ht2), read for
rules that fire where they should not. Text dumps ct_s49_rv5_*.txt (tabs between cells, as samples/) and HTML pages
ct_s49_rv5_*.html (tests/fixtures/make_s49_rv5.py). Each reading was written down by hand before jixiao was run; the
comments say what main (2803a6be) gave."""
from __future__ import annotations

from pathlib import Path

from tests.hunt_tools import only_project, warning_codes

REVIEW = Path(__file__).resolve().parent / "fixtures" / "review"


# ---------------------------------------------------------------- rv3's place said twice: a word the level opens

def test_city_then_market_keeps_its_city(read):
    """`长沙市2024年市场监管能力提升项目绩效目标表`: the project `长沙市市场监管能力提升项目` — the 市 after the year
    opens 市场, no body's short name under 长沙市. Main: `长沙市场监管能力提升项目` (rv3's place-twice rule took 市场's 市
    for the city's level said again)."""
    p = only_project(read("ct_s49_rv5_city_market_title.txt"))
    assert (p["name"], p["budget_total"]) == ("长沙市市场监管能力提升项目", 150 * 10_000.0)


def test_city_then_municipal_works_keeps_its_city(read):
    """`邵阳市2024年市政道路维修项目绩效目标表`: `邵阳市市政道路维修项目` (市政, municipal works). Main: `邵阳市政道路维修项目`."""
    p = only_project(read("ct_s49_rv5_city_works_title.txt"))
    assert p["name"] == "邵阳市市政道路维修项目"


# ---------------------------------------------------------------- rv4's 得分情况: a note column's head holds it

def test_score_note_column_is_no_score(read):
    """A 自评表's indicators `… | 分值 | 得分 | 得分情况说明` (why each score was given, `参保率略低于目标，扣2分`): each
    indicator's score is the 得分 column (20, 18, 30, 20), the 说明 its note; the total 97.5. Main: every indicator's
    score None, the note `得分：参保率略低于目标，扣2分` (the head holds rv4's `得分情况`, a score head, and took the
    score role from the 得分 column)."""
    r = read("ct_s49_rv5_score_note_column.txt")
    p = only_project(r)
    assert p["score"] == 97.5
    got = [(i["level3"], i["weight"], i["score"], i["note"]) for i in r.tables["indicators"]]
    assert got == [("参保人数", 20, 20, "完成目标，得满分"), ("参保率", 20, 18, "参保率略低于目标，扣2分"),
                   ("群众看病负担减轻", 30, 30, "无"), ("参保群众满意度", 20, 20, "无")]
    assert warning_codes(r) == []


# ---------------------------------------------------------------- ht2's charset fallback: a page really in Latin-1

def test_latin1_page_with_umlauts_inside_words_stays_latin1(read):
    """A German page in Latin-1 (declared iso-8859-1) whose umlauts all stand inside words (Müller, Köln, Düsseldorf):
    read as Latin-1, no `encoding_guessed`. Main: decoded as GB18030 (`M黮ler`, `K鰈n`: each umlaut and the letter after
    it one of GBK's rare ideographs), an `encoding_guessed` warning saying the bytes are Chinese."""
    from extract.office import extract_html
    data = (REVIEW / "ct_s49_rv5_latin1_german.html").read_bytes()
    ex = extract_html(data, "rv5")
    text = " ".join(line.text for line in ex.lines)
    assert "Jürgen Müller (Köln)" in text and "Königstraße" in text
    assert warning_codes(read("ct_s49_rv5_latin1_german.html")) == ["layout_unknown"]


# ---------------------------------------------------------------- ht2's padded names: a compound surname

def test_compound_surname_padded_to_four_is_one_name(read):
    """`项目负责人 | 欧阳　明` (a compound surname and a one-character given name, padded to four as the column's names
    are): the leader `欧阳明`. Main: `欧阳 明` (ht2's rule joined single characters only)."""
    p = only_project(read("ct_s49_rv5_padded_names.html"))
    assert (p["name"], p["leader"]) == ("涟源市城乡供水一体化项目", "欧阳明")


# ---------------------------------------------------------------- ht2's level heading over a table: its reach

def test_level_heading_ends_at_another_levels_row(read):
    """`<h4>一、产出指标</h4>` over one table of 二级指标 | 三级指标 | 指标值 going on past the 产出 rows to 社会效益指标,
    可持续影响指标 and 服务对象满意度指标 rows (no heading of their own): the heading's 产出指标 is the level 1 of the
    数量 / 质量 rows only; the others name no level 1 (their level 2s say theirs: outcome, impact, satisfaction). Main: all
    five rows `产出指标` (ht2's heading carried over the whole table)."""
    r = read("ct_s49_rv5_level_heading_spans.html")
    got = [(i["level1"], i["level2"], i["level1_std"]) for i in r.tables["indicators"]]
    assert got == [("产出指标", "数量指标", "output"), ("产出指标", "质量指标", "output"),
                   (None, "社会效益指标", "outcome"), (None, "可持续影响指标", "impact"),
                   (None, "服务对象满意度指标", "satisfaction")]

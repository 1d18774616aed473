"""Mend md50 (session 64) of review rd64's groups B and D1 (fixtures ct_s64_md50_* from
tests/fixtures/review/make_s64_md50.py); each reading was written down by hand before jixiao was run.
- B1: a 偏差原因 cell's second paragraph opening `第二条…` / `第2条…` (a dump's line of its own between two rows) is
  the cell's, not a rule book's article: tables._SECTION_LINE takes an article's head only alone or before a blank,
  as _STATUTE_LINE's first reading (main: the paragraph refused, then the table ended at it, three rows lost).
- B2: an indicator named `第二条生产线建成投产` beside a 偏差原因 `设备到货延迟。` is a row: the article's sentence is
  looked for in its own cell, the row's first cells joined by line breaks (main: the table ended there).
- D1: the circled runs normalize.text.circled_number reads (`❶`, `⓵`, `➀`, `➊`) number an assessment's items in
  its 序号 column (tables._CIRCLED) and before an item's text (records' _PART_LEAD), as `①` did (main: `❷` an
  unparsed row, `➀` kept in the text).
"""
from __future__ import annotations

import pytest

from tests.hunt_tools import warning_codes

P = "ct_s64_md50_"
ROWS = ["建成生产线数量", "验收合格率", "新增产值", "企业满意度"]


@pytest.mark.parametrize("name,second", [
    ("paragraph_article.txt", "第二条生产线因设备到货延迟未能按期投产。"),
    ("paragraph_article_digits.txt", "第2条生产线因设备到货延迟，预计2025年3月投产")], ids=["chinese", "digits"])
def test_deviation_paragraph_opening_an_article_word(read, name, second):
    """main: one indicator, `第一条生产线已建成投产。` its deviation, the three rows below lost without a word (the
    digits' variant: the paragraph an indicator of no target)."""
    r = read(P + name)
    ind = r.tables["indicators"]
    assert [i["level3"] for i in ind] == ROWS
    first = ind[0]
    assert (first["target_raw"], first["actual_raw"], first["weight"], first["score"]) == ("2条", "1条", 20, 10)
    assert first["deviation"].replace("\n", "") == "第一条生产线已建成投产。" + second
    assert [i["deviation"] for i in ind[1:]] == ["无", "产能未达预期", "无"]
    assert "target_missing" not in warning_codes(r)


def test_article_word_name_beside_a_sentence(read):
    """main: one indicator (`第一条生产线建成`), the table ended at `第二条生产线建成投产 | 1条 | 设备到货延迟。`."""
    r = read(P + "article_name.xlsx")
    got = [(i["level2"], i["level3"], i["target_raw"], i["actual_raw"], i["deviation"]) for i in r.tables["indicators"]]
    assert got == [("数量指标", "第一条生产线建成", "1条", "1条", "无"),
                   ("数量指标", "第二条生产线建成投产", "1条", "0条", "设备到货延迟。"),
                   ("时效指标", "完工时间", "2024年12月", "2025年3月", "延期。"),
                   ("服务对象满意度指标", "企业满意度", "≥90%", "95%", "无")]


def test_article_lines():
    """main: `第二条生产线…。` a section line (the paragraph refused); the cells `第二条生产线建成投产 | 1条 | 设备到货延迟。`
    an article. An article alone or before a blank, its cells spaced by OCR, or its sentence in its cell: as on main."""
    from parsers.tables import _SECTION_LINE, _STATUTE_LINE
    assert not _SECTION_LINE.match("第二条生产线因设备到货延迟未能按期投产。")
    assert not _STATUTE_LINE.match("\n".join(["第二条生产线建成投产", "1条", "设备到货延迟。"]))
    assert all(_SECTION_LINE.match(t) for t in ("第九条 绩效目标原则上…。", "第五章", "第 9 条　附则"))   # (as on main)
    assert all(_STATUTE_LINE.match("\n".join(c)) for c in (["第", "九", "条"], ["第九条", "绩效目标应当…。"],
                                                            ["第九条绩效目标原则上应当包括…。"]))


def _items(r):
    return [(a["section_no"], a["section"], a["item_no"], a["content"]) for a in r.tables["assessment_items"]]


@pytest.mark.parametrize("name", ["circled_negative_seq.txt", "circled_double_seq.txt"])
def test_circled_seq_past_twenty(read, name):
    """`❶` / `⓵` in the 序号 column under `（一） | 营商环境（20分）`: each section's item 1, 2 (main: the circle a
    section's number, the sections lost, `❷` an unparsed_row)."""
    r = read(P + name)
    assert _items(r) == [("一", "营商环境", 1, "企业开办时间压缩至1个工作日内。"),
                         ("一", "营商环境", 2, "政务服务事项网上可办率达到98%。"),
                         ("二", "生态环境", 1, "空气质量优良天数比例达到90%。")]
    assert [a["section_points"] for a in r.tables["assessment_items"]] == [20, 20, 10]
    assert "unparsed_row" not in warning_codes(r)


@pytest.mark.parametrize("name", ["circled_sans_lead.txt", "circled_sans_negative_lead.txt"])
def test_circled_lead_past_twenty(read, name):
    """`➀企业开办…` / `➊企业开办…` in the 考核内容 column: item 1, its text after the number (main: no item number,
    the circle kept in the text)."""
    r = read(P + name)
    assert _items(r) == [(None, "营商环境", 1, "企业开办时间压缩至1个工作日内。"),
                         (None, "营商环境", 2, "政务服务事项网上可办率达到98%。"),
                         (None, "生态环境", 1, "空气质量优良天数比例达到90%。")]

"""Review rv112 (session 64) of hunt tg25: numbered indicator sentences, an outside party's score under 总分, and
core.UNRANKED.

- tg25's one rule for a sentence's number (forms._SENTENCE_NO) took digits only and the circled `①`…`⑳`; the list
  styles normalize.text's strip_numbering takes besides (`❶`, `➀`, `（一）`, `一、`) left the sentences unparsed rows,
  the form of no indicator. The circled runs are one table, normalize.text.circled_number, which the 序号 readers of
  normalize.records and parsers.tables use too (three copies of `ord(c) - 0x2460 + 1`).
- tg25 made every outside party's score a final one (`财政评分`, `专家评价得分`): one of no figure yet
  (`财政评分：待复核`) put the 总分's figure aside and left the form of no score. A final score of no figure now leaves
  the form's, kept under its label (as `复核得分：待复核` was lost the same way before tg25).
- the 22 replacements of the literal 99 by core.UNRANKED keep their meaning (each `< 99` / `>= 99` / `== 99` is the
  same test against UNRANKED, and _LISTED_RANK stays the one rank below it); budget_year's synonyms ranked 99-126
  were unranked before, now ranked (no fixture's reading changes).

Fixtures ct_s64_rv112_* from make_s64_rv112.py. Expected readings written by hand before jixiao was run."""
from __future__ import annotations

import pytest

from parsers.forms import scored_sentence
from tests.hunt_tools import only_project, other_fields, warning_codes

P = "ct_s64_rv112_"


def _rows(r) -> list[tuple]:
    return [(i["level2"] or i["level1"], i["level3"], i["target_raw"], i["actual_raw"], i["score"])
            for i in r.tables["indicators"]]


# ------------------------------------------------------------------ numbered sentences, the list styles left out

def test_dingbat_sentences_on_rows(read):
    """main: no indicator, five unparsed_rows (`❶` no number to the rule, nor folded to one)."""
    r = read(P + "dingbat_rows.txt")
    assert _rows(r) == [
        ("数量指标", "除险加固小型水库", "4座", "4座", 20.0),
        ("质量指标", "工程验收合格率", "100%", "100%", 20.0),
        ("时效指标", "完工时间", "2024年10月底前", "2024年9月", 10.0),
        ("可持续影响指标", "水库安全运行年限", "≥10年", "≥10年", 10.0),
        ("满意度指标", "周边群众满意度", "≥90%", "95%", 30.0)]
    assert only_project(r)["score"] == 90
    assert "unparsed_row" not in warning_codes(r) and "no_indicators" not in warning_codes(r)


def test_chinese_numbered_sentences_in_one_cell(read):
    """main: no indicator, the cell an unparsed_row (`（一）` no sentence's number, the cell not split)."""
    r = read(P + "cn_paren_cell.txt")
    assert _rows(r) == [
        ("数量指标", "培训农村电商人员", "300人次", "315人次", 30.0),
        ("质量指标", "培训合格率", "≥90%", "93%", 30.0),
        ("满意度指标", "参训人员满意度", "≥95%", "97%", 30.0)]
    assert "unparsed_row" not in warning_codes(r) and "no_indicators" not in warning_codes(r)


def test_chinese_numbered_sentences_on_rows(read):
    """main: no indicator, three unparsed_rows (`一、`, `二 、`)."""
    r = read(P + "cn_comma_rows.txt")
    assert _rows(r) == [
        ("数量指标", "新建集中供水工程", "6处", "6处", 30.0),
        ("质量指标", "水质达标率", "≥95%", "97%", 30.0),
        ("满意度指标", "受益群众满意度", "≥90%", "94%", 30.0)]
    assert "unparsed_row" not in warning_codes(r) and "no_indicators" not in warning_codes(r)


@pytest.mark.parametrize("no", ["❶", "➀", "➊", "⓵", "（一）", "(一)", "㈠", "一、", "十二、"])
def test_sentence_number_styles_rule(no):
    """main: False for each (`①`, `（1）`, `1.`, `1）` True, as they stay)."""
    text = no + "数量指标：培训人数1200人次，实际完成1250人次，得分20分。"
    assert scored_sentence(text)
    assert all(scored_sentence(n + text[len(no):]) for n in ("①", "（1）", "1.", "1）", ""))   # (as on main)
    # (a decimal no number: as on main)
    assert not scored_sentence("1.5数量指标：培训人数1200人次，实际完成1250人次，得分20分。")


def test_circled_number_one_table():
    """main: no circled_number (each reader did `ord(c) - 0x2460 + 1` for ① … ⑳ alone)."""
    from normalize.text import circled_number
    assert [circled_number(c) for c in "①⑳❸➂➌⓷"] == [1, 20, 3, 3, 3, 3]
    assert [circled_number(c) for c in ("⑴", "1", "a", "①②", "")] == [None] * 5


# ------------------------------------------------------------------ an outside party's score of no figure

@pytest.mark.parametrize("name,label,said,score", [
    ("party_pending.txt", "财政评分", "待复核", 98),
    ("eval_none.txt", "专家评价得分", "暂无（评审未完成）", 98)])
def test_final_score_of_no_figure(read, name, label, said, score):
    """main: score null, the 98 kept aside under 总分 / 合计 for a score of no figure."""
    r = read(P + name)
    p = only_project(r)
    assert p["score"] == score
    assert other_fields(p) == {label: said}
    assert len(r.tables["indicators"]) == 4

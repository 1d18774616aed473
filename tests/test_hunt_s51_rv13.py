"""Review rv13 (session 51): the merged branches of4 (office / PDF extract) and mn10 (money) read against forms
near theirs (tests/fixtures/review/ct_s51_rv13_*; the PDFs made by tests/fixtures/review/make_s51_rv13.py; each
reading written by hand before the run).

Decided:
- of4's narrow columns of a rule-less PDF (`_tight_blanks`): a blank that holds a typed space glyph, or one before a
  sentence (a clause mark `，。；！？` in the tight run after it), is a paragraph's, not a narrow column's gap. Three
  numbered goal items under one another (`（一）　完成…`, `（二）　…`, `（三）　…`) made a column there: the goal was
  read `（一）（二）（三）` (its words cut off as cells of another column) or `（一）`. Now as before of4.
- mn10's unit said by the letter above (`_unit_from_prose`): a field summed from the form's bare figures
  (budget_fiscal of `中央补助 | 1000` and `县级配套 | 200`) takes 万元 with them (it stayed 1,200 元 beside a total of
  1,200万元, fiscal_total_gap); a figure the letter writes with thousands separators (`1,500万元`) is 1500 (it was
  read 500, the unit then not found).
- Flattened text: a label printed letter-spaced (`项 目 名 称`, `主 管 部 门`, `实 施 单 位`) is one cell, the longest
  run of single characters one space apart the parser knows as a label, block, head or level (mn10 joined only the
  two-character table words `合 计`, `项 目`); the project's name, department and unit were lost (unparsed_row
  `主 | 管 | 部 | 门 | …`). Characters of no known word stay apart (`是 否`, `张 三`, `1 2 3`).
No fault found (guards kept): mn10's level sums beside `单位自筹` (budget_fiscal not the whole sum), bracketed
negatives next to notes (`（其中500万元）`, `（约500万元）`, `（500万元以内）` no amount), of4's `附件` label (an
indicator named `附件材料归档率` read, the `附件` row dropped).
Left: the goal items of no punctuation after the first (`（二）　同步改造…`) stay text lines, not the goal's (as before
of4); a `备 注 无` row after the indicator table is read as an indicator (as before).
"""
from __future__ import annotations

W = 10000.0


def _p(r) -> dict:
    assert len(r.tables["projects"]) == 1
    return r.tables["projects"][0]


def _codes(r) -> list[str]:
    return sorted({w["code"] for w in r.tables["warnings"]})


GOAL = ("（一）完成城区背街小巷改造32条，改造路面4.6万平方米；（二）同步改造雨污管网5.2公里，消除积水点12处；"
        "（三）完善路灯、绿化等配套设施，提升居民出行条件。")
STREET_INDS = [("产出指标", "数量指标", "改造背街小巷数量", "32条"), ("产出指标", "质量指标", "路面平整率", "≥95%"),
               ("效益指标", "社会效益指标", "沿线居民出行时间缩短", "≥10%"),
               ("满意度指标", "服务对象满意度指标", "沿线居民满意度", "≥90%")]


def _inds(r) -> list[tuple]:
    return [(i["level1"], i["level2"], i["level3"], i["target_raw"]) for i in r.tables["indicators"]]


# ---------------------------------------------------------------- (1) of4: a paragraph's blank is no column gap
def test_numbered_goal_typed_space_pdf(read):
    """main: goal `（一）` (each item's words cut off into a column of their own)."""
    r = read("ct_s51_rv13_numbered_goal.pdf")
    p = _p(r)
    assert (p["name"], p["department"], p["unit"], p["budget_total"]) == (
        "城区背街小巷改造提升工程", "某区住房和城乡建设局", "某区市政工程管理所", 860 * W)
    assert p["goal_annual"].startswith("（一）完成城区背街小巷改造32条")
    assert _inds(r) == STREET_INDS


def test_numbered_goal_set_apart_pdf(read):
    """main: goal `（一）（二）（三）` (no space glyph; the sentences' clause marks tell)."""
    r = read("ct_s51_rv13_numbered_goal_apart.pdf")
    assert _p(r)["goal_annual"] == GOAL
    assert _inds(r) == STREET_INDS
    assert _codes(r) == []


def test_tight_blanks_kept_for_narrow_columns():
    """(guard) of4's narrow columns: `1` and `产出指标` run together, no space glyph, no sentence: still a cut."""
    from extract.pdf import _inner_starts

    def glyphs(*runs):
        out, x = [], 40.0
        for text, before in runs:
            x += before
            for ch in text:
                out.append({"text": ch, "x0": x, "x1": x + 9.0, "upright": True})
                x += 9.0
        return out
    line = glyphs(("1", 0), ("产出指标", 10.0))
    assert _inner_starts(line, 18.0) == [59.0]
    assert _inner_starts(line, 18.0, [54.0]) == []                       # a typed space in the blank
    assert _inner_starts(glyphs(("（一）", 0), ("完成改造，提升", 10.0)), 18.0) == []     # a sentence after it


def test_of4_fixture_kept(read):
    """(guard) of4's own rule-less self-evaluation of columns three characters wide."""
    r = read("ct_s51_of4_narrow_columns.pdf")
    assert [(i["level3"], i["weight"], i["score"]) for i in r.tables["indicators"]][:2] == [
        ("全县农村公路养护里程", 15.0, 15.0), ("危桥改造数量", 15.0, 15.0)]


# ---------------------------------------------------------------- (2) mn10: the unit the letter says
def test_letter_unit_reaches_the_summed_fiscal_money(read):
    """main: budget_fiscal 1,200 元 (the lines' sum kept no unit) beside 1,200万元, fiscal_total_gap."""
    r = read("ct_s51_rv13_letter_unit_parts.txt")
    p = _p(r)
    assert (p["budget_total"], p["budget_fiscal"]) == (1200 * W, 1200 * W)
    assert [(b["name"], b["amount"], b["kind"]) for b in r.tables["budget_items"]] == [
        ("中央补助", 1000 * W, "source"), ("县级配套", 200 * W, "source")]
    assert _codes(r) == ["no_satisfaction_indicator"]


def test_letter_unit_with_thousands_separators(read):
    """main: 1,500 元 (the letter's `1,500万元` read as 500)."""
    r = read("ct_s51_rv13_letter_unit_comma.txt")
    p = _p(r)
    assert (p["budget_total"], p["budget_fiscal"]) == (1500 * W, 1500 * W)
    assert [i["level3"] for i in r.tables["indicators"]] == ["参保人数", "参保率", "参保群众满意度", "附件材料归档率"]
    assert _codes(r) == []


def test_levels_beside_own_funds(read):
    """(guard, right on main) `中央补助资金 | 省级补助资金 | 单位自筹`, no total row: no budget_fiscal of the whole sum."""
    r = read("ct_s51_rv13_levels_with_own_funds.txt")
    p = _p(r)
    assert tuple(p[k] for k in ("budget_year", "budget_fiscal", "budget_other", "budget_initial", "spent")) == (
        900 * W, None, 100 * W, 900 * W, 840 * W)


def test_bracketed_notes_are_no_negatives():
    """(guard, right on main) a bracket that is a note is no amount; mn10's `（500.00万元）` still -500万元."""
    from normalize.amounts import column_negative, parse_amount
    for t in ("（其中500万元）", "（含500万元）", "（约500万元）", "（500万元以内）", "1000（500万元）", "（50元/人）"):
        assert parse_amount(t) is None and column_negative(t) == t
    assert (parse_amount("（500.00万元）"), parse_amount("（1,200万元）")) == (-500 * W, -1200 * W)


# ---------------------------------------------------------------- (3) flattened text: letter-spaced labels
def test_spaced_labels_single_spaces(read):
    """main: name, department and unit None (`项目 | 名称 | …`, `主 | 管 | 部 | 门 | …` unparsed)."""
    r = read("ct_s51_rv13_spaced_labels.txt")
    p = _p(r)
    assert (p["name"], p["department"], p["unit"]) == ("城区背街小巷改造提升工程", "某区住房和城乡建设局", "某区市政工程管理所")
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (860 * W, 800 * W, 60 * W)
    assert "unparsed_row" not in _codes(r)


def test_spaced_labels_laid_out(read):
    """main: name, department and unit None (a `pdftotext -layout` text, the labels letter-spaced)."""
    r = read("ct_s51_rv13_spaced_labels_layout.txt")
    p = _p(r)
    assert (p["name"], p["department"], p["unit"]) == ("乡村道路安全生命防护工程", "某县交通运输局", "某县公路事务中心")
    assert (p["budget_total"], p["budget_fiscal"]) == (450 * W, 450 * W)
    assert [i["level3"] for i in r.tables["indicators"]] == ["防护工程实施里程", "工程验收合格率", "道路交通事故发生率下降",
                                                             "沿线群众满意度"]
    assert _codes(r) == ["text_flattened"]


def test_spaced_characters_of_no_known_word_stay_apart():
    """(guard) `是 否` (two options), `张 三`, `1 2 3`: cells each; `合 计` one (mn10's)."""
    from extract.txt import _flat_cells, _spaced_labels
    from parsers.core import line_kind
    for line, want in [("是否政府采购 是 否", ["是否政府采购", "是", "否"]), ("填表人 张 三", ["填表人", "张", "三"]),
                       ("序号 1 2 3", ["序号", "1", "2", "3"]), ("合 计 130 300", ["合计", "130", "300"]),
                       ("实 施 单 位 某区市政工程管理所", ["实施单位", "某区市政工程管理所"])]:
        assert [c[2] for c in _spaced_labels(line, _flat_cells(line), line_kind)] == want

"""Hunt sc7 (session 64): 评分表 layouts not seen before, under a 项目支出绩效自评表 (fixtures ct_s64_sc7_*, text dumps
of tab-separated cells, from tests/fixtures/review/make_s64_sc7.py; each reading written down by hand before jixiao
was run).
"""
from __future__ import annotations

from pathlib import Path

from tests.hunt_tools import only_project, other_fields, warning_codes

REVIEW = Path(__file__).resolve().parent / "fixtures" / "review"


def _rows(r, *keys):
    return [tuple(s.get(k) for k in keys) for s in r.tables["scores"]]


def _lvl(r):
    return _rows(r, "level1", "level2", "level3", "weight", "score")


def _line_of(name: str, text: str) -> int:
    """The 1-based line of the fixture's first line holding `text` (the score row's provenance)."""
    lines = (REVIEW / name).read_text(encoding="utf-8").splitlines()
    return next(i for i, ln in enumerate(lines, 1) if ln.startswith(text) or f"\t{text}\t" in ln)


_WATER = ("新建集中供水工程", "受益群众满意度")


# ------------------------------------------------------------------ merged level cells, a 扣分原因 column

def test_merged_levels_and_reasons(read):
    """一级 / 二级 merged down (empty below their first row): each row its level's name, the 扣分原因 its note."""
    name = "ct_s64_sc7_merged_reason.txt"
    r = read(name)
    assert _rows(r, "level1", "level2", "level3", "weight", "score", "note") == [
        ("决策", "项目立项", "立项依据充分性", 5, 5, None),
        ("决策", "项目立项", "立项程序规范性", 5, 4, "未附可研批复"),
        ("过程", "资金管理", "预算执行率", 10, 9.5, "执行率95%"),
        ("过程", "资金管理", "资金使用合规性", 10, 10, None),
        ("产出", "产出数量", "新建集中供水工程", 20, 20, None),
        ("产出", "产出质量", "水质检测合格率", 20, 20, None),
        ("效益", "社会效益", "受益人口", 20, 20, None),
        ("效益", "满意度", "受益群众满意度", 10, 10, None)]
    assert only_project(r)["score"] == 98.5
    assert r.tables["scores"][1]["line"] == _line_of(name, "\t\t立项程序规范性")
    assert "total_row_mismatch" not in warning_codes(r) and "unparsed_row" not in warning_codes(r)


def test_reason_half_points(read):
    """`分值 | 得分 | 扣分原因` (no 评分标准), a 0.5 taken off; the 扣分原因 `无` as written."""
    r = read("ct_s64_sc7_reason_half.txt")
    assert _rows(r, "level1", "level3", "weight", "score", "note") == [
        ("决策", "立项依据充分性", 10, 10, "无"),
        ("过程", "预算执行率", 20, 19.5, "执行率97.5%，扣0.5分"),
        ("过程", "管理制度执行有效性", 10, 9.5, "档案资料不全"),
        ("产出", "新建集中供水工程", 30, 30, None),
        ("效益", "受益群众满意度", 30, 30, None)]
    assert only_project(r)["score"] == 99


# ------------------------------------------------------------------ points: percent, halves

def test_weight_in_percent(read):
    """A 权重 column of `10%` … `100%`: the share of 100 points, 10 … (the scores as written)."""
    r = read("ct_s64_sc7_weight_percent.txt")
    assert _rows(r, "level3", "weight", "score") == [
        ("立项依据充分性", 10, 10), ("预算执行率", 20, 19), ("新建集中供水工程", 40, 40), ("受益群众满意度", 30, 28)]
    assert only_project(r)["score"] == 97
    assert "weights_not_100" not in warning_codes(r)


def test_half_points(read):
    """`7.5` points, a `6.5` and a `14.25` score, the 一级 merged over two rows."""
    r = read("ct_s64_sc7_half_points.txt")
    assert _lvl(r) == [
        ("决策", "项目立项", "立项依据充分性", 7.5, 7.5), ("决策", "绩效目标", "绩效目标明确性", 7.5, 6.5),
        ("过程", "资金管理", "预算执行率", 15, 14.25), ("产出", "产出数量", "新建集中供水工程", 40, 40),
        ("效益", "满意度", "受益群众满意度", 30, 30)]
    assert only_project(r)["score"] == 98.25
    assert not {"total_row_mismatch", "weights_not_100"} & set(warning_codes(r))


# ------------------------------------------------------------------ a score in words, rules of figures

def test_score_in_words(read):
    """`满分` / `全部得分`: the row's points; `不得分`: 0; `扣2分`: its points less 2 (20 -> 18)."""
    r = read("ct_s64_sc7_score_words.txt")
    assert _rows(r, "level3", "weight", "score") == [
        ("立项依据充分性", 10, 10), ("预算执行率", 20, 18), ("新建集中供水工程", 40, 40), ("水源地保护", 10, 0),
        ("受益群众满意度", 20, 20)]
    assert only_project(r)["score"] == 88
    assert "total_row_mismatch" not in warning_codes(r)


def test_rule_figures_not_the_score(read):
    """Rules full of figures and `≥` (`执行率≥95%得20分，…`) are the requirement; a blank 得分 stays null, not 40 / 95."""
    r = read("ct_s64_sc7_rule_numbers.txt")
    assert _rows(r, "level3", "weight", "score", "requirement") == [
        ("立项依据充分性", 10, 10, "依据充分得10分，否则得0分"),
        ("预算执行率", 20, 20, "执行率≥95%得20分，90%-95%得15分，<90%得0分"),
        ("水质检测合格率", 40, None, "≥95%得40分，每低1个百分点扣5分"),
        ("受益群众满意度", 30, 30, "≥90%得30分，80%-90%得20分")]
    assert only_project(r)["score"] == 60


def test_rule_figures_with_reasons(read):
    """A rule of dates and figures beside a 扣分原因 column: scores, notes and rules each their column's."""
    r = read("ct_s64_sc7_rule_and_kou.txt")
    assert _rows(r, "level3", "weight", "score", "note", "requirement") == [
        ("立项依据充分性", 10, 10, None, "依据充分得10分"),
        ("预算执行率", 20, 18, "执行率93%", "执行率≥95%得20分，每低1%扣1分"),
        ("工程完工及时性", 40, 35, "延期1个月", "2024年10月底前完工得40分，每延期1个月扣5分"),
        ("受益群众满意度", 30, 30, None, "≥90%得30分")]
    assert only_project(r)["score"] == 93


# ------------------------------------------------------------------ totals

def test_total_not_the_sum(read):
    """(guard) `总分 | 100 | 97` over rows making 95: the form's score 97 as written, and the check on the 总分's line
    (weights_not_100's, which compares a 评分表's total with its rows — not total_row_mismatch, as first written here)."""
    name = "ct_s64_sc7_total_not_sum.txt"
    r = read(name)
    assert [s for (_, s) in _rows(r, "level3", "score")] == [10, 18, 40, 27]
    assert only_project(r)["score"] == 97
    ws = [w for w in r.tables["warnings"] if w["code"] == "weights_not_100"]
    assert len(ws) == 1 and ws[0]["line"] == _line_of(name, "总分\t")
    assert "95" in ws[0]["message"] and "97" in ws[0]["message"]


def test_self_and_review_columns(read):
    """`自评得分 | 复评得分`: the reviewer's the row's score, the unit's its self_score; the form's score the 复评 合计
    93, the 自评 合计 kept under its head."""
    r = read("ct_s64_sc7_self_and_review.txt")
    assert _rows(r, "level3", "weight", "self_score", "score") == [
        ("立项依据充分性", 10, 10, 10), ("预算执行率", 20, 19, 18), ("新建集中供水工程", 40, 40, 38),
        ("受益群众满意度", 30, 29, 27)]
    p = only_project(r)
    assert p["score"] == 93 and other_fields(p).get("自评得分") == "98"


def test_grade_column_and_closing_grade(read):
    """A 等级 column beside each row's score (not kept per row), `评价等级：优秀` under the table: the form's grade."""
    r = read("ct_s64_sc7_grade_column.txt")
    assert _rows(r, "level3", "weight", "score") == [
        ("立项依据充分性", 10, 10), ("预算执行率", 20, 16), ("新建集中供水工程", 40, 40), ("受益群众满意度", 30, 27)]
    p = only_project(r)
    assert p["score"] == 93 and p["grade"] == "优秀"
    assert "unparsed_row" not in warning_codes(r)


# ------------------------------------------------------------------ page breaks, a cell a line

def test_two_pages_head_repeated(read):
    """A page's footer and the head printed again in the middle: one table of six rows, nothing unparsed."""
    r = read("ct_s64_sc7_two_pages.txt")
    assert _lvl(r) == [
        ("决策", "项目立项", "立项依据充分性", 5, 5), ("决策", "绩效目标", "绩效目标明确性", 5, 5),
        ("过程", "资金管理", "预算执行率", 10, 9.5), ("过程", "组织实施", "管理制度健全性", 10, 10),
        ("产出", "产出数量", "新建集中供水工程", 40, 40), ("效益", "满意度", "受益群众满意度", 30, 28)]
    assert only_project(r)["score"] == 97.5
    assert not {"unparsed_row", "total_row_mismatch"} & set(warning_codes(r))


def test_cell_per_line(read):
    """Word's save-as-text, a cell a line: the 评分表's four rows, the 自评得分 the score."""
    r = read("ct_s64_sc7_cell_per_line.txt")
    assert _lvl(r) == [
        ("决策", "项目立项", "立项依据充分性", 10, 10), ("过程", "资金管理", "预算执行率", 20, 19),
        ("产出", "产出数量", "新建集中供水工程", 40, 40), ("效益", "满意度", "受益群众满意度", 30, 28)]
    p = only_project(r)
    assert p["score"] == 97 and p["name"] == "鹤城区黄岩乡农村饮水安全巩固提升项目"


# ------------------------------------------------------------------ scores said in words with figures

def test_score_said_with_figure(read):
    """`得18分` / `满分40分`: the figure (main: null, the rows' scores lost); `10（满分）` 10, `扣3分` 30 less 3."""
    r = read("ct_s64_sc7_score_said.txt")
    assert _rows(r, "level3", "weight", "score") == [
        ("立项依据充分性", 10, 10), ("预算执行率", 20, 18), ("新建集中供水工程", 40, 40), ("受益群众满意度", 30, 27)]
    assert only_project(r)["score"] == 95


def test_nothing_taken_off_in_words(read):
    """`未扣分` / `不扣分` under the 得分: the row's full points, as `全得` (main: null)."""
    r = read("ct_s64_sc7_no_deduction_words.txt")
    assert _rows(r, "level3", "weight", "score") == [
        ("立项依据充分性", 10, 10), ("预算执行率", 20, 18), ("新建集中供水工程", 40, 40), ("受益群众满意度", 30, 30)]
    assert only_project(r)["score"] == 98


def test_nothing_taken_off_rule():
    """The rule: a 得分 cell saying nothing was taken off is full marks, wherever a score in words is read."""
    from normalize.records import FULL_MARKS
    assert [w for w in ("不扣分", "未扣分", "无扣分", "满分", "全得", "扣2分", "不得分", "扣分") if FULL_MARKS.match(w)] \
        == ["不扣分", "未扣分", "无扣分", "满分", "全得"]


# ------------------------------------------------------------------ a reviewer's column, grades

def test_self_and_fushen_columns(read):
    """`自评得分 | 复审得分`: the 复审 a reviewer's, as 复核 / 复评 are (main: the self_score and the 自评 合计 lost)."""
    r = read("ct_s64_sc7_self_and_fushen.txt")
    assert _rows(r, "level3", "weight", "self_score", "score") == [
        ("立项依据充分性", 10, 10, 9), ("预算执行率", 20, 20, 18), ("新建集中供水工程", 40, 40, 40),
        ("受益群众满意度", 30, 30, 28)]
    p = only_project(r)
    assert p["score"] == 95 and other_fields(p).get("自评得分") == "100"


def test_review_reason_columns(read):
    """`自评得分 | 复评得分 | 扣分原因`: the reviewer's scores, the unit's self_score (main: null), the reasons the notes."""
    r = read("ct_s64_sc7_review_reason.txt")
    assert _rows(r, "level3", "self_score", "score", "note") == [
        ("立项依据充分性", 10, 10, None), ("预算执行率", 20, 18, "执行率91%"), ("新建集中供水工程", 40, 40, None),
        ("受益群众满意度", 30, 27, "满意度未附调查问卷")]
    assert only_project(r)["score"] == 95


def test_grade_with_band_after_score(read):
    """`自评得分：95分，评价等级：优秀（90分及以上）`: the grade 优秀, its band no bar (main: no grade)."""
    r = read("ct_s64_sc7_grade_band.txt")
    p = only_project(r)
    assert p["score"] == 95 and p["grade"] == "优秀"


def test_weight_percent_half_and_grade(read):
    """(guard) `权重（%）` over `7.5%`: 7.5 points; `综合评价等级：良` under the table the grade."""
    r = read("ct_s64_sc7_weight_percent_half.txt")
    assert _rows(r, "level3", "weight", "score") == [
        ("立项依据充分性", 7.5, 7.5), ("绩效目标明确性", 7.5, 5), ("预算执行率", 15, 12), ("新建集中供水工程", 40, 35),
        ("受益群众满意度", 30, 25)]
    p = only_project(r)
    assert p["score"] == 84.5 and p["grade"] == "良"


def test_layout_two_pages(read):
    """(guard) a -layout dump, the page's number and the title and head again on the next page: six rows, 97."""
    r = read("ct_s64_sc7_layout_two_pages.txt")
    assert _rows(r, "level1", "level3", "weight", "score") == [
        ("决策", "立项依据充分性", 5, 5), ("决策", "绩效目标明确性", 5, 4.5), ("过程", "预算执行率", 10, 9.5),
        ("过程", "管理制度健全性", 10, 10), ("产出", "新建集中供水工程", 40, 40), ("效益", "受益群众满意度", 30, 28)]
    p = only_project(r)
    assert p["score"] == 97 and p["grade"] == "优"
    assert not {"unparsed_row", "total_row_mismatch", "weights_not_100"} & set(warning_codes(r))


def test_score_words_more(read):
    """(guard) `得满分` 7.5, `扣0.5分` 7, `全部得分` 15, `0分` 0."""
    r = read("ct_s64_sc7_score_words_more.txt")
    assert _rows(r, "level3", "weight", "score") == [
        ("立项依据充分性", 7.5, 7.5), ("绩效目标明确性", 7.5, 7), ("预算执行率", 15, 15), ("新建集中供水工程", 40, 40),
        ("受益群众满意度", 30, 0)]
    assert only_project(r)["score"] == 69.5


# ------------------------------------------------------------------ left by hunt sc7, read since (hunt s65 sc8)

def test_two_tables_self_then_review(read):
    """The 复评 table's scores the rows' scores, the first table's their self_score, the form's score 92."""
    r = read("ct_s64_sc7_two_tables.txt")
    assert _rows(r, "level3", "self_score", "score") == [
        ("立项依据充分性", 10, 9), ("预算执行率", 19, 18), ("新建集中供水工程", 40, 38), ("受益群众满意度", 29, 27)]
    p = only_project(r)
    assert p["score"] == 92 and other_fields(p).get("自评得分") == "98"
    assert "weights_not_100" not in warning_codes(r)


def test_cell_per_line_merged(read):
    """A cell a line, merged cells written as empty lines, a 扣分原因 column: five rows, their notes."""
    r = read("ct_s64_sc7_cell_per_line_merged.txt")
    assert _rows(r, "level1", "level2", "level3", "weight", "score", "note") == [
        ("决策", "项目立项", "立项依据充分性", 10, 10, None), ("决策", "项目立项", "立项程序规范性", 10, 9, "未附批复"),
        ("过程", "资金管理", "预算执行率", 20, 19, "执行率95%"), ("产出", "产出数量", "新建集中供水工程", 30, 30, None),
        ("效益", "满意度", "受益群众满意度", 30, 28, "满意度93%")]
    assert only_project(r)["score"] == 96

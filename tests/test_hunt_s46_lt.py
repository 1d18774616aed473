"""Hunt lt: leftovers of this session's target, money and score hunts. A period before its count in brackets
(`季度（≥1次）`) is a count per the period; a change of percentage points with an aim, a 了 or a bound (`力争提高2个百分点`,
`提高了2个百分点`, `提高至少2个百分点`) is that change, as `较上年提高2个百分点` reads; a rate's name run into its value in a
指标值 cell (`按期完成率100%`) is the value; a money sentence of the total alone and a clause `全部为财政拨款`; a money
matrix's score pair read by its head's order; a money matrix line's own 执行率 kept and checked; a 自评表's two scores.
Fixtures ct_s46_lt_* (text dumps with tabs between cells, as samples/). Each reading was written down by hand before
jixiao was run; the comments say what main gave."""
from __future__ import annotations

import pytest

from normalize.targets import split_target
from tests.hunt_tools import only_project, other_fields, warning_codes


def _targets(r) -> dict:
    return {i["level3"]: (i["op"], i["value"], i["unit"], i["qualifier"], i["target_text"])
            for i in r.tables["indicators"]}


def test_period_then_its_count_in_brackets(read):
    """`季度（≥1次）`, `每年（≥2次）`, `半年（≥1次）` in a 指标值 column: a count per the period, `≥1次/季度`, `≥2次/年`,
    `≥1次/半年`, as `每季度≥1次` reads. Main: `>=` 1 次 with 季度 / 半年 the qualifier (the per-period sense lost), and
    `每年（≥2次）` text."""
    got = _targets(read("ct_s46_lt_target_spellings.txt"))
    assert got["水质抽检频次"] == (">=", 1, "次/季度", None, None)
    assert got["工程巡查次数"] == (">=", 2, "次/年", None, None)
    assert got["设备维护频次"] == (">=", 1, "次/半年", None, None)


def test_changes_of_percentage_points(read):
    """`力争提高2个百分点` `=` 2 个百分点 (qualifier 力争提高), `提高至少2个百分点` `>=` 2 个百分点 (提高), `提高了2个百分点`
    `=` 2 个百分点 (提高了), as `较上年提高2个百分点` and `同比增长3个百分点` (right on main) read. Main: the three text."""
    got = _targets(read("ct_s46_lt_target_spellings.txt"))
    assert got["水质达标率提升"] == ("=", 2, "个百分点", "力争提高", None)
    assert got["供水保证率提升"] == (">=", 2, "个百分点", "提高", None)
    assert got["自来水普及率提升"] == ("=", 2, "个百分点", "提高了", None)
    assert got["集中供水率提升"] == ("=", 3, "个百分点", "同比增长", None)      # guard (right on main)


@pytest.mark.parametrize("text, want", [
    ("每月（1次）", ("=", 1.0, "次/月", None)),          # main: `=` 1 次, qualifier 每月
    ("力争较上年提高2个百分点", ("=", 2.0, "个百分点", "力争较上年提高")),   # main: text
    ("提高最多2个百分点", ("<=", 2.0, "个百分点", "提高")),                  # main: text
    ("全年（≥2次）", (">=", 2.0, "次", "全年")),        # guard: 全年 is the whole year's count, no per-period
    ("季度（≥95%）", (">=", 95.0, "%", "季度")),        # guard: a share, no count per the period
    ("提高了5%", ("=", 5.0, "%", "提高了")),  # (hunt s55 tg13: a change and its bare figure, `=`; was text)
])
def test_target_spellings(text, want):
    t = split_target(text)
    assert (t.op, t.value, t.unit, t.qualifier) == want


def test_rate_name_run_into_its_value(read):
    """A 指标值 cell repeating a rate's name before its figure (`合格率100%`, `按期完成率100%`, `完成率100%` under
    工程进度): `=` 100 %, the name the qualifier, as `满意度≥90%` reads. The table readers put these cells in the target
    column already (they were text there); split_target alone keeps them text, as a name and its value in one cell
    may be a packed row's name and target, which the role scores must not take for a target: the rule is the
    indicator's (normalize_indicator), where the cell is known to be the target. Main: the three text."""
    got = _targets(read("ct_s46_lt_rate_name_in_target.txt"))
    assert got["工程验收合格率"] == ("=", 100, "%", "合格率", None)
    assert got["按期完成率"] == ("=", 100, "%", "按期完成率", None)
    assert got["工程进度"] == ("=", 100, "%", "完成率", None)
    assert got["沿线居民满意度"] == (">=", 90, "%", "满意度", None)          # guard (right on main)
    assert split_target("按期完成率100%").value is None                     # guard: alone, still text


W = 10_000


@pytest.mark.parametrize("name, total, tail", [
    # `项目资金：资金总额300万元，全部为财政拨款，覆盖人口约2万。`
    ("ct_s46_lt_money_sentence_all_fiscal.txt", 300 * W, "覆盖人口约2万"),
    # `资金总额：180万元，均为财政资金，受益人口约5万人。` (no money label before it)
    ("ct_s46_lt_money_sentence_all_fiscal_bare.txt", 180 * W, "受益人口约5万人"),
])
def test_money_sentence_all_of_one_kind(read, name, total, tail):
    """A money sentence of the total and a clause saying it is all fiscal money (`全部为财政拨款`, `均为财政资金`), then a
    clause of no money: budget_total and budget_fiscal the total, the last clause in an unplaced_cell warning (as
    hunt lo's `…，受益群众3.5万人。`). Main: the line dropped whole, no money, no warning."""
    r = read(name)
    p = only_project(r)
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (total, total, None)
    assert warning_codes(r) == ["unplaced_cell"]
    assert tail in r.tables["warnings"][0]["message"]


def test_money_sentence_of_the_total_alone(read):
    """`项目资金：资金总额96万元，覆盖人口约1.5万人。`: the money label, one money field and its amount, then a clause of no
    money: budget_total 960,000, the clause in a warning. Main: dropped whole without a word."""
    r = read("ct_s46_lt_money_sentence_total_alone.txt")
    p = only_project(r)
    assert (p["budget_total"], p["budget_fiscal"]) == (96 * W, None)
    assert warning_codes(r) == ["unplaced_cell"]
    assert "覆盖人口约1.5万人" in r.tables["warnings"][0]["message"]


def test_money_matrix_score_pair_by_its_head(read):
    """A 自评表's money matrix `… | 全年执行数 | 得分/分值 | 执行率` whose total row holds `8/10` beside `80.00%`: the
    预算执行率 row scored 8 of 10 points (the head names the score first, as a score table's `得分/分值` reads, hunt
    sc2's pair order); the form's 总分 98. Main: the column no column, the 预算执行率 score lost (no scores at all) and
    the indicators' 90 points `weights_not_100`."""
    r = read("ct_s46_lt_matrix_score_first_slash.txt")
    p = only_project(r)
    assert (p["score"], p["budget_year"], p["spent"], p["execution_rate"]) == (98, 350 * W, 280 * W, 0.8)
    assert [(s["level3"], s["weight"], s["score"]) for s in r.tables["scores"]] == [("预算执行率", 10, 8)]
    assert "weights_not_100" not in warning_codes(r)


def test_money_matrix_line_rate_kept_and_checked(read):
    """The matrix's source lines with their own 执行率: `其中：当年财政拨款 | 300 | 300 | 240 | | 80.00%` (right) and
    `上年结转资金 | 50 | 50 | 40 | | 100.00%` (40 of 50 is 80%): each line's rate kept in its note after what it spent,
    and the second one's an execution_rate_mismatch, as the total's rate is checked. Main: both rates dropped, no
    finding (the total's 80% of 280 / 350 right)."""
    r = read("ct_s46_lt_matrix_score_first_slash.txt")
    got = [(b["name"], b["amount"], b["note"]) for b in r.tables["budget_items"]]
    assert got == [("当年财政拨款", 300 * W, "全年执行数：240万元；执行率：80.00%"),
                   ("上年结转资金", 50 * W, "全年执行数：40万元；执行率：100.00%")]
    assert warning_codes(r) == ["execution_rate_mismatch"]
    msg = r.tables["warnings"][0]["message"]
    assert "上年结转资金" in msg and "80.00%" in msg and "100.00%" in msg


@pytest.mark.parametrize("name, other", [
    # `自评得分 | 96 | 评价得分 | 92` on the row under the indicator table (main: score 92, the 96 taken for the full
    # marks, and `the scores add up to 96 but the total score is 92`)
    ("ct_s46_lt_two_scores.txt", "92"),
    # `评价得分：92分` over `自评得分：96分`, lines of their own (main: score 96, the 92 lost without a word)
    ("ct_s46_lt_two_scores_lines.txt", "92分"),
])
def test_self_score_and_review_score(read, name, other):
    """A 自评表 stating both 自评得分 and 评价得分: the better-ranked label's (自评得分, 96, the indicators' scores' sum) the
    form's score, the other kept in other_fields under its label, as written."""
    r = read(name)
    p = only_project(r)
    assert p["score"] == 96
    assert other_fields(p) == {"评价得分": other}
    assert warning_codes(r) == []

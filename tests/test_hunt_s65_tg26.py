"""Hunt tg26 (session 65): indicator targets — the spellings real forms hold, and the indicator tables' shapes.

- a change compared with a reference said with 相比 (`与上年相比提高5个百分点`, `和上年相比增长3%以上`,
  `同上年同期相比下降2%`, `相比上年提高5%`, `与2024年相比提高5%以上`): read as `较上年提高…` is, the words the
  qualifier (normalize.targets._COMPARED_WITH, its reference one list _REFERENCE);
- a note in brackets between a percentage and the word it is said of (`100%（按合同约定）完成`, `≥95%（抽查）合格`),
  or after the word (`100%完成（按合同约定）`): the percentage, the note and the word the qualifier as written;
- `指标值 | 指标值（调整后）`: the plain head beside the adjusted one is the target before it, the adjusted one in
  force (as `指标值（调整前） | 指标值（调整后）` reads); an adjusted cell left empty keeps the one before.

Kept (guards): the spellings of the brief read already but untested (`达95%以上`, `控制在100万元以内`, `1000元/亩`,
`>=95%（含）`, `100%（按合同约定）`), two targets in one cell `≥95%；≥90%` text (`≥2-4`, a sign before a range, stays
`>=` and the text as tests/test_normalize_targets decides).

Fixtures ct_s65_tg26_* from make_s65_tg26.py. Expected readings written by hand before jixiao was run."""
from __future__ import annotations

import pytest

from normalize.targets import Target, split_target
from tests.hunt_tools import indicator_targets, warning_codes


def T(op=None, value=None, value_max=None, unit=None, qualifier=None, text=None) -> Target:
    return Target(op=op, value=value, value_max=value_max, unit=unit, qualifier=qualifier, target_text=text)


def _rows(r) -> list[tuple]:
    return [(i["level3"], i["target_raw"], i["op"], i["value"], i["unit"], i["qualifier"], i["target_text"])
            for i in r.tables["indicators"]]


# ------------------------------------------------------------------ a change compared with 相比

@pytest.mark.parametrize("text,want", [
    ("与上年相比提高5个百分点", T("=", 5.0, unit="个百分点", qualifier="与上年相比提高")),
    ("与上年同期相比增长10%", T("=", 10.0, unit="%", qualifier="与上年同期相比增长")),
    ("与去年相比下降2%", T("=", 2.0, unit="%", qualifier="与去年相比下降")),
    ("和上年相比增长3%以上", T(">=", 3.0, unit="%", qualifier="和上年相比增长")),
    ("同上年同期相比下降2%", T("=", 2.0, unit="%", qualifier="同上年同期相比下降")),
    ("相比上年提高5%", T("=", 5.0, unit="%", qualifier="相比上年提高")),
    ("与2024年相比提高5%以上", T(">=", 5.0, unit="%", qualifier="与2024年相比提高")),
    ("与建设前相比提升0.5个等级以上", T(">=", 0.5, unit="个等级", qualifier="与建设前相比提升")),
    ("与上年相比增加500元", T("=", 500.0, unit="元", qualifier="与上年相比增加")),
    ("与上年相比减少3处", T("=", 3.0, unit="处", qualifier="与上年相比减少")),
])
def test_change_compared_with_xiangbi(text, want):
    assert split_target(text) == want


def test_change_compared_with_xiangbi_after_a_figure():
    """A second condition after a comma, as `≥95%，较上年有所提高` reads (main: `>=` and the text, the 95 lost)."""
    assert split_target("≥95%，与上年相比有所提高") == T(">=", 95.0, unit="%", qualifier="与上年相比有所提高")


@pytest.mark.parametrize("text", ["与上年相比", "与上年相比有所提高", "与相比提高5%"])
def test_xiangbi_without_a_figure_or_reference_stays_text(text):
    """No figure, or no reference between 与 and 相比: a change of no quantity, text as written."""
    assert split_target(text) == T(text=text)


# ------------------------------------------------------------------ a note between the figure and its word

@pytest.mark.parametrize("text,want", [
    ("100%（按合同约定）完成", T("=", 100.0, unit="%", qualifier="按合同约定；完成")),
    ("100%(按计划)完成", T("=", 100.0, unit="%", qualifier="按计划；完成")),
    ("≥95%（抽查）合格", T(">=", 95.0, unit="%", qualifier="抽查；合格")),
    ("100%（2025年底前）完成", T("=", 100.0, unit="%", qualifier="2025年底前；完成")),
    ("100%完成（按合同约定）", T("=", 100.0, unit="%", qualifier="完成；按合同约定")),
    ("100%完成（2025年6月底前）", T("=", 100.0, unit="%", qualifier="完成；2025年6月底前")),
])
def test_note_beside_the_word_of_a_percentage(text, want):
    assert split_target(text) == want


@pytest.mark.parametrize("text", ["95%(以上)完成", "95%（含以上）完成"])
def test_comparison_word_in_brackets_before_a_deed_stays_text(text):
    """A comparison word in the brackets is no note: `95%（以上）完成` is not `=` 95 (text as before)."""
    assert split_target(text).op is None


# ------------------------------------------------------------------ kept: spellings of the brief read already, untested

@pytest.mark.parametrize("text,want", [
    ("达95%以上", T(">=", 95.0, unit="%")),
    ("控制在100万元以内", T("<=", 1_000_000.0, unit="元")),
    ("1000元/亩", T("=", 1000.0, unit="元/亩")),
    (">=95%（含）", T(">=", 95.0, unit="%", qualifier="含")),
    ("100%（按合同约定）", T("=", 100.0, unit="%", qualifier="按合同约定")),
    ("≥95%；≥90%", T(text="≥95%;≥90%")),          # (two targets, no year to choose by: text)
])
def test_spellings_kept(text, want):
    assert split_target(text) == want


# ------------------------------------------------------------------ whole forms

def test_form_compared_with_year(read):
    """main: the three changes said with 相比 text, no figure."""
    r = read("ct_s65_tg26_compared_with_year.txt")
    assert _rows(r) == [
        ("新建集中供水工程", "≥8处", ">=", 8.0, "处", None, None),
        ("水质达标率", "与上年相比提高5个百分点", "=", 5.0, "个百分点", "与上年相比提高", None),
        ("农村自来水普及率", "和上年相比增长3%以上", ">=", 3.0, "%", "和上年相比增长", None),
        ("供水运行成本", "同上年同期相比下降2%", "=", 2.0, "%", "同上年同期相比下降", None),
        ("受益群众满意度", "≥90%", ">=", 90.0, "%", None, None),
    ]


def test_form_compared_with_named_year(read):
    """main: `与2024年相比提高5%以上`, `与上年相比下降0.5个百分点` text."""
    r = read("ct_s65_tg26_compared_with_named_year.txt")
    assert [row[2:6] for row in _rows(r)] == [
        (">=", 5000.0, "人次", None),
        (">=", 5.0, "%", "与2024年相比提高"),
        ("=", 0.5, "个百分点", "与上年相比下降"),
        (">=", 95.0, "%", None),
    ]


def test_form_weight_beside_target(read):
    """main: `100%（按合同约定）完成` and `与上年相比增加500元` text; the 权重 column the weight either way."""
    r = read("ct_s65_tg26_weight_beside_target.txt")
    ind = r.tables["indicators"]
    assert [i["weight"] for i in ind] == [20.0, 15.0, 15.0, 20.0, 20.0, 10.0]
    assert _rows(r)[2] == ("资金拨付进度", "100%（按合同约定）完成", "=", 100.0, "%", "按合同约定；完成", None)
    assert _rows(r)[3] == ("亩均增收", "与上年相比增加500元", "=", 500.0, "元", "与上年相比增加", None)
    assert _rows(r)[1][2:6] == (">=", 90.0, "%", "抽查")


def test_form_adjusted_column_in_force(read):
    """main: the plain 指标值 the target, the adjusted one in force only a note `指标值（调整后）：…`."""
    r = read("ct_s65_tg26_adjusted_column.txt")
    got = [(i["level3"], i["target_raw"], i["op"], i["value"], i["note"]) for i in r.tables["indicators"]]
    assert got == [
        ("改造排水管网", "≥10公里", ">=", 10.0, "调整前指标值：≥12公里"),
        ("管网验收合格率", "100%", "=", 100.0, None),                # (调整后 left empty: the one before in force)
        ("完工时间", "2025年12月底前", None, None, "调整前指标值：2025年10月底前"),
        ("内涝点减少", "与上年相比减少3处", "=", 3.0, "调整前指标值：与上年相比减少3处"),
        ("居民满意度", "≥85%", ">=", 85.0, "调整前指标值：≥90%"),
    ]
    assert r.tables["indicators"][2]["target_text"] == "2025年12月底前"


def test_form_self_eval_pairs_do_not_swap(read):
    """年度指标值 | 实际完成值 | 分值 | 得分: target, actual, weight, score each in its place (main: the change text)."""
    r = read("ct_s65_tg26_self_eval_pairs.txt")
    got = [(i["level3"], i["target_raw"], i["actual_raw"], i["weight"], i["score"]) for i in r.tables["indicators"]]
    assert got == [
        ("养护农村公路里程", "≥320公里", "326公里", 30.0, 30.0),
        ("优良路率", "与上年相比提高2个百分点", "提高2.5个百分点", 20.0, 20.0),
        ("养护任务完成时间", "12月31日前完成", "12月20日完成", 10.0, 10.0),
        ("安全事故", "零事故", "0起", 20.0, 20.0),
        ("沿线群众满意度", "≥90%", "87%", 20.0, 12.0),
    ]
    ind = r.tables["indicators"]
    assert (ind[1]["op"], ind[1]["value"], ind[1]["unit"], ind[1]["qualifier"]) == ("=", 2.0, "个百分点", "与上年相比提高")
    assert (ind[3]["op"], ind[3]["value"], ind[3]["qualifier"]) == ("=", 0.0, "事故")


def test_form_spellings_kept(read):
    """A guard: the spellings read before stay so in a whole form."""
    r = read("ct_s65_tg26_spellings_kept.txt")
    assert [t[3:] for t in indicator_targets(r)] == [
        (">=", 1.2, "万亩"), (">=", 95.0, "%"), (None, None, None), ("<=", 3000.0, "元/亩"),
        ("range", 90.0, "%"), (">=", 3.0, "年"), (">=", 95.0, "%"),
    ]
    assert warning_codes(r) == []


def test_form_sign_cell_apart(read):
    """A guard: the sign in one cell, the figure in the next under one 指标值 head, joined; the 备注 a note."""
    r = read("ct_s65_tg26_sign_cell_apart.txt")
    got = [(i["target_raw"], i["op"], i["value"], i["unit"], i["note"]) for i in r.tables["indicators"]]
    assert got == [
        ("≥3.5公里", ">=", 3.5, "公里", None),
        ("=100%", "=", 100.0, "%", "按合同约定"),
        ("≥5万人次", ">=", 5.0, "万人次", "较上年"),
        ("≥90%", ">=", 90.0, "%", None),
    ]


def test_form_two_targets_cell(read):
    """A guard: two targets in one cell stay text; one per year gives the form's year's, the other in the note."""
    r = read("ct_s65_tg26_two_targets_cell.txt")
    ind = r.tables["indicators"]
    assert (ind[1]["op"], ind[1]["target_text"]) == (None, "≥95%;≥90%")
    assert (ind[2]["op"], ind[2]["value"], ind[2]["qualifier"], ind[2]["note"]) == (">=", 95.0, "2025年", "2026年：100%")

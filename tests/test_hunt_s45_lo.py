"""Hunt s45 lo: leftovers of this session's target and money hunts. Each expected reading was written by hand before
running jixiao; what main gave is said beside each (cases marked "guard" are right on main and bound the new rules)."""
from __future__ import annotations

import pytest

from tests.hunt_tools import indicator_targets, only_project, other_fields, warning_codes
from normalize.targets import split_target
from normalize.amounts import parse_amount

# (op, value, value_max, unit, qualifier, target_text)
CASES = [
    # an aim word with no figure after it, a cell cut short: the figure asked, the aim word the qualifier
    # (main: `>=` and the text `95%,力争`, no value)
    ("≥95%，力争", (">=", 95.0, None, "%", "力争", None)),
    ("≥95%，争取", (">=", 95.0, None, "%", "争取", None)),
    ("≥95%，力争100%", (">=", 95.0, None, "%", "力争100%", None)),               # guard (right on main)
    # the aim first, then the bound ensured: the bound ensured is the target, the aim its qualifier, as
    # `确保≥95%，力争≥98%` reads (main: the text)
    ("力争≥98%，确保≥95%", (">=", 95.0, None, "%", "力争≥98%", None)),
    ("力争100%，确保95%", ("=", 95.0, None, "%", "力争100%", None)),
    ("确保≥95%，力争≥98%", (">=", 95.0, None, "%", "力争≥98%", None)),          # guard (right on main)
    # 每年度 is 每年 (main: the text; `每年度≥2次` was `>=` 2 次, the period in the qualifier)
    ("每年度1次", ("=", 1.0, None, "次/年", None, None)),
    ("每年度≥2次", (">=", 2.0, None, "次/年", None, None)),
    ("每年1次", ("=", 1.0, None, "次/年", None, None)),                          # guard (right on main)
    # a note in brackets before the comparison word after the figure, as after it (main: the text)
    ("90分（优良）以上", (">=", 90.0, None, "分", "优良", None)),
    ("4.8分（满分5分）以上", (">=", 4.8, None, "分", "满分5分", None)),
    ("95%（抽查）以上", (">=", 95.0, None, "%", "抽查", None)),
    ("3天（工作日）以内", ("<=", 3.0, None, "天", "工作日", None)),
    ("5天（含节假日）以内", ("<=", 5.0, None, "天", "含节假日", None)),
    ("90分以上（优良）", (">=", 90.0, None, "分", "优良", None)),                 # guard (right on main)
    ("95%（含）以上", (">=", 95.0, None, "%", "含", None)),                       # guard (right on main)
]


@pytest.mark.parametrize("raw, want", CASES, ids=[c[0] for c in CASES])
def test_split_target(raw, want):
    t = split_target(raw)
    assert (t.op, t.value, t.value_max, t.unit, t.qualifier, t.target_text) == want


@pytest.mark.parametrize("raw, want", [
    ("50万元左右", 500000.0),      # about 50 万元, as `约50万元` (main: None)
    ("120万元上下", 1200000.0),    # (main: None)
    ("约50万元", 500000.0),        # guard (right on main)
])
def test_about_amount(raw, want):
    assert parse_amount(raw) == want


def test_about_amount_and_targets_in_a_form(read):
    r = read("ct_s45_lo_about_amount_targets.txt")
    p = only_project(r)
    assert p["budget_total"] == 500000.0          # main: None (`50万元左右` was no amount, nor kept)
    assert indicator_targets(r) == [
        ("产出指标", "数量指标", "维修供水工程数量", "=", 12.0, "处"),
        ("产出指标", "质量指标", "水质检测合格率", ">=", 95.0, "%"),              # main: >=, None
        ("产出指标", "质量指标", "工程验收合格率", ">=", 95.0, "%"),              # main: text
        ("产出指标", "时效指标", "水质抽检频次", "=", 1.0, "次/年"),              # main: text
        ("效益指标", "社会效益指标", "工程管护考核得分", ">=", 90.0, "分"),       # main: text
        ("满意度指标", "服务对象满意度指标", "群众满意度评分", ">=", 4.8, "分"),  # main: text
    ]
    assert [i["qualifier"] for i in r.tables["indicators"]] == [None, "力争", "力争≥98%", None, "优良", "满分5分"]


def test_bound_in_numerals_kept(read):
    r = read("ct_s45_lo_bound_numerals.txt")
    p = only_project(r)
    assert p.get("budget_total") is None              # a bound, no amount
    # main: lost (`_keep_pair` asked for a digit; `50万元以内` was kept)
    assert other_fields(p).get("项目资金总额") == "五十万元以内"


def test_subtotal_words_in_value_cells(read):
    # `小计：120` | `小计：100` | `累计：20` in the value cells, the unit declared 万元: the amounts, as `合计：120` reads
    # (main: all three lost — budget_total, budget_fiscal and budget_other None)
    p = only_project(read("ct_s45_lo_subtotal_cells.txt"))
    assert (p.get("budget_total"), p.get("budget_fiscal"), p.get("budget_other")) == (1200000.0, 1000000.0, 200000.0)


@pytest.mark.parametrize("name", ["ct_s45_lo_unit_in_head.txt", "ct_s45_lo_unit_in_head.docx"])
def test_unit_line_run_into_the_head(read, name):
    # `单位：万元 序号 | 项目名称 | 资金 | …` (the .docx: `单位：万元` and `序号` on two lines of one Word cell, made by
    # tests/fixtures/make_s45_lo.py): the unit line run into the first head cell: the money in 万元, the head 序号
    # (main: 320.0 and 86.0 — yuan —, and other_fields {"单位：万元 序号": "1"}, in both)
    r = read(name)
    got = [(p["name"], p["budget_year"], other_fields(p)) for p in r.tables["projects"]]
    assert got == [("基本公共卫生服务项目", 3200000.0, {}), ("村医补助项目", 860000.0, {})]


def test_money_sentence_with_a_last_clause_of_no_money(read):
    # `资金总额（万元）：260.5，其中：财政拨款240.5，自筹20，受益群众3.5万人。`: the money read, the count's clause in a warning
    # (main: all three null — the sentence dropped whole without a word, `3.5万人` no amount)
    r = read("ct_s45_lo_money_sentence_tail.txt")
    p = only_project(r)
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (2605000.0, 2405000.0, 200000.0)
    assert warning_codes(r) == ["unplaced_cell"]
    assert "受益群众3.5万人" in r.tables["warnings"][0]["message"]


def test_money_sentence_with_units_and_a_last_clause_of_no_money(read):
    # `项目资金：资金总额260.5万元，其中财政拨款240.5万元，自筹资金20万元，受益农户350户。`: the money (right on main), the
    # count's clause in a warning (main: dropped without a word)
    r = read("ct_s45_lo_money_sentence_tail_units.txt")
    p = only_project(r)
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (2605000.0, 2405000.0, 200000.0)
    assert warning_codes(r) == ["unplaced_cell"]
    assert "受益农户350户" in r.tables["warnings"][0]["message"]

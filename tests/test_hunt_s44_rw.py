"""Review s44 rw: the session's first wave of rules (hunts tq2, mq2, fq2, fy2, lq2, review rv) on forms and spellings
they were not written for. Each expected reading was written by hand from the form before jixiao was run; what main
gave is said beside each. tests/fixtures/make_s44_rw.py makes the binary fixture."""
from __future__ import annotations

import pytest

from normalize.targets import split_target

W = 10000.0


def _projects(r, *keys):
    return [tuple(p[k] for k in keys) for p in r.tables["projects"]]


def _indicators(r):
    return [(i["level3"], i["op"], i["value"], i["unit"], i["qualifier"]) for i in r.tables["indicators"]]


def test_currency_format_is_no_unit(read):
    # main: budget_total 120, budget_fiscal 100, budget_other 20 (元): Excel's currency format (`"¥"#,##0.00`,
    # `[$¥-804]#,##0.00`) printed `¥120.00`, and hunt mq2's rule read a yuan sign's amount as yuan under `金额单位：万元`
    r = read("ct_s44_rw_currency_format_wan.xlsx")
    assert _projects(r, "name", "budget_total", "budget_fiscal", "budget_other") == [
        ("乡村道路养护", 120 * W, 100 * W, 20 * W)]


@pytest.mark.parametrize("text, want", [
    # the bound's own figure said to be included (main: `>` / `<`, the qualifier 含90%)
    ("＞90%（含90%）", (">=", 90.0, "%", "含90%")),
    ("<3天（含3天）", ("<=", 3.0, "天", "含3天")),
    ("高于90%(含90%)", (">=", 90.0, "%", "含90%")),
    # another figure is no bound's (as main)
    (">90%（含85%）", (">", 90.0, "%", "含85%")),
    (">95%（含税）", (">", 95.0, "%", "含税")),
    # an each-one clause's own note in brackets (main: no quantity, the text)
    ("≥10期，每期不少于50人（其中脱贫劳动力占比不低于30%）",
     (">=", 10.0, "期", "每期不少于50人(其中脱贫劳动力占比不低于30%)")),
    ("≥6个，每班不少于40人", (">=", 6.0, "个", "每班不少于40人")),
])
def test_target_spellings(text, want):
    t = split_target(text)
    assert (t.op, t.value, t.unit, t.qualifier) == want


def test_bare_wan_beside_a_counted_unit_in_the_name(read):
    r = read("ct_s44_rw_heating_subsidy.txt")
    got = _indicators(r)
    # main: 15000 元 and 24000 元 — hunt tq2's money names (补贴 / 补助) took the count for money; the name's bracket
    # says what is counted
    assert got[0] == ("发放取暖补贴（户）", ">=", 1.5, "万户", None)
    assert got[1] == ("享受补助（人次）", ">=", 2.4, "万人次", None)
    # a name of money keeps hunt tq2's reading
    assert got[2] == ("取暖补贴资金", ">=", 860 * W, "元", None)
    # main: `>` for each (the bound's own figure after 含)
    assert got[3] == ("补助对象识别准确率", ">=", 95.0, "%", "含95%")
    assert got[4] == ("投诉办结时限", "<=", 3.0, "个工作日", "含3个工作日")
    assert got[5] == ("困难群众温暖过冬保障率", ">=", 90.0, "%", "含90%")
    assert got[6] == ("受助群众满意度", ">", 90.0, "%", "含85%")


def test_summary_cell_each_one_clauses(read):
    r = read("ct_s44_rw_summary_each_one.txt")
    got = _indicators(r)
    # main: level3 null, the name a qualifier `开展创业培训；其中…` (review rv's rate clause took the bracket's 30%)
    assert got[0] == ("开展创业培训", ">=", 10.0, "期", "每期不少于50人(其中脱贫劳动力占比不低于30%)")
    # main: a second indicator `每班不少于` 40人 (班 was in targets' each-one list only)
    assert got[2] == ("举办培训班", ">=", 6.0, "个", "每班不少于40人")
    assert [g[0] for g in got].count("每班不少于") == 0
    # a rate of each period is its own indicator (review rv's reading kept)
    assert ("每季度随访率", "=", 100.0, "%", None) in got
    assert len(got) == 7


def test_village_headings_are_no_class(read):
    # main: category 龙潭村 / 桃花村 (hunt lq2's class headings of no 类 name took a village for a class)
    r = read("ct_s44_rw_list_village_headings.txt")
    assert _projects(r, "name", "budget_total", "category") == [
        ("龙潭村产业路硬化", 60 * W, None), ("龙潭村茶叶加工厂房建设", 90 * W, None),
        ("桃花村灌溉渠道修复", 40 * W, None), ("龙潭镇污水管网二期", 120 * W, "续建"),
        ("金竹村光伏电站维护", 30 * W, "脱贫村")]      # (a class of villages, as `中心镇` is one of towns)
    assert "total_row_mismatch" not in [w["code"] for w in r.tables["warnings"]]


def test_other_column_of_words_is_no_money(read):
    # main: the `其他` column beside 自筹资金 taken for a source of money (hunt lq2's two other-money columns): its words
    # (`跨年度实施`, `新建`) lost without a word, other_fields {"自筹资金（万元）": "30"}
    from tests.hunt_tools import other_fields
    r = read("ct_s44_rw_list_other_words.txt")
    assert _projects(r, "name", "budget_fiscal", "budget_other") == [
        ("茶叶加工厂提质改造", 120 * W, 30 * W), ("蔬菜大棚建设", 80 * W, 20 * W)]
    assert [other_fields(p) for p in r.tables["projects"]] == [{"其他": "跨年度实施"}, {"其他": "新建"}]


def test_list_lead_units_duty_and_by(read):
    from tests.hunt_tools import other_fields
    r = read("ct_s44_rw_list_lead_duty.txt")
    got = [(p["name"], p["unit"], other_fields(p).get("配合单位")) for p in r.tables["projects"]]
    assert got == [
        # main: unit 县住建局, 配合单位 `负责项目建设` (review rv's split at a space after a role word took a duty for a
        # partner); a space parts two units' pieces only, the next closing with its own role word: the cell as written
        ("城区背街小巷改造", "县住建局牵头 负责项目建设", None),
        # main: 配合单位 `由各乡镇` (由 was taken off the lead only)
        ("全域旅游标识系统建设", "县文旅局", "各乡镇"),
    ]

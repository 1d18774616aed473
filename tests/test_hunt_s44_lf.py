"""Hunt lf (leftovers this session's helpers noticed and left): an actual written with a bare 万 (`120万` beside
`≥100万元`, `1.3万` beside `≥1.2万人`) was not compared with its target; a `填表日期：…` cell right of a
self-evaluation table's last column. Each reading was written down by hand before jixiao was run; the comments say
what main gave."""
from __future__ import annotations

from tests.hunt_tools import only_project


def test_bare_wan_actual_is_compared(read):
    """A 自评表, every indicator at full points: `≥100万元` done `120万` (1,200,000 元) and `≥1.2万人` done `1.3万`
    (13,000 人) meet theirs; `≥500万元` done `450万` (4,500,000 元) misses it: one target_missed_full_score
    (main: none — `450万` has the unit 万, no unit of the target's, and was not compared)."""
    r = read("ct_s44_lf_wan_actual_self_eval.txt")
    p = only_project(r)
    assert (p["name"], p["budget_year"]) == ("县域商贸流通体系建设项目", 3_000_000.0)
    missed = [w["message"].split(":")[0] for w in r.tables["warnings"] if w["code"] == "target_missed_full_score"]
    assert missed == ["农产品网销额"]


def test_bare_wan_actual_readings():
    from jixiao.checks import actual_misses_target
    from normalize.targets import split_target

    def target(raw):
        t = split_target(raw)
        return dict(op=t.op, value=t.value, value_max=t.value_max, unit=t.unit, target_text=t.target_text,
                    target_raw=raw, level3="带动投资")
    # (main: None for each — not compared)
    assert actual_misses_target(target("≥100万元"), "120万") is False
    assert actual_misses_target(target("≥100万元"), "90万") is True
    assert actual_misses_target(target("≥1.2万人"), "1.3万") is False
    assert actual_misses_target(target("≥1.2万人"), "1.1万") is True
    assert actual_misses_target(target("≤1亿元"), "1.2亿") is True
    # (as main: a target with no unit beside an actual with one is not compared)
    assert actual_misses_target(target("≥100"), "120万") is None


def test_fill_date_right_of_the_table_is_the_forms(read):
    """A 自评表 whose last indicator row carries, after an empty 偏差原因 cell, `填表日期：2026年1月15日`: the form's fill
    date, as a 填表日期 line under the table reads (main: fill_date None and the 市民满意度 row's deviation
    `填表日期：2026年1月15日`)."""
    r = read("ct_s44_lf_fill_date_right_of_table.txt")
    p = only_project(r)
    assert (p["name"], str(p["fill_date"]), p["score"]) == ("城区绿化养护项目", "2026-01-15", 99.75)
    assert [(i["level3"], i["deviation"]) for i in r.tables["indicators"]] == [
        ("养护绿地面积", None), ("苗木成活率", None), ("市民满意度", None)]
    assert r.tables["warnings"] == []

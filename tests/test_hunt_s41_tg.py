"""Hunt s41 tg: targets of two years in one cell (a deadline with its year, a month alone, a fraction, a 度量单位
cell beside the years, a year's row repeating its unit) and reason-first deductions with a figure in the reason in
an assessment table's score column. Expectations written by hand from the forms before running jixiao; what main
gave is said by each."""
from __future__ import annotations

import pytest

from normalize.targets import Target, split_by_year, split_target
from tests.hunt_tools import only_project, warning_codes


def _ind(r) -> dict:
    return {i["level3"]: (i["op"], i["value"], i["unit"], i["qualifier"], i["target_text"], i["note"], i["target_year"])
            for i in r.tables["indicators"]}


def _scores(r) -> list[tuple]:
    return [(a["item_no"], a["section"], a["points"], a["score"], a["score_note"]) for a in r.tables["assessment_items"]]


def _unplaced(r) -> list[str]:
    return [w["message"] for w in r.tables["warnings"] if w["code"] == "unplaced_cell"]


# ---------------------------------------------------------------- (1) two years' targets in one cell (text dump)
def test_year_cells_text_dump(read):
    r = read("ct_s41_tg_year_deadlines.txt")
    got = _ind(r)
    assert len(r.tables["indicators"]) == 7
    # main: (">=", 12.0, None, …, note `2025年：≥8处`): the 度量单位 `处` glued to the last year only, 2024's unitless
    assert got["新建集中供水工程"] == (">=", 12.0, "处", "2024年", None, "2025年：≥8处", 2024)
    assert got["水质达标率"] == (">=", 95.0, "%", "2024年", None, "2025年：≥98%", 2024)          # (right on main)
    # main: target_text `12月底前` (the year only in the qualifier): the deadline read whole, as a one-year cell is
    assert got["工程完工时间"] == (None, None, None, "2024年", "2024年12月底前", "2025年6月底前", 2024)
    # main: one text `2024年6月;2025年6月`, no year chosen (a month alone was no date to split_by_year)
    assert got["水质检测时间"] == (None, None, None, "2024年", "2024年6月", "2025年6月", 2024)
    # main: one text `2024年:3/4;2025年:4/4`; a fraction each year: 2024's, its text as written (no value: `3/4`
    # may be a share or a count of a whole, as split_target keeps `1/3`)
    assert got["管网改造进度"] == (None, None, None, "2024年", "3/4", "2025年：4/4", 2024)
    # main: two indicators, `2025年：≥1.5 | 万人` a nameless one (unparsed_row): the unit cell written again on the
    # next year's row kept it from joining the cell above
    assert got["受益人口"] == (">=", 1.2, "万人", "2024年", None, "2025年：≥1.5万人", 2024)
    assert got["受益群众满意度"] == (">=", 90.0, "%", None, None, None, None)
    assert r.tables["warnings"] == [] and r.document["status"] == "ok"


def test_year_cells_excel(read):
    r = read("ct_s41_tg_year_rows_units.xlsx")
    p = only_project(r)
    assert (p["name"], p["department"], p["budget_year"], p["year"]) == (
        "农村公路危桥改造工程", "XX县交通运输局", 12800000.0, 2025)
    got = _ind(r)
    assert list(got) == ["改造危桥", "竣工验收合格率", "项目完工时间", "桥梁定检时间", "危桥隐患消除比例", "沿线群众满意度"]
    assert all(i["level1"] == "产出指标" for i in r.tables["indicators"][:4])
    # main: two indicators (`2024年：≥6座` named, `2025年：≥8座` nameless, unparsed_row): the name merged over the
    # two rows, each with its `座`
    assert got["改造危桥"] == (">=", 8.0, "座", "2025年", None, "2024年：≥6座", 2025)
    assert got["竣工验收合格率"] == ("=", 100.0, "%", None, None, None, None)
    # main: one text `2024年12月底前2025年10月底前` (the wrapped cell's lines joined with nothing between) and a
    # deadline_out_of_period warning for 2024-12 in a 2025 form
    assert got["项目完工时间"] == (None, None, None, "2025年", "2025年10月底前", "2024年12月底前", 2025)
    # main: one text each
    assert got["桥梁定检时间"] == (None, None, None, "2025年", "2025年6月份", "2024年6月份", 2025)
    assert got["危桥隐患消除比例"] == (None, None, None, "2025年", "3/3", "2024年：2/3", 2025)
    assert got["沿线群众满意度"] == (">=", 90.0, "%", None, None, None, None)
    assert warning_codes(r) == []


@pytest.mark.parametrize("raw, year, text, rest", [
    ("2024年12月底前；2025年6月底前", 2024, "2024年12月底前", "2025年6月底前"),
    ("2024年：12月底前；2025年：6月底前", 2025, "2025年6月底前", "2024年12月底前"),
    ("2024年：6月30日前；2025年：6月30日前", 2024, "2024年6月30日前", "2025年6月30日前"),
    ("2024年6月；2025年9月", 2025, "2025年9月", "2024年6月"),
    ("2024年：6月份完成；2025年：6月份完成", 2024, "2024年6月份完成", "2025年6月份完成"),
    ("2024年：1/2；2025年：2/2", 2024, "1/2", "2025年：2/2"),
    ("2024年底前；2025年底前", 2025, "2025年底前", "2024年底前"),      # (the year's own end)
    ("2024年：年内完成；2025年：6月底前", 2024, "2024年内完成", "2025年6月底前"),
])
def test_split_by_year_dates_and_fractions(raw, year, text, rest):
    # main: target_text without its year (`12月底前`) and the rest `2025年：6月底前`, or None (a month alone, a
    # fraction, a year's end); the other years' dates now written whole in the rest too
    t, got_rest = split_by_year(raw, year)
    assert (t.op, t.value, t.unit, t.target_text, t.qualifier, got_rest) == (None, None, None, text, f"{year}年", rest)


@pytest.mark.parametrize("raw", [
    "2024年：13月；2025年：6月",              # no month
    "2024年：完成验收；2025年：6月底前",       # words of no date
    "2024年：3/4；2025年：完成",
    "2024年6月-2025年6月",                    # a period, no target per year
    "2024年：底；2025：底",                   # the second no year
    "依据2023年12月文件2024年12月底前",
])
def test_split_by_year_leaves_these(raw):
    assert split_by_year(raw, 2024) is None


def test_split_by_year_unit_cell():
    t, rest = split_by_year("2024年：≥12；2025年：≥8", 2024, "处")
    assert (t.op, t.value, t.unit, t.qualifier, rest) == (">=", 12.0, "处", "2024年", "2025年：≥8处")
    # a figure with its own unit keeps it (`%` written, the cell beside it names another: as written)
    t, rest = split_by_year("2024年：≥95%；2025年：≥98%", 2025, "处")
    assert (t.value, t.unit, rest) == (98.0, "%", "2024年：≥95%")


def test_a_fraction_alone_stays_text():
    # (consistent with `1/3`: no one quantity, the contract's rule; a year's fraction is only chosen by its year)
    assert split_target("3/4") == Target(target_text="3/4")
    assert split_target("1/3") == Target(target_text="1/3")


# ---------------------------------------------------------------- (2) reason-first deductions with a figure
def test_reason_with_a_figure_text_dump(read):
    r = read("ct_s41_tg_assess_reason_figures.txt")
    # main: items 1, 3, 4 no score (None, None), named in the unplaced_cell warning with item 6
    assert _scores(r) == [
        (1, "主动公开", 20.0, 16.0, "少公开2项"), (2, "主动公开", 15.0, 15.0, None),
        (3, "依申请公开", 15.0, 13.5, "迟报3天"), (4, "政策解读", 10.0, 8.0, "缺1项"),
        (5, "平台建设", 20.0, 20.0, None), (6, "平台建设", 10.0, None, None), (7, "监督保障", 10.0, 10.0, None)]
    # item 6, a rule of a figure a time and a total after it, stays unread and named
    (msg,) = _unplaced(r)
    assert "6：每少更新1次扣1分，共少2次扣2分" in msg
    assert "少公开" not in msg and "迟报" not in msg and "缺1项" not in msg


def test_reason_with_a_figure_excel(read):
    r = read("ct_s41_tg_reason_scores.xlsx")
    # main: items 2, 3, 5 no score, named in the warning with item 6
    assert _scores(r) == [
        (1, "责任落实", 10.0, 10.0, None), (2, "责任落实", 15.0, 13.0, "少报送1期"),
        (3, "隐患排查", 20.0, 17.0, "整改逾期2处"), (4, "隐患排查", 10.0, 9.0, None),
        (5, "应急管理", 15.0, 10.0, "演练少1次"), (6, "应急管理", 10.0, None, None), (7, "事故控制", 20.0, 20.0, None)]
    (msg,) = _unplaced(r)
    assert msg.endswith("6：每超1天扣0.5分")


@pytest.mark.parametrize("cell, score", [
    ("少公开2项扣4分", 6.0), ("迟报3天扣1.5分", 8.5), ("缺1项，扣2分", 8.0), ("未按时报送扣1分", 9.0),
    # rules, no fact: no score (a condition, a figure a time, a range, a cap, a second figure of points)
    ("少于3次扣2分", None), ("超过5天扣1分", None), ("每少1项扣2分", None), ("少1-2项扣1分", None),
    ("缺1项扣2分，最高扣5分", None), ("少2项扣2分另扣1分", None), ("得分8分扣2分", None),
])
def test_reason_score_cells(cell, score):
    from jixiao.pipeline import process_file
    import tempfile
    from pathlib import Path
    text = ("XX镇2024年度考核评分表\n序号\t考核内容\t分值\t评分\n1\t财务公开\t10\t满分\n"
            f"2\t信息报送\t10\t{cell}\n3\t档案管理\t10\t9\n")
    with tempfile.TemporaryDirectory() as d:
        f = Path(d) / "t.txt"
        f.write_text(text, encoding="utf-8")
        r = process_file(str(f))
    got = [a["score"] for a in r.tables["assessment_items"]]
    assert got == [10.0, score, 9.0]
    assert bool(_unplaced(r)) == (score is None)

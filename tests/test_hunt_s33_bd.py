"""Hunt BD (the audit checks, jixiao/checks.py, and the budget reading behind them): tests/fixtures/review/ct_s33_bd_*,
each form flagged when it contradicts itself and its consistent twin silent."""
from __future__ import annotations

from pathlib import Path

from jixiao.checks import run_checks
from jixiao.pipeline import process_file

REVIEW = Path(__file__).parent / "fixtures" / "review"


def _review(name):
    return process_file(REVIEW / name)


def _found(t, code):
    return [w for w in t["warnings"] if w["code"] == code]


def _lines(t):
    return [(b["group"], b["name"], b["amount"]) for b in t["budget_items"] if b["kind"] == "composition"]


def test_a_qizhong_line_is_a_part_of_the_line_above_not_a_line_of_its_own(tmp_path):
    """`设备购置费 | 600,000` over `其中：信息化设备 | 240,000` then `运行维护费 | 400,000` under 项目当年预算 1,000,000:
    the 其中 line was stored as a line of its own (其中 dropped, no group) and added: "budget lines sum to 1,240,000 元
    but the annual budget is 1,000,000 元". It is a part of 设备购置费 now, its group, left out of the sum; so with
    `其中:` (ASCII colon) and with the part indented."""
    t = _review("ct_s33_bd_qizhong_part.txt").tables
    assert _lines(t) == [(None, "设备购置费", 600000.0), ("设备购置费", "信息化设备", 240000.0),
                         (None, "运行维护费", 400000.0)]
    assert not _found(t, "budget_sum_mismatch")
    text = (REVIEW / "ct_s33_bd_qizhong_part.txt").read_text(encoding="utf-8")
    for k, variant in enumerate((text.replace("其中：", "其中:"), text.replace("\t其中：", "\t  其中："))):
        p = tmp_path / f"v{k}.txt"
        p.write_text(variant, encoding="utf-8")
        t = process_file(p).tables
        assert _lines(t)[1] == ("设备购置费", "信息化设备", 240000.0)
        assert not _found(t, "budget_sum_mismatch")


def test_a_qizhong_part_larger_than_its_line_and_lines_short_of_the_budget_are_flagged():
    """The twin: `其中：信息化设备 | 640,000` under `设备购置费 | 600,000`, and 运行维护费 500,000 (600,000 + 500,000 =
    1,100,000 for 1,000,000): both said, the part against its line, the lines against the budget."""
    t = _review("ct_s33_bd_qizhong_part_bad.txt").tables
    msgs = [w["message"] for w in _found(t, "budget_sum_mismatch")]
    assert len(msgs) == 2
    assert "under 设备购置费 sum to 640,000 元 but 设备购置费 is 600,000 元 (difference 40,000); 1 line," in msgs[0]
    assert "budget lines sum to 1,100,000 元" in msgs[1] and "1,000,000 元 (difference 100,000)" in msgs[1]


def test_lines_in_yuan_within_the_rounding_of_a_wanyuan_total_are_no_mismatch():
    """`项目总预算 | 56.80 | 当年预算 | 56.80` under 金额单位：万元 over lines in 元 300,000 + 267,960 = 567,960 (56.796 万元,
    written 56.80): "difference -40" was an error. A total written with 2 decimals of 万元 is exact to 100 元: half
    of that is tolerated. The twin (267,860: 140 元 short) is still flagged."""
    t = _review("ct_s33_bd_wanyuan_rounding.xlsx").tables
    assert not _found(t, "budget_sum_mismatch")
    t = _review("ct_s33_bd_wanyuan_rounding_bad.xlsx").tables
    [w] = _found(t, "budget_sum_mismatch")
    assert "sum to 567,860 元" in w["message"] and "568,000 元 (difference -140)" in w["message"]


def _tables(lines, **project):
    p = {"project_id": "p", "doc_id": "d", **project}
    return {"projects": [p], "budget_items": [
        {"project_id": "p", "seq": k, "name": f"line {k}", "amount": a, "kind": "composition", "line": 10 + k}
        for k, a in enumerate(lines, 1)]}


def test_the_rounding_tolerated_is_the_totals_written_precision_and_only_for_finer_lines():
    """A total written `57` (万元, whole: a step of 10,000 元) over lines of 305,000 + 262,000 (567,000) rounds to it;
    over lines as coarse as itself (300,000 + 260,000) a gap of 10,000 is a mismatch; without a known precision 0.5 元
    is the tolerance."""
    steps = {"p": {"budget_year": 10000.0}}
    got, _ = run_checks(_tables([305000, 262000], budget_year=570000.0), steps=steps)
    assert not [w for w in got if w["code"] == "budget_sum_mismatch"]
    got, _ = run_checks(_tables([300000, 260000], budget_year=570000.0), steps=steps)
    assert [w["code"] for w in got if w["code"] == "budget_sum_mismatch"] == ["budget_sum_mismatch"]
    got, _ = run_checks(_tables([300000, 267960], budget_year=568000.0))
    assert [w["code"] for w in got if w["code"] == "budget_sum_mismatch"] == ["budget_sum_mismatch"]


def test_a_satisfaction_target_over_100_is_flagged_when_named_manyidu(tmp_path):
    """`受益农户满意度 | ≥900%`: only names ending in 率 were checked (读者满意率 ≥900% flagged, 读者满意度 not), so the
    usual name of the satisfaction indicator was never. Flagged now; ≥90% is silent, and a growth share (…增长比例
    ≥120%) may exceed 100%."""
    t = _review("ct_s33_bd_manyidu_over_100.txt").tables
    [w] = _found(t, "rate_target_over_100")
    assert "受益农户满意度: target '≥900%' is above 100%" in w["message"] and w["line"] == 12
    text = (REVIEW / "ct_s33_bd_manyidu_over_100.txt").read_text(encoding="utf-8")
    for k, variant in enumerate((text.replace("≥900%", "≥90%"), text.replace("受益农户满意度\t≥900%", "农户收入增长比例\t≥120%"))):
        p = tmp_path / f"v{k}.txt"
        p.write_text(variant, encoding="utf-8")
        assert variant != text and not _found(process_file(p).tables, "rate_target_over_100")


def test_carried_over_money_spent_is_compared_with_the_issued_plus_the_carry_over():
    """晋中 自评表: 预算下达资金 450.00, 实际支出资金 市级预算资金 432.18 + 上年结转资金 20.00 (452.18 in all): "spent 4,521,800
    exceeds budget_issued 4,500,000 (by 21,800)", though the carried-over money is no part of the year's 下达. The
    money available is 下达 + the 结转 spent now; the twin (市级 462.18: 482.18 against 470) is flagged, the message
    naming the carried-over line."""
    t = _review("ct_s33_bd_jz_carryover_spent.txt").tables
    assert t["projects"][0]["spent"] == 4521800.0 and not _found(t, "spent_exceeds_budget")
    t = _review("ct_s33_bd_jz_carryover_spent_bad.txt").tables
    [w] = _found(t, "spent_exceeds_budget")
    assert "spent 4,821,800 元 exceeds" in w["message"] and "4,500,000 元 + the carried-over money spent " \
        "(上年结转资金 200,000 元) = 4,700,000 元 (by 121,800)" in w["message"]


def test_fiscal_parts_are_checked_against_the_annual_total_when_it_is_the_only_total(tmp_path):
    """The national 项目支出绩效目标表 gives `年度资金总额 | 60.00` alone over `其中：财政拨款 | 50.00` and `其他资金 | 0.00`
    (or blank): budget_total is null, budget_year 600,000, and neither fiscal_other_mismatch nor fiscal_total_gap ran.
    They are checked against 年度资金总额 now; 50 + 10 is silent, and so is 财政拨款 60 with 其他资金 blank."""
    t = _review("ct_s33_bd_annual_total_fiscal_other.txt").tables
    assert t["projects"][0]["budget_total"] is None
    [w] = _found(t, "fiscal_other_mismatch")
    assert "500,000 元 + " in w["message"] and "0 元 = 500,000 元 but " in w["message"] \
        and "600,000 元 (difference -100,000)" in w["message"]
    t = _review("ct_s33_bd_annual_total_fiscal_blank_other.txt").tables
    [w] = _found(t, "fiscal_total_gap")
    assert "600,000 元" in w["message"] and "100,000 元 have no stated source" in w["message"]
    for name, old, new in (("ct_s33_bd_annual_total_fiscal_other.txt", "其他资金\t\t\t0.00", "其他资金\t\t\t10.00"),
                           ("ct_s33_bd_annual_total_fiscal_blank_other.txt", "财政拨款\t\t\t50.00", "财政拨款\t\t\t60.00")):
        text = (REVIEW / name).read_text(encoding="utf-8")
        p = tmp_path / name
        p.write_text(text.replace(old, new), encoding="utf-8")
        t = process_file(p).tables
        assert old in text and not _found(t, "fiscal_other_mismatch") and not _found(t, "fiscal_total_gap")


def test_a_total_score_that_leaves_out_the_budget_rows_score_is_flagged_at_the_total_row(tmp_path):
    """自评表: `年度资金总额 | … | 10 | 95.00% | 9.50` (the 预算执行率 row) and indicators worth 80 + 10 scoring 90, under
    `总分 | 100 | 90.00`: accepted, as the indicators alone add up to 90, though their weights are 90 of the 100
    points. The scores are summed over the rows whose weights make the 100: "the scores add up to 99.5 but the total
    score is 90", located at the 总分 row (it was the first scoring row). With 总分 99.50 it is silent."""
    t = _review("ct_s33_bd_total_score_leaves_out_budget_row.txt").tables
    [w] = _found(t, "weights_not_100")
    assert w["message"].startswith("the scores add up to 99.5 but the total score is 90 (difference 9.5): "
                                   "预算执行率 row 9.5 (1 row) + indicators 90 (2 rows)")
    assert w["line"] == 14       # the 总分 row
    text = (REVIEW / "ct_s33_bd_total_score_leaves_out_budget_row.txt").read_text(encoding="utf-8")
    p = tmp_path / "ok.txt"
    p.write_text(text.replace("100\t90.00", "100\t99.50"), encoding="utf-8")
    assert "100\t90.00" in text and not _found(process_file(p).tables, "weights_not_100")


def test_the_points_a_level1_label_states_are_checked_against_its_rows(tmp_path):
    """自评表 `效益指标（30分）` over one row worth 20 (the 100 points add up without it: the label is the mistake): no
    warning, level1_weight 30 read and never compared. subtotal_mismatch names the label, both figures and the line;
    `效益指标（20分）` is silent, and so is `产出指标（60分）` over three rows of 20."""
    t = _review("ct_s33_bd_level1_points_label.txt").tables
    [w] = _found(t, "subtotal_mismatch")
    assert w["message"] == "效益指标（30分）: the weights of its 1 row add up to 20 but the label says 30; line 20"
    assert w["line"] == 20
    text = (REVIEW / "ct_s33_bd_level1_points_label.txt").read_text(encoding="utf-8")
    p = tmp_path / "ok.txt"
    p.write_text(text.replace("效益指标（30分）", "效益指标（20分）"), encoding="utf-8")
    assert not _found(process_file(p).tables, "subtotal_mismatch")

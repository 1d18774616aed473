"""Review rvc of this session's hunts mn5 (money) and ls2 (space-aligned dumps): each new rule asked where it should
not fire and what sibling it misses. Each reading was written down by hand before jixiao was run; the comments say
what main gave."""
from __future__ import annotations

from tests.hunt_tools import budget_lines, indicator_targets, only_project, other_fields, warning_codes

WAN = 10_000.0


def test_sources_subtotal_is_no_project_total(read):
    # `资金来源：中央补助200万元，省级配套100万元，合计300万元；县级自筹50万元。`: the 合计 sums the two levels only (a
    # source follows it) — no total stated; fiscal 300 (the levels), other 50 (自筹)
    r = read("ct_s47_rvc_subtotal.txt")
    p = only_project(r)
    # (main: budget_total 300 — mn5's `合计` rule took the levels' sum for the project's — budget_fiscal and
    # budget_other null)
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (None, 300 * WAN, 50 * WAN)
    assert [(b[1], b[2]) for b in budget_lines(r)] == [("中央补助", 200 * WAN), ("省级配套", 100 * WAN),
                                                       ("县级自筹", 50 * WAN)]


def test_difference_beside_money_spent_is_no_funding_gap(read):
    # a 自评表: 年度资金总额 100, 其中：财政拨款 80, 其他资金 0, and `预算执行 | 执行数 | 80 | 差额 | 20` — the 差额 is the
    # budget's unspent rest, no funding gap: the split 80 + 0 of 100 is a true fiscal_other_mismatch
    r = read("ct_s47_rvc_selfeval_diff.txt")
    p = only_project(r)
    # (main: `差额: 20` in other_fields, taken for a stated gap, closed the split — no finding)
    assert "差额" not in other_fields(p)
    assert (p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (100 * WAN, 80 * WAN, 0.0)
    assert "fiscal_other_mismatch" in warning_codes(r)


def test_two_fraction_values_counting_down_are_no_page_numbers(read):
    # a space-aligned dump of no form feed: `分类收集点抽查合格` / `2/3` / `比例` and `示范小区抽查覆盖` / `1/3` / `面比例`,
    # each a row's name printed around its value (levels merged above): two indicators, targets 2/3 and 1/3
    r = read("ct_s47_rvc_two_fractions.txt")
    got = [(i["level3"], i["target_text"]) for i in r.tables["indicators"] if i["level2"] == "质量指标"]
    # (main: both fractions taken for pages' numbers, `1/3` … `2/3` of one whole — 4 rows of no target, names cut:
    # 分类收集点抽查合格, 比例, 示范小区抽查覆盖, 面比例)
    assert got == [("生活垃圾分类覆盖率", None), ("分类收集点抽查合格比例", "2/3"), ("示范小区抽查覆盖面比例", "1/3")]
    assert "target_missing" not in warning_codes(r)


def test_short_target_left_open_takes_its_figure(read):
    # `防护设施完好率 | 保持在` over `95%以上`, `群众出行事故发生率 | 同比下降` over `10%` (no sentence mark in the cell):
    # the figure is the target's rest, as ls2's `…，设施完好率保持在` / `95%以上` is
    r = read("ct_s47_rvc_open_target_short.txt")
    got = [(i["level3"], i["op"], i["value"], i["unit"], i["target_text"]) for i in r.tables["indicators"]]
    # (main: `保持在` and `同比下降` targets of no figure, `95%以上` and `10%` two nameless rows, 2 unparsed_row)
    assert got[2:4] == [("防护设施完好率", ">=", 95.0, "%", None), ("群众出行事故发生率", "=", 10.0, "%", None)]  # (hunt s55 tg13: a change and its bare figure, `=`; was text)
    assert len(got) == 5 and "unparsed_row" not in warning_codes(r)


def test_spaced_rows_in_tab_dump_with_nbsp_and_ideographic_gaps(read):
    # ls2's tab dump with spaced rows, a row's gaps no-break spaces (`产出指标\xa0\xa0\xa0\xa0数量指标…`) and another's
    # ` \u3000` (a space and an ideographic space): every row split into its cells, 5 indicators
    r = read("ct_s47_rvc_tabs_nbsp.txt")
    # (main: 2 indicators, the spaced rows run into one level-1 name and one level-3 name `满意度指标 服务对象满意度 …`)
    assert [(t[0], t[1], t[2]) for t in indicator_targets(r)] == [
        ("产出指标", "数量指标", "改造提升乡镇客运站数量"), ("产出指标", "质量指标", "站场改造验收合格率"),
        ("产出指标", "时效指标", "项目完工时间"), ("效益指标", "社会效益指标", "农村客运通达率"),
        ("满意度指标", "服务对象满意度", "乘客满意度")]
    assert "target_missing" not in warning_codes(r)


def test_two_line_head_spanning_head_centred(read):
    # ls2's two-line head with `绩效指标` centred over `一级指标  二级指标  三级指标` (as a merged cell prints), `指标值` and
    # `备注` beside them: the same 5 indicators, 较上年 the 4th's note
    r = read("ct_s47_rvc_head_span_centred.txt")
    # (main: no table — the centred head matched no head it spans: blank_form, 0 indicators)
    assert indicator_targets(r) == [
        ("产出指标", "数量指标", "防护工程实施里程", ">=", 80.0, "公里"),
        ("产出指标", "数量指标", "隐患点整治数量", "=", 45.0, "处"),
        ("产出指标", "质量指标", "工程验收合格率", "=", 100.0, "%"),
        ("效益指标", "社会效益指标", "道路交通事故下降率", ">=", 10.0, "%"),
        ("满意度指标", "服务对象满意度", "沿线群众满意度", ">=", 90.0, "%")]
    assert [i["note"] for i in r.tables["indicators"]] == [None, None, None, "较上年", None]
    assert "blank_form" not in warning_codes(r)


def test_money_label_beside_amount_then_full_stop_or_space(read):
    # `资金总额 | 150万元。其中财政资金120万元，自筹30万元。` and `项目资金 | 150万元 其中：财政资金120万元，自筹30万元`: the
    # label's money sentence as mn5's `150万元，其中…` is — total 150, fiscal 120, other 30
    for name in ("ct_s47_rvc_lead_stop.txt", "ct_s47_rvc_lead_space.txt"):
        r = read(name)
        p = only_project(r)
        # (main: all three null — the first lost without a word, the second an unparsed_row)
        assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (150 * WAN, 120 * WAN, 30 * WAN), name
        assert "unparsed_row" not in warning_codes(r)


def test_hedged_range_in_amount_column_kept_in_note(read):
    # `硬件购置 | 约800-1000` beside `软件开发 | 1000` under a total of 2000: a range (hedged), null, kept in the note;
    # the total within the lines' bounds
    r = read("ct_s47_rvc_range_hedge.txt")
    # (main: the note null — the range lost without a word — and a budget_sum_mismatch, 1,000万 against 2,000万)
    assert [(b["name"], b["amount"], b["note"]) for b in r.tables["budget_items"]] == [
        ("硬件购置", None, "金额：约800-1000万元"), ("软件开发", 1000 * WAN, None)]
    assert "budget_sum_mismatch" not in warning_codes(r)


def test_funding_gap_in_money_sentence(read):
    # `资金总额500万元，其中财政资金420万元，其他资金50万元，资金缺口30万元。`: the gap the form states, as mn5's
    # `资金缺口 | 30` row: kept in other_fields, the split closed by it
    r = read("ct_s47_rvc_gap_sentence.txt")
    p = only_project(r)
    # (main: the clause dropped without a word, a fiscal_other_mismatch of 30万)
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (500 * WAN, 420 * WAN, 50 * WAN)
    assert other_fields(p) == {"资金缺口": "30万元"}
    assert "fiscal_other_mismatch" not in warning_codes(r)

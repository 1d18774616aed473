"""Review mend (findings of the session's final review, /tmp/s49/review-final.md): a GFM rule under a head of no bar
(a hang), a 一事一议 form's `社会配套资金` source head, … — tests/fixtures/review/ct_s49_mend_*, each read as the form
says."""
from __future__ import annotations

import signal
from contextlib import contextmanager

from tests.hunt_tools import budget_lines, only_project, other_fields, warning_codes


@contextmanager
def _within(seconds: float):
    """Fail (rather than hang the suite) when the block takes more than `seconds` of CPU time (the process's own, so a
    busy machine does not make it fail)."""
    def _late(signum, frame):
        raise TimeoutError(f"still running after {seconds} s of CPU time")
    old = signal.signal(signal.SIGVTALRM, _late)
    signal.setitimer(signal.ITIMER_VIRTUAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_VIRTUAL, 0)
        signal.signal(signal.SIGVTALRM, old)


def test_gfm_rule_under_a_head_of_no_bar_returns(read):
    # a text dump whose head `一级指标 二级指标` (spaces, no bar) stands over a GFM rule `--- | ---`. main: never
    # returns (extract/txt.py `_outer_bars` stepped back to the head and forward to the rule, forever). Now the lines
    # stay as they are, as before the session: no form evidence (layout_unknown)
    from extract.txt import _outer_bars
    with _within(20):
        assert _outer_bars(["标题", "--- | ---"]) == ["标题", "--- | ---"]
        r = read("ct_s49_mend_gfm_head_no_bar.txt")
    assert "layout_unknown" in warning_codes(r)


def test_social_matching_money_is_a_source_head(read):
    # a 一事一议 form's money matrix `资金总额 | 中央补助资金 | 县级配套资金 | 社会配套资金` over `500 | 300 | 100 | 100`.
    # main: budget_total null, no source line, 1 unparsed_row (`社会配套资金` no longer a source's head)
    r = read("ct_s49_mend_social_match.txt")
    assert only_project(r)["budget_total"] == 5000000.0
    assert budget_lines(r) == [(None, "中央补助资金", 3000000.0, "source"), (None, "县级配套资金", 1000000.0, "source"),
                               (None, "社会配套资金", 1000000.0, "source")]
    assert "unparsed_row" not in warning_codes(r)


def test_percent_spending_plan_by_quarter_is_no_money(read):
    # `资金支出进度（%） | 一季度 | 二季度 | 三季度 | 四季度` over `25 | 50 | 75 | 100` in a form of 万元. main: other_fields
    # `一季度：25万元；…；四季度：100万元` (a share plan read as money). Now each quarter's share, no money (as review
    # rv3 reads a percent plan: kept under its label, its figures in percent)
    r = read("ct_s49_mend_quarter_percent_plan.txt")
    assert other_fields(only_project(r)).get("资金支出进度") == "一季度：25%；二季度：50%；三季度：75%；四季度：100%"
    assert "unparsed_row" not in warning_codes(r)


def test_progress_plan_by_quarter_takes_no_form_unit(read):
    # `分季度支出进度计划 | 一季度 | … | 四季度` over `25 | 50 | 75 | 100` in a form of 万元: a 进度 plan's figures may be
    # shares, so no unit the label does not declare. main: `一季度：25万元；…`
    r = read("ct_s49_mend_quarter_progress_plan.txt")
    assert other_fields(only_project(r))["分季度支出进度计划"] == "一季度：25；二季度：50；三季度：75；四季度：100"


def test_zero_inside_a_chinese_numeral_is_no_zero(read):
    # targets whose 零 is a digit of a Chinese numeral (`一百零五起事故`, `千分之零点五事故`) or follows a comparing word
    # (`不超过一千零二十起投诉`). main: each `=` 0 of a qualifier with the 零 cut out (`一百五起事故`), the bound `<=` lost.
    # Now as before the session: text, `<=` kept; `零事故` is still `=` 0 of 事故
    r = read("ct_s49_mend_zero_in_numeral.txt")
    assert [(i["target_raw"], i["op"], i["value"], i["qualifier"], i["target_text"])
            for i in r.tables["indicators"][:4]] == [
        ("不超过一千零二十起投诉", "<=", None, None, "一千零二十起投诉"),
        ("一百零五起事故", None, None, None, "一百零五起事故"),
        ("千分之零点五事故", None, None, None, "千分之零点五事故"),
        ("零事故", "=", 0.0, "事故", None)]
    from normalize.targets import split_target
    t = split_target("二零二四年零事故")        # the year's 零s are no zero: the last one is (main: `二二四年零事故`)
    assert (t.op, t.value, t.qualifier) == ("=", 0.0, "二零二四年事故")


def test_radicals_folded_in_every_format(read):
    # a macOS print's text copied into a text dump and into a web page: each character of a radical's glyph printed as
    # the radical (`项⽬名称 | 农村供⽔保障⼯程`, `主管部⻔`, `受益⼈⼝ | ≥5000⼈`). main (folded in PDFs only): name
    # `农村供⽔保障⼯程`, title `…项⽬⽀出…`, level3 `受益⼈⼝`, unit `⼈` / `公⾥`, no department (`主管部⻔` an unparsed_row)
    for name in ("ct_s49_mend_radicals.txt", "ct_s49_mend_radicals.html"):
        r = read(name)
        p = only_project(r)
        assert (p["name"], p["title"], p["department"], p["unit"], p["budget_year"]) == (
            "农村供水保障工程", "2024年度项目支出绩效目标申报表", "某县水利局", "某县农村供水服务中心", 3200000.0), name
        assert [(i["level3"], i["target_raw"], i["unit"]) for i in r.tables["indicators"]] == [
            ("新建供水管网长度", "≥12公里", "公里"), ("受益人口", "≥5000人", "人"), ("工程完工时间", "2024年10月底前", None),
            ("农村供水入户率", "≥95%", "%"), ("受益群众满意度", "≥90%", "%")], name
        assert "unparsed_row" not in warning_codes(r), name


def test_county_head_over_an_indicator_table_keeps_its_places(read):
    # a 区域绩效目标表 whose place column is headed `区县` (`区县 | 一级指标 | … | 指标值` over `长沙市 | 产出指标 | …`): a
    # county's head in labels.COUNTY_HEADS but not in REGION_HEAD. main: 4 unplaced_cell + 2 duplicate_indicator, the
    # places lost. Now each row's place in its note, as under `地区`
    r = read("ct_s49_mend_region_county_head.txt")
    assert [(i["level3"], i["target_raw"], i["note"]) for i in r.tables["indicators"]] == [
        ("现代农业产业园建设数量", "≥1个", "区县：长沙市"), ("经营主体满意度", "≥85%", "区县：长沙市"),
        ("现代农业产业园建设数量", "≥2个", "区县：株洲市"), ("经营主体满意度", "≥85%", "区县：株洲市")]
    assert warning_codes(r) == []
    from parsers.core import bare_fold
    from parsers.labels import COUNTY_HEADS, REGION_HEAD
    assert all(REGION_HEAD.match(bare_fold(h)) for h in COUNTY_HEADS)       # (main: `区县`, `所属县区` not)


def test_target_with_its_own_slash_under_a_two_horizon_head_stays_one(read):
    # under `指标值（中期/年度）`, beside `≥60公里/≥25公里`, a rate `≤1/10万` and a frequency `1次/2月`: each one target.
    # main: `≤1/10万` split into long_term `≤1` and annual `10万` (`=` 10 万), `1次/2月` into `1次` and `2月` (text)
    r = read("ct_s49_mend_slash_rate.txt")
    assert [(i["level3"], i["target_raw"], i["op"], i["value"], i["unit"], i["horizon"])
            for i in r.tables["indicators"]] == [
        ("改造供水管网长度", "≥60公里", ">=", 60.0, "公里", "long_term"),
        ("改造供水管网长度", "≥25公里", ">=", 25.0, "公里", "annual"),
        ("管网漏损率", "≤9%", "<=", 9.0, "%", "long_term"), ("管网漏损率", "≤11%", "<=", 11.0, "%", "annual"),
        ("介水传染病发病率", "≤1/10万", "<=", 1.0, "/10万", None),
        ("水质检测频次", "1次/2月", "=", 1.0, "次/2个月", None),
        ("用水居民满意度", "≥90%", ">=", 90.0, "%", "long_term"), ("用水居民满意度", "≥90%", ">=", 90.0, "%", "annual")]


def test_level_subtotals_under_a_full_score_table_are_no_items(read):
    # a 评分表 of 100 points (合计 `100 | 94.5`), then `产出指标得分（50分） | 48`, `效益指标得分（30分） | 27.5`,
    # `满意度得分（20分） | 19`: each a level's subtotal, not an item scored outside the table. main: 3 more score rows
    # (level3 产出指标 / 效益指标 / 满意度, weights 200 in all) and a false weights_not_100. Now as before the session:
    # 3 unparsed_row, the table's 4 rows, no finding
    r = read("ct_s49_mend_score_level_sums.txt")
    assert [(s["level3"], s["weight"]) for s in r.tables["scores"] if not s["is_subtotal"]] == [
        ("新建高标准农田面积", 30.0), ("工程验收合格率", 20.0), ("亩均增产粮食", 30.0), ("受益农户满意度", 20.0)]
    assert warning_codes(r).count("unparsed_row") == 3
    assert "weights_not_100" not in r.tables["findings"][0]["codes"]


def test_grade_middle_beside_its_label_is_a_whole_cell(read):
    # sc5's form with `自评总分 | 93.7 | 自评等级 | 中等` over `综合评价结论 | 项目资金使用规范，…`: `中等` is a grade of
    # normalize.records.GRADE_WORDS, but not of the text reader's own short list. main: grade `中等综合评价结论` (the
    # conclusion's label glued onto the grade cell), the conclusion lost
    p = only_project(read("ct_s49_mend_grade_middle.txt"))
    assert (p["score"], p["grade"]) == (93.7, "中等")
    assert other_fields(p)["综合评价结论"] == "项目资金使用规范，完成了年度建设任务，亩均增产未达预期。"


def test_four_quarters_is_a_length_not_the_fourth_quarter(read):
    # `项目期限 | 2024年4个季度`: four quarters (a length), no quarter named. main: start 2024-10-01, end 2024-12-31 (read
    # as `2024年第4季度`). Now no dates, the period as written; `2024年第一个季度` is still Q1
    p = only_project(read("ct_s49_mend_four_quarters_length.txt"))
    assert (p["period_raw"], p["start_date"], p["end_date"]) == ("2024年4个季度", None, None)
    from datetime import date

    from normalize.dates import parse_period
    assert parse_period("2024年第一个季度") == (date(2024, 1, 1), date(2024, 3, 31))


def test_kilowatt_hour_in_words_and_beyond_a_distance_are_no_qualifiers(read):
    # `≥50000kW时`, `≥200kW小时` (kWh written with 时) and `≥2km外` (beyond 2 km). main: unit kW, qualifier `时` / `小时`
    # (a power, not an energy), unit km, qualifier `外` (a bound turned into a note). Now the unit as written, as before
    # the session (`kW时`; `km外` with its 外, no comparison the reader knows)
    r = read("ct_s49_mend_symbol_unit_tail.txt")
    assert [(i["target_raw"], i["op"], i["value"], i["unit"], i["qualifier"]) for i in r.tables["indicators"][:3]] == [
        ("≥50000kW时", ">=", 50000.0, "kW时", None), ("≥200kW小时", ">=", 200.0, "kW小时", None),
        ("≥2km外", ">=", 2.0, "km外", None)]


def test_tab_stops_of_a_long_tab_dump_is_linear():
    # a tab dump of 30,000 indicator rows, each of five texts (so each a head `_tab_stops` tried): its rows counted
    # under every head over a slice of its own. main: quadratic, ~25 s (1.3 s at 12,800 rows, 0.04 s at 1,600, when
    # the machine is idle); now the first head whose rows keep its fields ends the search: ~3 s, linear
    from extract.txt import _tab_stops
    lines = ["项目名称\t测试项目", "一级指标\t二级指标\t三级指标\t指标值\t备注\t说明"] + [
        f"产出指标\t\t指标{i}\t≥{i}个\t无\t无" for i in range(30000)]
    with _within(12):
        assert _tab_stops(lines) is None

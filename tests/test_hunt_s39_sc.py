"""Hunt SC (session 39): leftovers in assessment tables and money rows — a 评分 / 得分情况 column holding the rules, parts
`（1）` `（2）` under an Excel 序号 cell merged over them, a 目标调整申请表's `原预算数 | 调整后预算数` money:
tests/fixtures/review/ct_s39_sc_*, each expectation written down by hand before the run."""
from __future__ import annotations

from tests.hunt_tools import budget_lines, only_project, warning_codes

W = 10000.0
R1, R2, R3 = ("完成得满分，每少1万亩扣2分", "资金拨付率达到100％得满分，每低5个百分点扣1分",
              "未建立管护制度的扣5分，管护责任未落实到人的扣5分")


def _items(r, *cols):
    return [tuple(a[c] for c in cols) for a in r.tables["assessment_items"]]


# ---------------------------------------------------------------- 1. a 评分 column of rules
def test_score_headed_column_of_rules_is_the_requirement(read):
    """`序号 | 考核内容 | 分值 | 评分 | 责任单位`, the 评分 cells rules (`完成得满分，每少1万亩扣2分`), no scores: the
    requirement (main: requirement empty, the rules only in an unplaced_cell warning)."""
    r = read("ct_s39_sc_rule_in_score_col.txt")
    assert _items(r, "item_no", "content", "points", "requirement", "responsible", "score") == [
        (1, "完成高标准农田建设任务5万亩", 30.0, R1, ["县农业农村局"], None),
        (2, "项目资金按时拨付到位", 20.0, R2, ["县财政局"], None),
        (3, "建立工程管护机制", 10.0, R3, ["县农业农村局"], None)]
    assert warning_codes(r) == []


def test_score_situation_column_of_rules_is_the_requirement(read):
    """`得分情况` over `未签订的不得分；签订不全的每少1家扣1分` (a 考核细则, nothing scored yet): the rules (main: lost to a
    warning)."""
    r = read("ct_s39_sc_score_situation_rules.txt")
    assert _items(r, "section", "item_no", "content", "points", "requirement", "score") == [
        ("责任落实", 1, "签订安全生产责任书", 10.0, "未签订的不得分；签订不全的每少1家扣1分", None),
        ("隐患排查", 2, "开展隐患排查整治", 15.0, "每季度开展1次，每少1次扣3分", None),
        ("应急管理", 3, "修订应急预案并组织演练", 10.0, "未修订预案扣5分，未组织演练扣5分", None)]
    assert warning_codes(r) == []


def test_score_column_of_scores_beside_the_rules_stays_the_score(read):
    """(a guard) `评分标准 | 评分` with `28`, `满分`, `扣5分`, `/` under 评分: the scores given, the rules their own column's."""
    r = read("ct_s39_sc_score_col_scores.txt")
    assert _items(r, "item_no", "points", "requirement", "score") == [
        (1, 30.0, R1, 28.0),
        (2, 20.0, "资金拨付率达到100%得满分，每低5个百分点扣1分", 20.0),
        (3, 10.0, "未建立管护制度的扣5分", 5.0),
        (4, 10.0, "按时完成得满分", None)]
    assert warning_codes(r) == []


# ---------------------------------------------------------------- 2. parts under a merged 序号 cell (XLSX)
def test_xlsx_parts_under_merged_number_keep_their_number(read):
    """`1` and `组织体系（15分）` merged over `（1）河湖长名单公示到位` and `（2）河湖长巡河履职`: parts 1 and 2 of item 1, as
    the dump of the same layout (ct_s38_ak_l2_finer.txt) reads them (main: part_no None on all)."""
    r = read("ct_s39_sc_parts_merged_no.xlsx")
    assert _items(r, "section", "item_no", "part_no", "content", "points", "requirement", "responsible") == [
        ("组织体系", 1, 1, "河湖长名单公示到位", 5.0, "未公示的扣5分。", ["县河长办"]),
        ("组织体系", 1, 2, "河湖长巡河履职", 10.0, "每少巡河1次扣1分，扣完为止。", ["县河长办"]),
        ("水环境治理", 2, 1, "消除劣Ⅴ类水体", 12.0, "每发现1处扣3分。", ["县生态环境分局"]),
        ("水环境治理", 2, 2, "入河排污口整治", 8.0, "未完成整治的不得分。", ["县生态环境分局"]),
        ("河湖管护", 3, None, "落实河湖保洁人员", 5.0, "未落实的不得分。", ["县水利局"])]
    assert warning_codes(r) == []


def test_xlsx_parts_and_rules_in_a_score_column(read):
    """No 考核项目 column, `序号` merged over `（1）` `（2）`, the rules under `评分` (main: part_no None, requirement None,
    the rules in an unplaced_cell warning)."""
    r = read("ct_s39_sc_parts_rules_in_score_col.xlsx")
    assert _items(r, "item_no", "part_no", "content", "points", "requirement", "score") == [
        (1, 1, "完成高标准农田建设任务1.2万亩", 15.0, "完成得满分，每少1000亩扣2分", None),
        (1, 2, "耕地撂荒整治", 10.0, "撂荒地块未整治的，每发现1处扣2分", None),
        (2, None, "粮食播种面积稳定在8.5万亩以上", 15.0, "达到目标得满分，每少1000亩扣1分", None)]
    assert warning_codes(r) == []


# ---------------------------------------------------------------- 3. 原预算数 / 调整前预算数 of a 调整申请表
def test_adjustment_money_before_and_after_with_the_change(read):
    """`资金情况（万元） | 调整前预算数 | 调整后预算数 | 调整金额` over `| 500 | 420 | -80`: budget_initial 500, the year's
    budget 420 (main: the row lost, unparsed_row)."""
    r = read("ct_s39_sc_adjust_money_before.txt")
    p = only_project(r)
    assert (p["name"], p["unit"], p["budget_initial"], p["budget_year"]) == (
        "国土空间规划编制项目", "XX市国土空间规划研究中心", 500 * W, 420 * W)
    # (s40 ax: the 调整金额 the form states kept after the reason; it was lost)
    assert p["other_notes"] == "市级财力调整，压减规划编制经费80万元。调整金额：-80万元"
    assert [(i["level3"], i["target_raw"], i["note"]) for i in r.tables["indicators"]] == [
        ("编制专项规划数量", "3个", "调整前指标值：4个"), ("规划成果公开率", "100%", "调整前指标值：100%")]
    assert warning_codes(r) == ["no_satisfaction_indicator"]


def test_adjustment_money_rows_under_original_and_adjusted(read):
    """`资金情况（万元） | 原预算数 | 调整后预算数` over `年度资金总额 | 360 | 300`, `其中：财政拨款 | 360 | 300`: the year's
    budget the adjusted 300, 360 the initial (main: budget_year and budget_fiscal 360, the original taken for the
    year's, 300 lost)."""
    r = read("ct_s39_sc_adjust_money_rows.txt")
    p = only_project(r)
    assert (p["budget_initial"], p["budget_year"], p["budget_fiscal"]) == (360 * W, 300 * W, 300 * W)
    assert budget_lines(r) == [(None, "财政拨款", 300 * W, "source")]
    assert [(i["level3"], i["target_raw"]) for i in r.tables["indicators"]] == [("接入基层医疗机构数量", "16家")]


def test_score_with_its_reason_after_it(read):
    """`扣2分，2条信息内容不实`, `扣3分；全年采用2条`, `满分：制度健全` under 评分 (beside 评分标准): the score (8, 7, the
    points 10) and the reason its score_note (main: score None on items 2-4, the cells only in an unplaced_cell
    warning)."""
    r = read("ct_s39_sc_score_with_reason.txt")
    assert _items(r, "item_no", "points", "score", "score_note") == [
        (1, 20.0, 18.0, None), (2, 10.0, 8.0, "2条信息内容不实"), (3, 10.0, 7.0, "全年采用2条"), (4, 10.0, 10.0, "制度健全")]
    assert [a["requirement"] for a in r.tables["assessment_items"]][2] == "全年被采用不少于5条，每少1条扣1分"
    assert warning_codes(r) == []

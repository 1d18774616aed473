"""Hunt s41 sx: a filled 考核评分表's column of the points taken off each item (`扣分`, `扣分情况`,
`扣分原因及分值`). Each expectation was written by hand from the form before running jixiao.

A 扣分 column states the points lost: the score is the item's points less them (as a 评分表's `分值 | 扣分`,
read_score_table), the reason written with them (or in a 扣分原因 column) score_note; a penalty item's deduction is its
score, negative; `0` / `无` is nothing taken off (the points); an empty cell states nothing (null). Beside a 得分 column
the 得分 is the score and the 扣分原因及分值 cell a note on it."""
from __future__ import annotations

from tests.hunt_tools import warning_codes


def items(r):
    return [(x["item_no"], x["content"], x["points"], x["score"], x["score_note"], x["requirement"])
            for x in r.tables["assessment_items"]]


def test_deduction_column_with_reason_column(read):
    """`分值 | 扣分 | 扣分原因`. Main: every score None, 扣分 ignored, 扣分原因 read as the rule (requirement, and
    carried down to item 2: `少公开2项` on 重大行政决策事项公开)."""
    r = read("ct_s41_sx_deduction_column.txt")
    assert items(r) == [
        (1, "按规定公开财政预决算信息", 20.0, 16.0, "少公开2项", None),
        (2, "重大行政决策事项公开", 15.0, 15.0, None, None),      # `0`: nothing taken off
        (3, "按时答复依申请公开事项", 15.0, 13.5, "迟报3天", None),
        (4, "重要政策文件同步解读", 10.0, None, None, None),      # an empty cell states no score
        (5, "政府网站栏目建设", 20.0, 18.0, "栏目更新不及时", None),  # full-width `２`
    ]


def test_deduction_situation_reason_first(read):
    """`评分标准 | 扣分情况`, the deductions written reason first (`少签订2个村责任书扣4分`), terse (`扣2分`), or `无`.
    Main: every score None, the column dropped with no warning."""
    r = read("ct_s41_sx_deduction_cells.txt")
    assert items(r) == [
        (1, "安全生产责任制落实", 15.0, 11.0, "少签订2个村责任书", "未签订责任书的，每少一个村扣2分"),
        (2, "隐患排查治理", 20.0, 18.0, None, "发现未整改隐患的，每处扣2分"),
        (3, "应急演练", 10.0, 10.0, None, "未开展应急演练的不得分"),    # `无`
        (4, "宣传培训", 10.0, 9.0, "未按时报送培训台账", "未开展安全培训的扣5分"),
        (5, "信息报送", 5.0, None, None, "迟报一次扣1分"),
    ]
    assert "unplaced_cell" not in warning_codes(r)


def test_reason_and_points_beside_score(read):
    """`扣分原因及分值 | 得分`: 得分 the score, the deduction's cell its note as written. Main: the scores right,
    the 扣分原因及分值 column lost (score_note None)."""
    r = read("ct_s41_sx_reason_and_points_col.txt")
    assert items(r) == [
        (1, "建立健全村级财务管理制度并上墙公示", 10.0, 9.0, "制度未上墙，扣1分", None),
        (2, "会计核算规范、账目清晰、日清月结", 20.0, 20.0, None, None),
        (3, "村级资金使用审批手续完备", 20.0, 16.0, "2笔支出无审批单，扣4分", None),
        (4, "按季度公开村级财务收支", 10.0, 7.5, "第三季度未公开扣2.5分", None),
    ]


def test_deduction_xlsx_merged_sections_penalty(read):
    """Excel, 考核项目 merged down, `扣分 | 扣分原因`, a 扣分项 row deducting 5 (its score -5). Main: no score, the
    reasons read as rules (requirement; item 2 given item 1's)."""
    r = read("ct_s41_sx_deduction_merged.xlsx")
    got = [(x["section"], x["kind"], x["score"], x["score_note"], x["requirement"]) for x in r.tables["assessment_items"]]
    assert got == [
        ("基础工作", "base", 27.0, "视频监控接入率未达标", None),
        ("基础工作", "base", 30.0, None, None),
        ("重点工作", "base", 35.0, "2名社区矫正对象脱管", None),
        ("重点工作", "base", 18.0, "周边摊点整治不彻底", None),
        ("扣分项", "penalty", -5.0, "发生命案1起", None),
    ]


def test_deduction_column_of_rules_stays_rules():
    """A 扣分 column whose cells are rules (`每少1项扣1分`), no deductions given, is no column of points taken off."""
    from parsers.tables import _deduction
    assert _deduction("每少1项扣1分") is None
    assert _deduction("少于3次扣2分") is None
    assert _deduction("4") == ("4", None)
    assert _deduction("无") == ("0", None)
    assert _deduction("扣2分，未按时报送") == ("2", "未按时报送")
    assert _deduction("/") is None


# ---- money: a fund's `其中：` parts, a source that is also budget_other's field

W = 10000.0


def test_fund_income_parts_kept_with_their_totals(read):
    """社会保险基金 form: income and spending with `其中：` parts on rows of their own. Main: `其中：单位缴费收入 |
    31,200.00` and `其中：基本养老金支出 | 53,100.00` dropped (only in a warning's text), the parts after them kept.
    (Hunt s42 nf: the parts are budget lines of the fund's figure they are part of, income parts source, spending
    parts use, as the lead asked; this test kept them in other_fields before. The fund's own figures stay there.)"""
    from tests.hunt_tools import budget_lines, only_project, other_fields
    r = read("ct_s41_sx_fund_income_parts.txt")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"]) == (
        "机关事业单位基本养老保险基金", "XX市人力资源和社会保障局", "XX市社会保险事业中心")
    assert p["budget_total"] is None
    assert budget_lines(r) == [
        ("本年收入合计", "单位缴费收入", 31200 * W, "source"), ("本年收入合计", "个人缴费收入", 12400 * W, "source"),
        ("本年收入合计", "财政补贴收入", 13200 * W, "source"), ("本年支出合计", "基本养老金支出", 53100 * W, "use"),
        ("本年支出合计", "丧葬抚恤补助支出", 1200 * W, "use")]
    assert other_fields(p) == {"本年收入合计": "56,800.00", "本年支出合计": "54,300.00", "年末滚存结余": "18,650.00"}
    assert len(r.tables["indicators"]) == 3


def test_nw_fund_parts_kept(read):
    """Hunt nw's fund form (`本年收入 | 21,386.00 | 其中：个人缴费收入 | 3,120.00` on one row): the part kept too.
    Main: 个人缴费收入 and 基础养老金支出 missing from other_fields. (Hunt s42 nf: kept as budget lines now.)"""
    from tests.hunt_tools import budget_lines
    lines = {n: (g, a) for g, n, a, _ in budget_lines(read("ct_s41_nw_social_insurance_fund.txt"))}
    assert (lines["个人缴费收入"], lines["基础养老金支出"], lines["政府补贴收入"]) == (
        ("本年收入", 3120 * W), ("本年支出", 18960 * W), ("本年收入", 17642 * W))


def test_dept_income_other_line_with_field(read):
    """部门整体 form: `收入预算合计 | 1,860.00` over `其中：一般公共预算财政拨款 | 1,520.00`, `政府性基金预算财政拨款 |
    200.00`, `其他收入 | 140.00`, then the spending's uses. The three sources are lines adding up to the total,
    其他收入 budget_other too. Main: 其他收入 the field alone (the lines 1,720 of 1,860)."""
    from tests.hunt_tools import budget_lines, only_project
    r = read("ct_s41_sx_dept_income_spending.txt")
    p = only_project(r)
    assert (p["department"], p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (
        "XX县林业局", 1860 * W, 1720 * W, 140 * W)
    assert budget_lines(r) == [("年度预算情况", "一般公共预算财政拨款", 1520 * W, "source"),
                               ("年度预算情况", "政府性基金预算财政拨款", 200 * W, "source"),
                               ("年度预算情况", "其他收入", 140 * W, "source"),
                               ("支出", "基本支出", 1120 * W, "use"), ("支出", "项目支出", 740 * W, "use")]


def test_self_raised_source_line_with_field(read):
    """`资金来源（万元） | 中央补助资金 | 200.00` / `| 县级配套资金 | 50.00` / `| 单位自筹 | 50.00`: 单位自筹 is a source
    line as the others are, and budget_other. Main: budget_other 50 万 with no line (the lines 250 of 300)."""
    from tests.hunt_tools import budget_lines, only_project
    r = read("ct_s41_sx_self_raised_source.txt")
    p = only_project(r)
    assert (p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (300 * W, 250 * W, 50 * W)
    assert budget_lines(r) == [("资金来源", "中央补助资金", 200 * W, "source"),
                               ("资金来源", "县级配套资金", 50 * W, "source"),
                               ("资金来源", "单位自筹", 50 * W, "source")]

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

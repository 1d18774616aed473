"""Mend md64 (session 66) of review rd68's groups A and C (money).

- group A (parsers/forms.py `_kind_column`, md61): the `资金性质` / `资金类别` column of a table of funds held for the
  whole grid, so every later row of it lost its second cell (`项目资金（万元） | 年度资金总额 | 300` read budget_total,
  the indicators' rows lost their 二级指标). Decided: the column ends at the first row that is none of the funds':
  one with no figure, one whose first cell is a label of a field naming no money, or one holding a field's label in
  the kind's column. Kept: the funds' rows read as lines with their kind as the note, the 合计 row inside the table.
- group C (parsers/forms.py `_money_heads`, rv136): `中央补助资金 | 省级补助资金 | 小计 | 县级配套资金 | 其他资金`: a
  小计 with money heads right of it was read as the block's total (a false fiscal_other_mismatch). Decided: such a
  小计 is a subtotal, neither a line nor the total; the parts are read. Kept: a 小计 (资金小计) as the last head is the
  total, as rv136 has it.
Left: nothing of A and C; rd68's B, D–G are other mends'.

Fixtures ct_s66_md64_* from make_s66_md64.py. Expected readings written by hand before the mend was run."""
from __future__ import annotations

from tests.hunt_tools import budget_lines, only_project, warning_codes


def _level2(r) -> list[str]:
    return [i["level2"] for i in r.tables["indicators"]]


_LEVEL2 = ["数量指标", "质量指标", "社会效益指标", "服务对象满意度指标"]


def test_kind_column_ends_at_the_money_label(read):
    r = read("ct_s66_md64_kind_then_year.txt")
    p = only_project(r)
    assert p["budget_year"] == 3_000_000
    assert p.get("budget_total") is None
    assert p["period_raw"] == "2024年1月至2024年12月"
    assert p["leader"] == "韦建国"


def test_kind_column_lines_keep_their_kind(read):
    r = read("ct_s66_md64_kind_then_year.txt")
    assert budget_lines(r) == [("资金来源", "中央水利发展资金", 1_800_000, "source"),
                               ("资金来源", "自治区水利发展资金", 800_000, "source"),
                               ("资金来源", "县级配套资金", 400_000, "source")]
    assert [b["note"] for b in r.tables["budget_items"]] == ["资金性质：一般公共预算"] * 2 + ["资金性质：政府性基金预算"]


def test_kind_column_spares_the_indicators(read):
    assert _level2(read("ct_s66_md64_kind_then_year.txt")) == _LEVEL2
    assert _level2(read("ct_s66_md64_kind_spelling.txt")) == _LEVEL2


def test_kind_spelling_with_sum_row(read):
    r = read("ct_s66_md64_kind_spelling.txt")
    assert only_project(r)["budget_total"] == 2_000_000
    assert [(b["name"], b["amount"], b["note"]) for b in r.tables["budget_items"]] == [
        ("省级财政补助", 1_500_000, "资金类别：专项转移支付"), ("县级财政资金", 500_000, "资金类别：一般公共预算")]


def test_subtotal_between_sources_is_no_total(read):
    r = read("ct_s66_md64_subtotal_between.txt")
    p = only_project(r)
    assert p.get("budget_total") in (None, 3_600_000)
    assert "fiscal_other_mismatch" not in warning_codes(r)
    names = [b[1] for b in budget_lines(r)]
    assert "小计" not in names
    assert names[:3] == ["中央补助资金", "省级补助资金", "县级配套资金"]
    assert [b[2] for b in budget_lines(r)][:3] == [2_000_000, 1_000_000, 500_000]


def test_subtotal_last_is_the_total(read):
    r = read("ct_s66_md64_subtotal_last.txt")
    assert only_project(r)["budget_total"] == 2_000_000
    assert [b[1:3] for b in budget_lines(r)] == [("中央资金", 1_200_000), ("省级资金", 800_000)]

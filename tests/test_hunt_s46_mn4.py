"""Hunt mn4 (money): a yuan sign typed before a figure under `金额单位：万元` (`¥50.00`: Excel's currency format pasted
as text), a self-evaluation's money matrix with 万元 in every head and the money spent so far as `累计执行数` /
`累计支出` (and amounts spelt `1,234.56万` in its cells), a budget table's numbered classes with sums their items do not
make up (`一、基本支出 | 120` over `人员经费 | 70`, `公用经费 | 40`), `自筹 | 20` on a row of its own under 资金来源, and
money cells spelt as clerks type them (`1.2亿元`, `12 345.00`, `—`). Each reading was written down by hand before
jixiao was run; the comments say what main gave. tests/fixtures/make_s46_mn4.py makes the .xlsx and .docx."""
from __future__ import annotations

from tests.hunt_tools import budget_lines, only_project, warning_codes

WAN = 10_000.0


def _warnings(r, code):
    return [w["message"] for w in r.tables["warnings"] if w["code"] == code]


def test_yuan_sign_below_one_declared_unit_is_in_it(read):
    # `金额单位：万元` over `项目总金额 | ¥50.00`, `财政资金 | ¥40.00`, `其他资金 | ¥10.00`: 50 / 40 / 10 万元 (a county's
    # 养老服务站 subsidy of 50 元 is no budget; the sign is the currency format's)
    p = only_project(read("ct_s46_mn4_yen_wan.txt"))
    # (main: 50.0 / 40.0 / 10.0 元)
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (50 * WAN, 40 * WAN, 10 * WAN)


def test_yuan_sign_amounts_parse():
    from normalize.amounts import parse_amount
    assert parse_amount("¥50.00", "万元") == 500_000.0           # (main: 50.0)
    assert parse_amount("￥1,000.00", "万元") == 10_000_000.0    # (main: 1000.0)
    # (as main: a figure of at least one 万元 written in 元 is yuan, the sign's; no declared unit, yuan)
    assert parse_amount("¥1,200,000.00", "万元") == 1_200_000.0
    assert parse_amount("¥50.00") == 50.0
    assert parse_amount("¥50.00", "元") == 50.0
    # (as main, stated beside: the other spellings the hunt's brief lists)
    assert parse_amount("1,234.56万") == 12_345_600.0
    assert parse_amount("1.2亿元", "万元") == 120_000_000.0
    assert parse_amount("12 345.00", "万元") == 123_450_000.0
    assert parse_amount("（50.00）", "万元") == -500_000.0
    assert parse_amount("（50）") is None                       # (a number's mark, as `（1）`)
    assert [parse_amount(x) for x in ("—", "-", "/", "－", "——")] == [None] * 5


def test_self_eval_cumulative_spent_and_wan_suffix_cells(read):
    # 年初预算数（万元） | 全年预算数（万元） | 累计执行数（万元） | 分值 | 执行率 | 得分 over 年度资金总额 `1,234.56万` |
    # `1,234.56万` | `987.65万` | 10 | 80% | 8, 其中：当年财政拨款 1,000.00 / 1,000.00 / 800.00, 上年结转资金 234.56 /
    # 234.56 / 187.65, 其他资金 `/`
    r = read("ct_s46_mn4_self_eval_cumulative.txt")
    p = only_project(r)
    # (main: budget_initial and spent null, budget_fiscal 1,000 元 — `1,234.56万` no number, the matrix lost — and
    # 上年结转资金 an unparsed row, a fiscal_total_gap warning)
    assert (p["budget_initial"], p["budget_year"], p["spent"]) == (1_234.56 * WAN, 1_234.56 * WAN, 987.65 * WAN)
    assert (p["budget_fiscal"], p["execution_rate"]) == (1_000 * WAN, 0.8)
    assert budget_lines(r) == [(None, "当年财政拨款", 1_000 * WAN, "source"), (None, "上年结转资金", 234.56 * WAN, "source")]
    assert not {"unplaced_cell", "unparsed_row", "fiscal_total_gap"} & set(warning_codes(r))


def test_self_eval_wan_heads_cumulative_spent_xlsx(read):
    # the same matrix in Excel: `累计支出（万元）` 256 of 全年预算数 320, the 执行率 typed 90% (256 / 320 is 80%)
    r = read("ct_s46_mn4_self_eval_wan_heads.xlsx")
    p = only_project(r)
    assert (p["form"], p["name"]) == ("self_eval", "农村人居环境整治")
    # (main: spent null — 累计支出 no column — and so no execution_rate_mismatch)
    assert (p["budget_initial"], p["budget_year"], p["spent"]) == (300 * WAN, 320 * WAN, 256 * WAN)
    assert (p["budget_fiscal"], p["execution_rate"]) == (300 * WAN, 0.9)
    [msg] = _warnings(r, "execution_rate_mismatch")
    assert "90.00%" in msg and "80.00%" in msg


def test_self_eval_exec_rate_given_against_computed(read):
    # 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 (项目资金（万元）), 年度资金总额 500 / 520 / 416, 执行率 90%
    # (416 / 520 is 80%), its 其中 rows and a `其他资金 | — | — …` row; and the 累计执行数 form whose 80% is right
    r = read("ct_s46_mn4_self_eval_exec.txt")
    p = only_project(r)
    assert (p["budget_initial"], p["budget_year"], p["spent"], p["execution_rate"]) == (
        500 * WAN, 520 * WAN, 416 * WAN, 0.9)
    assert p["budget_other"] is None                                # (`—` in every cell: none stated)
    assert len(_warnings(r, "execution_rate_mismatch")) == 1
    # (main: the 累计执行数 form's spent null, nothing to check; now 987.65 / 1,234.56 = 80%, as written: quiet)
    c = read("ct_s46_mn4_self_eval_cumulative.txt")
    assert only_project(c)["spent"] == 987.65 * WAN and not _warnings(c, "execution_rate_mismatch")


def test_cumulative_spent_label():
    from parsers.labels import MATRIX_COLUMNS
    from parsers.forms import match_field
    # (main: None / no column)
    assert match_field("累计执行数") == ("spent", None)
    assert match_field("累计支出（万元）")[0] == "spent"
    assert MATRIX_COLUMNS["累计执行数"] == "spent"


def test_class_heading_sums_checked_in_subject_table(read):
    # 预算科目 | 金额（万元） | 测算依据: 一、基本支出 120 over 人员经费 70, 公用经费 40 (110, not 120); 二、项目支出 80 over
    # 设备购置 50, 培训费 30; 合计 200
    r = read("ct_s46_mn4_budget_classes.txt")
    assert budget_lines(r) == [(None, "基本支出", 120 * WAN, "composition"),
                               ("基本支出", "人员经费", 70 * WAN, "composition"),
                               ("基本支出", "公用经费", 40 * WAN, "composition"),
                               (None, "项目支出", 80 * WAN, "composition"),
                               ("项目支出", "设备购置", 50 * WAN, "composition"),
                               ("项目支出", "培训费", 30 * WAN, "composition")]
    # (main: no groups, the six lines summed as 390 against the total 200 — a budget_sum_mismatch of 1,900,000 — and
    # 基本支出's 120 over its 110 not told)
    [msg] = _warnings(r, "budget_sum_mismatch")
    assert "under 基本支出" in msg and "1,100,000" in msg and "1,200,000" in msg


def test_class_heading_sums_checked_in_numbered_table(read):
    # 序号 | 支出内容 | 金额（万元）: 一 基本支出 120 over 1 人员经费 70, 2 公用经费 40; 二 项目支出 80 over 1 设备购置 50,
    # 2 培训费 30 (its sum: the class is their group, no line of its own, as main)
    r = read("ct_s46_mn4_budget_classes_seq.txt")
    assert budget_lines(r) == [(None, "基本支出", 120 * WAN, "composition"),
                               ("基本支出", "人员经费", 70 * WAN, "composition"),
                               ("基本支出", "公用经费", 40 * WAN, "composition"),
                               ("项目支出", "设备购置", 50 * WAN, "composition"),
                               ("项目支出", "培训费", 30 * WAN, "composition")]
    # (main: 人员经费 / 公用经费 of no group, summed beside 基本支出: 310 against 200, the class's 120 over 110 not told)
    [msg] = _warnings(r, "budget_sum_mismatch")
    assert "under 基本支出" in msg and "1,100,000" in msg


def test_self_raised_row_is_the_other_money(read):
    # 资金来源 over `财政拨款 | 180` and `自筹 | 20` (金额单位：万元), 项目总金额 200
    r = read("ct_s46_mn4_source_rows.txt")
    p = only_project(r)
    # (main: budget_other null, 自筹 a source line beside the budget_fiscal field)
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (200 * WAN, 180 * WAN, 20 * WAN)
    assert "fiscal_other_mismatch" not in warning_codes(r)


def test_money_spellings_docx(read):
    # 金额单位：万元: 项目总金额 `1.2亿元`, 本年度预算 `1,234.56万`, 其中：财政资金 `¥1,000.00` (1,000 万元), 其他资金（元）
    # `2 345 600.00`, 上年结转资金 `—`
    r = read("ct_s46_mn4_spellings.docx")
    p = only_project(r)
    assert (p["budget_total"], p["budget_year"]) == (12_000 * WAN, 1_234.56 * WAN)
    # (main: budget_fiscal 1,000 元 and a fiscal_other_mismatch warning)
    assert (p["budget_fiscal"], p["budget_other"]) == (1_000 * WAN, 234.56 * WAN)
    assert not warning_codes(r)

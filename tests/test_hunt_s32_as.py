"""Hunt AS (research / university / health grant forms): budgets by 科目 with a column per funding source, 直接费用 /
间接费用 over their parts, a caption line glued to the rows around it, the labels of research and university forms.
Inputs: tests/fixtures/review/ct_s32_as_*.txt."""
from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from jixiao.pipeline import process_file

REVIEW = Path(__file__).resolve().parent / "fixtures" / "review"


def _run(name):
    res = process_file(str(REVIEW / f"ct_s32_as_{name}.txt"))
    assert res.document["status"] != "failed"
    return res


def _project(res, k=0):
    return res.tables["projects"][k]


def _lines(res, kind=None):
    return [(b["group"], b["name"], b["amount"], b["kind"]) for b in res.tables["budget_items"]
            if kind is None or b["kind"] == kind]


def _notes(res):
    return {b["name"]: b["note"] for b in res.tables["budget_items"] if b["kind"] == "composition"}


def _codes(res):
    return [(w["code"], w["message"]) for w in res.tables["warnings"]]


def _money(p):
    return {k: p[k] for k in ("budget_total", "budget_year", "budget_fiscal", "budget_other", "spent")}


# ---------------------------------------------------------------- 1. source columns of a 科目 table

def test_source_columns_give_the_total_and_the_split_not_the_first_column():
    """`科目 | 市财政科技经费 | 自筹经费` with `合计 | 100 | 200`: budget_total was 1,000,000 (the first column) and
    each line kept its first column only; the total is the sum, each source column its part."""
    res = _run("source_columns")
    assert _money(_project(res)) == {"budget_total": 3_000_000.0, "budget_year": None, "budget_fiscal": 1_000_000.0,
                                     "budget_other": 2_000_000.0, "spent": None}
    assert _lines(res) == [
        (None, "直接费用", 2_700_000.0, "composition"), (None, "间接费用", 300_000.0, "composition"),
        (None, "市财政科技经费", 1_000_000.0, "source"), (None, "自筹经费", 2_000_000.0, "source")]
    assert _notes(res) == {"直接费用": "市财政科技经费：90万元；自筹经费：180万元",
                           "间接费用": "市财政科技经费：10万元；自筹经费：20万元"}
    assert not [c for c, _ in _codes(res) if c in ("unparsed_row", "budget_sum_mismatch", "fiscal_other_mismatch")]


def test_qizhong_source_columns_beside_the_amount_column():
    """`预算科目 | 预算数 | 其中：财政资金 | 其中：自筹资金`: the （一）直接费用 row was read as the project's money
    (budget_year = budget_fiscal = 850,000, a budget_year the form never states) and its amount taken from the last
    column (0.0). The 预算数 column is each line's amount, the 合计 row the project's total and split."""
    res = _run("qizhong_columns")
    assert _money(_project(res)) == {"budget_total": 1_000_000.0, "budget_year": None, "budget_fiscal": 1_000_000.0,
                                     "budget_other": 0.0, "spent": None}
    assert _lines(res, "composition") == [(None, "直接费用", 850_000.0, "composition"),
                                          (None, "间接费用", 150_000.0, "composition")]
    assert _lines(res, "source") == [(None, "财政资金", 1_000_000.0, "source"), (None, "自筹资金", 0.0, "source")]


def test_colon_head_and_qizhong_numbered_parts():
    """The NSFC-style form: `项目批准号：` / `依托单位：` / `执行期限：` (lost silently), and `其中：1.设备费` /
    `2.业务费` / `3.劳务费` under （一）直接费用 (parts of it, not lines beside it)."""
    res = _run("colon_head_qizhong")
    p = _project(res)
    assert (p["project_code"], p["unit"], p["leader"], p["start_date"], p["end_date"]) == (
        "L242011", "首都医科大学宣武医院", "郑洁", datetime.date(2024, 1, 1), datetime.date(2026, 12, 31))
    assert _money(p) == {"budget_total": 1_000_000.0, "budget_year": None, "budget_fiscal": 1_000_000.0,
                         "budget_other": 0.0, "spent": None}
    assert _lines(res, "composition") == [
        (None, "直接费用", 850_000.0, "composition"), ("直接费用", "设备费", 0.0, "composition"),
        ("直接费用", "业务费", 600_000.0, "composition"), ("直接费用", "劳务费", 250_000.0, "composition"),
        (None, "间接费用", 150_000.0, "composition")]
    assert not [c for c, _ in _codes(res) if c in ("budget_sum_mismatch", "unparsed_row")]


def test_seq_column_wrapped_name_and_a_performance_part_of_the_indirect_costs():
    """`序号 | 预算科目名称 | 合计 | 市科技资助 | 自筹` (深圳): the 12 lines summed to 19,600,000 against a total of
    10,000,000 (直接费用 beside its parts, 绩效支出 beside 间接费用), the split was dropped, and the name wrapped onto the
    next line was cut to `权事务费`."""
    res = _run("seq_wrap_performance_part")
    p = _project(res)
    assert _money(p) == {"budget_total": 10_000_000.0, "budget_year": None, "budget_fiscal": 5_000_000.0,
                         "budget_other": 5_000_000.0, "spent": None}
    comp = _lines(res, "composition")
    assert comp[0] == (None, "直接费用", 9_200_000.0, "composition")
    assert comp[6] == ("直接费用", "出版/文献/信息传播/知识产权事务费", 100_000.0, "composition")
    assert [x[:2] for x in comp[1:10]] == [("直接费用", n) for n in (
        "设备费", "材料费", "测试化验加工费", "燃料动力费", "差旅费/会议费/国际合作与交流费",
        "出版/文献/信息传播/知识产权事务费", "劳务费", "专家咨询费", "其他支出")]
    assert comp[10:] == [(None, "间接费用", 800_000.0, "composition"), ("间接费用", "绩效支出", 400_000.0, "composition")]
    assert _lines(res, "source") == [(None, "市科技资助", 5_000_000.0, "source"), (None, "自筹", 5_000_000.0, "source")]
    assert not [c for c, _ in _codes(res) if c in ("budget_sum_mismatch", "unparsed_row", "fiscal_other_mismatch")]


# ---------------------------------------------------------------- 2. a caption line glued to the rows around it

def test_caption_line_between_rows_is_no_piece_of_a_cell():
    """`起止年限 | 2020年1月1日至2021年12月31日` / `课题经费预算（单位：万元）` / `科目 | 预算数` / `直接费用 | 40.0`
    were glued into one row of the block's width (a line named `预算数直接费用`, the head lost); each is its own row:
    the 课题 head, the period, the budget and its lines are read, and the parts of 直接费用 (38) that do not add up to
    it (40) are reported."""
    res = _run("caption_line_glued")
    p = _project(res)
    assert (p["name"], p["unit"], p["leader"], p["start_date"], p["end_date"]) == (
        "寒地黑土区玉米秸秆还田腐熟菌剂研制", "东北农业大学", "赵振宇", datetime.date(2020, 1, 1),
        datetime.date(2021, 12, 31))
    assert _money(p) == {"budget_total": 450_000.0, "budget_year": None, "budget_fiscal": None,
                         "budget_other": None, "spent": None}
    assert _lines(res) == [(None, "直接费用", 400_000.0, "composition")] + [
        ("直接费用", n, a, "composition") for n, a in (("材料费", 180_000.0), ("测试化验加工费", 60_000.0),
                                                    ("差旅费", 40_000.0), ("会议费", 20_000.0), ("劳务费", 60_000.0),
                                                    ("专家咨询费", 20_000.0))] + [(None, "间接费用", 50_000.0, "composition")]
    mism = [m for c, m in _codes(res) if c == "budget_sum_mismatch"]
    assert mism == ["budget lines under 直接费用 sum to 380,000 元 but 直接费用 is 400,000 元 (difference -20,000); "
                    "6 lines, lines 11–16"]
    assert not [c for c, _ in _codes(res) if c in ("unparsed_row", "unplaced_cell")]


# ---------------------------------------------------------------- 3. 科目 lines are a breakdown; subtotals

def test_subject_lines_are_composition_and_their_parts_are_checked():
    """`经费预算（万元） | 科目 | 金额`: the lines were kind `source` (never checked); they are what the money is spent
    on, the parts of 直接费用 grouped under it: 直接费用 + 间接费用 make the total, and parts of 80 under a 直接费用
    of 85 are reported."""
    res = _run("subject_parts_short")
    assert _lines(res) == [(None, "直接费用", 850_000.0, "composition"), ("直接费用", "设备费", 200_000.0, "composition"),
                           ("直接费用", "业务费", 400_000.0, "composition"), ("直接费用", "劳务费", 200_000.0, "composition"),
                           (None, "间接费用", 150_000.0, "composition")]
    assert [m for c, m in _codes(res) if c == "budget_sum_mismatch"] == [
        "budget lines under 直接费用 sum to 800,000 元 but 直接费用 is 850,000 元 (difference -50,000); 3 lines, lines 7–9"]
    assert "unparsed_row" not in [c for c, _ in _codes(res)]


def test_unnumbered_subtotal_in_a_composition_table_is_not_counted_twice():
    """`项目当年投入资金构成 | 子项目名称 | 金额`: 直接费用 85 and its parts 20 + 45 + 20 beside it summed to 185 against
    a total of 100 (a false budget_sum_mismatch); the parts are grouped under it and nothing is reported."""
    res = _run("subtotal_unnumbered")
    assert _lines(res) == [(None, "直接费用", 850_000.0, "composition"), ("直接费用", "设备费", 200_000.0, "composition"),
                           ("直接费用", "业务费", 450_000.0, "composition"), ("直接费用", "劳务费", 200_000.0, "composition"),
                           (None, "间接费用", 150_000.0, "composition")]
    assert "budget_sum_mismatch" not in [c for c, _ in _codes(res)]


# ---------------------------------------------------------------- 4. 经费预算总额 as the first row

def test_budget_total_as_the_first_row_of_a_subject_table():
    """`经费预算 | 科目 | 金额` over `经费预算总额 | 60`, `（一）直接费用 | 52`, `（二）间接费用 | 8`: all dropped
    (unparsed rows); the total and the two lines are read."""
    res = _run("budget_total_first_row")
    assert _money(_project(res))["budget_total"] == 600_000.0
    assert _lines(res) == [(None, "直接费用", 520_000.0, "composition"), (None, "间接费用", 80_000.0, "composition")]
    assert not [c for c, _ in _codes(res) if c in ("unparsed_row", "budget_sum_mismatch")]


# ---------------------------------------------------------------- 5. labels

@pytest.mark.parametrize("name", ["period_qizhinianxian", "period_xiangmushishiqixian"])
def test_period_labels_of_research_forms(name):
    res = _run(name)
    p = _project(res)
    assert (p["name"], p["start_date"], p["end_date"]) == ("马铃薯种薯繁育研究", datetime.date(2021, 1, 1),
                                                           datetime.date(2023, 12, 31))
    assert res.document["status"] == "ok" and not _codes(res)


def test_keti_labels_name_unit_leader():
    res = _run("keti_head")
    p = _project(res)
    assert (p["name"], p["unit"], p["leader"]) == ("秸秆还田腐熟菌剂研制", "东北农业大学", "赵振宇")
    assert "unparsed_row" not in [c for c, _ in _codes(res)]


def test_a_nameless_keti_form_is_as_a_nameless_project_form(tmp_path):
    """Without its 课题名称 row a 课题 form reads as a 项目 form without its 项目名称 does (no name, the same warnings)."""
    text = (REVIEW / "ct_s32_as_keti_head.txt").read_text(encoding="utf-8")
    keti = tmp_path / "keti.txt"
    keti.write_text("\n".join(ln for ln in text.splitlines() if not ln.startswith("课题名称")), encoding="utf-8")
    proj = tmp_path / "proj.txt"
    proj.write_text(keti.read_text(encoding="utf-8").replace("课题承担单位", "承担单位").replace("课题负责人", "项目负责人"),
                    encoding="utf-8")
    a, b = process_file(str(keti)), process_file(str(proj))
    pa, pb = _project(a), _project(b)
    assert pa["name"] is None and (pa["unit"], pa["leader"]) == ("东北农业大学", "赵振宇") == (pb["unit"], pb["leader"])
    assert a.document["status"] == b.document["status"]
    assert sorted(c for c, _ in _codes(a)) == sorted(c for c, _ in _codes(b))


def test_school_name_and_host_unit_labels():
    """学校名称 (a university's form) and 依托单位 name the unit (both were lost, 学校名称 reported as unplaced)."""
    res = _run("school_unit")
    p = _project(res)
    assert p["unit"] in ("北京林业大学林学院", "北京林业大学")
    assert not [c for c, _ in _codes(res) if c in ("unparsed_row", "unplaced_cell")]


# ---------------------------------------------------------------- 6. an execution table by 科目

def test_selfeval_subject_table_keeps_what_was_spent():
    """`预算科目 | 预算数 | 实际支出 | 执行率`: the 实际支出 column was lost (per line and the 合计's 191 万元)."""
    res = _run("selfeval_subjects")
    p = _project(res)
    assert _money(p) == {"budget_total": None, "budget_year": 2_000_000.0, "budget_fiscal": None,
                         "budget_other": None, "spent": 1_910_000.0}
    assert p["execution_rate"] == pytest.approx(0.955)
    assert _lines(res) == [(None, "直接费用", 1_800_000.0, "composition"), (None, "间接费用", 200_000.0, "composition")]
    assert _notes(res) == {"直接费用": "实际支出：171万元；执行率：95%", "间接费用": "实际支出：20万元；执行率：100%"}


# ---------------------------------------------------------------- 7. a wrapped 科目 name

def test_wrapped_subject_name_is_joined_and_in_the_totals_unit():
    """`出版/文献/信息传播/知识产` over `权事务费 | 10` under `预算科目名称 | 金额` (no unit of its own, under
    `项目总预算（万元） | 40`): one line of the whole name, in 万元 as the total it adds up to."""
    res = _run("wrapped_subject")
    assert _lines(res) == [(None, "设备费", 300_000.0, "composition"),
                           (None, "出版/文献/信息传播/知识产权事务费", 100_000.0, "composition")]
    assert not [c for c, _ in _codes(res) if c in ("unparsed_row", "budget_sum_mismatch")]


def test_numbered_headings_without_figures_group_the_lines_under_them():
    """`预算科目 | 金额(万元) | 测算依据` with `一、直接费用` / `二、间接费用` on rows of their own, no figures
    (ar_r2_research_budget_direct_indirect.txt): each line's name was lost (`unplaced_cell`, name null); the lines keep
    their names, their 测算依据 as the note, and the heading above them as their group."""
    res = process_file(str(REVIEW / "ar_r2_research_budget_direct_indirect.txt"))
    assert [(b["group"], b["name"], b["amount"], b["kind"], b["note"]) for b in res.tables["budget_items"]] == [
        ("直接费用", "设备费", 120_000.0, "composition", "购置冷藏设备"),
        ("直接费用", "材料费", 150_000.0, "composition", "保鲜剂、包装材料"),
        ("直接费用", "测试化验加工费", 80_000.0, "composition", "品质检测"),
        ("直接费用", "差旅费/会议费/国际合作与交流费", 50_000.0, "composition", None),
        ("直接费用", "劳务费", 60_000.0, "composition", "研究生劳务"),
        ("间接费用", "管理费及绩效支出", 40_000.0, "composition", None)]
    assert not [c for c, _ in _codes(res) if c in ("unplaced_cell", "unparsed_row", "budget_sum_mismatch")]
    assert res.document["status"] == "ok"

"""Hunt ax (s40): assessment and monitoring leftovers of hunt ap, review dr and review rb — a filled 评分 column of
`满分` and reason-first deductions, a table of no 序号 / 考核项目 column, a 一票否决 row of no 分值, an item's own
number written 01 / ０１, a figure a time under a section's cap, a monitoring form's `全年目标` head, the unread score's
one normalization. Each fixture's reading was written down by hand before the run; what main gave is in each test."""
from __future__ import annotations

import pytest

import normalize.records as N
from jixiao.pipeline import process_file
from tests.conftest import REVIEW
from tests.hunt_tools import warning_codes


def _col(r, key):
    return [a[key] for a in r.tables["assessment_items"]]


def _items(r, *keys):
    return [tuple(a[k] for k in keys) for a in r.tables["assessment_items"]]


# ---------------------------------------------------------------- review dr finding 1
def test_filled_score_column_of_full_marks_and_reasons_first(read):
    """`评分` over `满分`, `未按规定使用票据扣3分`, `满分`, `新增债务的扣2分` (a 村级财务 考核评分表): scores given, the
    reason before a deduction its note. Main read the column as the rules: requirement `满分` / `未按规定…扣3分`, every
    score None, no warning."""
    r = read("ct_s40_ax_score_words.txt")
    assert _items(r, "item_no", "content", "points") == [
        (1, "财务收支按月公开", 15.0), (2, "票据使用规范", 15.0), (3, "集体资产登记造册", 10.0), (4, "无新增村级债务", 10.0)]
    assert _col(r, "score") == [15.0, 12.0, 10.0, 8.0]
    assert _col(r, "score_note") == [None, "未按规定使用票据", None, "新增债务"]
    assert _col(r, "requirement") == [None] * 4
    assert r.tables["warnings"] == [] and r.document["status"] == "ok"


def test_terse_rules_beside_rules_stay_rules(read):
    """The guard of hunt ap: `评分` over two rules and `扣10分` / `不得分` is still the rule column."""
    r = read("ct_s40_ap_terse_rules_score_head.txt")
    assert _col(r, "requirement")[2:] == ["扣10分", "不得分"] and _col(r, "score") == [None] * 4


# ---------------------------------------------------------------- review dr finding 4
def test_own_number_compared_as_a_number():
    # main compared the text: `04` != `4`, `４` != `4` (main has no _same_number: the import fails there)
    from parsers.tables import _own_number, _same_number
    assert _same_number(_own_number({"seq": "04", "content": "x"}), "4")
    assert _same_number("４", "4") and not _same_number("5", "4") and not _same_number(None, "4")


def test_items_numbered_01_with_their_number_written_again(read):
    """`01.支部建设 | （1）…`, `02.党员教育 | （2）…`, `03.集体经济 | （3）…`: each `（N）` the item's own number written
    again, no part, kept in the text. Main: items 1 and 2 part_no 1 and 2 (the next item taken for a part of the one
    above: both have no 序号 cell), `（1）` / `（2）` out of the text; item 3 part_no 3 (`03` != `3` as text)."""
    r = read("ct_s40_ax_padded_numbers.txt")
    assert _items(r, "item_no", "part_no", "content") == [
        (1, None, "支部建设：（1）按期召开支部委员会。"), (2, None, "党员教育：（2）党员年度学习不少于12学时。"),
        (3, None, "集体经济：（3）村集体经济收入较上年增长。")]
    assert _col(r, "section") == ["组织建设"] * 2 + ["经济发展"]
    assert _col(r, "assessor") == [["乡党建办"], ["乡党建办"], ["乡经发办"]]
    assert r.tables["warnings"] == []


# ---------------------------------------------------------------- review rb leftovers
def test_self_scored_table_of_no_item_column(read):
    """`考核内容 | 分值 | 评分标准 | 评分`, no 序号 / 考核项目 column, no section row: each row an item (main: nothing
    read, 4 unparsed_row warnings, the file partial); the 合计 row no item."""
    r = read("ct_s40_ax_content_scored.txt")
    assert _items(r, "content", "points", "score") == [
        ("农村人居环境整治达标", 20.0, 20.0), ("高标准农田建设任务完成", 30.0, 27.0),
        ("村集体经济收入增长5%以上", 30.0, 25.0), ("驻村帮扶工作到位", 20.0, 18.0)]
    assert _col(r, "requirement") == ["未达标的不得分", "每少完成1个百分点扣1分", "增长低于5%的扣5分", "未到位的每项扣2分"]
    assert _col(r, "kind") == ["base"] * 4
    assert r.tables["warnings"] == [] and r.document["status"] == "ok"


@pytest.mark.parametrize("name, content", [("ct_s40_ax_veto_terse.txt", "发生重大森林火灾"),
                                           ("ct_s40_rb_rule_column_terse.txt", "发生涉河违法建设")])
def test_veto_row_of_no_points_with_a_terse_rule(read, name, content):
    """`一票否决 | 发生… | | 扣10分` under items of 考核项目 | 考核内容 | 分值 | 评分 (rules): a veto item, no points
    (main: an unparsed_row warning, the row lost, the file partial)."""
    r = read(name)
    last = r.tables["assessment_items"][-1]
    assert (last["section"], last["content"], last["kind"], last["points"], last["requirement"], last["cap"]) == (
        "一票否决", content, "veto", None, "扣10分", None)
    assert _col(r, "kind")[:3] == ["base"] * 3
    assert r.tables["warnings"] == [] and r.document["status"] == "ok"


# ---------------------------------------------------------------- hunt ap leftover: a figure a time under a cap
def test_figure_a_time_is_the_points_under_a_section_cap(read):
    """加分项（最高加6分） over `3 | 每次加1.5分`, 扣分项（最高扣10分） over `-5 | 每次扣2.5分`: the figure a time the points,
    the 分值 the item's own (tighter) cap, as docs/SCHEMA.md says (main: points 3.0 / -5.0, caps 6 / 10, the figure a
    time nowhere)."""
    r = read("ct_s40_ax_caps_per_time.txt")
    assert _items(r, "item_no", "kind", "points", "cap") == [
        (1, "base", 45.0, None), (2, "base", 45.0, None), (3, "bonus", 1.5, 3.0), (4, "bonus", 2.0, 6.0),
        (5, "penalty", 2.5, 5.0)]
    # (item 4, `2 | 获表彰的加2分`, no figure a time: its 分值 its points under the section's cap, as on main)
    assert _col(r, "section")[2:] == ["加分项（最高加6分）"] * 2 + ["扣分项（最高扣10分）"]
    assert r.tables["warnings"] == []


def test_a_points_cell_stating_the_cap_with_a_figure_a_time(read):
    """A guard: `最多加3分 | 每次加1分` (ct_s40_ap_street_veto_wrapped): points 1, cap 3, as on main."""
    r = read("ct_s40_ap_street_veto_wrapped.txt")
    assert _items(r, "item_no", "points", "cap")[2] == (3, 1.0, 3.0)


# ---------------------------------------------------------------- hunt ap leftover: one normalization
def test_unread_score_items_normalized_once(read, monkeypatch):
    """`满分` in a score column (no figure by itself: read_assessment_table asks normalize whether the item's kind and
    points give one) — each item normalized once (main: those twice, 6 calls for 4 items), the same records."""
    calls = []
    orig = N._normalize_assessment_item
    monkeypatch.setattr(N, "_normalize_assessment_item", lambda rec: calls.append(1) or orig(rec))
    r = process_file(str(REVIEW / "ct_s40_ax_score_words.txt"))
    assert len(calls) == len(r.tables["assessment_items"]) == 4
    assert _col(r, "score") == [15.0, 12.0, 10.0, 8.0]


def test_a_row_changed_after_its_reading_is_read_again():
    rec = {"content": "财务公开", "points": "10", "score": "满分", "section": None}
    first = N.normalize_assessment_item(rec, remember=True)
    assert first["score"] == 10.0
    rec["points"] = "15"
    assert N.normalize_assessment_item(rec)["score"] == 15.0


# ---------------------------------------------------------------- a monitoring form's goal head
def test_monitor_goal_under_a_full_year_head(read):
    """`年度总体目标 | 全年目标 | 1-6月实际完成情况` over the two texts (a 绩效运行监控表): the goal and what was done
    (main: goal_annual `全年目标`, the texts an unparsed_row warning, the file partial)."""
    r = read("ct_s40_ax_monitor_goal_head.txt")
    p = r.tables["projects"][0]
    assert p["goal_annual"] == "完成县乡道养护里程420公里，路况优良率达到80%。"
    assert p["goal_actual"] == "已完成养护里程200公里。"
    assert p["budget_initial"] == 3000000.0
    assert [(i["level3"], i["op"], i["value"], i["unit"], i["progress_raw"]) for i in r.tables["indicators"]] == [
        ("养护里程", ">=", 420.0, "公里", "200公里"), ("路况优良率", ">=", 80.0, "%", "78%")]
    assert "unparsed_row" not in warning_codes(r)


def test_monitor_goal_of_hunt_dt(read):
    r = read("ct_s40_dt_monitor_initial_only.txt")
    p = r.tables["projects"][0]
    assert (p["goal_annual"], p["goal_actual"]) == ("完成城乡居民医保参保补助发放。", "已完成上半年补助发放。")
    assert "unparsed_row" not in warning_codes(r)


# ---------------------------------------------------------------- hunt ap leftover: an adjustment's amount
@pytest.mark.parametrize("name, note", [
    ("ct_s40_ax_adjust_cut.txt", "部分工程纳入专项债券项目实施，调减财政资金150万元。调减金额：150万元"),
    ("ct_s39_sc_adjust_money_before.txt", "市级财力调整，压减规划编制经费80万元。调整金额：-80万元")])
def test_adjustment_amount_kept_in_other_notes(read, name, note):
    """`资金情况（万元） | 调整前预算数 | 调整后预算数 | 调减金额` over `| 800 | 650 | 150`: the figure the form states kept
    as written in other_notes after the 调整原因 (main: other_notes the reason alone, the 150 / -80 lost silently)."""
    r = read(name)
    p = r.tables["projects"][0]
    assert p["other_notes"] == note
    assert "unparsed_row" not in warning_codes(r) and "unplaced_cell" not in warning_codes(r)


def test_adjustment_form_budgets_and_targets(read):
    r = read("ct_s40_ax_adjust_cut.txt")
    p = r.tables["projects"][0]
    assert (p["name"], p["budget_initial"], p["budget_year"]) == ("农村饮水安全巩固提升工程", 8000000.0, 6500000.0)
    assert [(i["level3"], i["op"], i["value"], i["unit"]) for i in r.tables["indicators"]] == [
        ("新建集中供水工程", "=", 10.0, "处"), ("受益人口", ">=", 2.5, "万人"), ("受益群众满意度", ">=", 90.0, "%")]
    assert r.tables["warnings"] == []

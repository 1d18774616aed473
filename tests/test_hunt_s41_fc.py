"""Fix FC: the review of session 41's merges (/tmp/s41/dr/REVIEW.md), findings 3-6, 9-15 in targets, score and
assessment tables, checks and labels. Each fixture's expectations were written by hand before jixiao ran on it; "main"
below is merged main at 58ebfb33."""
import pytest

from tests.hunt_tools import only_project, warning_codes

W = 10000.0


def _items(r):
    return [(a["seq"], a["points"], a["score"], a["score_note"]) for a in r.tables["assessment_items"]]


# --- finding 3: a one-year target's own deadline, in a 2024年目标值 column -------------------------------------------

def test_deadline_in_a_year_column_target_is_checked(read):
    """`2024年目标值 | 2025年目标值`, a project of 2024年1月至2024年6月, `管网改造完成率 | 100%（2024年12月底前） | —`: the
    deadline falls after the project's end. Main gave no finding: the record's target_year (2024, from its column)
    made the qualifier `2024年12月底前` look like split_by_year's label, and the date before `；` was thrown away."""
    r = read("ct_s41_fc_deadline_year_column.txt")
    p = only_project(r)
    assert (p["name"], p["year"], str(p["end_date"])) == ("城区老旧供水管网改造", 2024, "2024-06-30")
    got = [(i["level3"], i["op"], i["value"], i["unit"], i["qualifier"], i["target_year"]) for i in r.tables["indicators"]]
    assert got == [("改造供水管网长度", ">=", 12.0, "公里", None, 2024),
                   ("管网改造完成率", "=", 100.0, "%", "2024年12月底前", 2024),
                   ("管网漏损率", "<=", 12.0, "%", None, 2024), ("管网漏损率", "<=", 10.0, "%", None, 2025),
                   ("居民满意度", ">=", 90.0, "%", None, 2024), ("居民满意度", ">=", 92.0, "%", None, 2025)]
    dl = [w for w in r.tables["warnings"] if w["code"] == "deadline_out_of_period"]
    assert len(dl) == 1 and dl[0]["indicator_seq"] == 2 and "2024-12" in dl[0]["message"]


def test_deadline_check_still_reads_split_by_year_label_alone():
    """The year-split branch stays for split_by_year's own label: `2024年12月底前；2025年10月底前` in a 2025 form read as
    its 2025 part (qualifier `2025年`) is no copy of another year; the one-year qualifier is read whole."""
    from jixiao.checks import ProjectView, check_deadline_period
    from normalize.records import normalize_indicator
    split = normalize_indicator({"level3": "项目完工时间", "target_raw": "2024年12月底前；2025年10月底前"}, 2025)
    assert split["qualifier"] == "2025年" and split["target_year"] == 2025
    assert list(check_deadline_period(ProjectView(project={"year": 2025, "start_date": "2025-01-01"},
                                                  indicators=[split]))) == []
    one = normalize_indicator({"level3": "完成率", "target_raw": "100%（2024年12月底前）", "target_year": 2024}, 2024)
    assert one["qualifier"] == "2024年12月底前"
    got = list(check_deadline_period(ProjectView(project={"year": 2024, "end_date": "2024-06-30"}, indicators=[one])))
    assert [f.code for f in got] == ["deadline_out_of_period"]      # main: []


# --- finding 4 (and 11's _TAIL_UNIT): the unit written once after the last year, its note the last year's ----------

def test_year_targets_last_years_note_stays_its_own(read):
    """`2024年：≥40；2025年：≥30公里（含改造）`: 2024's target ≥40 公里, qualifier `2024年`; main copied 2025's note onto
    it (`2024年；含改造`), and `（较改造前）` likewise. `其他经费 | 600` is the form's budget_other (main: none, a
    fiscal_total_gap)."""
    r = read("ct_s41_fc_year_target_notes.txt")
    p = only_project(r)
    assert (p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (3600 * W, 3000 * W, 600 * W)
    got = [(i["level3"], i["op"], i["value"], i["unit"], i["qualifier"], i["target_text"], i["note"])
           for i in r.tables["indicators"]]
    assert got == [
        ("完成道路提质改造里程", ">=", 40.0, "公里", "2024年", None, "2025年：≥30公里(含改造)"),
        ("新建错车道", ">=", 60.0, "个", "2024年", None, "2025年：≥45个(含扩建)"),
        ("工程验收合格率", "=", 100.0, "%", "2024年", None, "2025年：100%"),
        ("项目完工时间", None, None, None, "2024年", "2024年12月底前", "2025年10月底前"),
        ("沿线群众出行时间缩短", ">=", 10.0, "分钟", "2024年", None, "2025年：≥15分钟(较改造前)"),
        ("沿线群众满意度", ">=", 90.0, "%", None, None, None)]
    assert warning_codes(r) == []


def test_split_by_year_tail_unit():
    from normalize.targets import OWN_UNIT, split_by_year
    t, rest = split_by_year("2024年：≥40；2025年：≥30公里（含改造）", 2024)
    assert (t.op, t.value, t.unit, t.qualifier) == (">=", 40.0, "公里", "2024年")     # main: `2024年；含改造`
    assert rest == "2025年：≥30公里(含改造)"
    t, _ = split_by_year("2024年：≥40；2025年：≥30公里", 2024)
    assert (t.value, t.unit, t.qualifier) == (40.0, "公里", "2024年")
    # (a note in brackets is no unit: OWN_UNIT, shared with the value and table readers, stops at a bracket)
    assert OWN_UNIT.search("≥30公里(含改造)") is None and OWN_UNIT.search("28.8万元").group(1) == "万元"


# --- finding 5: facts in a reason, not conditions -------------------------------------------------------------------

@pytest.mark.parametrize("name", ["ct_s41_fc_deduction_facts.txt"])
def test_deduction_facts_in_a_deduction_column(read, name):
    """`分值 | 扣分`, the 扣分 cells `迟到2次扣1分`, `未达标2项扣2分` (facts: the 到 of 迟到 is no range, 未达标 no
    condition). Main left items 1 and 2 without a score and named them in an unplaced_cell warning."""
    r = read(name)
    assert _items(r) == [(1, 10.0, 9.0, "迟到2次"), (2, 20.0, 18.0, "未达标2项"), (3, 10.0, 10.0, None),
                         (4, 10.0, 7.5, "少开展1次"), (5, 10.0, 9.0, "迟报1天")]
    assert warning_codes(r) == []


def test_deduction_facts_excel(read):
    """The same in an Excel sheet (考核项目 merged down), one cell a rule copied from the standard (`未达到90%扣2分`):
    that one named in the warning, the facts read. Main: no score at all (two cells of five read, so the column was no
    扣分 column) and no warning."""
    r = read("ct_s41_fc_deduction_facts.xlsx")
    assert _items(r) == [(1, 10.0, 9.0, "迟到2次"), (2, 10.0, 10.0, None), (3, 30.0, 27.0, "未达标3项"),
                         (4, 20.0, None, None), (5, 10.0, 9.0, "迟报2天")]
    w = [x for x in r.tables["warnings"] if x["code"] == "unplaced_cell"]
    assert len(w) == 1 and w[0]["message"].endswith("not kept: 4：未达到90%扣2分")


def test_reason_rule_words():
    from parsers.tables import _reason_score
    for fact in ("迟到2次扣1分", "未达标2项扣2分", "迟报3天扣1.5分", "少开展1次扣2.5分"):
        assert _reason_score(fact) is not None, fact                     # main: None for the first two
    for rule in ("未达到90%扣2分", "满意度未达90%扣2分", "1-2项扣1分", "1到2项扣1分", "3天至5天扣1分", "少于3次扣2分",
                 "每少1次扣2分"):
        assert _reason_score(rule) is None, rule


# --- finding 6: the 三级 of a four-level score table (rows in tests/test_hunt_s41_nw.py / _ra.py) ---------------------

def test_four_level_score_rows_keep_the_third_level(read):
    r = read("ct_s41_nw_four_level_scores.txt")
    names = [s["level3"] for s in r.tables["scores"]]
    # main: `立项程序规范性` alone; the 三级 立项依据充分性 in no row
    assert names[1] == "立项依据充分性：立项程序规范性"
    assert names[5] == "资金到位率"                  # (三级 and 四级 the same name: written once)


# --- finding 9: party roles ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["ct_s41_fc_party_labels.txt", "ct_s41_fc_party_labels.docx"])
def test_party_labels(read, name):
    """`实施主体（主管部门） | 乐平市农村供水管理站` is the unit (main: department, lost to the 主管部门 above: no unit);
    `评价机构（主管部门） | 会计师事务所` is the evaluator, neither department nor unit; `其他经费` is budget_other."""
    r = read(name)
    p = only_project(r)
    if name.endswith(".txt"):
        assert (p["department"], p["unit"]) == ("乐平市水利局", "乐平市农村供水管理站")
        assert (p["budget_total"], p["budget_fiscal"], p["budget_other"], p["score"]) == (180 * W, 120 * W, 60 * W, 91.5)
    else:
        assert (p["department"], p["unit"]) == ("德兴市城市管理局", "德兴市环境卫生管理所")
        assert (p["budget_total"], p["budget_fiscal"], p["budget_other"], p["score"]) == (420 * W, 380 * W, 40 * W, 88.5)
    assert "fiscal_total_gap" not in warning_codes(r)


def test_party_label_classes():
    from parsers.core import match_field
    assert match_field("受援方（实施单位）") == ("unit", None)
    assert match_field("购买主体（主管部门）") == ("department", None)
    assert match_field("监管方（主管部门）") == ("department", None)
    assert match_field("实施主体（主管部门）") == ("unit", None)         # main: department
    assert match_field("地方（实施单位）") is None                       # main: unit
    assert match_field("对方（实施单位）") is None                       # main: unit
    assert match_field("评价机构（主管部门）") is None                   # main: department


# --- finding 11: the 扣分 heads of the two readers, in step; one points less deduction ------------------------------

def test_deduction_heads_in_step():
    from parsers import labels as L
    from parsers.tables import _deduct_head
    for head in L.HEADER_ROLES["score"]["deduction"]:
        assert _deduct_head("col:" + head), head


def test_points_less():
    from normalize.records import item_score, points_less
    from parsers.tables import _points_left
    assert points_less(10, 0.3) == 9.7 and _points_left("10", "0.3") == "9.7"
    assert item_score("扣0.3分", "base", 10.0) == 9.7


# --- finding 15: 经费 for 资金 -----------------------------------------------------------------------------------

def test_funding_labels():
    from parsers.core import match_field
    assert match_field("其他经费") == ("budget_other", None)            # main: None
    assert match_field("其它经费") == ("budget_other", None)


# --- finding 10: a budget_other line told by its cell, not (page, line): a PDF's cells have no line ----------------

def test_self_raised_source_in_a_pdf(read):
    """A Word form printed to PDF (LibreOffice): `资金来源（万元） | 中央补助资金 | 240` / `| 市级配套资金 | 80` / `| 单位自筹 |
    40`; every cell's line is None. 单位自筹 is a line and budget_other, the fiscal money the two levels' lines (main read
    it so too, its label-name guard holding: a control of the identity now used)."""
    from tests.hunt_tools import budget_lines
    r = read("ct_s41_fc_self_raised_source.pdf")
    p = only_project(r)
    assert (p["department"], p["unit"]) == ("贵溪市住房和城乡建设局", "贵溪市市政工程管理处")
    assert (p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (360 * W, 320 * W, 40 * W)
    assert budget_lines(r) == [("资金来源", "中央补助资金", 240 * W, "source"), ("资金来源", "市级配套资金", 80 * W, "source"),
                               ("资金来源", "单位自筹", 40 * W, "source")]
    assert {b["line"] for b in r.tables["budget_items"]} == {None}
    assert warning_codes(r) == []


def test_level_funding_stays_a_source_line():
    """`上级经费` / `县级配套经费` are no field (as 上级资金): a level's source line, their sum the fiscal money."""
    from parsers.core import match_field
    from parsers.labels import LEVEL_FISCAL
    assert match_field("上级经费") is None and LEVEL_FISCAL.match("上级经费") and LEVEL_FISCAL.match("县级配套经费")

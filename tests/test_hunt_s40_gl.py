"""Hunt gl (session 40): goal text lines, year rows, assessment part numbers — the leftovers of review rb and hunt ax.
Each fixture's reading was written down by hand before jixiao ran on it; `main` is merged main at this hunt's start
(28c4dfae)."""
from __future__ import annotations

from tests.hunt_tools import indicator_targets, only_project, warning_codes


def _ind(result) -> dict:
    return {i["level3"]: (i["op"], i["value"], i["unit"], i["qualifier"], i["note"], i["target_year"], i["target_text"])
            for i in result.tables["indicators"]}


def _items(result) -> list[tuple]:
    return [(a["item_no"], a["part_no"], a["content"], a["points"]) for a in result.tables["assessment_items"]]


# ------------------------------------------------------------------ a goal label alone over lines of text
def test_goal_over_two_lines(read):
    r = read("ct_s40_gl_goal_two_lines.txt")
    p = only_project(r)
    # main: `为全县农村义务教育阶段学生提供营养膳食补助，` (the second line lost)
    assert p["goal_annual"] == "为全县农村义务教育阶段学生提供营养膳食补助，资金按时足额拨付到校，学生营养健康状况持续改善。"
    assert (p["name"], p["department"], p["unit"], p["budget_year"]) == (
        "农村义务教育营养改善计划", "桃江县教育局", "桃江县学生资助管理中心", 8600000.0)
    assert indicator_targets(r) == [
        ("产出指标", "数量指标", "受益学生人数", ">=", 21000.0, "人"), ("产出指标", "时效指标", "资金拨付时间", None, None, None),
        ("效益指标", "社会效益指标", "学生营养健康状况", None, None, None),
        ("满意度指标", "服务对象满意度指标", "学生家长满意度", ">=", 90.0, "%")]
    got = _ind(r)
    assert got["资金拨付时间"][6] == "2024年9月底前" and got["学生营养健康状况"][6] == "持续改善"


def test_goal_with_year_over_three_lines_then_long_term(read):
    r = read("ct_s40_gl_goal_year_three_lines.txt")
    p = only_project(r)
    # main: `2024年：新建高标准农田1.5万亩，` (two lines lost)
    assert p["goal_annual"] == ("2024年：新建高标准农田1.5万亩，配套建设灌溉渠道、田间道路等设施；"
                                "项目区粮食综合生产能力明显提升。")
    assert p["goal_total"] == "到2026年累计建成高标准农田5万亩。"     # its own label's line, not the goal's
    assert p["budget_total"] == 15000000.0
    assert indicator_targets(r) == [
        ("产出指标", "数量指标", "新建高标准农田面积", ">=", 1.5, "万亩"), ("产出指标", "质量指标", "工程验收合格率", "=", 100.0, "%"),
        ("满意度指标", "服务对象满意度", "受益农户满意度", ">=", 90.0, "%")]


def test_review_rb_goal_wrap(read):
    # main: `2024年：资助家庭经济困难学生1200人次，` (review rb's input; its second line lost)
    p = only_project(read("ct_s40_rb_year_wrap_goal.txt"))
    assert p["goal_annual"] == "2024年：资助家庭经济困难学生1200人次，资金按时足额发放。"


# ------------------------------------------------------------------ a target cell's year lines as rows
def test_year_lines_before_as_rows(read):
    r = read("ct_s40_gl_year_rows_before.txt")
    got = _ind(r)
    # main: the three `2025年：…` rows lost, no warning (is_remark took them for `label：value` lines)
    assert len(r.tables["indicators"]) == 5
    assert got["扶持移民人数"] == (">=", 18000.0, "人", "2024年", "2025年：≥18500人", 2024, None)
    assert got["移民人均可支配收入增长率"] == (">=", 6.0, "%", "2024年", "2025年：≥6.5%", 2024, None)
    assert got["项目验收合格率"][:3] == (">=", 95.0, "%") and got["移民群众满意度"][:3] == (">=", 90.0, "%")
    # a deadline per year, read as a quantity per year is: 2024's its text, 2025's in note (main: 2024's only, its
    # target_text `2024年:12月底前`)
    # (its year in the text since hunt s41 tg, `2024年12月底前`, as a one-year cell writes it; it was `12月底前`;
    # the note's date whole too, it was `2025年：12月底前`)
    assert got["资金发放时间"] == (None, None, None, "2024年", "2025年12月底前", 2024, "2024年12月底前")
    assert "target_missing" not in warning_codes(r) and "unparsed_row" not in warning_codes(r)


def test_year_lines_after_as_rows_form_year(read):
    r = read("ct_s40_gl_year_rows_after.txt")
    got = _ind(r)
    # main: 6 indicators, the `≥315万人（2025年）` rows nameless (unparsed_row), 2024's targets on the named ones
    assert [i["level3"] for i in r.tables["indicators"]] == ["参保人数", "参保率", "政策范围内住院费用报销比例", "参保群众满意度"]
    assert got["参保人数"] == (">=", 315.0, "万人", "2025年", "2024年：≥310万人", 2025, None)   # the form's year: 2025
    assert got["政策范围内住院费用报销比例"] == (">=", 70.0, "%", "2025年", "2024年：≥70%", 2025, None)
    assert "unparsed_row" not in warning_codes(r)


def test_review_rb_year_lines(read):
    got = _ind(read("ct_s40_rb_year_lines_rows.txt"))
    # main: 2024's only, the 2025 lines lost
    assert got["扶持移民人数"][:6] == (">=", 5000.0, "人", "2024年", "2025年：≥5200人", 2024)
    assert got["移民收入增长率"][:6] == (">=", 5.0, "%", "2024年", "2025年：≥6%", 2024)


def test_year_cells_under_merged_name(read):
    r = read("ct_s40_gl_year_cells.xlsx")
    got = _ind(r)
    # main: two 新增城镇就业人数 and two 城镇登记失业率 (one a year, duplicate_indicator warnings); one cell of two
    # years' lines and one row a year now read alike: one indicator of the form's year, the other year in its note
    assert [i["level3"] for i in r.tables["indicators"]] == ["新增城镇就业人数", "职业技能培训合格率", "城镇登记失业率", "参训人员满意度"]
    assert got["新增城镇就业人数"] == (">=", 3000.0, "人", "2024年", "2025年：≥3200人", 2024, None)
    assert got["城镇登记失业率"] == ("<=", 4.5, "%", "2024年", "2025年：≤4.5%", 2024, None)
    assert warning_codes(r) == []


# ------------------------------------------------------------------ part numbers in an assessment table's text
def test_part_numbers_of_other_items_kept(read):
    r = read("ct_s40_gl_part_numbers.txt")
    # main: items 5 and 6 `信访积案化解率达90%` / `河长制巡河履职到位`, their `（4）` / `（2）` taken out
    assert _items(r) == [
        (1, None, "按时召开党委理论学习中心组学习", 10.0), (2, None, "落实意识形态工作责任制", 10.0),
        (3, None, "安全生产无较大事故", 10.0), (4, None, "矛盾纠纷排查化解率达95%", 10.0),
        (5, None, "（4）信访积案化解率达90%", 10.0), (6, None, "（2）河长制巡河履职到位", 10.0),
        (7, None, "森林防火无重大火情", 10.0)]


def test_deadline_per_year_in_one_cell():
    from normalize.targets import split_by_year
    t, rest = split_by_year("2024年：12月底前；2025年：6月底前", 2025)
    # (the deadline with its year since hunt s41 tg; it was `6月底前`)
    assert (t.target_text, t.qualifier, t.value, rest) == ("2025年6月底前", "2025年", None, "2024年12月底前")
    assert split_by_year("2024年：完成验收；2025年：6月底前", 2024) is None       # a year's words of no deadline: one text


def test_part_numbers_word_table(read):
    r = read("ct_s40_gl_part_numbers.docx")
    # main: item 7's `（3）` taken out; item 2's parts and item 3's own `（3）` were right
    assert _items(r) == [
        (1, None, "建立平安建设工作领导小组，定期研究部署工作", 10.0), (2, 1, "开展矛盾纠纷排查不少于每月1次", 10.0),
        (2, 2, "重大矛盾纠纷化解率达100%", 10.0), (3, None, "社区网格员配备到位", 10.0),
        (4, None, "群众安全感满意度达95%以上", 20.0), (7, None, "（3）未发生重大刑事案件", 10.0)]

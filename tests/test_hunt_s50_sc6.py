"""Hunt sc6: score tables (评分表) and self-evaluations (绩效自评表). A 评分表's 扣分原因 / 得分情况说明 column beside its
得分 (each row's note; a 得分情况说明 head no score head), a level 1 written with its points (`决策（10分）`), a 预算执行率
row scored below the 合计 of a 自评表's indicators or of a 评分表. Fixtures ct_s50_sc6_* (text dumps with tabs between
cells, as samples/, from tests/fixtures/make_s50_sc6.py). Each reading was written down by hand before jixiao was
run; the comments say what main gave."""
from __future__ import annotations

from tests.hunt_tools import only_project, warning_codes


def test_a_deduction_reason_column_is_each_rows_note(read):
    """`分值 | 评分标准 | 得分 | 扣分原因`: 5 scores (5, 13.5, 27, 30, 18: 93.5), the 扣分原因 each row's note (`执行率90%`,
    `1条未完工`, `抽样满意度86%`; null where empty). Main: the scores right, the reasons dropped without a word (no
    column held them)."""
    r = read("ct_s50_sc6_deduction_reason.txt")
    assert only_project(r)["score"] == 93.5
    got = [(s["level3"], s["weight"], s["score"], s.get("note")) for s in r.tables["scores"]]
    assert got == [("立项依据充分性", 5, 5, None), ("预算执行率", 15, 13.5, "执行率90%"),
                   ("改造背街小巷条数", 30, 27, "1条未完工"), ("居民出行条件改善", 30, 30, None),
                   ("居民满意度", 20, 18, "抽样满意度86%")]
    assert warning_codes(r) == []


def test_a_score_situation_column_is_no_score_head(read):
    """`… | 分值 | 评分标准 | 得分 | 得分情况说明` of a 评分表: the 得分 column the scores (10, 19, 40, 28), the project's
    score the 合计's 97, the 说明 each row's note. Main: every score null, the project's score null, `{"得分": "97"}`
    in other_fields — the 得分情况说明 head (holding `得分情况`, a score head) took the score's role, as rv5 fixed
    for an indicator table only."""
    r = read("ct_s50_sc6_score_situation_note.txt")
    p = only_project(r)
    assert p["score"] == 97 and not p.get("other_fields")
    got = [(s["level3"], s["weight"], s["score"], s.get("note")) for s in r.tables["scores"]]
    assert got == [("立项依据充分性", 10, 10, "立项依据充分，得满分"), ("预算执行率", 20, 19, "执行率95%，扣1分"),
                   ("新建高标准农田面积", 40, 40, "完成2万亩"), ("农户满意度", 30, 28, "满意度88%，扣2分")]
    assert warning_codes(r) == []


def test_level1_points_written_in_its_name(read):
    """`决策（10分） | 项目立项 | …` on each row: level 1 `决策`, its 10 points each of its rows' level1_weight (as an
    indicator table's `产出指标（50分）`), 过程 20, 产出 40, 效益 30; 5 rows, the score 94, no warning (each level's
    rows make its points). Main: level1 `决策（10分）` (the points kept in the name, a level of its own beside a plain
    `决策`), no level1_weight."""
    r = read("ct_s50_sc6_level1_points.txt")
    got = [(s["level1"], s.get("level1_weight"), s["level3"], s["weight"], s["score"]) for s in r.tables["scores"]]
    assert got == [("决策", 10, "立项程序规范性", 5, 5), ("决策", 10, "绩效目标合理性", 5, 4),
                   ("过程", 20, "资金使用合规性", 20, 18), ("产出", 40, "安装波形护栏公里数", 40, 40),
                   ("效益", 30, "交通事故下降率", 30, 27)]
    assert only_project(r)["score"] == 94 and warning_codes(r) == []


def test_level1_points_the_rows_do_not_make_are_a_subtotal_mismatch(read, tmp_path):
    """The same 评分表 with `过程（25分）` over its one row of 20 points: subtotal_mismatch, as for an indicator table's
    `效益指标（30分）` (level 1 `过程`, level1_weight 25). Main: no warning (the points were in the name, read by
    nothing)."""
    from jixiao.pipeline import process_file
    from tests.conftest import REVIEW
    text = (REVIEW / "ct_s50_sc6_level1_points.txt").read_text(encoding="utf-8").replace("过程（20分）", "过程（25分）")
    path = tmp_path / "level1_points_off.txt"
    path.write_text(text, encoding="utf-8")
    r = process_file(str(path))
    assert [(s["level1"], s.get("level1_weight")) for s in r.tables["scores"]][2] == ("过程", 25)
    assert [(w["code"], w["message"][:60]) for w in r.tables["warnings"]] == [
        ("subtotal_mismatch", "过程: the weights of its 1 row add up to 20 but the label says")]


def test_a_rate_row_below_the_indicators_total(read):
    """A 自评表's indicators (90 points, 合计 `90 | 88`), then `预算执行率（10分） | 10 | 9.6` and `总分 | 100 | 97.6`: the
    4 indicators, a scores row 预算执行率 10 / 9.6 (levels null, as the money block's), the score 97.6, and no
    weights_not_100. Main: the rate row dropped without a word (read for an execution_rate field and refused), two
    weights_not_100 (`the weights add up to 90`, `the scores add up to 88 but the total score is 97.6`)."""
    r = read("ct_s50_sc6_rate_row_below_total.txt")
    assert only_project(r)["score"] == 97.6
    assert [(i["level3"], i["weight"], i["score"]) for i in r.tables["indicators"]] == [
        ("垃圾清运量", 30, 30), ("垃圾无害化处理率", 20, 20), ("城乡环境改善", 20, 18), ("群众满意度", 20, 20)]
    got = [(s["level1"], s["level2"], s["level3"], s["weight"], s["score"]) for s in r.tables["scores"]]
    assert got == [(None, None, "预算执行率", 10, 9.6)]
    assert "weights_not_100" not in warning_codes(r)


def test_a_score_sheet_of_fen_words_with_its_rate_row_below_the_total(read):
    """A 评分表 written in `分` (`5分`, `9.5分`, `满分`, 合计 `90分 | 77.5分`, 总分 `100分 | 87.3分`), 师生满意度's score
    blank (the survey pending), then `预算执行率 | 10分 | 执行率×分值 | 9.8分` below the 合计: 7 scores, 预算执行率 10 /
    9.8 the last (levels null), 师生满意度 10 / null; the score 87.3, no warning. Main: the rate row lost, a
    weights_not_100 (`the weights add up to 90`)."""
    r = read("ct_s50_sc6_score_sheet_fen_words.txt")
    assert only_project(r)["score"] == 87.3
    got = [(s["level1"], s["level3"], s["weight"], s["score"]) for s in r.tables["scores"]]
    assert got == [("决策", "立项依据充分性", 5, 5), ("过程", "资金使用合规性", 15, 13), ("产出", "改造校舍面积", 30, 30),
                   ("产出", "按期完工率", 10, 9.5), ("效益", "办学条件改善", 20, 20), ("满意度", "师生满意度", 10, None),
                   (None, "预算执行率", 10, 9.8)]
    assert warning_codes(r) == []


def test_a_continued_marker_between_a_score_sheets_pages_is_no_row(read):
    """A 评分表 over two pages, `— 1 —`, `续表` and its head written again between them: 8 scores (组织实施's row under
    过程, its level 1 merged over the page's end), the score 95, no warning, the file ok. Main: the scores right, but
    `续表` an unparsed_row (`score-table row without points`), the file partial (an indicator table skips it)."""
    r = read("ct_s50_sc6_two_pages_level1_merged.txt")
    got = [(s["level1"], s["level3"], s["weight"], s["score"]) for s in r.tables["scores"]]
    assert got[3] == ("过程", "管理制度健全性", 10, 10) and len(got) == 8
    assert only_project(r)["score"] == 95
    assert warning_codes(r) == [] and r.document["status"] == "ok"


def test_a_score_sheets_level1_merged_over_the_page_under_its_title_again(read):
    """The second page under the title written again, `…评分表（续）`, and the head: its first rows' level-1 cell empty
    (`| 组织实施 | 管理制度健全性 | 10 | … | 8`, the 过程 cell merged over the page's end): level 1 过程 on both, as the
    table's last row before the page (8 scores, the score 93). Main: level1 null on the two rows (a table of its
    own, its level 1 not carried)."""
    r = read("ct_s50_sc6_two_pages_title_again.txt")
    got = [(s["level1"], s["level2"], s["level3"], s["weight"], s["score"]) for s in r.tables["scores"]]
    assert got[2:5] == [("过程", "资金管理", "预算执行率", 10, 9), ("过程", "组织实施", "管理制度健全性", 10, 8),
                        ("过程", "组织实施", "制度执行有效性", 10, 10)]
    assert len(got) == 8 and only_project(r)["score"] == 93 and warning_codes(r) == []

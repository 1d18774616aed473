"""Hunt sc5: score tables (评分表 of 自评表 and 评价 reports) and assessment tables (考核评分表 / 考核细则). A 评分表 row whose
评分标准 names a head word (`达到目标值得满分`); a section's points in a cell of their own (`经济发展 | 40分 | …`) or in
a 权重 column after its level. Fixtures ct_s49_sc5_* (text dumps with tabs between cells, as samples/, from
tests/fixtures/make_s49_sc5.py). Each reading was written down by hand before jixiao was run; the comments say what
main gave."""
from __future__ import annotations

from tests.hunt_tools import only_project, other_fields, warning_codes


def test_a_rule_naming_a_head_word_is_no_header(read):
    """`分值 | 评分标准 | 自评得分 | 复核得分 | 扣分原因`, the row `效益 | 社会效益 | 受益人口 | 30 | 达到目标值得满分 | 满分 |
    满分`: a row of the 评分表 (its rule gives points; `满分` is its 分值, 30) — 5 scores, 复核得分 the score (5, 9.5, 32.5,
    30, 18.5: 95.5), 自评得分 each row's self_score (5, 10, 35, 30, 19; 合计 99). Main: the row taken for an indicator
    table's header (`目标值` in the rule, `满分` a 分值 head): 3 scores, the last row an indicator, two unparsed_row,
    the file partial."""
    r = read("ct_s49_sc5_review_score_full_marks.txt")
    p = only_project(r)
    assert (p["score"], other_fields(p)["自评得分"]) == (95.5, "99")
    got = [(s["level3"], s["weight"], s["self_score"], s["score"]) for s in r.tables["scores"]]
    assert got == [("立项依据充分性", 5, 5, 5), ("预算执行率", 10, 10, 9.5), ("新建供水工程处数", 35, 35, 32.5),
                   ("受益人口", 30, 30, 30), ("群众满意度", 20, 19, 18.5)]
    assert r.tables["indicators"] == [] and warning_codes(r) == [] and r.document["status"] == "ok"

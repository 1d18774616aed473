"""Review rv37 (session 55) of hunt sc11 (scores). Fixtures ct_s55_rv37_* (text dumps, tab-separated cells, from
tests/fixtures/review/make_s55_rv37.py: each a whole 自评表, then its 评分表); each reading written down by hand before
jixiao was run.

Decided:
- a 扣分项's / 减分项's figure under the 得分 with its cap stated (`5 | 最高扣5分 | 5`) where the last total after it is
  the rows' sum with it taking nothing (`合计 | 94`, then `最终得分 | 94`; or the 合计 below the rows, 94 of the
  indicators): the points kept of the cap, the figure left as written (sc11's tables._deductions_signed made it -5,
  against the form's own total, without a warning);
- `应得分 | 评分标准 | 实得分`: 应得分 the points (a weight head beside sc11's 实得分), the table a 评分表 (it was none,
  its rows indicators repeated: duplicate_indicator, the scores lost).
Kept (guards, right on 1a9ed238): a deduction's figure with no cap or one the total after it takes off (-2); a row
of 0 stays 0; ordinary rows whose 评分标准 speaks of 扣分 untouched; `总分：100分 | 部门评价得分：90分 | 自评得分：94分`
(the outside party's first): the score 90, `{"自评得分": "94"}` (its weights_not_100 as sc8/sc11 keep it).
"""
from __future__ import annotations

from tests.hunt_tools import only_project, other_fields, warning_codes

BODY = [(10, 10), (20, 19), (40, 38), (30, 27)]


def _rows(r, *keys):
    return [tuple(s.get(k) for k in keys) for s in r.tables["scores"]]


def test_deduction_cap_kept_final(read):
    """`合计 | 94`, `扣分项 | … | 5 | 最高扣5分… | 5`, `最终得分 | 94`: the row's 5 kept, score 94. 1a9ed238: -5."""
    r = read("ct_s55_rv37_deduction_cap_kept_final.txt")
    assert _rows(r, "weight", "score") == BODY + [(5, 5)]
    assert only_project(r)["score"] == 94 and warning_codes(r) == []


def test_deduction_caps_kept_before_total(read):
    """Two 减分项 rows (the level left empty on the second), `3 | 最高扣3分 | 3` and `2 | 最高扣2分 | 2`, above the 合计
    94: the figures kept. 1a9ed238: -3 and -2 (the rows 89 against the 合计 94, no warning)."""
    r = read("ct_s55_rv37_deduction_caps_kept_before_total.txt")
    assert _rows(r, "level1", "weight", "score")[4:] == [("减分项", 3, 3), ("减分项", 2, 2)]
    assert only_project(r)["score"] == 94 and warning_codes(r) == []


def test_deduction_cap_taken_final(read):
    """`5 | 最高扣5分 | 2` between the 合计 94 and the 最终得分 92: -2; a row of 0 stays 0 (guard)."""
    r = read("ct_s55_rv37_deduction_cap_taken_final.txt")
    assert _rows(r, "weight", "score") == BODY + [(5, -2), (5, 0)]
    assert only_project(r)["score"] == 92 and warning_codes(r) == []


def test_deduction_no_cap_before_total(read):
    """`扣分项 | … | | 每个问题扣1分 | 2` above the 合计 92: -2, score 92; the indicators' rows (评分标准 of 扣…分)
    untouched (guard)."""
    r = read("ct_s55_rv37_deduction_no_cap_before_total.txt")
    assert _rows(r, "weight", "score") == BODY + [(None, -2)]
    assert only_project(r)["score"] == 92 and warning_codes(r) == []


def test_due_actual_points(read):
    """`应得分 | 评分标准 | 实得分`: a 评分表, score 94. 1a9ed238: no 评分表, two duplicate_indicator."""
    r = read("ct_s55_rv37_due_actual_points.txt")
    assert _rows(r, "weight", "score") == BODY
    assert only_project(r)["score"] == 94 and warning_codes(r) == []


def test_dept_eval_first_total(read):
    """`总分：100分 | 部门评价得分：90分 | 自评得分：94分` under one 得分: score 90, the unit's kept (guard)."""
    r = read("ct_s55_rv37_dept_eval_first_total.txt")
    assert _rows(r, "weight", "score") == BODY
    p = only_project(r)
    assert p["score"] == 90 and other_fields(p) == {"自评得分": "94"}
    assert warning_codes(r) == ["weights_not_100"]

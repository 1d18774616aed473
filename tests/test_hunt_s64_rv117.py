"""Review rv117 (session 64, of hunt sc7): sc7 made a 复审 a reviewer for scores (`自评得分 | 复审得分`, `复审得分：90`)
but not for grades — `复审等级` / `复审等次` were no grade, the grade of `自评等级 | 复审等级` lost. Fixtures
ct_s64_rv117_* from tests/fixtures/review/make_s64_rv117.py; each reading written down by hand before jixiao was run.
"""
from __future__ import annotations

from tests.hunt_tools import only_project, other_fields


def _rows(r, *keys):
    return [tuple(s.get(k) for k in keys) for s in r.tables["scores"]]


def test_reviewer_grade_words():
    """A reviewer's grade is spelt with the words its score is: 复核 / 复评 / 复审, a 财政 / 主管部门 before them; the
    unit's own and a plain grade are not a reviewer's."""
    from parsers.tables import FINAL_GRADE
    words = ("复核等级", "复评等次", "复审等级", "复审等次", "财政复审等级", "复审结果等次", "自评等级", "等级", "审核等级",
             "复审意见")
    assert [w for w in words if FINAL_GRADE.match(w)] == [
        "复核等级", "复评等次", "复审等级", "复审等次", "财政复审等级", "复审结果等次"]


def test_fushen_grade_columns(read):
    """`自评得分 | 复审得分 | 自评等级 | 复审等级` over `合计 | 100 | 96 | 88 | 优 | 良`: the reviewer's 88 and 良 the
    form's, the unit's 96 and 优 kept under their heads (main: the grade lost)."""
    r = read("ct_s64_rv117_fushen_grade_columns.txt")
    assert _rows(r, "level3", "weight", "self_score", "score") == [
        ("立项依据充分性", 10, 10, 9), ("预算执行率", 20, 18, 16), ("安防工程里程", 40, 40, 38),
        ("沿线群众满意度", 30, 28, 25)]
    p = only_project(r)
    assert p["score"] == 88 and p["grade"] == "良"
    assert other_fields(p).get("自评得分") == "96" and other_fields(p).get("自评等级") == "优"


def test_fushen_grade_lines(read):
    """`自评等级：优` then `复审等次：良` under the table: the reviewer's 良 the form's grade, the unit's kept (main: 优,
    the 复审等次 lost)."""
    r = read("ct_s64_rv117_fushen_grade_lines.txt")
    p = only_project(r)
    assert p["score"] == 88 and p["grade"] == "良"
    assert other_fields(p).get("自评等级") == "优"

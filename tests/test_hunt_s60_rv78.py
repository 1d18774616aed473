"""Review rv78 (session 60) of hunt ly9: near cases of its rules on 评分表. Fixtures tests/fixtures/review/ct_s60_rv78_*
(made by tests/fixtures/review/make_s60_rv78.py); each reading was written down by hand before jixiao was run.

Decided:
- a line `总分：100分` under or above a 评分表's `合计 | 100 | 94` restates the table's full marks: the 94 the score,
  nothing said (main after ly9: score_stated_twice, the 100 kept under 总分 — or the score, the line first); a line
  `自评得分：100分` is a score said, said twice as before (guard);
- `被评价单位自评 | 评价组评分`: the body evaluated's column named with no 分 is the unit's (SELF_SCORE and SELF_SCORER one
  spelling; main: the table lost, an unparsed_row);
- `评分` over `自评分 | 主管部门评分` (a head of two rows): the unit's part is a scorer's column too (main: its column
  lost, no self_score).
Guards: `专家打分 | 自评分` (ly9's rule, the party's column first); a rule-less PDF's level-1 row of its own whose 备注
fills its column, the next rows' 备注 their own (ly9's `_under_blanks` holds on their line).
- `分值 | 评分标准 | 财政评分`: a party's 评分 / 打分 is a score table's score head, its column alone too (main: a
  blank_form).
Left (strict xfail): a line `总分：90分（满分100分）` under the 合计 is read as no score (before ly9 too).
"""
from __future__ import annotations

import pytest

from tests.hunt_tools import only_project, other_fields, warning_codes

ROWS = [("决策", "项目立项", "立项依据充分性", 10, 9, 10), ("过程", "资金管理", "预算执行率", 20, 18, 19),
        ("过程", "资金管理", "资金使用合规性", 10, 8, 10), ("产出", "产出数量", "新建供水工程数量", 30, 30, 30),
        ("效益", "满意度", "受益群众满意度", 30, 27, 28)]


def _scores(r, *keys):
    return [tuple(x.get(k) for k in keys) for x in r.tables["scores"]]


@pytest.mark.parametrize("name", ["ct_s60_rv78_full_marks_under.txt", "ct_s60_rv78_full_marks_above.txt"])
def test_total_line_of_full_marks(read, name):
    """`总分：100分` beside `合计 | 100 | 94`, under or above: the full marks restated, the 94 the score, nothing said."""
    r = read(name)
    p = only_project(r)
    assert p["score"] == 94 and "总分" not in other_fields(p)
    assert not {"score_stated_twice", "weights_not_100", "total_row_mismatch"} & set(warning_codes(r))


def test_self_score_line_of_full_marks_said_twice(read):
    """(guard) `自评得分：100分` under `合计 | 100 | 94`: a score said, the table's 94 kept, the 100 under its label."""
    r = read("ct_s60_rv78_self_line_full.txt")
    p = only_project(r)
    assert p["score"] == 94 and other_fields(p).get("自评得分") == "100分"
    assert "score_stated_twice" in warning_codes(r)


def test_evaluated_units_column_named_with_no_score_word(read):
    """`被评价单位自评 | 评价组评分`: the 评价组's 92 the score, the body evaluated's 97 kept, each row's self_score."""
    r = read("ct_s60_rv78_evaluated_unit_scorer.txt")
    p = only_project(r)
    assert p["score"] == 92 and other_fields(p).get("被评价单位自评") == "97"
    assert _scores(r, "level1", "level2", "level3", "weight", "score", "self_score") == ROWS
    assert not {"total_row_mismatch", "weights_not_100", "unparsed_row"} & set(warning_codes(r))


def test_unit_and_party_under_one_score_head(read):
    """`评分` over `自评分 | 主管部门评分`: the 主管部门's 92 the score, the unit's 97 kept, each row's self_score."""
    r = read("ct_s60_rv78_two_row_self_party.txt")
    p = only_project(r)
    assert p["score"] == 92 and other_fields(p).get("自评分") == "97"
    assert _scores(r, "level1", "level2", "level3", "weight", "score", "self_score") == ROWS
    assert not {"total_row_mismatch", "weights_not_100"} & set(warning_codes(r))


def test_expert_column_before_the_units(read):
    """(guard) `专家打分 | 自评分`: the experts' 92 the score wherever it stands, the unit's 97 kept."""
    r = read("ct_s60_rv78_expert_before_self.txt")
    p = only_project(r)
    assert p["score"] == 92 and other_fields(p).get("自评分") == "97"
    assert _scores(r, "level1", "level2", "level3", "weight", "score", "self_score") == ROWS


def test_group_row_note_filling_its_column_pdf(read):
    """(guard) a rule-less tight print: `产出指标 | … | 本年度未设` (its 备注 one full line), then rows of their own 备注,
    their cells under the group row's blanks: each 备注 stays its row's, none glued on the group's."""
    r = read("ct_s60_rv78_group_note_nr.pdf")
    assert [(x["level1"], x["level2"], x["level3"], x["weight"], x["score"], x["note"])
            for x in r.tables["indicators"]] == [
        ("产出指标", "质量指标", "工程验收合格率", 30, 30, "已按期验收"),
        ("产出指标", "时效指标", "工程完工时间", 20, 18, "受雨季影响"),
        ("效益指标", "社会效益指标", "受益人口", 30, 30, "无"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", 20, 20, "无")]


def test_lone_party_column(read):
    """`分值 | 评分标准 | 财政评分`, the party's column alone: the score table's score (main: no score table, a
    blank_form — ly9's rule read the party's column beside another only)."""
    r = read("ct_s60_rv78_lone_party_column.txt")
    p = only_project(r)
    assert p["score"] == 92
    assert [x["score"] for x in r.tables["scores"]] == [9, 18, 8, 30, 27]


def test_total_line_with_full_marks_bracket(read):
    """`总分：90分（满分100分）` under `合计 | 100 | 94`: said twice, as the line without the bracket (it was dropped without
    a word, hunt tg23)."""
    r = read("ct_s60_rv78_total_line_bracket.txt")
    p = only_project(r)
    assert p["score"] == 94 and "总分" in other_fields(p)
    assert "score_stated_twice" in warning_codes(r)

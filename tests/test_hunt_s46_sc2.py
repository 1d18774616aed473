"""Hunt sc2: score tables and score / target spellings. A `得分（分值）` head names the score first, so a bonus (加分项)
taking the score over the points (`103（100）`) is a score of 103 of 100 points — review rv4's rule "the smaller
figure is the score" held only where no head says which is which; `完成100%` and `每学年1次` read as quantities.
Fixtures ct_s46_sc2_* (text dumps with tabs between cells, as samples/; the .xlsx / .docx from
tests/fixtures/make_s46_sc2.py). Each reading was written down by hand before jixiao was run; the comments say what
main gave."""
from __future__ import annotations

import pytest

from normalize.targets import split_target
from tests.hunt_tools import only_project, warning_codes


def test_score_of_points_head_with_a_bonus_total(read):
    """A 评分表 `一级指标 | 二级指标 | 三级指标 | 得分（分值）` of cells `5（5）`, `4（5）`, `28（30）`, a 加分项 row `6（10）` and
    `合计 | 103（100）`: the head names the score first, so the form's score is 103 (97 of the 100 points, 6 of the
    bonus; the 加分项's points no share of the 100). Main: the score 100 (the smaller figure taken for the score), a
    total_row_mismatch (`weights of 103`), `the weights add up to 110` and `the scores add up to 103 but the total score
    is 100`."""
    r = read("ct_s46_sc2_bonus_score_of_points.txt")
    p = only_project(r)
    assert (p["name"], p["score"]) == ("新化县全民健身中心运营补助项目", 103)
    got = [(s["level3"], s["weight"], s["score"]) for s in r.tables["scores"]]
    assert got == [("立项依据充分性", 5, 5), ("绩效目标合理性", 5, 4), ("资金到位率", 10, 10),
                   ("全民健身活动场次", 30, 28), ("群众健身参与率", 30, 30), ("群众满意度", 20, 20),
                   ("获评省级示范项目", 10, 6)]
    # (the 加分项's 10 points are a bonus over the 100: no weights_not_100 of 110 either)
    assert warning_codes(r) == []


def test_score_of_points_head_in_a_workbook(read):
    """The same in an .xlsx 评分表 (`得分（分值）`, a 加分项 `7（10）`, `合计 | 102（100）`): the form's score 102.
    Main: 100, with a total_row_mismatch and two weights_not_100."""
    r = read("ct_s46_sc2_score_of_points_bonus.xlsx")
    p = only_project(r)
    assert (p["name"], p["score"]) == ("邵东市农村危房改造项目", 102)
    s = r.tables["scores"]
    assert len(s) == 7 and sum(x["score"] for x in s) == 102
    assert ("居住安全改善", 30, 26) in [(x["level3"], x["weight"], x["score"]) for x in s]
    assert warning_codes(r) == []


def test_score_of_points_head_self_eval_docx(read):
    """A Word 自评表 whose indicator table ends `… | 得分（分值）` and `总分 | 101（100）` (a 加分指标 row `3（5）`): the
    project's score 101; each indicator's points and score apart. Main: the score 100, a total_row_mismatch and two
    weights_not_100 (`the weights add up to 105`)."""
    r = read("ct_s46_sc2_self_eval_bonus.docx")
    p = only_project(r)
    assert (p["name"], p["score"]) == ("新邵县村级综合服务站建设项目", 101)
    got = [(i["level3"], i["weight"], i["score"]) for i in r.tables["indicators"]]
    assert got == [("新建村级服务站数量", 20, 20), ("服务站验收合格率", 20, 20), ("建设完成及时率", 10, 8),
                   ("服务覆盖行政村数", 20, 20), ("村民满意度", 30, 30), ("获评市级示范服务站数", 5, 3)]
    assert warning_codes(r) == []


def test_score_out_of_points_with_a_slash_beside_the_points(read):
    """A 评分表 `分值 | 得分` whose 得分 cells say the score out of the row's points, `8.5/10`, `36/40`: the scores 8.5,
    20, 36, 28 (the figure that is not the row's 分值), the 合计 92.5. Main: every row full marks (the 10 after the
    slash taken for the score) and `the scores add up to 100 but the total score is 92.5`."""
    r = read("ct_s46_sc2_score_slash_beside_points.txt")
    assert only_project(r)["score"] == 92.5
    got = [(s["level3"], s["weight"], s["score"]) for s in r.tables["scores"]]
    assert got == [("立项依据充分性", 10, 8.5), ("资金到位率", 20, 20), ("茶园改造面积", 40, 36), ("茶农满意度", 30, 28)]
    assert warning_codes(r) == []


def test_self_eval_score_out_of_points_with_a_slash(read):
    """A 自评表's indicator table `… | 分值 | 得分` whose 得分 cells are `40/40`, `17.5/20`, `19/20` beside the 分值: each
    indicator's score 40, 17.5, 20, 19 (the figure before the slash, out of its points), the 总分 96.5. Main: every
    indicator's score lost (null)."""
    r = read("ct_s46_sc2_self_eval_slash_beside_points.txt")
    assert only_project(r)["score"] == 96.5
    got = [(i["level3"], i["weight"], i["score"]) for i in r.tables["indicators"]]
    assert got == [("维修养护工程数量", 40, 40), ("维修完成及时率", 20, 17.5), ("巩固受益人口", 20, 20),
                   ("受益群众满意度", 20, 19)]
    assert warning_codes(r) == []


def test_score_then_points_slash_head(read):
    """A 评分表 headed `… | 得分/分值` (the score first), cells `9/10`, `33.5/40`, `合计 | 89.5/100`: four scores with their
    points, the form's score 89.5. Main: no table at all (`得分/分值` no head it knew: `blank_form`, no project)."""
    r = read("ct_s46_sc2_score_slash_head.txt")
    p = only_project(r)
    assert (p["name"], p["score"]) == ("桃江县竹产业提质增效项目", 89.5)
    got = [(s["level3"], s["weight"], s["score"]) for s in r.tables["scores"]]
    assert got == [("立项依据充分性", 10, 9), ("资金到位率", 20, 20), ("竹林改造面积", 40, 33.5), ("林农满意度", 30, 27)]
    assert warning_codes(r) == []


def test_score_words_and_bonus_rows_left_blank(read):
    """A 评分表 whose 得分 cells are `10分（满分）`, `18分`, `满分`, `28分`, then two 加分项 rows not earned (`5 | ` and
    ` | `) and `总分 | 100分 | 96分`: the scores 10, 18, 40, 28; the bonus rows kept with no score (the second with no
    points either), their points no share of the 100. Main: `10分（满分）` no score, the blank bonus row an
    unparsed_row, and `the weights add up to 105, not 100`."""
    r = read("ct_s46_sc2_score_words_bonus_blank.txt")
    assert only_project(r)["score"] == 96
    got = [(s["level1"], s["level3"], s["weight"], s["score"]) for s in r.tables["scores"]]
    assert got == [("决策", "立项依据充分性", 10, 10), ("过程", "资金到位率", 20, 18), ("产出", "增殖放流数量", 40, 40),
                   ("效益", "渔民满意度", 30, 28), ("加分项", "获评省级示范", 5, None), ("加分项", "经验被上级推广", None, None)]
    assert warning_codes(r) == []


def test_target_spellings_done_and_per_school_year(read):
    """A 申报表's targets: `完成100%` is `=` 100 % (as `实现100%`, `100%完成`, `年底前完成100%` read), `每学年1次` `=` 1
    次/学年 (as `每学期2次`); the rest as main read them (`不少于2次/年`, `≤0.5‰`, `≥90%（含）`, `100%完成`, `≥3（满分10）`
    `>=` 3 分 — the 满分 note names the unit — and `全部完成` text; `按期完成率100%`, a rate's name run into its value in
    the 指标值 cell, `=` 100 %, hunt lt). Main: `完成100%` and `每学年1次` text."""
    r = read("ct_s46_sc2_target_spellings.txt")
    got = {i["level3"]: (i["op"], i["value"], i["unit"]) for i in r.tables["indicators"]}
    assert got["安防设施改造任务"] == ("=", 100, "%")
    assert got["应急疏散演练次数"] == ("=", 1, "次/学年")
    assert got["安全培训次数"] == (">=", 2, "次/年")
    assert got["安全事故发生率"] == ("<=", 0.5, "‰")
    assert got["设备验收合格率"] == (">=", 90, "%")
    assert got["改造任务完成时限"] == ("=", 100, "%")
    assert got["校园安全评价得分"] == (">=", 3, "分")
    assert got["整改任务"] == (None, None, None)
    assert got["按期完成情况"] == ("=", 100, "%")


@pytest.mark.parametrize("text, want", [("完成100%", ("=", 100.0, "%")), ("每学年不少于2次", (">=", 2.0, "次/学年"))])
def test_done_before_a_share_and_school_years(text, want):
    """Main: both text (`≥1次/学年` and `完成≥95%` main read already)."""
    t = split_target(text)
    assert (t.op, t.value, t.unit) == want

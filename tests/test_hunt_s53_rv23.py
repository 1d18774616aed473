"""Review rv23 (session 53) of hunt fam9: conclusions tables (`评估内容 | 评估要点 | 评估结论`), options none ticked
(`no_option_ticked`), ticks after an option, joint letterheads. Fixtures ct_s53_rv23_* (text dumps, tab-separated
cells, from tests/fixtures/review/make_s53_rv23.py); each reading was written down by hand before jixiao was run.

Decided:
- a conclusion left blank in a conclusions table (`投入经济性 | 成本测算依据是否充分 |` , the cell empty) is the
  table's row, its conclusion null: the table goes on (it ended there, the 要点 of the rows after it taken for their
  values and three unparsed_row);
- rows as wide as the head right above them (`评价内容 | 评价要点 | 评价结果` and its rows of three) are whole rows of
  a narrower table, not the pieces of one row of a wider table below (`一级指标 | … | 分值 | 得分`, five): two rows of
  three were glued into one of five, both conclusions lost;
- a tick before the first of bare options (`√通过  不通过`, `√合理  不合理`) is that option ticked, as fam9's tick after
  one (`通过√  不通过`) is; its row is whole in a dump (it was glued to the `合计 | 100 | 87` above, the score lost);
  a tick between two options touching neither (`通过 √ 不通过`) is kept as written (which one, unknown);
- a red-headed joint paper (`某某市财政局` / `某某市卫生健康委员会 | 文件`) names both bodies as 发文机关; the word 文件
  after a body is the red head's, no body (the issuer was none, the line an unparsed_row).
Kept (guards): a conclusions table right over a three-column indicator table (`绩效指标 | 指标名称 | 指标值`) ends
there, the indicators read; a 评分表 headed `一级指标 | 二级指标 | 评价要点 | 分值 | 得分` is scores; `■必要`,
`(√)合理`, `可行□√` are ticked, `□ 予以支持 □ 部分支持 □ 不予支持` none (no_option_ticked).
"""
from __future__ import annotations

from tests.hunt_tools import only_project, other_fields, warning_codes

W = 10_000.0


def test_blank_conclusion_keeps_the_table(read):
    """One conclusion left blank: null, the rows after it still conclusions. Main: the table ended, the 要点 taken for
    the values, three unparsed_row."""
    r = read("ct_s53_rv23_verdict_blank_conclusion.txt")
    p = only_project(r)
    assert (p["name"], p["unit"], p["budget_year"]) == ("社区养老服务中心建设", "某某市养老服务指导中心", 650 * W)
    assert other_fields(p) == {
        "立项必要性": "符合养老服务体系规划，立项必要", "投入经济性": None, "绩效目标合理性": "目标明确",
        "实施方案可行性": "实施方案可行", "综合评估结论": "予以支持"}
    assert "unparsed_row" not in warning_codes(r)


def test_conclusions_then_indicator_table(read):
    """A guard: the conclusions table ends at the indicator table's head, the three indicators read."""
    r = read("ct_s53_rv23_verdict_then_indicators.txt")
    p = only_project(r)
    assert other_fields(p) == {"目标完整性": "目标完整", "指标明确性": "满意度指标需细化"}
    assert [(i["level1"], i["level3"], i["target_raw"]) for i in r.tables["indicators"]] == [
        ("产出指标", "新建集中供水工程", "≥12处"), ("效益指标", "受益人口", "≥8000人"),
        ("满意度指标", "受益群众满意度", "≥90%")]
    assert warning_codes(r) == []


def test_conclusions_over_score_table_with_points(read):
    """Two rows of three under their head of three, over a 评分表 of five with 评价要点: each a row of its own, the
    scores read. Main: the two rows glued into one of five, an unparsed_row, the conclusions lost."""
    r = read("ct_s53_rv23_score_table_with_points.txt")
    p = only_project(r)
    assert other_fields(p) == {"项目决策": "依据充分", "项目管理": "使用合规"}
    assert (p["score"], p["budget_year"]) == (92.0, 200 * W)
    assert [(s["level2"], s["weight"], s["score"]) for s in r.tables["scores"]] == [
        ("项目立项", 20.0, 18.0), ("资金管理", 30.0, 28.0), ("产出数量", 30.0, 27.0), ("满意度", 20.0, 19.0)]
    assert "unparsed_row" not in warning_codes(r)


def test_tick_variants(read):
    """■, (√), √ before its option, □√ after it: the option ticked; a √ between two options touching neither: as
    written; boxes with spaces, none ticked: null and no_option_ticked. Main: `√合理 不合理` kept as written."""
    r = read("ct_s53_rv23_tick_variants.txt")
    p = only_project(r)
    assert p["score"] == 86.0
    assert other_fields(p) == {
        "立项必要性结论": "必要", "投入经济性结论": "合理", "目标合理性结论": "合理", "方案可行性结论": "可行",
        "专家组意见": "通过 √ 不通过", "综合评估结论": None}
    assert warning_codes(r) == ["no_option_ticked"]


def test_tick_before_option_after_total(read):
    """`专家组意见 | √通过  不通过` under `合计 | 100 | 87`: its own row, `通过`; the total's score 87. Main: glued to the
    87, the score lost, an unparsed_row."""
    r = read("ct_s53_rv23_tick_before_option_after_total.txt")
    p = only_project(r)
    assert (p["score"], p["budget_year"]) == (87.0, 90 * W)
    assert other_fields(p) == {"专家组意见": "通过"}
    assert warning_codes(r) == []


def test_joint_red_head_with_file_word(read):
    """`某某市财政局` / `某某市卫生健康委员会 | 文件`: both bodies the 发文机关. Main: none, an unparsed_row."""
    r = read("ct_s53_rv23_joint_red_head_file.txt")
    of = other_fields(only_project(r))
    assert (of.get("发文机关"), of.get("发文字号")) == ("某某市财政局、某某市卫生健康委员会", "某财社〔2024〕46号")
    assert warning_codes(r) == []

"""Self-evaluation forms (绩效自评表) and their score tables (评分表), session 43 hunt `sc`: the spellings of 得分 real
archives hold (`10分`, `满分`, `不得分`, `10.0`), 偏差原因 | 改进措施 in two columns, actual values in another unit than
the target (`0.96` beside `≥95%`, `12500人` beside `≥1.2万人`) or in words (`完成`, `未完成`), a 总分 row with its 自评等级,
and a 评分表 of four levels whose 四级 cell a line break cut (fixtures tests/fixtures/review/ct_s43_sc_*).

The expectations were written by hand from the forms before jixiao read them (money in 元, as jixiao writes it).
"""
from __future__ import annotations

import pytest

from tests.hunt_tools import only_project, warning_codes

SELF = [
    ("output", "数量指标", "参保人数", ">=", 1.2, "万人", "12500人", 10.0, 10.0, None),
    ("output", "数量指标", "待遇审核件数", ">=", 3000.0, "件", "3100件", 10.0, 10.0, None),
    ("output", "质量指标", "参保率", ">=", 95.0, "%", "0.96", 10.0, 10.0, None),
    ("output", "质量指标", "基金审核准确率", "=", 100.0, "%", "98%", 10.0, 9.0, "个别票据不规范；改进措施：加强业务培训"),
    ("output", "时效指标", "待遇支付及时率", "=", 100.0, "%", "完成", 10.0, 10.0, None),
    ("outcome", "社会效益指标", "群众就医负担", None, None, None, "已完成", 20.0, 18.0, "宣传不到位；改进措施：加大政策宣传"),
    ("outcome", "可持续影响指标", "经办服务能力", None, None, None, "未完成", 10.0, 5.0, "信息系统未上线；改进措施：2025年上线"),
    ("satisfaction", "服务对象满意度指标", "参保群众满意度", ">=", 90.0, "%", "92%", 10.0, 10.0, None),
]


def test_self_eval_score_spellings(read):
    """A central-style 自评表: 得分 `10分`, `满分`, `10.0`; 偏差原因 | 改进措施 in two columns; 总分 | 100 | 91.5 | 自评等级
    | 优. Main read `满分` as the row's deviation (score null, `deviation` '满分'): a score written in words is a score,
    full marks the row's 分值."""
    r = read("ct_s43_sc_selfeval_spellings.txt")
    p = only_project(r)
    assert (p["form"], p["name"], p["year"]) == ("self_eval", "城乡居民基本医疗保险经办补助", 2024)
    assert (p["budget_initial"], p["budget_year"], p["spent"], p["execution_rate"]) == (1200000.0, 1200000.0,
                                                                                       1140000.0, 0.95)
    assert (p["score"], p["grade"]) == (91.5, "优")
    got = [(i["level1_std"], i["level2"], i["level3"], i["op"], i["value"], i["unit"], i["actual_raw"], i["weight"],
            i["score"], i["deviation"]) for i in r.tables["indicators"]]
    assert got == SELF
    assert [(s["level3"], s["weight"], s["score"]) for s in r.tables["scores"]] == [("预算执行率", 10.0, 9.5)]
    # 90 points of indicators and the 预算执行率 row's 10 add up to 100, their scores to the 总分
    assert "weights_not_100" not in warning_codes(r)


SHEET = [
    ("决策", "项目立项", "立项依据充分性：项目是否符合县级农村供水规划", 5.0, 5.0),
    ("决策", "绩效目标", "绩效目标合理性：绩效目标与项目实际相符", 5.0, 4.0),
    ("过程", "资金管理", "资金使用合规性：资金拨付是否按季度拨付至供水站专户", 10.0, 0.0),
    ("过程", "资金管理", "预算执行率", 10.0, 9.6),
    ("产出", "产出数量", "维修工程处数：完成维修养护工程处数", 20.0, 20.0),
    ("产出", "产出质量", "工程验收合格率", 20.0, 20.0),
    ("效益", "社会效益", "受益人口：农村供水受益人口", 20.0, 19.0),
    ("效益", "满意度", "群众满意度：受益群众满意度", 10.0, 10.0),
]


def test_score_sheet_words_and_cut_fourth_level(read):
    """A 评分表 of four levels whose 得分 says `满分` and `不得分`, and whose 四级 cell `资金拨付是否按季度拨付至` a line
    break cut (`供水站专户` alone on the next line). Main read both scores null (no figure; nothing said) and lost the
    cut piece (the name `…拨付至`); the scores then added up to 82.6, not the 合计's 87.6."""
    r = read("ct_s43_sc_score_sheet_words.txt")
    p = only_project(r)
    assert (p["name"], p["score"]) == ("农村饮水安全工程维修养护", 87.6)
    assert [(s["level1"], s["level2"], s["level3"], s["weight"], s["score"]) for s in r.tables["scores"]] == SHEET
    assert not {"weights_not_100", "unparsed_row"} & set(warning_codes(r))


DEPT = [
    ("送戏下乡场次", "126场", 20.0, 20.0, None),
    ("公共文化场馆免费开放天数", "310天", 15.0, 15.0, None),
    ("群众文化活动覆盖率", "92%", 15.0, 14.0, "个别偏远村覆盖不足"),
    ("文化惠民受益人次", "9.6万人次", 20.0, 18.0, "受天气影响"),
    ("群众满意度", "95%", 10.0, 12.0, None),
]


def test_dept_self_eval_points_and_score_in_one_column(read):
    """A 部门整体支出绩效自评表 whose indicator table has one `分值/得分` column (`20/18`), its weights 90 with the money
    row's 10 (one row's points short of 100), and a score over its points (`10/12`). Main read no weight or score on
    any indicator (the column no known head: `分值/得分：20/18` was not even kept), the 总分 row as an indicator named
    总分 (target 100, deviation 良), the form's score and grade null, and only "the weights add up to 10"."""
    r = read("ct_s43_sc_dept_weight_slash_score.txt")
    p = only_project(r)
    assert (p["form"], p["department"], p["year"]) == ("self_eval", "某县文化广电旅游局", 2024)
    assert (p["budget_year"], p["spent"], p["execution_rate"]) == (5000000.0, 4700000.0, 0.94)
    assert (p["score"], p["grade"]) == (88.4, "良")
    assert [(i["level3"], i["actual_raw"], i["weight"], i["score"], i["deviation"])
            for i in r.tables["indicators"]] == DEPT
    over = [w["message"] for w in r.tables["warnings"] if w["code"] == "score_over_weight"]
    assert over == ["indicator 群众满意度: score 12 exceeds its weight 10"]
    short = [w["message"] for w in r.tables["warnings"] if w["code"] == "weights_not_100"]
    assert len(short) == 1 and "add up to 90, not 100" in short[0]


def test_score_sheet_total_row_with_grade(read):
    """A 评分表 closed by `总分 | 100 | 78.5 | 自评等级 | 中`, its scores written `10分`, `10.0`, `—`, `/`, one over its
    points (`20 | 22`). Main read the total but no grade (the label and the grade, under the 分值 and 得分 columns, were
    dropped with the texts right of the levels); the scores read right (a guard), the one over its points flagged."""
    r = read("ct_s43_sc_score_sheet_total_grade.txt")
    p = only_project(r)
    assert (p["name"], p["score"], p["grade"]) == ("县级公立医院设备购置", 78.5, "中")
    assert [(s["level3"], s["weight"], s["score"]) for s in r.tables["scores"]] == [
        ("立项依据充分性", 10.0, 10.0), ("绩效目标明确性", 10.0, 8.5), ("资金到位率", 10.0, None),
        ("预算执行率", 10.0, None), ("设备购置数量", 20.0, 22.0), ("设备验收合格率", 20.0, 20.0),
        ("诊疗服务能力", 10.0, 9.0), ("患者满意度", 10.0, 9.0)]
    assert [w["message"] for w in r.tables["warnings"] if w["code"] == "score_over_weight"] == [
        "scoring table 设备购置数量: score 22 exceeds its weight 20"]
    assert "grade_mismatch" not in warning_codes(r)


@pytest.mark.parametrize("name, score, grade", [("ct_s43_sc_selfeval_sum_grade.txt", 91.5, "优"),
                                                ("ct_s43_sc_score_sheet_sum_grade.txt", 78.5, "中")])
def test_sum_row_with_grade_label(read, name, score, grade):
    """`合计 | 100 | 91.5 | 等级 | 优` closing a 自评表's indicator table and a 评分表: main took the row out of the
    table (three words: only `合计 | 100 | 96 | 优` closed it) and read it as fields, `row without a known label`, the
    form's score and grade null."""
    r = read(name)
    p = only_project(r)
    assert (p["score"], p["grade"]) == (score, grade)
    assert "unparsed_row" not in warning_codes(r)


def test_dept_self_eval_sheet_points_pairs(read):
    """The 部门整体 自评表 as a sheet (tests/fixtures/make_s43_sc.py): `分值/得分` cells `20/20`, `20/满分`, `20/18`, a
    percent-formatted 全年实际值 typed as a fraction (0.96 shown `96%`), and `合计 | 100/97.5 | 自评等级：优`. Main read no
    weight or score on any indicator, the form's score null ("the weights add up to 10")."""
    r = read("ct_s43_sc_dept_selfeval.xlsx")
    p = only_project(r)
    assert (p["department"], p["budget_year"], p["spent"], p["execution_rate"]) == ("某县农业农村局", 8600000.0,
                                                                                   8170000.0, 0.95)
    assert (p["score"], p["grade"]) == (97.5, "优")
    assert [(i["level3"], i["actual_raw"], i["weight"], i["score"]) for i in r.tables["indicators"]] == [
        ("高标准农田建设面积", "1.52万亩", 20.0, 20.0), ("农田工程验收合格率", "96%", 20.0, 20.0),
        ("项目按期完工率", "90%", 20.0, 18.0), ("受益农户数", "3120户", 20.0, 20.0), ("受益农户满意度", "93%", 10.0, 10.0)]
    assert not {"weights_not_100", "total_row_mismatch", "grade_mismatch"} & set(warning_codes(r))


def test_score_sheet_points_and_score_in_one_column(read):
    """A 评分表 whose points and scores share one `分值/得分` column (`10/8.5`, `40/满分`, `合计 | 100/98.5`). Main read
    nothing (a blank form: the column no known head, the names of no value)."""
    r = read("ct_s43_sc_score_sheet_points_pairs.txt")
    p = only_project(r)
    assert (p["name"], p["score"]) == ("县级公立医院设备购置", 98.5)
    assert r.tables["indicators"] == []
    assert [(s["level1"], s["level2"], s["level3"], s["weight"], s["score"]) for s in r.tables["scores"]] == [
        ("决策", "项目立项", "立项依据充分性", 10.0, 10.0), ("决策", "绩效目标", "绩效目标明确性", 10.0, 8.5),
        ("产出", "产出数量", "设备购置数量", 40.0, 40.0), ("效益", "满意度", "患者满意度", 40.0, 40.0)]
    assert not {"weights_not_100", "blank_form"} & set(warning_codes(r))

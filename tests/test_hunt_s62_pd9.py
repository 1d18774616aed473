"""Hunt pd9 (session 62): forms of layouts the fixtures had not in every format, made with the tools that make them
(python-docx printed by LibreOffice, reportlab, xlwt, LibreOffice Calc and Word 97), each beside the same form as a
tab-separated text dump (tests/fixtures/review/ct_s62_pd9_*, made by tests/fixtures/review/make_s62_pd9.py). Each
reading was written down by hand before the run; the other format and the text dump of one form must read alike.

Decided (wrong on main, fixed):
- a DOCX or a .doc whose 项目资金（万元） value cell holds a small Word table of money lines (`年度资金总额 | 180.00`
  …): its rows read in the table's rows under the label, as Word and the PDF show them (main: a grid of its own
  after the table, its amounts yuan, budget_year 180.0);
- a .doc LibreOffice wrote of a python-docx 考核任务分解表 (antiword writes its table all on one line): its tables
  read from the file's own table marks, 序号 and 考核项目 merged down (main: layout unknown, no item).
Kept (read right on main, guards): an eight-column 自评表 (年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因…) ruled, with
no borders, as a Calc XLSX of rowspans and in landscape with no rules; the same over two pages, the head repeated
and 产出指标 / 数量指标 merged across the break; a 部门整体 form as a PDF and an xlwt .xls; two forms on one page.
Left: the HTML reader keeps a nested table of columns a grid of its own (LibreOffice's web page of nested.docx
reads right all the same).
"""
from __future__ import annotations

import pytest

from tests.hunt_tools import budget_lines, indicator_targets, only_project, warning_codes

P, E, S = "产出指标", "效益指标", "满意度指标"
N, Q, T, C = "数量指标", "质量指标", "时效指标", "成本指标"
SAT = "服务对象满意度指标"
W = 10000.0
PAIRS = [("selfeval8", "pdf"), ("selfeval8_nr", "pdf"), ("selfeval8_calc", "xlsx"), ("selfeval8_split", "pdf"),
         ("land_nr", "pdf"), ("dept", "pdf"), ("dept_xlwt", "xls"), ("tasks", "pdf"), ("tasks", "doc"),
         ("nested", "docx"), ("nested", "doc"), ("nested", "pdf"), ("two_forms", "pdf")]


def _reading(r):
    fields = ("name", "department", "unit", "year", "goal_annual", "budget_total", "budget_year", "budget_fiscal",
              "budget_other", "spent", "score")
    return (r.document["layout"], [{k: p.get(k) for k in fields} for p in r.tables["projects"]], indicator_targets(r),
            [(i["target_raw"], i["weight"], i["actual_raw"], i["score"]) for i in r.tables["indicators"]],
            budget_lines(r), [(s["level1"], s["level3"], s["weight"], s["score"]) for s in r.tables["scores"]],
            [(a["seq"], a["section"], a["content"], a["points"]) for a in r.tables["assessment_items"]],
            [c for c in warning_codes(r) if c != "converted"])     # (a .doc is read through LibreOffice: said so)


@pytest.mark.parametrize("stem,ext", PAIRS)
def test_reads_as_its_text_dump(read, stem, ext):
    """The other format of a form and its tab-separated dump give the same projects, indicators, money and items."""
    assert _reading(read(f"ct_s62_pd9_{stem}.{ext}")) == _reading(read(f"ct_s62_pd9_{stem}.txt"))


# ---- the nested money table ------------------------------------------------------------------------------------------
NESTED = [(P, N, "培训基层卫生人员", ">=", 600.0, "人次"), (P, Q, "培训考核合格率", ">=", 95.0, "%"),
          (P, T, "培训完成时间", None, None, None), (E, "社会效益指标", "基层卫生服务能力提升", None, None, None),
          (S, SAT, "参训人员满意度", ">=", 90.0, "%")]


@pytest.mark.parametrize("ext", ["docx", "doc", "pdf", "txt"])
def test_nested_money_in_wan(read, ext):
    """`项目资金（万元）` beside a nested table `年度资金总额 | 180.00`, `其中：财政拨款 | 180.00`, `其他资金 | 0.00`:
    1,800,000 yuan. Main (DOCX and .doc): 180.0, the nested table read as a grid after the form."""
    r = read(f"ct_s62_pd9_nested.{ext}")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"]) == ("基层卫生人才能力提升培训项目", "某市卫生健康委员会", "某市卫生健康培训中心")
    assert (p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (180 * W, 180 * W, 0.0)
    assert indicator_targets(r) == NESTED
    assert [c for c in warning_codes(r) if c != "converted"] == ["vague_target"]


@pytest.mark.parametrize("ext", ["docx", "doc"])
def test_nested_rows_in_the_cells_rows(ext):
    """The DOCX's (and the .doc's) grid: the label merged down over the nested table's three rows, each line's name and amount in
    the label's row band, the amount out to the table's right edge; the form's later rows below them."""
    from jixiao.pipeline import extract_file, read_input
    from tests.conftest import REVIEW
    path = str(REVIEW / f"ct_s62_pd9_nested.{ext}")
    ex = extract_file(path, read_input(path), "x")
    assert len(ex.grids) == 1
    cells = {(c.row, c.col): (c.text, c.rowspan, c.colspan) for c in ex.grids[0].cells}
    assert cells[(3, 0)] == ("项目资金（万元）", 3, 1)
    assert [cells[(3 + k, 1)][0] for k in range(3)] == ["年度资金总额", "其中：财政拨款", "其他资金"]
    assert [cells[(3 + k, 2)] for k in range(3)] == [("180.00", 1, 2), ("180.00", 1, 2), ("0.00", 1, 2)]
    assert cells[(6, 0)][0] == "年度绩效目标" and cells[(8, 0)] == ("产出指标", 3, 1)


# ---- the 考核任务分解表 as a .doc ----------------------------------------------------------------------------------------
TASKS = [(1, "特色产业培育：新增特色种养基地数量", 10.0), (2, "农产品品牌建设：新认证绿色食品数量", 5.0),
         (3, "农村厕所改造：户厕改造完成率", 10.0), (4, "生活垃圾治理：垃圾收运覆盖率", 10.0),
         (5, "矛盾纠纷化解：纠纷调处成功率", 5.0)]


@pytest.mark.parametrize("ext", ["doc", "pdf", "txt"])
def test_task_breakdown_items(read, ext):
    """Five items of 40 points, numbered by their 考核内容 (`1、特色产业培育`), 考核项目 merged over two of them.
    Main (.doc): layout unknown, no item (antiword's text of the table one line)."""
    r = read(f"ct_s62_pd9_tasks.{ext}")
    assert [(a["seq"], a["content"], a["points"]) for a in r.tables["assessment_items"]] == TASKS
    assert [(a["section"], a["responsible"]) for a in r.tables["assessment_items"]][1:3] == \
        [("产业发展", ["市场监管局"]), ("人居环境", ["卫健局"])]
    assert r.tables["projects"] == []


# ---- guards: the eight-column 自评表 --------------------------------------------------------------------------------------
SELF = [(P, N, "运维站点数量", ">=", 120.0, "个"), (P, N, "投放公共自行车数量", ">=", 3000.0, "辆"),
        (P, Q, "车辆完好率", ">=", 95.0, "%"), (P, T, "故障车辆修复时间", "<=", 48.0, "小时"),
        (P, C, "单车年运维成本", "<=", 800.0, "元"), (E, "社会效益指标", "日均骑行人次", ">=", 1.2, "万人次"),
        (E, "可持续影响指标", "系统正常运行年限", ">=", 5.0, "年"), (S, SAT, "市民满意度", ">=", 90.0, "%")]
SELF_SCORES = [("≥120个", 15.0, "126个", 15.0), ("≥3000辆", 10.0, "2860辆", 9.0), ("≥95%", 10.0, "96.2%", 10.0),
               ("≤48小时", 10.0, "36小时", 10.0), ("≤800元", 5.0, "760元", 5.0), ("≥1.2万人次", 15.0, "1.1万人次", 13.0),
               ("≥5年", 10.0, "5年", 10.0), ("≥90%", 15.0, "93%", 15.0)]


@pytest.mark.parametrize("name", ["selfeval8.pdf", "selfeval8_nr.pdf", "selfeval8_calc.xlsx", "land_nr.pdf"])
def test_selfeval_eight_columns(read, name):
    """Guard: the project, its money (年初 / 全年预算 / 全年执行 in 万元), the 预算执行率 score row, each indicator's
    target, points, actual and score, the total from `总分：96.25`."""
    r = read(f"ct_s62_pd9_{name}")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["year"]) == ("城区公共自行车系统运维项目", "某市交通运输局",
                                                                  "某市公共交通服务中心", 2025)
    assert (p["budget_year"], p["budget_fiscal"], p["budget_other"], p["spent"], p["score"]) == \
        (320 * W, 300 * W, 20 * W, 296 * W, 96.25)
    assert indicator_targets(r) == SELF
    assert [(i["target_raw"], i["weight"], i["actual_raw"], i["score"]) for i in r.tables["indicators"]] == SELF_SCORES
    assert [(s["level3"], s["weight"], s["score"]) for s in r.tables["scores"]] == [("预算执行率", 10.0, 9.25)]
    assert warning_codes(r) == []


def test_selfeval_split_over_pages(read):
    """Guard: the head repeated on page 2, 产出指标 / 数量指标 merged down across the break: 31 indicators, the row
    after the 24 片区 rows (`投放公共自行车数量`) still 产出指标 / 数量指标."""
    got = indicator_targets(read("ct_s62_pd9_selfeval8_split.pdf"))
    assert len(got) == 31
    assert got[0] == (P, N, "第1片区站点运维数量", ">=", 5.0, "个")
    assert got[23:26] == [(P, N, "第24片区站点运维数量", ">=", 28.0, "个"), SELF[1], SELF[2]]
    assert got[-1] == SELF[-1]


@pytest.mark.parametrize("name", ["dept.pdf", "dept_xlwt.xls"])
def test_department_whole_form(read, name):
    """Guard: a 部门整体 form names no project; its body the department, 资金总额 the budget_total."""
    r = read(f"ct_s62_pd9_{name}")
    p = only_project(r)
    assert (p["name"], p["department"], p["year"]) == (None, "某县农业农村局", 2025)
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (2460 * W, 2300 * W, 160 * W)
    got = indicator_targets(r)
    assert len(got) == 7
    assert got[1] == (P, N, "农业技术培训人次", ">=", 2000.0, "人次")
    assert got[4:6] == [(E, "经济效益指标", "粮食亩均增产", ">=", 50.0, "公斤"), (E, "生态效益指标", "化肥使用量减少", ">=", 3.0, "%")]


def test_two_forms_on_one_page(read):
    """Guard: two ruled forms stacked on one page: two projects, each with its own money and indicators."""
    r = read("ct_s62_pd9_two_forms.pdf")
    got = [(p["name"], p["unit"], p["budget_year"], p["budget_other"]) for p in r.tables["projects"]]
    assert got == [("城市道路照明设施维护", "某县路灯管理所", 260 * W, 0.0), ("城区绿化养护项目", "某县园林绿化中心", 410 * W, 30 * W)]
    assert [i["level3"] for i in r.tables["indicators"]] == ["维护路灯数量", "路灯亮灯率", "夜间出行安全保障", "市民满意度",
                                                             "养护绿地面积", "苗木成活率", "养护完成时间", "市民满意度"]

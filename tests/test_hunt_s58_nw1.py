"""Hunt nw1 (session 58): new layouts, whole forms of kinds and places not among the review fixtures. Fixtures
ct_s58_nw1_* (text dumps, tab-separated cells, from tests/fixtures/review/make_s58_nw1.py); each reading was written
down by hand, field by field, before jixiao was run.

Decided:
- a head whose cells' last word a line break put on a line of its own (`一级 | 二级 | 三级指标 | 指标值` over `指标 |
  指标`): one head, the line no row (it was an indicator `指标` of target `指标`, a vague_target);
- OCR look-alikes 管/菅, 施/旌, 绩/缋 in labels (`主菅部门`, `实旌单位`, `年度缋效目标`): the labels read (the department
  and the unit were kept in other_fields under the misread labels);
- a merged `绩效指标` cell printed top to bottom left of the indicator table (`绩` / `效` / `指` / `标`, one a row, its
  first character beside the head at times): no cell of any row (unplaced_cell warnings, and `效` beside an empty
  level-1 cell was read as that row's level 1);
- `年度预算申请（万元） | 资金总额 | 基本支出 | 项目支出` over its amounts, then `| 其中：财政拨款 | 3,286.40` under the
  block label merged down: the part in the block's unit (it was 3,286.40 元, a fiscal_total_gap);
- a money label's unit a line break cut onto the row below, alone in the label's column (`资金总额 | 960 | 其中：中央资金
  | 720` over `（万元） | | 地方配套 | 240`; `项目资金 | 年度资金总额 | 185` over `（万元） | 其中：财政拨款 | 185`): the
  money on the label's row and the block's rows from there in it (they were 元, the second part ungrouped).
Kept (right on main, guards): a central 申报表's 中期 | 年度 sides (goal, money and values); a Guangdong 指标内容 |
指标值 | 备注 table; a special bond's 项目总投资 / 本年度申请债券额度; a 转移支付区域 form's 中央补助 / 地方资金; a 部门整体
form's tasks; an 事前绩效评估 summary's 评估得分 / 评估等级 / 评估结论; a township's 自评表 with OCR slips (`8l.6`,
`1OO%`) and names cut over two lines; two projects in one dump, with or without a gap; a lottery fund's 指标性质 |
指标值 | 计量单位; a 指标方向 column; a 序号 column; a bond's need by year; labels spaced out (`项 目 名 称`); a matrix's
`(万元)` under its head row (no amount there) still the matrix's unit.
"""
from __future__ import annotations

from tests.hunt_tools import budget_lines, only_project, other_fields, warning_codes

W = 10_000


def _ind(r, *keys):
    return [tuple(i.get(k) for k in keys) for i in r.tables["indicators"]]


def _fields(p, *keys):
    return tuple(p.get(k) for k in keys)


# ---------------------------------------------------------------- decided (each failed on main)

def test_head_rest_line(read):
    """`一级 | 二级 | 三级指标 | 指标值 | 备注` over `指标 | 指标`: five indicators, no `指标` one. Main: six, a vague_target."""
    r = read("ct_s58_nw1_head_two_lines.txt")
    assert _ind(r, "level1", "level2", "level3", "target_raw") == [
        ("产出指标", "数量指标", "安防工程实施里程", "≥95公里"), ("产出指标", "数量指标", "消除隐患路段", "42处"),
        ("产出指标", "质量指标", "交工验收合格率", "100%"), ("效益指标", "社会效益指标", "农村公路事故率下降", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%")]
    assert _ind(r, "note")[3] == ("较上年",) and warning_codes(r) == []


def test_ocr_lookalike_labels(read):
    """`主菅部门`, `实旌单位`, `年度缋效目标`: the department, the unit, the goal. Main: kept in other_fields under the
    misread labels, the goal lost."""
    r = read("ct_s58_nw1_township_ocr_labels.txt")
    p = only_project(r)
    assert _fields(p, "name", "department", "unit", "goal_annual") == (
        "石门镇集镇污水管网改造", "慈利县石门镇人民政府", "石门镇村镇建设服务站",
        "改造集镇污水管网3.2公里，集镇生活污水收集率达到85%。")
    assert other_fields(p) == {} and p["year"] == 2025 and p["budget_total"] == 210 * W
    assert budget_lines(r) == [("资金来源", "上级补助", 150 * W, "source"), ("资金来源", "镇级自筹", 60 * W, "source")]
    assert len(r.tables["indicators"]) == 4 and warning_codes(r) == []


def test_vertical_block_label(read):
    """`绩` / `效` / `指` / `标` down the column left of the levels: no cell; `效` is no level 1. Main: `效` the second
    row's level 1, three unplaced_cell warnings."""
    r = read("ct_s58_nw1_vertical_label.txt")
    assert _ind(r, "level1", "level2", "level3", "target_raw", "actual_raw") == [
        ("产出指标", "数量指标", "受益学生人数", "≥3.1万人", "3.12万人"),
        ("产出指标", "质量指标", "食品安全事故发生数", "0起", "0起"),
        ("效益指标", "社会效益指标", "学生营养健康状况", "逐步改善", "有所改善"),
        ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%", "95%")]
    assert warning_codes(r) == ["vague_target"]
    p = only_project(r)
    assert _fields(p, "form", "budget_year", "spent", "execution_rate") == ("self_eval", 2860 * W, 2811.4 * W, 0.983)


def test_vertical_block_label_from_head(read):
    """`绩` beside the head, `效` / `指` / `标` beside the first rows: no cell. Main: unplaced_cell warnings."""
    r = read("ct_s58_nw1_vertical_label_from_head.txt")
    assert _ind(r, "level1", "level2", "level3") == [
        ("产出指标", "数量指标", "覆盖行政村数"), ("产出指标", "质量指标", "垃圾无害化处理率"),
        ("效益指标", "生态效益指标", "村庄环境卫生状况"), ("满意度指标", "服务对象满意度指标", "村民满意度")]
    assert warning_codes(r) == ["vague_target"]


def test_block_unit_parts(read):
    """`年度预算申请（万元）` over its amounts, then `| 其中：财政拨款 | 3,286.40`: 3,286.40万. Main: 3,286.40 元, a
    fiscal_total_gap."""
    r = read("ct_s58_nw1_dept_whole_budget.txt")
    p = only_project(r)
    assert _fields(p, "department", "budget_total", "budget_fiscal") == ("眉山市东坡区民政局", 3286.4 * W, 3286.4 * W)
    assert budget_lines(r) == [("支出", "基本支出", 1046.4 * W, "use"), ("支出", "项目支出", 2240 * W, "use")]
    assert p["overview"] == "贯彻执行民政工作方针政策，负责社会救助、养老服务、社会事务管理等工作。"
    assert len(r.tables["indicators"]) == 5 and warning_codes(r) == []


def test_unit_cut_below_field(read):
    """`资金总额 | 960 | 其中：中央资金 | 720` over `（万元） | | 地方配套 | 240`: 960万, both parts in 万 and in the total's
    group. Main: 960 元, 720 元, 240 元 (the second ungrouped)."""
    r = read("ct_s58_nw1_unit_cut_below_field.txt")
    assert only_project(r)["budget_total"] == 960 * W
    assert budget_lines(r) == [("资金总额", "中央资金", 720 * W, "source"), ("资金总额", "地方配套", 240 * W, "source")]
    assert warning_codes(r) == []


def test_unit_cut_below_block(read):
    """`项目资金 | 年度资金总额 | 185` over `（万元） | 其中：财政拨款 | 185`: 185万 each. Main: 185 元."""
    r = read("ct_s58_nw1_unit_cut_below_block.txt")
    p = only_project(r)
    assert _fields(p, "budget_year", "budget_fiscal", "budget_other") == (185 * W, 185 * W, 0)
    assert budget_lines(r) == [] and warning_codes(r) == []


# ---------------------------------------------------------------- kept (right on main: guards)

def test_central_midlong_sides(read):
    """The central 申报表: the period's goal the total one, the year's the annual; each row two values, long_term and
    annual; 中期资金总额 the total, 年度资金总额 the year's."""
    r = read("ct_s58_nw1_central_midlong.txt")
    p = only_project(r)
    assert _fields(p, "name", "department", "department_code", "unit", "category", "year") == (
        "农业科技成果转化与推广服务", "农业农村部", "126", "全国农业技术推广服务中心", "延续项目", 2025)
    assert _fields(p, "budget_total", "budget_year", "budget_fiscal") == (2400 * W, 800 * W, 800 * W)
    assert p["goal_total"].startswith("目标1：在10个省份") and p["goal_annual"].startswith("目标1：新建示范基地10个")
    got = _ind(r, "level3", "target_raw", "horizon")
    assert len(got) == 14 and got[:2] == [("示范基地建设数量", "30个", "long_term"), ("示范基地建设数量", "10个", "annual")]
    assert got[10:12] == [("主推技术到位率", "逐年提高", "long_term"), ("主推技术到位率", "≥90%", "annual")]


def test_gd_content_value(read):
    """指标内容 | 指标值 | 备注: the name, the target, the note; 项目负责人及电话 the leader and the phone."""
    r = read("ct_s58_nw1_gd_content_value.txt")
    p = only_project(r)
    assert _fields(p, "name", "unit", "leader", "phone", "budget_total", "budget_fiscal") == (
        "番禺区基层医疗卫生机构能力提升项目", "广州市番禺区卫生健康局", "何志坚", "020-84628817", 1260 * W, 1260 * W)
    assert _ind(r, "level3", "op", "value", "unit", "note")[4] == ("单台DR设备采购成本", "<=", 150 * W, "元", "按政府采购中标价")
    assert len(r.tables["indicators"]) == 7 and warning_codes(r) == []


def test_special_bond(read):
    """项目总投资 the total, 本年度申请债券额度 the year's, 专项债券资金 a source line, 债券期限 kept."""
    r = read("ct_s58_nw1_special_bond.txt")
    p = only_project(r)
    assert _fields(p, "budget_total", "budget_year", "budget_other") == (36500 * W, 8000 * W, 14500 * W)
    assert budget_lines(r) == [("项目总投资", "专项债券资金", 22000 * W, "source")]
    assert other_fields(p) == {"债券期限": "15年"} and len(r.tables["indicators"]) == 8


def test_transfer_region(read):
    """转移支付名称 the name, 中央主管部门 the department, 中央补助 / 地方资金 source lines."""
    r = read("ct_s58_nw1_transfer_region.txt")
    p = only_project(r)
    assert _fields(p, "name", "department", "budget_year") == ("城乡义务教育补助经费", "教育部", 1865400 * W)
    assert budget_lines(r) == [("资金情况", "中央补助", 1402300 * W, "source"), ("资金情况", "地方资金", 463100 * W, "source")]
    assert _ind(r, "op", "value", "unit")[0] == ("~", 900, "万人")


def test_dept_whole_tasks(read):
    """A 部门整体 form: the department, each task a composition line, 金额合计 the total."""
    r = read("ct_s58_nw1_dept_whole.txt")
    p = only_project(r)
    assert _fields(p, "department", "budget_total") == ("南京市江宁区市场监督管理局", 701.5 * W)
    assert [b[1:] for b in budget_lines(r)] == [("食品安全监管", 420 * W, "composition"),
                                               ("特种设备安全监察", 185.5 * W, "composition"),
                                               ("知识产权保护", 96 * W, "composition")]


def test_prior_assessment(read):
    """评估得分 / 评估等级 the score and the grade, 评估结论 kept, the two amounts the total and the year's."""
    r = read("ct_s58_nw1_prior_assessment.txt")
    p = only_project(r)
    assert _fields(p, "score", "grade", "budget_total", "budget_year") == (82, "良", 3150 * W, 1200 * W)
    assert other_fields(p)["评估结论"].startswith("予以支持")


def test_township_self_eval(read):
    """`8l.6` the spent, `1OO%` / `≥9O%` / `≥l20户` the figures, the names cut over two lines whole, the score."""
    r = read("ct_s58_nw1_township_self_eval.txt")
    p = only_project(r)
    assert _fields(p, "form", "spent", "execution_rate", "score") == ("self_eval", 81.6 * W, 0.96, 92)
    assert _ind(r, "level3", "value") == [("改厕户数", 120), ("垃圾清运村数", 9), ("改厕验收合格率", 100),
                                         ("村容村貌改善情况", None), ("群众满意度", 90)]


def test_two_projects(read):
    """Two forms in one dump, with a gap or without: two projects, each its own indicators."""
    for name in ("ct_s58_nw1_two_projects.txt", "ct_s58_nw1_two_projects_no_gap.txt"):
        r = read(name)
        ps = r.tables["projects"]
        assert [(x["name"], x["unit"], x["budget_year"]) for x in ps] == [
            ("城区道路照明设施维护", "昆山市路灯管理所", 360 * W), ("城市公园绿地养护", "昆山市园林绿化管理所", 1120 * W)]
        ids = [i["project_id"] for i in r.tables["indicators"]]
        assert ids == [ps[0]["project_id"]] * 4 + [ps[1]["project_id"]] * 4


def test_lottery_fund_nature_column(read):
    """指标性质 | 指标值 | 计量单位: the target put together; 政府性基金预算 ticked no category; 彩票公益金 a source."""
    r = read("ct_s58_nw1_lottery_fund.txt")
    p = only_project(r)
    assert _fields(p, "category", "budget_year", "budget_other") == ("延续项目", 480 * W, 30 * W)
    assert _ind(r, "target_raw", "op", "value", "unit")[3] == ("≤12.6万元", "<=", 12.6 * W, "元")
    assert budget_lines(r) == [(None, "彩票公益金", 450 * W, "source")]


def test_direction_column(read):
    """指标方向 正向 / 反向: the operator `>=` / `<=`; the direction kept in the note."""
    r = read("ct_s58_nw1_direction_column.txt")
    assert _ind(r, "op", "value", "unit")[2:4] == [(">=", 95, "%"), ("<=", 5, "%")]


def test_seq_bond_spaced(read):
    """A 序号 column, a bond's need by year, labels spaced out: each form's fields."""
    p = only_project(read("ct_s58_nw1_seq_column.txt"))
    assert _fields(p, "department", "budget_total") == ("上海市闵行区住房保障和房屋管理局", 1600 * W)
    p = only_project(read("ct_s58_nw1_bond_by_year.txt"))
    assert _fields(p, "unit", "budget_total", "budget_year") == (
        "赣州经济技术开发区城市建设投资有限公司", 30000 * W, 12000 * W)
    p = only_project(read("ct_s58_nw1_spaced_labels.txt"))
    assert _fields(p, "department", "unit", "leader", "phone", "budget_total") == (
        "揭阳市榕城区水务局", "榕城区供水服务中心", "林振华", "0663-8235716", 2480 * W)
    assert p["goal_annual"] == "改造老旧供水管网46公里，城乡供水保证率达到95%以上。"


def test_self_eval_points(read):
    """分值 / 得分 in the indicator table, the level 1's points in its name, 总分 the score."""
    r = read("ct_s58_nw1_self_eval_points.txt")
    assert only_project(r)["score"] == 96.35
    assert _ind(r, "level1_std", "weight", "score")[2] == ("output", 15, 12)


def test_matrix_unit_piece_kept(read):
    """`项目资金 年初预算数 …` over `(万元) 年度资金总额 29 29 27.8 …` (a matrix's head, no amount on the label's row): the
    piece is the matrix's unit, not taken by the unit-below rule (a first draft of it read these 元)."""
    p = only_project(read("ah_yuan_head_over_two_lines.txt"))
    assert _fields(p, "budget_year", "spent") == (29 * W, 27.8 * W)
    p = only_project(read("ct_s31_norm_ocr_letter_digits.txt"))
    assert _fields(p, "budget_year", "spent") == (280 * W, 268.8 * W)

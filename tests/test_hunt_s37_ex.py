"""Hunt EX (session 37): what real tools make, read before any parser. Calc prints whose labels are longer than their
column (the text clipped at the next cell, the glyph the edge cuts drawn whole), with and without cell borders; a
PDF.js viewer's text layer saved as HTML of a form whose level cells are merged over rows and whose labels wrap over
two lines. Inputs tests/fixtures/review/ct_s37_ex_* (made by tests/fixtures/make_s37_ex.py with LibreOffice and
openpyxl); each test asserts what the form shows, written down before the run."""
from pathlib import Path

from extract.pdf import extract_pdf
from tests.hunt_tools import indicator_targets

REVIEW = Path(__file__).parent / "fixtures" / "review"

CLIPPED_INDICATORS = [
    ("产出指标", "数量指标", "改造集中供水工程", ">=", 12.0, "处"),
    ("产出指标", "数量指标", "新建输水管网", ">=", 45.0, "公里"),
    ("产出指标", "数量指标", "更新水处理设备", ">=", 20.0, "台套"),
    ("产出指标", "质量指标", "工程验收合格率", "=", 100.0, "%"),
    ("产出指标", "质量指标", "水质达标率", ">=", 95.0, "%"),
    ("效益指标", "社会效益指标", "农村自来水普及率", ">=", 98.0, "%"),
    ("效益指标", "社会效益指标", "受益人口", ">=", 4.2, "万人"),
    # (the level 2 clipped by the print: `服务对象满意度` is what the page shows)
    ("满意度指标", "服务对象满意度", "受益群众满意度", ">=", 90.0, "%"),
]


def _rows(name):
    ex = extract_pdf((REVIEW / name).read_bytes(), "x", str(REVIEW / name))
    return [[c.text for c in row] for g in ex.grids for row in g.rows() if row]


def _money_rows(rows):
    return [r for r in rows if r and r[-1] in ("860", "800", "60")]


def test_calc_clipped_labels_ruled(read):
    # `项目资金（万元）` in a column 7 wide: Calc prints `项目资金（`, its `（` cut by the rule and drawn whole over the
    # next cell, which took it (`（其中：财政拨款`: the budget line lost, budget_fiscal null); `年度绩效目标`'s `目` likewise
    rows = _rows("ct_s37_ex_calc_clipped_labels.pdf")
    assert _money_rows(rows) == [["项目资金（", "年度资金总额", "860"], ["其中：财政拨款", "800"], ["其他资金", "60"]]
    assert ["年度绩效目", "完成12处集中供水工程改造，农村自来水普及率达到98%以上。"] in rows
    r = read("ct_s37_ex_calc_clipped_labels.pdf")
    p = r.tables["projects"][0]
    assert (p["name"], p["department"], p["unit"], p["year"]) == ("农村饮水安全巩固提升工程", "县水利局", "县农村供水管理站", 2024)
    # (the print shows no unit: `项目资金（` lost its `万元）`; the amounts as written)
    assert (p["budget_fiscal"], p["budget_other"]) == (800.0, 60.0)
    assert r.tables["budget_items"] == []
    assert indicator_targets(r) == CLIPPED_INDICATORS


def test_calc_clipped_labels_without_borders(read):
    # the same sheet with no cell borders (Calc's default): read by the words' positions; the clipped glyph overlaps
    # the next cell's first one, and labels filling their column stand a cell's padding before the next (`一级指标二级指标`,
    # `主管部门县水利局`, `满意度指标服务对象满意度受益群众满意度` were one cell each: no name, no department, the
    # satisfaction indicator's name three cells)
    rows = _rows("ct_s37_ex_calc_clipped_labels_noborders.pdf")
    assert ["项目名称", "农村饮水安全巩固提升工程"] in rows
    assert ["主管部门", "县水利局", "实施单位", "县农村供水管理站"] in rows
    assert ["一级指标", "二级指标", "三级指标", "指标值", "备注"] in rows
    assert _money_rows(rows) == [["项目资金（", "年度资金总额", "860"], ["其中：财政拨款", "800"], ["其他资金", "60"]]
    r = read("ct_s37_ex_calc_clipped_labels_noborders.pdf")
    p = r.tables["projects"][0]
    assert (p["name"], p["department"], p["unit"], p["year"]) == ("农村饮水安全巩固提升工程", "县水利局", "县农村供水管理站", 2024)
    assert (p["budget_fiscal"], p["budget_other"]) == (800.0, 60.0)
    assert indicator_targets(r) == CLIPPED_INDICATORS


def test_pdfjs_text_layer_merged_levels(read):
    # a PDF.js page of a Calc print over two pages, no rules: `数量指标` centred over five rows and `产出指标` over
    # eleven, `项目资金（万` / `元）` and `服务对象满意度指` / `标` wrapped at Noto Sans CJK's line pitch (1.45 em): the
    # first row lost its level 2, the money its unit (800 元) and the satisfaction row its level 2
    r = read("ct_s37_ex_pdfjs_merged_levels.html")
    p = r.tables["projects"][0]
    assert (p["name"], p["department"], p["unit"], p["year"]) == ("农村饮水安全巩固提升工程", "县水利局", "县农村供水管理站", 2024)
    assert (p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (8600000.0, 8000000.0, 600000.0)
    assert p["goal_annual"] == "完成12处集中供水工程改造，农村自来水普及率达到98%以上。"
    got = indicator_targets(r)
    assert len(got) == 18
    assert [g[:3] for g in got[:5]] == [("产出指标", "数量指标", n) for n in
                                         ("改造集中供水工程", "新建输水管网", "更新水处理设备", "水质检测点位", "维修养护小型工程")]
    assert got[10][:3] == ("产出指标", "成本指标", "单处工程平均造价")
    assert got[-1] == ("满意度指标", "服务对象满意度指标", "受益群众满意度", ">=", 90.0, "%")
    assert [w["code"] for w in r.tables["warnings"]] == ["vague_target"]


def _named(r):
    return [(i["level1"], i["level2"], i["level3"], i["op"], i["value"], i["unit"], i["note"]) for i in r.tables["indicators"]]


def test_name_merged_over_two_target_rows(read):
    # Word: `培训基层医务人员` merged down over `≥300人次 | 线上` and `≥120人次 | 线下` (and `乡镇卫生院门诊量` over two
    # measures): the second row was an indicator of no name (unparsed_row); each row is an indicator of that name
    r = read("ct_s37_ex_merged_name.docx")
    p = r.tables["projects"][0]
    assert (p["name"], p["department"], p["unit"], p["year"]) == ("基层医疗卫生机构能力提升", "县卫生健康局", "县疾病预防控制中心", 2024)
    assert (p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (3200000.0, 3000000.0, 200000.0)
    assert p["contact"] == "王敏"
    assert _named(r) == [
        ("产出指标", "数量指标", "培训基层医务人员", ">=", 300.0, "人次", "线上"),
        ("产出指标", "数量指标", "培训基层医务人员", ">=", 120.0, "人次", "线下"),
        ("产出指标", "数量指标", "配置诊疗设备", ">=", 15.0, "台", None),
        ("产出指标", "质量指标", "培训考核合格率", ">=", 90.0, "%", None),
        ("效益指标", "社会效益指标", "乡镇卫生院门诊量", ">=", 5.0, "%", None),
        ("效益指标", "社会效益指标", "乡镇卫生院门诊量", ">=", 3.5, "万人次", "全年"),
        ("满意度指标", "服务对象满意度指标", "患者满意度", ">=", 90.0, "%", None),
    ]
    # (one name, two measures: the same name twice is what the form shows, and the check says so)
    assert sorted(w["code"] for w in r.tables["warnings"]) == ["duplicate_indicator", "duplicate_indicator"]
    assert r.document["status"] == "ok"


def test_plan_of_another_year_above_a_form(read):
    # `2023年度农村公路养护项目实施方案` told in prose (项目负责人：李强, its 2023 goal), then the project's 2024 form:
    # the 2024 form took the plan's leader and its 2023 goal (its own 450 公里 goal lost). Another year's plan is no
    # chapter of this form: the form keeps its own fields; the plan, with no table, is no project (as a plan alone)
    r = read("ct_s37_ex_two_year_forms.txt")
    (p,) = r.tables["projects"]
    assert (p["name"], p["department"], p["unit"], p["year"]) == ("农村公路日常养护", "县交通运输局", "县公路事业发展中心", 2024)
    assert p["leader"] is None
    assert p["goal_annual"] == "完成农村公路日常养护里程450公里，优良中等路率达到88%以上。"
    assert (p["budget_year"], p["budget_fiscal"]) == (3200000.0, 3200000.0)
    assert [(i["level3"], i["target_raw"]) for i in r.tables["indicators"]] == [
        ("养护里程", "≥450公里"), ("优良中等路率", "≥88%"), ("沿线群众满意度", "≥90%")]
    assert [w["code"] for w in r.tables["warnings"]] == ["not_a_form"]


def test_first_row_without_a_rule_of_its_own(read):
    # chromium's print of Excel's web page: each cell draws its side and bottom borders, `border-top:none` on the first
    # row under the title rows, so no rule runs above `项目名称 | 党建经费 | 项目类别 | 经常性项目` (on page 2 too): the
    # row was a text line above the table, both projects nameless
    r = read("ct_s37_ex_open_top_rows.pdf")
    assert [(p["name"], p["category"], p["department"], p["budget_total"]) for p in r.tables["projects"]] == [
        ("党建经费", "经常性项目", "区政府办公室", 10000.0), ("法律顾问费", "经常性项目", "区政府办公室", 120000.0)]
    assert [(i["level1"], i["level2"], i["level3"], i["target_raw"]) for i in r.tables["indicators"]] == [
        ("产出指标", "数量指标", "党建活动参与数", "=45人"), ("产出指标", "质量指标", "党建活动覆盖率", "100%"),
        ("满意度指标", "服务对象满意度指标", "党员职工满意度", ">=90%"),
        ("产出指标", "数量指标", "法律咨询服务次数", ">=24次"), ("效益指标", "社会效益指标", "依法行政水平", "提升"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", ">=90%")]

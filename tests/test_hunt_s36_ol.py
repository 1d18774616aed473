"""Hunt OL (session 36): readings the last session's notes left open (a report's prose chapter with no table of its
own, 考核对象, a 指标内容 column beside 三级指标, a last year's value without its unit, owners named outside the fields),
and declaration forms of provinces and layouts unlike the samples' (项目基本情况 blocks, 立项依据 / 实施方案 cells, 中期 and
年度 targets side by side, 指标值说明 / 评分标准 / 指标方向 columns; dumps, DOCX, XLSX). Inputs
tests/fixtures/review/ct_s36_ol_*; each test asserts what the form shows, written down before the run."""
import datetime as dt

import pytest
from tests.hunt_tools import other_fields


def _p(r, k=0):
    return r.tables["projects"][k]


def _inds(r):
    return [(i["level1"], i["level2"], i["level3"], i["op"], i["value"], i["unit"]) for i in r.tables["indicators"]]


def _codes(r, code):
    return [w for w in r.tables["warnings"] if w["code"] == code]


def _has(p, **want):
    got = {k: p[k] for k in want}
    assert got == want


# ---------------------------------------------------------------- the last notes' open readings

def test_prose_chapter_without_a_table_gives_its_leader(read):
    # `（三）项目负责人：李强` in a 实施方案's chapter with no table, the form further on: it was dropped as a notice's
    # paragraphs (the leader lost); it is the form's project told in prose
    r = read("ct_s36_ol_prose_chapter_no_table.txt")
    assert len(r.tables["projects"]) == 1
    _has(_p(r), name="农村饮水安全巩固提升工程项目", department="某县水利局", unit="某县水利局", leader="李强",
         budget_year=3000000.0, start_date=dt.date(2024, 1, 1), end_date=dt.date(2024, 12, 31))
    assert len(r.tables["indicators"]) == 4
    assert [w["message"][:31] for w in _codes(r, "not_a_form")] == ["a report's prose chapter naming"]
    assert not _codes(r, "unparsed_row")


def test_kaohe_duixiang_beside_the_name(read):
    # `项目名称：…      考核对象：县农业农村局` in one DOCX paragraph: the body assessed was lost; a body of government
    r = read("ct_s36_ol_kaohe_duixiang.docx")
    _has(_p(r), name="基层农技推广体系改革与建设补助", department="县农业农村局", unit=None, year=2024)
    assert len(r.tables["indicators"]) == 5


def test_content_column_beside_level3_is_the_explanation(read):
    r = read("ct_s36_ol_content_column.txt")
    got = [(i["level3"], i["explanation"], i["note"]) for i in r.tables["indicators"]]
    assert got == [("维修学校数", "年度内完成维修改造的学校数量", None),
                   ("验收合格率", "经验收合格的项目占完成项目的比例", "按竣工验收计"),
                   ("校舍安全隐患消除率", "消除隐患的校舍面积占排查隐患面积的比例", None),
                   ("师生满意度", "抽样问卷调查", None)]


def test_last_years_value_keeps_the_unit_column(read):
    r = read("ct_s36_ol_prev_value_unit.txt")
    assert [(i["level3"], i["note"]) for i in r.tables["indicators"]] == [
        ("资助参保人数", "上年实际值：12500人"), ("救助政策落实率", "上年实际值：98%"),
        ("困难群众医疗负担", "上年实际值：明显减轻"), ("救助对象满意度", "上年实际值：92%")]
    assert _inds(r)[0] == ("产出指标", "数量指标", "资助参保人数", ">=", 13000.0, "人")


@pytest.mark.parametrize("name, dept, unit", [
    ("ct_s36_ol_title_cdc_center.txt", None, "疾病预防控制中心"),       # no place before the institution's name
    ("ct_s36_ol_title_service_center.txt", None, "政务服务中心"),
    ("ct_s36_ol_title_body_in_name.txt", "县教育局", None),             # over `县教育局信息化建设项目`
])
def test_owner_from_the_title(read, name, dept, unit):
    r = read(name)
    _has(_p(r), department=dept, unit=unit)
    assert len(_codes(r, "department_from_title")) == 1


def test_money_line_alone(read):
    # `项目资金：2,600万元` on a line of its own: dropped without a word
    _has(_p(read("ct_s36_ol_money_line_alone.txt")), budget_total=26000000.0, department="某县医疗保障局")


# ---------------------------------------------------------------- declaration forms of other layouts

def test_w01_basic_block_with_prose_cells(read):
    r = read("ct_s36_ol_w01_basic_block.txt")
    p = _p(r)
    _has(p, year=2024, name="农村人居环境整治提升", project_code="43012424000012", department="湖南省某某县农业农村局",
         unit="某某县农村人居环境服务中心", leader="刘建华", phone="0731-82345678", category="延续项目",
         start_date=dt.date(2024, 1, 1), end_date=dt.date(2024, 12, 31), budget_total=4500000.0,
         budget_fiscal=4000000.0, budget_other=500000.0, basis="《农村人居环境整治提升五年行动方案（2021-2025年）》",
         goal_total="三年内实现全县行政村生活垃圾收运处置体系全覆盖。", goal_annual="新建公厕30座，生活垃圾收运处置覆盖率达到95%。")
    assert p["plan"] == "对全县12个乡镇开展村庄清洁行动，新建农村公厕30座，完善垃圾收运体系。"   # 实施方案 (was other_fields)
    assert [i["note"] for i in r.tables["indicators"]] == ["以验收数为准", None, None, "覆盖行政村数/行政村总数", "问卷调查"]
    assert [i["level2"] for i in r.tables["indicators"]] == ["数量指标", "数量指标", "质量指标", "社会效益指标",
                                                             "服务对象满意度指标"]


def test_w02_direction_and_scoring_columns(read):
    r = read("ct_s36_ol_w02_direction_scoring.txt")
    _has(_p(r), name="城市道路照明设施维护", department="某市城市管理局", unit="某市路灯管理所", budget_total=2685000.0)
    assert [x[3:] for x in _inds(r)] == [(">=", 12000.0, "盏"), (">=", 98.0, "%"), ("<=", 24.0, "小时"),
                                         ("<=", 220.0, "元/盏"), (">=", 90.0, "%")]
    assert r.tables["indicators"][0]["note"].startswith("完成得满分，每少100盏扣1分")


def test_w03_mid_term_and_annual_side_by_side(read):
    r = read("ct_s36_ol_w03_midterm_side.txt")
    _has(_p(r), year=2024, name="智慧校园建设", department="某县教育局", unit="某县第一中学", budget_year=1200000.0,
         budget_total=3600000.0, budget_fiscal=1200000.0, goal_total="建成覆盖全校的智慧教学和管理平台。")
    inds = r.tables["indicators"]
    assert [i["horizon"] for i in inds] == ["long_term", "annual"] * 5
    assert [(i["target_raw"]) for i in inds[:2]] == ["90间", "30间"]
    assert inds[3]["level1"] == "产出指标" and inds[3]["level2"] == "质量指标"


def test_w04_sichuan_code_and_cost(read):
    r = read("ct_s36_ol_w04_sichuan_props.txt")
    _has(_p(r), year=2025, name="公共文化服务体系建设专项", project_code="51000025R000000012345",
         department="四川省文化和旅游厅", department_code="301", unit="四川省图书馆", category="经常性项目",
         budget_year=8000000.0, budget_fiscal=8000000.0)
    assert len(r.tables["indicators"]) == 7
    assert _inds(r)[4][3:] == ("<=", 15000.0, "元")
    assert r.tables["indicators"][5]["note"] == "较上年增长5%"


def test_w05_weights_and_core(read):
    r = read("ct_s36_ol_w05_weights_core.txt")
    _has(_p(r), unit="某区住房和城乡建设局", leader="陈明", phone="13812345678", category="新增项目",
         fund_use="基本建设支出", budget_total=23500000.0, budget_year=12000000.0)
    assert [(i["weight"], i["core"]) for i in r.tables["indicators"]] == [
        (20.0, True), (15.0, True), (10.0, False), (10.0, False), (20.0, True), (15.0, True)]
    assert len(_codes(r, "weights_not_100")) == 1          # (they add up to 90)


def test_w06_operator_and_nature_columns(read):
    r = read("ct_s36_ol_w06_op_column_nature.txt")
    _has(_p(r), name="省级乡村振兴驻镇帮镇扶村资金", department="广东省农业农村厅", budget_total=50000000.0)
    assert [x[3:] for x in _inds(r)] == [(">=", 120.0, "个"), ("=", 80.0, "个"), (">=", 95.0, "%"), (">=", 5.0, "%"),
                                         (None, None, None), (">=", 90.0, "%")]
    assert r.tables["indicators"][3]["note"] == "比上年；指标性质：定量"


def test_w07_rows_broken_over_lines(read):
    r = read("ct_s36_ol_w07_broken_rows.txt")
    _has(_p(r), leader="王芳", phone="13900001111", start_date=dt.date(2024, 3, 1), end_date=dt.date(2024, 12, 31),
         budget_year=9600000.0, unit="某县供排水有限公司")
    assert _p(r)["goal_annual"].count("；") == 2
    assert _inds(r)[1] == ("产出指标", "数量指标", "新增入户水表", ">=", 2500.0, "只")


def test_w08_money_in_yuan(read):
    r = read("ct_s36_ol_w08_yuan_money.txt")
    _has(_p(r), category="一次性项目", budget_total=1256800.0, budget_fiscal=1000000.0, budget_other=256800.0,
         start_date=dt.date(2024, 4, 1), end_date=dt.date(2024, 12, 31))
    assert len(r.tables["indicators"]) == 6


def test_w09_basis_column_is_the_note(read):
    r = read("ct_s36_ol_w09_basis_column.txt")
    assert [i["note"] for i in r.tables["indicators"]] == ["上年发放人数", "上年发放人数", "政策要求", "政策要求", "省定标准",
                                                           "计划标准", "历史标准"]
    assert _inds(r)[4][3:] == (">=", 80.0, "元/人·月")


def test_w10_fields_as_lines(read):
    r = read("ct_s36_ol_w10_long_term_lines.txt")
    _has(_p(r), department="某县农业农村局", unit="某县农田建设服务中心", leader="赵军", phone="0351-6123456",
         start_date=dt.date(2024, 1, 1), end_date=dt.date(2025, 12, 31), budget_total=36000000.0)
    assert sorted(b["amount"] for b in r.tables["budget_items"]) == [6000000.0, 10000000.0, 20000000.0]


def test_w11_period_of_years_and_two_row_head(read):
    r = read("ct_s36_ol_w11_two_row_head.txt")
    # `项目期限 | 2024年-2026年`: from 1 January of the first year to 31 December of the last (both were null)
    _has(_p(r), start_date=dt.date(2024, 1, 1), end_date=dt.date(2026, 12, 31), budget_total=9000000.0,
         budget_year=3000000.0)
    assert [(i["target_raw"], i["horizon"]) for i in r.tables["indicators"][:2]] == [("15个", "long_term"),
                                                                                      ("5个", "annual")]


def test_w12_numbered_names_and_word_operators(read):
    r = read("ct_s36_ol_w12_numbered_names.txt")
    assert [x[2:] for x in _inds(r)] == [
        ("农产品定量抽检批次", ">=", 600.0, "批次"), ("快速检测样品数", ">=", 12000.0, "个"),
        ("农产品抽检合格率", ">=", 98.0, "%"), ("问题产品处置时限", "<=", 48.0, "小时"),
        ("重大农产品质量安全事件", "=", 0.0, "起"), ("消费者满意度", ">=", 85.0, "%")]


def test_w13_budget_detail_table(read):
    r = read("ct_s36_ol_w13_budget_detail.txt")
    assert [(b["name"], b["amount"], b["price"], b["quantity"]) for b in r.tables["budget_items"]] == [
        ("法律顾问服务费", 360000.0, 3000.0, 120.0), ("法律援助案件补贴", 90000.0, 1500.0, 60.0),
        ("宣传资料印制", 36000.0, 36000.0, 1.0)]
    _has(_p(r), budget_total=486000.0)


def test_w14_signoff_under_the_table(read):
    r = read("ct_s36_ol_w14_signoff.txt")
    _has(_p(r), leader="周丽", contact="孙婷", phone="0571-86001234", fill_date=dt.date(2024, 1, 5))
    assert r.tables["indicators"][2]["qualifier"] == "2024年12月底前"
    assert len(r.tables["indicators"]) == 4


def test_w15_shares_and_ranges(read):
    r = read("ct_s36_ol_w15_rate_share_mixed.txt")
    inds = r.tables["indicators"]
    assert [(i["op"], i["value"], i["value_max"], i["unit"]) for i in inds] == [
        ("=", 46.0, None, "条"), ("=", 1.0, None, None), (None, None, None, None), ("range", 8000.0, 12000.0, "元"),
        (None, None, None, None), ("=", 0.9, None, None)]
    _has(_p(r), unit="某县交通运输局", budget_total=1680000.0)


def test_w16_option_boxes_in_cells_of_their_own(read):
    # 项目类别 | √ | 一般性项目 | | 重点项目: the options were an unplaced cell, nothing ticked read
    r = read("ct_s36_ol_w16_checkbox_cells.txt")
    _has(_p(r), category="一般性项目", leader="李华", start_date=dt.date(2024, 1, 1), end_date=dt.date(2024, 12, 31))
    assert other_fields(_p(r)) == {"项目属性": "经常性"}
    assert not _codes(r, "unplaced_cell") and r.document["status"] == "ok"


def test_w17_goals_in_one_row(read):
    r = read("ct_s36_ol_w17_goals_one_row.txt")
    _has(_p(r), goal_total="三年累计开展职业技能培训3万人次。", goal_annual="2025年开展职业技能培训1万人次，取证率不低于80%。",
         budget_total=12000000.0, budget_fiscal=12000000.0)


def test_w18_layout_with_spaces(read):
    r = read("ct_s36_ol_w18_layout_spaces.txt")
    _has(_p(r), department="某县交通运输局", unit="某县公路事业发展中心", leader="韦海", budget_year=2600000.0)
    assert [i["level1"] for i in r.tables["indicators"]] == ["产出指标"] * 3 + ["效益指标", "满意度指标"]


def test_w19_long_term_and_annual_sections(read):
    r = read("ct_s36_ol_w19_sections_horizon.txt")
    assert [i["horizon"] for i in r.tables["indicators"]] == ["long_term"] * 2 + ["annual"] * 3
    _has(_p(r), budget_total=58000000.0, budget_year=20000000.0)


def test_w20_scoring_weight_and_explanation(read):
    r = read("ct_s36_ol_w20_scoring_weight_expl.txt")
    inds = r.tables["indicators"]
    assert [i["weight"] for i in inds] == [20.0, 20.0, 15.0, 15.0, 15.0, 15.0]
    assert [i["explanation"] for i in inds] == ["全年收集转运生活垃圾总量", "无害化处理量/收集量", None, None, None, "抽样调查"]
    assert inds[0]["note"] == "按完成比例计分"
    assert not _codes(r, "weights_not_100")


def test_d1_docx_basic_block_merged(read):
    r = read("ct_s36_ol_d1_basic_block.docx")
    _has(_p(r), name="基本公共卫生服务", project_code="36072424000031", department="江西省某县卫生健康委员会",
         unit="某县疾病预防控制中心", leader="黄志强", phone="0797-5123456", category="持续性项目",
         budget_total=15200000.0, budget_fiscal=15200000.0, goal_total="居民健康素养水平持续提升，重点人群健康管理率稳步提高。",
         goal_annual="65岁以上老年人健康管理率达到65%以上。")
    assert _p(r)["plan"].startswith("按人均89元标准拨付")
    assert [i["note"] for i in r.tables["indicators"]] == ["接受健康管理人数/辖区老年人数", None, None, "国家监测口径", None]


def test_d2_docx_direction_column(read):
    r = read("ct_s36_ol_d2_direction_scoring.docx")
    _has(_p(r), year=2025, leader="吴刚", budget_year=18800000.0, unit="某市环境卫生管理处")
    assert [x[3:] for x in _inds(r)] == [(">=", 560.0, "万平方米"), (">=", 90.0, "%"), ("<=", 24.0, "小时"),
                                         ("<=", 12.0, "次"), (">=", 85.0, "%")]


def test_d3_docx_kaohe_with_content_column(read):
    r = read("ct_s36_ol_d3_kaohe_content.docx")
    _has(_p(r), department="某县医疗保障局", budget_total=26000000.0)
    assert [i["explanation"] for i in r.tables["indicators"]] == [
        "年度城乡居民医保参保人数", "参保人数占应参保人数的比例", "政策范围内报销金额/住院费用", "问卷调查"]
    assert all(i["note"] is None for i in r.tables["indicators"])


def test_x1_xlsx_last_years_value_in_percent_cells(read):
    r = read("ct_s36_ol_x1_prev_value_unit.xlsx")
    assert [i["note"] for i in r.tables["indicators"]] == [
        "上年指标值：80条", "上年指标值：95%", "发现后；上年指标值：24小时", "上年指标值：85%", "上年指标值：90%"]


def test_x2_xlsx_mid_annual_block(read):
    r = read("ct_s36_ol_x2_mid_annual_block.xlsx")
    _has(_p(r), project_code="2024-XC-018", leader="郑伟", phone="18907971234", start_date=dt.date(2024, 1, 1),
         end_date=dt.date(2026, 12, 31), budget_total=6000000.0, budget_year=2400000.0,
         goal_annual="完成平台一期建设并接入50个行政村。")
    assert not r.tables["budget_items"]          # (实施期总额 / 年度总额 were two source lines)
    assert [i["horizon"] for i in r.tables["indicators"]] == ["long_term", "annual"] * 4

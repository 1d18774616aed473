"""The general parser alone (`--no-layouts`) must read the samples as their layouts do.

Documented differences: none — every built-in layout reads its forms with the
same label-driven core, so only the `layout` column may differ
(`generic:<form>` instead of the template id).
"""
from __future__ import annotations

import collections
import json
from pathlib import Path

import pytest

from jixiao.pipeline import process_file
from tests.golden_tool import samples

DOCUMENTED_DIFFERENCES: dict[str, set[str]] = {}   # sample -> tables allowed to differ


@pytest.mark.parametrize("sample", [s.name for s in samples()])
def test_generic_alone_matches_the_layouts(sample):
    path = next(s for s in samples() if s.name == sample)
    with_layouts = process_file(path)
    generic = process_file(path, layouts={"generic"})
    assert generic.document["layout"].startswith("generic:"), generic.document["layout"]
    for table, rows in with_layouts.tables.items():
        if table in DOCUMENTED_DIFFERENCES.get(sample, set()):
            continue
        got = [{k: v for k, v in r.items() if k != "layout"} for r in generic.tables[table]]
        want = [{k: v for k, v in r.items() if k != "layout"} for r in rows]
        assert got == want, f"{sample} {table}: the general parser differs"
    assert {p["layout"] for p in generic.tables["projects"]} <= {"generic:target", "generic:self_eval"}


def test_unknown_layout_id_is_an_error_listing_the_known():
    from parsers import registry
    with pytest.raises(KeyError, match="known layouts"):
        registry.get("nope")


def _outline_rows(text: str):
    from extract.txt import extract_txt
    from parsers.core import document_rows
    return document_rows(extract_txt(text.encode("utf-8"), "x"))


def test_an_indicator_outline_becomes_a_table():
    rows = _outline_rows("一、产出指标\n（一）数量指标\n1.补贴驿站数量：≥120家\n2.服务人次：约80000人次\n")
    assert [r.texts for r in rows] == [["一级指标", "二级指标", "三级指标", "指标值"],
                                       ["产出指标", "数量指标", "补贴驿站数量", "≥120家"],
                                       ["服务人次", "约80000人次"]]
    assert [c.line for c in rows[1].cells] == [1, 2, 3, 3] and rows[1].grid.origin == "outline"


def test_numbered_prose_is_no_outline():
    text = "一、基本情况\n1.项目背景：本项目始于2019年。\n2.实施内容：建设驿站。\n"   # no level heading
    assert all(r.is_text_line for r in _outline_rows(text))
    text = "一、产出指标\n1.补贴驿站数量：≥120家\n"                                   # one item only
    assert all(r.is_text_line for r in _outline_rows(text))


def _read(tmp_path, text: str):
    p = tmp_path / "form.txt"
    p.write_text(text, encoding="utf-8")
    return process_file(p, layouts={"generic"})


FORM_HEAD = ("部门整体支出绩效目标申报表\n（2024年度）\n"
             "部门（单位）名称\t某市统计局\t\t\t\n"
             "总体资金情况（万元）\t收入构成\t金额\t支出构成\t金额\n"
             "\t财政拨款\t486.30\t基本支出\t372.80\n"
             "\t其他资金\t19.20\t项目支出\t132.70\n"
             "\t合计\t505.50\t合计\t505.50\n")
DUTY1 = "（一）贯彻执行国家统计法律法规和统计标准，组织实施全市统计调查任务。"
DUTY2 = "（二）组织实施人口、经济、农业等重大国情国力普查，汇总、审核、公布普查数据。"
DUTY3 = "（三）依法监督检查统计法律法规的执行情况，查处统计违法行为。"
FORM_TAIL = ("年度绩效指标\t一级指标\t二级指标\t三级指标\t指标值\n"
             "\t产出指标\t数量指标\t完成统计调查项目数\t≥45项\n")


def test_prose_over_rows_of_a_merged_label_and_a_money_block_total(tmp_path):
    res = _read(tmp_path, FORM_HEAD + f"部门职能概述\t{DUTY1}\t\t\t\n\t{DUTY2}\t\t\t\n\t{DUTY3}\t\t\t\n" + FORM_TAIL)
    (p,) = res.tables["projects"]
    assert p["overview"] == DUTY1 + DUTY2 + DUTY3
    assert p["budget_total"] == 5055000.0
    assert "合计" not in [b["name"] for b in res.tables["budget_items"]]
    assert not [w for w in res.tables["warnings"] if w["code"] == "unparsed_row" and "（二）" in w["message"]]


def test_a_row_under_prose_that_is_a_field_or_a_number_does_not_continue_it(tmp_path):
    res = _read(tmp_path, FORM_HEAD + f"部门职能概述\t{DUTY1}\t\t\t\n\t年度目标：完成全市统计调查任务\t\t\t\n\t505.50\t\t\t\n"
                + FORM_TAIL)
    (p,) = res.tables["projects"]
    assert p["overview"] == DUTY1 and p["goal_annual"] == "完成全市统计调查任务"


def test_a_block_name_titling_a_column_of_a_task_table_is_kept_in_note(tmp_path):
    res = _read(tmp_path, FORM_HEAD + "年度重点工作任务\t任务名称\t预算金额（万元）\t绩效目标\t\n"
                + "\t常规统计调查\t58.00\t数据上报及时率100%\t\n" + FORM_TAIL)
    (line,) = [b for b in res.tables["budget_items"] if b["kind"] == "composition"]
    assert (line["name"], line["amount"], line["note"]) == ("常规统计调查", 580000.0, "绩效目标：数据上报及时率100%")
    assert not [w for w in res.tables["warnings"] if w["code"] == "unplaced_cell"]


def test_target_columns_by_year_give_a_record_per_year(tmp_path):
    text = ("2024年度项目支出绩效目标表\n项目名称\t监测能力提升项目\t\t\t\t\t\n"
            "中期资金安排（万元）\t合计\t2024年\t2025年\t2026年\t\t\n\t1,860.00\t720.00\t640.00\t500.00\t\t\n"
            "绩效指标\t一级指标\t二级指标\t三级指标\t2024年目标值\t2025年目标值\t2026年目标值\n"
            "\t产出指标\t数量指标\t新建监测站数量\t6个\t4个\t2个\n"
            "\t效益指标\t社会效益指标\t预警发布及时率\t100%\t—\t—\n")
    res = _read(tmp_path, text)
    (p,) = res.tables["projects"]
    assert (p["budget_total"], p["budget_year"]) == (18600000.0, 7200000.0)
    got = [(i["level3"], i["target_raw"], i["horizon"], i["target_year"]) for i in res.tables["indicators"]]
    assert got == [("新建监测站数量", "6个", "annual", 2024), ("新建监测站数量", "4个", "long_term", 2025),
                   ("新建监测站数量", "2个", "long_term", 2026), ("预警发布及时率", "100%", "annual", 2024)]
    assert all(i["note"] is None for i in res.tables["indicators"])


def test_required_marks_on_labels_and_numbered_level_cells():
    from normalize.records import normalize_indicator
    from parsers.core import label_key, match_field
    assert label_key("*项目名称（必填）：") == "项目名称" and match_field("＊主管部门：")[0] == "department"
    rec = normalize_indicator({"level1": "1.产出指标", "level2": "1.1数量指标", "level3": "1.5米宽道路长度",
                               "target_raw": "≥3公里"})
    assert (rec["level1"], rec["level2"], rec["level3"]) == ("产出指标", "数量指标", "1.5米宽道路长度")
    assert normalize_indicator({"level1": "（一）产出", "level2": "2.1社会效益指标"})["level2"] == "社会效益指标"


def test_remark_rows_are_no_indicators():
    from parsers.tables import is_remark
    assert is_remark("备注：成本指标按审计结算价填列。") and is_remark("注：满意度由第三方调查。")
    assert is_remark("村级公示时间：2025年2月10日—2025年2月20日")
    assert not is_remark(">=95%") and not is_remark("产出指标：") and not is_remark("指标1：完工率")
    assert not is_remark("公益性岗位安置人数")


def test_a_notice_closing_with_contact_lines_gives_no_project(tmp_path):
    text = ("关于开展预算绩效管理工作考核的通知\n请各部门于3月31日前将自评表报送市财政局。\n"
            "联系人：彭丽娟　　联系电话：0736-7783361\n\n附件\n预算绩效管理工作考核评分表\n"
            "序号\t考核项目\t考核内容\t分值\t评分标准\n1\t绩效目标管理\t绩效目标编制质量\t15\t覆盖率100%的得满分\n"
            "2\t\t绩效目标公开\t5\t未公开的不得分\n")
    res = _read(tmp_path, text)
    assert res.tables["projects"] == []
    assert [(a["section"], a["content"]) for a in res.tables["assessment_items"]] == [
        ("绩效目标管理", "绩效目标编制质量"), ("绩效目标管理", "绩效目标公开")]


def test_system_field_codes_and_the_budget_year_field(tmp_path):
    from parsers.core import match_field
    assert match_field("项目总金额(PRO_TOTAL_AMT)")[0] == "budget_total"
    assert match_field("年度绩效目标(YEAR_KPI_GOAL)")[0] == "goal_annual"
    text = ("项目绩效目标导出\n预算年度(SET_YEAR)\t2025\n项目名称(PRO_NAME)\t居家养老服务补贴\n"
            "一级指标\t二级指标\t三级指标\t指标性质\t指标值\t计量单位\n"
            "产出指标\t数量指标\t享受补贴人数\t≈\t1100\t人\n")
    (p,) = _read(tmp_path, text).tables["projects"]
    assert p["year"] == 2025
    (i,) = _read(tmp_path, text).tables["indicators"]
    assert (i["target_raw"], i["op"], i["value"], i["unit"]) == ("≈1100人", "~", 1100.0, "人")


def test_score_table_weights_in_percent(tmp_path):
    text = ("项目支出绩效评价评分表\n项目名称：污水治理设施运维\n评价年度：2024年度　　预算金额：318.00万元\n"
            "一级指标\t二级指标\t三级指标\t权重\t评分依据\t得分\t扣分说明\n"
            "决策（15%）\t项目立项\t立项依据充分性\t5%\t行动方案\t5\t\n"
            "\t\t绩效目标合理性\t4%\t申报表\t3.5\t部分指标未细化，扣0.5分\n"
            "合　　计\t\t\t100%\t\t94.8\t\n")
    res = _read(tmp_path, text)
    (p,) = res.tables["projects"]
    assert (p["year"], p["budget_year"], p["score"]) == (2024, 3180000.0, 94.8)
    assert [(s["level3"], s["weight"], s["score"]) for s in res.tables["scores"]] == [
        ("立项依据充分性", 5.0, 5.0), ("绩效目标合理性", 4.0, 3.5)]


@pytest.mark.parametrize(("cell", "target", "actual"), [
    ("目标≥20000人，实际20416人", "≥20000人", "20416人"),
    ("目标：≥20000人；实际：19872人", "≥20000人", "19872人"),
    ("目标值=100%，完成值100%", "=100%", "100%"),
    ("目标≤30个工作日实际28个工作日", "≤30个工作日", "28个工作日"),
    ("目标：长效，实际：长效", "长效", "长效"),
])
def test_target_and_actual_in_one_cell(tmp_path, cell, target, actual):
    text = ("项目支出绩效自评表\n项目名称\t两癌筛查\n一级指标\t二级指标\t三级指标\t目标值及完成值\t分值\t得分\n"
            f"产出指标\t数量指标\t筛查人数\t{cell}\t10\t10\n")
    (i,) = _read(tmp_path, text).tables["indicators"]
    assert (i["target_raw"], i["actual_raw"]) == (target, actual)


def test_a_target_with_a_completion_word_stays_whole(tmp_path):
    text = ("项目支出绩效目标表\n项目名称\t两癌筛查\n一级指标\t二级指标\t三级指标\t指标值\n"
            "产出指标\t数量指标\t筛查任务\t目标任务100%完成\n")
    (i,) = _read(tmp_path, text).tables["indicators"]
    assert i["target_raw"] == "目标任务100%完成" and i["actual_raw"] is None


def test_amount_spellings_of_dumps_made_from_html_and_print():
    from parsers.tables import is_number
    assert is_number("&nbsp;1,080.00") and is_number("2 572.80") and is_number("1，286.40")
    assert not is_number("12 3") and not is_number("2024年")


def test_deductions_give_the_points_left(tmp_path):
    text = ("项目支出绩效评价评分表\n项目名称：公园免费开放补助\n一级指标\t二级指标\t三级指标\t分值\t扣分\t扣分原因\n"
            "决策\t项目立项\t立项依据充分性\t3\t0\t\n\t绩效目标\t绩效目标合理性\t3\t1\t未细化\n"
            "合计\t\t\t100\t7.5\t\n")
    res = _read(tmp_path, text)
    assert [(s["weight"], s["score"]) for s in res.tables["scores"]] == [(3.0, 3.0), (3.0, 2.0)]
    assert res.tables["projects"][0]["score"] == 92.5


def test_a_level_label_written_one_character_per_row(tmp_path):
    text = ("项目支出绩效目标表\n项目名称\t保护性耕作推广\n一级指标\t二级指标\t三级指标\t指标值\n"
            "产\t数量指标\t实施面积\t≥120万亩\n出\t\t培训人次\t≥3000人次\n指\t\t示范县数量\t=12个\n"
            "标\t质量指标\t抽检合格率\t≥95%\n\t时效指标\t完成时间\t2024年5月20日前\n"
            "满\t服务对象满意度指标\t农户满意度\t≥90%\n意\t\t\t\n度\t\t\t\n指\t\t\t\n标\t\t\t\n")
    inds = _read(tmp_path, text).tables["indicators"]
    assert [(i["level1"], i["level3"]) for i in inds] == [
        ("产出指标", "实施面积"), ("产出指标", "培训人次"), ("产出指标", "示范县数量"), ("产出指标", "抽检合格率"),
        ("产出指标", "完成时间"), ("满意度指标", "农户满意度")]


def test_a_continued_page_continues_its_form(tmp_path):
    text = ("项目支出绩效目标表\n项目名称\t农村公路防护工程\n一级指标\t二级指标\t三级指标\t指标值\n"
            "产出指标\t数量指标\t护栏长度\t≥260公里\n－1－\n项目支出绩效目标表（续表）\n"
            "项目名称\t农村公路防护工程（续表）\n一级指标\t二级指标\t三级指标\t指标值\n"
            "满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\n－2－\n")
    res = _read(tmp_path, text)
    assert [p["name"] for p in res.tables["projects"]] == ["农村公路防护工程"]
    assert [i["level3"] for i in res.tables["indicators"]] == ["护栏长度", "群众满意度"]


def test_a_target_written_in_the_remark_column(tmp_path):
    text = ("项目支出绩效目标表\n项目名称\t河道治理\n一级指标\t二级指标\t三级指标\t指标值\t备注\n"
            "产出指标\t数量指标\t治理长度\t≥12.6公里\t\n\t\t清淤土方量\t\t≥38万m³\n"
            "\t时效指标\t完工时间\t\t2024年5月31日前\n\t质量指标\t优良率\t≥85%\t以质量监督站核定为准\n")
    inds = _read(tmp_path, text).tables["indicators"]
    assert [(i["target_raw"], i["note"]) for i in inds] == [
        ("≥12.6公里", None), ("≥38万m³", None), ("2024年5月31日前", None), ("≥85%", "以质量监督站核定为准")]


def test_an_allocation_by_region_gives_budget_lines(tmp_path):
    text = ("专项资金绩效目标表\n专项资金名称\t人居环境整治\n一级指标\t二级指标\t三级指标\t指标值\n"
            "产出指标\t数量指标\t改厕数量\t≥8万户\n分地区绩效目标表\n地区\t分配金额（万元）\t改厕数量（万户）\n"
            "南昌市\t2,650.00\t0.62\n赣州市\t8,120.00\t2.10\n合计\t10,770.00\t2.72\n")
    lines = _read(tmp_path, text).tables["budget_items"]
    assert [(b["name"], b["amount"]) for b in lines] == [("南昌市", 26500000.0), ("赣州市", 81200000.0)]


def test_long_term_and_annual_column_groups_sharing_the_level_1(tmp_path):
    text = ("项目支出绩效目标表\n项目名称\t基础设施建设\n"
            "一级指标\t二级指标(长期)\t三级指标(长期)\t指标值(长期)\t二级指标(年度)\t三级指标(年度)\t指标值(年度)\n"
            "产出指标\t数量指标\t\t\t数量指标\t重点工程数量\t2\n"
            "满意度指标\t服务对象满意度指标\t\t\t服务对象满意度指标\t群众满意度\t≥90%\n")
    inds = _read(tmp_path, text).tables["indicators"]
    assert [(i["level1"], i["level2"], i["level3"], i["target_raw"], i["horizon"]) for i in inds] == [
        ("产出指标", "数量指标", "重点工程数量", "2", "annual"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "annual")]


def test_a_target_form_cut_before_its_indicator_table_is_still_a_form(tmp_path):
    text = ("项目支出预算绩效目标申报表\n(2022年度)\n项目名称\t幼儿园公用经费\n项目负责人\t李四\n"
            "主管部门\t湘阴县教育局\n实施单位\t湘阴县教育局\n长期绩效目标\t落实学前教育经费保障机制\n")
    res = _read(tmp_path, text)
    assert [p["name"] for p in res.tables["projects"]] == ["幼儿园公用经费"]
    # a list or notice naming projects, without a 绩效目标 form's title and goals, stays no form
    assert _read(tmp_path, "项目库入库项目清单\n项目名称\t幼儿园公用经费\n主管部门\t教育局\n实施单位\t教育局\n"
                           "项目负责人\t李四\n联系电话\t123\n").tables["projects"] == []


def test_the_overall_goal_of_a_self_evaluation_is_the_years_goal(tmp_path):
    text = ("项目支出绩效自评表\n项目名称\t省道公路建设\n总体目标完成情况\t总体目标\t\t全年实际完成情况\n"
            "\t建设二级公路32.1公里\t\t建成32.1公里\n一级指标\t二级指标\t三级指标\t指标值\t全年实际完成值\t得分\n"
            "产出指标\t数量指标\t公路里程\t32.1公里\t32.1公里\t20\n")
    (p,) = _read(tmp_path, text).tables["projects"]
    assert (p["goal_annual"], p["goal_total"], p["goal_actual"]) == ("建设二级公路32.1公里", None, "建成32.1公里")


def test_appropriations_of_the_three_budgets_sum_to_the_fiscal_money(tmp_path):
    text = ("项目支出绩效目标表\n项目名称\t城区道路养护\n主管部门\t市交通局\t实施单位\t市公路中心\n项目资金（万元）\t合计\t150\n"
            "\t一般公共预算拨款\t小计\t100\n\t\t市本级\t60\n\t\t中央及自治区补助\t40\n"
            "\t政府性基金预算拨款\t50\n\t国有资本经营预算拨款\t\n\t其他资金\t\n"
            "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t养护道路长度\t≥12公里\n")
    res = _read(tmp_path, text)
    (p,) = res.tables["projects"]
    assert (p["budget_total"], p["budget_fiscal"]) == (1500000.0, 1500000.0)
    lines = [(b["group"], b["name"], b["amount"]) for b in res.tables["budget_items"]]
    # the 小计 heads its lines, and is no line of its own beside them (the lines add up)
    assert ("一般公共预算拨款", "市本级", 600000.0) in lines and ("一般公共预算拨款", "中央及自治区补助", 400000.0) in lines
    assert "一般公共预算拨款" not in [name for _, name, _ in lines]


def test_lines_under_a_fiscal_subtotal_are_not_summed_again(tmp_path):
    text = ("项目支出绩效目标表\n项目名称\t麻风病防治\n预算单位\t区疾控中心\n项目资金(万元)\t年度资金总额\t金额(万元)\n"
            "\t(一)财政拨款小计\t4.00\n\t1、一般公共预算\t3.00\n\t2、政府性基金\t1.00\n"
            "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t宣传活动次数\t≥2次\n")
    (p,) = _read(tmp_path, text).tables["projects"]
    assert p["budget_fiscal"] == 40000.0


def test_a_goal_label_cut_to_its_first_line_and_a_unit_cut_onto_the_matrix_row(tmp_path):
    text = ("项目支出绩效自评表\n（2022年度）\n项目名称\t市级文物保护专项经费\n"
            "地方主管部门\t某区文化和旅游局\t资金使用单位\t某区文物管理所\n"
            "项目资金\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
            "(万元)\t年度资金总额\t29\t29\t27.8\t10\t0.958\t9.6\n"
            "年度\t完成宗祠日常维护和旧址病虫害防治测绘，加大文物保护力度，发挥文物的宣传教育价值。\n"
            "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
            "产出指标\t数量指标\t修缮建筑面积\t6000平方米\t6000平方米\t10\t10\n")
    (p,) = _read(tmp_path, text).tables["projects"]
    assert (p["budget_initial"], p["budget_year"], p["spent"], p["execution_rate"]) == (290000.0, 290000.0, 278000.0, 0.958)
    assert p["goal_annual"].startswith("完成宗祠日常维护") and p["unit"] == "某区文物管理所"


def test_last_years_money_beside_this_years_and_a_spending_breakdown(tmp_path):
    text = ("项目支出预算绩效目标申报表\n(2022年度)\n项目基本情况\t项目名称\t幼儿园公用经费\n"
            "项目资金情况\t项目资金申请(万元)\t项 目\t上年度安排资金\t本年度申请资金\n"
            "\t\t合 计\t213.4\t259\n\t\t市级资金\t\t\n\t\t县级资金\t213.4\t259\n"
            "\t支出明细预算(万元)\t项 目\t上年度安排资金\t本年度申请资金\t测算依据及说明\n"
            "\t\t合 计\t213.4\t259\t按在园幼儿数测算\n\t\t幼儿园生均经费\t213.4\t259\t\n2\n"
            "项目年度实施进度计划\t项目实施内容\t开始时间\t结束时间\n\t1、生均经费补助\t2022.1\t2022.12\n\t2、\t\t\n"
            "项目年度绩效目标情况\t长期绩效目标\t完善学前教育经费保障机制，按标准足额落实生均补助经费。\n"
            "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t补助幼儿园数量\t≥60所\n")
    res = _read(tmp_path, text)
    (p,) = res.tables["projects"]
    assert (p["budget_year"], p["prior_budget"]) == (2590000.0, 2134000.0)
    assert p["plan"] == "1、生均经费补助 2022.1—2022.12" and p["goal_total"].startswith("完善学前教育经费")
    spending = [(b["name"], b["amount"]) for b in res.tables["budget_items"] if b["kind"] == "composition"]
    assert spending == [("幼儿园生均经费", 2590000.0)]


def test_an_assessment_header_drawn_over_the_items_column_and_a_merged_method(tmp_path):
    text = ("2012年度工作绩效考核项目表\n项目名称及分值\t\t\t赋分办法\t总牵头单位\t考核责任单位\n"
            "(一)重点工作 (500分)\t1.\t\t按实绩赋分\t县委办\t县考核办\n\t2.\t\t\t\t\n\t……\t\t\t\t\n"
            "(二)机关创建 (100分)\t1.服务型机关创建(30分)\t\t按排名赋分\t县直机关工委\t县委办\n"
            "\t2.学习型机关创建(70分)\t\t\t县委宣传部\t\n")
    items = _read(tmp_path, text).tables["assessment_items"]
    assert [(i["section_no"], i["item_no"], i["points"], i["requirement"]) for i in items] == [
        ("二", 1, 30.0, "按排名赋分"), ("二", 2, 70.0, "按排名赋分")]


def test_a_label_with_one_character_misread_by_ocr():
    from parsers.core import match_field
    assert match_field("项目完成H期") == ("end_date", None)
    assert match_field("实施单1")[0] == "unit"
    # two odd characters, a digit added at the end of a short label, a number: no label
    assert match_field("项目完H1期") is None and match_field("指标1") is None and match_field("2023年度") is None


def test_a_monitoring_form_with_indicator_names_beside_the_level_1(tmp_path):
    text = ("项目支出绩效监控表\n(2019年度)\n项目名称\t申遗经费\n主管部门\t市文化和旅游局\t项目执行单位\t市文物局\n"
            "项目类型\t1、常年性项目 □ √ 2、延续性项目 □ 3、一次性项目 □\n"
            "项目资金 (万元)\t年初预算数\t1-6月执行数\t全年预计执行数\n\t年度资金总额:\t220\t87.57\t\n"
            "\t其中:当年一般公共预算拨款\t220\t87.57\t\n"
            "绩效指标\t一级 指标\t指标名称\t指标值\t半年度 指标执行情况\t完成目标可能性\t备注\n"
            "\t产 出 指 标\t质量\t\t\t\t\n\t\t成本\t年度预算220万元\t按进度执行\t确定能\t\n"
            "\t效 益 指 标\t社会效益\t\t开展遗产价值研究、学术交流和对外宣传，举办有社会影响力的活动5场\t确定能\t\n偏差或不能完成目标原因分析\t\n相关建议或举措\t\n")
    res = _read(tmp_path, text)
    (p,) = res.tables["projects"]
    assert (p["category"], p["budget_fiscal"]) == ("常年性项目", 2200000.0)
    got = [(i["level1"], i["level2"], i["level3"], i["target_raw"]) for i in res.tables["indicators"]]
    assert got == [("产 出 指 标", None, "成本", "年度预算220万元"), ("效 益 指 标", None, "社会效益", None)]


def test_a_system_export_with_codes_a_page_date_and_a_sign_beside_the_direction(tmp_path):
    text = ("再生资源回收市场管理经费项目绩效目标表\n发布时间:2022年09月12日 来源: 浏览次数:\n(2021年)\n"
            "项目名称\t再生资源回收市场管理经费\n项目类别\t(31)部门预算项目\n"
            "主管部门\t(433)乌海市供销合作社联合社(部门)\n投入目标 (万元)\t资金来源\t年初安排金额(万元)\n"
            "\t资金总额\t3\n\t其中: 财政拨款数\t3\n\t其他资金\t0\n"
            "绩效指标\t一级指标\t二级指标\t三级指标\t指标性质\t指标方向\t目标值\t计量单位\t分值\n"
            "\t产出指标\t数量指标\t出差人次\t正向\t=\t24\t人/次\t4\n")
    res = _read(tmp_path, text)
    (p,) = res.tables["projects"]
    assert (p["year"], p["category"], p["budget_total"], p["budget_fiscal"]) == (2021, "(31)部门预算项目", 30000.0, 30000.0)
    (i,) = res.tables["indicators"]
    assert (i["op"], i["value"], i["target_raw"]) == ("=", 24.0, "=24人/次") and "正向" in i["note"]


def test_ticks_in_brackets_and_money_reached_and_used(tmp_path):
    text = ("服务贸易项目绩效自评表\n项目实施单位\t省商务厅服务贸易处\t主管部门\t省商务厅\n"
            "项目类型\t经常性项目(√)一次性项目()\n"
            "计划投资额 (万元)\t\t570\t实际到位资金 (万元)\t\t398.88\t实际使用情况(万元)\t395.86\n"
            "一级指标\t二级指标\t三级指标\t指标值\t实际完成值\t分值\t得分\n"
            "产出指标\t数量指标\t举办展会次数\t≥2次\t2次\t10\t10\n")
    (p,) = _read(tmp_path, text).tables["projects"]
    assert (p["category"], p["budget_issued"], p["spent"]) == ("经常性项目", 3988800.0, 3958600.0)


def test_a_self_evaluation_report_with_its_score_in_a_sentence_and_a_heading_after_the_table(tmp_path):
    text = ("2021年度本专科生奖助学金项目自评结果\n一、自评结论\n"
            "对照年初绩效目标及项目实际完成情况，自评小组经过自评，综合评价得分为 99.8分。\n"
            "一级指标\t二级指标\t指标名称\t目标值\t实际完成值\n产出指标\t质量指标\t奖助政策学生知晓率\t100%\t100%\n"
            "效益指标\t服务对象满意度指标\t资助学生满意度\t95%\t95%\n(三)存在的问题和原因\n")
    res = _read(tmp_path, text)
    (p,) = res.tables["projects"]
    assert p["score"] == 99.8 and len(res.tables["indicators"]) == 2


def test_an_ocr_read_money_unit_and_a_garbled_header_right_of_the_known_columns(tmp_path):
    from parsers.forms import declared_unit
    assert declared_unit("项目资金(万兀)") == "万元" and declared_unit("兀旦") is None
    text = ("项目支出绩效自评表\n项目名称\t初中公用经费\n"
            "项目资金(万元)\t\t年初预算数\t全年执行数\t调整预算将,A、\t执行率\n\t年度资金总额\t64.8\t64.8\t64.8\t100%\n"
            "一级指标\t二级指标\t三级指标\t指标值\t实际完成值\n产出指标\t数量指标\t保障人数\t≥1200人\t1250人\n")
    (p,) = _read(tmp_path, text).tables["projects"]
    assert (p["budget_initial"], p["spent"], p["execution_rate"]) == (648000.0, 648000.0, 1.0)


def test_a_label_misread_in_one_character_on_an_ocr_page_only(tmp_path):
    from extract.grid import Cell, Extracted, Grid
    from jixiao.pipeline import FileResult, _parse_into
    from parsers.core import near_field
    assert near_field("实施第位") == "unit" and near_field("资金来源") is None and near_field("单位") is None
    rows = [["项目支出绩效自评表"], ["项目名称", "初中公用经费"], ["主管部门", "银川市教育局", "实施第位", "银川市第六中学"],
            ["一级指标", "二级指标", "三级指标", "指标值", "实际完成值"], ["产出指标", "数量指标", "保障人数", "≥1200人", "1250人"]]

    def unit_read(conf):
        cells = [Cell(r, c, t, page=1, bbox=(c * 100.0, r * 20.0, c * 100.0 + 90, r * 20.0 + 15), conf=conf)
                 for r, row in enumerate(rows) for c, t in enumerate(row)]
        ex = Extracted("d", "scan", 1, [Grid(cells, len(rows), 5, "ocr")], [])
        res = FileResult({"doc_id": "d"})
        _parse_into(ex, res)
        return res.tables["projects"][0]["unit"]
    assert unit_read(0.93) == "银川市第六中学"
    # in clean text real words lie one character from a label (单位资金, 预算执行数): no near match there
    assert unit_read(None) is None


def test_review_cases_of_the_new_rules(tmp_path):
    """Rows the review of the rounds 12-15 rules found misread; each must keep its old, right reading."""
    # numbered sections of an assessment table do not end it (二、问题整改（20分）)
    text = ("考核任务分解表\n序号\t考核内容\t分值\t考核要求\t责任单位\n一、组织领导（10分）\n1\t成立领导小组\t10\t按时成立\t办公室\n"
            "二、问题整改（20分）\n2\t整改审计问题\t20\t全部整改\t财务科\n三、结果应用（10分）\n3\t结果与预算挂钩\t10\t挂钩\t财务科\n")
    items = _read(tmp_path, text).tables["assessment_items"]
    assert len(items) == 3
    # nothing carried down without a section column: an empty 考核要求 stays empty
    text = ("考核任务分解表\n序号\t考核内容\t分值\t考核要求\t责任单位\n1\t绩效目标申报\t10\t按时报送绩效目标得满分\t财务科\n"
            "2\t绩效监控\t10\t\t财务科\n")
    items = _read(tmp_path, text).tables["assessment_items"]
    assert [i["requirement"] for i in items] == ["按时报送绩效目标得满分", None]
    # fiscal lines: spent lines are not added, a 其中 line under one is a part of it
    head = "项目支出绩效目标表\n项目名称\t城区道路养护\n主管部门\t市交通局\t实施单位\t市公路中心\n"
    tail = "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t养护道路长度\t≥12公里\n"
    text = head + ("项目资金（万元）\t一般公共预算拨款\t220\n\t其中：当年一般公共预算拨款\t200\n"
                   "\t政府性基金预算拨款\t50\n") + tail
    (p,) = _read(tmp_path, text).tables["projects"]
    assert p["budget_fiscal"] == 2700000.0
    # a 其中：中央预算内投资 under the total investment is no year's budget
    text = head + "总投资（万元）\t8,650.00\t其中：中央预算内投资\t2,000.00\n" + tail
    (p,) = _read(tmp_path, text).tables["projects"]
    assert p["budget_year"] is None
    # the score sentence keeps the rest of the line; a survey's score is no form score
    text = ("项目支出绩效自评表\n项目名称\t培训项目\n一级指标\t二级指标\t三级指标\t指标值\t实际完成值\n"
            "产出指标\t数量指标\t培训人数\t≥100人\t100人\n群众满意度调查总评分为95分。\n")
    (p,) = _read(tmp_path, text).tables["projects"]
    assert p["score"] is None
    # 指标方向 | 指标性质 the other way round: the sign is the operator, the word a note under its own name
    text = ("项目绩效目标表\n项目名称\t出差经费\n一级指标\t二级指标\t三级指标\t指标方向\t指标性质\t目标值\t计量单位\n"
            "产出指标\t数量指标\t出差人次\t正向\t=\t24\t人/次\n")
    (i,) = _read(tmp_path, text).tables["indicators"]
    assert i["op"] == "=" and "指标方向：正向" in i["note"]


def test_padded_cells_and_a_label_without_its_colon_before_a_seal_label(tmp_path):
    text = ("项目支出绩效目标表\n　2025年度　　　　　　　　　　单位：万元　\n项目负责人\t\t单位(盖章)\t\n"
            "项目名称\t 社区养老服务 \n项目实施进度计划\t项目实施内容\t开始时间\t结束时间\n"
            "\t 1、服务采购 \t 2025年1月 \t 2025年3月 \n"
            "一级指标\t二级指标\t三级指标\t指标值\t备注\n产出指标\t合  计\t服务人数\t≥100人\t 每月统计 \n")
    res = _read(tmp_path, text)
    (p,) = res.tables["projects"]
    assert p["year"] == 2025 and p["leader"] is None and p["plan"] == "1、服务采购 2025年1月—2025年3月"


def test_a_procurement_scoring_table_is_no_form(tmp_path):
    text = ("软件服务比选评分表\n序号\t比选内容\t具体要求\t分值\t说明\t得分\n"
            "一\t报价(10分)\t每高于评审基准价1%扣0.3分\t10\t\t\n二\t技术方案(50分)\t方案完整可行\t50\t\t\n")
    res = _read(tmp_path, text)
    assert res.document["layout"] == "unknown" and not res.tables["projects"] and not res.tables["scores"]


def test_a_total_row_closing_with_its_grade(tmp_path):
    text = ("项目支出绩效自评表\n项目名称\t培训项目\n一级指标\t二级指标\t三级指标\t指标值\t实际完成值\t分值\t得分\n"
            "产出指标\t数量指标\t培训人数\t≥100人\t100人\t100\t96\n总分\t\t\t\t\t100\t96\t优\n")
    res = _read(tmp_path, text)
    assert res.document["status"] != "failed", res.document["error"]
    (p,) = res.tables["projects"]
    assert (p["score"], p["grade"]) == (96.0, "优")


def test_a_sheet_whose_form_starts_in_column_b(tmp_path):
    from extract.grid import Cell, Extracted, Grid
    from jixiao.pipeline import FileResult, _parse_into
    rows = [["项目支出绩效目标表"], ["项目名称", "城区道路养护"], ["投入资金安排（万元）", "年度资金总额", "120"],
            ["", "其中：财政拨款", "120"], ["一级指标", "二级指标", "三级指标", "指标值"],
            ["产出指标", "数量指标", "养护道路长度", "≥12公里"]]

    def read(shift):
        cells = [Cell(r, c + shift, t, line=r + 1) for r, row in enumerate(rows) for c, t in enumerate(row) if t]
        ex = Extracted("d", "xlsx", 1, [Grid(cells, len(rows), 4 + shift, "xlsx")], [])
        res = FileResult({"doc_id": "d"})
        _parse_into(ex, res)
        return res.tables["projects"][0]
    assert read(1)["budget_fiscal"] == read(0)["budget_fiscal"] == 1200000.0


def test_a_label_filled_down_its_section_is_merged_back():
    from extract.grid import Cell, Grid
    from parsers.core import is_section_label
    cells = [Cell(0, 0, "项目资金（万元）"), Cell(0, 1, "预算资金"), Cell(0, 2, "市级"), Cell(0, 3, "100"),
             Cell(1, 0, "项目资金（万元）"), Cell(1, 1, "预算资金"), Cell(1, 2, "区级"), Cell(1, 3, "50"),
             Cell(2, 0, "项目资金（万元）"), Cell(2, 1, "实际支出"), Cell(2, 2, "市级"), Cell(2, 3, "达标"),
             Cell(3, 0, "主管部门"), Cell(3, 1, "达标"), Cell(4, 0, "实施单位"), Cell(4, 1, "达标")]
    g = Grid(cells, 5, 4, "xlsx").refold_filled(is_section_label)
    at = {(c.row, c.col): (c.text, c.rowspan) for c in g.cells}
    assert at[(0, 0)] == ("项目资金（万元）", 3) and (1, 0) not in at and (2, 0) not in at
    assert at[(0, 1)] == ("预算资金", 2) and (1, 1) not in at          # a sub-label inside its section
    assert at[(1, 2)] == ("区级", 1)                                    # values stay
    assert at[(3, 1)] == ("达标", 1) and at[(4, 1)] == ("达标", 1)      # a value repeated is two values
    same = Grid(cells[12:], 5, 4, "xlsx")
    assert same.refold_filled(is_section_label) is same


def test_empty_spacer_columns_are_dropped_and_spans_kept():
    from extract.grid import Cell, Grid
    g = Grid([Cell(0, 0, "预算数"), Cell(0, 1, "执行数", colspan=3), Cell(1, 0, "186"), Cell(1, 3, "178")],
             2, 4, "xlsx").without_empty_columns()
    at = {(c.row, c.col): (c.text, c.colspan) for c in g.cells}
    assert g.n_cols == 3 and at == {(0, 0): ("预算数", 1), (0, 1): ("执行数", 2), (1, 0): ("186", 1), (1, 2): ("178", 1)}


def test_an_attachment_heading_ends_a_table_and_a_year_line_beats_a_notice_date(tmp_path):
    text = ("关于下达资金的通知\n2020年12月14日\n项目支出绩效目标表\n（2021年度）\n项目名称\t果园路建设\n"
            "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t新建道路\t≥2公里\n附件2\n资金安排表\n"
            "属地\t金额\t项目\n某镇\t20万元\t某工程\n")
    res = _read(tmp_path, text)
    assert res.tables["projects"][0]["year"] == 2021
    assert [i["level3"] for i in res.tables["indicators"]] == ["新建道路"]


def test_labels_asking_a_code_and_a_text_alone_under_its_label(tmp_path):
    text = ("项目支出绩效目标表\n项目名称\t果园路建设\n主管部门(单位)名称及部门预算编码\t县交通运输局\n"
            "总\t年度目标\n\t改善基础设施，建设果园路2公里\n"
            "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t新建道路\t≥2公里\n")
    p = _read(tmp_path, text).tables["projects"][0]
    assert (p["department"], p["goal_annual"]) == ("县交通运输局", "改善基础设施，建设果园路2公里")


def test_a_report_heading_after_an_indicator_table_ends_it(tmp_path):
    text = ("项目支出绩效目标表\n项目名称\t创建专项\n一级指标\t二级指标\t三级指标\t指标值\t实施进度\n"
            "项目决策\t数量指标\t宣传次数\t2次\t已完成100%\n\t成本指标\t成本\t10万元\t已完成100%\n"
            "3.分析评价申报内容是否与实际相符\n评价申报内容与实际相符。\n(三)项目自评步骤及方法\n")
    inds = _read(tmp_path, text).tables["indicators"]
    assert [(i["level1"], i["level2"], i["level3"], i["progress_raw"]) for i in inds] == [
        ("项目决策", "数量指标", "宣传次数", "已完成100%"), ("项目决策", "成本指标", "成本", "已完成100%")]


def test_a_sentence_naming_a_form_is_no_title():
    from parsers.core import _is_title_text
    assert _is_title_text("附件：沙县区地质灾害防治专项资金绩效目标表")
    assert _is_title_text("2022年度项目支出绩效自评表（县水利局）")
    assert not _is_title_text("末要将项目季度进展情况报送区自然资源局，在2024年2月底将资金年度绩效评价自评表")


def test_a_line_name_repeated_on_two_lines_stays_two_lines():
    from extract.grid import Cell, Grid
    from parsers.core import is_section_label
    cells = [Cell(0, 0, "支出明细"), Cell(0, 1, "预算金额"), Cell(1, 0, "劳务费"), Cell(1, 1, "10"),
             Cell(2, 0, "劳务费"), Cell(2, 1, "5")]
    g = Grid(cells, 3, 2, "xlsx")
    assert g.refold_filled(is_section_label) is g


def test_numbered_horizon_lines_and_running_headers_do_not_end_a_table(tmp_path):
    text = ("项目支出绩效目标表\n项目名称\t道路养护\n一、年度绩效指标\n一级指标\t二级指标\t三级指标\t指标值\n"
            "产出指标\t数量指标\t养护里程\t≥120公里\n附件2\n\t质量指标\t优良路率\t≥85%\n"
            "二、中期绩效指标\n产出指标\t数量指标\t改造桥梁\t≥6座\n")
    inds = _read(tmp_path, text).tables["indicators"]
    assert [i["level3"] for i in inds if i["level3"]][:3] == ["养护里程", "优良路率", "改造桥梁"]


def test_a_note_across_the_table_is_no_fields_text(tmp_path):
    from docx import Document
    d = Document()
    t = d.add_table(rows=3, cols=4)
    t.cell(0, 0).text, t.cell(0, 1).text = "项目名称", "道路养护"
    t.cell(1, 0).text = "项目概况"
    t.cell(1, 1).merge(t.cell(1, 3))
    t.cell(2, 0).merge(t.cell(2, 3)).text = "注：本表金额单位为万元，请如实填写"
    p = tmp_path / "f.docx"
    d.save(p)
    proj = process_file(p, layouts={"generic"}).tables["projects"]
    assert not proj or proj[0]["overview"] is None


def test_an_ocr_look_alike_in_a_header_word_is_put_back_only_on_ocr_cells():
    from extract.grid import Cell
    from parsers.core import _ocr_header_matches, cell_header_matches
    assert _ocr_header_matches(Cell(0, 0, "待分", conf=0.9)).get("indicator", ("",))[0] == "score"
    assert _ocr_header_matches(Cell(0, 0, "年度自标值", conf=0.9)).get("indicator", ("",))[0] == "target"
    assert "indicator" not in cell_header_matches("待分")         # typed text is read as written
    # `亭号` for 序号 (a scan of the 杭州 禁毒 考核 table at 200 dpi): the items' numbers, not sections
    assert _ocr_header_matches(Cell(0, 0, "亭号", conf=0.9)).get("assessment", ("",))[0] == "section_no"


def test_a_header_cell_with_a_spilled_sentence_before_its_word():
    from extract.grid import Cell
    from parsers.core import _header_cell_matches
    assert _header_cell_matches(Cell(0, 0, "主要用于校舍维修维护及日常办公等。三级"))["indicator"][0] == "level3"
    assert "indicator" not in _header_cell_matches(Cell(0, 0, "主要用于校舍维修维护及日常办公等。"))


def test_a_lone_one_in_an_ocr_money_cell_is_a_dash():
    from extract.grid import Cell
    from parsers.forms import _is_dash
    assert _is_dash(Cell(0, 0, "一", conf=0.9)) and _is_dash(Cell(0, 0, "—"))
    assert not _is_dash(Cell(0, 0, "一"))          # typed text: read as written


@pytest.mark.parametrize("caption, lines", [
    ("甲县2024年省级农田水利专项资金安排表", 2),         # the fund the form's title names: its budget lines
    ("2024年甲县民族发展专项资金分配表", 0),             # another fund's allocation: no part of the form
])
def test_an_allocation_table_before_its_form_belongs_to_it_only_when_it_names_the_same_fund(tmp_path, caption, lines):
    text = (f"附件1\n{caption}\n属地\t金额\t项目\n东镇\t20万元\t东镇渠道修复工程\n西镇\t15万元\t西镇泵站改造工程\n"
            "附件2\n甲县2024年省级农田水利专项资金绩效目标表\n项目名称\t省级农田水利专项资金\n"
            "主管部门\t甲县水利局\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t修复工程\t≥2个\n")
    items = [b for b in _read(tmp_path, text).tables["budget_items"] if b["kind"] == "composition"]
    assert [(b["name"], b["amount"]) for b in items] == \
        [("东镇渠道修复工程", 200000.0), ("西镇泵站改造工程", 150000.0)][:lines]


@pytest.mark.parametrize("label, column", [
    ("项目概况及立项依据", "overview"),     # two things asked in one cell: the first one's column
    ("项目总体目标", "goal_total"),         # a known label with 项目 before it
    ("主管部门及代码", "department"),
    ("资金来源及构成", None),               # 资金来源 is no field label
    ("项目资金", None),
])
def test_joined_and_prefixed_labels(label, column):
    from parsers.core import match_field
    assert (match_field(label) or (None,))[0] == column


def test_a_money_section_label_starts_a_row_of_its_own_in_a_dump():
    from extract.txt import _join_wrapped
    from parsers.core import starts_a_row
    lines = ["绩效指标\t一级指标\t二级指标\t三级指标\t指标值\t完成值",
             "\t产出指标\t数量指标\t设备数\t≥13台\t13台",
             "\t效益指标\t社会效益指标\t群众满意度\t≥90%\t95%",
             "项目基本情况\t项目实施内容及过程概述\t购买13台电脑",
             "预算执行情况(10分)\t年初预算\t预算执行数\t执行率",
             "\t总额\t3.36\t3.36\t100%",
             "\t产出指标\t数量指标\t设备数\t≥13台\t13台"]
    rows = [ln for _, ln in _join_wrapped(lines, starts_a_row)]
    assert "预算执行情况(10分)\t年初预算\t预算执行数\t执行率" in rows


def test_a_self_evaluation_goal_row_without_headers_gives_the_goal_and_the_achievement(tmp_path):
    text = ("项目支出绩效自评表\n项目名称\t道路保洁\n主管部门\t甲街道办事处\n"
            "项目资金(万元)\t\t年初预算数\t全年执行数\t执行率\n\t年度资金总额\t310.2\t154.74\t50%\n"
            "年度总体目标\t完成辖区道路清扫保洁外包工作\t已将20条道路清扫保洁业务外包\n"
            "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\n产出指标\t数量指标\t保洁道路\t20条\t20条\n")
    p = _read(tmp_path, text).tables["projects"][0]
    assert (p["goal_annual"], p["goal_actual"]) == ("完成辖区道路清扫保洁外包工作", "已将20条道路清扫保洁业务外包")


def test_level_columns_holding_the_levels_one_column_up(tmp_path):
    # 一级指标 holds the kinds of level 2, 二级指标 the indicators' names: no 三级 column
    text = ("项目绩效目标表\n项目名称\t大楼维护\n主管部门\t甲局\n一级指标\t二级指标\t绩效标准\t当年预期实现值\n"
            "数量指标\t维修维护次数\t反映维修情况\t2280次\n\t安检巡察次数\t反映巡检情况\t200次\n"
            "质量指标\t维修验收合格率\t反映维修质量\t≥92%\n")
    inds = _read(tmp_path, text).tables["indicators"]
    assert [(i["level2"], i["level3"]) for i in inds] == [
        ("数量指标", "维修维护次数"), ("数量指标", "安检巡察次数"), ("质量指标", "维修验收合格率")]


@pytest.mark.parametrize("cell, expected", [
    ("单位：南京市交通运输局", ("unit", "南京市交通运输局")),   # an organisation after 单位：
    ("单位：万元", None),                                         # a money unit
    ("单位:个", None),
    ("中期市财政预算(万元)", ("budget_total", None)),
    ("本年度申请市财政预算资金(万元)", ("budget_year", None)),
    ("中期滚动目标(2019年--2021年)", ("goal_total", None)),
    ("开始实施时间", ("start_date", None)),
    ("预计完成时间", ("end_date", None)),
])
def test_round17_labels(cell, expected):
    from parsers.core import match_field
    assert match_field(cell) == expected


def test_a_target_form_cut_before_its_indicators_is_a_form(tmp_path):
    text = ("2018年度市级专项资金绩效目标申报表\n单位:甲市交通运输局\t金额单位:万元\n项目名称\t港口物流发展专项资金\n"
            "项目属性\t延续\n项目负责人\t王五\t联系电话\t83194299\n开始实施时间\t2015.10.31\t预计完成时间\t2020.12.31\n"
            "一、立项依据\t市政府关于推进港口物流发展的若干意见\n")
    res = _read(tmp_path, text)
    assert [(p["name"], p["unit"], str(p["start_date"]), str(p["end_date"])) for p in res.tables["projects"]] == \
        [("港口物流发展专项资金", "甲市交通运输局", "2015-10-31", "2020-12-31")]
    # the same lines without the title of a 绩效目标申报表 are no form
    assert not _read(tmp_path, text.split("\n", 1)[1]).tables["projects"]


def test_round18b_rules(tmp_path):
    from parsers.core import match_field
    from parsers.forms import _slashed_pairs
    assert match_field("项目总得分99分") == ("score", "99") and match_field("得分99分") is None
    assert _slashed_pairs("项目实施单位/项目负责人", "原州区农技中心/杨勃兴") == [("unit", "原州区农技中心"), ("leader", "杨勃兴")]
    assert _slashed_pairs("预算数/执行数", "1/2") is None                 # money labels: not pairs
    text = ("项目支出绩效自评表\n项目名称\t急救中心开办费\n主管部门\t甲区卫健委\n"
            "项目资金\t来源\t中央(万元)\t本级(万元)\t合计(万元)\t执行数(万元)\t执行率\n"
            "\t\t4.9\t18.4\t23.3\t23.3\t1(X)%\n项目年度目标\t2022年市急救中心正式运行。\n"
            "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\n产出指标\t数量指标\t培训人数\t≥20人\t25人\n"
            "项目年度目标:2022年急救中心正式运行。\n")
    res = _read(tmp_path, text)
    (p,) = res.tables["projects"]                  # the summary line repeating the goal starts no form
    assert (p["budget_year"], p["spent"]) == (233000.0, 233000.0)   # the damaged 1(X)% is left out …
    assert any(w["code"] == "unplaced_cell" and "1(X)%" in w["message"] for w in res.tables["warnings"])  # … and said


@pytest.mark.parametrize("cell, expected", [
    ("年度总体目标及完成情况", None),       # asks for the result: not the goal's label
    ("年度预算及执行情况", None),           # money given as prose: no money label
    ("主管部门及实施单位", None),           # two organisations: neither
    ("项目年度目标完成情况", None),         # 项目 + a label only for the goals and the score
    ("项目总得分", ("score", None)),
    ("单位：万元/所", None), ("单位：公里/处", None), ("单位：人/所", None),   # measures, not organisations
    ("单位：甲区卫健委", ("unit", "甲区卫健委")),
])
def test_review_misfires_of_the_round17_label_rules(cell, expected):
    from parsers.core import match_field
    assert match_field(cell) == expected


def test_money_section_prose_is_reported_not_swallowed(tmp_path):
    text = ("项目支出绩效自评表\n项目名称\t道路维修\n主管部门\t甲区交通局\n"
            "预算执行情况\t年初预算100万元，全年预算100万元，全年执行95万元，执行率95%。\n"
            "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\n产出指标\t数量指标\t维修里程\t≥3公里\t3公里\n")
    res = _read(tmp_path, text)
    # (mend md29: a money sentence's last clause of a rate is read, the rest of the sentence with it — each figure kept,
    # none swallowed; it was an unparsed_row of the whole sentence)
    p = res.tables["projects"][0]
    assert (p["budget_initial"], p["budget_year"], p["execution_rate"]) == (1000000.0, 1000000.0, 0.95)
    assert "95万元" in (p["other_fields"] or "") or p["spent"] == 950000.0


def test_an_adjustment_forms_two_goals_are_no_achievement(tmp_path):
    text = ("2024年度项目支出绩效目标调整申请表\n项目名称\t校园安全提升\n主管部门\t甲区教育局\n"
            "项目资金（万元）\t年初预算数\t调整后预算数\t1-6月执行数\t执行率\n年度资金总额\t2450\t2180\t980\t40%\n"
            "年度绩效目标\t完成全区36所中小学视频监控升级\t完成全区32所中小学视频监控升级\n")
    assert _read(tmp_path, text).tables["projects"][0]["goal_actual"] is None


def test_a_notices_project_list_is_no_cut_target_form(tmp_path):
    text = ("关于报送2024年度项目支出绩效目标申报表的通知\n请各单位报送项目支出绩效目标申报表。\n"
            "序号\t项目名称\t实施单位\t项目类别\t项目总投资（万元）\t本年预算（万元）\t项目负责人\t联系电话\n"
            "1\t城区道路维修改造工程\t区公路事务中心\t延续项目\t320\t100\t王明\t0591-88886666\n"
            "2\t背街小巷整治工程\t区城管局\t新增项目\t150\t50\t李华\t0591-88887777\n")
    assert not _read(tmp_path, text).tables["projects"]


def test_a_budget_table_ends_at_the_next_blocks_label_and_skips_a_lone_block_label(tmp_path):
    text = ("项目申报表\n项目名称\t就业专项\n项目主管部门\t甲区人社局\n"
            "项目支出明细预算\t项目支出明细\t金额\n\t1.就业补助\t1195.82\n\t2.创业贴息\t25\n"
            "项目支出预算及测算依据\t测算依据及说明\n\t1、就业补助1195.82万元，主要用于职业介绍补贴。\n"
            "项目绩效总目标\t完成2020年度下达的各项目标任务\n"
            "年度重点工作任务\t名称\t主要实施内容\t拟投入的资金（万元）\n\t养老保险补贴\t基础养老金补助\t18862\n"
            "其他需完成的任务（可选填）\t\t\t\n"
            "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t新增就业人数\t25000人\n")
    res = _read(tmp_path, text)
    lines = [b["name"] for b in res.tables["budget_items"] if b["kind"] == "composition"]
    assert lines == ["就业补助", "创业贴息", "养老保险补贴"]
    assert res.tables["projects"][0]["goal_total"] == "完成2020年度下达的各项目标任务"


@pytest.mark.parametrize("cells, weight_col", [
    (["一级指标", "二级指标", "三级指标", "评分标准", "分", "指标值"], 4),              # a target form: 分 = 分值
    (["一级指标", "二级指标", "三级指标", "指标值", "分", "得分"], 4),                  # beside 得分
    (["一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "分"], None),          # could be 得分: left alone
])
def test_an_ocr_lone_fen_header_is_the_weight_only_where_it_cannot_be_the_score(cells, weight_col):
    from extract.grid import Cell, Grid
    from parsers.core import Row, detect_header
    row = [Cell(0, k, t, conf=0.6 if t == "分" else 0.95) for k, t in enumerate(cells)]
    h = detect_header(Row(row, Grid(row, 1, len(cells), "ocr")))
    assert h.cols.get("weight") == weight_col


_FORM = """项目支出绩效自评表
（2022年度）
项目名称\t道路养护工程
主管部门\t某县交通运输局\t实施单位\t某县公路中心
项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分
\t年度资金总额\t{amount}\t{amount}\t{amount}\t10\t100%\t10
年度总体目标\t预期目标\t实际完成情况
\t完成道路养护{km}公里\t已完成
绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分
\t产出指标\t数量指标\t养护里程\t≥{km}公里\t{km}公里\t90\t90
"""


def test_the_same_project_s_form_twice_is_two_projects(tmp_path):
    """A title and the same 项目名称 again, then the form's money again: the whole form once more (a copied
    sheet, the same project's form for another unit or year), not a continued page."""
    got = _read(tmp_path, _FORM.format(amount=100, km=12) + "\n" + _FORM.format(amount=80, km=9))
    assert [(p["name"], p["budget_year"]) for p in got.tables["projects"]] == [("道路养护工程", 1_000_000),
                                                                              ("道路养护工程", 800_000)]
    assert [(r["project_id"][-1], r["target_raw"]) for r in got.tables["indicators"]] == [("1", "≥12公里"),
                                                                                            ("2", "≥9公里")]


def test_a_continued_page_repeating_title_and_name_stays_one_form(tmp_path):
    continued = ("项目支出绩效自评表（续）\n项目名称\t道路养护工程\n"
                 "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
                 "\t效益指标\t社会效益指标\t通行条件\t改善\t改善\t10\t10\n")
    got = _read(tmp_path, _FORM.format(amount=100, km=12) + continued)
    assert len(got.tables["projects"]) == 1
    assert [r["level3"] for r in got.tables["indicators"]] == ["养护里程", "通行条件"]


def test_required_field_marks_and_percent_weights_in_an_indicator_table(tmp_path):
    """Header cells with a required-field asterisk (`权重*`) name their column; an indicator weight written as a
    percentage of the 100 points (`30%`) is 30 points; `项目负责人电话` is the phone (海南 会展 form)."""
    text = ("项目绩效目标表\n主管部门:\t省商务厅\t资金总额:\t2430.30\n项目负责人电话:\t65239479\t财政拨款:\t2430.30\n"
            "一级指标*\t二级指标*\t三级指标*\t绩效指标值*\t权重*\n"
            "产出指标\t数量指标\t展会场次\t≥7场\t30%\n")
    got = _read(tmp_path, text)
    assert got.tables["projects"][0]["phone"] == "65239479"
    assert [(r["level3"], r["weight"]) for r in got.tables["indicators"]] == [("展会场次", 30.0)]


def test_an_allocation_table_of_the_form_s_fund_with_unlabelled_subtotals(tmp_path):
    """An allocation table captioned with the fund the form names as its 项目名称 (no 表 at the caption's end, a
    序号 column first) gives the form's budget lines; rows holding only an amount equal to the lines of their
    place (or of the table) above are subtotals and the total without their 小计 / 合计 label (福建 龙岩)."""
    text = ("2025年龙岩市民族发展专项资金分配\n序号\t单位\t项目\t金额(万元)\n"
            "1\t新罗区\t民族团结工作室\t10\n2\t上杭县\t宣传月活动\t10\n\t\t基站工程\t13\n\t\t\t23\n"
            "\t\t\t33\n专项转移支付绩效目标表\n项目名称\t民族发展专项资金\n资金总额\t33\n"
            "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t支持项目数\t≥3个\n")
    got = _read(tmp_path, text)
    assert [(b["name"], b["amount"]) for b in got.tables["budget_items"] if b["kind"] == "composition"] == [
        ("民族团结工作室", 100_000), ("宣传月活动", 100_000), ("基站工程", 130_000)]


def test_a_damaged_level1_header_and_page_links_under_the_table(tmp_path):
    """`级指标` (一级指标 with its 一 lost) names the level-1 column; lines of the page left of the table, in its
    label column, after the last row (`文件下载`, `标签:`) are no indicators (安徽 舒城)."""
    text = ("项目绩效目标表\n项目名称\t以工代赈工程\n本次下达中央预算内投资(万元)\t853\n"
            "\t级指标\t二级指标\t三级指标\t指标值\n"
            "\t实施效果指标\t产出指标\t劳务报酬占比\t≥32.68%\n\t\t满意度指标\t群众满意度\t≥90%\n"
            "文件下载\n如果您对该政策文件有疑问,可以拨打电话咨询。\n标签:\n")
    got = _read(tmp_path, text)
    assert got.tables["projects"][0]["budget_year"] == 8_530_000
    assert [(r["level1"], r["level2"], r["level3"]) for r in got.tables["indicators"]] == [
        ("实施效果指标", "产出指标", "劳务报酬占比"), ("实施效果指标", "满意度指标", "群众满意度")]


def test_total_row_with_an_empty_score_cell_gives_no_score(tmp_path):
    """`总分 | 100 | 得分 | (empty)`: 100 is the full marks and the form is not scored yet (吉林 大通关)."""
    head = ("项目支出绩效评价表\n项目名称\t通关监管\n一级指标\t二级指标\t三级指标\t指标值\t分值\n"
            "产出指标\t数量指标\t查验次数\t≥5次\t100\n")
    assert _read(tmp_path, head + "总分\t100\t得分\t\n").tables["projects"][0]["score"] is None


def test_a_dept_self_eval_cut_before_its_indicators_is_a_form(tmp_path):
    """A 自评表's title over its money matrix and 年度总体目标, the text cut before the indicator table (no 项目名称:
    a 部门整体 form): one project; `预算部门、单位名称` is the department; the block label `年度预算申请 (万元`, its
    bracket lost, declares 万元, for the matrix and for the block's label:value cells below it; its 自评得分
    column is the matrix's score (湖南 衡山 贯塘乡)."""
    text = ("2023年度部门整体支出绩效自评表\n预算部门、单位名称\t某乡人民政府\n"
            "年度预算申请 (万元\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t自评得分\n"
            "\t年度资金总额\t861.10\t2030.12\t2030.12\t10\t100%\t10\n"
            "\t按收入性质分:2030.12\t\t\t按支出性质分:1925.67\n\t其他资金:585.62\n"
            "年度总体目标\t预期目标\t\t\t实际完成情况\n")
    got = _read(tmp_path, text)
    assert got.document["layout"] == "generic:self_eval"
    p = got.tables["projects"][0]
    assert (p["department"], p["budget_initial"], p["spent"], p["budget_other"]) == (
        "某乡人民政府", 8_611_000, 20_301_200, 5_856_200)
    assert [(s["level3"], s["weight"], s["score"]) for s in got.tables["scores"]] == [("预算执行率", 10, 10)]


def test_a_blank_template_attached_to_a_notice_gives_no_project(tmp_path):
    """Pre-printed indicator names with every value cell empty, under a title and `XX市)`, and nothing of a
    project: a blank template (湖南 发改委 notice), no project, a `blank_form` warning; the same table with one
    target filled in is a form."""
    text = ("附件\n2021年度资源型地区转型发展中央预算内投资绩效自评表\nXX市)\n"
            "一级指标\t二级指标\t三级指标\t绩效指标值\t实现情况\n"
            "实施效果指标\t数量指标\t支持项目数量(个)\t\t\n\t\t支持居民避险搬迁户数(户)\t\t\n")
    got = _read(tmp_path, text)
    assert got.tables["projects"] == [] and got.tables["indicators"] == []
    assert "blank_form" in {w["code"] for w in got.tables["warnings"]}
    filled = _read(tmp_path, text.replace("支持项目数量(个)\t\t", "支持项目数量(个)\t≥3\t"))
    assert len(filled.tables["projects"]) == 1 and len(filled.tables["indicators"]) == 2


def test_a_weight_after_each_level_and_reason_rows_under_yes_no_indicators(tmp_path):
    """一级指标 | 权重 | 二级指标 | 分值 | 三级指标 | 计量单位 | 目标值 | 分值: the indicator's weight is the 分值 after
    its own name (the levels' in note); `产出质量` is a level 2; rows under an indicator holding only points and a
    reason marker (① …) are part of it (吉林 大通关)."""
    text = ("项目支出绩效评价表\n项目名称\t通关监管\n"
            "一级指标\t权重\t二级指标\t分值\t三级指标\t计量单位\t目标值(标准)\t分值\t理由\n"
            "项目产出\t25\t产出数量\t60\t电子通关率\t%\t100%\t15\t\n"
            "\t\t产出质量\t30\t系统被入侵次数\t次\t0\t15\t\n"
            "项目效果\t25\t经济效益\t50\t是否减少了企业通关成本\t是/否\t是\t5\t①\n"
            "\t\t\t\t\t\t\t5\t②\n\t\t\t\t\t\t\t5\t③\n")
    got = _read(tmp_path, text).tables["indicators"]
    assert [(r["level2"], r["level3"], r["weight"]) for r in got] == [
        ("产出数量", "电子通关率", 15), ("产出质量", "系统被入侵次数", 15), ("经济效益", "是否减少了企业通关成本", 5)]
    assert got[1]["target_raw"] == "0次"


def test_review_mends_of_round_20_rules(tmp_path):
    """Mends of the round-20 rules after a review: a continued page repeating the form's top rows with the same
    amounts (print titles) or titled 续表 stays one form; a lone nameless line equal to the one line above is a
    line, not a subtotal; `总分 | 100 | 得分 | 96 | 等次 | 优` under a table without a 得分 column is the form's
    score and grade, no indicator; a report's `附件：…自评表` line over a 基本支出 / 项目支出 table is no form."""
    head = ("项目支出绩效目标表{}\n项目名称\t养老服务补贴\n主管部门\t某区民政局\n项目资金（万元）\t资金总额\t1,096.00\n")
    ind = "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t{}\t≥{}人\n"
    for suffix in ("", "（续表）"):
        got = _read(tmp_path, head.format("") + ind.format("服务人数", 100) + head.format(suffix)
                    + ind.format("回访人数", 20))
        assert len(got.tables["projects"]) == 1 and len(got.tables["indicators"]) == 2
    budget = ("项目支出绩效目标表\n项目名称\t设备购置\n项目总预算（万元）\t40\n项目明细\t金额（万元）\n"
              "彩超机\t20\n\t20\n" + ind.format("购置台数", 2))
    lines = _read(tmp_path, budget).tables["budget_items"]
    assert [b["amount"] for b in lines if b["kind"] == "composition"] == [200_000, 200_000]
    score = ("项目支出绩效评价表\n项目名称\t通关监管\n一级指标\t二级指标\t三级指标\t指标值\t分值\n"
             "产出指标\t数量指标\t查验次数\t≥5次\t100\n总分\t100\t得分\t96\t等次\t优\n")
    got = _read(tmp_path, score)
    assert (got.tables["projects"][0]["score"], got.tables["projects"][0]["grade"]) == (96, "优")
    assert [r["level3"] for r in got.tables["indicators"]] == ["查验次数"]
    report = ("某局2023年度部门整体支出绩效自评报告\n一、部门基本情况\n年度总体目标：保障机关运转。\n"
              "项目\t年初预算数\t全年预算数\t全年执行数\t执行率\n基本支出\t900\t950\t940\t98.9%\n"
              "项目支出\t1100\t1200\t1140\t95%\n合计\t2000\t2150\t2080\t96.7%\n附件：部门整体支出绩效自评表\n")
    assert _read(tmp_path, report).tables["projects"] == []


def test_a_target_written_over_cells_under_one_header_is_one_value(tmp_path):
    """`≥ | 38.6 | 万亩` under a 指标值 header merged over three columns (a dump leaves the two after it empty), or
    `≥38.6 | 万亩` over two: one target, its number not taken for the 权重 after it, its unit kept; a word under
    a column of its own (是否核心指标) stays there."""
    form = ("项目支出绩效目标表（2025年度）\n项目名称\t耕地地力保护补贴\n"
            "一级指标\t二级指标\t三级指标\t指标值\t\t\t权重\n"
            "产出指标\t数量指标\t补贴发放面积\t≥\t38.6\t万亩\t20\n"
            "\t质量指标\t补贴资金兑付率\t=\t100\t%\t20\n"
            "\t时效指标\t发放完成时间\t≤\t6\t月\t10\n"
            "\t成本指标\t亩均补贴\t125.9\t元/亩\t\t10\n")
    got = _read(tmp_path, form)
    rows = [(r["target_raw"], r["op"], r["value"], r["unit"], r["weight"]) for r in got.tables["indicators"]]
    assert rows == [("≥38.6万亩", ">=", 38.6, "万亩", 20), ("=100%", "=", 100, "%", 20),
                    ("≤6月", "<=", None, None, 10), ("125.9元/亩", "=", 125.9, "元/亩", 10)]
    assert not [w for w in got.tables["warnings"] if w["code"] == "unplaced_cell"]
    core = ("项目支出绩效目标表（2025年度）\n项目名称\t耕地地力保护补贴\n"
            "一级指标\t二级指标\t三级指标\t指标值\t\t是否核心指标\n"
            "产出指标\t数量指标\t补贴发放面积\t≥\t38.6\t是\n")
    got = _read(tmp_path, core).tables["indicators"]
    assert (got[0]["target_raw"], got[0]["core"]) == ("≥38.6", True)


def test_a_sign_cell_joins_a_percentage_or_a_date_beside_it(tmp_path):
    """`≥ | 95%` (a percent format's display) and `≤ | 2024年12月31日` (a date format's) under one merged 指标值
    header: one target each, as `≥ | 95 | %` is."""
    form = ("项目支出绩效目标表（2024年度）\n项目名称\t监测站运维\n"
            "一级指标\t二级指标\t三级指标\t指标值\t\t\n"
            "产出指标\t质量指标\t数据有效传输率\t≥\t95%\t\n"
            "\t时效指标\t任务完成时限\t≤\t2024年12月31日\t\n")
    got = _read(tmp_path, form).tables["indicators"]
    assert [(r["target_raw"], r["op"], r["value"], r["unit"], r["target_text"]) for r in got] == [
        ("≥95%", ">=", 95, "%", None), ("≤2024年12月31日", "<=", None, None, "2024年12月31日")]


def test_a_name_and_its_target_in_one_cell_after_a_colon(tmp_path):
    """`新建垃圾收集点：≥40处` alone on its row in the name column was dropped as a `label：value` remark; under a
    header 指标内容及目标值 every `name：target` cell is the name and its target. `其中：城市低保人数` stays a name."""
    form = ("2023年财政支出项目绩效目标申报表\n项目名称\t某镇人居环境整治项目\t\n"
            "一级指标\t二级指标\t指标内容及目标值\n"
            "产出指标\t数量指标\t整治行政村数量：8个\n\t\t新建垃圾收集点：≥40处\n"
            "\t时效指标\t完工时间：2023年10月31日前\n效益指标\t社会效益指标\t村庄环境面貌：明显改善\n")
    got = _read(tmp_path, form).tables["indicators"]
    assert [(r["level2"], r["level3"], r["target_raw"]) for r in got] == [
        ("数量指标", "整治行政村数量", "8个"), ("数量指标", "新建垃圾收集点", "≥40处"),
        ("时效指标", "完工时间", "2023年10月31日前"), ("社会效益指标", "村庄环境面貌", "明显改善")]
    form = ("项目支出绩效目标表\n项目名称\t低保补助\n一级指标\t二级指标\t三级指标\t指标值\n"
            "产出指标\t数量指标\t保障人数\t≥500人\n\t\t新建服务站：≥4个\t\n\t\t其中：城市低保人数\t\n")
    got = _read(tmp_path, form).tables["indicators"]
    assert [(r["level3"], r["target_raw"]) for r in got] == [
        ("保障人数", "≥500人"), ("新建服务站", "≥4个"), ("其中：城市低保人数", None)]


def test_a_detail_table_with_its_own_unit_seq_column_counted_quantities_and_total(tmp_path):
    """`项目支出明细（单位：元）` over a budget table under a form in 万元: the lines are in 元 (they were multiplied
    by 10,000); its 序号 column holds no line's data, `2800平方米` under 数量 is the quantity 2800 (the text in the
    note), and its 合计 row closes the table (it was an unparsed_row)."""
    form = ("2024年项目支出绩效目标申报表\n金额单位：万元\n项目名称\t校舍维修\t\t\t\n当年预算\t260.00\t\t\t\n"
            "项目支出明细（单位：元）\t\t\t\t\n序号\t支出内容\t数量\t金额\t\n"
            "1\t教学楼屋面防水\t2800平方米\t980,000.00\t\n2\t宿舍卫生间改造\t96间\t1,620,000.00\t\n"
            "合计\t\t\t2,600,000.00\t\n一级指标\t二级指标\t三级指标\t指标值\t\n产出指标\t数量指标\t防水面积\t2800平方米\t\n")
    got = _read(tmp_path, form)
    assert [(b["name"], b["amount"], b["quantity"], b["note"]) for b in got.tables["budget_items"]] == [
        ("教学楼屋面防水", 980_000, 2800, "数量：2800平方米"), ("宿舍卫生间改造", 1_620_000, 96, "数量：96间")]
    assert got.tables["projects"][0]["budget_year"] == 2_600_000
    assert not [w for w in got.tables["warnings"] if w["code"] in ("unplaced_cell", "unparsed_row", "budget_sum_mismatch")]


def test_deviation_header_over_reason_and_measure_sub_columns(tmp_path):
    """偏差原因分析及改进措施 over 偏差原因 | 改进措施 on a second header row: the sub-row was taken for place names
    under the target (the target then spanned to the last column and took the 分值 on rows without a reason);
    both texts are the deviation, joined by `；`."""
    form = ("项目支出绩效自评表\n项目名称\t垃圾分类收运\t\t\t\t\t\t\t\n"
            "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\t\n"
            "\t\t\t\t\t\t\t偏差原因\t改进措施\n"
            "产出指标\t数量指标\t收运量\t≥16万吨\t16.8万吨\t15\t15\t\t\n"
            "\t\t新增投放点\t≥120个\t108个\t10\t9\t场地受限\t协调物业腾挪场地\n")
    got = _read(tmp_path, form)
    rows = [(r["target_raw"], r["actual_raw"], r["weight"], r["score"], r["deviation"]) for r in got.tables["indicators"]]
    assert rows == [("≥16万吨", "16.8万吨", 15, 15, None), ("≥120个", "108个", 10, 9, "场地受限；协调物业腾挪场地")]
    assert not [w for w in got.tables["warnings"] if w["code"] == "unplaced_cell"]


def test_blank_self_eval_template_and_indicator_framework_give_no_project(tmp_path):
    """A notice's blank 自评表 whose only numbers are the printed 分值 (预算执行率 10, 总分 100) and an 评价指标体系框架
    (names, 分值, 指标解释, 评分标准, no target, no score) give no project: the first a blank_form warning, the second its
    rows as assessment items (an evaluation framework)."""
    blank = ("附件\n项目支出绩效自评表\n（    年度）\n项目名称\t\t\t\t\t\t\t\n"
             "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
             "\t年度资金总额\t\t\t\t10\t\t\n\t上年结转资金\t\t\t\t—\t\t—\n"
             "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
             "\t产出指标\t数量指标\t指标1：\t\t\t\t\n总分\t\t\t\t\t\t100\t\n")
    frame = ("项目支出绩效评价指标体系框架（参考）\n一级指标\t二级指标\t三级指标\t分值\t指标解释\t评分标准\n"
             "决策\t项目立项\t立项依据充分性\t3\t项目立项是否符合法律法规\t符合得3分\n"
             "\t\t立项程序规范性\t2\t项目申请、设立过程是否符合相关要求\t规范得2分\n"
             "过程\t资金管理\t资金到位率\t3\t实际到位资金与预算资金的比率\t得分=到位率×3\n")
    got = _read(tmp_path, blank)
    assert got.tables["projects"] == []
    assert [w["code"] for w in got.tables["warnings"]] == ["blank_form"]
    # (s40 hunt ap: the framework is an evaluation framework, its rows assessment items with their points, explanation
    # and rule — still no project; it was a blank form, its rows lost)
    got = _read(tmp_path, frame)
    assert got.tables["projects"] == [] and got.tables["warnings"] == []
    assert [(a["section"], a["group"], a["content"], a["points"], a["explanation"], a["requirement"])
            for a in got.tables["assessment_items"]] == [
        ("决策", "项目立项", "立项依据充分性", 3.0, "项目立项是否符合法律法规", "符合得3分"),
        ("决策", "项目立项", "立项程序规范性", 2.0, "项目申请、设立过程是否符合相关要求", "规范得2分"),
        ("过程", "资金管理", "资金到位率", 3.0, "实际到位资金与预算资金的比率", "得分=到位率×3")]


def test_subtotal_rows_under_level_blocks_are_not_the_form_score(tmp_path):
    """小计 | … | 50 | 49.5 after each level 1's rows: sums of the blocks; the 总分 row's 96.5 is the form's score
    (the first 小计 was). A matrix row of dashes only (上年结转资金 | — | —) is an empty line, not an unparsed row."""
    form = ("项目支出绩效自评表\n项目名称\t公共法律服务\t\t\t\t\t\n"
            "项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
            "年度资金总额\t120.00\t120.00\t108.00\t10\t90.00%\t9\n上年结转资金\t—\t—\t—\t—\t—\t—\n"
            "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
            "产出指标（50分）\t数量指标\t咨询人次\t≥6000人次\t6420人次\t50\t49.5\n小计\t\t\t\t\t50\t49.5\n"
            "效益指标（40分）\t社会效益指标\t获得感\t明显提升\t明显提升\t40\t38\n小计\t\t\t\t\t40\t38\n"
            "总分\t\t\t\t\t100\t96.5\n")
    got = _read(tmp_path, form)
    assert got.tables["projects"][0]["score"] == 96.5
    assert got.document["status"] == "ok"
    assert [r["level3"] for r in got.tables["indicators"]] == ["咨询人次", "获得感"]


def test_review_mends_of_this_rounds_rules(tmp_path):
    """Misfires a review found in this round's rules: a word 达到 / 低于 in the 实际完成值 column is the actual value,
    not a sign joined to the 分值 after it; 说明：… / 注：… / 详见附件：2份 in the name column stay remarks (no
    indicator, no `2份` target); `其中：重点村` under 指标内容及目标值 stays a name; `2024年` under 数量 is no count."""
    form = ("项目支出绩效自评表\n项目名称\t公共自行车\t\t\t\t\t\n"
            "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
            "产出指标\t数量指标\t投放数量\t≥3000辆\t达到\t10\t10\n\t\t站点数量\t≥150个\t低于\t10\t8\n"
            "\t\t说明：站点数以年末在册数为准\t\t\t\t\n\t\t详见附件：2份\t\t\t\t\n")
    got = _read(tmp_path, form).tables["indicators"]
    assert [(r["level3"], r["actual_raw"], r["weight"]) for r in got] == [("投放数量", "达到", 10), ("站点数量", "低于", 10)]
    combined = ("项目支出绩效目标表\n项目名称\t人居环境整治\t\n一级指标\t二级指标\t指标内容及目标值\n"
                "产出指标\t数量指标\t整治行政村数量：8个\n\t\t其中：重点村\n")
    got = _read(tmp_path, combined).tables["indicators"]
    assert [(r["level3"], r["target_raw"]) for r in got] == [("整治行政村数量", "8个"), ("其中：重点村", None)]
    budget = ("项目支出绩效目标表\n项目名称\t小区改造\t\t\t\n项目支出明细（单位：元）\t\t\t\t\n序号\t支出内容\t数量\t金额\t\n"
              "1\t外墙保温改造\t2024年\t320,000.00\t\n2\t雨污分流改造\t3.5公里\t100,000.00\t\n"
              "一级指标\t二级指标\t三级指标\t指标值\t\n产出指标\t数量指标\t改造面积\t≥2000平方米\t\n")
    lines = _read(tmp_path, budget).tables["budget_items"]
    assert [(b["name"], b["quantity"]) for b in lines] == [("外墙保温改造", None), ("雨污分流改造", 3.5)]


def test_dept_overall_budget_block_without_unit_in_its_label(tmp_path):
    """年度预算申请 (no `（万元）`: the unit in the title) over 资金总额 merged down two header rows: the total is
    read (it was lost, an unparsed_row), as it is under 年度预算申请（万元）."""
    form = ("部门整体支出绩效目标表（金额单位：万元）\n部门（单位）名称\t某区农业农村局\t\t\t\t\n"
            "年度预算申请\t资金总额\t按收入性质分\t\t按支出性质分\t\n\t\t财政拨款\t其他资金\t基本支出\t项目支出\n"
            "\t5862.4\t5702.4\t160\t1986.3\t3876.1\n年度总体目标\t新建高标准农田1.2万亩。\t\t\t\t\n"
            "年度绩效指标\t一级指标\t二级指标\t三级指标\t指标值\t\n\t产出指标\t数量指标\t新建农田面积\t≥1.2万亩\t\n")
    p = _read(tmp_path, form).tables["projects"][0]
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (58_624_000, 57_024_000, 1_600_000)


def test_budget_execution_rate_row_atop_the_indicator_table(tmp_path):
    """`预算执行率 | | | 100% | 95% | 10 | 9.5` in the level-1 column of a 自评表's indicator table: the form's execution
    rate (0.95) and a scored row 预算执行率, as the money matrix gives; no indicator under the 产出指标 below it."""
    form = ("项目支出绩效自评表（2024年度）\n项目名称\t养老服务中心运营补贴\t\t\t\t\t\n"
            "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
            "预算执行率\t\t\t100%\t95%\t10\t9.5\n产出指标\t数量指标\t补贴中心数量\t15个\t15个\t20\t20\n")
    got = _read(tmp_path, form)
    assert got.tables["projects"][0]["execution_rate"] == 0.95
    assert [(s["level3"], s["weight"], s["score"]) for s in got.tables["scores"]] == [("预算执行率", 10, 9.5)]
    assert [r["level3"] for r in got.tables["indicators"]] == ["补贴中心数量"]


def test_a_nature_word_before_the_value_without_a_column_of_its_own(tmp_path):
    """`定性 | 逐步提升` / `定量 | ≥90%` under one 指标值 header: the target is the value beside the word (it was
    `定性`, and `逐步提升` an unplaced cell); the word is kept in the note, as a 指标性质 column's is."""
    form = ("项目支出绩效目标表\n（2023年度）\n项目名称\t社区服务提升\n"
            "一级指标\t二级指标\t三级指标\t指标值\n"
            "产出指标\t质量指标\t合格率\t≥\t95\t%\n"
            "效益指标\t社会效益指标\t服务水平\t定性\t逐步提升\n"
            "满意度指标\t服务对象满意度指标\t居民满意度\t定量\t≥90%\n")
    got = _read(tmp_path, form)
    assert [(r["level3"], r["target_raw"], r["op"], r["value"], r["note"]) for r in got.tables["indicators"]] == [
        ("合格率", "≥95%", ">=", 95, None), ("服务水平", "逐步提升", None, None, "指标性质：定性"),
        ("居民满意度", "≥90%", ">=", 90, "指标性质：定量")]
    assert not [w for w in got.tables["warnings"] if w["code"] == "unplaced_cell"]


def test_money_sources_in_columns_over_their_amounts(tmp_path):
    """项目资金（万元） | 资金总额 | 中央资金 | 省级资金 | 市县资金 over a row of amounts: the total is the project's,
    each source a budget line (the row of amounts was an unparsed_row, the total lost)."""
    form = ("项目支出绩效目标表\n（2024年度）\n项目名称\t高标准农田建设\n"
            "项目资金（万元）\t资金总额\t中央资金\t省级资金\t市县资金\n\t1500\t900\t400\t200\n"
            "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t建设面积\t≥1万亩\n")
    got = _read(tmp_path, form)
    assert got.tables["projects"][0]["budget_total"] == 15_000_000
    assert [(b["name"], b["amount"], b["kind"]) for b in got.tables["budget_items"]] == [
        ("中央资金", 9_000_000, "source"), ("省级资金", 4_000_000, "source"), ("市县资金", 2_000_000, "source")]
    assert not [w for w in got.tables["warnings"] if w["code"] == "unparsed_row"]
    # heads that all name fields are read by their labels, as before: 资金总额 | 财政拨款 over 100 | 80
    form = ("项目支出绩效目标表\n（2024年度）\n项目名称\t道路养护\n资金总额\t财政拨款\t其他资金\n100\t80\t20\n"
            "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t养护里程\t≥20公里\n")
    p = _read(tmp_path, form).tables["projects"][0]
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (100, 80, 20)


def test_a_total_row_whose_empty_cells_a_dump_left_out(tmp_path):
    """`总分 | 100 | 97.4` under a self-evaluation's indicator table whose 分值 / 得分 columns are further right
    (the dump dropped the merged cells between): the form's score, no indicator named 总分."""
    form = ("项目支出绩效自评表\n（2022年度）\n项目名称\t培训项目\n"
            "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n"
            "产出指标\t数量指标\t培训人数\t≥500人\t520人\t50\t50\t\n"
            "满意度指标\t服务对象满意度指标\t学员满意度\t≥90%\t95%\t50\t47.4\t\n"
            "总分\t100\t97.4\t\n")
    got = _read(tmp_path, form)
    assert [i["level3"] for i in got.tables["indicators"]] == ["培训人数", "学员满意度"]
    assert got.tables["projects"][0]["score"] == 97.4
    assert not [w for w in got.tables["warnings"] if w["code"] == "weights_not_100"]


def test_a_report_quoting_its_level1_scores_gives_no_form(tmp_path):
    """A 工作总结 / 绩效评价报告 quoting `一级指标 | 分值 | 得分` (决策 | 20 | 18 …) was read as a self-evaluation
    with a header_missing warning; a 评分表 under a title naming a table still is one."""
    table = "一级指标\t分值\t得分\n决策\t20\t18\n过程\t20\t19\n产出\t40\t38\n效益\t20\t18\n合计\t100\t93\n"
    got = _read(tmp_path, "某单位2023年度工作总结\n一、总体情况\n今年各项工作有序推进。\n各一级指标得分情况如下表：\n" + table)
    assert got.tables["projects"] == [] and got.tables["scores"] == []
    got = _read(tmp_path, "2023年度项目绩效评价评分表\n" + table)
    assert len(got.tables["projects"]) == 1 and len(got.tables["scores"]) == 4


def test_budget_points_headed_and_goals_headed_otherwise(tmp_path):
    """A self-evaluation's budget block headed 指标分值 (its weight was lost) and goals headed 年初设定目标 |
    年度实际完成情况 (the second heading was read as the goal, the texts below unparsed)."""
    form = ("项目支出绩效自评表\n（2023年度）\n项目名称\t老年人助餐服务补贴\n"
            "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t指标分值\t执行率\t自评得分\n"
            "\t年度资金总额\t600\t640\t613\t10\t95.8%\t9.58\n"
            "年度总体目标\t年初设定目标\t\t\t年度实际完成情况\n\t为辖区老人提供助餐补贴。\t\t\t累计补贴助餐41.2万人次。\n"
            "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
            "产出指标\t数量指标\t助餐人次\t≥40万人次\t41.2万人次\t90\t90\n")
    got = _read(tmp_path, form)
    p = got.tables["projects"][0]
    assert (p["goal_annual"], p["goal_actual"]) == ("为辖区老人提供助餐补贴。", "累计补贴助餐41.2万人次。")
    assert [(s["level3"], s["weight"], s["score"]) for s in got.tables["scores"]] == [("预算执行率", 10, 9.58)]


def test_years_a_fill_date_a_year_cell_and_a_second_form(tmp_path):
    """The day a form was filled (填报日期：2024年3月18日) dates no budget; `年度：2023` in a cell is the year; a
    second form with no year of its own is of the year of the form before it in the file."""
    body = "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t处理量\t≥5万吨\n"
    got = _read(tmp_path, "项目支出绩效目标表\n项目名称\t畜禽粪污资源化利用\n" + body + "填报日期：2024年3月18日\n")
    assert got.tables["projects"][0]["year"] is None
    got = _read(tmp_path, "项目支出绩效目标表\n年度：2023\t单位：万元\n项目名称\t智慧城市运维\n" + body)
    assert got.tables["projects"][0]["year"] == 2023
    assert not [w for w in got.tables["warnings"] if w["code"] == "unparsed_row"]
    got = _read(tmp_path, "2023年度项目支出绩效目标表\n项目名称\t村级组织运转经费\n" + body
                + "项目支出绩效目标表\n项目名称\t农村人居环境整治\n" + body)
    assert [p["year"] for p in got.tables["projects"]] == [2023, 2023]


def test_a_score_table_repeating_the_indicators_is_counted_once(tmp_path):
    """A 评分表 after the form repeating its indicators with their points and the budget's 预算执行率 row: each
    is kept once (the weights added up to 200 and both 预算执行率 rows were kept)."""
    form = ("项目支出绩效自评表\n（2023年度）\n项目名称\t全民健身设施建设\n"
            "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
            "\t年度资金总额\t300\t300\t285\t10\t95%\t9.5\n"
            "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
            "产出指标\t数量指标\t新建健身路径数量\t≥30个\t32个\t50\t50\n"
            "满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\t93%\t40\t40\n"
            "项目绩效自评评分表\n一级指标\t二级指标\t三级指标\t分值\t得分\n"
            "预算执行率\t\t\t10\t9.5\n产出指标\t数量指标\t新建健身路径数量\t50\t50\n"
            "满意度指标\t服务对象满意度指标\t群众满意度\t40\t40\n")
    got = _read(tmp_path, form)
    assert len(got.tables["projects"]) == 1
    assert [(s["level3"] or s["level1"], s["weight"]) for s in got.tables["scores"]] == [("预算执行率", 10)]
    assert not [w for w in got.tables["warnings"] if w["code"] == "weights_not_100"]


def test_a_sub_project_table_with_its_fund_column(tmp_path):
    """序号 | 子项目名称 | 实施单位 | 资金（万元） under a 专项资金 form: budget lines (the rows were unparsed and
    实施单位's cell read as the form's unit, `资金（万元）`)."""
    form = ("专项资金绩效目标表\n（2024年度）\n专项资金名称\t乡村振兴衔接资金\n"
            "主管部门\t兴山县农业农村局\t资金使用单位\t各乡镇人民政府\n"
            "子项目情况\t序号\t子项目名称\t实施单位\t资金（万元）\n\t1\t产业发展项目\t古夫镇人民政府\t1,200.00\n"
            "\t2\t雨露计划补助\t县乡村振兴局\t400.00\n\t合计\t\t\t1,600.00\n"
            "绩效指标\t一级指标\t二级指标\t三级指标\t指标值\n\t产出指标\t数量指标\t支持产业项目数\t≥20个\n")
    got = _read(tmp_path, form)
    # (资金使用单位 | 各乡镇人民政府: many bodies, no unit; kept under its label, hunt DP)
    assert got.tables["projects"][0]["unit"] is None
    assert json.loads(got.tables["projects"][0]["other_fields"])["资金使用单位"] == "各乡镇人民政府"
    assert [(b["name"], b["amount"]) for b in got.tables["budget_items"]] == [
        ("产业发展项目", 12_000_000), ("雨露计划补助", 4_000_000)]


def test_more_goal_and_overview_labels(tmp_path):
    """实施期总目标 heads the period's goal (it was read as the goal's text, the texts below unparsed);
    部门职能职责概述 is the overview."""
    form = ("专项资金绩效目标表\n（2023年度）\n金额单位：万元\n专项资金名称\t省级农业产业发展专项资金\n"
            "部门职能职责概述\t负责全省农业产业发展规划和资金管理。\n"
            "总体目标\t实施期总目标\t年度目标\n\t到2025年建成省级产业园30个。\t2023年新建省级产业园6个。\n"
            "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t新建产业园\t6个\n")
    p = _read(tmp_path, form).tables["projects"][0]
    assert (p["goal_total"], p["goal_annual"]) == ("到2025年建成省级产业园30个。", "2023年新建省级产业园6个。")
    assert p["overview"] == "负责全省农业产业发展规划和资金管理。"


def test_a_value_header_split_in_parts_beside_a_direction_column(tmp_path):
    """指标值 over 性质 | 数值 | 计量单位, and a 指标方向 column (正向 / 反向) beside it: the part holds the operator,
    the direction is a note (the sub-header was not taken, 大于等于 unplaced and a row scrambled)."""
    form = ("项目支出绩效目标表\n（2024年度）\n项目名称\t城市道路养护经费\n"
            "一级指标\t二级指标\t三级指标\t指标值\t\t\t指标方向\n\t\t\t性质\t数值\t计量单位\t\n"
            "产出指标\t数量指标\t养护道路面积\t大于等于\t356\t万平方米\t正向\n"
            "\t\t病害路面维修面积\t不少于\t2\t万平方米\t正向\n"
            "效益指标\t社会效益指标\t路况引发事故数\t等于\t0\t起\t反向\n"
            "满意度指标\t服务对象满意度指标\t市民满意度\t大于\t85\t%\t正向\n")
    got = _read(tmp_path, form)
    assert [(i["level1"], i["level3"], i["op"], i["value"], i["unit"], i["note"]) for i in got.tables["indicators"]] == [
        ("产出指标", "养护道路面积", ">=", 356, "万平方米", "指标方向：正向"),
        ("产出指标", "病害路面维修面积", ">=", 2, "万平方米", "指标方向：正向"),
        ("效益指标", "路况引发事故数", "=", 0, "起", "指标方向：反向"),
        ("满意度指标", "市民满意度", ">", 85, "%", "指标方向：正向")]
    assert not [w for w in got.tables["warnings"] if w["code"] == "unplaced_cell"]


def test_start_and_end_dates_in_two_cells(tmp_path):
    """项目起止时间 | 2023年1月1日 | 2023年12月31日: the period (the end date was lost, the start taken alone)."""
    form = ("项目支出绩效目标表\n（2023年度）\n项目名称\t数字乡村建设\n项目起止时间\t2023年1月1日\t2023年12月31日\n"
            "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t覆盖行政村\t≥20个\n")
    p = _read(tmp_path, form).tables["projects"][0]
    assert (str(p["start_date"]), str(p["end_date"]), p["period_raw"]) == (
        "2023-01-01", "2023-12-31", "2023年1月1日至2023年12月31日")


def test_a_number_printed_as_hashes_is_a_lost_value_not_a_name(tmp_path):
    """`###` (Excel's sign for a number too wide for its column, kept by a print): the cell is empty, with a
    truncated_cell warning (it was read as a budget line named ### with the 分值 beside it as its amount)."""
    form = ("项目支出绩效自评表\n（2023年度）\n项目名称\t医保参保补助\n"
            "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
            "\t年度资金总额\t1200\t1350\t###\t10\t96.00%\t9.6\n"
            "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
            "产出指标\t数量指标\t参保人数\t≥42万人\t43万人\t90\t85.5\n")
    got = _read(tmp_path, form)
    assert got.tables["budget_items"] == []
    assert got.tables["projects"][0]["budget_year"] == 13_500_000
    assert [w["code"] for w in got.tables["warnings"]].count("truncated_cell") == 1


def test_the_task_column_of_a_department_form_is_a_note_on_each_of_its_indicators(tmp_path):
    """年度主要任务 | 一级指标 | … with each task merged down over its indicators: every indicator carries its
    task (`年度主要任务：公共文化服务`); the task cells were unplaced (and 对应任务 kept on the first row only)."""
    form = ("2024年度部门整体支出绩效目标表\n部门名称\t市文化广电旅游局\n"
            "年度主要任务\t一级指标\t二级指标\t三级指标\t指标值\n"
            "公共文化服务\t产出指标\t数量指标\t群众文化活动场次\t≥300场次\n"
            "\t效益指标\t社会效益指标\t参与群众人次\t≥50万人次\n"
            "旅游推广\t产出指标\t数量指标\t旅游推介会\t≥6场\n")
    got = _read(tmp_path, form)
    assert [(i["level1"], i["level3"], i["note"]) for i in got.tables["indicators"]] == [
        ("产出指标", "群众文化活动场次", "年度主要任务：公共文化服务"),
        ("效益指标", "参与群众人次", "年度主要任务：公共文化服务"),
        ("产出指标", "旅游推介会", "年度主要任务：旅游推广")]
    assert not [w for w in got.tables["warnings"] if w["code"] == "unplaced_cell"]


def test_points_beside_the_level1_are_its_weight(tmp_path):
    """一级指标 | 分值 | 二级指标 | 指标值 | 三级指标: the points written beside each level 1 are its level1_weight
    (they were the first indicator's weight of each group)."""
    form = ("项目绩效目标表\n（2022年）\n项目名称\t城区道路保洁服务\n"
            "一级指标\t分值\t二级指标\t指标值\t三级指标\t备注\n"
            "产出指标\t50\t数量指标\t180万平方米\t保洁面积\t\n\t\t\t≥12次/日\t垃圾清运频次\t\n"
            "效益指标\t30\t社会效益指标\t明显改善\t市容环境\t\n"
            "满意度指标\t20\t服务对象满意度指标\t≥90%\t市民满意度\t抽样调查\n")
    got = _read(tmp_path, form).tables["indicators"]
    assert [(i["level3"], i["weight"], i["level1_weight"]) for i in got] == [
        ("保洁面积", None, 50), ("垃圾清运频次", None, 50), ("市容环境", None, 30), ("市民满意度", None, 20)]


def test_a_task_budget_split_into_total_and_sources(tmp_path):
    """预算金额（万元） over `总额 | 财政拨款 | 其他资金` in a 部门整体 form's task table: each task's amount is the total,
    its sources notes (the sub-header was a budget line 总额 and the source amounts unplaced)."""
    form = ("部门整体支出绩效目标表\n（2023年度）\n部门（单位）名称\t从化区市场监督管理局\n"
            "年度主要任务\t任务名称\t主要内容\t预算金额（万元）\n\t\t\t总额\t财政拨款\t其他资金\n"
            "\t市场监管执法\t案件查办\t320.00\t300.00\t20.00\n\t食品安全监管\t食品安全抽检\t210.50\t210.50\t0.00\n"
            "金额合计\t\t\t530.50\t510.50\t20.00\n"
            "年度绩效指标\t一级指标\t二级指标\t三级指标\t指标值\n\t产出指标\t数量指标\t食品安全抽检批次\t≥4000批次\n")
    got = _read(tmp_path, form)
    assert [(b["name"], b["amount"], b["note"]) for b in got.tables["budget_items"]] == [
        ("市场监管执法", 3_200_000, "主要内容：案件查办；财政拨款：300.00；其他资金：20.00"),
        ("食品安全监管", 2_105_000, "主要内容：食品安全抽检；财政拨款：210.50；其他资金：0.00")]
    assert not [w for w in got.tables["warnings"] if w["code"] == "unplaced_cell"]


def test_a_department_budget_with_income_and_spending_side_by_side(tmp_path):
    """年度预算（万元） | 收入 | 支出 over `label | amount` pairs: the income lines are money sources, the spending
    lines (基本支出 / 项目支出) budget lines of kind use, and the spending side's 合计 is not counted
    again (budget_year was the two 合计 added, the spending lines sources)."""
    form = ("部门整体支出绩效目标表\n（2024年度）\n部门名称\t某县生态环境局\n"
            "年度预算（万元）\t收入\t\t支出\t\n\t一般公共预算拨款\t500.00\t基本支出\t320.00\n"
            "\t政府性基金预算拨款\t100.00\t项目支出\t300.00\n\t其他资金\t20.00\t\t\n\t合计\t620.00\t合计\t620.00\n"
            "年度总体目标\t完成环境监测任务。\n"
            "年度绩效指标\t一级指标\t二级指标\t三级指标\t指标值\n\t产出指标\t数量指标\t监测点位\t≥30个\n")
    got = _read(tmp_path, form)
    p = got.tables["projects"][0]
    assert (p["budget_total"], p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (
        6_200_000, None, 6_000_000, 200_000)
    # (其他资金 after the income side's source lines: a source line as they are, and budget_other — hunt s42 mn: the
    # lines are the income's breakdown, CONTRACT.md's budget_items, and add up to its 合计 620; the field alone left
    # them 600 of it)
    assert sorted((b["kind"], b["name"], b["amount"]) for b in got.tables["budget_items"]) == [
        ("source", "一般公共预算拨款", 5_000_000), ("source", "其他资金", 200_000), ("source", "政府性基金预算拨款", 1_000_000),
        ("use", "基本支出", 3_200_000), ("use", "项目支出", 3_000_000)]
    assert p["goal_annual"] == "完成环境监测任务。"


def test_a_project_library_export_one_indicator_a_row(tmp_path):
    """项目名称 | 一级指标 | … with the name repeated on each of its indicators (a budget system's export): one
    project per name (it gave one per row, each with header_missing); with a 序号 column first and the name merged
    down (written once), the same (the project columns went into the notes of one unnamed project)."""
    flat = ("项目名称\t一级指标\t二级指标\t三级指标\t指标值\t度量单位\n"
            "农村公路养护补助\t产出指标\t数量指标\t养护里程\t≥200\t公里\n"
            "农村公路养护补助\t满意度指标\t服务对象满意度指标\t群众满意度\t≥90\t%\n"
            "城乡居民医疗救助\t产出指标\t数量指标\t救助人次\t≥5000\t人次\n")
    got = _read(tmp_path, flat)
    assert [(p["name"], p["header_missing"]) for p in got.tables["projects"]] == [
        ("农村公路养护补助", False), ("城乡居民医疗救助", False)]
    assert [(i["project_id"][-1], i["level3"], i["value"]) for i in got.tables["indicators"]] == [
        ("1", "养护里程", 200), ("1", "群众满意度", 90), ("2", "救助人次", 5000)]
    assert "header_missing" not in [w["code"] for w in got.tables["warnings"]]
    seq = ("序号\t项目名称\t主管部门\t一级指标\t二级指标\t三级指标\t指标值\n"
           "1\t农村公路养护补助\t县交通运输局\t产出指标\t数量指标\t养护里程\t≥200公里\n"
           "\t\t\t满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\n"
           "2\t城乡居民医疗救助\t县医疗保障局\t产出指标\t数量指标\t救助人次\t≥5000人次\n")
    got = _read(tmp_path, seq)
    assert [(p["name"], p["department"]) for p in got.tables["projects"]] == [
        ("农村公路养护补助", "县交通运输局"), ("城乡居民医疗救助", "县医疗保障局")]
    assert [i["note"] for i in got.tables["indicators"]] == [None, None, None]


def test_period_and_year_money_columns(tmp_path):
    """`项目资金（万元） | | 实施期资金总额 | 年度资金总额` (the 财政部 template of a project over several years): the total
    over the period and the year's budget; 财政拨款 / 其他资金 the year's; another source a line with the year's
    amount (only the period's amounts were read: the year's budget lost)."""
    form = ("项目支出绩效目标表\n（2024年度）\n项目名称\t老旧小区改造项目\n"
            "项目资金（万元）\t\t实施期资金总额\t年度资金总额\n\t资金总额\t3,000.00\t1,000.00\n"
            "\t其中：财政拨款\t2,700.00\t900.00\n\t其他资金\t300.00\t100.00\n"
            "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t改造小区数量\t=10个\n")
    p = _read(tmp_path, form).tables["projects"][0]
    assert (p["budget_total"], p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (
        30_000_000, 10_000_000, 9_000_000, 1_000_000)
    form = form.replace("\t其中：财政拨款\t2,700.00\t900.00\n\t其他资金\t300.00\t100.00\n",
                        "\t其中：中央资金\t1,800.00\t600.00\n\t省级资金\t1,200.00\t400.00\n")
    got = _read(tmp_path, form)
    assert [(b["name"], b["amount"], b["note"]) for b in got.tables["budget_items"]] == [
        ("中央资金", 6_000_000, "实施期：1,800.00"), ("省级资金", 4_000_000, "实施期：1,200.00")]


def test_a_department_budget_by_nature_over_one_row_of_amounts(tmp_path):
    """年度预算申请（万元） | 资金总额 | 按收入性质分 | 按支出性质分 over `一般公共预算拨款 | 政府性基金拨款 | 其他资金 |
    基本支出 | 项目支出` over one row of amounts: the total, the fiscal lines (budget_fiscal their sum), the other
    funds, and the uses (the row of amounts was an unparsed_row)."""
    form = ("部门整体支出绩效目标申报表\n（2024年度）\n部门（单位）名称\t某某县卫生健康局\n"
            "年度预算申请（万元）\t资金总额\t按收入性质分\t\t\t按支出性质分\t\n"
            "\t\t一般公共预算拨款\t政府性基金拨款\t其他资金\t基本支出\t项目支出\n"
            "\t5,000.00\t4,200.00\t500.00\t300.00\t3,000.00\t2,000.00\n"
            "年度绩效指标\t一级指标\t二级指标\t三级指标\t指标值\n\t产出指标\t数量指标\t家庭医生签约人数\t≥12万人\n")
    got = _read(tmp_path, form)
    p = got.tables["projects"][0]
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (50_000_000, 47_000_000, 3_000_000)
    assert [(b["name"], b["amount"], b["kind"]) for b in got.tables["budget_items"]] == [
        ("一般公共预算拨款", 42_000_000, "source"), ("政府性基金拨款", 5_000_000, "source"),
        ("基本支出", 30_000_000, "use"), ("项目支出", 20_000_000, "use")]
    assert not [w for w in got.tables["warnings"] if w["code"] == "unparsed_row"]


def test_a_price_in_yuan_beside_an_amount_in_wan(tmp_path):
    """`单价（元） | 数量 | 金额（万元）`: each column in its own unit (the price was multiplied by 10,000)."""
    form = ("项目支出绩效目标表\n（2024年度）\n项目名称\t医疗设备购置\n项目支出明细\n"
            "序号\t设备名称\t单价（元）\t数量\t金额（万元）\n1\t彩色多普勒超声诊断仪\t650,000\t1\t65.00\n"
            "2\t全自动生化分析仪\t315,000\t1\t31.50\n"
            "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t购置设备数\t2台\n")
    got = _read(tmp_path, form).tables["budget_items"]
    assert [(b["name"], b["price"], b["amount"]) for b in got] == [
        ("彩色多普勒超声诊断仪", 650_000, 650_000), ("全自动生化分析仪", 315_000, 315_000)]


def test_a_dash_for_a_budget_lines_amount_keeps_the_row_number_out(tmp_path):
    """`4 | 预留资金 | —` under 序号 | 支出内容 | 金额（元）: the line 预留资金 with no amount (the 4 of 序号 was read as the
    amount, 预留资金 as the note, and budget_sum_mismatch said the lines were 4 元 over)."""
    form = ("项目支出绩效目标表\n（2024年度）\n项目名称\t非遗保护\n年度资金总额（元）\t1,650,000.00\n"
            "序号\t支出内容\t金额（元）\t备注\n1\t非遗传承人补助\t450,000.00\t30人\n2\t非遗展演活动\t1,200,000.00\t\n"
            "3\t预留资金\t—\t\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t展演场次\t≥20场\n")
    got = _read(tmp_path, form)
    assert [(b["name"], b["amount"], b["note"]) for b in got.tables["budget_items"]] == [
        ("非遗传承人补助", 450_000, "30人"), ("非遗展演活动", 1_200_000, None), ("预留资金", None, None)]
    assert "budget_sum_mismatch" not in [w["code"] for w in got.tables["warnings"]]


def test_a_vertical_department_budget_with_income_and_spending_totals(tmp_path):
    """部门预算（万元） | 收入预算合计 | 2,860 … | 支出预算合计 | 2,860 | 其中：基本支出 … : the income total is the budget,
    the lines under the spending total its uses; the two totals were lines (the sources adding up to twice the
    budget) and budget_total was empty. A 财政专户 line is a third source beside the fiscal lines: no false gap."""
    form = ("部门整体支出绩效目标表\n（2024年度）\n部门名称\t某某市司法局\n"
            "部门预算（万元）\t收入预算合计\t2,860.00\n\t其中：一般公共预算\t2,500.00\n\t财政专户管理资金\t210.00\n"
            "\t单位资金\t150.00\n\t支出预算合计\t2,860.00\n\t其中：基本支出\t1,960.00\n\t项目支出\t900.00\n"
            "年度总体目标\t提升公共法律服务水平。\n"
            "年度绩效指标\t一级指标\t二级指标\t三级指标\t指标值\n\t产出指标\t数量指标\t法律援助案件办理数\t≥1500件\n")
    got = _read(tmp_path, form)
    p = got.tables["projects"][0]
    assert (p["budget_total"], p["budget_fiscal"]) == (28_600_000, 25_000_000)
    assert [(b["name"], b["kind"]) for b in got.tables["budget_items"]] == [
        ("一般公共预算", "source"), ("财政专户管理资金", "source"), ("单位资金", "source"),
        ("基本支出", "use"), ("项目支出", "use")]
    assert not {"fiscal_total_gap", "fiscal_other_mismatch"} & {w["code"] for w in got.tables["warnings"]}


def test_money_heads_with_a_carryover_and_side_heads_under_income_and_spending(tmp_path):
    """`资金总额 | 当年财政拨款 | 上年结转资金 | 其他资金` over a row of amounts: the carryover is a source line (it was
    lost and fiscal_other_mismatch fired); `资金来源 | 金额 | 资金用途 | 金额` under `收入 | 支出`: column heads, the
    spending side goes on (its lines were sources)."""
    form = ("项目支出绩效目标表\n（2025年度）\n项目名称\t城市道路照明设施维护\n"
            "项目资金（元）\t资金总额\t当年财政拨款\t上年结转资金\t其他资金\n"
            "\t8,650,000.00\t7,800,000.00\t650,000.00\t200,000.00\n"
            "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t维护路灯数\t≥3万盏\n")
    got = _read(tmp_path, form)
    p = got.tables["projects"][0]
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (8_650_000, 7_800_000, 200_000)
    assert [(b["name"], b["amount"]) for b in got.tables["budget_items"]] == [("上年结转资金", 650_000)]
    assert "fiscal_other_mismatch" not in [w["code"] for w in got.tables["warnings"]]
    form = ("部门整体支出绩效目标表\n（2024年度）\n部门（单位）名称\t某某市自然资源和规划局\n"
            "年度部门整体支出预算（万元）\t收入\t\t支出\t\n\t资金来源\t金额\t资金用途\t金额\n"
            "\t一般公共预算\t4,520.36\t基本支出\t2,830.12\n\t政府性基金\t1,200.00\t项目支出\t3,190.24\n"
            "年度绩效指标\t一级指标\t二级指标\t三级指标\t指标值\n\t产出指标\t数量指标\t规划编制数\t≥3个\n")
    got = _read(tmp_path, form)
    assert sorted((b["kind"], b["name"]) for b in got.tables["budget_items"]) == [
        ("source", "一般公共预算"), ("source", "政府性基金"), ("use", "基本支出"), ("use", "项目支出")]


def test_income_and_spending_lines_written_label_and_amount_in_one_cell(tmp_path):
    """`按收入性质分： | 按支出性质分：` over `其中：一般公共预算：3,400.00 | 其中：基本支出：1,250.00` (a 部门整体自评表):
    the income lines are sources (the fiscal ones budget_fiscal), 其他资金 budget_other, the spending lines uses
    (the rows were unparsed)."""
    form = ("部门整体支出绩效自评表\n（2023年度）\n部门（单位）名称\t某某县交通运输局\n"
            "年度预算执行情况（万元）\t\t年初预算数\t全年预算数（A）\t全年执行数（B）\t分值\t执行率（B/A）\t得分\n"
            "\t年度资金总额：\t3,200.00\t3,650.00\t3,540.50\t10\t97.00%\t9.70\n"
            "\t按收入性质分：\t\t\t\t按支出性质分：\t\t\n"
            "\t其中：一般公共预算：3,400.00\t\t\t\t其中：基本支出：1,250.00\t\t\n"
            "\t政府性基金：200.00\t\t\t\t项目支出：2,290.50\t\t\n\t其他资金：50.00\t\t\t\t\t\t\n"
            "年度绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
            "\t产出指标\t数量指标\t农村公路提档升级里程\t≥120公里\t125公里\t90\t90\n")
    got = _read(tmp_path, form)
    p = got.tables["projects"][0]
    assert (p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (36_500_000, 36_000_000, 500_000)
    assert sorted((b["kind"], b["name"], b["amount"]) for b in got.tables["budget_items"]) == [
        ("source", "一般公共预算", 34_000_000), ("source", "政府性基金", 2_000_000),
        ("use", "基本支出", 12_500_000), ("use", "项目支出", 22_905_000)]
    assert not [w for w in got.tables["warnings"] if w["code"] == "unparsed_row"]


def test_numbered_group_rows_carrying_their_subtotal(tmp_path):
    """`一 | 文化惠民演出 | | | 500,000.00` over `1 | 送戏下乡演出 | 5,000.00 | 80 | 400,000.00` …: the 一 / 二 rows whose
    amount is the sum of the lines under them are those lines' group, no lines of their own (they were counted
    beside them: budget_sum_mismatch said the lines were twice the budget). One whose amount is not that sum
    stays a line."""
    form = ("项目支出绩效目标申报表\n（2024年度）\n金额单位：元\n项目名称\t公共文化服务\n项目当年预算\t860,000.00\n"
            "项目支出测算表\n序号\t项目明细\t单价\t数量\t金额\n一\t文化惠民演出\t\t\t500,000.00\n"
            "1\t送戏下乡演出\t5,000.00\t80\t400,000.00\n2\t节庆广场文艺演出\t20,000.00\t5\t100,000.00\n"
            "二\t图书馆免费开放\t\t\t360,000.00\n1\t图书采购\t60.00\t5,000\t300,000.00\n"
            "2\t数字资源购买\t60,000.00\t1\t60,000.00\n\t合计\t\t\t860,000.00\n"
            "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t送戏下乡场次\t≥80场\n")
    got = _read(tmp_path, form)
    assert [(b["group"], b["name"], b["amount"]) for b in got.tables["budget_items"]] == [
        ("文化惠民演出", "送戏下乡演出", 400_000), ("文化惠民演出", "节庆广场文艺演出", 100_000),
        ("图书馆免费开放", "图书采购", 300_000), ("图书馆免费开放", "数字资源购买", 60_000)]
    assert "budget_sum_mismatch" not in [w["code"] for w in got.tables["warnings"]]
    got = _read(tmp_path, form.replace("一\t文化惠民演出\t\t\t500,000.00", "一\t文化惠民演出\t\t\t520,000.00"))
    assert [b["name"] for b in got.tables["budget_items"]][:1] == ["文化惠民演出"]


def test_a_money_matrix_of_sources_without_a_total_row(tmp_path):
    """`资金来源 | 预算数 | 执行数 | 执行率` over 财政拨款 and 其他资金 rows, no total row: the year's budget and the
    spending are their sums (both were empty)."""
    form = ("项目支出绩效自评表\n（2023年度）\n项目名称\t中小学校舍维修改造\n"
            "项目资金（万元）\t资金来源\t预算数\t执行数\t执行率\n\t财政拨款\t380.00\t372.40\t98.00%\n"
            "\t其他资金\t20.00\t15.00\t75.00%\n"
            "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
            "产出指标\t数量指标\t维修校舍面积\t≥5000平方米\t5200平方米\t90\t90\n")
    p = _read(tmp_path, form).tables["projects"][0]
    assert (p["budget_year"], p["spent"], p["budget_fiscal"], p["budget_other"]) == (
        4_000_000, 3_874_000, 3_800_000, 200_000)


REVIEW = Path(__file__).resolve().parent / "fixtures" / "review"


def test_review_cases_the_new_rules_first_misread():
    """Cases a review of this round's rules built to show misfires (tests/fixtures/review/README.md)."""
    got = process_file(REVIEW / "qs.txt")
    assert [p["name"] for p in got.tables["projects"]] == ["乡村道路养护项目"] and len(got.tables["scores"]) == 4
    p = process_file(REVIEW / "pm.txt")
    pr = p.tables["projects"][0]
    assert (pr["budget_total"], pr["budget_year"], pr["budget_fiscal"], pr["budget_other"]) == (
        30_000_000, 10_000_000, 9_000_000, 500_000)
    assert [(b["name"], b["amount"]) for b in p.tables["budget_items"]] == [("上年结转资金", 500_000)]
    assert "unparsed_row" not in [w["code"] for w in p.tables["warnings"]]
    assert len(process_file(REVIEW / "sc.txt").tables["scores"]) == 5
    assert [p["unit"] for p in process_file(REVIEW / "st2.txt").tables["projects"]] == [
        "甲镇人民政府", "乙镇人民政府", "丙镇人民政府"]
    la = process_file(REVIEW / "la.txt")
    assert sorted(b["name"] for b in la.tables["budget_items"]) == [
        "一般公共预算", "基本支出", "政府性基金", "项目支出"]
    assert la.tables["projects"][0]["budget_total"] == 36_500_000


def test_a_month_unit_in_brackets_stays_a_duration():
    """`≤6（月）`: six months, kept as the qualifier (joined as `6月` it read as June and lost its value)."""
    from normalize.targets import Target, split_target
    assert split_target("≤6（月）") == Target("<=", 6.0, None, None, "月", None)


def _review(name):
    return process_file(REVIEW / name).tables


def test_review2_cases_of_the_money_rules():
    """A second review's dumps (tests/fixtures/review/README.md): each read as the form says."""
    b = _review("r2_sub1.txt")["budget_items"]
    assert [(x["name"], x["price"], x["quantity"]) for x in b] == [("送戏下乡演出", 5000, 80), ("图书采购", 60, 5000)]
    p = _review("r2_m1.txt")["projects"][0]
    assert (p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (None, 1_000_000, 200_000)
    assert [x["amount"] for x in _review("r2_s1.txt")["budget_items"]] == [5_000_000, 3_000_000, 2_000_000]
    assert [x["amount"] for x in _review("r2_u2.txt")["budget_items"]] == [6_000_000, 3_000_000, 1_000_000]
    t = _review("r2_la2.txt")
    assert t["projects"][0]["budget_total"] == 36_500_000 and "资金总额" not in [x["name"] for x in t["budget_items"]]
    assert _review("r2_rep1.txt")["projects"] == []
    assert "支出总计" not in [x["name"] for x in _review("r2_sp1.txt")["budget_items"]]


def test_review3_self_evaluation_dumps():
    """A total row ending in its grade, a money matrix shifted one column left, a matrix's 按支出性质分 rows."""
    t = _review("k_total_grade.txt")
    assert (t["projects"][0]["score"], t["projects"][0]["grade"]) == (91.4, "优")
    assert "总分" not in [i["level3"] for i in t["indicators"]]
    p = _review("k_matrix_shifted.txt")["projects"][0]
    assert (p["budget_initial"], p["budget_year"], p["spent"], p["execution_rate"]) == (
        1_200_000, 1_365_000, 1_337_700, 0.98)
    kinds = [(x["name"], x["kind"]) for x in _review("k_dept_matrix_uses.txt")["budget_items"]]
    assert kinds == [("一般公共预算", "source"), ("政府性基金预算", "source"), ("基本支出", "use"),
                     ("项目支出", "use")]


def test_goal_texts_shifted_left_under_their_labels(tmp_path):
    """`年度总体目标 | 预期目标 | 实际完成情况` over `text | text` (a dump dropped the empty cell under the block label):
    the first text is the goal, the second what was done (the goal was the second text, the first lost)."""
    form = ("项目支出绩效自评表\n（2022年度）\n项目名称\t农村公路安全生命防护工程\n"
            "年度总体目标\t预期目标\t实际完成情况\n"
            "完成安全生命防护工程85公里，设置波形护栏42公里。\t全年完成安全生命防护工程84.6公里，设置波形护栏42.3公里。\n"
            "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
            "产出指标\t数量指标\t防护工程里程\t≥85公里\t84.6公里\t100\t99\n")
    p = _read(tmp_path, form).tables["projects"][0]
    assert (p["goal_annual"], p["goal_actual"]) == (
        "完成安全生命防护工程85公里，设置波形护栏42公里。", "全年完成安全生命防护工程84.6公里，设置波形护栏42.3公里。")


def test_a_money_row_written_label_and_value_with_its_points(tmp_path):
    """`项目资金（万元） | 年初预算数：400.00 | … | 执行率：88.67% | 分值：10 | 得分：8.87`: the money fields and the
    预算执行率 scores row (the points were lost: the weights came to 90)."""
    form = ("项目支出绩效自评表\n（2020年度）\n项目名称\t农村饮水安全工程维修养护\n"
            "项目资金（万元）\t年初预算数：400.00\t全年预算数：420.00\t全年执行数：372.40\t执行率：88.67%\t分值：10\t得分：8.87\n"
            "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
            "产出指标\t数量指标\t维修工程处数\t≥30处\t31处\t90\t86\n")
    got = _read(tmp_path, form)
    p = got.tables["projects"][0]
    assert (p["budget_year"], p["spent"], p["execution_rate"]) == (4_200_000, 3_724_000, 0.8867)
    assert [(s["level3"], s["weight"], s["score"]) for s in got.tables["scores"]] == [("预算执行率", 10, 8.87)]
    assert "weights_not_100" not in [w["code"] for w in got.tables["warnings"] if "weights add up" in w["message"]]


def test_indicator_rows_written_one_column_left_of_their_header():
    """`绩效指标 | 一级指标 | 二级指标 | 三级指标 | …` over rows a dump wrote without the empty cell under 绩效指标
    (tests/fixtures/review/k_indicators_shifted.txt): each row is put back under its header (the level 2 was read
    as the level 1, the name as the level 2, the target as the name, each value one role off)."""
    got = _review("k_indicators_shifted.txt")["indicators"]
    assert [(i["level1"], i["level2"], i["level3"], i["target_raw"], i["actual_raw"], i["weight"], i["score"])
            for i in got][2:4] == [("产出指标", "质量指标", "文化站年开放天数", "≥300天", "312天", 10, 10),
                                   ("产出指标", "时效指标", "补助资金拨付及时率", "100%", "92%", 10, 9.2)]
    assert len(got) == 8


@pytest.mark.parametrize("name", ["n15_common_indicators.txt", "n16_notice_template_example.txt",
                                  "n08_eval_report_indicators.txt", "n22_training_ppt.txt"])
def test_documents_that_read_like_forms_but_name_no_project(name):
    """An indicator framework with reference values, a notice's filled-in example (XX项目), a report's table, a
    handout (tests/fixtures/review/README.md): no project, a not_a_form warning saying why."""
    got = _review(name)
    assert got["projects"] == [] and got["indicators"] == [] and got["scores"] == []
    assert "not_a_form" in [w["code"] for w in got["warnings"]]


def test_continued_table_lines_money_totals_and_a_core_mark_before_the_target(tmp_path):
    """`续表` alone inside an indicator table is no indicator; `资金来源（万元） | 合计 | 中央资金 … | 其他` over amounts
    gives the total and the other funds (all was lost); `★≥95%` is a core indicator with the target ≥95%."""
    form = ("项目支出绩效目标表\n（2024年度）\n项目名称\t老旧小区改造\n"
            "资金来源（万元）\t合计\t中央资金\t省级资金\t区级资金\t其他\n\t1,586.4\t200\t300\t1,086.4\t0\n"
            "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t改造小区数\t12个\n续表\n"
            "\t质量指标\t完工及时率\t★≥95%\n满意度指标\t服务对象满意度指标\t居民满意度\t≥90%\n")
    got = _read(tmp_path, form)
    p = got.tables["projects"][0]
    assert (p["budget_total"], p["budget_other"]) == (15_864_000, 0)
    assert [(i["level3"], i["op"], i["value"], i["core"]) for i in got.tables["indicators"]] == [
        ("改造小区数", "=", 12, False), ("完工及时率", ">=", 95, True), ("居民满意度", ">=", 90, False)]


def test_a_form_signed_off_below_its_table(tmp_path):
    """The issuer, its seal and the date on lines of their own under the indicator table (a notice's form, after a
    blank line) are no indicators (they were read as indicators named XX县财政局 / 2024年3月5日)."""
    form = ("项目支出绩效目标表\n（2024年度）\n项目名称\t村容村貌整治\n一级指标\t二级指标\t三级指标\t指标值\n"
            "产出指标\t数量指标\t整治村数\t12个\n满意度指标\t服务对象满意度指标\t村民满意度\t≥90%\n\n"
            "XX县财政局\n2024年3月5日\n")
    got = _read(tmp_path, form).tables["indicators"]
    assert [i["level3"] for i in got] == ["整治村数", "村民满意度"]
    got = _read(tmp_path, form.replace("XX县财政局\n", "XX区民政局（盖章）\t\n")).tables["indicators"]
    assert [i["level3"] for i in got] == ["整治村数", "村民满意度"]


def test_a_money_unit_declared_by_the_first_label_of_a_row(tmp_path):
    """`年度资金总额（万元） | 200 | 全年执行数 | 196`: the row's other money is in 万元 too (spent was 196 元)."""
    form = ("项目支出绩效自评表\n（2023年度）\n项目名称\t城乡环卫保洁\n年度资金总额（万元）\t200\t全年执行数\t196\n"
            "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
            "产出指标\t数量指标\t保洁面积\t≥100万平方米\t102万平方米\t100\t98\n")
    p = _read(tmp_path, form).tables["projects"][0]
    assert (p["budget_year"], p["spent"]) == (2_000_000, 1_960_000)


def test_a_goal_heading_beside_a_done_heading(tmp_path):
    """`年度总体目标 | 年度目标 | 完成情况` over the two texts: the goal and what was done (完成情况 was read as the
    goal's text, the texts below unparsed)."""
    form = ("项目支出绩效自评表\n（2023年度）\n项目名称\t老年人助餐服务补贴\n"
            "年度总体目标\t年度目标\t\t\t完成情况\n\t为辖区老人提供助餐补贴。\t\t\t累计补贴助餐41.2万人次。\n"
            "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
            "产出指标\t数量指标\t助餐人次\t≥40万人次\t41.2万人次\t100\t100\n")
    p = _read(tmp_path, form).tables["projects"][0]
    assert (p["goal_annual"], p["goal_actual"]) == ("为辖区老人提供助餐补贴。", "累计补贴助餐41.2万人次。")


def test_a_level_label_wrapped_in_its_cell(tmp_path):
    """`产出` on the row of its first indicator and `指标` (or `（50分）`, `度指标`) under it in the same column, alone or
    on the next indicator's row: one label, 产出指标 (the tails were read as indicators named 指标 and as level
    labels of their own)."""
    form = ("2023年度项目支出绩效目标申报表\n项目名称\t社区养老服务补助\n"
            "一级指标\t二级指标\t三级指标\t指标值\n"
            "产出\t数量\t补助人数\t≥500人\n指标\t指标\n"
            "（50分）\t质量指标\t发放准确率\t100%\n"
            "效益\t社会效益\t老年人生活质量\t逐步提高\n指标\t指标\t受益老人人数\t≥500人\n"
            "满意\t满意度\t受助老人满意度\t≥90%\n度指标\t指标\t\t\n")
    got = _read(tmp_path, form).tables["indicators"]
    assert [(i["level1"], i["level2"], i["level3"]) for i in got] == [
        ("产出指标（50分）", "数量指标", "补助人数"), ("产出指标（50分）", "质量指标", "发放准确率"),
        ("效益指标", "社会效益指标", "老年人生活质量"), ("效益指标", "社会效益指标", "受益老人人数"),
        ("满意度指标", "满意度指标", "受助老人满意度")]
    assert got[0]["level1_weight"] == 50
    # a label that ends as a label ends keeps a name under it: `指标` in the name column is no tail
    form2 = form.replace("产出\t数量\t", "产出指标\t数量指标\t").replace("指标\t指标\n（50分）", "\t\t指标\t≥1\n（50分）")
    names = [i["level3"] for i in _read(tmp_path, form2).tables["indicators"]]
    assert names[:2] == ["补助人数", "指标"]


def test_forms_one_after_another_under_the_document_preamble(tmp_path):
    """A 部门预算公开's projects (`项目名称 | …` again and again under one title) below `单位：万元` and `部门：…` on
    lines of their own: every project is in 万元 and of that department (the second one's 预算金额 | 612.50 was read
    as 612.5 元, its department null)."""
    block = ("项目名称\t{name}\n预算金额\t{money}\n年度目标\t按时完成。\n一级指标\t二级指标\t三级指标\t指标值\n"
             "产出指标\t数量指标\t服务人数\t≥100人\n")
    form = ("2024年部门预算项目绩效目标表\n单位：万元\n部门：武汉市洪山区城市管理执法委员会\n"
            + block.format(name="环卫保洁服务购买", money="3860.00") + block.format(name="生活垃圾转运", money="612.50"))
    got = _read(tmp_path, form).tables["projects"]
    assert [(p["budget_year"], p["department"]) for p in got] == [
        (38_600_000, "武汉市洪山区城市管理执法委员会"), (6_125_000, "武汉市洪山区城市管理执法委员会")]
    # a later form with its own title is a form of its own: nothing carried to it
    titled = form.replace("项目名称\t生活垃圾转运", "2024年项目支出绩效目标表\n项目名称\t生活垃圾转运")
    got = _read(tmp_path, titled).tables["projects"]
    assert [(p["budget_year"], p["department"]) for p in got] == [
        (38_600_000, "武汉市洪山区城市管理执法委员会"), (612.5, None)]


def test_cells_a_line_break_cut_in_a_self_evaluation_dump(tmp_path):
    """A dump of a PDF's indicator table whose cells a line break cut: the deviation text going on alone on the
    next line, a name's start alone on a line with its tail and the values on the next, a target's tail
    (`5元/生·` / `天`). Each indicator once, its texts whole (they gave indicators without a name, `楼本体节能改造面`
    and `积` as two, a target `天`)."""
    head = ("项目支出绩效自评表\n（2022年度）\n项目名称\t老旧小区综合整治\n"
            "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n")
    form = head + ("\t产出指标\t数量指标\t完成综合整治小区\t12个\t11个\t10\t9\t1个小区居民意见不统一，\n"
                   "\t\t\t\t\t\t\t\t已列入下年度计划\n"
                   "\t\t\t楼本体节能改造面\n"
                   "\t\t\t积\t≥15万平方米\t14.2万平方米\t10\t9\t\n"
                   "\t\t\t补助标准\t5元/生·\t5元/生·天\t10\t10\t\n"
                   "\t\t\t\t天\t\t\t\t\n"
                   "\t满意度指标\t服务对象满意度指标\t居民满意度\t≥85%\t88%\t10\t10\t\n")
    got = _read(tmp_path, form).tables["indicators"]
    assert [(i["level3"], i["target_raw"], i["unit"], i["score"], i["deviation"]) for i in got] == [
        ("完成综合整治小区", "12个", "个", 9, "1个小区居民意见不统一，已列入下年度计划"),
        ("楼本体节能改造面积", "≥15万平方米", "万平方米", 9, None),
        ("补助标准", "5元/生·天", "元/生·天", 10, None),
        ("居民满意度", "≥85%", "%", 10, None)]
    # a row of its own under a name-only row (an indicator without a target, then the next one): two indicators
    form2 = head + ("\t产出指标\t数量指标\t新建公厕数量\t\t\t\t\t\n"
                    "\t\t\t改造公厕数量\t≥15座\t15座\t10\t10\t\n")
    assert [i["level3"] for i in _read(tmp_path, form2).tables["indicators"]] == ["新建公厕数量", "改造公厕数量"]


def test_a_table_header_a_line_break_cut(tmp_path):
    """`年度指 | 实际完 | 偏差原因分析` over `标值 | 成值 | 及改进措施` (each piece under its cell): one header, 年度指标值 |
    实际完成值 | … (the cut header was read as a 评分表's, every indicator's target and value lost)."""
    form = ("项目支出绩效自评表\n（2023年度）\n项目名称\t社区卫生服务中心标准化建设\n"
            "绩效指标\t一级指标\t二级指标\t三级指标\t年度指\t实际完\t分值\t得分\t偏差原因分析\n"
            "\t\t\t\t标值\t成值\t\t\t及改进措施\n"
            "\t产出指标\t数量指标\t标准化建设中心数量\t6个\t5个\t20\t16\t1个中心选址调整\n"
            "\t满意度指标\t服务对象满意度指标\t就诊居民满意度\t≥90%\t91%\t20\t20\t\n")
    t = _read(tmp_path, form).tables
    assert [(i["level3"], i["target_raw"], i["actual_raw"], i["score"], i["deviation"]) for i in t["indicators"]] == [
        ("标准化建设中心数量", "6个", "5个", 16, "1个中心选址调整"), ("就诊居民满意度", "≥90%", "91%", 20, None)]
    assert t["scores"] == []


def test_a_year_line_in_chinese_numerals(tmp_path):
    """`（二〇二三年度）` under the title dates the form as `（2023年度）` does (it was no year line: year null)."""
    form = ("项目支出绩效目标申报表\n（二〇二三年度）\n项目名称\t农村公路安全生命防护工程\n"
            "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t防护工程里程\t≥120公里\n")
    assert _read(tmp_path, form).tables["projects"][0]["year"] == 2023
    assert _read(tmp_path, form.replace("二〇二三", "二○二二")).tables["projects"][0]["year"] == 2022


def test_the_self_evaluation_total_over_the_indicator_tables_sum(tmp_path):
    """`合计 | … | 90 | 89.3` closing the indicator table, then `自评总分 | … | 100 | 99` (the budget's 10 points
    included): the form's score is 99 (the table's 合计 was taken, the first found)."""
    form = ("项目支出绩效自评表\n（2023年度）\n项目名称\t全民健身设施建设\n"
            "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t未完成原因分析\n"
            "产出指标\t数量指标\t新建健身步道\t≥500公里\t532公里\t40\t40\t\n"
            "满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\t91.5%\t50\t49.3\t\n"
            "合计\t\t\t\t\t90\t89.3\t\n自评总分\t\t\t\t\t100\t99\t\n")
    assert _read(tmp_path, form).tables["projects"][0]["score"] == 99
    alone = form.replace("自评总分\t\t\t\t\t100\t99\t\n", "")
    assert _read(tmp_path, alone).tables["projects"][0]["score"] == 89.3


def test_money_sources_under_a_source_heading_with_transfer_payments(tmp_path):
    """`资金来源 | 合计 | 省级财政资金 | 中央转移支付资金 | 其他资金` over a row of amounts: the total and the sources
    (中央转移支付资金 was no source's name: nothing read, the amounts an unparsed row)."""
    form = ("2024年省级专项资金绩效目标表\n专项资金名称：省级乡村振兴专项资金\n金额单位：万元\n"
            "资金来源\t合计\t省级财政资金\t中央转移支付资金\t其他资金\n\t85000\t50000\t35000\t0\n"
            "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t建设现代农业园区数量\t20个\n")
    t = _read(tmp_path, form).tables
    assert (t["projects"][0]["budget_total"], t["projects"][0]["budget_other"]) == (850_000_000, 0)
    assert [(b["name"], b["amount"], b["kind"]) for b in t["budget_items"]] == [
        ("省级财政资金", 500_000_000, "source"), ("中央转移支付资金", 350_000_000, "source")]
    assert not [w for w in t["warnings"] if w["code"] == "unparsed_row"]


def test_label_amount_pairs_on_two_lines_as_wide_as_one_table_row(tmp_path):
    """`全年预算数（万元） | 2600 | 全年执行数（万元） | 2548` then `执行率 | 98% | 自评得分 | 95`: two rows, though their
    fields add up to the width of the indicator table below (they were joined as one row cut after `2548`, its
    spending and rate lost)."""
    form = ("项目绩效自评表\n（2023年度）\n项目名称\t职业技能提升行动补贴\t项目单位\t宁波市人社局\n"
            "全年预算数（万元）\t2600\t全年执行数（万元）\t2548\n执行率\t98%\t自评得分\t95\n"
            "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
            "产出指标\t数量指标\t补贴培训人次\t≥1.5万人次\t1.62万人次\t30\t30\n"
            "产出指标\t质量指标\t培训合格率\t≥90%\t93%\t20\t20\n"
            "效益指标\t社会效益指标\t培训后就业率\t≥70%\t68%\t30\t25\n")
    p = _read(tmp_path, form).tables["projects"][0]
    assert (p["budget_year"], p["spent"], p["execution_rate"], p["score"]) == (26_000_000, 25_480_000, 0.98, 95)


def test_a_task_tables_total_row_gives_the_departments_money(tmp_path):
    """A 部门整体 目标表's tasks under `预算金额（万元）` over `总额 | 财政拨款 | 其他资金`, closed by `金额合计 | 1260.50 |
    1230.50 | 30.00`: the form's total, fiscal and other money (the only place it states them; they were null)."""
    form = ("2024年部门整体支出绩效目标表\n部门名称\t杭州市拱墅区文化广电旅游体育局\n"
            "年度主要任务\t任务名称\t主要内容\t预算金额（万元）\t\t\n\t\t\t总额\t财政拨款\t其他资金\n"
            "\t公共文化服务\t开展群众文化活动\t620.00\t620.00\t0\n\t文旅产业发展\t举办文旅推介活动\t380.00\t350.00\t30.00\n"
            "金额合计\t\t\t1000.00\t970.00\t30.00\n"
            "年度绩效指标\t一级指标\t二级指标\t三级指标\t指标值\n\t产出指标\t数量指标\t群众文化活动场次\t≥300场\n")
    t = _read(tmp_path, form).tables
    p = t["projects"][0]
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (10_000_000, 9_700_000, 300_000)
    assert [b["amount"] for b in t["budget_items"]] == [6_200_000, 3_800_000]


def test_assessment_sections_numbered_in_the_number_column(tmp_path):
    """A county 考核任务分解表: `一 | 经济发展（30分）` rows (the numeral in the 序号 column) head sections whose items
    have a title under 考核项目 (`1 | 固定资产投资 | 10 | 完成全年…`); a 扣分项's 分值 is its cap. (The section rows
    were unparsed, each item's title taken as its section, the 扣分项 item a base item.)"""
    form = ("2023年度XX县乡镇综合考核任务分解表\n序号\t考核项目\t分值\t考核内容\t评分标准\t责任单位\n"
            "一\t经济发展（30分）\t\t\t\t\n1\t固定资产投资\t10\t完成全年固定资产投资增长目标8%\t每低1个百分点扣1分\t县发改局\n"
            "2\t招商引资\t20\t引进亿元以上项目不少于2个\t每少1个扣5分\t县商务局、县投促中心\n"
            "二\t扣分项\t\t\t\t\n3\t安全生产\t-10\t发生较大及以上安全生产事故\t每发生1起扣5分\t县应急局\n")
    t = _read(tmp_path, form).tables
    assert [(a["section_no"], a["section"], a["item_no"], a["content"], a["points"], a["kind"], a["cap"])
            for a in t["assessment_items"]] == [
        ("一", "经济发展", 1, "固定资产投资：完成全年固定资产投资增长目标8%", 10, "base", None),
        ("一", "经济发展", 2, "招商引资：引进亿元以上项目不少于2个", 20, "base", None),
        ("二", "扣分项", 3, "安全生产：发生较大及以上安全生产事故", 5, "penalty", 10)]
    assert not [w for w in t["warnings"] if w["code"] == "unparsed_row"]


def test_a_budget_tables_name_column_beside_its_block_label(tmp_path):
    """`项目明细 | 名称 | 数量 | 单价 | 金额`: the lines' names are under 名称 (项目明细, the block's label in the first
    column, took the name role and 名称 went to the note)."""
    form = ("项目支出绩效目标申报表\n项目名称\t数字城管平台运维\n项目明细\t名称\t数量\t单价\t金额\n"
            "\t平台软件运维\t12\t45,000.00\t540,000.00\n\t视频监控点位维护\t350\t1,200.00\t420,000.00\n"
            "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t维护点位\t≥350个\n")
    b = _read(tmp_path, form).tables["budget_items"]
    assert [(x["name"], x["quantity"], x["price"], x["amount"], x["note"]) for x in b] == [
        ("平台软件运维", 12, 45_000, 540_000, None), ("视频监控点位维护", 350, 1_200, 420_000, None)]


def test_money_sources_with_their_amounts_beside_a_money_label(tmp_path):
    """`资金总额（万元） | 2,450.00 | 其中：中央资金 | 1,500.00 | 省级资金 | 650.00` and `其中：省财政资金 | 1500`: each
    source with its amount is a line of kind `source` in the row's unit (they were lost without a warning)."""
    form = ("专项资金绩效目标表\n（2024年度）\n专项资金名称\t乡村振兴衔接资金\n"
            "资金总额（万元）\t2,450.00\t其中：中央资金\t1,500.00\t省级资金\t950.00\n"
            "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t支持产业项目数\t≥20个\n")
    t = _read(tmp_path, form).tables
    assert t["projects"][0]["budget_total"] == 24_500_000
    assert [(b["name"], b["amount"], b["kind"]) for b in t["budget_items"]] == [
        ("中央资金", 15_000_000, "source"), ("省级资金", 9_500_000, "source")]
    t = _read(tmp_path, form.replace("其中：中央资金\t1,500.00\t省级资金\t950.00", "其中：省财政资金\t2,450.00")).tables
    assert [(b["name"], b["amount"], b["kind"]) for b in t["budget_items"]] == [("省财政资金", 24_500_000, "source")]


def test_money_fields_written_in_a_sentence(tmp_path):
    """`项目资金：年度资金总额 680万元，其中财政拨款 680万元，其他资金 0万元` on a line: each money field with its own
    unit (none was read). A sentence naming one amount only is left to the label's own reading."""
    form = ("项目支出绩效目标表\n项目名称：城市社区健身圈建设        主管部门：长春市体育局\n"
            "项目资金：年度资金总额 680万元，其中财政拨款 600万元，其他资金 80万元\n"
            "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t新建健身点\t85个\n")
    p = _read(tmp_path, form).tables["projects"][0]
    assert (p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (6_800_000, 6_000_000, 800_000)


def test_money_with_the_periods_as_rows(tmp_path):
    """`资金情况（万元） | 期间 | 资金总额 | 中央资金 | 省级资金` over a 实施期 row and a 年度 row: the period's total is
    budget_total, the year's budget_year, each source a line of the year's amount with the period's in its note (the
    year's row was lost, or 实施期 read as a source); 财政拨款 / 其他资金 columns are the year's fields."""
    head = ("专项资金绩效目标表\n（2024年度）\n专项资金名称\t农村生活污水治理专项资金\n")
    tail = "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t治理行政村数量\t≥700个\n"
    form = head + ("资金情况（万元）\t期间\t资金总额\t中央资金\t省级资金\n\t实施期\t60,000\t36,000\t24,000\n"
                   "\t年度\t20,000\t12,000\t8,000\n") + tail
    t = _read(tmp_path, form).tables
    p = t["projects"][0]
    assert (p["budget_total"], p["budget_year"]) == (600_000_000, 200_000_000)
    assert [(b["name"], b["amount"], b["kind"], b["note"]) for b in t["budget_items"]] == [
        ("中央资金", 120_000_000, "source", "实施期：36,000"), ("省级资金", 80_000_000, "source", "实施期：24,000")]
    form = head + ("项目资金（万元）\t期间\t资金总额\t财政拨款\t其他资金\n\t实施期\t3000\t2800\t200\n\t年度\t1000\t900\t100\n") + tail
    p = _read(tmp_path, form).tables["projects"][0]
    assert (p["budget_total"], p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (
        30_000_000, 10_000_000, 9_000_000, 1_000_000)


def test_a_target_after_the_name_and_amounts_with_a_yuan_sign(tmp_path):
    """`指标1：培训人数≥100人` in the name column with the 指标值 cell empty: the name, then the target from its
    operator on (target_missing was raised); `资金总额 | ￥268,000.00`: the amount (the ￥ made it no number)."""
    form = ("项目支出绩效目标表\n（2022年）\n项目名称\t农民培训\n资金总额\t￥268,000.00\t财政拨款\t￥268,000.00\n"
            "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t指标1：培训人数≥100人\t\n"
            "\t\t指标2：培训班次≥4次/年\t\n\t质量指标\t培训合格率\t≥90%\n")
    t = _read(tmp_path, form).tables
    assert [(i["level3"], i["op"], i["value"], i["unit"]) for i in t["indicators"]] == [
        ("培训人数", ">=", 100, "人"), ("培训班次", ">=", 4, "次/年"), ("培训合格率", ">=", 90, "%")]
    assert (t["projects"][0]["budget_total"], t["projects"][0]["budget_fiscal"]) == (268_000, 268_000)


def test_the_years_fiscal_money_beside_the_periods(tmp_path):
    """`中期资金总额 | 15000 | 年度资金总额 | 5000` over `其中：财政拨款 | 14000 | 其中：财政拨款 | 4600`: the fiscal and
    other money are the year's (the period's, first in the row, were kept: fiscal over the year's budget); a
    policy form's `实施期资金总额` is the total and `实施期 | 2024年—2026年` the period (unparsed); `项目资金（万元） |
    10500` beside the unit is the project's money (lost without a warning)."""
    form = ("项目支出绩效目标申报表\n（2024年度）\n项目名称\t乡村道路建设\n"
            "项目资金（万元）\t中期资金总额\t15000\t年度资金总额\t5000\n\t其中：财政拨款\t14000\t其中：财政拨款\t4600\n"
            "\t其他资金\t1000\t其他资金\t400\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t道路里程\t≥20公里\n")
    p = _read(tmp_path, form).tables["projects"][0]
    assert (p["budget_total"], p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (
        150_000_000, 50_000_000, 46_000_000, 4_000_000)
    policy = form.replace("中期资金总额", "实施期资金总额").replace("项目名称\t乡村道路建设\n",
                                                             "政策名称\t乡村道路建设补助\n实施期\t2024年—2026年\n")
    t = _read(tmp_path, policy).tables
    p = t["projects"][0]
    assert (p["budget_total"], p["budget_year"], p["period_raw"]) == (150_000_000, 50_000_000, "2024年—2026年")
    assert not [w for w in t["warnings"] if w["code"] == "unparsed_row"] and t["budget_items"] == []
    alone = ("项目支出绩效目标表\n（2024年度）\n项目名称\t乡村道路建设\n实施单位\t某县交通局\t项目资金（万元）\t10500\n"
             "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t道路里程\t≥20公里\n")
    assert _read(tmp_path, alone).tables["projects"][0]["budget_total"] == 105_000_000


def test_an_indicator_row_broken_across_a_page():
    """A Word-printed 自评表 whose rows break across pages (the rest of a name, `…报送市级主管部` / `门审核）`, alone at
    the top of the next page): 36 indicators with whole names (38: the pieces were indicators of their own)."""
    got = _review("p_row_over_page.pdf")["indicators"]
    assert len(got) == 36
    assert all(i["level3"].endswith("（按季度统计并报送市级主管部门审核）") and i["target_raw"] for i in got)


def test_a_name_going_on_after_a_page_break_in_a_dump(tmp_path):
    """The same in a dump (a blank line inside the table is its page break); an indicator without its target
    after a page break, whose brackets close nothing, stays an indicator."""
    head = ("项目支出绩效自评表\n（2023年度）\n项目名称\t统计报送\n"
            "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n")
    form = head + ("产出指标\t质量指标\t考核事项完成情况说明（按季度报送\t≥80%\t85%\t10\t10\n\n"
                   "\t\t主管部门审核）\n\t\t考核事项2\t≥81%\t86%\t10\t10\n")
    got = _read(tmp_path, form).tables["indicators"]
    assert [i["level3"] for i in got] == ["考核事项完成情况说明（按季度报送主管部门审核）", "考核事项2"]
    form = head + ("产出指标\t质量指标\t考核事项1\t≥80%\t85%\t10\t10\n\n\t\t考核事项3（新增）\n")
    assert [i["level3"] for i in _read(tmp_path, form).tables["indicators"]] == ["考核事项1", "考核事项3（新增）"]


def test_the_year_of_a_form_that_states_none(tmp_path):
    """No year in the title or on a line: the project period within one calendar year, else a year the name opens
    with (year was null); a period over years and a name without a year give none (never a guess)."""
    form = ("项目支出绩效目标申报表\n项目名称\t{name}\n项目期限\t{period}\n"
            "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t抽检批次\t≥4000批次\n")
    year = lambda name, period: _read(tmp_path, form.format(name=name, period=period)).tables["projects"][0]["year"]
    assert year("食品安全抽检监测经费", "2024-01-01至2024-12-31") == 2024
    assert year("2023年度食品安全抽检监测经费", "") == 2023
    assert year("食品安全抽检监测经费", "2024-01-01至2026-12-31") is None
    assert year("食品安全抽检监测经费", "") is None


def test_flattened_pdf_text_rows_keep_their_columns():
    """`pdftotext -layout`-style exports (tests/fixtures/review/q_layout_*.txt): the rows under a table header
    keep their cells in the header's columns (a row whose first cells are merged started from the first column:
    its name read as the level 1, its actual value as the target); `≥ 90%`, `≤ 500元/人`, `100% (10月前)` and
    `（ 2020 年 ）` are one cell each; a wrapped level label's `指标` is no indicator."""
    row = lambda i: (i["level1"], i["level2"], i["level3"], i["op"], i["value"], i["unit"], i["actual_raw"],
                     i["weight"], i["score"])
    t = _review("q_layout_selfeval.txt")
    assert [row(i) for i in t["indicators"]][1:3] == [
        ("产出指标", "质量指标", "工程验收合格率", "=", 100, "%", "100%", 15, 15),
        ("产出指标", "时效指标", "完工及时率", ">=", 90, "%", "100%", 10, 10)]
    assert len(t["indicators"]) == 6 and t["indicators"][3]["level2"] == "成本指标"
    # (on the next page, under its header repeated narrower: the columns of the first page's header hold)
    assert row(t["indicators"][3])[3:] == ("<=", 15, "%", "12%", 10, 10)
    t = _review("q_layout_opcol.txt")
    assert [(i["level2"], i["level3"], i["op"], i["value"], i["unit"]) for i in t["indicators"]][2:4] == [
        ("时效指标", "维修养护完成时间", "<=", 12, "月"), ("成本指标", "单处维修成本", "<=", 50_000, "元")]
    assert len(t["indicators"]) == 7 and t["indicators"][-1]["level2"] == "服务对象满意度指标"
    t = _review("q_layout_gbk.txt")
    assert t["projects"][0]["year"] == 2020
    assert [(i["level3"], i["op"], i["value"]) for i in t["indicators"]][2:4] == [("隐患整改率", ">=", 90), ("整改时限", "<=", 5)]


def test_a_table_exported_with_merged_texts_repeated():
    """Each merged cell's text written in every cell it covers (tests/fixtures/review/q_word_repeats.txt): the
    repeats are one merged cell, so the year's money under `年度资金总额 ×2` and the annual goal under `年度目标 ×2`
    are read (budget_year and goal_annual were null)."""
    t = _review("q_word_repeats.txt")
    p = t["projects"][0]
    assert (p["budget_total"], p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (35_000, 35_000, 35_000, 0)
    assert (p["goal_total"], p["goal_annual"]) == ("改善镇区环境。", "改善镇区环境。")
    assert len(t["indicators"]) == 5 and not [w for w in t["warnings"] if w["code"] == "unparsed_row"]


def test_a_departments_tasks_without_amounts(tmp_path):
    """`年度主要任务 | 任务名称 | 主要内容` over task rows with no amount (a 部门整体 form): the form's composition,
    `任务：内容；…` (each row was unparsed)."""
    form = ("部门整体支出绩效目标申报表\n（2023年度）\n部门（单位）名称\t桐梓县教育局\t\t\t\n"
            "年度主要任务\t任务名称\t\t主要内容\t\n\t义务教育保障\t\t保障义务教育阶段学校正常运转\t\n"
            "\t学生资助\t\t落实各学段学生资助政策\t\n年度部门整体支出预算（万元）\t资金总额\t\t24,560.80\t\n"
            "年度绩效指标\t一级指标\t二级指标\t三级指标\t指标值\n\t产出指标\t数量指标\t资助学生人次\t≥3000人次\n")
    t = _read(tmp_path, form).tables
    assert t["projects"][0]["composition"] == "义务教育保障：保障义务教育阶段学校正常运转；学生资助：落实各学段学生资助政策"
    assert t["projects"][0]["budget_total"] == 245_608_000
    assert not [w for w in t["warnings"] if w["code"] == "unparsed_row"]


def test_a_form_without_indicators_is_flagged(tmp_path):
    """A form whose indicator table was not read or is missing: a `no_indicators` warning, the document partial
    (the project came with nothing read and no warning)."""
    r = _read(tmp_path, "项目支出绩效目标申报表\n项目名称\t某项目\n主管部门\t某局\n实施单位\t某中心\n"
                        "项目资金总额（万元）\t60\n年度资金总额（万元）\t60\n年度目标\t丰富基层群众文化生活。\n")
    assert "no_indicators" in [w["code"] for w in r.tables["warnings"]] and r.document["status"] == "partial"


def test_one_cell_per_line_texts_are_read():
    """A web page's table copied as text, one cell per line (tests/fixtures/review/q_one_cell_per_line.txt, and the
    real aa_c03_one_cell_per_line.txt, 湘潭 2024, a blank line between cells): rows put back from the labels and the
    table heads; labels with their values, labels over their values (中期资金总额 | 年度资金总额 over 资金总额 | 60 | 60,
    长期目标 | 年度目标 over two texts), the indicator table's rows by their level names and their number of cells
    (no indicator was read, and the real form's name and goals were lost)."""
    t = _review("q_one_cell_per_line.txt")
    p = t["projects"][0]
    assert (p["name"], p["budget_total"], p["budget_fiscal"], p["goal_annual"]) == (
        "镇村公共文化服务经费", 600_000, 600_000, "丰富基层群众文化生活。")
    assert [(i["level1"], i["level2"], i["level3"], i["target_raw"]) for i in t["indicators"]][:2] == [
        ("产出指标", "数量指标", "公共文化活动场次", "=12次"), ("产出指标", "数量指标", "参与群众人次", "≥300人次")]
    assert len(t["indicators"]) == 5 and t["indicators"][-1]["level3"] == "群众满意度"
    t = _review("aa_c03_one_cell_per_line.txt")
    p = t["projects"][0]
    assert (p["name"], p["department_code"], p["goal_total"]) == ("雾炮车抑尘降尘服务", "308001", "持续改善我市空气质量")
    assert [(i["level2"], i["level3"], i["target_raw"]) for i in t["indicators"]] == [
        ("数量指标", "雾炮车抑尘降尘服务配备车辆数", "10"), ("数量指标", "雾炮车风炮射程", "80M"),
        ("质量指标", "服务周期内空气质量", "优良"), ("时效指标", "服务周期", "180"),
        ("成本指标", "控制在预算成本内", "控制在预算内"),
        ("社会效益指标", "服务周期内,市民对空气质量改善的满意程度", "85%"), ("服务对象满意度指标", "满意度", "90%")]
    assert "text_single_cells" in [w["code"] for w in t["warnings"]]


def test_this_rounds_rules_where_they_misread():
    """The cases a review of this round's rules found (tests/fixtures/review/r3_*.txt), each read as the form says."""
    t = _review("r3_f4_notes.txt")
    assert len(t["indicators"]) == 4 and not [w for w in t["warnings"] if w["code"] == "target_missing"]
    t = _review("r3_f2_two_forms_pb.txt")
    assert [(p["name"], p["budget_year"]) for p in t["projects"]][1] == ("农村公路养护", 1_200_000)
    p = _review("r3_pr1_noperiodhead.txt")["projects"][0]
    assert (p["budget_total"], p["budget_year"], p["budget_fiscal"], p["budget_other"], p["period_raw"]) == (
        150_000_000, 50_000_000, 46_000_000, 4_000_000, None)
    t = _review("r3_y1_period_years.txt")
    p = t["projects"][0]
    assert (p["budget_total"], p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (
        10_000_000, 5_000_000, 4_000_000, 1_000_000)
    assert t["budget_items"] == [] and not [w for w in t["warnings"] if w["code"] == "unparsed_row"]
    p = _review("r3_m1_sentence_overview.txt")["projects"][0]
    assert p["overview"].startswith("项目资金：总投资1000万元") and p["budget_year"] == 5_000_000
    assert [p["budget_year"] for p in _review("r3_p2_preamble.txt")["projects"]] == [6_125_000, 50_000]
    assert _review("r3_s1_total_fullmarks.txt")["projects"][0]["score"] == 83


def test_a_name_cut_after_a_connective_goes_on_below_its_values(tmp_path):
    """`城镇污水集中收集率较 | ≥2个` then `上年提高幅度（百分点）` alone under the name: one name (a second indicator
    without a target was read); a name ending as a name may end stays, the row below an indicator of its own."""
    head = "项目支出绩效目标表\n（2021年度）\n项目名称\t污水管网建设\n一级指标\t二级指标\t三级指标\t指标值\n"
    form = head + "效益指标\t生态效益指标\t城镇污水集中收集率较\t≥2个\n\t\t上年提高幅度（百分点）\t\n"
    assert [i["level3"] for i in _read(tmp_path, form).tables["indicators"]] == ["城镇污水集中收集率较上年提高幅度（百分点）"]
    form = head + "效益指标\t生态效益指标\t城镇污水集中收集率\t≥95%\n\t\t黑臭水体消除比例\t\n"
    assert [i["level3"] for i in _read(tmp_path, form).tables["indicators"]] == ["城镇污水集中收集率", "黑臭水体消除比例"]


def test_saved_government_web_pages():
    """Saved 政府信息公开 pages (tests/fixtures/review/s_*.html): the page's record table and its furniture (share bar,
    related links, footer) are no form's rows (the document was partial, a link an indicator, a link's year the
    form's); an indicator table going on in a second `<table>` keeps the level 1 above."""
    r = process_file(REVIEW / "s_page_furniture.html")
    assert r.document["status"] == "ok" and len(r.tables["indicators"]) == 7
    assert not any("相关链接" in (i["level3"] or "") for i in r.tables["indicators"])
    t = _review("s_split_tables.html")
    assert [(i["level1"], i["level2"]) for i in t["indicators"]][4] == ("产出指标", "成本指标")
    assert [p["year"] for p in _review("s_three_projects.html")["projects"]] == [2023, 2023, 2023]


def test_a_department_code_before_its_name(tmp_path):
    """`主管部门及代码 | 205 某市人力资源和社会保障局`: the code and the name (the code was kept in the name); as
    `[015001]武汉市青山区教育局` is; a year before a word is no code."""
    form = ("项目支出绩效目标表\n（2023年度）\n项目名称\t职业技能提升培训\n主管部门及代码\t{dept}\n"
            "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t培训人次\t≥3000人次\n")
    got = lambda d: (lambda p: (p["department_code"], p["department"]))(
        _read(tmp_path, form.format(dept=d)).tables["projects"][0])
    assert got("205 某市人力资源和社会保障局") == ("205", "某市人力资源和社会保障局")
    assert got("[015001]武汉市青山区教育局") == ("015001", "武汉市青山区教育局")


def test_a_score_tables_own_total_and_grade_rows():
    """`综合得分： | 100 | 97.80` and `评价结果等次： | 优` as a 评分表's last rows (tests/fixtures/review/
    s_score_total_in_table.html): the form's score and grade (null; the total was a score row, the grade unparsed)."""
    t = _review("s_score_total_in_table.html")
    assert (t["projects"][0]["score"], t["projects"][0]["grade"]) == (97.8, "优")
    assert "综合得分" not in [s["level1"] for s in t["scores"]]
    assert not [w for w in t["warnings"] if w["code"] == "unparsed_row"]


def test_a_direction_column_beside_a_nature_column(tmp_path):
    """`… | 指标性质 | 指标值 | 度量单位 | 权重 | 指标方向` (a 预算管理一体化 export): 定量 under 指标性质, 正向 / 反向 under
    指标方向: a bare number is a floor or a ceiling (it was read `=`, the direction a note only)."""
    form = ("项目支出绩效目标表\n（2024年度）\n项目名称\t职业技能培训\n"
            "一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t权重\t指标方向\n"
            "产出指标\t数量指标\t培训人次\t定量\t1200\t人次\t50\t正向\n"
            "产出指标\t质量指标\t设备故障率\t定量\t5\t%\t10\t反向\n"
            "效益指标\t社会效益指标\t长效管理机制\t定性\t健全\t\t10\t正向\n")
    got = _read(tmp_path, form).tables["indicators"]
    assert [(i["op"], i["value"], i["unit"]) for i in got] == [(">=", 1200, "人次"), ("<=", 5, "%"), (None, None, None)]
    assert "指标性质：定量" in got[0]["note"] and "指标方向：正向" in got[0]["note"]


def test_a_flat_export_split_over_two_sheets():
    """An export of one indicator a row split into a sheet a year (tests/fixtures/review/
    t_flat_export_two_sheets.xlsx): the second sheet's projects are projects of their own, of its year (they
    were lost, their rows attached to each project of the first sheet)."""
    t = _review("t_flat_export_two_sheets.xlsx")
    got = [(p["project_code"], p["year"], sum(1 for i in t["indicators"] if i["project_id"] == p["project_id"]))
           for p in t["projects"]]
    assert got == [("41230077770001", 2023, 4), ("41230177770001", 2023, 4),
                   ("41240077770001", 2024, 4), ("41240177770001", 2024, 4)]


def test_the_later_rules_where_a_second_review_found_misreads():
    """tests/fixtures/review/u_*: cells are never page furniture; a name ending 参与 / 占比 is whole; a direction
    word is no qualifier; each sheet of a flat export keeps its own footer."""
    t = _review("u_furn.html")
    assert [i["level3"] for i in t["indicators"]][::2] == ["技术支持服务次数", "技术支持响应时间"]
    assert t["projects"][0]["basis"].startswith("《某区政务信息化项目管理办法》")
    names = [i["level3"] for i in _review("u_openend.txt")["indicators"]]
    assert "宣传资料发放" in names and "问题整改" in names and "社区居民参与" in names
    got = _review("u_nature.xlsx")["indicators"]
    assert [(i["op"], i["qualifier"]) for i in got][:3] == [(">=", None), ("<=", None), ("<=", None)]
    t = _review("u_flat_contacts2.xlsx")
    assert [(p["year"], p["contact"]) for p in t["projects"]] == [(2023, "王五"), (2023, "王五"), (2024, "王五"), (2024, "王五")]


def test_a_pdf_named_txt_is_read_in_a_worker_under_a_timeout(tmp_path, monkeypatch):
    """-j 1 with --timeout decides a text dump by its first bytes too: a PDF named .txt (u_scan.txt) goes to the
    worker (the alarm cannot stop native code; a crash there would end the run in this process)."""
    import shutil
    import jixiao.batch as batch
    shutil.copy(REVIEW / "u_scan.txt", tmp_path / "scan.txt")
    assert not batch._pure_python(str(tmp_path / "scan.txt"))
    (tmp_path / "form.txt").write_text("项目名称\t测试\n", encoding="utf-8")
    assert batch._pure_python(str(tmp_path / "form.txt"))
    import os
    real, seen = batch.process_file, {}

    def fake(path, **kw):                   # (inherited by the forked worker)
        seen[os.path.basename(path)] = os.getpid()
        return real(path, **kw)
    monkeypatch.setattr(batch, "process_file", fake)
    got = dict(batch.run_parallel([str(tmp_path / "scan.txt"), str(tmp_path / "form.txt")], 1, timeout=60))
    assert got[0].document["format"] == "pdf" and got[0].document["status"] != "failed"
    assert seen == {"form.txt": os.getpid()}      # the PDF was read by the worker, the text here


def test_score_and_assessment_tables_of_other_places():
    """tests/fixtures/review/v_*: 扣分项 / 加分项 rows of their own head their items (penalty / bonus, their caps);
    section rows with their points and sub-items （1）（2） under a numbered item; `决策小计` is 决策's subtotal;
    the units of `牵头单位：…；配合单位：…`."""
    got = [(a["section"], a["item_no"], a["kind"], a["cap"], a["requirement"])
           for a in _review("v_extra_sections.txt")["assessment_items"]][4:]
    assert got == [("扣分项", 5, "penalty", 3, None), ("加分项", 6, "bonus", 2, None), ("加分项", 7, "bonus", 3, None)]
    t = _review("v_subitems.txt")
    assert [(a["item_no"], a["points"], a["responsible"]) for a in t["assessment_items"]][:3] == [
        (1, 10, ["发改局"]), (1, 10, ["发改局", "住建局"]), (1, 10, ["各相关单位"])]
    assert not [w for w in t["warnings"] if w["code"] == "unparsed_row"]
    t = _review("v_named_subtotals.txt")
    assert [(s["level1"], s["is_subtotal"]) for s in t["scores"] if s["is_subtotal"]] == [("决策", True), ("产出", True)]
    assert not [w for w in t["warnings"] if w["code"] == "weights_not_100"]
    assert _review("v_lead_units.txt")["assessment_items"][0]["responsible"] == ["经发办", "财政所", "规划所"]


def test_score_rows_cut_in_their_standard():
    """A 评分表 row whose 评分标准 a line break cut, its score on the next line alone (tests/fixtures/review/
    v_wrapped_score_rows.txt): the score is the row's (it was lost, an unparsed row of numbers only)."""
    t = _review("v_wrapped_score_rows.txt")
    assert [(s["level3"], s["weight"], s["score"]) for s in t["scores"]][:2] == [("立项依据充分性", 5, 5), ("绩效目标合理性", 5, 4)]
    assert not [w for w in t["warnings"] if w["code"] == "unparsed_row"]


def test_score_table_level1_printed_mid_block():
    """A 评分表 whose merged 决策 / 过程 / 产出 / 效益 cells a dump printed on the middle row of their blocks
    (tests/fixtures/review/v_centred_level1.txt): each row under the level 1 its level 2 belongs to in that
    framework (the rows above each label went to the label before, the first to none)."""
    got = [(s["level1"], s["level2"]) for s in _review("v_centred_level1.txt")["scores"]]
    assert got == [("决策", "项目立项"), ("决策", "绩效目标"), ("决策", "资金投入"), ("过程", "资金管理"),
                   ("过程", "组织实施"), ("产出", "产出数量"), ("产出", "产出质量"), ("效益", "社会效益"), ("效益", "满意度")]


def test_an_assessment_item_cut_over_two_lines(tmp_path):
    """`3、完成年度目标任务。 | 10 | 按进度完成，每少` then `| | | | 完成1项扣1分 | 经发办、财政所`: one item, its requirement
    whole and its units (an unparsed row: the units lost, the requirement cut)."""
    form = ("2021年度乡镇考核任务分解表\n序号\t考核项目\t考核内容\t分值\t考核要求\t责任单位\n"
            "一\t组织领导\t1、定期召开专题会议。\t2\t全年不少于2次\t党政办\n"
            "二\t工作落实\t3、完成年度目标任务。\t10\t按进度完成，每少\n\t\t\t\t完成1项扣1分\t经发办、财政所\n")
    t = _read(tmp_path, form).tables
    a = t["assessment_items"][-1]
    assert (a["item_no"], a["points"], a["requirement"], a["responsible"]) == (
        3, 10, "按进度完成，每少完成1项扣1分", ["经发办", "财政所"])
    assert not [w for w in t["warnings"] if w["code"] == "unparsed_row"]


def test_an_assessment_table_headed_work_tasks():
    """`序号 | 工作任务 | 分值 | 完成时限 | 责任单位` (tests/fixtures/review/v_task_heading.txt): an assessment table, its
    items read (every row was unparsed); a work plan's `工作任务 | 具体内容 | 责任单位` without points stays none."""
    got = [(a["item_no"], a["points"]) for a in _review("v_task_heading.txt")["assessment_items"]]
    assert got[:2] == [(1, 20), (2, 10)]


def test_a_flat_exports_footer_rows_inside_its_sheet():
    """`填报人：张三 | 联系电话：…` rows at the end of each sheet of a flat export (tests/fixtures/review/
    u_flat_footers_in_grid.xlsx): each sheet's projects' contact and phone (a project named 联系电话：… was made)."""
    t = _review("u_flat_footers_in_grid.xlsx")
    assert [(p["year"], p["contact"], p["phone"]) for p in t["projects"]] == [
        (2023, "张三", "11111111"), (2023, "张三", "11111111"), (2024, "李四", "22222222"), (2024, "李四", "22222222")]


def test_a_money_unit_declared_in_a_wide_row(tmp_path):
    """`填报单位：… | 填报日期：… | 金额单位：万元` (a sheet's row of three cells, tests/fixtures/review/
    x_unit_in_header_row.xlsx) and `（2024年度） | | | （单位：万元）`: the form's amounts are 万元 (they were read as
    元, 10,000 times too small), and the year beside the unit is the form's."""
    p = _review("x_unit_in_header_row.xlsx")["projects"][0]
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (86_000_000, 80_000_000, 6_000_000)
    body = "项目名称\t某项目\t\t\n年度资金总额\t500\t\t\n年度绩效指标\t一级指标\t二级指标\t三级指标\t指标值\n" \
           "\t产出指标\t数量指标\t里程\t≥5公里\n"
    p = _read(tmp_path, "项目支出绩效目标表\n（2024年度）\n填报单位（盖章）：某市某局\t填报日期：2024年1月10日\t金额单位：万元\n"
              + body).tables["projects"][0]
    assert (p["budget_year"], p["year"]) == (5_000_000, 2024)
    p = _read(tmp_path, "项目支出绩效目标表\n（2024年度）\t\t\t（单位：万元）\n" + body).tables["projects"][0]
    assert (p["budget_year"], p["year"]) == (5_000_000, 2024)
    # a table's column head `金额（万元）` in a wide row is no declaration for the form
    p = _read(tmp_path, "项目支出绩效目标表\n（2024年度）\n项目名称\t某项目\t\t\n"
              "年度资金总额\t500\t\t\n" "支出明细\t名称\t金额（万元）\t备注\n\t设备\t3\t无\n"
              "年度绩效指标\t一级指标\t二级指标\t三级指标\t指标值\n\t产出指标\t数量指标\t里程\t≥5公里\n").tables["projects"][0]
    assert p["budget_year"] == 500


def test_spending_by_nature_is_a_use_without_its_head():
    """`其中：基本支出 | 1,468.30` / `项目支出 | 547.00` under a 部门整体 自评表's 年度资金总额 (tests/fixtures/review/
    w_dept_selfeval_uses.txt), and beside 按支出性质分 on their own row (x_dept_vertical_uses.txt): uses, group 支出
    (they were sources), named without `其中：`."""
    for name, want in (("w_dept_selfeval_uses.txt", [14_683_000, 5_470_000]),
                       ("x_dept_vertical_uses.txt", [201_000_000, 44_608_000])):
        b = [x for x in _review(name)["budget_items"] if x["name"] in ("基本支出", "项目支出")]
        assert [(x["name"], x["kind"], x["group"], x["amount"]) for x in b] == [
            ("基本支出", "use", "支出", want[0]), ("项目支出", "use", "支出", want[1])]


def test_a_task_tables_total_gives_way_to_the_stated_budget(tmp_path):
    """A 部门整体 form's task table ends `金额合计 | 2,350.50 | 2,300.50 | 50.00` (its 项目支出), and the 年度部门整体支出
    预算 block below states 资金总额 4,350.50 (tests/fixtures/review/x_dept_task_total_and_budget.txt): the stated
    amounts are the form's (the task total was budget_total); with no block, the total still is."""
    p = _review("x_dept_task_total_and_budget.txt")["projects"][0]
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (43_505_000, 43_005_000, 500_000)
    text = (REVIEW / "x_dept_task_total_and_budget.txt").read_text(encoding="utf-8")
    cut = text[:text.index("年度部门整体支出预算")] + text[text.index("年度总体目标"):]
    p = _read(tmp_path, cut).tables["projects"][0]
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (23_505_000, 23_005_000, 500_000)


def test_a_total_row_under_its_headers_in_a_shifted_body(tmp_path):
    """A 自评表 dump whose indicator rows lost the empty cell under 绩效指标 (every row one column left) but whose
    `总分 | | | | | | 100 | 93.26` row kept its cells (tests/fixtures/review/w_body_shift_total.txt): the score is
    93.26 (the rows put back, the total row shifted too: 100 was read as the score); a total row shifted with the
    body is put back as before."""
    p = _review("w_body_shift_total.txt")["projects"][0]
    assert (p["score"], p["grade"]) == (93.26, "优")
    assert _review("k_indicators_shifted.txt")["projects"][0]["score"] == 97.5
    text = (REVIEW / "w_body_shift_total.txt").read_text(encoding="utf-8").replace("总分\t\t", "总分\t")
    assert _read(tmp_path, text).tables["projects"][0]["score"] == 93.26


def test_a_cells_next_paragraph_on_a_line_of_its_own(tmp_path):
    """A dump writes a line break inside the last cell (偏差原因分析及改进措施) as a new line with no tabs
    (tests/fixtures/review/w_para_break.txt, w_para_break_plain.txt): the paragraph is the cell's (it was lost,
    silently); a 备注 line between rows is still no part of it."""
    dev = [i["deviation"] for i in _review("w_para_break.txt")["indicators"] if i["deviation"]]
    assert dev[0] == "偏差原因：个别标段因征地问题延期。改进措施：已协调解决，预计2021年3月完工。"
    dev = [i["deviation"] for i in _review("w_para_break_plain.txt")["indicators"] if i["deviation"]]
    assert dev[-1] == "受汛期影响工期顺延。已督促施工单位倒排工期。"
    text = (REVIEW / "w_para_break_plain.txt").read_text(encoding="utf-8").replace("已督促施工单位倒排工期。", "备注：另见附件。")
    dev = [i["deviation"] for i in _read(tmp_path, text).tables["indicators"] if i["deviation"]]
    assert dev[-1] == "受汛期影响工期顺延。"


@pytest.mark.parametrize("name", ["w_repeat_horizontal.txt", "w_repeat_merged.txt"])
def test_merged_texts_repeated_in_a_self_evaluation(name):
    """A 自评表 exported with each merged cell's text in every cell it covers, across (`总分 ×6 | 100 | 93.26`,
    `自评等级 | 优 ×8`, `得分 | 得分` over `9.59 | 9.59`) and down too (tests/fixtures/review/w_repeat_*.txt): the
    total and grade are the form's (they were indicators named 总分 and 优), and the money matrix is read (with the
    vertical repeats, budget_initial, spent and the execution rate were lost)."""
    t = _review(name)
    p = t["projects"][0]
    assert (p["score"], p["grade"], p["budget_initial"], p["budget_year"], p["spent"], p["execution_rate"]) == (
        93.26, "优", 5_000_000, 5_200_000, 4_986_000, 0.9588)
    assert [i["level3"] for i in t["indicators"]][-1] == "沿线群众满意度"
    assert len(t["indicators"]) == 9


def test_a_target_and_its_actual_value_alike_stay_two_cells(tmp_path):
    """Only a run of three or more alike texts is a merged cell where no two rows repeat a label: `达到预期 | 达到预期`
    (a target met as written) stays the target and the actual value."""
    form = ("项目支出绩效自评表\n（2021年度）\n项目名称\t某项目\n"
            "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
            "\t效益指标\t社会效益指标\t群众出行条件\t达到预期\t达到预期\t10\t10\n"
            "\t满意度指标\t满意度指标\t群众满意度\t≥90%\t93%\t10\t10\n"
            "总分\t总分\t总分\t总分\t总分\t总分\t20\t20\n")
    t = _read(tmp_path, form).tables
    assert [(i["target_raw"], i["actual_raw"], i["score"]) for i in t["indicators"]] == [
        ("达到预期", "达到预期", 10), ("≥90%", "93%", 10)]
    assert t["projects"][0]["score"] == 20


def test_an_indicator_header_one_column_left_of_its_rows():
    """`一级指标 | 二级指标 | …` written without the blank head of the 绩效指标 column, over rows that kept their empty first
    cell (tests/fixtures/review/w_header_shift.txt): each row is read under its header (the total's 分值 100 was the
    score; 每公里养护成本 lost its actual value and weight, its score taken for the deviation)."""
    t = _review("w_header_shift.txt")
    assert (t["projects"][0]["score"], t["projects"][0]["grade"]) == (93.26, "优")
    i = next(x for x in t["indicators"] if x["level3"] == "每公里养护成本")
    assert (i["actual_raw"], i["weight"], i["score"], i["deviation"]) == ("1.42万元", 10, 10, None)


@pytest.mark.parametrize("name, row", [
    ("w_packed_rows.txt", ("产出指标", "数量指标", "受益学生人数", "≥28000人", "28436人", 10, 10)),
    ("k_all_empties_dropped.txt", ("产出指标", "数量指标", "设置波形护栏长度", "≥42公里", "42.3公里", 10, 10)),
])
def test_rows_of_a_dump_that_wrote_no_empty_cell(name, row):
    """A dump that drops every empty cell (merged level cells, an empty 偏差原因): each row packed to the left
    (tests/fixtures/review/w_packed_rows.txt, k_all_empties_dropped.txt). Its rows are read by their cells' order and
    texts, not their columns (`受益学生人数 | ≥28000人 | 28436人 | 10 | 10` gave level 1 受益学生人数, level 2 ≥28000人,
    the 分值 as the target)."""
    t = _review(name)
    got = [(i["level1"], i["level2"], i["level3"], i["target_raw"], i["actual_raw"], i["weight"], i["score"])
           for i in t["indicators"]]
    assert row in got
    assert all(i["level1"] in ("产出指标", "效益指标", "满意度指标") and i["weight"] is not None for i in t["indicators"])


def test_a_region_target_column_over_places():
    """区域目标值 over `全市 | 新罗区 | 永定区 | 上杭县` (tests/fixtures/review/x_region_columns.txt), and over places
    only in a sheet with the head merged (x_region_columns.xlsx): the target is the whole area's (全市), else the first
    place's, and each other place's value is in the note (they were lost, the last place's value the target)."""
    i = _review("x_region_columns.txt")["indicators"][0]
    assert (i["target_raw"], i["value"], i["note"]) == ("≥3,000公里", 3000, "新罗区：≥1,000公里；永定区：≥800公里；上杭县：≥1,200公里")
    t = _review("x_region_columns.xlsx")
    assert [(i["level3"], i["target_raw"], i["note"]) for i in t["indicators"]][0] == (
        "生态修复面积", "≥2000亩", "乙县：≥1500亩；丙县：≥1000亩")
    assert not [w for w in t["warnings"] if w["code"] == "unplaced_cell"]


def test_a_name_like_a_level2_under_the_level3_column():
    """`| | 服务对象满意度 | ≥90%` on the second row of a merged 服务对象满意度指标 (the national template's wording; tests/
    fixtures/review/y_satisfaction_name.xlsx, and every PDF printed from such sheets): the cell under 三级指标 is the
    indicator's name (it was read as a level 2, the indicator left without a name)."""
    t = _review("y_satisfaction_name.xlsx")
    assert all(i["level3"] for i in t["indicators"])
    sat = [(i["level2"], i["level3"]) for i in t["indicators"] if i["level3"] == "服务对象满意度"]
    assert sat and set(sat) == {("服务对象满意度指标", "服务对象满意度")}


def test_a_budget_books_tables_before_its_forms_give_no_project():
    """A 部门预算 book (tests/fixtures/review/y_budget_book.docx): 收支预算总表, 一般公共预算支出表 and 支出决算表 pages
    before its 项目支出绩效目标表: no project of them (a project named null took 一般公共预算拨款收入 as its budget,
    and their rows made the document partial); the forms are read."""
    r = process_file(REVIEW / "y_budget_book.docx")
    assert all(p["name"] for p in r.tables["projects"]) and len(r.tables["projects"]) >= 3
    assert r.tables["projects"][0]["name"] == "校舍维修改造项目"
    assert any(w["code"] == "not_a_form" and "budget table" in w["message"] for w in r.tables["warnings"])


def test_the_totals_unit_for_its_parts_below():
    """`年度资金总额（万元） | 150` over `其中：财政拨款 | 120` and `其他资金 | 30`, a table of its own (tests/fixtures/review/
    z_total_unit.docx): the parts are in 万元 too (they were read as 元, 10,000 times too small)."""
    p = _review("z_total_unit.docx")["projects"][0]
    assert (p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (1_500_000, 1_200_000, 300_000)


def test_a_goal_text_wrapped_over_rows():
    """A 自评表 dump whose narrow columns' lines are rows of their own (`新建高标准农田1.6` / `万亩，配套灌溉、排水` / …
    under 预期目标 and 实际完成情况; tests/fixtures/review/w_wrapped_rows.txt): each goal is whole (only the first line
    was read, the others unparsed rows)."""
    p = _review("w_wrapped_rows.txt")["projects"][0]
    assert p["goal_annual"] == "新建高标准农田1.6万亩，配套灌溉、排水、田间道路等设施，亩均粮食产能提高100斤。"
    assert p["goal_actual"] == "完成高标准农田建设1.52万亩，田间工程基本完工，部分工程正在验收。"


def test_a_cut_header_tail_and_a_cut_date():
    """The same dump (tests/fixtures/review/w_wrapped_rows.txt): `偏差原因分析及改进措` over `施` alone in its column is the
    header's cut end (it was indicator 1, with the deviation 施), and `2020年12月31` over `日前` one target (it was an
    indicator of its own with the target 日前)."""
    t = _review("w_wrapped_rows.txt")
    assert len(t["indicators"]) == 6 and all(i["level3"] for i in t["indicators"])
    assert "2020年12月31日前" in [i["target_raw"] for i in t["indicators"]]


def test_a_monitoring_forms_value_so_far_and_its_progress(tmp_path):
    """A 监控表 with `1-6月完成值` and `完成进度` columns (tests/fixtures/review/m_monitor_progress.txt): progress is the
    完成进度 column's share (it was the 1-6月 value: 96% of a 达标率 read as 0.96 progress, the 完成进度 column in the
    note); the value so far goes to the note. Without a 完成进度 column the so-far value is progress_raw, with no
    progress share computed from it."""
    t = _review("m_monitor_progress.txt")
    i = next(i for i in t["indicators"] if i["level3"] == "每平方米年保洁成本")
    assert (i["progress_raw"], i["progress"]) == ("49.7%", 0.497) and "1-6月完成值：1.44元" in i["note"]
    form = ("项目支出绩效运行监控表\n（2024年1-6月）\n项目名称\t某项目\n"
            "一级指标\t二级指标\t三级指标\t年度指标值\t1-6月完成值\n\t产出指标\t质量指标\t报告及时率\t≥95%\t96%\n")
    i = _read(tmp_path, form).tables["indicators"][0]
    assert (i["progress_raw"], i["progress"]) == ("96%", None)


def test_a_diff_reviews_misfires_mended():
    """A review of this round's rules (tests/fixtures/review/rr_*): each input reads as before them.
    - tab-aligned head and signature lines of a DOCX are lines, no table (a second, nameless project took the
      project code, category and fill date; the contact, phone and leader were lost);
    - a name cut by a line break (`城区主次干道夜间照明覆盖` / `率 | 100% | …`) is not the row above's deviation; a
      section line and a page number between rows are no part of a deviation either;
    - a flat export's 主管部门 | 预算单位 | 实施单位 all `某县教育局` stay three cells (the unit was lost);
    - a later table's `单位：万元` head is no declaration for the form (budget_year 10,000 times too large);
    - a head table holding 项目备案号 is no site footer (the project lost its name);
    - a Word web page named .doc with <w:WordDocument> in its head is read as HTML (it failed as Word XML)."""
    d1 = process_file(REVIEW / "rr_d1_head_tabs.docx")
    assert len(d1.tables["projects"]) == 1 and d1.tables["projects"][0]["project_code"] == "52030024P0001"
    p = process_file(REVIEW / "rr_d2_tail_tabs.docx").tables["projects"][0]
    # (the stamp's place after the 单位负责人 dropped since; 单位负责人 is no 项目负责人: other_fields)
    assert (p["contact"], p["leader"], p["other_fields"]) == (
        "张三", None, '{"审核人": "李四", "审核日期": "2024年1月12日", "单位负责人": "王五"}')
    names = [i["level3"] for i in _review("rr_g3_name_break.txt")["indicators"]]
    assert "城区主次干道夜间照明覆盖率" in names and "率" not in names
    assert [i["deviation"] for i in _review("rr_g2_12.txt")["indicators"] if i["deviation"]][0] == "部分路段因征地问题延期"
    g = process_file(REVIEW / "rr_g2_4.txt")
    assert g.document["status"] == "ok" and all(i["level3"] for i in g.tables["indicators"])
    assert [i["deviation"] for i in g.tables["indicators"] if i["deviation"]][0] == "部分路段因征地问题延期"
    assert _review("rr_f1_flat_same_units.txt")["projects"][0]["unit"] == "某县教育局"
    assert _review("rr_u3_later_unit.txt")["projects"][0]["budget_year"] == 1_500_000
    assert _review("rr_h1_beian.html")["projects"][0]["name"] == "城区污水管网改造工程"
    o = process_file(REVIEW / "rr_o1_word_html_wd.doc")
    assert (o.document["status"], o.document["format"]) == ("ok", "html") and o.tables["projects"][0]["name"]


def test_more_labels_of_budgets(tmp_path):
    """A monitoring form's `调整后预算数 | 520` is the year's budget (it was a source line named 调整后预算数)."""
    form = ("项目支出绩效运行监控表\n（2024年度）\n金额单位：万元\n项目名称\t社区居家养老上门服务\n"
            "调整后预算数\t520\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t服务老人数\t≥300人\n")
    t = _read(tmp_path, form).tables
    assert (t["projects"][0]["name"], t["projects"][0]["budget_year"]) == ("社区居家养老上门服务", 5_200_000)
    assert not [b for b in t["budget_items"] if b["name"] == "调整后预算数"]


def test_a_monitoring_forms_goals_and_ticked_options():
    """The 财政部 监控表 (tests/fixtures/review/m_monitor_ticks.txt): `年初设定目标 | 1-7月实际完成情况 | 全年预计完成情况` over
    their texts gives both goals (both were lost, the head 全年预计完成情况 read as the goal reached); the options row
    under 偏差原因分析 / 完成目标可能性 is no indicator (it was one, named 人员保障), and a row's ticks are the options
    ticked (`√` under 经费保障 is the deviation 经费保障, not `√`)."""
    t = _review("m_monitor_ticks.txt")
    p = t["projects"][0]
    assert p["goal_annual"].startswith("完成全县农村公路养护里程1200公里") and p["goal_actual"].startswith("已完成养护里程700公里")
    assert [i["level3"] for i in t["indicators"]][0] == "养护里程" and len(t["indicators"]) == 6
    i = next(i for i in t["indicators"] if i["level3"] == "危桥改造数量")
    assert i["deviation"] == "经费保障" and "完成目标可能性：有可能" in i["note"]


def test_a_deviation_row_after_the_indicator_table(tmp_path):
    """`偏差原因分析及改进措施 | text` closing a monitoring form's indicator table: no indicator (it was one, named by the
    heading, with a target_missing warning)."""
    form = ("项目支出绩效运行监控表\n（2024年1-6月）\n项目名称\t某项目\n"
            "一级指标\t二级指标\t三级指标\t年度指标值\t1-6月完成值\n产出指标\t数量指标\t监测样本数\t4.2万份\t2.1万份\n"
            "偏差原因分析及改进措施\t成本指标受试剂集中采购价格影响存在不确定性，将加快集采进度。\n")
    t = _read(tmp_path, form).tables
    assert [i["level3"] for i in t["indicators"]] == ["监测样本数"]


def test_a_money_label_of_no_field_with_its_amount(tmp_path):
    """`本年度申请债券资金（万元） | 20000` under a 项目总投资 line, `购买服务预算（万元） | 180 | 其中：财政资金 | 180`: a money
    label of no known field, its amount beside it, is the year's budget (the amount was lost, silently); the rest of
    the row is read in its unit."""
    head = "专项债券项目绩效目标表\n（2024年度）\n项目名称\t某产业园基础设施建设项目\n"
    tail = "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t新建道路\t≥5公里\n"
    p = _read(tmp_path, head + "项目总投资（万元）\t80000\n本年度申请债券资金（万元）\t20000\n" + tail).tables["projects"][0]
    assert (p["budget_total"], p["budget_year"]) == (800_000_000, 200_000_000)
    p = _read(tmp_path, head + "购买服务预算（万元）\t180\t其中：财政资金\t180\n" + tail).tables["projects"][0]
    assert (p["budget_year"], p["budget_fiscal"]) == (1_800_000, 1_800_000)


def test_a_matrix_lines_note_names_its_column_and_unit():
    """The 监控表's money matrix (tests/fixtures/review/m_monitor_ticks.txt, 1-7月执行数 in 万元): the line's note is
    `1-7月执行数：420万元` (it said 全年执行数：420, beside an amount in 元), then the line's own 执行率 (hunt lt)."""
    b = _review("m_monitor_ticks.txt")["budget_items"]
    assert [(x["name"], x["amount"], x["note"]) for x in b][0] == ("财政拨款", 8_000_000,
                                                                    "1-7月执行数：420万元；执行率：52.50%")


def test_money_by_year_with_a_label_on_each_row():
    """A 中期 form's money `资金来源 | 合计 | 2024年 | 2025年 | 2026年` over `资金总额 | 15,600 | 5,000 | …`, `其中：财政拨款 | …`
    (tests/fixtures/review/m_money_by_year.txt, 预算年度：2024年): budget_total the 合计, budget_year and the fiscal and
    other money the form year's (budget_year was lost, the three years' 15,600 read as the fiscal money)."""
    p = _review("m_money_by_year.txt")["projects"][0]
    assert (p["year"], p["budget_total"], p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (
        2024, 156_000_000, 50_000_000, 50_000_000, 0)


def test_a_label_of_no_field_beside_a_known_one_is_reported(tmp_path):
    """`主管部门 | 某县住建局 | 社会资本方 | 某水务环境有限公司`: the pair of no known field is kept in projects.other_fields
    (it vanished without a warning, then was reported `unplaced_cell`); two heads side by side (`按收入性质分 |
    按支出性质分`) and a name repeated in its merged cell are no such pair; `计划开始日` is the start date."""
    form = ("PPP项目绩效目标表\n（2024年度）\n项目名称\t污水处理厂PPP项目\n主管部门\t某县住建局\t社会资本方\t某水务环境有限公司\n"
            "计划开始日\t2024-01-01\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t日处理能力\t≥2万吨\n")
    t = _read(tmp_path, form).tables
    assert not [w for w in t["warnings"] if w["code"] == "unplaced_cell"]
    assert t["projects"][0]["other_fields"] == '{"社会资本方": "某水务环境有限公司"}'
    assert t["projects"][0]["start_date"] is not None
    t = _review("x_dept_task_total_and_budget.txt")
    assert not [w for w in t["warnings"] if w["code"] == "unplaced_cell"]


def test_a_cell_of_boxes_in_a_note_is_the_ticked_option(tmp_path):
    """`完成目标可能性 | ☑确定能 □有可能 □完全不可能` in an indicator row: the note says the ticked option (`完成目标可能性：确定能`;
    it kept every box)."""
    form = ("项目支出绩效运行监控表\n（2024年1-6月）\n项目名称\t某项目\n"
            "一级指标\t二级指标\t三级指标\t年度指标值\t1-6月完成值\t完成目标可能性\n"
            "产出指标\t数量指标\t监测样本数\t4.2万份\t2.1万份\t☑确定能 □有可能 □完全不可能\n")
    i = _read(tmp_path, form).tables["indicators"][0]
    assert "完成目标可能性：确定能" in i["note"]


def test_targets_by_year_are_no_money_by_year(tmp_path):
    """`指标 | 2024年 | 2025年 | 2026年` over bare numbers is an indicator table by year, no money block (only heads
    with a money word or unit left of the years open one)."""
    form = ("项目支出绩效目标表（2024-2026年）\n预算年度：2024年\n项目名称\t某项目\n年度资金总额（万元）\t100\n"
            "工作量\t2024年\t2025年\t2026年\n培训人数\t100\t120\t150\n"
            "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t培训人数\t100人\n")
    t = _read(tmp_path, form).tables
    assert t["projects"][0]["budget_year"] == 1_000_000 and not t["budget_items"]


def test_a_second_review_of_the_latest_rules_mended(tmp_path):
    """A review of the later rules (tests/fixtures/review/rr2_*), mended: a money label of a part or a past sum
    (`中央补助资金（万元） | 3000` under 项目总投资, `已到位资金（万元） | 600`) is no year's budget; `债券项目名称` beside
    项目名称 splits no form; `1-6月完成进度` is a share (its progress was lost); a first data row of short words under a
    name column is no options row (it was dropped)."""
    p = _review("rr2_b1_invest_parts.txt")["projects"][0]
    assert p["budget_year"] is None
    assert _review("rr2_b3_selfeval_prior.txt")["projects"][0]["budget_year"] == 8_000_000
    assert len(_review("rr2_d2_bond.txt")["projects"]) == 1
    assert [i["progress"] for i in _review("rr2_k1_progress_head.txt")["indicators"]][:2] == [0.58, 0.9]
    assert any("活动开展情况" in (i["level2"], i["level3"]) for i in _review("rr2_j1_first_row_short.txt")["indicators"])


def test_a_review_of_real_published_forms(tmp_path):
    """Real forms (tests/fixtures/review/aa_*): an operator column headed 计算符号 (the targets were lost, 12 of 13);
    `*年度绩效总目标` is the annual goal; 评价指标 | 评价内容 | 指标名称 are the three levels (a 成本指标 in the level-2
    column was a level 1, and a first row with an empty target shifted); `名称 =22个` in flattened text is a name and
    its target (they were one cell)."""
    t = _review("aa_c02_calc_sign_column.html")
    assert [(i["op"], i["value"], i["unit"]) for i in t["indicators"]][:2] == [("=", 116.0, "人"), ("=", 81.0, "人")]
    assert all(i["op"] for i in t["indicators"]) and len(t["indicators"]) == 13
    assert t["projects"][0]["goal_annual"] == "保证林业局职能实现,保障人员经费。"
    ind = _review("aa_c01_unnamed_level_heads.txt")["indicators"]
    assert {i["level1"] for i in ind} == {"项目年度绩效目标(定量指标)"}
    assert [(i["level2"], i["level3"], i["weight"]) for i in ind][:2] == [("制度指标", "规章制度建立与否", 20.0),
                                                                       ("产出数量指标", "享受资助人数", 10.0)]
    assert (ind[-1]["level2"], ind[-1]["level3"]) == ("成本指标", "资助标准达标率")
    flat = _review("aa_flat_eq_target.txt")["indicators"]
    assert [(i["level3"], i["target_raw"]) for i in flat][1] == ("涉及乡镇街数量", "=22个")


def test_cells_set_apart_by_one_space_are_read_as_they_come():
    """A real web page's text whose cells are set apart by one space (tests/fixtures/review/aa_c05_spaced_cells.txt,
    广元市昭化区 2021): the rows as their cells come, not placed under the header by position; a level name's cut end
    on a line of its own joined (`项目完成` / `指标`), level names alone on their lines put before the row they head
    (`项目效益` / `指标` / `社会效益` / `指标` over `促进… 100%`); 项目完成指标 / 项目效益指标 are levels 1; lines under
    `(二)自有资金小计` are its group (4 of 9 indicators were lost, one was made up, and 事业收入 went to 财政拨款小计)."""
    t = _review("aa_c05_spaced_cells.txt")
    got = [(i["level1"], i["level2"], i["level3"], i["target_raw"]) for i in t["indicators"]]
    assert len(got) == 9
    assert got[0] == ("项目完成指标", "数量指标", "对符合政策法规的独生子伤残、死亡家庭进行扶助", "63人")
    assert got[4] == ("项目完成指标", "成本指标", "成本控制", "严格按照预算标准1000元/人给补助对象兑付补助")
    assert got[5] == ("项目效益指标", "社会效益指标", "促进人口与经济、社会、资源、环境协调和可持续发展", "100%")
    assert [i["line"] for i in t["indicators"]][:3] == [22, 23, 24]
    assert [(b["name"], b["group"]) for b in t["budget_items"]][-2:] == [("事业收入", "自有资金小计"), ("经营性收入", "自有资金小计")]


def test_one_cell_per_line_texts_a_review_found():
    """A review's one-cell-per-line texts (tests/fixtures/review/ab_*): a notice or a filling guide that names the
    columns of an indicator table over prose gives no project (one with sentences for names was made up); names that
    read like labels (项目完成时间, 预算执行率) are names when a value follows (they ended the table); level names
    without 指标 (数量 / 质量) are levels when a name follows; 成本指标 over 经济成本指标 is a level 1; cells a copied
    page dropped (an empty 偏差原因) start no shift: a name-like line with a value after it starts the next row."""
    for name in ("ab_c12_notice_prose.txt", "ab_c14_guide_prose.txt"):
        assert not _review(name)["projects"]
    ind = _review("ab_c04_target_label_like_names.txt")["indicators"]
    assert [(i["level3"], i["target_raw"]) for i in ind][2:5] == [
        ("项目完成时间", "2024年12月底前"), ("成本控制", "≤500万元"), ("预算执行率", "≥90%")]
    ind = _review("ab_c20_level2_without_zhibiao.txt")["indicators"]
    assert [(i["level2"], i["level3"]) for i in ind][:2] == [("数量", "防火巡护人员"), ("质量", "森林火灾受害率")]
    ind = _review("ab_c28_cost_level1.txt")["indicators"]
    assert (ind[3]["level1"], ind[3]["level2"], ind[3]["level3"]) == ("成本指标", "经济成本指标", "吨垃圾处理成本")
    ind = _review("ab_c25_selfeval_multirow_empty_drop.txt")["indicators"]
    assert [(i["level3"], i["target_raw"], i["actual_raw"], i["score"]) for i in ind][:3] == [
        ("培训农民人数", "≥1000人", "1050人", 10.0), ("示范基地个数", "5个", "5个", 10.0), ("推广新品种数", "3个", "2个", 6.0)]


def test_one_cell_per_line_money_matrices_and_goals():
    """One-cell-per-line 自评表 and 监控表 (tests/fixtures/review/ab_c01_*, ab_c08_*): the money matrix's heads (年初预算数 |
    全年预算数 | 全年执行数 | 分值 | 执行率 | 得分, after the corner 项目资金（万元）) over rows of a label and its figures; the
    goals' labels over their texts though 实际完成情况 heads an indicator column too; 全年预期目标 is the annual goal
    (the spent money, the initial budget, both goals and the score were lost)."""
    p = _review("ab_c01_selfeval_blank.txt")["projects"][0]
    assert (p["budget_initial"], p["budget_year"], p["spent"], p["execution_rate"], p["score"]) == (
        2_000_000, 2_000_000, 1_900_000, 0.95, 98.5)
    assert p["goal_actual"] == "完成农村公路日常养护305公里，路况优良率82%。"
    p = _review("ab_c08_monitor.txt")["projects"][0]
    assert (p["budget_initial"], p["spent"], p["goal_annual"], p["goal_actual"]) == (
        10_000_000, 4_500_000, "完成20个村基础设施提升。", "已完成9个村基础设施提升。")


def test_a_monitoring_forms_forecast_of_the_goal():
    """A 监控表's 年初设定目标 | 1-7月实际完成情况 | 全年预计完成情况 over three texts (tests/fixtures/review/m_monitor_ticks.txt):
    the forecast is `goal_forecast` (new column; it was an unparsed row, the document partial)."""
    r = process_file(REVIEW / "m_monitor_ticks.txt")
    p = r.tables["projects"][0]
    assert (p["goal_actual"], p["goal_forecast"]) == ("已完成养护里程700公里，改造危桥2座，优良路率83%。",
                                                      "年底前完成全部养护任务，危桥改造完成6座。")
    assert r.document["status"] == "ok"


def test_real_forms_of_a_second_hunt():
    """Real forms a second review found (tests/fixtures/review/ad_*): a target column headed 预期达到目标 (all 8 targets
    were notes), an operator column headed 指标值类型 (`≤ | 70 | 万元` was a note), a 部门整体 form's income and
    spending written `label:amount` in each cell, a side's amount left blank (`政府性基金拨款:`), and `(盖章)` after
    填报单位 (it was the unit)."""
    ind = _review("ad_d02_expected_target_head.txt")["indicators"]
    assert (ind[0]["level3"], ind[0]["target_raw"], ind[0]["op"], ind[0]["value"]) == ("研究培育食用菌品种数量", "2种", "=", 2.0)
    assert all(i["target_raw"] for i in ind)
    i = _review("ad_d07_value_type_head.html")["indicators"][0]
    assert (i["op"], i["value"], i["unit"]) == ("<=", 700_000, "元")
    t = _review("ad_d09_inline_money_sides.txt")
    assert [(b["kind"], b["name"], b["amount"]) for b in t["budget_items"]] == [
        ("source", "一般公共预算", 9_522_200), ("use", "基本支出", 8_752_200), ("use", "项目支出", 770_000)]
    assert t["projects"][0]["unit"] is None and t["projects"][0]["goal_annual"].startswith("根据《湖南省")


def test_spaced_texts_a_review_found():
    """Single-space texts of a review (tests/fixtures/review/ae_*): rows indented under a table's header (merged cells
    left blank) are laid out, read by position as before (an indicator was lost, a level made up); a stray line read
    like a level stays out of a row that has its own level 1; a label's value keeps its words and spaces
    (`年度目标 选聘生态护林员 200 名,…` was cut to its first word)."""
    ind = _review("ae_d02_indented_selfeval_chars.txt")["indicators"]
    assert [(i["level1"], i["level2"], i["level3"]) for i in ind][:2] == [("产出指标", "数量指标", "培训人数"),
                                                                        ("产出指标", "数量指标", "培训场次")]
    last = _review("ae_e05_name_wrap_line_alone.txt")["indicators"][-1]
    assert (last["level1"], last["level2"], last["level3"]) == ("满意度指标", "服务对象满意度指标", "承租户满意度")
    p = _review("ae_d06_level_alone_then_sentence.txt")["projects"][0]
    assert p["goal_annual"] == "选聘生态护林员 200 名,实现森林资源管护全覆盖。"


def test_a_review_of_this_rounds_rules_mended():
    """A review of this round's rules (tests/fixtures/review/af_*), mended: heads that are a field's label or another
    table's head (项目名称 | 指标类型 before 指标名称) are no level columns (two projects became one nameless); 预期达到目标
    heads a target only beside level columns (a task table's became an indicator table, its budget lines lost);
    预算单位名称 is no label (a sub-unit table's head made 基本支出 the unit); a box before each option stays with the
    option after it; a subtotal heads the lines after it only under a section number (`(二)自有资金小计`), not
    closing the lines above (`一般公共预算小计 | 80`); `=漏损量/供水量` after a word stays in its cell; a notice's lines
    under an indicator table's column names give no form; labels over one row of figures are no matrix."""
    assert [p["name"] for p in _review("af_c01_projname_type_cols.txt")["projects"]] == ["高标准农田建设", "动物防疫补助"]
    t = _review("af_c12_task_table_expected_target.xlsx")
    assert [(b["kind"], b["name"], b["amount"]) for b in t["budget_items"]] == [
        ("composition", "公共文化服务", 1_200_000), ("composition", "文物保护", 800_000)]
    assert all(i["level3"] for i in t["indicators"])
    assert _review("af_c14_unit_list_table.html")["projects"][0]["unit"] is None
    assert "一次性项目" not in (_review("af_c05_flat_boxes_before.txt")["projects"][0]["category"] or "")
    b = _review("af_c08_money_subtotal_after.txt")["budget_items"]
    assert not any(x["group"] == "一般公共预算小计" for x in b)
    ind = _review("af_c18_flat_formula_eq.txt")["indicators"]
    assert ind[1]["note"] == "漏损率 =漏损量/供水量"
    assert not _review("af_c11_notice_single_lines.txt")["projects"]
    p = _review("af_c16_single_lines_money_block.txt")["projects"][0]
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (1_000_000, 800_000, 200_000)


def test_spaced_texts_quantities_written_with_spaces():
    """A single-space text (tests/fixtures/review/ae_c04_dates_spaced_targets.txt): a quantity's pieces split at its
    spaces are one cell again (`2024 年 12 月底前`, `2024年1月1日 至 2024年12月31日`, `≥ 32000 平方米`), so the row keeps
    its width and its levels (the date made two cells and the row's level 2 became its level 1)."""
    ind = _review("ae_c04_dates_spaced_targets.txt")["indicators"]
    assert [(i["level1"], i["level2"], i["level3"], i["target_raw"]) for i in ind][2:4] == [
        ("产出指标", "时效指标", "补助资金发放时间", "2024 年12月底前"),
        ("产出指标", "时效指标", "服务期限", "2024年1月1日 至 2024年12月31日")]
    from extract.txt import _rejoin_quantities
    assert _rejoin_quantities(["产出指标", "≥", "32000", "平方米", "98%"]) == ["产出指标", "≥32000平方米", "98%"]
    assert _rejoin_quantities(["培训人数", "≥100人", "1050人", "10", "未完成"]) == [
        "培训人数", "≥100人", "1050人", "10", "未完成"]


def test_a_scored_table_headed_like_an_assessment():
    """`考核项目 | 考核内容 | 指标名称 | 分值 | 评分标准 | 得分` (tests/fixtures/review/af_c03_score_kaohe_cols.txt): items named and
    scored are a 评分表, its sections and contents the levels 1 and 2 (all four rows were lost as assessment items
    without a numbered item)."""
    s = _review("af_c03_score_kaohe_cols.txt")["scores"]
    assert [(x["level1"], x["level2"], x["level3"], x["weight"], x["score"]) for x in s] == [
        ("项目决策", "项目立项", "立项依据充分性", 5.0, 5.0), ("项目决策", "绩效目标", "绩效目标合理性", 5.0, 4.0),
        ("项目过程", "资金管理", "资金到位率", 10.0, 10.0), ("项目产出", "产出数量", "垃圾清运量", 20.0, 18.0)]


def test_a_review_of_the_last_rules_mended():
    """A review of the last rules (tests/fixtures/review/ag_*), mended: a breakdown of tasks with 序号 and 责任单位
    columns stays assessment items though it names 指标名称 and 得分 (its 得分 left blank: every row was lost); in a
    single-space text a score is no month (`8 月度检查…`), a year takes no weight (`2023年 10`), a serial number no
    name (`1 日常保洁费`); a short option keeps its box (`新增 □     延续 ☑`: the unticked one was read)."""
    assert len(_review("ag_a01_kh_fenjie_empty_defen.txt")["assessment_items"]) == 4
    ind = _review("ag_s01_selfeval_dev_month.txt")["indicators"]
    assert any(i["deviation"] == "月度检查发现问题较多" for i in ind)
    ind = _review("ag_s07_selfeval_full_rows.txt")["indicators"]
    assert any((i["level3"], i["actual_raw"], i["weight"], i["score"]) == ("完工年份", "2023年", 10.0, 10.0) for i in ind)
    assert [b["name"] for b in _review("ag_s06_budget_seq.txt")["budget_items"]][:2] == ["日常保洁费", "月度考核奖励"]
    proj = _review("ag_f01_flat_short_option_boxes.txt")["projects"][0]
    # (项目属性 before 项目类别: the category is 项目类别's tick, 项目属性's kept beside it, tests/test_hunt_s33_ay.py)
    assert (proj["category"], proj["other_fields"]) == ("经常性", '{"项目属性": "延续"}')


def test_spaced_rows_under_a_header_keep_their_columns():
    """A single-space 自评表 (tests/fixtures/review/ag_s01_selfeval_dev_month.txt): a row starting with a level 2 (its
    level 1 merged above, not printed) gets the empty cell before it, as a tab dump keeps it (it was read a column
    left: the level 2 as the level 1, the target as the name, the score lost)."""
    ind = _review("ag_s01_selfeval_dev_month.txt")["indicators"]
    assert [(i["level1"], i["level2"], i["level3"], i["target_raw"], i["actual_raw"], i["weight"], i["score"])
            for i in ind][1:3] == [("产出指标", "质量指标", "检查合格率", "≥95%", "90%", 10.0, 8.0),
                                   ("产出指标", "时效指标", "信息报送及时率", "100%", "90%", 10.0, 9.0)]


def test_a_spaced_row_named_like_a_label_stays_in_the_table():
    """`预算执行率 ≥95% 98% 10 10` in a single-space 自评表 (tests/fixtures/review/af_c21_*): an indicator named like a
    label, its values in their columns, the table going on (its cells were a column off, and the rows after it too)."""
    ind = _review("af_c21_spaced_label_named_indicator_row.txt")["indicators"]
    assert [(i["level3"], i["target_raw"], i["actual_raw"], i["weight"], i["score"]) for i in ind][2:4] == [
        ("预算执行率", "≥95%", "98%", 10.0, 10.0), ("诊疗能力提升", "明显", "明显", 20.0, 18.0)]


def test_web_tables_written_with_cell_bars():
    """A web page's tables as a converter wrote them as text, each cell followed by ` |`, each row ended by a run of
    bars (tests/fixtures/review/ah_*: the stored text of two real pages whose forms tests/templates holds as tab
    dumps, 淮北 real_anhui_huaibei_* and 休宁 real_anhui_xiuning_*): rows put back from the bars, a row without its
    merged level cells put in its columns (no form was read from either: the bars were taken for a Markdown table)."""
    t = _review("ah_huaibei_cell_bars.txt")
    assert t["projects"][0]["name"] == "农村文化建设配套补助经费" and len(t["indicators"]) == 9
    assert [(i["level1"], i["level2"], i["level3"], i["target_raw"]) for i in t["indicators"]][:2] == [
        ("产出指标", "数量指标", "开展送戏进万村", "≥70村"), ("产出指标", "质量指标", "送戏进万村活动完成率", "≥95%")]
    t = _review("ah_xiuning_row_bars.txt")
    assert t["projects"][0]["name"] == "休宁县中共皖浙赣省委驻地旧址陈列布展项目"
    assert [(i["level3"], i["target_raw"], i["actual_raw"]) for i in t["indicators"]][:2] == [
        ("布展面积", "300㎡", "0"), ("工程实施总体质量", "一次性通过省文物局验收", "一次性")]
    assert "text_cell_bars" in [w["code"] for w in t["warnings"]]


def test_cells_each_followed_by_a_bar_without_row_ends():
    """The stored text of a real page (tests/fixtures/review/ah_jinan_bar_ended_cells.txt; its forms are
    tests/templates/real_anhui_jinan_sports_*): each cell on a line of its own followed by ` |`, no run of bars
    ending the rows: read as one cell per line (no form was read)."""
    t = _review("ah_jinan_bar_ended_cells.txt")
    assert [p["name"] for p in t["projects"]] == ["2025金安国际网球公开赛(国际系列赛事)", "安徽省常规赛费用"]
    assert [(i["level2"], i["level3"], i["target_raw"]) for i in t["indicators"]][:3] == [
        ("数量指标", "开展运动种类", "1种"), ("数量指标", "打造品牌赛事种类", "1种"), ("质量指标", "经费支出合规率", "100%")]


def test_one_cell_per_line_heads_wrapped_over_lines():
    """The stored text of a real page (tests/fixtures/review/ah_langfang_wrapped_heads.txt; its form is
    tests/templates/real_hebei_langfang_*), one cell per line, its heads wrapped (`年度` / `指标值`, `实际` / `完成值`,
    `年初` / `预算数`): the pieces joined into their heads (the table was not found: no project, no warning)."""
    t = _review("ah_langfang_wrapped_heads.txt")
    assert t["projects"][0]["name"] == "办公宿舍楼、食堂及餐厅暖通改造经费" and len(t["indicators"]) == 9
    assert [(i["level2"], i["level3"], i["target_raw"], i["actual_raw"], i["score"]) for i in t["indicators"]][1] == (
        "质量指标", "工程完工率", "100", "100", 10.0)


def test_a_spaced_head_wrapped_over_two_lines():
    """The stored text of a real page (tests/fixtures/review/ah_yuan_head_over_two_lines.txt; its form is
    tests/templates/real_anhui_yuan_*), cells set apart by single spaces, the head wrapped (`… 年度 实际 分值 得分 …`
    over `指标值 完成值`): the pieces joined to the heads they complete (the target column was lost: every target was
    read as the actual value)."""
    ind = _review("ah_yuan_head_over_two_lines.txt")["indicators"]
    got = {i["level3"]: (i["target_raw"], i["actual_raw"]) for i in ind if i["level3"]}
    assert got["修缮建筑面积"] == ("6000平方米", "6000平方米") and got["验收通过率"] == ("100%", "95%")


def test_an_indicator_named_by_a_sentence_in_a_one_cell_text():
    """`…提升六安城市的知名度和美誉度。` / `效果良好` (tests/fixtures/review/ah_jinan_bar_ended_cells.txt): a name written as a
    sentence, a short value after it, is an indicator (the table ended there: its last rows were lost)."""
    ind = _review("ah_jinan_bar_ended_cells.txt")["indicators"]
    assert any(i["level3"] == "打造金安国际网球公开赛等系列品牌赛事,提升六安城市的知名度和美誉度。" and i["target_raw"] == "效果良好"
               for i in ind)
    assert any(i["level3"] == "群众满意度" and i["target_raw"] == "≥95%" for i in ind)


def test_one_cell_umbrella_levels_and_unknown_level_names():
    """The stored text of a real page (tests/fixtures/review/ah_shucheng_umbrella_levels.txt; its form is
    tests/templates/real_anhui_shucheng_*), one cell per line: a level 1 no list knows over level names that are
    levels 1 elsewhere (实施效果指标 over 产出指标 / 效益指标), an unknown level 2 over a name and its value (计划管理指标):
    read as levels (the first was taken for a header column, every level one off; the site's links were indicators)."""
    ind = _review("ah_shucheng_umbrella_levels.txt")["indicators"]
    got = [(i["level1"], i["level2"], i["level3"], i["target_raw"]) for i in ind]
    assert got[0] == ("实施效果指标", "产出指标", "劳务报酬占中央投资比例", "≥32.68%")
    assert ("过程管理指标", "计划管理指标", "投资计划分解(转发)用时", "≤20工作日") in got
    assert not any(i["level3"] == "文件下载" for i in ind)


def test_spaced_rows_whose_names_are_sentences():
    """The stored text of a real page (tests/fixtures/review/ah_jinzhai_sentence_names_spaced.txt; its form is
    tests/templates/real_anhui_jinzhai_devzone_*): single spaces between cells, names written as sentences (kept whole
    by the token rule) — they count as rows of several cells, so the text is read as single-space text, not laid out
    by position (its rows were glued into one level 1: 3 of 9 indicators)."""
    ind = _review("ah_jinzhai_sentence_names_spaced.txt")["indicators"]
    assert len(ind) == 9
    assert [(i["level1"], i["level2"], i["target_raw"]) for i in ind][3] == ("产出指标", "成本指标", "≤1125万元")


def test_one_cell_text_lines_after_the_table_are_no_rows():
    """One cell per line (tests/fixtures/review/ah_shucheng_umbrella_levels.txt, ah_linyi_footer_money_after_colon.txt,
    real pages): the reader settles where a table ends; a line it left out (`如果您对该政策文件有疑问，…。` under the
    table) is none of its rows, a name alone after the last row (`内容保障 | 公务邮箱`, the site's links) no row either,
    and a site footer (`…主办  …承办`) is page furniture (each was read as one more indicator)."""
    ind = _review("ah_shucheng_umbrella_levels.txt")["indicators"]
    assert len(ind) == 10 and ind[-1]["level3"] == "审计、督查、巡视等指出问题项目比例"
    t = _review("ah_linyi_footer_money_after_colon.txt")
    assert [i["level3"] for i in t["indicators"]][-2:] == ["安全情况", "学生受益情况"] and len(t["indicators"]) == 8


def test_one_cell_money_label_ending_in_a_colon_over_its_figure():
    """`资金总额:` / `438.768` on lines of their own (one cell per line): the label with its figure (a label ending in
    a colon was taken for one whose value was left blank, `填报单位(盖章):`: the project had no money)."""
    p = _review("ah_linyi_footer_money_after_colon.txt")["projects"][0]
    assert (p["budget_total"], p["budget_fiscal"]) == (4387680.0, 4387680.0)
    assert [p["budget_year"] for p in _review("ah_jinan_bar_ended_cells.txt")["projects"]] == [10000000.0, 12000000.0]


def test_one_cell_money_matrix_of_one_total_row():
    """`预算数(A)` / `执行数(B)` / `执行率(B/A)` / `得分(20分*执行率)` over `年度财政资金总额` / 50 / 10 / 20 / 4, one cell per line
    (tests/fixtures/review/ah_changning_one_row_money_matrix.txt, a real page): a money matrix of one row when the
    row is the money's total (the heads were text, the score `4` was glued to the next block's label, no money was
    read); and a figure after a label is no piece of a wrapped head (`其他资金` / `0`: the 0 was lost)."""
    p = _review("ah_changning_one_row_money_matrix.txt")["projects"][0]
    assert (p["budget_year"], p["spent"], p["execution_rate"]) == (500000.0, 100000.0, 0.2)
    assert _review("ab_c04_target_label_like_names.txt")["projects"][0]["budget_other"] == 0.0


def test_one_cell_money_text_after_a_colon_and_a_caption_after_goals():
    """One cell per line (real pages, tests/fixtures/review/ah_yueyangxian_money_line_after_colon.txt,
    ah_qingshan_caption_after_goals.txt): `年度资金总额:` over `854万(高标准农田建设400万元,…)` is the label with its
    amount; `当年资金总额:` over `10000万元` too; `绩效项目指标表` after 中期目标 | 年度目标 and their texts is the next table's
    caption, not the 年度目标 (it was: the goal read `绩效项目指标表`)."""
    assert _review("ah_yueyangxian_money_line_after_colon.txt")["projects"][0]["budget_year"] == 8540000.0
    p = _review("ah_qingshan_caption_after_goals.txt")["projects"][0]
    assert (p["budget_year"], p["goal_annual"]) == (100000000.0, "按工作计划完成教育局重点项目建设经费预算安排")


def test_value_column_split_by_period_sub_heads():
    """指标值 over `2021年实际实现值 | 预期2022年实现值` (tests/fixtures/review/ai_huangshi_period_subheads_target.txt, a
    real 批复表): the expected value is the target, last year's a note (every target was read from the empty 2021
    column: 13 of 13 missing); `| 产出指标 | | 开设课程数量 | 220` on the middle row of its level 1's block keeps the
    level 2 above (数量指标); `其中:当年市级财政资金 | 132万元` is the fiscal money; the two offices' places to sign under
    the table are no indicator."""
    t = _review("ai_huangshi_period_subheads_target.txt")
    ind = t["indicators"]
    assert len(ind) == 13 and all(i["target_raw"] for i in ind)
    assert (ind[0]["level3"], ind[0]["target_raw"], ind[0]["value"], ind[0]["unit"]) == ("主体班培训人次", "280人次", 280.0, "人次")
    assert (ind[4]["level1"], ind[4]["level2"], ind[4]["level3"]) == ("产出指标", "数量指标", "开设课程数量")
    assert ind[-1]["level3"] == "培训学员对培训效果满意度"
    assert t["projects"][0]["budget_fiscal"] == 1320000.0


def test_a_target_form_with_empty_actual_columns_stays_a_target_form():
    """A 區域績效目標表 (tests/fixtures/review/ai_lechang_region_target_empty_actuals.txt, a real page) with 實際完成值 and
    未達到指標值原因 columns left empty for the year's end: a target form, not a self-evaluation."""
    t = _review("ai_lechang_region_target_empty_actuals.txt")
    assert [p["form"] for p in t["projects"]] == ["target"] and len(t["indicators"]) == 2


@pytest.mark.parametrize("name", ["aj_kpi_sales_sheet.txt", "aj_kpi_hr_training_sheet.txt", "aj_kpi_workshop_sheet.txt",
                                  "aj_kpi_director_sheet.txt"])
def test_an_employees_kpi_sheet_is_no_form(name):
    """A company's employee appraisal sheet (被考核人 / 员工姓名 / 职位 / 岗位 labels over 指标 | 权重 | 目标值 | 得分; real
    pages, tests/fixtures/review/aj_kpi_*): no project's form, no record (each was read as a project's indicator
    table or 评分表: the weights taken for targets)."""
    t = _review(name)
    assert not t["projects"] and not t["indicators"] and not t["scores"] and not t["assessment_items"]


def test_assessment_items_numbered_in_brackets_under_sections():
    """`一、政策制度(20分) | (1)各部门要将“河长制”工作纳入… | 10`, then `| (2)… | 5` (a real 河长制 考核评分表,
    tests/fixtures/review/aj_river_chief_bracket_items.txt): items numbered in brackets under each section, the number
    the item's (no item was read: `assessment row without a numbered item` on every row)."""
    items = _review("aj_river_chief_bracket_items.txt")["assessment_items"]
    assert len(items) == 11
    assert (items[0]["section"], items[0]["item_no"], items[0]["points"]) == ("政策制度", 1, 10.0)
    assert items[0]["content"].startswith("各部门要将") and items[3]["item_no"] == 1


def test_either_level_in_the_level_2_column_and_a_cells_own_unit():
    """A real 整體績效目標表 in Traditional characters (tests/fixtures/review/ai_yueyanglou_dept_overall_traditional.txt):
    `| 成本指標 | 社會成本指標 | 定量 | 100 | %` under 產出指標 merged down is the level 2 成本指標 and the name 社會成本指標
    (it was a level 1 of its own, no level 2); `28.8萬元` under 指標值 beside `%` under 計量單位 keeps its own unit (it
    was `28.8萬元%`, 28.8 %); `效益指標 | 經濟效益指標 | | … | 未達指標值酌情扣分`, no name and no value, is an empty slot."""
    t = _review("ai_yueyanglou_dept_overall_traditional.txt")
    got = [(i["level1"], i["level2"], i["level3"], i["target_raw"], i["value"], i["unit"]) for i in t["indicators"]]
    assert got[0] == ("產出指標", "數量指標", "業務工作支出安排金額", "28.8萬元", 288000.0, "元")
    assert got[3][:3] == ("產出指標", "成本指標", "社會成本指標")
    assert len(got) == 5 and all(g[2] for g in got)


def test_weight_and_score_heads_named_for_the_indicator():
    """`… | 指标权重(分) | 指标得分(分) | …` (a real 部门整体绩效自评表,
    tests/fixtures/review/ak_chongqing_weight_score_heads_dept_self_eval.txt): the weight and score columns (they were
    notes, and rows with empty cells shifted their weights into the actual values); `主管部门 | | 财政处室 |` is no
    department (财政处室 is the label of the finance office's place on the form)."""
    t = _review("ak_chongqing_weight_score_heads_dept_self_eval.txt")
    ind = {i["level3"]: i for i in t["indicators"]}
    assert (ind["财政供养人员控制率"]["weight"], ind["财政供养人员控制率"]["score"]) == (2.0, 2.0)
    assert ind["资金使用合规性"]["actual_raw"] == "好" and ind["资金使用合规性"]["weight"] == 5.0
    assert t["projects"][0]["department"] is None


def test_period_and_year_halves_under_the_goals_and_money_with_wan():
    """A central 申报表 (tests/fixtures/review/ak_bozhou_period_year_halves_target.txt): the indicator table's two halves
    (二级指标 | 三级指标 | 指标值 twice) under `中期目标(2023年—2025年) | | 年度目标` are the long-term and the annual
    indicators (both had no horizon: `duplicate_indicator`); `其中:财政拨款 | 189.8万` under 年度资金总额 is the year's
    fiscal money (the 中期 one was taken when the amounts carry 万)."""
    t = _review("ak_bozhou_period_year_halves_target.txt")
    assert [i["horizon"] for i in t["indicators"]] == ["long_term", "long_term", "annual", "annual"]
    assert "duplicate_indicator" not in [w["code"] for w in t["warnings"]]
    p = t["projects"][0]
    assert (p["budget_total"], p["budget_year"], p["budget_fiscal"]) == (4498000.0, 1898000.0, 1898000.0)


def test_regional_self_eval_units_written_on_the_parts_and_score_below_its_label():
    """A 区域绩效目标自评表 (tests/fixtures/review/ak_anju_regional_self_eval_units_on_parts.txt): `预算数: | 2.38` over
    `其中:中央补助 | 2.38 万元`, no unit declared for the form, is 2.38 万元 (it was 2.38 元); `… | 自评得分` closing its
    row over `… | 四川省市场监管局 | 100` is the score; labels 转移支付预算数(A) / 转移支付执行数(B) (another form,
    ak_suining_*) are the year's budget and the money spent; `400元/人、天` is 400 元/人、天."""
    p = _review("ak_anju_regional_self_eval_units_on_parts.txt")["projects"][0]
    assert (p["budget_year"], p["spent"], p["score"]) == (23800.0, 23800.0, 100.0)
    # `年度目标完成情况 | 预期目标 | | 目标实际完成情况 | | 20` over rows of 目标1 … 目标4: the goals' texts below their
    # labels, the 20 the block's points (it was the achievement, and the year's goal was lost)
    assert p["goal_annual"].startswith("目标1:深入开展") and p["goal_annual"].endswith("目标4:加大食品安全宣传力度。")
    assert p["goal_actual"].startswith("目标1:")
    t = _review("ak_suining_transfer_labels_regional_self_eval.txt")
    assert (t["projects"][0]["budget_year"], t["projects"][0]["spent"]) == (58000.0, 58000.0)
    cost = next(i for i in t["indicators"] if i["level3"] == "培训成本")
    assert (cost["op"], cost["value"], cost["unit"]) == ("=", 400.0, "元/人、天")


def test_a_titled_target_form_cut_before_its_indicator_table():
    """`绩效目标表(一般公共预算资金)` over 项目名称 | 区级主管部门 | 年度资金总额 | 年度总体目标, the stored copy cut before the
    indicator table (tests/fixtures/review/ak_chencang_head_without_indicator_table.txt, a real page): a project with
    what it has (it gave none, `no form evidence`)."""
    t = _review("ak_chencang_head_without_indicator_table.txt")
    assert [(p["name"], p["department"]) for p in t["projects"]] == [("残疾人事业发展补助资金(一般公共预算)", "区残联")]


def test_a_table_of_a_projects_labels_without_title_or_indicator_table():
    """No title, a table of a project's labels with their values (项目名称, 预算金额 | 36万元, 预算单位, 主管部门, 年度绩效总目标
    with its targets in sentences …; tests/fixtures/review/ai_jingmen_labels_without_title_or_table.txt, a real page): a
    form (no project was read: `项目名称 | … | 预算金额 | 36万元` was taken for a budget table's header)."""
    t = _review("ai_jingmen_labels_without_title_or_table.txt")
    p = t["projects"][0]
    assert (p["name"], p["budget_year"], p["department"]) == ("全市文物保护专项经费", 360000.0, "市文化和旅游局")


def test_rows_written_with_a_bar_after_each_cell():
    """A page's stored text (tests/fixtures/review/ai_linxiang_bar_rows_raw.txt): each row on a line, ` | ` after each
    cell, the empty ones left out, `年度资金总额 |` then `| 32.4 | 31.69 | …` (a line starting with a bar goes on with
    the row above): read as rows, the indicator rows under their header's columns (no form was read)."""
    t = _review("ai_linxiang_bar_rows_raw.txt")
    assert t["projects"][0]["name"] == "2023年马鹿坑国有林场新建野生动物收容所建设项目"
    got = [(i["level1"], i["level2"], i["level3"], i["target_raw"], i["actual_raw"]) for i in t["indicators"]]
    assert got[1] == ("产出指标", "数量指标", "钢结构圈养围栏", "≥120米", "121.5米")
    assert len(got) == 8 and got[6][2] == "项目建成后可持续影响年限"


def test_indicator_rows_whose_header_was_lost():
    """Indicator rows with no header above them in the document (the page before lost: real pages,
    tests/fixtures/review/am_wage_fragment_without_header.txt, am_daying_tail_then_next_form.txt), the first a full row
    `产出指标 | 数量指标 | 足额保障率 | =100% | 22.5`: read under an implied 一级指标 | 二级指标 | 三级指标 | 指标值 (`= | 100
    | %` as 计算符号 | 指标值 | 度量单位), further columns into the note, with a `table_header_implied` warning (no
    form was read, or the rows were unparsed). A table going on in the next page's grid after its header keeps it."""
    t = _review("am_wage_fragment_without_header.txt")
    got = [(i["level1"], i["level2"], i["level3"], i["target_raw"]) for i in t["indicators"]]
    assert got == [("产出指标", "数量指标", "足额保障率", "=100%"), ("产出指标", "数量指标", "科目调整次数", "≤10次"),
                   ("产出指标", "时效指标", "按时发放率", "=100%"),
                   ("效益指标", "经济效益指标", "结余率(计算方法为:结余数/预算数)", "≤5%")]
    assert "table_header_implied" in [w["code"] for w in t["warnings"]]
    t = _review("am_daying_tail_then_next_form.txt")
    first = [i for i in t["indicators"] if i["project_id"] == t["projects"][0]["project_id"]]
    assert [(i["level3"], i["op"], i["value"], i["unit"]) for i in first][3] == ("城乡居民参保网络宣传群众知晓率", "=", 100.0, "%")
    assert len(first) == 7
    t = _review("../pdf_quirks/02_split_no_header.pdf")
    assert "table_header_implied" not in [w["code"] for w in t["warnings"]]


def test_review_of_this_rounds_rules():
    """Inputs aimed at this round's rules (tests/fixtures/review/al_*, README there): each read as the form says; the
    first version of each rule got these wrong."""
    ind = _review("al_c24_own_unit_variants.txt")["indicators"]
    got = {i["level3"]: (i["target_raw"], i["op"], i["value"], i["unit"]) for i in ind}
    assert got["绿地巡查频次"] == ("≥5次/周", ">=", 5.0, "次/周")                  # (a part of the column's unit)
    assert got["年度养护总成本"] == ("≤0.08亿元", "<=", 8_000_000.0, "元")           # (a bare 亿 over 元)
    assert got["新增绿化面积"] == ("5万平方米", "=", 5.0, "万平方米")               # (as `5万平方米` is read)
    t = _review("al_c13_dept_target_staff_like_labels.txt")           # (a fiscal form's title: no KPI sheet)
    assert t["projects"][0]["department"] == "某县残疾人联合会" and len(t["indicators"]) == 5
    ind = _review("al_c14_goal_horizons_side_by_side_not_period.txt")["indicators"]
    assert len(ind) == 9 and {i["horizon"] for i in ind} == {None}   # (halves of one table, not the period's)
    p = _review("al_c15_whole_goal_plus_annual_goal.txt")["projects"]
    assert len(p) == 1 and p[0]["goal_total"].startswith("三年内完成") and p[0]["goal_annual"].startswith("2023年完成")
    p = _review("al_c17_cells_labels_over_values_total_last.txt")["projects"][0]
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (1_000_000.0, 800_000.0, 200_000.0)
    ind = _review("al_c18_cells_indicator_named_like_footer.txt")["indicators"]
    assert ind[0]["level3"] == "县总工会主办 各基层工会承办的职工文体活动"
    ind = _review("al_c16_cells_last_indicator_blank_target.txt")["indicators"]
    assert ind[-1]["level3"] == "村民参与度" and ind[-1]["target_raw"] is None
    items = _review("al_c25_assess_bracketed_then_numbered_subitems.txt")["assessment_items"]
    # (`1、完成河道清淤疏浚任务 | 10` over its parts `（1）… | 6`, `（2）… | 4`: the parts are the items, the heading
    # their group; they were lost as unparsed rows, hunt s36 AT)
    assert [(a["section"], a["group"], a["item_no"], a["points"]) for a in items] == [
        ("组织保障", None, 1, 5.0), ("组织保障", None, 2, 5.0),
        ("水环境治理", "完成河道清淤疏浚任务", 1, 6.0), ("水环境治理", "完成河道清淤疏浚任务", 1, 4.0),
        ("水环境治理", "河道水质达标", 2, 10.0)]
    ind = _review("al_c03_period_subheads_yuji.txt")["indicators"]
    assert (ind[0]["target_raw"], ind[0]["note"]) == ("320公里", "2021年实际值：300公里")
    ind = _review("al_c37_signoff_with_filler_cell.txt")["indicators"]   # (a signer beside the places to sign)
    assert len(ind) == 3 and ind[-1]["level3"] == "校园安全事故发生率"
    assert [p["form"] for p in _review("al_c08_target_title_spaced_empty_actuals.txt")["projects"]] == ["target"]


def test_money_matrix_cells_with_wan_and_chongqing_dept_overall_heads():
    """`| 年度资金总额: | 3359.62万 | 3359.62万 | 100%` (tests/fixtures/review/am_huoshan_matrix_amounts_with_wan.txt, a
    real 转移支付 自评表): amounts with 万 are a matrix row's values (the matrix stopped at the first: no money spent, no
    rate). A 重庆 部门整体绩效自评表 (am_liangping_dept_overall_adjusted_heads.txt): 年度总金额 is the total row,
    全年(调整)预算数 the year's budget, `.32` an amount, 部门联系人 the contact, and 年初绩效目标 | 全年(调整)绩效目标 |
    全年目标实际完成情况 labels over their texts (the goal read `全年(调整)绩效目标`)."""
    p = _review("am_huoshan_matrix_amounts_with_wan.txt")["projects"][0]
    assert (p["budget_year"], p["spent"], p["execution_rate"]) == (33596200.0, 33596200.0, 1.0)
    p = _review("am_liangping_dept_overall_adjusted_heads.txt")["projects"][0]
    assert (p["budget_initial"], p["budget_year"], p["spent"], p["contact"]) == (3200.0, 600.0, 5000.0, "李薇")
    assert p["goal_annual"].startswith("维护林业") and p["goal_actual"].startswith("完成维护林业")


def test_another_table_after_the_indicators_and_numbered_prose_above_a_form():
    """`序号 | 学校性质 | 培训机构 | 培训补助标准(元/人) | …` under an indicator table without a 序号 column (a real 自评表,
    tests/fixtures/review/am_lvliang_other_table_after_indicators.txt) is another table's head: its rows are no
    indicators (8 were); `(7)绩效目标:1.深入学习…` in a notice's numbered text above the form's title
    (am_jinzhai_numbered_prose_then_form.txt) makes no project of its own (an empty one was made)."""
    ind = _review("am_lvliang_other_table_after_indicators.txt")["indicators"]
    assert ind[-1]["level3"] == "参培学员满意度" and not any(i["level1"] == "序号" for i in ind)
    t = _review("am_jinzhai_numbered_prose_then_form.txt")
    assert [p["name"] for p in t["projects"]] == ["法治宣传经费、法治建设经费"]


def test_title_and_year_lines_are_no_pieces_of_a_cut_row():
    """A page's record rows, then `项目支出绩效目标表2020-2021年度松材线虫病除治` / `附件1` / `项目支出绩效目标表` / `( 2021
    年度)` over the form's first row (tests/fixtures/review/am_jielong_title_lines_over_rows.txt, a real page): the lines
    are titles, not a cell's pieces glued to that row (the year was lost), and the year line `( 2021 年度)` gives the
    year, not the range in the heading."""
    assert _review("am_jielong_title_lines_over_rows.txt")["projects"][0]["year"] == 2021


def test_a_form_of_which_nothing_was_read_says_so():
    """A page's stored text, one cell per line, cut before its tables (tests/fixtures/review/
    am_chuzhou_one_cell_page_cut_before_table.txt): its header's label / value lines are read (项目名称 over its name,
    主管部门 over its department: each label a line over its value's line), its tables are not there — a `no_indicators`
    warning and status partial (it was `ok` with no row and no warning: a silent loss; then `no_form_read`, the header
    lost too). A report quoting its level-1 scores says why it gives no project (`not_a_form`) and stays `ok`."""
    r = process_file(REVIEW / "am_chuzhou_one_cell_page_cut_before_table.txt")
    assert r.document["status"] == "partial" and [w["code"] for w in r.tables["warnings"]] == ["no_indicators"]
    assert [(p["name"], p["department"]) for p in r.tables["projects"]] == [("“三支一扶”省级财政补助资金", "滁州市人力资源和社会保障局")]
    r = process_file(REVIEW / "r2_rep1.txt")
    assert r.document["status"] == "ok" and [w["code"] for w in r.tables["warnings"]] == ["not_a_form"]


def test_a_project_list_packing_its_indicators_in_one_cell():
    """A 部门预算公开 list of projects (tests/fixtures/review/am_huangshan_packed_indicator_list.txt, a real page):
    `单位编码 | 单位名称(项目类别/支出项目) | 年度预算安排 | 项目内容 | 绩效目标`, each project's 绩效目标 cell packing
    `【总体目标】 … 【产出指标-数量指标】 指标1:机柜数量(≥77台) …`: a project per row (layout packed_list), its
    indicators from the packed runs; the subtotal rows (a unit, a 项目类别) are no projects (nothing was read)."""
    from parsers.layouts.packed_list import packed_indicators
    assert packed_indicators("【总体目标】 保障 【产出指标-数量指标】 指标1:机柜数量(≥77台) 指标2:站点(3个) "
                             "【满意度指标-服务对象满意度指标】 指标1:群众满意度(≥90%)") == [
        ("产出指标", "数量指标", "机柜数量", "≥77台"), ("产出指标", "数量指标", "站点", "3个"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%")]
    assert packed_indicators("【项目概况】:该项目为机房租赁服务(共77个机柜)") == []
    r = process_file(REVIEW / "am_huangshan_packed_indicator_list.txt")
    t = r.tables
    assert r.document["layout"] == "packed_list"
    assert [(p["name"], p["budget_year"], p["year"]) for p in t["projects"]] == [
        ("黄山市雪亮工程市本级机房租赁2024至2027服务采购项目", 1681680.0, 2025), ("执法办案费", 100000.0, 2025)]
    ind = t["indicators"]
    assert len(ind) == 9 and (ind[0]["level1"], ind[0]["level2"], ind[0]["level3"], ind[0]["op"], ind[0]["value"]) == (
        "产出指标", "数量指标", "机柜数量", ">=", 77.0)
    assert t["projects"][0]["goal_total"].startswith("保障雪亮工程机房租赁延续")


def test_assessment_tables_of_other_heads():
    """Real 考核细则 (tests/fixtures/review/ao_*): `序号 | 项目 | 小项内容 | 具体内容 | 分值 | 打分方法` (项目 the section,
    小项内容 the item); `序号 | 考核项目 | 各项分值 | 负责考核单位` with no 考核内容 column (the 考核项目 cells are the items,
    `一 | 河湖长制基础工作 | 16` their section); `评估类别 | 评估项目 | 评估内容 | 档案资料 | 工作单位` with items not
    numbered (`| | | 强化部门协同,形成合力(2分) | … | 市城管局`): read as items (none was read, or no section)."""
    items = _review("ao_hangzhou_assess_item_title_heads.txt")["assessment_items"]
    # (its 具体内容 the item's text after 小项内容, its title: it was dropped silently, hunt ng3)
    assert (items[0]["section"], items[0]["item_no"], items[0]["content"], items[0]["points"]) == (
        "组织 领导", 1, "强化组织领导：以党委或政府名义召开会议,研究、部署、推动禁毒示范创建工作。", 1.0)
    items = _review("ao_jiangxi_assess_items_in_project_column.txt")["assessment_items"]
    # (负责考核单位: the unit that assesses, `assessor`, none of the item's work)
    assert len(items) == 25 and (items[0]["section"], items[0]["content"], items[0]["points"], items[0]["responsible"],
                                 items[0]["assessor"]) == ("河湖长制基础工作", "完善组织体系", 1.0, None, ["市河长办"])
    items = _review("ao_yinchuan_assess_unnumbered_items.txt")["assessment_items"]
    assert len(items) == 7 and items[1]["content"] == "强化部门协同,形成合力(2分)" and items[1]["responsible"] == ["市城管局"]


def test_a_score_table_with_a_score_column_and_no_points_column():
    """`一级指标 | 二级指标 | 三级指标 | 得分` over `部门决策(25分) | 目标任务(15分) | 相关性(5分) | 5` (a real 评价得分表,
    tests/fixtures/review/ao_score_sheet_score_column_only.txt): the figure under 得分 is the score (it was read as the
    weight, and the sheet alone was taken for a blank form); the points its name carries are the weight."""
    s = [x for x in _review("ao_score_sheet_score_column_only.txt")["scores"] if x["level3"] == "测算依据(5分)"]
    assert [(x["weight"], x["score"]) for x in s] == [(5.0, 2.0)]


def test_score_rows_whose_header_was_lost_get_an_implied_header_and_their_own_form():
    """The same page starts inside a project's 评分表 (its header on the page before: `项目决策(20分) | 科学决策(10分) |
    必要性 | 5 | 5`): the rows are read under an implied 一级指标 | 二级指标 | 三级指标 | 分值 | 得分 (warning
    table_header_implied), and the 绩效评价得分表 titled after them is a form of its own; the page's number `14` on a
    line between two rows is not glued to the score above it (`514`)."""
    out = _review("ao_score_sheet_score_column_only.txt")
    assert len(out["projects"]) == 2
    first = [x for x in out["scores"] if x["project_id"] == out["projects"][0]["project_id"]]
    # (the level 1's points written in its name, `项目决策(20分)`, its rows' level1_weight since hunt sc6)
    assert [(x["level1"], x["level2"], x["level3"], x["weight"], x["score"]) for x in first[:4]] == [
        ("项目决策", "科学决策(10分)", "必要性(政策依据)", 5.0, 5.0),
        ("项目决策", "科学决策(10分)", "可行性(政策完善)", 5.0, 5.0),
        ("项目决策", "绩效目标(10)", "明确性", 5.0, 5.0),
        ("项目决策", "绩效目标(10)", "合理性", 5.0, 5.0)]
    assert ("服务对象满意度", 10.0, 10.0) in [(x["level3"], x["weight"], x["score"]) for x in first]
    assert any(w["code"] == "table_header_implied" for w in out["warnings"])
    second = [x for x in out["scores"] if x["project_id"] == out["projects"][1]["project_id"]]
    assert [x["level3"] for x in second][:2] == ["相关性(5分)", "明确性(5分)"]


def test_a_lone_level_head_after_the_block_label_is_level_1():
    """`项目绩效指标 | 指标 | 指标内容 | 指标值` (a central 申报表 sample of 2018, tests/fixtures/review/
    ap_central_2018_sample_level1_head.txt): 指标 heads the level-1 column (产出指标 was read as a level 2 under a
    level 1 taken from the block label's column); the page's `项目支出绩效自评表填写样例` title does not make the
    `项目支出绩效目标申报表` under it a self-evaluation; `169国家林业局` under 主管部门及代码 gives the code."""
    out = _review("ap_central_2018_sample_level1_head.txt")
    p, = out["projects"]
    assert (p["form"], p["department"], p["department_code"]) == ("target", "国家林业局", "169")
    ind = out["indicators"]
    assert [(x["level1"], x["level2"], x["level3"]) for x in ind[:2]] == [
        ("产出指标", None, "年度、半年趋势报告次数"), ("产出指标", None, "发生动态与短期预报报告次数")]
    assert (ind[10]["level1"], ind[10]["level3"], ind[10]["target_raw"]) == ("效益指标", "森林资源生长因害损失量", "有效减少")


def test_assessment_items_at_the_finest_level_with_a_weight_column():
    """`项目 | 考核内容 | 考核指标 | 指标说明 | 年度工作目标 | 评分标准 | 权数 | 考评得分` (a 2019 部门预算支出管理 考评表,
    tests/fixtures/review/ap_assess_finest_level_weight_column.txt): the 考核指标 cells are the items (考核内容 groups
    them), 权数 their points; an item whose points cell, merged with the one above, is empty is still an item, and a
    new group's row is not the rest of the item above (every row was `unparsed_row`)."""
    items = _review("ap_assess_finest_level_weight_column.txt")["assessment_items"]
    assert [(x["content"], x["points"]) for x in items] == [
        ("一般公共预算支出实际完成率", 20.0), ("结转结余率", 20.0), ("结转结余变动率", None), ("应付账款(暂存款)率", 10.0),
        ("应付账款(暂存款)变动率", None)]
    assert {x["section"] for x in items} == {"一般公共预算支出管理"}


def test_assessment_items_under_merged_levels_are_the_last_levels_cells():
    """`大项内容 | 小项内容 | 具体项目 | 具体内容 | 责任单位 | 协助单位` (a county's 2018 禁毒 考评细则,
    tests/fixtures/review/ap_assess_merged_levels_finest_items.txt): 小项内容 and 具体项目 are merged over several 具体内容
    rows, so the 具体内容 cells are the items (one item, `“6·27”工程(7分)`, was read); a table whose 小项内容 is
    filled on every row keeps it as the item (ao_hangzhou_assess_item_title_heads.txt)."""
    items = _review("ap_assess_merged_levels_finest_items.txt")["assessment_items"]
    assert len(items) == 8 and {x["section"] for x in items} == {"毒品预防教育"}
    assert items[3]["content"] == "制定出台本市青少年毒品预防教育五年发展纲要。" and items[3]["responsible"] == ["县教育局"]
    hz = _review("ao_hangzhou_assess_item_title_heads.txt")["assessment_items"]
    # (its 具体内容 after it, the item's text: dropped silently before hunt ng3)
    assert [x["content"] for x in hz[:2]] == ["强化组织领导：以党委或政府名义召开会议,研究、部署、推动禁毒示范创建工作。",
                                              "领导批示指示：党委政府领导对禁毒示范创建工作作出批示指示。"]


def test_a_traditional_self_evaluation_report_with_a_money_block_and_its_spending_lines():
    """岳陽縣 2021 森林防火專項 自評報告 (tests/fixtures/review/ap_yueyangxian_trad_report_money_block_details.txt): the
    Traditional title `…績效評價自評報告` makes it a self-evaluation (it was a target form); the 支出內容 | 實際支出數 table after the 萬元 block is read in 元 (45300 was 453000000), its
    支出合計 row is a total, the report's next heading (`三、項…`) ends it; the year is the project period's (2021),
    not the 報告日期's (2022)."""
    out = _review("ap_yueyangxian_trad_report_money_block_details.txt")
    p, = out["projects"]
    assert (p["form"], p["year"], p["budget_issued"], p["spent"]) == ("self_eval", 2021, 550000.0, 550000.0)
    assert (str(p["start_date"]), str(p["end_date"])) == ("2021-01-01", "2021-12-31")
    b = [x for x in out["budget_items"] if x["kind"] == "composition"]
    assert len(b) == 10 and b[0]["amount"] == 45300.0 and sum(x["amount"] for x in b) == 550000.0
    assert not any(w["code"] == "budget_sum_mismatch" for w in out["warnings"])


def test_a_target_form_cut_before_its_tables_with_a_declaring_unit_label():
    """南京 2018 市级专项资金绩效目标申报表 cut before its money and indicators (tests/fixtures/review/
    ap_nanjing_target_cut_before_tables.txt): 申报部门(单位) is the unit, and with the title, the name, the unit, the
    category and the basis it is a form (no project was read)."""
    p, = _review("ap_nanjing_target_cut_before_tables.txt")["projects"]
    assert (p["name"], p["unit"], p["year"], p["leader"], p["form"]) == ("农桥建设专项资金", "南京市财政局", 2018, "楚强", "target")


def test_blank_label_cells_take_no_label_or_connective_as_value():
    """A blank form's `项目名称 | | 项目所在镇乡(街道)、村 |` (新会, ap_xinhui_blank_form_location_label.txt) has no name
    (the location label was the name, making a criteria sheet a filled form), and `项目起止时间 | | 到 |`
    (ap_gxglmes_blank_period_connective.txt) no period."""
    assert _review("ap_xinhui_blank_form_location_label.txt")["projects"] == []
    for p in _review("ap_gxglmes_blank_period_connective.txt")["projects"]:
        assert p["period_raw"] is None


def test_an_assessment_method_written_as_prose_gives_its_items():
    """A 考评办法 written as an outline of sentences (广西 乡镇 目标管理责任制, tests/fixtures/review/
    ap_guangxi_assess_rules_in_prose.txt): `(一)扶贫攻坚和小康建设(40分)` the section, `1、…完成任务计15分…` an item whose
    points the sentence gives, `由市统计局考评` at its end (or on its own line after it) the unit that assesses it
    (nothing was read)."""
    items = _review("ap_guangxi_assess_rules_in_prose.txt")["assessment_items"]
    assert len(items) == 9
    assert [(x["section_no"], x["item_no"], x["points"]) for x in items[:4]] == [("一", 1, 10.0), ("一", 2, 15.0),
                                                                              ("一", 3, 10.0), ("二", 1, 10.0)]
    assert items[2]["responsible"] == ["市扶贫办", "市劳动和社会保障局"] and items[3]["responsible"] == ["市统计局"]
    assert items[3]["content"] == "农林牧副渔业总产值比上年度增长12%完成任务计10分不完成任务扣2分"
    assert items[0]["section"] == "扶贫攻坚和小康建设"


def test_an_assessment_item_under_a_head_spanning_two_columns_with_a_numbered_method():
    """`评估指标 | | 分值 | 评估内容与计分方法 | 牵头单位` (慈利 2016 考核细则, tests/fixtures/review/
    ap_cili_assess_item_under_spanning_head.txt): 评估指标 spans the category and the item, the item is 全面小康建设 with
    4 points, and the method cell numbered in parts (`1.宣传工作1分:… 2.工作方案0.5分:…`) is its requirement (its first
    part was the item, the category and the item cells were lost)."""
    a, = _review("ap_cili_assess_item_under_spanning_head.txt")["assessment_items"]
    assert (a["section"], a["content"], a["points"], a["responsible"]) == ("发展类指标︵41.5分︶", "全面小康建设", 4.0, None)
    assert a["requirement"].startswith("1.宣传工作1分:")


def test_a_hebei_self_evaluation_unit_cells_goal_heads_and_a_split_value_head():
    """成安 2020 自评表 (tests/fixtures/review/aq_chengan_unit_cells_sub_header_parts.txt): `金额单位: | 万元` in two cells of
    a row of fields is the form's unit (6.84 was 6.84 元); `年度预期目标 | 具体完成情况 | 总体完成率(%)` heads the goals
    below (goal_annual was `具体完成情况`); 到位数 is the money issued; 预期指标值 over `符号 | | 单位(文字描述)` gives the
    operator, the value from the column left without a head, and the unit (`%(百分比)` is %), and 自评得分 over
    `单项指标得分 | 权重占比(%) | 单项指标折算得分` the weight and the score (the sub-header row was an indicator)."""
    out = _review("aq_chengan_unit_cells_sub_header_parts.txt")
    p, = out["projects"]
    assert (p["budget_year"], p["spent"], p["budget_issued"], p["execution_rate"]) == (68400.0, 68400.0, 68400.0, 1.0)
    assert p["goal_annual"].startswith("为我县百岁高龄老年人发放补贴") and p["goal_actual"] is not None
    ind = out["indicators"]
    assert len(ind) == 4 and [(x["op"], x["value"], x["unit"]) for x in ind[:3]] == [(">=", 98.0, "%"), (">=", 99.0, "%"),
                                                                                      (">=", 75.0, "%")]
    assert (ind[0]["weight"], ind[0]["score"]) == (25.0, 6.25)
    assert not any(w["code"] == "unplaced_cell" and "金额单位" in w["message"] for w in out["warnings"])
    # the column the dump's header left blank between 三级指标 and 预期指标值 (an explanation) is kept in the note,
    # not taken for the name (`服务对象满意度`, a level-2-like name, lost its row to the explanation)
    assert ind[3]["level3"] == "服务对象满意度" and ind[3]["note"].startswith("第4列：享受高龄津贴的对象")


def test_a_special_fund_form_labels_with_zhuanxiang_before_them():
    """永兴 2017 专项资金绩效目标表 (tests/fixtures/review/aq_yongxing_special_fund_labels.txt): 专项立项依据, 专项年度绩效目标,
    专项长期绩效目标 and 专项属性 are the labels without 专项 (or with 项目 for it)."""
    p, = _review("aq_yongxing_special_fund_labels.txt")["projects"]
    assert p["basis"].startswith("《中华人民共和国动物防疫法》") and p["goal_annual"].startswith("加强对动物免疫接种")
    assert p["goal_total"].startswith("通过项目的实施") and p["category"] is not None


def test_a_blank_name_label_takes_no_figure_below_it():
    """`地方主管部门 | | 资金使用单位 |` left blank over the money rows (广西 2021 非遗 自评表,
    tests/fixtures/review/aq_guangxi_blank_labels_over_money_row.txt): no unit (it was `2118`, a money row's figure)."""
    p, = _review("aq_guangxi_blank_labels_over_money_row.txt")["projects"]
    assert p["unit"] is None and p["budget_year"] == 21180000.0


@pytest.mark.parametrize("name", ["ar_e1_score_sheet_continued_title.txt", "ar_e5_selfeval_score_sheet_repeated_page_header.txt"])
def test_a_score_sheet_whose_title_comes_again_on_its_next_page_stays_one_form(name):
    """A 评分表 titled once more on its next page (the same title, or `…评分表(续)`) is one form: only the headerless
    fragment before a titled table (ao_score_sheet_score_column_only.txt) is a form of its own (an adversarial review's
    inputs, tests/fixtures/review/ar_*)."""
    out = _review(name)
    assert len(out["projects"]) == 1 and not any(w["code"] == "weights_not_100" for w in out["warnings"])


def test_numbered_category_lines_inside_a_budget_table_do_not_end_it():
    """`一、直接费用` / `二、间接费用` between a budget table's lines (ar_r2_research_budget_direct_indirect.txt): its lines go
    on (a numbered heading ends the table only after its total row)."""
    out = _review("ar_r2_research_budget_direct_indirect.txt")
    assert {x["kind"] for x in out["budget_items"]} == {"composition"} and len(out["budget_items"]) == 6
    assert not any(w["code"] == "budget_sum_mismatch" for w in out["warnings"])


def test_review_cases_where_the_old_reading_was_right():
    """An adversarial review's inputs (tests/fixtures/review/ar_*): `评价时间:2021年1月1日至2021年12月31日` gives the year (a
    period evaluated, not a report's date); `年度绩效指标 | 指标类型 | 指标名称` keeps 数量指标 … as level 2; a plan's
    `实施年度 | 计划安排资金(万元)` rows are no funding sources; `12345政务服务便民热线管理中心` is no code and a name."""
    assert _review("ar_n1_eval_time_line_only_year.txt")["projects"][0]["year"] == 2021
    ind = _review("ar_a2_block_label_indicator_type_head.txt")["indicators"]
    assert [(x["level1"], x["level2"]) for x in ind] == [(None, "数量指标"), (None, "质量指标"), (None, "时效指标"),
                                                         (None, "满意度指标")]
    assert not [x for x in _review("ar_o1_plan_funds_multi_year_table.txt")["budget_items"] if x["kind"] == "source"]
    p, = _review("ar_c1_department_digits_not_code.txt")["projects"]
    assert (p["department"], p["department_code"]) == ("12345政务服务便民热线管理中心", None)


@pytest.mark.parametrize("name, n", [("as_outline_items_wrapped.txt", 5), ("as_outline_items_wrapped_page.pdf", 9)])
def test_an_assessment_outline_whose_items_wrap_over_lines(name, n):
    """A 考评办法's items wrapped onto the next lines (a dump's, or a PDF page's without a ruled table; a cross-format
    check, tests/fixtures/review/as_*): each line after an item, the outline going on, is the item's rest (the run of
    items stopped there: items lost, sections and units wrong)."""
    items = _review(name)["assessment_items"]
    assert len(items) == n
    assert items[0]["content"].startswith("完成小额信贷资金") and items[0]["content"].endswith("倒扣基础分2分")
    assert (items[1]["points"], items[2]["responsible"]) == (15.0, ["市扶贫办", "市劳动和社会保障局"])
    assert items[3]["section_no"] == "二" and items[4]["responsible"] == ["市农业局"]


@pytest.mark.parametrize("name", ["at_party_building_score_rows_no_header.txt", "at_speech_contest_points_by_judges.txt"])
def test_look_alikes_of_the_implied_score_header_and_the_prose_outline_give_nothing(name):
    """A look-alike hunt's probes (tests/fixtures/review/at_*): a party-building score sheet's rows without a header
    (`机关党建日常基础工作(35分) | … | 15 | 13`: its level 1 names no spending) and a speech contest's rules whose items
    are scored `计10分,由评委评分` (judges, no unit that assesses) are no form."""
    t = _review(name)
    assert (t["projects"], t["scores"], t["assessment_items"]) == ([], [], [])


def test_a_task_breakdown_outline_keeps_the_lead_and_the_responsible_units():
    """A district's 任务分解和责任分工方案 written as an outline (a real page, tests/fixtures/review/
    at_lishan_task_breakdown_lead_and_responsible.txt): an item with a 牵头单位 line and a 责任单位 line keeps both."""
    items = _review("at_lishan_task_breakdown_lead_and_responsible.txt")["assessment_items"]
    assert len(items) == 7 and items[0]["responsible"] == ["区发改局", "立山经济开发区", "全区经济运行各专班"]


def test_a_blank_report_template_without_an_indicator_table_is_no_project():
    """北京 市级财政支出项目绩效报告 as a blank template (tests/fixtures/review/au_beijing_blank_report_template.txt): the
    bracketed instruction `(主要是项目的实施背景…)` is no overview, and `项目开始时间 | | 项目完成时间 |` left blank takes no
    `其中:市财政拨款` from the row below as its period (a project with no name was made of the two)."""
    assert _review("au_beijing_blank_report_template.txt")["projects"] == []


def test_a_label_whose_value_is_the_next_blank_label_is_blank():
    """`填报单位（公章）：单位负责人：` (a 反恐经费支出绩效评价表 page's footer, its inputs empty, tests/fixtures/review/
    av_jilin_eval_page_labels_run_together.html): the unit is blank, not `单位负责人：`; its 21 indicators are read."""
    t = _review("av_jilin_eval_page_labels_run_together.html")
    p, = t["projects"]
    assert p["unit"] is None and len(t["indicators"]) == 21
    from parsers.core import match_field
    assert match_field("填报单位（公章）：单位负责人：") == ("unit", None)


def test_a_central_template_with_its_printed_name_and_nothing_filled_is_blank():
    """中央引导地方科技发展资金绩效目标自评表 as a template (附件3, 2021; tests/fixtures/review/
    ap_central_template_printed_name_blank.txt): the transfer payment's name and departments are printed, the money, the
    goals and all 13 indicators' values are empty: a blank form, no project (it was a project with 13 empty
    indicators)."""
    t = _review("ap_central_template_printed_name_blank.txt")
    assert t["projects"] == [] and [w["code"] for w in t["warnings"]].count("blank_form") == 1


def _aw(name):
    return _review(f"aw_{name}.txt")


def test_review_2_prose_outline_units_points_and_wrapped_lines():
    """A second review's inputs (tests/fixtures/review/aw_*): `由…考评` with 联合 / 进行 / 牵头 / 自行 before the verb, a
    group (`推进组`) or `各乡镇` assessing, or 评分 as the verb, names the unit; `由评委考评` (a speech contest's judges)
    is no unit; `考核得90分以上的计10分` gives 10 points; a Traditional outline reads as a Simplified one; an item closing
    its sentence takes no prose line after it; the same unit as 牵头 and 责任 is kept once."""
    a = _aw("b1_by_org_endings_joint")["assessment_items"]
    assert [x["responsible"] for x in a[2:]] == [["县委宣传部", "县委网信办"], ["县信访局"], ["县委政法委"]]
    assert [x["responsible"] for x in _aw("b2_by_various_assessors")["assessment_items"]] == [
        ["县商务局"], ["县重点项目推进组"], ["各乡镇"], ["县河长办"]]
    assert _aw("b3_speech_contest_judges_kaoping")["assessment_items"] == []
    assert [x["points"] for x in _aw("b4_points_threshold_de90")["assessment_items"]] == [10.0, 10.0, 10.0]
    c = _aw("c1_traditional_outline")["assessment_items"]
    assert [(x["points"], x["responsible"]) for x in c] == [(10.0, ["縣統計局"]), (10.0, ["縣發改局"]), (10.0, ["縣財政局"])]
    a1 = _aw("a1_outline_then_closing_prose_and_rewards")["assessment_items"]
    assert a1[2]["content"].endswith("不完成任务扣2分") and a1[2]["responsible"] == ["县财政局"]
    assert all(len(x["responsible"]) == 1 for x in _aw("c2_lead_and_responsible_dup")["assessment_items"])


def test_review_2_headless_columns_fill_hints_and_blank_labels():
    """A second review's inputs (tests/fixtures/review/aw_*): a column the header left blank before the target holds
    the operators (`≥ | 500人`) or the units (`盏 | 12000`): op / unit, not a note; a party-building score sheet's
    headerless rows get no header at all; bracketed values that are values (`（包括新建村级文化活动室3个…）`) stay;
    `长期` under 项目实施期 is a period; `填报单位(公章):单位负责人:李明` leaves the unit blank."""
    d1 = _aw("d1_indicator_blank_head_op_column")["indicators"]
    assert [(x["op"], x["value"], x["unit"]) for x in d1[:2]] == [(">=", 500.0, "人"), (">=", 90.0, "%")]
    d2 = _aw("d2_indicator_blank_head_unit_column")["indicators"]
    assert [(x["value"], x["unit"]) for x in d2[:3]] == [(12000.0, "盏"), (98.0, "%"), (24.0, "小时")]
    f2 = _aw("f2_party_rows_guanli_level")
    assert (f2["projects"], f2["scores"]) == ([], [])
    p, = _aw("g1_fill_hint_real_bracketed_values")["projects"]
    assert p["overview"].startswith("（包括新建村级文化活动室3个") and p["basis"].startswith("(主要是《某省美丽乡村建设")
    assert _aw("h1_period_label_over_text")["projects"][0]["period_raw"] == "长期"
    assert _aw("i1_colon_label_run_together")["projects"][0]["unit"] is None


def test_a_running_number_over_categories_numbers_the_sections():
    """`序号 | 评估类别 | 评估项目 | 评估内容 | …` whose 序号 numbers the categories, their further rows unnumbered (银川
    2019 垃圾分类 评估细则, tests/fixtures/review/ao_yinchuan_assess_unnumbered_items.txt): 1 and 2 are the sections'
    numbers, no item's (the first item of each category was item 1 / 2)."""
    items = _review("ao_yinchuan_assess_unnumbered_items.txt")["assessment_items"]
    assert [(x["section_no"], x["item_no"]) for x in items] == [("1", None)] * 5 + [("2", None)] * 2


def test_the_bars_of_a_text_line_over_a_scanned_table_are_no_rulings():
    """`编辑: 飞鸟 | 2019-07-11 |` printed 3 px over a ruled table on a 150 dpi scan (a scan check of real forms,
    tests/fixtures/review/ax_pipes_line_over_table.png): its bars, joined to the table by the line masks' dilation,
    made two columns more (a 评分表's 20 score rows were lost); a ruling reaches into the table's rows."""
    import numpy as np
    from PIL import Image
    from extract import scan
    gray = np.asarray(Image.open(REVIEW / "ax_pipes_line_over_table.png").convert("L"))
    t, = scan.find_tables(gray)
    assert [round(x) for x in t.xs] == [50, 300, 700, 850]


def test_a_scanned_narrow_head_of_stacked_characters_is_read_whole():
    """A 150 dpi scan of the 部门预算支出管理 考评表 (a scan check of real forms, tests/fixtures/review/
    ax_scan_stacked_weight_head.pdf): the head `权数`, written one character under the other in a narrow column, was
    read `权` with confidence and kept (the points column lost, 4 of 5 items with it); a confident one-line reading
    with fewer characters than the cell's stack is read again."""
    items = _review("ax_scan_stacked_weight_head.pdf")["assessment_items"]
    assert [(x["content"], x["points"]) for x in items[:2]] == [("一般公共预算支出实际完成率", 20.0), ("结转结余率", 20.0)]


@pytest.mark.parametrize("angle", [0.0, 1.0, 2.0, 2.5, 3.0])
def test_a_skewed_ruled_page_is_levelled_before_it_is_turned_upright(angle):
    """A ruled form photographed 2.5° askew (a scan check of real forms: two photos turned a quarter and read as
    nothing): levelled first, the pieces of its tilted rulings no longer stand on end as text written down the
    page; it stays upright."""
    import numpy as np
    from PIL import Image, ImageDraw
    from extract import scan
    im = Image.new("L", (1240, 1754), 255)
    d = ImageDraw.Draw(im)
    xs, ys = [100 + i * 130 for i in range(9)], [150 + i * 50 for i in range(29)]
    for y in ys:
        d.line([(xs[0], y), (xs[-1], y)], fill=0, width=2)
    for x in xs:
        d.line([(x, ys[0]), (x, ys[-1])], fill=0, width=2)
    gray = np.asarray(im.rotate(angle, fillcolor=255, resample=Image.BICUBIC))
    _, turned, skew = scan.level_and_upright(gray)
    assert turned == 0 and abs(skew + angle) < 0.1


@pytest.mark.parametrize("name", ["ax_blurred_rulings_a.png", "ax_blurred_rulings_b.png"])
def test_faint_rulings_of_a_blurred_scan_are_kept(name):
    """A four-row table at 150 dpi on grey paper, blurred 1.2-1.3 px, its text filling its rows (a scan check of real
    forms: cells of several rows merged on blurred photos): every row ruling is found (the line masks' threshold
    lost the faint lines beside the text)."""
    import numpy as np
    from PIL import Image
    from extract import scan
    t, = scan.find_tables(np.asarray(Image.open(REVIEW / name).convert("L")))
    assert len(t.ys) == 5 and int(t.hgap.sum()) == 0


def test_assessment_section_of_no_number_drops_the_last_number(tmp_path):
    """`| 扣分项 | 3、… |` after `一 | 组织领导`: a section named without a number is not section 一's."""
    r = _read(tmp_path, "2021年度莘庄镇质量工作考核任务分解表\n序号\t考核项目\t考核内容\t单项分值\t考核要求\t责任单位\n"
                        "一\t组织领导\t1、完善质量工作机制。\t2分\t发布正式文件。\t经发办\n"
                        "\t\t2、召开会议。\t3分\t每年召开不少于一次。\t经发办\n"
                        "\t扣分项\t3、发生特种设备事故的每起扣1分（最高3分）\t\t\t市场所\n")
    got = [(a["section_no"], a["section"], a["kind"], a["cap"]) for a in r.tables["assessment_items"]]
    assert got == [("一", "组织领导", "base", None), ("一", "组织领导", "base", None), (None, "扣分项", "penalty", 3.0)]


def test_assessment_tables_written_from_memory_of_real_ones():
    """Hunt C's 考核细则 (tests/fixtures/review/az_*): sections alone on their row, item titles, items in a column no
    role names, bracketed items without points, cells continued on rows of their own."""
    items = _review("az_c01_one_cell_sections_item_titles.txt")["assessment_items"]
    assert [(a["section_no"], a["item_no"], a["kind"]) for a in items] == \
        [("一", n, "base") for n in range(1, 5)] + [("二", n, "base") for n in range(5, 8)] \
        + [("三", 8, "base"), ("三", 9, "base"), ("四", 10, "penalty"), ("四", 11, "penalty"),
           ("五", 12, "bonus"), ("五", 13, "bonus")]
    assert items[0]["section"] == "组织领导" and items[0]["content"].startswith("责任落实：镇（街道）党政主要负责人")
    assert items[5]["requirement"] == "年度重点任务每有一项未完成扣2分；整治工作台账不完整的扣1分。"
    assert items[7]["content"].endswith("主题宣传活动，普及安全生产法律法规和应急避险知识。")
    assert items[10]["cap"] == 6.0
    items = _review("az_c02_items_in_unnamed_column.txt")["assessment_items"]
    assert [(a["section_no"], a["item_no"], a["content"], a["points"]) for a in items][:3] == [
        ("一", 1, "组织保障", 5.0), ("一", 2, "制度建设", 10.0), ("二", 3, "绩效目标编报", 10.0)]
    assert [(a["section"], a["kind"], a["cap"], a["requirement"][:6]) for a in items[-2:]] == [
        ("加分项", "bonus", 5.0, "在预算绩效管"), ("扣分项", "penalty", 10.0, "预算绩效管理")]
    items = _review("az_c04_numbered_titles_before_content.txt")["assessment_items"]
    assert len(items) == 13 and [a["item_no"] for a in items] == list(range(1, 14))
    assert items[0]["content"] == "地区生产总值增长：完成年度目标任务的得满分；每低于目标1个百分点扣8分，扣完为止。"
    assert items[4]["content"].endswith("评分，考核结果按比例折算。")
    items = _review("az_c06_bracketed_items_without_points.txt")["assessment_items"]
    assert [(a["section_no"], a["item_no"], a["kind"], a["cap"]) for a in items][-3:] == [
        ("四", 1, "penalty", 5.0), ("五", 1, "bonus", 3.0), ("五", 2, "bonus", 3.0)]   # (s38: `加3分` in its text, its cap)


def test_hunt_a_b_labels_phone_and_grade(tmp_path):
    """Hunts A and B: `总体资金总额` is the total (a 北京 form's money block); `项目负责人及电话 | 张丽华 82612345` (a local
    number of 8 digits) gives leader and phone; `评价等级为“良”` in a report's sentence is the grade."""
    r = _read(tmp_path, "2021年项目支出绩效目标申报表\n项目名称\t基本公共卫生服务项目\t\t\t\t\n"
                        "项目负责人及电话\t张丽华 82612345\t\t\t\t\n"
                        "项目资金（元）\t总体资金总额\t28,650,000.00\t\t年度资金总额\t28,650,000.00\n"
                        "\t其中：财政拨款\t28,650,000.00\t\t其中：财政拨款\t28,650,000.00\n"
                        "年度绩效指标\t一级指标\t二级指标\t三级指标\t指标值\t\n"
                        "\t产出指标\t数量指标\t签约人数\t≥30万人\t\n"
                        "\t满意度指标\t服务对象满意度指标\t居民满意度\t≥90%\t\n")
    p = r.tables["projects"][0]
    assert (p["leader"], p["phone"], p["budget_total"], p["budget_year"]) == ("张丽华", "82612345", 28_650_000, 28_650_000)
    r = _read(tmp_path, "2021年项目支出绩效目标申报表\n项目名称\t家庭医生签约服务补助\t\t\t\t\n"
                        "项目资金（元）\t总体资金总额\t9,360,000.00\t\t年度资金总额\t3,120,000.00\n"
                        "\t其中：财政拨款\t9,360,000.00\t\t其中：财政拨款\t3,120,000.00\n"
                        "年度绩效指标\t一级指标\t二级指标\t三级指标\t指标值\t\n"
                        "\t产出指标\t数量指标\t签约人数\t≥30万人\t\n")
    p = r.tables["projects"][0]       # (the whole period's money left, the year's right: the fiscal part is the year's)
    assert (p["budget_total"], p["budget_year"], p["budget_fiscal"]) == (9_360_000, 3_120_000, 3_120_000)
    assert not [b for b in r.tables["budget_items"] if b["name"] == "总体资金总额"]
    r = _read(tmp_path, "金水区2021年社区养老服务项目绩效评价报告\n项目名称：社区养老服务补贴\n"
                        "一级指标\t二级指标\t三级指标\t分值\t得分\n决策\t项目立项\t立项依据充分性\t5\t5\n"
                        "产出\t产出数量\t服务人次\t20\t18\n效益\t社会效益\t老人生活质量\t20\t17.5\n"
                        "满意度\t服务对象满意度\t老人满意度\t10\t9\n"
                        "评价结论：综合评价得分85.5分，评价等级为“良”。\n")
    assert [(p["grade"]) for p in r.tables["projects"]] == ["良"]


def test_category_word_in_a_name_above_the_next_label(tmp_path):
    """`农产品质量安全抽检批次` / `质量抽查县区数` on the last row of 数量指标, the 质量指标 label on the next row, the labels on
    their groups' first rows (hunt A, 河北): the row stays under 数量指标 (a table whose first row has no level 2, its
    labels printed in their groups' middles, still moves it)."""
    r = _read(tmp_path, "项目支出绩效目标表\n（2024年度）\n项目名称\t测试项目\t\t\n主管部门\t某局\t实施单位\t某中心\n"
                        "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t项目评审数量\t≥120个\n"
                        "\t\t质量抽查县区数\t≥30个\n\t质量指标\t评审意见采纳率\t≥95%\n\t时效指标\t评审完成时间\t2024年9月底前\n")
    assert [i["level2"] for i in r.tables["indicators"]] == ["数量指标", "数量指标", "质量指标", "时效指标"]
    r = _read(tmp_path, "项目支出绩效目标表\n（2024年度）\n项目名称\t测试项目\t\t\n主管部门\t某局\t实施单位\t某中心\n"
                        "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t\t项目评审数量\t≥120个\n\t数量指标\t项目评审批次\t≥4批\n"
                        "\t\t质量抽查县区数\t≥30个\n\t质量指标\t评审意见采纳率\t≥95%\n\t时效指标\t评审完成时间\t2024年9月底前\n")
    assert [i["level2"] for i in r.tables["indicators"]][2] == "质量指标"


def test_monitor_form_one_tick_group_and_repeated_second_head_line():
    """A monitoring form whose only ticked group is 偏差原因分析 over 经费保障 | 制度保障 | 人员保障 | 硬件条件保障 (tests/
    fixtures/review/ba_b04_*): a tick is its column's option (it was the bare `√`); the head repeated after a page
    break with its second line: no indicator of that line."""
    t = _review("ba_b04_monitor_one_tick_group_repeated_head.txt")
    ind = t["indicators"]
    assert len(ind) == 10 and "经费保障" not in [i["level3"] for i in ind]
    assert [(i["level3"], i["deviation"]) for i in ind if i["deviation"]] == [
        ("新增垃圾分类示范小区", "硬件条件保障"), ("垃圾分类投放准确率", "制度保障、人员保障"), ("城区生活垃圾回收利用率", "经费保障")]


def test_sichuan_table13_units_over_projects():
    """A 四川 表13 (tests/fixtures/review/bb_a06_*): `单位名称、项目名称 | 项目目标 | 一级指标 | …` lists projects, the unit
    alone on its row over them, each project's name and goal on its first indicator's row, the head repeated after
    a page break: three projects with their unit, goal and indicators (it was one nameless project)."""
    t = _review("bb_a06_sichuan_table13_units_over_projects.txt")
    ps = t["projects"]
    assert [(p["name"], p["unit"]) for p in ps] == [(n, "绵阳市涪城区文化广播电视和旅游局") for n in (
        "公共文化服务体系建设补助", "文物保护专项经费", "旅游市场综合执法经费")]
    assert all(p["goal_annual"] for p in ps)
    by = {p["project_id"]: [i for i in t["indicators"] if i["project_id"] == p["project_id"]] for p in ps}
    assert [len(v) for v in by.values()] == [9, 6, 6]
    second = by[ps[1]["project_id"]]
    assert [(i["level1"], i["level2"], i["level3"]) for i in second][3] == ("产出指标", "时效指标", "文物安全巡查记录归档")
    for rendition in ("bb_a06_sichuan_table13.xlsx", "bb_a06_sichuan_table13.html"):
        # (a sheet and a page: the unit's row, one cell across the table, is read as a text line)
        t = _review(rendition)
        assert [(p["name"], p["unit"]) for p in t["projects"]] == [(p["name"], p["unit"]) for p in ps]
        assert len(t["indicators"]) == 21


def test_local_department_after_a_provincial_one_is_kept_beside_it(tmp_path):
    """`省级主管部门 | 云南省财政厅` then `县级主管部门 | 孟连…财政局` (a 省对下转移支付 区域绩效目标表, hunt A): the county's
    department, kept in other_fields as 地方主管部门 is (hunt DP; hunt A made it the unit); no implementing unit."""
    head = "云南省省对下转移支付区域绩效目标表\n（2019年度）\n项目名称\t边境地区转移支付\t\t\n省级主管部门\t云南省财政厅\t\t\n"
    tail = "年度绩效指标\t一级指标\t二级指标\t三级指标\t指标值\n\t产出指标\t数量指标\t建设村寨数\t≥12个\n"
    r = _read(tmp_path, head + "县级主管部门\t孟连傣族拉祜族佤族自治县财政局\t\t\n" + tail)
    p = r.tables["projects"][0]
    assert (p["department"], p["unit"]) == ("云南省财政厅", None)
    assert json.loads(p["other_fields"]) == {"县级主管部门": "孟连傣族拉祜族佤族自治县财政局"}
    r = _read(tmp_path, head + "县级主管部门\t县(市、区)财政部门\t\t\n" + tail)
    assert r.tables["projects"][0]["unit"] is None


def test_summary_table_projects_point_at_their_own_rows():
    """A summary table's projects (tests/fixtures/review/bc_e08_*, hunt E): each project's line is its own first
    row's, not the table's title line (all three were line 1)."""
    ps = _review("bc_e08_wide_summary_three_projects.txt")["projects"]
    assert [(p["name"], p["line"]) for p in ps] == [("食品安全抽检监测", 5), ("特种设备安全监察", 12),
                                                    ("12315热线运行维护", 19)]


def test_adjustment_form_stage_columns_and_budget_total_label(tmp_path):
    """A 绩效目标调整申请表 (tests/fixtures/review/bc_e06_*, hunt E): `年度绩效目标 | 调整前 | | 调整后` over the two texts
    is the goal after (it was read as a money matrix's head and the goal lost); 预算资金总额 is the total (a 山东
    国有资本经营预算 form: it was a budget line, the money counted twice)."""
    p = _review("bc_e06_adjust_stages_over_goal_texts.txt")["projects"][0]
    assert (p["goal_annual"], p["budget_year"], p["budget_initial"]) == (
        "完成45个老旧小区配套基础设施改造，惠及居民9300户。", 28_500_000, 36_000_000)
    r = _read(tmp_path, "2022年国有资本经营预算项目绩效目标表\n项目名称\t省属企业资本金注入\t\t\t\n"
                        "资金情况\t预算资金总额\t50,000.00\t其中：国有资本经营预算资金\t50,000.00\n"
                        "绩效指标\t一级指标\t二级指标\t三级指标\t指标值\n\t产出\t数量\t注资企业户数\t1户\n")
    p = r.tables["projects"][0]
    assert p["budget_total"] == 50_000 and [b["name"] for b in r.tables["budget_items"]] == ["国有资本经营预算资金"]


def test_ppp_yearly_payment_label(tmp_path):
    """Hunt E: 年度政府支出责任 is a PPP project's money of the year."""
    r = _read(tmp_path, "2023年PPP项目绩效目标申报表\n项目名称\t城乡供水一体化PPP项目\t\t\n"
                        "年度政府支出责任（万元）\t2,318.40\t\t\n"
                        "绩效指标\t一级指标\t二级指标\t三级指标\t指标值\n\t产出指标\t数量指标\t供水人口\t≥12万人\n")
    p = r.tables["projects"][0]
    assert (p["name"], p["budget_year"]) == ("城乡供水一体化PPP项目", 23_184_000)


def test_goal_labels_on_one_page_their_texts_on_the_next():
    """A PDF whose `总体目标 | 长期目标 | 年度目标` row ends page 1 and the two texts begin page 2 (tests/fixtures/review/
    bd_a03_*): each text goes to its label by its place on the page (both were lost, a row without a label)."""
    t = _review("bd_a03_goal_labels_and_texts_across_pages.pdf")
    p = t["projects"][1]
    assert p["goal_total"].startswith("2021-2023年，全区重点人群家庭医生签约服务覆盖率稳步提高")
    assert p["goal_annual"].startswith("2021年对签约居民按照每人每年20元标准")
    assert "unparsed_row" not in [w["code"] for w in t["warnings"]]


def test_assessment_group_of_finer_items(tmp_path):
    """`考核项目 | 考核内容 | 具体内容 | 分值 | 评分标准`, 考核内容 merged over the 具体内容 rows (a 河长制 考核细则): the items
    are the 具体内容, their group the 考核内容 (assessment_items.group; it was in no column)."""
    r = _read(tmp_path, "2021年度河长制工作考核细则\n考核项目\t考核内容\t具体内容\t分值\t评分标准\n"
                        "一、河长制基础工作(20分)\t1.河长履职(10分)\t县级河长每季度巡河不少于1次\t5\t每少1次扣1分\n"
                        "\t\t乡级河长每月巡河不少于1次\t5\t每少1次扣1分\n"
                        "\t2.制度建设(10分)\t建立河长会议制度\t5\t未建立不得分\n\t\t建立信息报送制度\t5\t未建立不得分\n"
                        "二、水资源保护(20分)\t3.饮用水源地保护(20分)\t水源地水质达标率100%\t20\t每降低1个百分点扣2分\n")
    got = [(a["section_no"], a["group"], a["content"]) for a in r.tables["assessment_items"]]
    assert got == [("一", "1.河长履职(10分)", "县级河长每季度巡河不少于1次"), ("一", "1.河长履职(10分)", "乡级河长每月巡河不少于1次"),
                   ("一", "2.制度建设(10分)", "建立河长会议制度"), ("一", "2.制度建设(10分)", "建立信息报送制度"),
                   ("二", "3.饮用水源地保护(20分)", "水源地水质达标率100%")]


def test_review_of_the_sessions_rules_where_first_versions_misread():
    """The review's probes (tests/fixtures/review/be_*): each reads as the form says."""
    def t(name):
        return _review(next(p.name for p in REVIEW.glob(f"be_{name}_*.txt")))
    assert t("r13")["projects"][0]["grade"] == "良好"                 # (not 优 from the criteria before the conclusion)
    assert [(p["grade"], p["score"]) for p in t("r14")["projects"]] == [("优", 97.0)]    # (not last year's 良)
    assert len(t("r16")["indicators"]) == 5                            # (the item's score sentence ends no table)
    p = t("r18")["projects"][0]
    assert p["phone"] is None and p["contact"] == "张敏 20230115"        # (a date is no phone)
    assert [i["level2"] for i in t("r19")["indicators"]][:2] == ["数量指标", "质量指标"]
    assert t("r30")["projects"][0]["unit"] is None                     # (各县级财政部门: a template's words)
    assert t("r31")["projects"][0]["unit"] == "孟连县勐马镇人民政府"      # (资金使用单位 wins)
    assert "weights_not_100" in [w["code"] for w in t("r33")["warnings"]]   # (blank scores, a total out of reach)
    assert [a["section_no"] for a in t("r09")["assessment_items"]] == ["一", "一", "二", "二", "二", "三"]
    items = t("r02")["assessment_items"]
    assert [a["kind"] for a in items] == ["base"] * 4 and items[1]["requirement"] == "酌情扣分"


def test_hunt_f_level1_cut_by_a_page_and_task_table():
    """Hunt F (tests/fixtures/review/bf_*): `产出指` on page 1, `标` on page 2 under the repeated head is one 产出指标 on
    both pages' rows; `填表人：王晓燕` is the contact; a 部门整体 form's task table (任务名称 | 实施内容 | 预算数 | 执行数)
    gives one line per task, in the 万元 of the money block above it (they were the content texts, as funding
    lines, or amounts in 元)."""
    t = _review("bf_f03_level1_cut_across_page.txt")
    assert [i["level1"] for i in t["indicators"]][:6] == ["产出指标"] * 6
    assert t["projects"][0]["contact"] == "王晓燕"
    t = _review("bf_f04_dept_tasks_shishi_neirong.txt")
    tasks = [(b["name"], b["amount"]) for b in t["budget_items"] if b["kind"] == "composition" and b["line"] >= 11]
    assert tasks == [("农村公路建设", 21_500_000), ("农村公路养护", 4_863_600), ("道路运输安全监管", 2_400_000),
                     ("交通战备及应急保障", 2_000_000)]
    # its money block of two sides (资金来源 | 全年预算数 | … | 资金用途 | 全年预算数 | …): sources left, uses right (each
    # source took its row's use's figures)
    assert [(b["name"], b["amount"], b["kind"]) for b in t["budget_items"] if b["line"] < 11] == [
        ("一般公共预算", 35_887_200, "source"), ("基本支出", 10_123_600, "use"),
        ("政府性基金预算", 5_000_000, "source"), ("项目支出", 30_763_600, "use")]


def test_money_heads_split_into_sources_on_a_second_line():
    """`资金情况（万元） | 全年预算数（A） | | | 全年执行数（B） | | | 执行率（B/A）` over `中央资金 | 地方资金 | 合计` twice, over
    one row of figures (tests/fixtures/review/bf_f05_*, a 区域绩效自评表): the totals, the rate and a line per source
    (the money was lost, two rows unparsed)."""
    t = _review("bf_f05_region_self_eval_money_split_heads.txt")
    p = t["projects"][0]
    assert (p["budget_year"], p["spent"], p["execution_rate"]) == (20_620_000, 20_007_500, 0.9703)
    assert [(b["name"], b["amount"]) for b in t["budget_items"]] == [("中央资金", 18_560_000), ("地方资金", 2_060_000)]
    assert "unparsed_row" not in [w["code"] for w in t["warnings"]]


def test_second_review_of_the_sessions_rules():
    """The second review's probes (tests/fixtures/review/bg_*): each reads as the form says."""
    def t(name):
        return _review(next(p.name for p in REVIEW.glob(f"bg_{name}_*.txt")))
    assert "部分工程因汛期推迟施工" in [i["deviation"] for i in t("r21")["indicators"]]   # (no heading glued on)
    # (the breakdown under 项目资金（万元） adds up to its 全年预算数 520 in 万元: what the money is spent on, in 万元)
    assert [b["amount"] for b in t("r26")["budget_items"] if b["kind"] == "composition"] == [3_000_000, 2_000_000, 200_000]
    assert 3_000_000 in [b["amount"] for b in t("r40")["budget_items"]]          # (元, not 万元 of the matrix above)
    assert [t(r)["projects"][0]["grade"] for r in ("r41", "r42", "r43")] == ["良", "良", "良"]
    p = t("r44")["projects"][0]
    assert (p["leader"], p["phone"]) == ("陈明", "20101126")
    assert "penalty" in [a["kind"] for a in t("r50")["assessment_items"]]
    assert t("r52")["projects"][0]["overview"] == "改造老旧小区10个，涉及居民1500户"


def test_hunt_g_monitor_and_service_purchase_heads():
    """Hunt G (tests/fixtures/review/bh_*): a monitoring form's 年初设定目标 / 1-8月目标完成情况 / 预计年底目标完成情况 over
    their texts are the goal, the goal reached and the forecast (the head was read as the goal reached); a 预计年底完成值
    column is no actual value; 总体偏差原因分析及纠偏措施 under the table is no indicator; a 政府购买服务 form's
    breakdown under 服务内容 names its lines."""
    t = _review("bh_g01_zhejiang_monitor_1_8.txt")
    p = t["projects"][0]
    assert p["goal_annual"].startswith("新建高标准农田25万亩") and p["goal_actual"].startswith("已下达全部建设任务")
    assert p["goal_forecast"].startswith("能够完成年度目标")
    assert "总体偏差原因分析及纠偏措施" not in [i["level3"] for i in t["indicators"]] and len(t["indicators"]) == 10
    assert t["indicators"][0]["actual_raw"] != t["indicators"][0]["note"]
    names = [b["name"] for b in _review("bh_g05_guangzhou_service_purchase.txt")["budget_items"]]
    assert names[:3] == ["主次干道机械化清扫保洁", "人行道及绿化带人工保洁", "生活垃圾收集清运"]


def test_year_in_full_width_digits(tmp_path):
    """`（２０２４年１-６月）` under a monitoring form's title (hunt G, a 湖南 form): the year is 2024 (it was none)."""
    r = _read(tmp_path, "项目支出绩效运行监控表\n（２０２４年１-６月）\n项目名称\t农村公路养护\t\t\t\n"
                        "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\n\t产出指标\t数量指标\t养护里程\t≥１２０００公里\n")
    assert r.tables["projects"][0]["year"] == 2024


def test_bare_zhibiao_head_after_level_two_is_the_name(tmp_path):
    """`一级指标 | 二级指标 | 指标 | 指标解释 | 目标值 | 评分标准 | 权重` (hunt G, a 卫健 form): 指标 heads the names (every
    row was unparsed, the names in the notes)."""
    r = _read(tmp_path, "2023年基本公共卫生服务项目绩效目标表\n项目名称\t基本公共卫生服务\t\t\t\t\t\n"
                        "一级指标\t二级指标\t指标\t指标解释\t目标值\t评分标准\t权重\n"
                        "产出指标\t数量指标\t适龄儿童国家免疫规划疫苗接种率\t接种人数/应接种人数\t≥90%\t达到得满分\t10\n"
                        "\t质量指标\t高血压患者规范管理率\t规范管理人数/管理人数\t≥60%\t达到得满分\t10\n")
    assert [(i["level3"], i["target_raw"], i["weight"]) for i in r.tables["indicators"]] == [
        ("适龄儿童国家免疫规划疫苗接种率", "≥90%", 10), ("高血压患者规范管理率", "≥60%", 10)]


def test_workbook_cover_sheet_and_wrapped_option_head():
    """Hunt H (tests/fixtures/review/bi_*): a workbook's 封面 sheet (`2024年度项目支出绩效目标`, `申报单位：…（盖章）`)
    gives no project (it was a nameless one); an option head wrapped in its cell (`人员\\n保障`) names the ticked option
    as one word (`人员 保障`); a sheet's preamble row (`监控时段：… | 单位：万元`) after its title stays with its form."""
    t = _review("bi_h01_cover_sheet_two_projects.xlsx")
    assert [p["name"] for p in t["projects"]] == ["食品安全抽检监测专项经费", "特种设备安全监察专项经费"]
    assert "not_a_form" in [w["code"] for w in t["warnings"]]
    t = _review("bi_h04_monitor_sheets_wrapped_option_head.xlsx")
    devs = [i["deviation"] for i in t["indicators"] if i["deviation"]]
    assert "人员保障" in devs and not [d for d in devs if "人员 保障" in d]
    # (the second sheet's title, year and `监控时段… | 单位：万元` are its form's, not the first form's)
    assert [p["title"] for p in t["projects"]] == ["项目支出绩效目标执行监控表"] * 2


def test_hunt_i_street_office_form_levels_after_the_name():
    """Hunt I (bj_i01, a 重庆 街道 form, three projects): `绩效指标 | 指标名称 | 指标属性 | 指标类型 | 指标值 | 单位 | 权重`
    — the levels under 属性 / 类型 after the name's column (every name was lost, 36 warnings); a name reading like a
    level there (`服务对象满意度 | 满意度指标 | 服务对象满意度指标`) stays the name; the phone in its own cell after
    the leader under `项目负责人及联系电话`; `年度预算申请` with its amount on the row below; `保障项目实施的制度措施`."""
    t = _review("bj_i01_cq_jiedao.txt")
    ind = t["indicators"]
    assert len(ind) == 18 and all(i["level3"] for i in ind)
    assert (ind[0]["level1"], ind[0]["level2"], ind[0]["level3"], ind[0]["value"]) == ("产出指标", "数量指标", "生活垃圾清运量", 4500)
    assert [(i["level1"], i["level2"], i["level3"]) for i in ind if i["line"] == 46] == [
        ("满意度指标", "服务对象满意度指标", "服务对象满意度")]
    assert [(p["leader"], p["phone"], p["budget_year"]) for p in t["projects"]] == [
        ("李德明", "023-41421365", 1200000), ("周晓燕", "023-41421172", 486000), ("陈国庆", "023-41420358", 863500)]
    assert all(p["measures"] for p in t["projects"])
    assert not [w for w in t["warnings"] if w["code"] in ("unplaced_cell", "unparsed_row")]


def test_hunt_i_fund_forms():
    """Hunt I: a 政府性基金 form's money side by side (`中期资金总额 | 3,600.00 | 年度资金总额 | 1,200.00` over
    `其中：政府性基金预算` on both sides): the fiscal money is the year's, one source line with the period's amount in
    its note (budget_fiscal took the period's 3,600); a 社保基金 form: `基金名称` names it when no 项目名称 does, and
    a `2023年实际值` column in a form of 2024 is the year before's figures (a note), no self-evaluation's results."""
    t = _review("bj_i03_nmg_jijin.txt")
    p = t["projects"][0]
    assert (p["budget_total"], p["budget_year"], p["budget_fiscal"]) == (36000000, 12000000, 12000000)
    assert [(b["name"], b["amount"], b["note"]) for b in t["budget_items"]] == [
        ("政府性基金预算", 12000000, "实施期：3,600.00")]
    t = _review("bj_i05_nb_shebao.txt")
    p = t["projects"][0]
    assert (p["name"], p["form"]) == ("城乡居民基本养老保险基金", "target")
    assert not any(i["actual_raw"] for i in t["indicators"])
    assert t["indicators"][0]["note"] == "2023年实际值：346.8万人"


def test_hunt_i_scored_framework_of_one_project_is_a_form(tmp_path):
    """`…项目绩效评价指标体系及评分表` with its 得分 filled in (bj_i07, an evaluation report's annex): one project's
    scored table, not an indicator library (no project, `not_a_form`); an unscored 指标体系 stays none."""
    t = _review("bj_i07_xj_tixi.txt")
    assert len(t["projects"]) == 1 and len(t["scores"]) == 18 and t["projects"][0]["score"] == 91.1
    r = _read(tmp_path, "某县项目绩效评价共性指标体系\n一级指标\t二级指标\t三级指标\t权重\t指标解释\t评分标准\n"
                        "决策\t项目立项\t立项依据充分性\t3\t是否符合法规\t充分得3分\n"
                        "\t\t立项程序规范性\t3\t是否规范\t规范得3分\n")
    assert r.tables["projects"] == []


def test_hunt_j_money_parts_beside_a_total():
    """Hunt J: `部门预算 | 预算总额 | 12,586.42 | 其中：基本支出 | 6,230.12 | 项目支出 | 6,356.30` (a 苏州 部门整体 form:
    预算总额 unknown, the total taken from the task table's 金额合计, the uses lost); `专项资金总额 | 5,000.00 | 其中：市本级
    | 2,000.00` over `补助区、县（市） | 3,000.00` (a 沈阳 form in GB18030: the parts lost, the first silently); a task
    table `重点工作名称 | 主要内容 | 预算金额` (a 深圳 form of hunt G: the contents read as money sources) adding up
    to the 项目支出 part gives no budget_sum_mismatch."""
    t = _review("bk_j02_sz_bumen.txt")
    assert t["projects"][0]["budget_total"] == 125864200
    assert [(b["name"], b["amount"], b["kind"]) for b in t["budget_items"][:2]] == [
        ("基本支出", 62301200, "use"), ("项目支出", 63563000, "use")]
    assert not [w for w in t["warnings"] if w["code"] in ("fiscal_other_mismatch", "unparsed_row", "unplaced_cell")]
    t = _review("bk_j06_sy_zhuanxiang_gbk.txt")
    assert [(b["name"], b["amount"]) for b in t["budget_items"]] == [("市本级", 20000000), ("补助区、县（市）", 30000000)]
    t = _review("bk_g03_sz_bumen.txt")
    assert t["projects"][0]["budget_total"] == 386524100
    assert [(b["name"], b["kind"]) for b in t["budget_items"]][2:] == [
        ("困难群众救助", "composition"), ("养老服务体系建设", "composition"), ("儿童福利保障", "composition"),
        ("社会组织培育与社区治理", "composition")]
    assert "budget_sum_mismatch" not in [w["code"] for w in t["warnings"]]


def test_hunt_j_grade_legend_dates_and_ex_ante_forms():
    """Hunt J: `评价等级：优（90分（含）以上为优，80-90分为良…）` gives 优; `服务起始日期 | … | 服务截止日期 | …` (a 武汉
    政府购买服务 workbook) the dates; a 事前绩效评估报告附表 (a 石家庄 form: its 评分表 scores the project before it
    starts) is a target form, and `项目总额 | 2,380.00 | 其中：2024年 | 1,450.00` gives the year's budget (a source line
    named `2024年` before)."""
    assert _review("bk_j04_cs_ziping.txt")["projects"][0]["grade"] == "优"
    p = _review("bk_j07_wh_goumai.xlsx")["projects"][0]
    assert (str(p["start_date"]), str(p["end_date"])) == ("2024-03-01", "2025-02-28")
    t = _review("bk_j05_sjz_shiqian.txt")
    p = t["projects"][0]
    assert (p["form"], p["budget_total"], p["budget_year"]) == ("target", 23800000, 14500000)
    assert len(t["scores"]) == 12 and not t["budget_items"]
    # `附表1 | 项目基本情况表`, `附表3 | 项目绩效目标表（评估后调整）`: an annex's heading, no unparsed row
    assert not [w for w in t["warnings"] if w["code"] == "unparsed_row" and "附表" in w["message"]]


def test_hunt_k_cut_names_money_rows_and_points():
    """Hunt K: an indicator's name cut by its cell, its last characters alone on the next line in the name column
    (`服务人员持证上岗 | 100%` then `率`; `…人均 | ≥500元` then `增收`): one indicator (a phantom `率` before);
    `购买服务预算 | 合计 | 286.00 | 其中：财政资金 | 286.00` gives the total (lost silently); `资金分配（万元） | 全市 |
    越城区 | …` over a row of amounts gives a line per place, 全市 the total (the row was lost); a 自评表's 预算执行率
    row (10 points) beside a 评分表 of its own raises no weights_not_100."""
    t = _review("bl_k08_weihai_goumai.txt")
    names = [i["level3"] for i in t["indicators"]]
    assert "服务人员持证上岗率" in names and "率" not in names and len(names) == 10
    assert t["projects"][0]["budget_total"] == 2860000
    names = [i["level3"] for i in _review("bl_k10_kunming_xianjie.txt")["indicators"]]
    assert "受益脱贫人口（含监测对象）人均增收" in names and "增收" not in names
    t = _review("bl_k04_shaoxing_fenpei_twin.txt")
    assert t["projects"][0]["budget_total"] == 48000000
    assert [(b["name"], b["amount"]) for b in t["budget_items"]][:2] == [("越城区", 3600000), ("柯桥区", 6200000)]
    assert len(t["budget_items"]) == 6
    t = _review("bl_k05_zhuzhou_ziping_twin.txt")
    assert "weights_not_100" not in [w["code"] for w in t["warnings"]] and len(t["scores"]) >= 18


def test_review3_probes_of_the_hunt_rules():
    """A review of hunts I-K's rules (tests/fixtures/review/bm_*: probes written to break them; each read as the
    code before them read it, or better): a `2023年实际值` column in a 自评表 published a year later keeps its actual
    values; `基金名称 | 基金收入预算 | …` heads a list (no name); a region's framework with full marks printed in
    得分, or an example's, is no form; a 其中 part's group ends at a row not under it (`受益人口 | 12000` no money);
    year parts in a form of no year are reported, not kept, and a year part under a source's line is no budget_year;
    a legend of grades (`优（90分以上）、良（80-90分）…`) is no grade; 截止日期 (a filing deadline) is no end_date;
    a 自评表 mentioning 事前绩效评估 stays a self-evaluation; `部门整体及项目支出` is no 部门整体 title."""
    t = _review("bm_r26_actual_pub_year_title.txt")
    assert t["projects"][0]["form"] == "self_eval" and all(i["actual_raw"] for i in t["indicators"])
    assert _review("bm_r33_fund_list_table.txt")["projects"][0]["name"] is None
    assert _review("bm_r39_framework_region.txt")["projects"] == []
    assert _review("bm_r40_framework_example_noheading.txt")["projects"] == []
    t = _review("bm_r41_part_use.txt")
    assert [(b["name"], b["kind"]) for b in t["budget_items"]] == [
        ("设备购置费", "composition"), ("软件开发费", "composition"), ("运维服务费", "composition")]
    assert [b["name"] for b in _review("bm_r42_part_then_count.txt")["budget_items"]] == ["县本级"]
    t = _review("bm_r47_yearpart_noyear_two.txt")
    assert t["projects"][0]["budget_year"] is None and [w["code"] for w in t["warnings"]].count("unplaced_cell") == 2
    assert _review("bm_r49_yearpart_of_source.txt")["projects"][0]["budget_year"] is None
    assert _review("bm_r51_grade_legend_unfilled.txt")["projects"][0]["grade"] != "优"
    assert _review("bm_r55_grade_tick_after.txt")["projects"][0]["grade"] != "优"
    assert str(_review("bm_r56_deadline_note.txt")["projects"][0]["end_date"]) == "2024-12-31"
    assert _review("bm_r62_exante_heading_selfeval.txt")["projects"][0]["form"] == "self_eval"
    assert "budget_sum_mismatch" in [w["code"] for w in _review("bm_r65_sum_heading_bumen.txt")["warnings"]]


def test_hunt_l_files_of_many_forms():
    """Hunt L (files holding many forms): a fragment whose first page was lost — the indicator header repeated on a
    new page, then 产出指标 again after the form above had come to its 满意度指标 — is a project of its own (its rows
    were the form above's, 16 indicators instead of 11); a notice's 分配表 (`序号 | 县（市、区） | 项目名称 | 金额`) listing
    the forms' projects gives no form's lines (a fund's form sharing itself out among projects keeps them: the
    templates real_fujian_anxi_* / real_hainan_expo_*); `项目资金 | 资金来源 | 中期资金总额 | 年度资金总额` reads the
    year's column (a head over the row labels made the block unread)."""
    t = _review("bn_l01_luotian_fragment.txt")
    assert [(p["name"], p["header_missing"]) for p in t["projects"]] == [
        ("罗田县农村公路养护工程资金", False), ("基本公共卫生服务项目县级配套资金", False), (None, True),
        ("罗田县城区环境卫生保洁市场化服务经费", False)]
    counts = collections.Counter(i["project_id"] for i in t["indicators"])
    assert counts[t["projects"][1]["project_id"]] == 11 and counts[t["projects"][2]["project_id"]] == 5
    t = _review("bn_l07_luoyang_notice_allocation.txt")
    assert [p["budget_year"] for p in t["projects"]] == [3200000, 2000000]
    assert not t["budget_items"] and "project_list" in [w["code"] for w in t["warnings"]]
    p = _review("bn_l06_period_money_row_head.txt")["projects"][0]
    assert (p["budget_total"], p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (9600, 3200, 2400, 800)


def test_hunt_m_self_evaluations_and_assessment_sheets():
    """Hunt M: `三、四级手术占比` keeps its numerals (a list, no item numbering: it read `四级手术占比`); `年度总体目标 |
    年初目标 | … | 全年实际完成情况` over the two texts, then a table's one-cell title: the goal is the text under 年初目标
    (it was the title); a 镇（街道）考核细则 headed `考核类别 | 考核指标 | 分值 | 评分细则 | 考核部门` (0 of 17 items);
    `评价对象：…` names a 重点评价's project."""
    names = [i["level3"] for i in _review("bo_m04_es_yiyuan.txt")["indicators"]]
    assert "三、四级手术占比" in names
    p = _review("bo_m05_kd_bumen.txt")["projects"][0]
    assert p["goal_annual"].startswith("落实耕地地力保护") and p["goal_actual"].startswith("兑现各项惠农补贴资金")
    items = _review("bo_m06_lj_xiangzhen.txt")["assessment_items"]
    assert len(items) == 17 and all(i["assessor"] and not i["responsible"] for i in items)   # (考核部门 assesses)
    assert _review("bo_m09_als_pingjia.txt")["projects"][0]["name"] == "草原生态保护补助奖励资金"


def test_review4_probes_of_the_later_rules():
    """A review of the rules for hunts K-L and hunt G's leftovers (tests/fixtures/review/bp_*: probes written to
    break them; each reads as before the rules, or better): short names of their own on a line (`就业`, `知晓率`,
    `工期`, a first line `改造`) stay indicators; `上级补助资金 | 合计 | 800` is no project total; heads of quarters,
    percentages or 已下达 under 资金分配 are no places; a 评分表 of 110 beside a 预算执行率 row still warns; HTML boxes
    after a prefix label stay as written; `项目类型 ☑… 项目期限：3年` is no period; a part's second row one column
    left of the part is still a part; a long-term table after a page break naming the same indicators, and a 部门整体
    form's second task table, stay in their form."""
    def names(f):
        return [i["level3"] for i in _review(f)["indicators"]]
    assert "就业" in names("bp_s01_short_blank_target.txt") and "带动农户户均增收" in names("bp_s01_short_blank_target.txt")
    assert "改造小区数量" in names("bp_s02_vcenter_first_line.txt")
    assert "知晓率" in names("bp_s03_rate_blank.txt") and "工期" in names("bp_s04_name_then_target.txt")
    assert _review("bp_s08_two_heji_sources.txt")["projects"][0]["budget_total"] is None
    for f in ("bp_s09_fenpei_quarters.txt", "bp_s12_fenpei_pct.txt", "bp_s13_fenpei_issued.txt"):
        assert _review(f)["budget_items"] == []
    assert "weights_not_100" in [w["code"] for w in _review("bp_s19_flat_score3_110.txt")["warnings"]]
    assert "是 否" in _review("bp_s25_input_prefix.txt")["indicators"][0]["note"]
    assert _review("bp_s28_cell_boxes_then_period.txt")["projects"][0]["period_raw"] is None
    assert [b["name"] for b in _review("bp_s35_part_not_indented.txt")["budget_items"]] == ["市本级", "补助区县"]
    p = _review("bp_s41_period_expenses.txt")["projects"][0]
    assert (p["budget_total"], p["budget_year"]) == (30000000, 4000000)
    assert len(_review("bp_s48_two_tables_pagebreak.txt")["projects"]) == 1
    assert len(_review("bp_s50_bumen_task_tables.txt")["projects"]) == 1


def test_hunt_n_common_county_forms():
    """Hunt N (county forms): `中长期资金总额：| 1800 | 年度资金总额：| 600` gives the total (it was null, the fiscal money
    the period's, a line named after the label); `指标2：65岁及以上…` loses its numbering, not only the number (a name
    starting with a figure kept `：65岁…`)."""
    t = _review("bq_f01_hn_longhui_2018.txt")
    p = t["projects"][0]
    assert (p["budget_total"], p["budget_year"], p["budget_fiscal"]) == (18000000, 6000000, 6000000)
    # its 长期 / 年度 halves side by side under a header whose first cell (绩效指标, merged from the row above) is
    # empty: the footer `填表人：… | 联系电话：…` left of the header's first column ends the table (it was taken for a
    # row of the halves, the annual half lost behind it)
    assert collections.Counter(i["horizon"] for i in t["indicators"]) == {"long_term": 7, "annual": 8}
    names = [i["level3"] for i in _review("bq_f08_sd_licheng_zhibiao.txt")["indicators"]]
    assert "65岁及以上老年人健康管理人数" in names and not any(n.startswith("：") for n in names)


def test_numbering_before_a_figure():
    """`指标2：65岁…` is numbered (a separator after the number); `指标1.2` and `指标12` stay as written or a bare number."""
    from normalize.text import strip_numbering
    assert strip_numbering("指标2：65岁及以上老年人健康管理人数") == "65岁及以上老年人健康管理人数"
    assert strip_numbering("指标3:3岁以下儿童") == "3岁以下儿童"
    assert strip_numbering("指标1.2") == "指标1.2"
    assert strip_numbering("三、四级手术占比") == "三、四级手术占比"
    assert strip_numbering("一、项目总预算：") == "项目总预算："


def test_hunt_o_labels():
    """Hunt O: a 政府投资项目's `建设期 | 2024年3月-2025年12月` gives its dates and `年度投资计划 | 4,500.00` the year's budget
    (a source line before); a 科研 form's `承担单位` is the unit."""
    p = _review("br_o1_zftz.txt")["projects"][0]
    assert (str(p["start_date"]), str(p["end_date"]), p["budget_year"]) == ("2024-03-01", "2025-12-31", 45000000)
    assert _review("br_o2_keyan.txt")["projects"][0]["unit"] == "甘肃省农业科学院马铃薯研究所"
    # a 乡镇 form's name cut by its cell, `| 亮化工程` alone on the next line (the end was lost silently)
    assert _review("br_o8_xiangzhen.txt")["projects"][0]["name"] == "黄陂镇2024年农村人居环境整治提升及村庄亮化工程"


def test_assessment_heads_reversed():
    """`考核内容 | 考核指标` with the sections merged in 考核内容 (left) and one item per row under 考核指标: the left column
    gives the sections, the right the items (all five items were read as two, three rows raising unparsed_row)."""
    t = _review("bs_m_reversed_heads.txt")
    items = t["assessment_items"]
    assert [(i["section"], i["content"], i["points"]) for i in items] == [
        ("经济发展", "地区生产总值增长", 10), ("经济发展", "固定资产投资", 10),
        ("经济发展", "招商引资到位资金", 10), ("社会事业", "安全生产", 10),
        ("社会事业", "环境保护", 10)]
    assert not [w for w in t["warnings"] if w["code"] == "unparsed_row"]


def test_packed_list_unit_and_offices():
    """A 汇总表 packing each project's indicators in its 绩效目标 cell, under `金额单位：万元` and with 主管部门 / 实施单位
    columns: the year's budget in yuan, the department and unit of each project (both were lost, the budget read as
    350.5 yuan)."""
    ps = _review("bs_l_packed_list_wanyuan.txt")["projects"]
    assert [(p["name"], p["budget_year"], p["department"], p["unit"]) for p in ps] == [
        ("城区道路维护", 3505000, "某市住房和城乡建设局", "某市市政工程管理处"),
        ("公园绿地养护", 1200000, "某市住房和城乡建设局", "某市园林绿化中心")]


def test_packed_list_unit_in_head(tmp_path):
    """The same list with the unit in the money column's head (`年度预算安排（万元）`) and no unit line."""
    text = (REVIEW / "bs_l_packed_list_wanyuan.txt").read_text(encoding="utf-8")
    text = text.replace("金额单位：万元\n", "").replace("\t年度预算安排\t", "\t年度预算安排（万元）\t")
    (tmp_path / "list.txt").write_text(text, encoding="utf-8")
    ps = process_file(tmp_path / "list.txt").tables["projects"]
    assert [p["budget_year"] for p in ps] == [3505000, 1200000]


def test_fragment_starting_inside_its_money_block():
    """A second form whose first page was lost, its dump starting inside the money block (`| 其中：财政拨款 | 45`,
    `| 其他资金 | 0`, then 年度绩效目标): those rows are the fragment's money, not indicators of the form above."""
    t = _review("bs_l_fragment_in_money.txt")
    first, frag = t["projects"]
    assert [i["level3"] for i in t["indicators"] if i["project_id"] == first["project_id"]] == [
        "清扫面积", "清扫保洁达标率", "市容环境改善", "群众满意度"]
    assert frag["name"] is None and (frag["budget_fiscal"], frag["budget_other"]) == (45, 0)
    assert frag["goal_annual"] == "完成全县农村饮水安全工程维修养护。"
    assert "header_missing" in {w["code"] for w in t["warnings"]}


def test_hunt_p_money_labels_units_periods():
    """Hunt P: `项目资金 | 合计 | 其中：财政资金 | 其他资金` over a row of amounts gives the total (lost); `省级财政部门`
    (a transfer payment's finance bureau) is a known label (the form was partial); a vaccine's `约2.3亿毫升` is a
    quantity (升 is a volume's word, not 提升's); `2024年1-12月` gives the year's first and last days."""
    p = _review("bs_p05_sc_zfgm.txt")["projects"][0]
    assert (p["budget_total"], p["budget_fiscal"]) == (4864000, 4864000)
    r = process_file(REVIEW / "bs_p02_zxsq.txt")
    assert not [w for w in r.tables["warnings"] if "财政部门" in w["message"]]
    assert r.document["status"] == "ok"
    ind = next(i for i in _review("bs_p08_multi_gs.txt")["indicators"] if i["level3"] == "强制免疫疫苗采购量")
    assert (ind["op"], ind["value"], ind["unit"]) == ("~", 2.3, "亿毫升")
    p = _review("bs_p09a_month_range.txt")["projects"][0]
    assert (str(p["start_date"]), str(p["end_date"])) == ("2024-01-01", "2024-12-31")


def test_cut_values_put_back():
    """A value cut by a line break with no tab on the next line: under a `label | value` row, the value ending in
    `，` goes on (hunt P: `绩效目标 | …覆盖率保持100%，` / `农村生活污水治理率达到52%以上。`, its end lost silently);
    a 年度总体目标 row of 8 cut over two lines right above the wider indicator table's head (`绩效指标 | 一级指标 | …`
    of 9, the 财政部 2020 自评表) is put back (hunt R: the goal cut short, its 实际完成情况 lost)."""
    p = _review("bs_p04_gd_value_cut.txt")["projects"][0]
    assert p["goal_annual"].endswith("覆盖率保持100%，农村生活污水治理率达到52%以上。")
    t = _review("bs_r01_luyi_goal_cut.txt")
    p = t["projects"][0]
    assert p["goal_annual"] == "为全县农村义务教育阶段学生提供营养膳食补助，每生每天5元，改善学生营养状况，提高学生健康水平。"
    assert p["goal_actual"] == "全年共为68,214名学生提供营养膳食补助，学生营养状况得到改善。"
    assert not [w for w in t["warnings"] if w["code"] == "unparsed_row"]


def test_hunt_r_self_evaluation_rows():
    """Hunt R: level-1 rows of points in a self-evaluation's indicator table (`产出指标 | | | | | 50 | 48`, also with
    `小计` in the level-2 cell) are the level's points, no nameless indicators (weights counted twice); a rate
    written `９５．７５％` is read; `总分 | … | 100 | 99 | 自评等级 | 优` gives the score and the grade (an indicator named
    总分 was read)."""
    t = _review("bs_r_q1_level1_subtotals.txt")
    assert all(i["level3"] for i in t["indicators"])
    assert {(i["level1"], i["level1_weight"]) for i in t["indicators"]} == {
        ("产出指标", 50), ("效益指标", 30), ("满意度指标", 10)}
    assert t["projects"][0]["execution_rate"] == 0.9575
    assert "weights_not_100" not in {w["code"] for w in t["warnings"]}
    t = _review("bs_r_p11d_subtotal_named.txt")
    assert [i["level3"] for i in t["indicators"]] == ["保障在编人员数", "资金支付及时率", "辖区群众满意度"]
    assert [i["level1_weight"] for i in t["indicators"]] == [50, 50, 50]
    t = _review("bs_r_q2_total_grade_label.txt")
    assert (t["projects"][0]["score"], t["projects"][0]["grade"]) == (98.56, "优")
    assert "总分" not in [i["level3"] for i in t["indicators"]]


def test_hunt_q_word_html_symbol_ticks_and_ticked_grade():
    """Hunt Q: Word's "Save as HTML" writes its ticks in a symbol font (`<span style='font-family:"Wingdings 2"'>R</span>`
    a ticked box, `&pound;` an empty one): the ticked option is read (category was `R常年性项目 £一次性项目`); a
    总分 row ending in `自评等次：☑优 □良 □中 □差` gives the score and the grade (read as an indicator named 总分)."""
    t = _review("bs_q_r3_word_html_wingdings.html")
    p = t["projects"][0]
    assert (p["category"], p["score"], p["grade"]) == ("常年性项目", 99, "优")
    assert "总分" not in [i["level3"] for i in t["indicators"]]
    p = _review("bs_q_p4_total_row_ticked_grade.txt")["projects"][0]
    assert (p["score"], p["grade"]) == (99, "优")


def test_hunt_q_assessment_titles_remarks_period_totals():
    """Hunt Q: a 考核项目 title before an item's numbered content (`大气污染防治` + `3、PM2.5…`) drops the content's
    own number; a title repeating its section's name (`组织领导` under `组织领导（15分）`) is no prefix (the first of
    two items under it had one, the second none); `备注 | …` is the form's other_notes and `备注 | 无` nothing (both
    made the form partial); `| 1500 | 500` under `项目资金（万元） | 实施期资金总额 | 年度资金总额` gives the totals (lost)."""
    items = _review("bs_q07_assessment_titles.xlsx")["assessment_items"]
    assert [i["content"][:8] for i in items] == ["成立生态环境保护", "每季度召开生态环", "大气污染防治：P", "水污染防治：国省",
                                                 "土壤污染防治：受", "发生较大及以上突", "中央、省生态环境", "获得国家级生态文"]
    r = process_file(REVIEW / "bs_q_p2_remark.txt")
    assert r.tables["projects"][0]["other_notes"] == "项目资金已纳入2022年部门预算"
    r = process_file(REVIEW / "bs_q_p2_remark_none.txt")
    assert r.document["status"] == "ok" and r.tables["projects"][0]["other_notes"] is None
    p = _review("bs_q_p3_period_totals.txt")["projects"][0]
    assert (p["budget_total"], p["budget_year"]) == (15000000, 5000000)


def test_hunt_r_summary_score_tables():
    """Hunt R: `评价指标 | 分值 | 得分 | 得分率` over `决策 | 15 | 13.5 | 90%` …: four level-1 rows (决策 is a level 1 of
    the 2020 评价 framework, input), the rates no levels, 合计 the score (the rates were read as names, 合计 as a row,
    weights 200); `满意度指标 | | | 50 | 50` in the level-1 column over its indicator is a subtotal as `产出指标` is."""
    t = _review("bs_r_p05a_summary_rates.txt")
    assert [(s["level1"], s["weight"], s["score"], s["is_subtotal"]) for s in t["scores"]] == [
        ("决策", 15, 13.5, False), ("过程", 20, 17.6, False), ("产出", 40, 36.2, False), ("效益", 25, 21.3, False)]
    assert t["projects"][0]["score"] == 88.6
    assert "weights_not_100" not in {w["code"] for w in t["warnings"]}
    t = _review("bs_r_p11e_satisfaction_subtotal.txt")
    assert [s["is_subtotal"] for s in t["scores"]] == [True, False, False, True, False]
    assert "weights_not_100" not in {w["code"] for w in t["warnings"]}


def test_hunt_s_department_duty_activity_indicator():
    """Hunt S: a 部门整体 form's `部门职责 | 工作活动 | 绩效指标 | 指标值`: 绩效指标 heads the names (the form was lost
    silently, 0 projects), the duty and the activity, merged down, are each indicator's note; `序号 | 绩效指标 | 指标值`
    too; with `一级指标 | 二级指标 | 三级指标` beside them the levels are read and the duty kept (it was dropped)."""
    ind = _review("bs_s_p09h_duty_activity_indicator.txt")["indicators"]
    assert [(i["level3"], i["target_raw"], i["note"]) for i in ind] == [
        ("粮食播种面积", "≥38.5万亩", "部门职责：保障粮食供给；工作活动：粮食生产"),
        ("粮食总产量", "≥14.2万吨", "部门职责：保障粮食供给；工作活动：粮食生产"),
        ("补贴发放面积", "27.6万亩", "部门职责：保障粮食供给；工作活动：耕地地力保护补贴发放")]
    assert [i["level3"] for i in _review("bs_s_p09i_seq_indicator_value.txt")["indicators"]] == [
        "粮食播种面积", "粮食总产量", "补贴发放面积"]
    t = _review("bs_s_p09k_duty_activity_levels.txt")
    assert [(i["level2"], i["note"].split("；")[0]) for i in t["indicators"]][:3] == [
        ("数量指标", "部门职责：保障粮食供给"), ("数量指标", "部门职责：保障粮食供给"), ("数量指标", "部门职责：推进农业基础设施建设")]
    assert "unplaced_cell" not in {w["code"] for w in t["warnings"]}


def test_hunt_t_self_score_total_and_inline_actual():
    """Hunt T: `自评得分 | … | 100 | 96.7 | 自评等级：优` closing the indicator table gives the score and the grade (an
    indicator named 自评得分 was read); `年度目标完成情况 | 年度目标：… | 实际完成：…` gives the goal and what was done (lost)."""
    t = _review("bs_t7_total_self_score_grade.txt")
    p = t["projects"][0]
    assert (p["score"], p["grade"]) == (96.7, "优")
    assert p["goal_actual"] == "完成养护1872公里，优良中等路率83.6%，水毁路段均在48小时内抢通。"
    assert "自评得分" not in [i["level3"] for i in t["indicators"]] and len(t["indicators"]) == 7


def test_hunt_v_blank_template_with_slots():
    """Hunt V: a blank 项目支出绩效目标申报表 whose goal cells hold only the template's `目标1：目标2：目标3：` and whose
    indicator rows only `指标1：` slots is a blank form (a project was made, its goals the slots), also attached to a
    notice as a DOCX."""
    for name in ("bs_v19_blank_slots.txt", "bs_v19_notice_blank_template.docx"):
        r = process_file(REVIEW / name)
        assert r.tables["projects"] == [] and r.document["status"] == "ok", name
        assert "blank_form" in {w["code"] for w in r.tables["warnings"]}, name


def test_hunt_v_no_forms():
    """Hunt V: documents that are no forms give no project: a 文明单位测评细则 and a 评标 score sheet (`测评项目 | 分值 |
    … | 得分`, `评分因素 | 分值 | … | 得分`: a self-evaluation with its 评分表 was made); a 工作人员 绩效考核评分表 (德 / 能
    / 勤 / 绩 / 廉 read as assessment items). (Its 自评结果汇总表 under `填报单位：…`, `bs_v26_summary_list_unit_line.txt`,
    once no project, is since hunt GS of 2026-12-03 one self-evaluation a row: tests/test_hunt_s36_gs.py.)"""
    for name in ("bs_v24_civility_score_sheet.txt",
                 "bs_v24b_tender_score_sheet.txt", "bs_v27_personnel_appraisal.docx"):
        r = process_file(REVIEW / name)
        t = r.tables
        assert not t["projects"] and not t["assessment_items"] and not t["scores"], name
        assert r.document["status"] == "ok", name
    r = process_file(REVIEW / "bs_v26_summary_list_unit_line.txt")
    assert [p["unit"] for p in r.tables["projects"]] == [None] * 5     # (not the list's 填报单位: a project of its own)


def test_hunt_s_investment_midterm_forms():
    """Hunt S: a 政府投资基本建设项目 form's `概算总投资` (the total), `建设期总体目标`, `建设内容及规模` (the overview),
    `建设性质` (its category) and `建设地点` are read (all lost, the form partial); a 中期 money matrix headed
    `中期合计 | 2025年 | …` gives its total (lost silently); a row of year heads over a money row raises nothing; targets
    under bare year heads (`2025年 | 2026年 | 2027年`) are one record per year (no target); under a merged 指标值 the
    first year's column is not named, left as it was."""
    r = process_file(REVIEW / "bs_s06_jijian_labels.txt")
    p = r.tables["projects"][0]
    assert p["budget_total"] == 486500000 and p["category"] == "改扩建"
    assert p["goal_total"].startswith("到2026年底") and p["overview"].startswith("新建雨水管网18.6公里")
    assert r.document["status"] == "ok"
    p = _review("bs_s_p08h_midterm_total_head.txt")["projects"][0]
    assert (p["budget_total"], p["budget_year"]) == (54000000, 17000000)
    r = process_file(REVIEW / "bs_s_p08a_year_heads_row.txt")
    assert r.document["status"] == "ok" and r.tables["projects"][0]["budget_year"] == 17000000
    for name in ("bs_s_v04_bare_year_targets.txt",):
        ind = _review(name)["indicators"]
        assert [(i["target_raw"], i["horizon"], i["target_year"]) for i in ind[:3]] == [
            ("≥5800人", "annual", 2025), ("≥6200人", "long_term", 2026), ("≥6600人", "long_term", 2027)], name


def test_hunt_x_box_drawn_tables():
    """Hunt X: a form whose tables are drawn with box characters (`┌─┬─┐ │ ├┼┤`, a cell's text wrapped inside its box)
    reads as its tab twin does (`│` was read as the department, the goal, every level: 16 indicators for 8, 127
    warnings); an ASCII grid (`+----+` rules, rows over several lines) too (each rule line was an indicator)."""
    box = _review("bs_x03_box_unicode_dept.txt")
    assert box["projects"][0]["department"] == "宁川市生态环境局"
    assert len(box["indicators"]) == 8 and "│" not in str(box["indicators"])
    assert [b["name"] for b in box["budget_items"]] == ["大气污染防治", "水污染防治", "生态环境监测", "机关运行保障"]
    assert box["budget_items"][0]["note"].startswith("主要内容：开展重点行业挥发性有机物治理，实施秋冬季大气污染综合治理攻坚行动。")
    t = _review("bs_x_p10c_ascii_grid.txt")
    assert t["projects"][0]["name"] == "城市公共自行车系统运营维护"
    assert [(i["level3"], i["target_raw"]) for i in t["indicators"]] == [("运营站点数量", "≥280个"), ("市民满意度", "≥90%")]
    assert "text_box_table" in {w["code"] for w in t["warnings"]}


def test_review3_probes_read_as_before():
    """Review 3's probes where this session's first versions of its rules read worse: each reads as before them."""
    t = _review("bs_rv3_12e_dept_assessment_personnel_word.txt")     # a task breakdown about 职工 医保: its items
    assert [i["content"] for i in t["assessment_items"]][0] == "城乡居民医保参保率达到95%以上"
    t = _review("bs_rv3_12c_score_sheet_no_perf_word_l2_only.txt")   # 部门整体支出考核评分表: a self-evaluation
    assert t["projects"][0]["score"] == 92 and len(t["scores"]) == 6
    t = _review("bs_rv3_06b_l1_points_nothing_under.txt")            # the last level's points, nothing under them
    assert (t["indicators"][-1]["level1"], t["indicators"][-1]["weight"]) == ("满意度指标", 10)
    ps = _review("bs_rv3_05h_goes_on_then_title_next_form.txt")["projects"]
    assert ps[0]["other_notes"] == "资金来源包括县级财政资金、" and ps[1]["year"] == 2023
    ps = _review("bs_rv3_05i_goes_on_then_date.txt")["projects"]
    assert ps[0]["goal_annual"] == "维护道路50万平方米，道路完好率达到95%，"
    t = _review("bs_rv3_05l_cut_row_two_real_rows.txt")              # `其他说明 | 无` not glued to the row below
    assert "资金拨付进度" in " ".join(w["message"] for w in t["warnings"])
    t = _review("bs_rv3_13a_mso_bidi_wingdings_text.html")           # mso-bidi-font-family is no font
    assert t["projects"][0]["name"] == "PPP项目前期工作经费" and t["indicators"][0]["level3"] == "PPP项目入库数（RTP）"
    ps = _review("bs_rv3_03c_selfeval_money_after_table.txt")["projects"]   # a form's totals after its table stay
    assert ps[0]["budget_year"] is not None and ps[1]["budget_year"] is None
    assert _review("bs_rv3_02b_list_item_head_unit_col.txt")["projects"] == []   # 实施单位 names no project
    assert _review("bs_rv3_10c_budget_detail_table_jianshe.txt")["projects"][0]["overview"] is None
    items = _review("bs_rv3_01e_title_contains_section.txt")["assessment_items"]
    assert [i["content"] for i in items][1:4:2] == ["2.5万元以上事故隐患整改率100%。", "应急演练：1、每年开展应急演练2次；2、形成演练评估报告。"]


def test_hunt_w_flat_export_of_one_project():
    """Hunt W: a budget system's flat export holding one project (its 项目名称 and money repeated on each indicator
    row, nowhere above) is that project (it was nameless, header_missing, its cells read as notes of every
    indicator, its money lost)."""
    p = _review("bs_w_pA_flat_one_project.xlsx")["projects"]
    assert [(x["name"], x["budget_year"], x["header_missing"]) for x in p] == [("教师培训经费", 805000, False)]
    t = _review("bs_w_pA3_flat_one_self_eval.txt")
    assert [x["name"] for x in t["projects"]] == ["农村饮水安全巩固提升工程"]
    assert not any((i["note"] or "").startswith("项目名称") for i in t["indicators"])


def test_hunt_w_weight_in_percent_beside_an_empty_unit():
    """Hunt W: `≥ | 12 | (empty 度量单位) | 30%` under `… | 指标值 | 度量单位 | 权重`: 30% is the weight, no unit
    (target `≥1230%`, unit `30%`, the weight lost; a 定性 row's weight lost silently)."""
    ind = _review("bs_w_pD_weight_percent.xlsx")["indicators"]
    assert [(i["target_raw"], i["unit"], i["weight"]) for i in ind[:2]] == [("≥12", None, 30), ("明显提升", None, 30)]


def test_budget_tables_headed_jianshe_neirong_and_touzi():
    """Hunt X / review 3: `项目明细 | 建设内容 | 金额（万元） | 备注` and `序号 | 建设内容 | 建设规模 | 投资（万元）` are budget
    tables, 建设内容 naming the lines, 投资 their amounts (names null, or the rows read as money sources)."""
    b = _review("bs_x_p11_budget_jianshe_neirong.txt")["budget_items"]
    assert [(x["name"], x["amount"]) for x in b] == [("社区多功能运动场", 5200000), ("健身步道", 3400000)]
    b = _review("bs_rv3_10c_budget_detail_table_jianshe.txt")["budget_items"]
    assert [(x["name"], x["amount"], x["note"]) for x in b] == [("路面改造", 8000000, "建设规模：35公里"),
                                                               ("桥梁加固", 4000000, "建设规模：4座")]


def test_money_label_printed_below_its_first_row():
    """Hunt X: `| 项目总预算 | 860.00` over `项目资金（万元） | 其中：财政资金 | 800.00` (the block's label, merged over its
    rows, printed on the middle one): the total is in 万元 too (860 元 beside 8,000,000 元, a false
    fiscal_other_mismatch)."""
    t = _review("bs_x_p05b_money_label_mid.txt")
    p = t["projects"][0]
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (8600000, 8000000, 600000)
    assert "fiscal_other_mismatch" not in {w["code"] for w in t["warnings"]}


def test_hunt_w_department_tasks_with_money_by_source():
    """Hunt W: a 部门整体 form's task table with its amounts split `总额 | 财政拨款 | 其他资金` (under `预算申请（万元）` on
    the row above, or `总额（万元）` on one row) gives a line per task and the 金额合计's money (no line was read; the
    first task's amounts became the department's, in 元)."""
    for name in ("bs_w_p04a_dept_tasks_two_row_head.xlsx", "bs_w_p04b_dept_tasks_one_row_head.txt"):
        r = process_file(REVIEW / name)
        t = r.tables
        assert [b["name"] for b in t["budget_items"]][:2] == ["机关运行保障", "民政管理事务"], name
        assert t["budget_items"][0]["amount"] == 12000000 and r.document["status"] == "ok", name
    p = _review("bs_w_p04a_dept_tasks_two_row_head.xlsx")["projects"][0]
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (25006000, 23506000, 1500000)


def test_review4_probes():
    """Review 4's probes of the later rules: a field row `项目名称 | X | 总额 | 120` (or `年度计划投资 | 300`) is no budget
    table's head (the name and the money were lost); the money just above a centred `项目资金（万元）` label takes its
    unit only when it is that block's (not 上年预算数, not two rows up); a summary column's placeholder `无` names no
    project (the form's title naming its fund does), nor does a sub-project column under a text line naming the project."""
    p = _review("bs_rv4_31_name_row_total_label.txt")["projects"][0]
    assert (p["name"], p["budget_total"]) == ("城乡环境综合治理经费", 120)
    p = _review("bs_rv4_39_name_row_plan_investment_year.txt")["projects"][0]
    assert (p["name"], p["budget_year"]) == ("某县农村公路提升工程", 300)
    p = _review("bs_rv4_4c_vertical_basic_block_prior_money.txt")["projects"][0]
    assert (p["prior_budget"], p["prior_spent"]) == (1000000, 980000)
    p = _review("bs_rv4_49_centered_prev_block_overreach.txt")["projects"][0]
    assert (p["budget_total"], p["prior_budget"]) == (8600000, 1000000)
    # (the `无` names no project; the form's own title names its fund, `2024年度城乡环境综合治理经费绩效目标表`: the
    # fund's name without the year, as a project's title gives one — it was null, hunt ti6)
    assert _review("bs_rv4_15b_placeholder_name_col_title_only.txt")["projects"][0]["name"] == "城乡环境综合治理经费"
    # (the sub-project column's `垃圾清运` names no project; the line `项目名称  城乡环境综合治理经费        主管部门  某县…`
    # right over the tabbed rows does: a label and its value after a run of spaces, read as a row since hunt ex9 —
    # name and department were null)
    p = _review("bs_rv4_1l_name_textline_spaces_subproject_col.txt")["projects"][0]
    assert (p["name"], p["department"]) == ("城乡环境综合治理经费", "某县住房和城乡建设局")


def test_a_tab_dump_with_box_bars_in_cells_stays_a_tab_dump():
    """Review 4: a tab dump some of whose cells hold `│` is no box-drawn table (its indicator table was lost)."""
    t = process_file(REVIEW / "bs_rv4_56_tabdump_cells_with_boxbar.txt").tables
    assert len(t["indicators"]) == 3 and "text_box_table" not in {w["code"] for w in t["warnings"]}


def test_aligned_text_joins_the_lines_a_cell_wrapped_onto():
    """A form laid out with spaces (`pdftotext -layout`, tests/fixtures/review/ct_x01_*): a name, a goal of six lines
    and a target cut by their columns are put back together (the name's last character, five lines of the goal and
    the target's end were lost or read as rows of their own)."""
    t = _review("ct_x01_aligned_wrapped_values.txt")
    p = t["projects"][0]
    assert p["name"] == "城乡居民基本医疗保险市级补助资金"
    assert p["goal_annual"] == ("目标1：按时足额拨付城乡居民基本医疗保险市级财政补助资金，保障参保群众基本医疗需求。目标2："
                                "城乡居民医保参保率稳定在95%以上，政策范围内住院费用基金支付比例保持在70%左右。")
    assert (p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (12_568_000, 12_000_000, 568_000)
    ind = t["indicators"]
    assert len(ind) == 9 and ind[7]["level3"] == "医保基金运行可持续性" and ind[7]["target_raw"] == "收支平衡、略有结余"
    assert ind[8]["level3"] == "参保群众满意度" and ind[8]["value"] == 90


def test_aligned_text_joins_wrapped_indicator_names():
    """Indicator names cut by a narrow 三级指标 column (ct_x_p07d: two names of two lines each; ct_x_p07: a name and a
    deviation's reason both going on): one indicator each (the second line was a phantom indicator without target)."""
    ind = _review("ct_x_p07d_aligned_wrapped_names.txt")["indicators"]
    assert [(i["level2"], i["level3"], i["target_raw"]) for i in ind] == [
        ("数量指标", "完成重点行业VOCs治理项目数", "≥25个"), ("数量指标", "排查整治入河排污口数量", "≥120个"),
        ("满意度指标", "公众满意度", "≥85%")]
    ind = _review("ct_x_p07_aligned_wrapped_name_and_reason.txt")["indicators"]
    assert [(i["level3"], i["score"], i["deviation"]) for i in ind] == [
        ("新建改造供水管网长度", 9.5, "部分路段征地协调滞后，已协调于次年一季度完工"), ("巩固提升受益人口", 10.0, None),
        ("受益群众满意度", 10.0, None)]


def test_aligned_text_reads_values_centred_around_their_label():
    """A PDF prints a label of one line beside a value of two centred by height: the value's lines above and below
    the label (ct_x_p06: `年度绩效目标` on a line of its own; ct_x_p12: `实施单位` and `项目期限` ending their rows, two
    such values one after the other sharing the lines between)."""
    p = _review("ct_x_p06_aligned_centred_label.txt")["projects"][0]
    assert p["department"] == "临川区文化广电体育局"
    assert p["goal_annual"] == "新建社区多功能运动场8个、健身步道12公里，配置健身路径器材50套，人均体育场地面积达到2.6平方米。"
    p = _review("ct_x_p12_aligned_centred_fields.txt")["projects"][0]
    assert (p["unit"], str(p["start_date"]), str(p["end_date"])) == ("临川区体育事业发展中心", "2025-01-01", "2025-12-31")


def test_aligned_text_joins_wrapped_assessment_cells():
    """A 考核任务分解表 laid out with spaces (ct_x_p09): the content and the requirement going on under their row are
    joined to it (the second line was read as an item of its own)."""
    a = _review("ct_x_p09_aligned_assessment_wrap.txt")["assessment_items"]
    assert [(x["content"], x["points"], x["requirement"]) for x in a] == [
        ("落实党政领导干部安全生产责任制。", 8.0, "年内召开党委会专题研究安全生产工作不少于4次。"),
        ("健全安全生产委员会工作机制。", 4.0, "调整充实安委会成员。")]


def test_single_space_rows_at_the_margin_are_no_wrapped_pieces():
    """A web page's text of single spaces (ct_rv_spaced_bullets_and_sources): `区级资金 130 300` then `市级资金` …
    at the left margin are rows of their own, and bulleted lines are no pieces of the line above."""
    t = _review("ct_rv_spaced_bullets_and_sources.txt")
    # (s51 mn10: the 支出明细预算 block's lines read too, its `合 计` row no longer two labels — they were lost)
    assert [b["name"] for b in t["budget_items"]] == ["区级资金", "办公及加班用餐费", "打字复印及资料印刷费", "编制咨询费", "其他"]
    assert not [w for w in t["warnings"] if "市级资金" in w["message"] or "发布机构" in w["message"] and "索" in w["message"]]


def test_aligned_text_joins_assessment_cells_of_several_lines():
    """A 考核任务分解表 laid out with spaces (ct_x05): contents and requirements of up to four lines joined to their
    items, `…主要负责人履行…` inside a cell no signature line (8 items with cut texts, section names read from the
    wrapped lines, status partial)."""
    t = _review("ct_x05_aligned_assessment_wraps.txt")
    a = t["assessment_items"]
    assert len(a) == 7 and a[0]["content"] == "落实党政领导干部安全生产责任制，党政主要负责人履行安全生产第一责任人职责。"
    assert a[0]["requirement"] == ("年内召开党委会、政府常务会议专题研究安全生产工作不少于4次，主要负责人带队督查检查不少于4次，"
                                   "有会议纪要和检查记录。")
    assert [(x["section"], x["item_no"]) for x in a][:4] == [("组织领导", 1), ("组织领导", 2), ("隐患排查治理", 3),
                                                             ("隐患排查治理", 4)]
    assert process_file(REVIEW / "ct_x05_aligned_assessment_wraps.txt").document["status"] == "ok"


def test_aligned_text_of_a_form_centred_by_height():
    """A 申报表 whose PDF centred every cell by height (ct_x10): values around their labels, a money block whose
    label sits on its middle row (its first row put in the label's column and 万元 applied to it), budget lines
    under 建设内容 (budget_total read as 860 元 and the unit and period lost)."""
    t = _review("ct_x10_aligned_centred_form.txt")
    p = t["projects"][0]
    assert (p["unit"], p["period_raw"]) == ("临川区体育事业发展中心", "2025年1月-2025年12月")
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (8_600_000, 8_000_000, 600_000)
    assert [(b["name"], b["amount"]) for b in t["budget_items"]] == [
        ("社区多功能运动场", 5_200_000), ("健身步道", 2_400_000), ("全民健身路径器材", 1_000_000)]
    assert p["goal_annual"].endswith("人均体育场地面积达到2.6平方米。")
    assert not [w for w in t["warnings"] if w["code"] in ("budget_sum_mismatch", "fiscal_other_mismatch")]


def test_a_cells_rest_written_at_full_width_joins_it():
    """A tab dump writing each printed line of a row at the table's full width (ct_y01): `≥90%（2023年12月` over
    `| | | 底前）` is one target (the indicator lost its value and a nameless one got `底前）`); a share per year
    (`≤2%/年`) keeps its number."""
    ind = _review("ct_y01_full_width_target_rest.txt")["indicators"]
    assert [(i["level3"], i["target_raw"], i["op"], i["value"], i["unit"]) for i in ind] == [
        ("道路维护里程", "≥20公里", ">=", 20.0, "公里"), ("资金支出进度", "≥90%（2023年12月底前）", ">=", 90.0, "%"),
        ("管理费率", "≤2%/年", "<=", 2.0, "%/年"), ("群众满意度", "≥90%", ">=", 90.0, "%")]
    assert ind[1]["qualifier"] == "2023年12月底前"


def test_a_budget_unit_beside_the_projects_unit_is_its_department():
    """`预算单位 | 县交通运输局 | 项目单位 | 县公路事务中心` (ct_y03, a 国有资本经营预算 form): the unit holding the budget is the
    department (it was lost, the 项目单位 taking `unit`)."""
    p = _review("ct_y03_budget_unit_and_project_unit.txt")["projects"][0]
    assert (p["department"], p["unit"]) == ("县交通运输局", "县公路事务中心")
    assert (p["budget_year"], p["budget_fiscal"]) == (1_000_000, 600_000)


def test_a_units_stamp_note_is_no_part_of_its_name():
    """`填报单位：县交通运输局（盖章）` (ct_y02): the unit is 县交通运输局."""
    assert _review("ct_y02_unit_with_stamp_note.txt")["projects"][0]["unit"] == "县交通运输局"


def test_a_midterm_money_block_labelled_with_its_total():
    """`中期资金总额 | 资金来源 | 合计 | 2024年 | 2025年 | 2026年` over the total, fiscal and other rows (ct_y07): the three
    years' total is budget_total, the form year's column the year's money (the totals were read as the fiscal and
    other money, budget_year null, silently); `中期总体目标` is the total goal."""
    p = _review("ct_y07_midterm_money_by_year.txt")["projects"][0]
    assert (p["budget_total"], p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (
        156_000_000, 52_000_000, 46_000_000, 6_000_000)
    t = _review("ct_y07_midterm_form.txt")
    p = t["projects"][0]
    assert p["goal_total"] == "到2026年底完成全市126所中小学校舍抗震加固和消防改造，C、D级危房动态清零，校舍安全达标率达到100%。"
    assert (p["budget_year"], p["budget_fiscal"]) == (52_000_000, 46_000_000)
    assert not [w for w in t["warnings"] if w["code"] == "unparsed_row"]


def test_reasons_ticked_in_one_cell_and_a_forecast_note():
    """A 监控表's 偏差原因分析 cell of boxes (ct_y10): the ticked reason's name, null when none is ticked (the whole
    string of options was kept); its 全年预计完成值 column is noted under its head (`15所` alone said nothing)."""
    ind = _review("ct_y10_monitor_reason_boxes.txt")["indicators"]
    assert [(i["deviation"], i["note"]) for i in ind] == [
        ("硬件条件保障", "全年预计完成值：15所"), (None, "全年预计完成值：320人次"), (None, "全年预计完成值：≥90%")]


def test_a_duty_and_task_money_table_gives_task_lines():
    """A 部门整体 自评表's `部门职责 | 工作任务 | 任务内容 | 预算数 | 执行数` (ct_y06): each task a composition line named by
    the task, its duty (merged down) the group, its content and 执行数 noted (they were lines of kind `source`, funding
    sources, named by the content, the duty and task lost)."""
    b = _review("ct_y06_duty_task_money.txt")["budget_items"]
    assert [(x["kind"], x["group"], x["name"], x["amount"]) for x in b] == [
        ("composition", "负责粮食生产和耕地质量保护", "耕地质量提升", 8_600_000),
        ("composition", "负责粮食生产和耕地质量保护", "粮食生产扶持", 12_600_000),
        ("composition", "负责农业农村行政运行", "机关运行保障", 11_500_000)]
    assert b[0]["note"] == "任务内容：实施高标准农田建设2.5万亩；执行数：842.5万元"


def test_a_monitoring_forms_money_forecast_and_reasons_are_noted():
    """A 监控表's money row `年度资金总额 | 700 | 238 | 34% | 700 | 设备采购招标延后 | 加快招标进度` under `… | 全年预计执行数 |
    偏差原因 | 纠偏措施` (ct_y10): the forecast and the reasons are the project's other notes (lost silently)."""
    p = _review("ct_y10_monitor_reason_boxes.txt")["projects"][0]
    assert p["other_notes"] == "全年预计执行数：700万元；偏差原因：设备采购招标延后；纠偏措施：加快招标进度"
    assert (p["budget_initial"], p["spent"], p["execution_rate"]) == (7_000_000, 2_380_000, 0.34)


def test_a_government_investment_funds_money():
    """A 政府投资基金绩效目标表 (ct_y02, a workbook): 基金总规模 the total, 财政出资 / 社会资本出资 the fiscal and other money,
    本年度财政出资 the year's, 基金存续期 the period (the whole money block and the period were lost, warned)."""
    p = _review("ct_y02_fund_form.xlsx")["projects"][0]
    assert (p["budget_total"], p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (
        1_000_000_000, 50_000_000, 200_000_000, 800_000_000)
    assert (p["period_raw"], str(p["start_date"])) == ("2020年1月-2029年12月", "2020-01-01")


def test_a_seals_circle_drawn_over_a_table_is_no_rule():
    """A red circle (a seal's outline, Bézier curves) drawn over a Word table printed to PDF (ct_z05): its curves are
    no ruling lines (their flat and upright legs split `其中：财政拨款` into two cells: budget_fiscal lost, a budget line
    `：财政拨款` invented)."""
    t = _review("ct_z05_red_circle_over_table.pdf")
    assert t["projects"][0]["budget_fiscal"] == 2_800_000 and not t["budget_items"]


def test_a_department_code_after_its_name():
    """`主管部门及代码 | 某市市场监督管理局[118001]` (ct_z07): the code goes to department_code (it stayed in the name)."""
    p = _review("ct_z07_department_code_after_name.txt")["projects"][0]
    assert (p["department"], p["department_code"]) == ("某市市场监督管理局", "118001")


def test_a_pdf_table_ruled_in_one_direction_only_is_read():
    """A Word table printed with its outer frame and the rules of one direction only (ct_z01: vertical rules, every
    label in one cell and every value in the next; ct_z02: horizontal rules, each row's cells run together): read from
    the text's own rows and columns (no project was read at all, status ok). The word-position reading is best
    effort: its level names centred between rows are not all carried (README, the PDF line of the formats table)."""
    for name in ("ct_z01_frame_and_vertical_rules.pdf", "ct_z02_frame_and_horizontal_rules.pdf"):
        t = _review(name)
        p = t["projects"][0]
        assert (p["name"], p["department"], p["unit"]) == ("城市书房建设项目", "某区文化和旅游局", "某区图书馆"), name
        targets = {i["target_raw"] for i in t["indicators"]}
        assert {"5个", "≥2.5万册", "100%", "≥20,000人次", "≥90%"} <= targets, name
    p = _review("ct_z01_frame_and_vertical_rules.pdf")["projects"][0]
    assert (p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (3_000_000, 2_800_000, 200_000)


def test_aligned_self_evaluation_money_matrix():
    """A 自评表 laid out with spaces whose money matrix head (`年初预算数 | 全年预算数 …`, no label before it) stands over
    the figures' columns and whose block label `项目资金（万元）` is printed on the middle row (ct_x02): the head gets
    the empty cells before its first column, the rows above the label their block's 万元 (the year's budget was read
    from the 年初预算数 column, the figures unscaled)."""
    t = _review("ct_x02_aligned_self_eval_matrix.txt")
    p = t["projects"][0]
    assert (p["budget_initial"], p["budget_year"], p["budget_fiscal"], p["spent"], p["execution_rate"]) == (
        8_000_000, 8_500_000, 8_000_000, 8_160_000, 0.96)
    assert p["score"] == 98.1 and len(t["indicators"]) == 9
    assert not [w for w in t["warnings"] if w["code"] in ("execution_rate_mismatch", "unparsed_row")]


def test_a_cell_ending_on_a_joining_word_takes_its_rest():
    """A dump cuts `城乡居民基本医疗保险及` / `大病保险补助项目` (a name) and `…医疗保险和` / `大病保险参保人数` (an indicator's
    name) over two lines: written at full width with empty cells (ct_s29 padded) or alone with no tab (unpadded), the
    rest joins the cell ending on 及 / 和 (the name was cut and its rest lost or read as an indicator without target)."""
    for name in ("ct_s29_joining_word_padded.txt", "ct_s29_joining_word_unpadded.txt"):
        t = _review(name)
        assert t["projects"][0]["name"] == "城乡居民基本医疗保险及大病保险补助项目", name
        assert [i["level3"] for i in t["indicators"]][:2] == ["城乡居民基本医疗保险和大病保险参保人数", "住院费用政策范围内报销比例"]
        assert len(t["indicators"]) == 4 and t["indicators"][0]["target_raw"] == "≥30万人", name


def test_joining_end_leaves_words_that_end_so():
    from extract.grid import joining_end
    assert all(joining_end(t) for t in ("保险及", "设施以及", "资产及其", "城乡和", "治理与", "新建或"))
    assert not any(joining_end(t) for t in ("义务教育普及", "涉及", "饱和", "群众参与", "收入总和", "及时", "合格"))


def test_a_money_label_over_a_total_and_sources_with_figures_below():
    """`资金规模 | 合计 | 中央衔接资金 | 省级衔接资金 | 市县级衔接资金` over `| 85.00 | 60.00 | 15.00 | 10.00` (ct_s29_a1, GB18030):
    the total and three source lines (the money was lost: 合计 was taken for 资金规模's amount, and `| | 成本指标 |
    项目总投资 | 100万元以内` in the indicator table then read as a second 资金规模 and split the form: 7 indicators lost);
    建设内容 is the overview, its second line joined."""
    t = _review("ct_s29_a1_linkage_heads_over_figures.txt")
    assert len(t["projects"]) == 1 and len(t["indicators"]) == 11
    p = t["projects"][0]
    assert p["budget_total"] == 850_000 and p["phone"] == "0376-8521346"
    assert p["overview"].endswith("租赁给茶叶合作社经营。")
    assert [(b["name"], b["amount"], b["kind"]) for b in t["budget_items"]] == [
        ("中央衔接资金", 600_000, "source"), ("省级衔接资金", 150_000, "source"), ("市县级衔接资金", 100_000, "source")]
    cost = next(i for i in t["indicators"] if i["level3"] == "项目总投资")
    assert (cost["op"], cost["value"], cost["unit"]) == ("<=", 1_000_000, "元")
    assert not [w for w in t["warnings"] if w["code"] in ("not_a_form", "unparsed_row", "no_satisfaction_indicator")]


def test_a_procurement_target_forms_labels():
    """政府采购项目绩效目标表 (ct_s29_a2): 采购项目名称, 采购单位（盖章）, 采购预算, 采购需求概述 (name, unit and money were null)."""
    p = _review("ct_s29_a2_procurement_target.txt")["projects"][0]
    assert p["name"] == "游仙区人民医院医用数字化X射线摄影系统（DR）采购项目" and p["unit"] == "绵阳市游仙区人民医院"
    assert (p["budget_total"], p["budget_fiscal"]) == (1_380_000, 1_380_000)
    assert p["overview"].startswith("采购DR设备1台")


def test_bonus_items_keep_their_points_when_the_section_states_the_cap():
    """加分项（最高加5分） over `10 | 经验被推广 | 3 | 每次加1.5分` (ct_s29_a3): the points were lost. s40 ax: a figure a
    time is always the points (docs/SCHEMA.md), the 分值 beside it the most the item gives, its cap when tighter than
    the section's (1.5, cap 3; s29 to s40 read 3, cap 5: the 分值 as points, the per-time figure nowhere)."""
    items = _review("ct_s29_a3_bonus_points.txt")["assessment_items"]
    bonus = [(i["item_no"], i["points"], i["cap"]) for i in items if i["kind"] == "bonus"]
    assert bonus == [(10, 1.5, 3.0), (11, 1.0, 2.0)]
    # (s38: `扣分 | 每项扣2分，扣完为止`, no figure in the 分值 cell: the rule's figure a time is its points)
    assert [i["points"] for i in items if i["kind"] == "penalty"] == [2.0]
    assert sum(i["points"] for i in items if i["kind"] == "base") == 100


def test_a_cover_sheet_under_the_title_the_form_repeats_is_no_project():
    """A workbook's cover sheet `项目支出绩效目标申报表` / `（2024年度）` / `申报单位（盖章）：…` / `广东省财政厅制`, then the form's sheet
    titled `2024年度省级财政专项资金项目支出绩效目标申报表` (ct_s29_b1): one project (the cover gave a second, nameless, and
    the file was partial); `上年同名项目预算 | 11800` is prior_budget (it was a source line)."""
    r = process_file(REVIEW / "ct_s29_b1_cover_sheet_prior_budget.xlsx")
    assert r.document["status"] == "ok" and len(r.tables["projects"]) == 1
    p = r.tables["projects"][0]
    assert (p["name"], p["prior_budget"], p["prior_spent"]) == ("高标准农田建设省级补助资金", 118_000_000, 115_623_700)
    assert not [b for b in r.tables["budget_items"] if b["name"] == "上年同名项目预算"]


def test_a_special_bond_forms_year_amount():
    """`本年度申请债券额度 | 20000` (万元) of a 专项债券 form is the year's money (ct_s29_b6: a source line before); 债券类型 /
    债券期限 are known labels of no contract column (an unparsed_row and a partial file before)."""
    r = process_file(REVIEW / "ct_s29_b6_bond_year_amount.xlsx")
    assert [p["budget_year"] for p in r.tables["projects"]] == [200_000_000, 90_000_000]
    assert r.document["status"] == "ok"
    assert not [b for b in r.tables["budget_items"] if "债券额度" in b["name"]]


@pytest.mark.parametrize("name", ["ct_s29_n1_company_kpi.txt", "ct_s29_n2_satisfaction_survey.html",
                                  "ct_s29_n3_bureau_target_progress.xlsx"])
def test_a_table_of_targets_under_a_title_of_no_performance_form_is_no_project(name):
    """A company's KPI sheet (考核维度 | KPI指标名称 | 目标值 | 实际完成值), a hospital's survey with last quarter's results
    (指标 | 目标值 | 2024年第一季度 | 完成情况), a bureau's progress table (类别 | 指标名称 | 年度目标值 | 1-9月完成值): each gave a
    nameless project with its rows (hunt AD); under titles naming no performance form, no level among the rows."""
    r = process_file(REVIEW / name)
    assert r.document["n_projects"] == 0 and not r.tables["indicators"], name
    assert any(w["code"] == "not_a_form" for w in r.tables["warnings"]), name


def test_a_titleless_table_of_targets_is_still_read(tmp_path):
    """The same rows with no title at all may be a form's page whose title was lost: still read (the rule above
    needs a title naming no performance form)."""
    f = tmp_path / "page.txt"
    f.write_text("指标名称\t目标值\t实际完成值\n营业收入\t≥18600万元\t19352.6万元\n"
                 "安全生产事故\t0起\t0起\n", encoding="utf-8")
    r = process_file(f)
    assert [i["level3"] for i in r.tables["indicators"]] == ["营业收入", "安全生产事故"]


def test_pdf_tables_ruled_across_only_keep_row_order_and_split_run_together_cells():
    """PDF tables drawn with horizontal rules only (hunt AC; ct_z02 of the last session too): a merged level cell's
    text centred in its box no longer puts its row after the rows below it (they came first, without their level 2);
    `可持续影响指标 林长制责任体系` and `效益指标 社会效益指标` in one cell over two columns are split into their levels and
    name; `项目资金（万元） 其中：财政拨款` into the block label and the label (budget_fiscal was lost); the next form's
    title lines run into one cell across the table are its title (they were the first form's 9th indicator)."""
    t = _review("ct_s29_c1_hrules_dept_overall.pdf")
    got = [(i["level2"], i["level3"]) for i in t["indicators"]]
    assert got[:3] == [("数量指标", "完成人工造林面积"), ("数量指标", "完成森林抚育面积"), ("数量指标", "退化草原修复面积")]
    assert ("可持续影响指标", "林长制责任体系") in got
    t = _review("ct_s29_c2_hrules_two_projects.pdf")
    ps = t["projects"]
    assert [p["title"] for p in ps] == ["西藏自治区区级项目支出绩效目标申报表"] * 2
    assert [p["budget_fiscal"] for p in ps] == [45_600_000, 12_805_000]
    n = collections.Counter(i["project_id"] for i in t["indicators"])
    assert [n[p["project_id"]] for p in ps] == [8, 6]
    assert [i["level3"] for i in t["indicators"]][:2] == ["覆盖学校数", "供暖受益学生人数"]
    t = _review("ct_z02_frame_and_horizontal_rules.pdf")
    assert [(i["level1"], i["level2"]) for i in t["indicators"]][3:5] == [("产出指标", "时效指标"), ("效益指标", "社会效益指标")]


def test_pdf_rules_only_cells_wide_apart_over_a_column_gap_stay_two():
    """A table ruled across only: a wrapped text's long line reaching over the gap before a column of figures ran the
    figures into the text (`…专业扑火队伍8,650.00建设…`, the task lines without amounts); a wrapped level 2 reaching
    over the gap before the names ran into its level 1 and the name (`服务对象满意度满意度指标 读者满意度指标`)."""
    t = _review("ct_s29_c1_hrules_dept_overall.pdf")
    got = [(b["name"], b["amount"], b["note"]) for b in t["budget_items"] if b["kind"] == "composition"]
    assert got == [("森林草原防火", 86_500_000, "主要内容：火情监测预警系统运行维护、专业扑火队伍建设及防火物资储备"),
                   ("国土绿化", 213_000_000, "主要内容：完成人工造林、森林抚育及退化草原生态修复"),
                   ("自然保护地管理", 100_500_000, "主要内容：国家级和省级自然保护区巡护监测、野生动植物保护及疫源疫病监测")]
    t = _review("ct_z02_frame_and_horizontal_rules.pdf")
    last = t["indicators"][-1]
    assert (last["level1"], last["level2"], last["level3"], last["target_raw"]) == \
        ("满意度指标", "服务对象满意度指标", "读者满意度", "≥90%")
    assert not [w for w in t["warnings"] if w["code"] == "no_satisfaction_indicator"]


def test_a_budget_tables_group_is_carried_down_its_merged_cell():
    """支出内容 merged over two 明细 lines (ct_s29_c3, a PDF: the cell's row span; a text dump: the cell left empty under
    it): both lines are of the group (the second's group was null)."""
    b = _review("ct_s29_c3_budget_group_merged.pdf")["budget_items"]
    got = [(x["group"], x["name"]) for x in b if x["kind"] == "composition"]
    assert got[:4] == [("中小企业公共服务平台建设", "省级平台运营补助"), ("中小企业公共服务平台建设", "市州窗口平台补助"),
                       ("专精特新企业培育", "专精特新“小巨人”企业奖励"), ("专精特新企业培育", "省级专精特新企业奖励")]
    t = process_file(Path(__file__).parent / "templates" / "real_fujian_longyan_2025_unlabelled_subtotals_region_target"
                     / "form.txt").tables
    assert [x["group"] for x in t["budget_items"]][1:4] == ["上杭县"] * 3


REVIEW6 = Path(__file__).parent / "fixtures" / "review6"


def test_review6_probes_of_this_sessions_rules_read_as_before():
    """Probes a review wrote to make this session's rules do harm (tests/fixtures/review6): each read as the code
    before them read it. 碳中和 / 政通人和 end on 和 as words; a level's label alone (`满意度指标`) is no cell's rest;
    采购预算 / 采购单位 / 建设内容 inside an ordinary form do not split it (weak labels); titles naming 经费 / 补助 /
    财政 / …目标表 are performance forms; a note naming a form in 《》 is no title; a penalty's figure equal to its
    stated cap is the cap only."""
    def read(name):
        return process_file(REVIEW6 / name).tables
    for name, n in (("j01_carbon_padded_lone_name.txt", 6), ("h01_carbon_then_blank_target.html", 5),
                    ("j02_carbon_unpadded_lone_level.txt", 4), ("j03_carbon_unpadded_lone_name.txt", 3)):
        t = read(name)
        assert len(t["indicators"]) == n, name
        assert not [i for i in t["indicators"] if "碳中和" in (i["level3"] or "") and i["level3"].endswith(
            ("完整性", "满意度指标", "情况"))], name
    assert [i["level3"] for i in read("j03_carbon_unpadded_lone_name.txt")["indicators"]] == [
        "节能改造公共机构数", "推进碳达峰碳中和", "改造单位满意度"]
    sat = [i for i in read("j02_carbon_unpadded_lone_level.txt")["indicators"] if i["level3"] == "改造单位满意度"]
    assert sat and sat[0]["level1_std"] == "satisfaction"
    for name, want in (("l02_procurement_budget_in_project_form.txt", "智慧校园建设项目"),
                       ("l03_build_content_and_overview.txt", "乡镇卫生院标准化建设项目")):
        t = read(name)
        assert [p["name"] for p in t["projects"]] == [want] and len(t["indicators"]) == 2, name
    for name, n in (("n01_fund_check_title_no_levels.txt", 4), ("h02_fee_goal_table_no_levels.html", 4),
                    ("n05_transfer_task_list.txt", 3)):
        assert len(read(name)["indicators"]) == n, name
    assert [p["form"] for p in read("p04_grid_wide_note_row_title_like.pdf")["projects"]] == ["target"]
    items = read("a02_penalty_requirement_cap.txt")["assessment_items"]
    assert [(a["points"], a["cap"]) for a in items if a["kind"] == "penalty"] == [(5.0, 10.0), (1.0, 5.0)]


def test_a_level_box_cut_by_a_page_break_takes_the_label_printed_on_the_next_page():
    """The last row of page 1 under empty level cells that no merged cell from above covers (its box goes on on page 2,
    where `效益指标 | 经济效益指标` are printed after the repeated header: ct_s29_c4): the next page's levels (it was read
    under 产出指标 / 成本指标, the rows above the break)."""
    ind = _review("ct_s29_c4_level_box_cut_by_page.pdf")["indicators"]
    row = next(i for i in ind if i["level3"] == "带动旅游消费总额")
    assert (row["level1"], row["level2"]) == ("效益指标", "经济效益指标")
    assert [(i["level1"], i["level2"]) for i in ind if i["level3"] == "单场活动平均成本"] == [("产出指标", "成本指标")]


def test_label_value_pairs_glued_on_a_line_are_split():
    """`填表人：陈立新联系电话：0376-2982157` under a form (an OCR'd line lost the gap between the pairs; hunt AE's scan): the
    contact and the phone (contact was `陈立新联系电话：0376-2982157`, phone null); `填报单位(公章):单位负责人:李明` too."""
    t = _review("ct_s29_f6_glued_contact_pairs.txt")
    p = t["projects"][0]
    assert (p["contact"], p["phone"]) == ("陈立新", "0376-2982157")
    p = _aw("i1_colon_label_run_together")["projects"][0]
    assert (p["leader"], p["phone"], p["unit"], p["other_fields"]) == (None, "0731-1234567", None, '{"单位负责人": "李明"}')


def test_self_evaluation_hunt_af_cases():
    """Hunt AF (self-evaluations): a 合计 row whose weight is written `100%` under 权重（%） is the total (it was an
    indicator named 合计, the form's score lost: ct_s29_f1); 偏差原因分析 | 改进措施 in two columns make one deviation
    (the measures were a note: ct_s29_f2, GB18030); indicators scored without a 分值 column beside the money block's
    预算执行率 row add up with it (a false weights_not_100, `the scores add up to 9 but the total score is 94`:
    ct_s29_f3)."""
    t = _review("ct_s29_f1_total_weight_percent.txt")
    assert t["projects"][0]["score"] == 99 and len(t["indicators"]) == 6
    assert "合计" not in {i["level3"] for i in t["indicators"]}
    ind = _review("ct_s29_f2_deviation_measures_columns.txt")["indicators"]
    got = next(i for i in ind if i["level3"] == "扶持非遗保护项目数量")
    assert (got["deviation"], got["note"]) == ("2个项目未通过评审；改进措施：加强项目储备和前期辅导", None)
    t = _review("ct_s29_f3_scores_without_points.docx")
    assert t["projects"][0]["score"] == 94
    assert not [w for w in t["warnings"] if w["code"] == "weights_not_100"]

"""Hunt AT (county / township 衔接资金 project libraries, 乡镇 绩效目标表): tests/fixtures/review/ct_s32_at_*, each read
as the form says."""
from __future__ import annotations

import json
from pathlib import Path

from jixiao.pipeline import process_file

REVIEW = Path(__file__).parent / "fixtures" / "review"


def _review(name):
    return process_file(REVIEW / name)


def _inds(t):
    return [(i["level1"], i["level2"], i["level3"], i["target_raw"]) for i in t["indicators"]]


def test_a_total_row_in_the_name_column_of_a_library_is_no_project():
    """`| 合计 | | 120` under a one-indicator-a-row library whose project cells are merged down: it was a project named
    合计 carrying the grand total (money counted twice) and the department of the row above."""
    r = _review("ct_s32_at_library_total_row.xlsx")
    t = r.tables
    assert [(p["name"], p["department"], p["budget_total"], p["goal_annual"]) for p in t["projects"]] == [
        ("甲镇金银花种植项目", "某县农业农村局", 1200000.0, "种植金银花500亩")]
    assert _inds(t) == [("产出指标", "数量指标", "种植面积", "500亩"),
                        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥95%")]
    assert r.document["status"] == "ok"
    assert not [w for w in t["warnings"] if w["code"] == "no_indicators"]


def test_a_subtotal_row_in_the_seq_column_of_a_library_is_no_indicator():
    """`小计 | | | 120` (小计 in the 序号 column, the amount under 资金规模): it was an indicator named 小计 of the
    project above, its target missing."""
    t = _review("ct_s32_at_library_subtotal_row.txt").tables
    assert [(p["name"], p["budget_total"]) for p in t["projects"]] == [("甲镇金银花种植项目", 1200000.0)]
    assert _inds(t) == [("产出指标", "数量指标", "种植面积", "500亩")]
    assert not [w for w in t["warnings"] if w["code"] == "target_missing"]


def test_a_sign_off_line_of_role_name_pairs_and_a_date_is_no_indicator():
    """`镇长：张永胜 | 经办人：李娜 | 2025年3月2日` right under the indicator table: it was an indicator (level 2 and 3 the
    signers, the date its target)."""
    t = _review("ct_s32_at_signoff_row.txt").tables
    assert [p["name"] for p in t["projects"]] == ["甲村苹果园节水灌溉项目"]
    assert _inds(t) == [("产出指标", "数量指标", "铺设管道", "5.2公里"),
                        ("满意度指标", "服务对象满意度指标", "果农满意度", "≥95%")]


def _projects(t, *cols):
    return [tuple(p[c] for c in cols) for p in t["projects"]]


def test_a_library_of_names_money_and_goals_gives_one_target_project_a_row():
    """`序号 | 项目名称 | 主管部门 | 资金规模 | 绩效目标` over one row per project (a county's 衔接资金 项目库, under 单位：万元):
    each row declares its project's target (it gave no project at all, layout_unknown)."""
    for name in ("ct_s32_at_library_goals.txt", "ct_s32_at_library_goals.xlsx"):
        r = _review(name)
        assert r.document["layout"] == "packed_list"
        t = r.tables
        assert all(p["form"] == "target" for p in t["projects"])
        assert not t["indicators"]
    t = _review("ct_s32_at_library_goals.txt").tables
    assert _projects(t, "name", "department", "budget_total", "goal_annual", "year") == [
        ("甲村产业路硬化项目", "某县交通运输局", 786000.0, "新建产业路2.4公里，带动脱贫户42户增收", 2024),
        ("乙镇小额信贷贴息项目", "某县乡村振兴局", 1250000.0, "完成贴息1250户，贴息资金发放及时率100%", 2024)]
    t = _review("ct_s32_at_library_goals.xlsx").tables      # (its 合计 row: no project)
    assert _projects(t, "name", "category", "department", "budget_total", "goal_annual") == [
        ("甲村产业路硬化项目", "基础设施", "某市交通运输局", 1800000.0, "新建产业路3.5公里，解决320户出行难"),
        ("乙镇蔬菜保供基地项目", "产业发展", "某市农业农村局", 2600000.0, "建设钢架大棚60亩，带动脱贫户增收")]


def test_a_library_with_class_rows_text_amounts_in_yuan_and_money_parts():
    """金额单位：元 in a cell above the list, `1,350,000.00` as text, `项目总投资 | 其中：财政衔接资金 | 其中：其他资金`, class rows
    `一 | 产业发展类` (no project), a 合计 row (none)."""
    t = _review("ct_s32_at_library_class_rows_yuan.xlsx").tables
    assert _projects(t, "name", "category", "budget_total", "budget_fiscal", "budget_other", "department") == [
        ("昭觉县竹核乡马铃薯仓储保鲜冷库建设项目", "产业发展", 1350000.0, 1200000.0, 150000.0, "昭觉县农业农村局"),
        ("昭觉县四开乡好谷村通组路建设项目", "乡村建设", 1050000.0, 1050000.0, 0.0, "昭觉县交通运输局")]
    assert [p["goal_annual"] for p in t["projects"]] == [
        "新建冷库500立方米，年储藏马铃薯1500吨，减少产后损失，带动脱贫户120户增收", "新建通组路2.1公里，解决3个村民小组186户出行难"]
    assert [(str(p["start_date"]), str(p["end_date"])) for p in t["projects"]] == [
        ("2025-03-01", "2025-09-30"), ("2025-04-01", "2025-11-30")]


def test_a_library_dump_with_money_parts_and_periods():
    """A tab dump: 资金规模 | 财政衔接资金 | 其他资金 (单位：万元 on the 填报单位 line), 实施期限 `2024.03-2024.09`, 建设性质
    (新建 / 续建: no category), the 合计 row and the 注 line below no project."""
    t = _review("ct_s32_at_library_periods.txt").tables
    assert _projects(t, "name", "category", "budget_total", "budget_fiscal", "budget_other", "department") == [
        ("鲁山县张官营镇前城村特色种植基地灌溉设施项目", "产业发展", 786000.0, 786000.0, None, "鲁山县农业农村局"),
        ("鲁山县瓦屋镇小额信贷贴息项目", "金融帮扶", 1250000.0, 1250000.0, 0.0, "鲁山县乡村振兴局"),
        ("鲁山县熊背乡大年沟村人居环境整治项目", "乡村建设行动", 940000.0, 840000.0, 100000.0, "鲁山县农业农村局")]
    assert [(str(p["start_date"]), str(p["end_date"])) for p in t["projects"]][0] == ("2024-03-01", "2024-09-30")
    # the columns of no contract field: projects.other_fields
    assert json.loads(t["projects"][1]["other_fields"]) == {
        "建设性质": "续建", "实施地点": "瓦屋镇", "联农带农机制": "直接贴息到户", "受益户数": "1250", "受益脱贫人口数": "1250"}


def test_a_library_with_indicator_columns_gives_each_rows_indicators():
    """`… | 年度绩效目标 | 产出指标 | 满意度指标` over rows of `建设网棚≥50亩 | ≥95%` (a workbook; it was a project_list,
    nothing read, status ok): each cell an indicator of its row's project, the column's head its level 1, a name
    packed before its target split off."""
    r = _review("ct_s32_at_library_indicator_columns.xlsx")
    t = r.tables
    assert r.document["status"] == "ok"
    assert _projects(t, "name", "department", "budget_total", "goal_annual") == [
        ("甲村种薯繁育基地项目", "某县农业农村局", 1500000.0, "建设网棚50亩，带动脱贫户增收"),
        ("乙镇饮水巩固提升工程", "某县水务局", 855000.0, "维修供水管网12公里")]
    by = {p["project_id"]: p["name"] for p in t["projects"]}
    assert [(by[i["project_id"]], i["level1"], i["level3"], i["target_raw"], i["op"], i["value"], i["unit"])
            for i in t["indicators"]] == [
        ("甲村种薯繁育基地项目", "产出指标", "建设网棚", "≥50亩", ">=", 50.0, "亩"),
        ("甲村种薯繁育基地项目", "满意度指标", None, "≥95%", ">=", 95.0, "%"),
        ("乙镇饮水巩固提升工程", "产出指标", "维修管网", "≥12公里", ">=", 12.0, "公里"),
        ("乙镇饮水巩固提升工程", "满意度指标", None, "≥90%", ">=", 90.0, "%")]


def test_a_library_dump_with_a_two_row_head():
    """`资金规模（万元） | 绩效目标 | 产出指标 | | 满意度指标` over `中央衔接资金 | 年度目标 | 数量指标 | 质量指标 | 服务对象满意度指标`:
    it gave one nameless project whose goal was the head cell 数量指标 (the rows lost); now two projects, the money under
    the money head's only part, each indicator under its level 1 and level 2."""
    r = _review("ct_s32_at_library_two_row_head.txt")
    t = r.tables
    assert _projects(t, "name", "unit", "budget_total", "goal_annual", "header_missing") == [
        ("甲镇机耕路项目", "甲镇人民政府", 3200000.0, "修建机耕道路8.2公里", False),
        ("乙镇务工交通补助项目", "某县人社局", 456000.0, "发放一次性交通补助", False)]
    assert [(i["level1"], i["level2"], i["level3"], i["target_raw"]) for i in t["indicators"]] == [
        ("产出指标", "数量指标", "新建机耕路", "8.2公里"), ("产出指标", "质量指标", "工程验收合格率", "100%"),
        ("满意度指标", "服务对象满意度指标", None, "≥95%"),
        ("产出指标", "数量指标", "补助人数", "≥380人"), ("产出指标", "质量指标", "及时发放率", "100%"),
        ("满意度指标", "服务对象满意度指标", None, "≥90%")]
    assert not [w for w in t["warnings"] if w["code"] in ("unparsed_row", "header_missing")]


def test_a_summary_list_without_goals_stays_a_project_list(tmp_path):
    """A 汇总表 of names and money only (before one sheet per project) gives no project of its own."""
    f = tmp_path / "s.txt"
    f.write_text("某县2025年衔接资金项目汇总表\n序号\t项目名称\t主管部门\t资金总额（万元）\n1\t甲项目\t某县农业农村局\t210\n"
                 "2\t乙项目\t某县林业局\t48\n\t合计\t\t258\n", encoding="utf-8")
    r = process_file(f)
    assert r.document["layout"] != "packed_list"
    assert not r.tables["projects"]


def test_paragraph_goals_and_a_money_sentence_of_a_township_word_form():
    """`二、年度绩效目标` over `目标1：…；` and `目标2：…。` (paragraphs: 目标2 was lost), and `项目资金：45万元（其中财政衔接资金40万元，
    村集体自筹5万元）` (no money was read): the goal is both paragraphs, the amount after the label the total, its parts
    the fiscal and the other money."""
    t = _review("ct_s32_at_paragraph_goals_money.docx").tables
    assert _projects(t, "name", "goal_annual", "budget_total", "budget_fiscal", "budget_other") == [
        ("甲村糯米蕉基地管护项目", "目标1：管护基地800亩；目标2：带动脱贫户120户户均增收1200元。", 450000.0, 400000.0, 50000.0)]
    assert _inds(t) == [("产出指标", "数量指标", "管护面积", "800亩"),
                        ("满意度指标", "服务对象满意度指标", "农户满意度", "≥90%")]


def test_the_fiscal_money_is_the_sum_of_the_levels_of_xianjie_funds():
    """`资金规模（万元） | 合计 | 中央衔接资金 | 省级衔接资金 | 市县级衔接资金` over `| 300 | 200 | 60 | 40`: the 衔接推进乡村振兴
    补助资金 of each level is fiscal money; budget_fiscal (null) is their sum, each level still a source line."""
    t = _review("ct_s32_at_fiscal_by_level.txt").tables
    assert _projects(t, "name", "budget_total", "budget_fiscal", "budget_other") == [
        ("甲镇帮扶车间建设项目", 3000000.0, 3000000.0, None)]
    assert [(b["name"], b["amount"], b["kind"]) for b in t["budget_items"]] == [
        ("中央衔接资金", 2000000.0, "source"), ("省级衔接资金", 600000.0, "source"), ("市县级衔接资金", 400000.0, "source")]

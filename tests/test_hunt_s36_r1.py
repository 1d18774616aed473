"""Review R1 (session 36): forms other than those the fix-mo / fix-ol rules were written for, as a reviewer wrote them
(inputs tests/fixtures/review/ct_s36_r1_*; the expectations were written before the runs): a last year's fraction under
`%`, `定性` in the unit column, `2026年止`, an attachment checklist's 实施方案, option boxes followed by a label, a title's
body that the project builds, 考核对象 on a text line, 指标内容 holding the targets, an allocation's 合计, 已到位资金 after
a total's parts, the instruction `请在对应项打√`."""
import datetime as dt

from normalize.dates import _year_period
from parsers.core import ticked_options
from tests.hunt_tools import budget_lines, other_fields


def _p(r, k=0):
    return r.tables["projects"][k]


def _codes(r, code):
    return [w for w in r.tables["warnings"] if w["code"] == code]


# ---------------------------------------------------------------- regressions of the merged rules

def test_last_years_fraction_and_no_unit_words(read):
    # 上年实际值 0.98 under `%` is a fraction (0.98% another number); `定性` in the unit column is no unit (`1定性`)
    r = read("ct_s36_r1_prev_value_fraction.txt")
    notes = [i["note"] for i in r.tables["indicators"]]
    assert notes == ["上年实际值：0.98", "上年实际值：1", "上年实际值：92%"]
    assert [(i["level3"], i["target_raw"]) for i in r.tables["indicators"]] == [
        ("参保率", "≥95%"), ("政策知晓率", "高"), ("参保群众满意度", "≥90%")]


def test_until_a_year_is_no_period():
    # `2026年止` (until 2026) and `自2024年` (from 2024) are one end of an open period, not the whole year
    assert _year_period("2026年止") == (None, None)
    assert _year_period("自2024年") == (None, None)
    assert _year_period("2024年") == (dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    assert _year_period("2024年-2026年") == (dt.date(2024, 1, 1), dt.date(2026, 12, 31))
    assert _year_period("从2024年至2026年止") == (dt.date(2024, 1, 1), dt.date(2026, 12, 31))


def test_until_a_year_in_a_form(read):
    r = read("ct_s36_r1_year_until.txt")
    p = _p(r)
    assert p["start_date"] is None and p["end_date"] is None
    assert p["period_raw"] == "2026年止"
    assert (p["department"], p["unit"]) == ("县人力资源和社会保障局", "县社保中心")


def test_attachment_checklist_is_no_plan(read):
    # `附件材料 | 实施方案 | √ | 可行性研究报告 | √`: the plan was `√`; the row is reported, as before the plan label
    r = read("ct_s36_r1_plan_doc_list.txt")
    p = _p(r)
    assert p["plan"] is None
    assert p["goal_annual"] == "建成智慧校园5所。"
    assert [w["message"] for w in _codes(r, "unparsed_row")] == [
        "row without a known label: 附件材料 | 实施方案 | √ | 可行性研究报告 | √"]
    assert len(r.tables["indicators"]) == 4


def test_option_boxes_then_a_label_and_its_value(read):
    # `所属行业 | 教育` after the boxes were swallowed as two unticked options, silently: now the category, and the pair
    # kept in other_fields, as in the same row without boxes (所属行业 names an attribute: it was an unplaced_cell there)
    for name in ("ct_s36_r1_tick_then_label.txt", "ct_s36_r1_industry_plain.txt"):
        r = read(name)
        p = _p(r)
        assert p["category"] == "经常性项目", name
        assert other_fields(p) == {"所属行业": "教育"}, name
        assert not _codes(r, "unplaced_cell") and r.document["status"] == "ok", name


def test_option_boxes_then_fund_type(read):
    r = read("ct_s36_r1_tick_then_fund_type.txt")
    p = _p(r)
    assert (p["category"], p["fund_type"]) == ("新增项目", "一般公共预算")
    assert not _codes(r, "unplaced_cell") and not _codes(r, "unparsed_row")


def test_title_body_the_project_builds_is_no_owner(read):
    # `应急指挥中心2024年度…` over the project `应急指挥中心建设`: the centre is what is built (unit was 应急指挥中心)
    r = read("ct_s36_r1_title_centre_built.txt")
    p = _p(r)
    assert (p["department"], p["unit"]) == (None, None)
    assert not _codes(r, "department_from_title")
    assert p["budget_year"] == 5_000_000


# ---------------------------------------------------------------- readings both trees had wrong

def test_assessed_people_on_a_text_line(read):
    # the other_fields key was `考核对象：全县在岗乡村医生` (the label with its value)
    r = read("ct_s36_r1_assessed_people.txt")
    p = _p(r)
    assert other_fields(p) == {"考核对象": "全县在岗乡村医生"}
    assert (p["name"], p["department"], p["unit"]) == ("乡村医生补助", None, None)


def test_content_column_holds_the_targets(read):
    # `三级指标 | 指标内容`, no 指标值 column: the content is the target (it was the explanation, no target)
    r = read("ct_s36_r1_content_is_target.txt")
    got = [(i["level3"], i["target_raw"], i["op"], i["value"], i["unit"], i["explanation"], i["note"])
           for i in r.tables["indicators"]]
    assert got == [("年接待读者人次", "≥5万人次", ">=", 5.0, "万人次", None, None),
                   ("开放时间", "≥56小时/周", ">=", 56.0, "小时/周", None, None),
                   ("读者满意度", "≥90%", ">=", 90.0, "%", None, None)]
    assert not _codes(r, "target_missing")


def test_allocation_total_is_no_budget_total(read):
    # `资金分配 | 合计 | 县本级 | 乡镇`: where the money goes (lines of the breakdown under 资金分配), its 合计 the year's
    # 1000 stated above (budget_total 1000 was added), no source lines
    r = read("ct_s36_r1_alloc_total_columns.txt")
    p = _p(r)
    assert (p["budget_total"], p["budget_year"], p["budget_fiscal"]) == (None, 10_000_000, None)
    assert budget_lines(r) == [("资金分配", "县本级", 2_000_000, "composition"), ("资金分配", "乡镇", 8_000_000, "composition")]
    assert not _codes(r, "unparsed_row") and r.tables["findings"][0]["codes"] == []


def test_money_arrived_after_the_parts_is_no_part(read):
    # `已到位资金 | 150` after the two parts of 项目总预算 260 was a third part (a false source_sum_mismatch)
    r = read("ct_s36_r1_parts_then_progress.txt")
    p = _p(r)
    assert (p["budget_total"], p["budget_issued"]) == (2_600_000, 1_500_000)
    assert budget_lines(r) == [("项目总预算", "中央补助资金", 2_000_000, "source"),
                         ("项目总预算", "省级补助资金", 600_000, "source")]
    assert not _codes(r, "source_sum_mismatch")
    assert "source_sum_mismatch" not in r.tables["findings"][0]["codes"]


def test_tick_instruction_is_no_option(read):
    # `请在对应项打√` after the boxes: category was `新增项目、请在对应项打`
    r = read("ct_s36_r1_tick_instruction.txt")
    assert _p(r)["category"] == "新增项目"
    assert ticked_options("请在对应项打√") is None
    assert ticked_options("☑新增项目□延续项目（请在对应项打√）") == ["新增项目"]
    assert ticked_options("√新增项目 □延续项目 在□内打“√”") == ["新增项目"]


def test_notice_contact_is_not_the_forms(read):
    # a finance bureau's notice naming the project of the form below: its 联系人 / 联系电话 are the issuer's (they were
    # merged into the water bureau's form); still no project of its own
    for name in ("ct_s36_r1_notice_contact.txt", "ct_s36_r1_notice_contact.docx"):
        r = read(name)
        assert len(r.tables["projects"]) == 1, name
        p = _p(r)
        assert (p["contact"], p["phone"]) == (None, None), name
        assert (p["name"], p["department"], p["unit"], p["budget_year"]) == (
            "农村饮水安全巩固提升工程项目", "县水利局", "县水利局", 3_000_000), name
        assert len(_codes(r, "not_a_form")) == 1, name


def test_heading_row_of_a_bureaus_own_budget(read):
    # `一 | 县交通运输局本级` over the first project: its unit (the heading was lost, the project had none)
    r = read("ct_s36_r1_heading_benji.txt")
    got = [(p["name"], p["department"], p["unit"], p["budget_year"]) for p in r.tables["projects"]]
    assert got == [("农村公路养护", "县交通运输局", "县交通运输局本级", 3_000_000),
                   ("国省道日常养护", "县交通运输局", "县公路事务中心", 5_000_000)]


def test_tick_instruction_words_and_options_ending_so():
    # 划 / 画 are an instruction only after 请 or 在 (`发展规划√`, `书画√` are ticked options)
    assert ticked_options("请划√") is None and ticked_options("（在相应栏内划√）") is None
    assert ticked_options("新增项目□ 发展规划√") == ["发展规划"]
    assert ticked_options("书画√ 舞蹈□") == ["书画"]


def test_a_body_built_by_the_project_is_its_name():
    # a name opening with a body and going on with building words is the body being built (no owner from it); with
    # other words the body's own project (taken)
    from jixiao.pipeline import _overlaps
    assert _overlaps("应急指挥中心", "应急指挥中心建设")
    assert _overlaps("县人民医院", "县人民医院改扩建") and _overlaps("县人民医院", "县人民医院（二期）")
    assert not _overlaps("县教育局", "县教育局信息化建设")
    assert not _overlaps("县教育局", "县教育局建档立卡资助")

"""Review s44 rv: the rules merged in the session of 2026-12-04 (fourth), 5fab5347..8b27fc89, tried on forms and
spellings they were not written for. Each expected reading written by hand before running jixiao; what main gave is
said beside each."""
from __future__ import annotations

import pytest

from normalize.records import lead_unit
from tests.hunt_tools import other_fields


# hunt lr's lead office of a list's 实施单位 cell (normalize.records.lead_unit)
LEADS = [
    ("县住建局、县财政局牵头", None),                                        # main: ('县财政局', ['县住建局']): two co-leads, one read as partner
    ("由县交通运输局牵头，各乡镇配合", ("县交通运输局", ["各乡镇"])),           # main: ('由县交通运输局', …)
    ("县供水公司牵头 县水利局配合", ("县供水公司", ["县水利局"])),             # main: None (the cell's line break a space)
    ("牵头单位：县住建局 配合单位：县财政局、县自然资源局", ("县住建局", ["县财政局", "县自然资源局"])),  # main: None
    ("县住建局牵头、各乡镇配合", ("县住建局", ["各乡镇"])),
    ("县农业农村局（牵头）、县财政局、各乡镇", ("县农业农村局", ["县财政局", "各乡镇"])),
    ("县住建局牵头，县财政局、县自然资源局配合", ("县住建局", ["县财政局", "县自然资源局"])),
    ("县住建局负责，县财政局配合", None),
]


@pytest.mark.parametrize("raw, expected", LEADS, ids=[c[0] for c in LEADS])
def test_lead_unit_spellings(raw, expected):
    assert lead_unit(raw) == expected


def test_list_lead_units(read):
    r = read("ct_s44_rv_list_lead_units.txt")
    got = [(p["name"], p["unit"], other_fields(p).get("配合单位")) for p in r.tables["projects"]]
    assert got == [
        ("老旧小区改造工程", "县住建局、县财政局牵头", None),     # main: unit 县财政局, 配合单位 县住建局
        ("农村公路养护工程", "县交通运输局", "各乡镇"),           # main: unit 由县交通运输局
        ("城区污水管网改造", "县住建局", "县财政局等"),
        ("城乡供水一体化工程", "县供水公司", "县水利局"),         # main: unit 县供水公司牵头 县水利局配合, no 配合单位
    ]


def test_summary_cell_rate_of_each_one(read):
    # a rate of each one after a comma (`，每期培训合格率≥90%`) is an indicator of its own, not a condition of the piece
    # before (`，每次不少于3天`); main: one indicator 培训农村劳动力 `>=` 1000 人, the rate its qualifier
    r = read("ct_s44_rv_summary_clauses.txt")
    got = [(i["level3"], i["op"], i["value"], i["unit"], i["qualifier"]) for i in r.tables["indicators"]
           if i["project_id"] == r.tables["projects"][1]["project_id"]]
    assert got == [
        ("培训农村劳动力", ">=", 1000.0, "人", None),
        ("每期培训合格率", ">=", 90.0, "%", None),
        ("学员满意度", ">=", 90.0, "%", None),
    ]
    # (a part counted in it stays its qualifier, hunt tq)
    third = [(i["level3"], i["qualifier"]) for i in r.tables["indicators"]
             if i["project_id"] == r.tables["projects"][2]["project_id"]]
    assert third[0] == ("救助困难群众", "其中特困供养人员救助标准不低于当地最低生活保障标准的1.3倍")


def test_list_year_again_other_money(read):
    # `2024年预算数 | 2024年执行数 | 2025年预算数` in a list titled 2025年: a year again beside itself naming other money is
    # still a list's year heads (hunt lq's rule asked each year later than the one before); main: layout_unknown, 0
    # projects
    r = read("ct_s44_rv_list_year_again.txt")
    got = [(p["name"], p["budget_year"], other_fields(p).get("2024年预算数"), other_fields(p).get("2024年执行数"))
           for p in r.tables["projects"]]
    assert got == [("老旧小区改造工程", 5_000_000.0, "450", "430"), ("城区污水管网改造", 3_000_000.0, "280", "260")]
    assert "total_row_mismatch" not in [w["code"] for w in r.tables["warnings"]]


def test_progress_pct_head_fraction(read):
    # hunt hz's `完成进度（%）` head reads its bare figures as percent; a figure of 1 or less (`0.27`, 80 of 300 done) is
    # read as written, a fraction, as mq's `执行率（%）` rule reads only a figure over 1 as the head's percent
    r = read("ct_s44_rv_mon_progress_fraction.txt")
    got = [(i["level3"], i["progress"]) for i in r.tables["indicators"]]
    assert got == [
        ("建设示范基地面积", 0.4),
        ("培训种植户", 0.27),              # main: 0.0027
        ("发放种苗", None),
        ("种苗成活率", 1.0),
        ("完工时间", 0.5),                 # (`1/2`, a share: hunt pdf4; it was None)
        ("种植户满意度", None),
    ]


@pytest.mark.parametrize("name, unit, agency", [
    # hunt fy's 经办机构 / 项目实施企业 unit labels: the unit when no 实施单位 names one; beside a 实施单位, before or after
    # it, the agency is kept under its label (main: lost without a word, in other_fields before fy)
    ("ct_s44_rv_fund_agency_after_unit.txt", "县人力资源和社会保障局", ("经办机构", "县社会保险服务中心")),
    ("ct_s44_rv_soe_firm_before_unit.txt", "县国有资产服务中心", ("项目实施企业", "县城市建设投资集团有限公司")),
])
def test_agency_beside_unit(read, name, unit, agency):
    p = read(name).tables["projects"][0]
    assert p["unit"] == unit
    assert other_fields(p).get(agency[0]) == agency[1]


def test_agency_alone_is_unit(read):
    # (no 实施单位: the 经办机构 is the unit, as hunt fy reads it)
    assert read("bj_i05_nb_shebao.txt").tables["projects"][0]["unit"] == "宁波市社会保险管理服务中心"


def test_adjust_stage_in_brackets(read):
    # `指标值（调整前） | 指标值（调整后）`: the target in force is the one after, the one before a note, as under
    # `调整前指标值 | 调整后指标值` (hunt fy); main: the one before the target, the one after the note 指标值（调整后）：…
    r = read("ct_s44_rv_adjust_bracket_stages.txt")
    got = [(i["level3"], i["target_raw"], i["note"]) for i in r.tables["indicators"]]
    assert got[0] == ("养护农村公路里程", "≥100公里", "调整前指标值：≥120公里")
    assert [g[1] for g in got] == ["≥100公里", "≥30座", "≥85%", "≥90%"]
    p = r.tables["projects"][0]
    assert (p["budget_initial"], p["budget_year"]) == (5_000_000.0, 4_500_000.0)


def test_list_levels_beside_total(read):
    # hunt lq / lr's level columns (`中央资金 | 省级资金 | 自筹资金`) beside the project's own total (`总投资`): the total as
    # written, budget_fiscal the levels' sum, budget_other the 自筹 (main: budget_fiscal null, the levels other fields
    # only; without the 总投资 column lr reads fiscal 280 / 160)
    r = read("ct_s44_rv_list_levels_beside_total.txt")
    got = [(p["name"], p["budget_total"], p["budget_fiscal"], p["budget_other"]) for p in r.tables["projects"]]
    assert got == [("村组道路硬化工程", 3_000_000.0, 2_800_000.0, 200_000.0),
                   ("农村供水保障工程", 1_600_000.0, 1_600_000.0, None)]
    assert other_fields(r.tables["projects"][0])["中央资金（万元）"] == "200"

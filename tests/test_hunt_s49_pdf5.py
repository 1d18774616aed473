"""Hunt pdf5 (session 49): digital PDFs (tests/fixtures/make_s49_pdf5.py) — a text layer of Kangxi and CJK radicals,
an Excel sheet's print whose shaded label cells are the only shapes inside the table, and hunt pdf4's GB-CMap font
inside a compressed object stream. Each expectation below was written by hand from the form before jixiao was
run."""
import os
import sys

import pytest

from tests.hunt_tools import indicator_targets, only_project, warning_codes

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "fixtures"))
from make_s45_pq2 import WATER, WATER_TOP  # noqa: E402

W = 10000.0


def test_kangxi_radicals_in_the_text_layer(read):
    # macOS's print of the form gives 人 水 工 一 口 入 用 as Kangxi radicals (⼈ ⽔ ⼯ …), 长 门 as CJK radicals
    # (⻓ ⻔), 户 as ⼾ and a sign as the small form `﹤`: the texts are the ideographs. main: name `农村供⽔保障⼯程`,
    # unit `某县农村供⽔管理站`, level 3 `新建供⽔管⽹⻓度`, a unit `⼾` and `万⼈`, the raw target `﹤45万元`
    r = read("ct_s49_pdf5_kangxi_radicals.pdf")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["goal_annual"]) == (
        WATER_TOP["name"], WATER_TOP["dept"], WATER_TOP["unit"], WATER_TOP["goal"])
    assert (p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (1350 * W, 1200 * W, 150 * W)
    got = [(i["level3"], i["target_raw"]) for i in r.tables["indicators"]]
    # (the small form `﹤` kept as typed in the raw target, as a text dump keeps it: the template
    # real_hunan_xiangyin_kindergarten_target's `﹝2019﹞` in its PDF and its dump; the target reads it `<`)
    assert got == [(c, "﹤45万元" if c == "管网每公里造价" else v) for _, _, c, v in WATER]
    assert indicator_targets(r)[1] == ("产出指标", "数量指标", "改造入户水表数量", ">=", 4200.0, "户")
    assert indicator_targets(r)[4] == ("产出指标", "成本指标", "管网每公里造价", "<", 450000.0, "元")
    assert not warning_codes(r)


def test_radical_folding():
    # main: no such reader (normalize.text.fold_radicals)
    from normalize.text import fold_radicals
    assert fold_radicals("⼀级指标 ⼈⼝ ⽔ ⻓度 ⻔诊 ⼊⼾ ﹤5 ≥90％ ﬁ") == "一级指标 人口 水 长度 门诊 入户 <5 ≥90％ fi"


def test_excel_print_grey_label_cells_no_inner_rules(read):
    # an Excel 绩效目标表 printed by LibreOffice: the label cells filled light grey (a rectangle each), one rule round
    # the table and none inside. main: the fills' edges read as rules, a 5x2 grid whose row 0 held the whole top of the
    # form in one cell and whose last cell held every indicator: no project, layout_unknown
    r = read("ct_s49_pdf5_excel_grey_fill.pdf")
    p = only_project(r)
    assert (p["title"], p["name"], p["department"], p["unit"]) == (
        "项目支出绩效目标表", "城区道路维修养护", "某县住房和城乡建设局", "某县市政工程管理所")
    assert (p["budget_year"], p["budget_fiscal"]) == (860 * W, 860 * W)
    assert p["goal_annual"] == "完成城区道路维修养护12.5万平方米，道路完好率达到95%以上。"
    assert indicator_targets(r) == [
        ("产出指标", "数量指标", "道路维修养护面积", ">=", 12.5, "万平方米"),
        ("产出指标", "质量指标", "维修工程验收合格率", "=", 100.0, "%"),
        ("产出指标", "时效指标", "完成时间", None, None, None),
        ("效益指标", "社会效益指标", "道路完好率", ">=", 95.0, "%"),
        ("满意度指标", "服务对象满意度指标", "市民满意度", ">=", 90.0, "%")]
    assert not warning_codes(r)


def test_gbk_cmap_font_in_object_stream(read):
    # hunt pdf4's report writer's page (a simple font whose /Encoding names GBK-EUC-H, GBK bytes) with its font
    # dictionary in a compressed object stream: read as pdf4's is. main: the byte search for `/Encoding /GBK-EUC-H`
    # missed it, PDFium's 308 `(cid:0)` glyphs went to OCR (`ÖĐË` …): no project, text_layer_unreadable,
    # low_confidence ×8, layout_unknown
    r = read("ct_s49_pdf5_gbk_cmap_object_stream.pdf")
    p = only_project(r)
    assert (p["title"], p["name"], p["department"], p["budget_year"], p["goal_annual"]) == (
        "项目支出绩效目标表", "农村供水保障工程", "平江县水利局", 13500000.0, "新建供水管网28.6公里，改造入户水表4200户。")
    assert indicator_targets(r) == [("产出指标", "数量指标", "新建供水管网长度", ">=", 28.6, "公里"),
                                    ("效益指标", "社会效益指标", "受益农村人口", ">=", 1.6, "万人"),
                                    ("满意度指标", "服务对象满意度指标", "受益群众满意度", ">=", 92.0, "%")]
    assert not warning_codes(r)


@pytest.mark.parametrize("name", ["no_rules", "row_rules"])
def test_two_forms_side_by_side(read, name):
    # a landscape page of two 绩效目标表 side by side, the right one 7 points lower, with no rule (or one rule across
    # each row of each form): two projects, each with its own money and indicators. main: the lines ran across both
    # forms, their rows interleaved — no_rules: the first project with no money nor indicator (no_indicators), the
    # second named 薄弱学校校舍改造 with the water project's 主管部门 and money (1,350 元), 13 indicators of both
    # forms mixed (level 1 `水质检测合格率`); row_rules: 3 projects (the third nameless, header_missing), the
    # indicators mixed as well
    from tests.test_hunt_s46_pdf2 import _levels
    from make_s45_pq2 import SCHOOL, SCHOOL_TOP
    r = read(f"ct_s49_pdf5_two_forms_side_by_side_{name}.pdf")
    ps = r.tables["projects"]
    assert [(p["name"], p["department"], p["unit"], p["budget_year"], p["budget_fiscal"], p["budget_other"],
             p["goal_annual"]) for p in ps] == [
        (t["name"], t["dept"], t["unit"], *(float(m.replace(",", "")) * W for m in t["money"]), t["goal"])
        for t in (WATER_TOP, SCHOOL_TOP)]
    got = [(i["project_id"], i["level1"], i["level2"], i["level3"], i["target_raw"]) for i in r.tables["indicators"]]
    assert got == [(ps[0]["project_id"], *x) for x in _levels(WATER)] + [
        (ps[1]["project_id"], *x) for x in _levels(SCHOOL)]
    assert not warning_codes(r)

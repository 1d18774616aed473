"""Hunt ls2 (space-aligned text dumps, `pdftotext -layout` style: columns by runs of spaces):
tests/fixtures/review/ct_s47_ls2_*, each read as the form says."""
from __future__ import annotations

import pytest

from tests.hunt_tools import indicator_targets, only_project, warning_codes


@pytest.mark.parametrize("name", ["ct_s47_ls2_name_cut_page.txt", "ct_s47_ls2_name_cut_dash.txt",
                                  "ct_s47_ls2_name_cut_head_again.txt"])
def test_indicator_name_cut_over_a_page_break(read, name):
    # a 绩效目标表 of two pages: the last row of page 1 has its name's first line (`城区生活垃圾资源化`) and its target,
    # the name's rest (`利用率`) is page 2's first line in the name column, after the footer (`第 1 页 共 2 页`, `- 1 -`),
    # the form feed and the running title (and in _head_again the table's head printed again). main: 6 indicators,
    # `城区生活垃圾资源化` and a nameless-levelled `利用率` of no target (target_missing); under the head printed again,
    # `利用率` silently lost
    r = read(name)
    assert indicator_targets(r) == [
        ("产出指标", "数量指标", "分类收运街道数", "=", 12.0, "个"),
        ("产出指标", "数量指标", "配置分类收集容器", ">=", 3000.0, "个"),
        ("产出指标", "质量指标", "生活垃圾分类覆盖率", ">=", 90.0, "%"),
        ("效益指标", "生态效益指标", "城区生活垃圾资源化利用率", ">=", 40.0, "%"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", ">=", 85.0, "%")]
    p = only_project(r)
    assert (p["name"], p["budget_year"], p["contact"], p["phone"]) == ("城区生活垃圾分类收运", 3800000.0, "李明",
                                                                     "0371-6688123")
    assert not {"target_missing", "unparsed_row"} & set(warning_codes(r))


def test_fraction_target_alone_on_its_line_is_no_page_number(read):
    # a row of a merged level 2 whose name is two lines printed around its one-line target, centred by height
    # (`示范户抽查覆盖` / `1/3` / `面比例`), the pages numbered `1/2` and `2/2` (centred, each over a form feed or the
    # end): the `1/3` in the target column is the target, no page's number. main: 7 indicators, `示范户抽查覆盖` and
    # `面比例` each of no target (the `1/3` dropped as a page's number, the name's lines two rows)
    r = read("ct_s47_ls2_fraction_target.txt")
    assert [(i["level2"], i["level3"], i["target_raw"]) for i in r.tables["indicators"]] == [
        ("数量指标", "补贴购置农机具数量", "≥500台套"), ("数量指标", "带动农机作业面积", "≥2万亩"),
        ("质量指标", "农机具质量抽检合格率", "≥98%"), ("质量指标", "示范户抽查覆盖面比例", "1/3"),
        ("时效指标", "补贴资金兑付时间", "2025年10月底前"), ("服务对象满意度指标", "受补贴农户满意度", "≥90%")]
    p = only_project(r)
    assert (p["name"], p["budget_year"]) == ("农机购置与应用补贴", 2600000.0)
    assert p["other_fields"] in (None, "{}")              # nothing from the pages' numbers
    assert not {"target_missing", "unparsed_row"} & set(warning_codes(r))


@pytest.mark.parametrize("name", ["ct_s47_ls2_score_level_points.txt", "ct_s47_ls2_score_level_points_tab.txt"])
def test_score_table_level_one_points_beside_its_name_are_its_subtotal(read, name):
    # 一级指标 | 二级指标 | 三级指标 | 分值 | 评分标准 | 得分, the head 一级指标 over the level 1's name and its points
    # (`投入    20     项目立项 …`), on its block's first row; laid out with spaces and as a tab dump. main: the 9 rows
    # right, the level 1's points (20 / 20 / 40 / 20) dropped: no subtotal to check its rows against
    r = read(name)
    assert [(s["level1"], s["weight"], s["score"]) for s in r.tables["scores"] if s["is_subtotal"]] == [
        ("投入", 20.0, None), ("过程", 20.0, None), ("产出", 40.0, None), ("效益", 20.0, None)]
    assert [(s["level1"], s["level2"], s["level3"], s["weight"], s["score"]) for s in r.tables["scores"]
            if not s["is_subtotal"]] == [
        ("投入", "项目立项", "立项依据充分性", 5.0, 5.0), ("投入", "项目立项", "绩效目标合理性", 5.0, 4.0),
        ("投入", "资金落实", "资金到位率", 10.0, 10.0), ("过程", "业务管理", "体检流程规范性", 10.0, 9.0),
        ("过程", "财务管理", "资金使用合规性", 10.0, 10.0), ("产出", "产出数量", "体检人数完成率", 20.0, 18.0),
        ("产出", "产出质量", "体检报告合格率", 20.0, 20.0), ("效益", "社会效益", "慢性病早发现率", 10.0, 8.0),
        ("效益", "满意度", "受检群众满意度", 10.0, 9.0)]
    assert only_project(r)["score"] == 93.0
    assert not {"subtotal_mismatch", "weights_not_100", "unparsed_row"} & set(warning_codes(r))


def test_long_target_sentence_wrapped_onto_a_figure(read):
    # 指标值 cells of sentences wrapped over three lines in their column; one's last line is the figure its sentence
    # left open for (`…设施完好率保持在` / `95%以上`). main: 6 indicators, `…保持在` cut there and `95%以上` a nameless
    # row of its own (unparsed_row)
    r = read("ct_s47_ls2_long_target_wrapped.txt")
    assert [(i["level2"], i["level3"], i["target_raw"]) for i in r.tables["indicators"]] == [
        ("数量指标", "防护工程实施里程", "≥80公里"), ("质量指标", "工程验收合格率", "100%"),
        ("社会效益指标", "群众出行安全保障", "有效改善农村群众出行条件，降低交通事故发生率"),
        ("可持续影响指标", "防护设施长效管护", "建立县乡村三级管护机制，设施完好率保持在95%以上"),
        ("服务对象满意度", "沿线群众满意度", "≥90%")]
    assert "unparsed_row" not in warning_codes(r)


def test_table_head_over_two_lines_a_head_spanning_three(read):
    # the indicator table's head over two lines: `绩效指标` over the three level heads, `指标值` and `备注` beside them
    # on the first line only (their cells merged down). main: no indicator (blank_form): the first line read as its
    # cells came (`绩效指标 | 指标值 | 备注`), the second of three heads no head of the table's columns
    r = read("ct_s47_ls2_head_two_lines_span.txt")
    assert indicator_targets(r) == [
        ("产出指标", "数量指标", "防护工程实施里程", ">=", 80.0, "公里"),
        ("产出指标", "数量指标", "隐患点整治数量", "=", 45.0, "处"),
        ("产出指标", "质量指标", "工程验收合格率", "=", 100.0, "%"),
        ("效益指标", "社会效益指标", "道路交通事故下降率", ">=", 10.0, "%"),
        ("满意度指标", "服务对象满意度", "沿线群众满意度", ">=", 90.0, "%")]
    assert [i["note"] for i in r.tables["indicators"]] == [None, None, None, "较上年", None]
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"]) == ("乡村道路安全生命防护工程", "某县交通运输局", "某县公路事业发展中心")
    assert not {"blank_form", "unparsed_row"} & set(warning_codes(r))


def test_tab_dump_with_rows_typed_with_spaces(read):
    # a tab dump whose indicator table was mended by hand: the head and some rows tab-separated, the others set apart
    # by runs of spaces, the merged level 1 left as an indent under the row above's level 2 (in display columns).
    # main: 2 indicators, the spaced rows run into one name (`产出指标 数量指标 改造提升乡镇客运站数量 8个 质量指标 …`)
    r = read("ct_s47_ls2_tabs_and_spaces.txt")
    assert [(i["level1"], i["level2"], i["level3"], i["target_raw"]) for i in r.tables["indicators"]] == [
        ("产出指标", "数量指标", "改造提升乡镇客运站数量", "8个"), ("产出指标", "质量指标", "站场改造验收合格率", "100%"),
        ("产出指标", "时效指标", "项目完工时间", "2025年11月底前"), ("效益指标", "社会效益指标", "农村客运通达率", "100%"),
        ("满意度指标", "服务对象满意度", "乘客满意度", "≥90%")]
    assert not {"target_missing", "no_satisfaction_indicator"} & set(warning_codes(r))


def test_name_and_target_cut_on_the_same_line(read):
    # rows whose name and target both fill their columns and go on on the next line together (`项目区耕地质量等级` /
    # `提升情况` beside `较建设前提升0.5个等级` / `以上`), the levels merged above. main: 7 indicators, each second line a
    # row of its own (`提升情况` with the target `以上`): a name with a text beside it under a row was the next row
    r = read("ct_s47_ls2_name_and_target_wrapped.txt")
    assert [(i["level2"], i["level3"], i["target_raw"]) for i in r.tables["indicators"]] == [
        ("数量指标", "新建高标准农田面积", "≥2万亩"), ("质量指标", "项目区耕地质量等级提升情况", "较建设前提升0.5个等级以上"),
        ("时效指标", "项目竣工验收时间", "2025年12月底前"),
        ("经济效益指标", "项目区粮食综合生产能力新增情况", "亩均增产粮食100公斤以上"),
        ("服务对象满意度", "项目区农户满意度", "≥90%")]

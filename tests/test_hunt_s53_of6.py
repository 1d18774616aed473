"""Hunt of6 (session 53): office files and PDFs as their makers save and print them — tests/fixtures/review/ct_s53_of6_*
(made by tests/fixtures/review/make_s53_of6.py with python-docx, openpyxl, reportlab and LibreOffice), each reading
written down by hand before the run.

Decided (wrong on main, fixed):
- in a rule-less PDF a highlight (a yellow box filled, not stroked) behind `28.6公里` in the goal line
  `新建供水管网 28.6公里，受益农村人口1.6万人。`, the box starting inside the typed blank before `28.6`: its sides are
  where a colour starts, no rule drawn across the line; the line is one cell, the goal whole (main: the goal
  `新建供水管网`, the rest lost — the box's left side in a blank wider than a tenth of a cell gap cut the line, as a
  column rule does); and a Word highlight LibreOffice prints (a yellow box per run, `28.6` | a 2-point sliver |
  `公里`, over a table with no borders) is no table (main: a table of those words alone, the rest of the page lost, no
  project). The sides of a filled, unstroked area no taller than the line and a half of the glyphs over it are no
  rules (a sliver between two such boxes with them); a shaded cell taller than its text keeps its sides.
Kept (read right on main, guards):
- a DOCX 绩效自评表 whose indicator table (with 实际完成值, 分值, 得分, 偏差原因) is a table nested in the 绩效指标 row's
  second cell of the outer form table, its levels merged down (vMerge), the 预算执行率 row's 分值 and 得分 in the outer
  table, the 自评得分 after it;
- an XLSX 项目支出绩效目标表 whose 一级指标 `产出指标` is merged down 6 rows, its 二级指标 merged 3 and 2 rows, a hidden
  helper column (指标编码) between 三级指标 and 指标值 (the codes never a target);
- an XLSX with two forms side by side on one sheet (A-F and H-M): two projects, each its own indicators;
- a PDF LibreOffice printed from a DOCX whose indicator table breaks over two pages, its head row repeated on page 2
  (Word's 标题行重复) and `产出指标` merged down over the break: one project, the repeated head no indicator, the rows
  on page 2 under the level 1 and level 2 going on;
- a DOCX whose target cells hold two paragraphs (`≥95%` then `（年底前）`, `2025年` then `12月底前`): one target each,
  the paragraphs joined (`≥95%（年底前）` a figure with its note, `2025年12月底前` a date).
"""
from __future__ import annotations

import os
import sys

from tests.hunt_tools import indicator_targets, only_project, warning_codes

P, E, S = "产出指标", "效益指标", "满意度指标"
N, Q, T, C = "数量指标", "质量指标", "时效指标", "成本指标"
SO, SAT, EC, SU, ECO = "社会效益指标", "服务对象满意度指标", "生态效益指标", "可持续影响指标", "经济效益指标"
W = 10000.0
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "fixtures"))
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "fixtures", "review"))


def _top(p, *keys):
    return tuple(p[k] for k in keys)


def test_a_highlight_starting_in_a_blank_cuts_no_line(read):
    r = read("ct_s53_of6_highlight_blank.pdf")
    p = only_project(r)
    assert _top(p, "name", "department", "unit", "budget_year", "goal_annual") == (
        "农村供水保障工程", "某县水利局", "某县农村供水管理站", 1350 * W, "新建供水管网28.6公里，受益农村人口1.6万人。")
    assert indicator_targets(r) == [
        (P, N, "新建供水管网长度", ">=", 28.6, "公里"),
        (P, Q, "水质检测合格率", "=", 100.0, "%"),
        (P, T, "工程完工时间", None, None, None),
        (E, SO, "受益农村人口", ">=", 1.6, "万人"),
        (S, SAT, "受益群众满意度", ">=", 92.0, "%")]
    assert warning_codes(r) == []


def test_a_libreoffice_highlight_is_no_table(read):
    """Main: the highlight's boxes (`28.6` | a 2-point sliver | `公里`) a table of its own, the rest of the page lost:
    no project (layout_unknown)."""
    r = read("ct_s53_of6_highlight_lo.pdf")
    p = only_project(r)
    assert _top(p, "name", "department", "unit", "budget_year", "goal_annual") == (
        "农村供水保障工程", "某县水利局", "某县农村供水管理站", 1350 * W, "新建供水管网28.6公里，受益农村人口1.6万人。")
    assert [(i["level1"], i["level2"], i["level3"], i["target_raw"]) for i in r.tables["indicators"]] == [
        (P, N, "新建供水管网长度", "≥28.6公里"), (P, Q, "水质检测合格率", "100%"), (P, T, "工程完工时间", "2025年10月底前"),
        (E, SO, "受益农村人口", "≥1.6万人"), (S, SAT, "受益群众满意度", "≥92%")]
    assert warning_codes(r) == []


def test_the_highlight_box_in_the_words_grid():
    # the text itself: the goal's line one run over the box's sides
    from extract.pdf import extract_pdf
    from tests.conftest import REVIEW
    ex = extract_pdf((REVIEW / "ct_s53_of6_highlight_blank.pdf").read_bytes(), "x")
    texts = [c.text for g in ex.grids for c in g.cells]
    assert "新建供水管网28.6公里，受益农村人口1.6万人。" in texts
    assert "新建供水管网" not in texts


def test_selfeval_indicators_in_a_table_nested_in_a_cell(read):
    r = read("ct_s53_of6_nested_selfeval.docx")
    p = only_project(r)
    assert _top(p, "name", "department", "unit", "budget_year", "spent", "score", "contact", "phone", "year") == (
        "老旧小区改造提升工程", "某区住房和城乡建设局", "某区城市更新服务中心", 1860 * W, 1794.6 * W, 94.6, "李明",
        "0731-8456123", 2024)
    got = [(i["level1"], i["level2"], i["level3"], i["target_raw"], i["actual_raw"], i["weight"], i["score"],
            i["deviation"]) for i in r.tables["indicators"]]
    assert got == [
        (P, N, "改造老旧小区数量", "≥12个", "12个", 10.0, 10.0, None),
        (P, N, "改造惠及居民户数", "≥3200户", "3260户", 10.0, 10.0, None),
        (P, Q, "工程竣工验收合格率", "100%", "100%", 10.0, 10.0, None),
        (P, T, "项目完工时间", "2024年11月底前", "2024年12月15日", 10.0, 8.0, "雨季延误工期"),
        (P, C, "户均改造成本", "≤1.5万元", "1.42万元", 10.0, 10.0, None),
        (E, SO, "居民居住条件", "明显改善", "明显改善", 15.0, 15.0, None),
        (E, SU, "长效管理机制建立率", "100%", "90%", 15.0, 12.0, "2个小区物业未落实"),
        (S, SAT, "居民满意度", "≥90%", "94%", 10.0, 10.0, None)]
    assert [(s["level3"], s["weight"], s["score"]) for s in r.tables["scores"]] == [("预算执行率", 10.0, 9.6)]
    assert warning_codes(r) == ["vague_target"]


def test_level1_merged_six_rows_and_a_hidden_code_column(read):
    r = read("ct_s53_of6_level_merges.xlsx")
    p = only_project(r)
    assert _top(p, "name", "department", "unit", "budget_year", "budget_fiscal", "year") == (
        "电子商务进农村综合示范项目", "某县商务局", "某县电子商务服务中心", 1500 * W, 1500 * W, 2025)
    assert indicator_targets(r) == [
        (P, N, "新建村级电商服务站", ">=", 45.0, "个"),
        (P, N, "培训农村电商从业人员", ">=", 1200.0, "人次"),
        (P, N, "农产品网络销售额", ">=", 8000 * W, "元"),
        (P, Q, "服务站建设验收合格率", "=", 100.0, "%"),
        (P, Q, "培训合格率", ">=", 90.0, "%"),
        (P, T, "服务站建成投运时间", None, None, None),
        (E, ECO, "带动农户增收", ">=", 1500 * W, "元"),
        (E, SO, "带动就业人数", ">=", 600.0, "人"),
        (S, SAT, "农户及经营主体满意度", ">=", 90.0, "%")]
    assert not any("CC0" in str(v) or "XY0" in str(v) or "MY0" in str(v)
                   for t in r.tables.values() for row in t for v in row.values())
    assert warning_codes(r) == []


def test_two_forms_side_by_side_on_one_sheet(read):
    r = read("ct_s53_of6_two_forms_side.xlsx")
    ps = r.tables["projects"]
    assert [_top(p, "name", "department", "unit", "budget_year", "budget_fiscal", "budget_other") for p in ps] == [
        ("农村厕所革命整村推进项目", "某县农业农村局", "某县农村人居环境服务中心", 840 * W, 760 * W, 80 * W),
        ("农村黑臭水体治理试点项目", "某县生态环境局", "某县生态环境保护中心", 1200 * W, 1200 * W, 0.0)]
    ids = [p["project_id"] for p in ps]
    got = [(i["project_id"], i["level3"], i["target_raw"]) for i in r.tables["indicators"]]
    assert got == [
        (ids[0], "新建农村户用卫生厕所", "≥2800户"), (ids[0], "改厕验收合格率", "≥95%"),
        (ids[0], "改厕任务完成时间", "2025年10月底前"), (ids[0], "农村卫生厕所普及率", "≥90%"),
        (ids[0], "农户满意度", "≥90%"),
        (ids[1], "整治农村黑臭水体", "6条"), (ids[1], "新建污水收集管网", "≥12公里"),
        (ids[1], "水质监测达标率", "100%"), (ids[1], "水体透明度", "≥25厘米"), (ids[1], "周边群众满意度", "≥85%")]
    assert warning_codes(r) == []


def test_libreoffice_pdf_table_over_two_pages_head_repeated(read):
    from make_s53_of6 import LONG
    r = read("ct_s53_of6_lo_two_pages.pdf")
    p = only_project(r)
    assert _top(p, "name", "department", "unit", "budget_year", "budget_fiscal", "year", "goal_annual") == (
        "义务教育薄弱环节改善与能力提升", "某县教育局", "某县教育基建服务中心", 6200 * W, 6200 * W, 2025,
        "新建改扩建校舍18000平方米，新增学位2700个，消除城区学校大班额。")
    want = []
    for a, b, c, d in LONG:
        want.append((a or want[-1][0], b or want[-1][1], c, d))
    assert [(i["level1"], i["level2"], i["level3"], i["target_raw"]) for i in r.tables["indicators"]] == want
    assert {i["page"] for i in r.tables["indicators"]} == {1, 2}
    assert warning_codes(r) == []


def test_target_cell_of_two_paragraphs(read):
    r = read("ct_s53_of6_target_two_paras.docx")
    p = only_project(r)
    assert _top(p, "name", "department", "unit", "budget_year", "year") == (
        "农村危房改造补助", "某县住房和城乡建设局", "某县村镇建设服务站", 735 * W, 2025)
    assert [(i["level3"], i["target_raw"], i["op"], i["value"], i["unit"]) for i in r.tables["indicators"]] == [
        ("完成农村危房改造户数", "≥350户", ">=", 350.0, "户"),
        ("改造房屋竣工验收合格率", "≥95%（年底前）", ">=", 95.0, "%"),
        ("补助资金拨付时间", "2025年12月底前", None, None, None),
        ("农村低收入群体住房安全保障率", "100%（动态清零）", "=", 100.0, "%"),
        ("改造户满意度", "≥90%", ">=", 90.0, "%")]
    assert warning_codes(r) == []

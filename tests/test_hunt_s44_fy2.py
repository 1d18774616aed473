"""Hunt fy2 (leftovers of hunt fy, and form families the fixtures held little of): a fund's scored 评价指标体系 named by
its title only, or by a `基金名称：…（政府投资基金）` line; a 事前绩效评估表 whose `评估单位：… | 金额单位：万元` row
sits over the form; a 绩效目标调整申请表 dropping indicators (调整后指标值 `删除` / `取消`). Text dumps (tabs between
cells, as samples/), and tests/fixtures/make_s44_fy2.py for the Word and Excel ones. Each reading was written down by
hand before jixiao was run; the comments say what main gave where it was wrong."""
from __future__ import annotations

from tests.hunt_tools import indicator_targets, only_project, other_fields, warning_codes

W = 10_000.0
P, E, S = "产出指标", "效益指标", "满意度指标"


def test_fund_index_named_by_its_title(read):
    """`2024年度湘潭市就业补助资金绩效评价指标体系及评分表`, no 项目名称 nor 基金名称: the fund the title names is the
    project's name, the year left out. Main: name None (the scores read)."""
    r = read("ct_s44_fy2_fund_index_title.txt")
    p = only_project(r)
    assert (p["form"], p["name"], p["year"], p["score"]) == ("self_eval", "湘潭市就业补助资金", 2024, 91.2)
    s = r.tables["scores"]
    assert len(s) == 11 and sum(x["weight"] for x in s) == 100
    assert (s[8]["level1"], s[8]["level2"], s[8]["level3"], s[8]["score"]) == ("产出", "产出时效", "补贴发放及时性", 8)
    assert warning_codes(r) == []


def test_fund_name_line_with_its_kind(read):
    """`基金名称：湖南省中小企业发展基金（政府投资基金）` (the fund's kind in brackets after its name) and `评价年度：2024年 |
    评价单位：湖南省财政厅` over the 指标体系. Main: no project (`not_a_form`: the name ends in a bracket, no fund's
    name read), the 评价单位 row an unparsed_row."""
    r = read("ct_s44_fy2_fund_name_line.txt")
    p = only_project(r)
    assert (p["form"], p["name"], p["year"], p["score"]) == ("self_eval", "湖南省中小企业发展基金（政府投资基金）", 2024, 89.0)
    assert other_fields(p) == {"评价单位": "湖南省财政厅"}
    assert [x["score"] for x in r.tables["scores"]] == [10, 9, 10, 8, 17, 14, 12, 9]
    assert warning_codes(r) == []


def test_pre_assessment_party_and_unit_row(read):
    """`评估单位：攸县财政局 | 金额单位：万元` over a 新增重大政策和项目事前绩效评估表: the assessing body kept in other_fields
    (no unit of the project's), the money in 万元. The 评估内容 | 评估要点 | 分值 | 得分 rows are scores (level2 the
    评估内容, level3 the 评估要点 scored, as any table of two level columns is read), the 三级指标 | 指标值 rows the
    indicators. Main: the row an unparsed_row, 评估单位 lost."""
    r = read("ct_s44_fy2_preassess_unit_row.txt")
    p = only_project(r)
    assert (p["form"], p["name"], p["unit"], p["year"], p["score"]) == (
        "target", "攸县城区污水管网提质改造项目", "攸县城市排水管理所", 2025, 84.0)
    assert (p["budget_total"], p["budget_year"]) == (2400 * W, 1600 * W)
    assert other_fields(p) == {"评估单位": "攸县财政局", "评估结论": "予以支持"}
    assert [t[2:] for t in indicator_targets(r)] == [
        ("改造污水管网长度", ">=", 26.0, "公里"), ("工程验收合格率", "=", 100.0, "%"),
        ("城区污水集中收集率", ">=", 75.0, "%"), ("沿线居民满意度", ">=", 90.0, "%")]
    s = r.tables["scores"]
    assert [(x["level1"], x["level2"], x["weight"], x["score"]) for x in s][0] == (None, "立项必要性", 20, 18)
    assert s[1]["level3"] == "成本测算是否合理" and sum(x["score"] for x in s) == 84
    assert warning_codes(r) == []


def test_adjustment_dropping_indicators(read):
    """调整申请表 `调整前指标值 | 调整后指标值 | 调整理由` whose 调整后 says `删除` / `取消`: the indicator is dropped, its
    target as written, the one before in the note, and an `indicator_dropped` warning on each. Main: no warning (a
    target `删除` read as any text target)."""
    r = read("ct_s44_fy2_adjust_deleted.txt")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["year"]) == (
        "衡南县农村饮水安全巩固提升工程", "衡南县水利局", "衡南县农村供水管理站", 2024)
    got = [(i["level3"], i["target_raw"], i["note"]) for i in r.tables["indicators"]]
    assert got[1] == ("改造供水管网", "删除", "调整理由：并入下年度项目；调整前指标值：≥60公里")
    assert got[4] == ("新增受益人口", "取消", "调整理由：与普及率重复；调整前指标值：≥2万人")
    assert indicator_targets(r)[0][3:] == (">=", 8.0, "处")
    dropped = [w for w in r.tables["warnings"] if w["code"] == "indicator_dropped"]
    assert [w["line"] for w in dropped] == [got_line for got_line in
                                            [r.tables["indicators"][1]["line"], r.tables["indicators"][4]["line"]]]
    assert "改造供水管网" in dropped[0]["message"] and "≥60公里" in dropped[0]["message"]
    assert warning_codes(r) == ["indicator_dropped", "indicator_dropped"]


def test_fund_index_workbook_named_by_its_title(read):
    """The same in Excel (tests/fixtures/make_s44_fy2.py): `2024年度邵阳市城乡居民养老保险补助资金绩效评价指标体系及评分表`,
    一级 / 二级 merged down. Main: name None."""
    r = read("ct_s44_fy2_fund_index.xlsx")
    p = only_project(r)
    assert (p["form"], p["name"], p["year"], p["score"]) == ("self_eval", "邵阳市城乡居民养老保险补助资金", 2024, 93.5)
    s = r.tables["scores"]
    assert [(x["level1"], x["level2"]) for x in s][4] == ("过程", "资金管理")
    assert sum(x["score"] for x in s) == 93.5
    assert warning_codes(r) == []


def test_adjustment_dropping_indicators_word(read):
    """The same in Word (`删除`, and `该指标取消`), 一级 / 二级 merged down. Main: no warning."""
    r = read("ct_s44_fy2_adjust_deleted.docx")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"]) == ("祁阳市小型水库除险加固项目", "祁阳市水利局", "祁阳市水利工程建设管理站")
    got = [(i["level2"], i["level3"], i["target_raw"]) for i in r.tables["indicators"]]
    assert got[1] == ("数量指标", "新建水雨情监测设施", "删除") and got[3] == ("社会效益指标", "保护下游人口", "该指标取消")
    assert r.tables["indicators"][3]["note"] == "调整理由：与受益人口重复；调整前指标值：≥3万人"
    assert warning_codes(r) == ["indicator_dropped", "indicator_dropped"]


def test_self_eval_report_with_its_table(read):
    """A 专项资金绩效自评报告: prose (基本情况, 绩效目标, the score in a sentence, `评价等级为“优”`) around `表1  娄底市农业产业
    发展专项资金绩效自评表` (年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施), one reason cut over two lines.
    The fund the table's caption names is the project (its number `表1` left out). Main: no project (`not_a_form`:
    the document a 报告 naming no project); the reason's second line an indicator of its own."""
    r = read("ct_s44_fy2_report_with_table.txt")
    p = only_project(r)
    assert (p["form"], p["name"], p["year"], p["score"], p["grade"]) == (
        "self_eval", "娄底市农业产业发展专项资金", 2024, 92.5, "优")
    ind = r.tables["indicators"]
    assert len(ind) == 7
    assert [(i["actual_raw"], i["weight"], i["score"]) for i in ind][3] == ("92%", 10, 8.5)
    assert ind[3]["deviation"] == "部分县市区拨付滞后，下年度加强督导"
    assert [(s["level3"], s["weight"], s["score"]) for s in r.tables["scores"]] == [("预算执行率", 10, 5)]
    assert warning_codes(r) == []


def test_monitor_row_cut_in_its_reasons(read):
    """项目绩效跟踪监控表 `… | 1-6月完成值 | 全年预计完成值 | 偏差原因 | 纠偏措施`, a row whose 完成值, 偏差原因 and 纠偏措施
    cells a line break cut (`未完成 | … | 受雨季影响，土建工期 | 增加施工班组，` over `滞后约20天 | | 延误 | 倒排工期`): the
    pieces go on in the cells above (纠偏措施 stays in the note, as tests/test_hunt_s41_nx.py reads it). Main: a seventh
    indicator of no name (an unparsed_row), its pieces cut from the row above."""
    r = read("ct_s44_fy2_monitor_reasons_cut.txt")
    p = only_project(r)
    assert (p["form"], p["name"], p["budget_year"], p["spent"], p["execution_rate"]) == (
        "self_eval", "冷水江市城区学校扩容建设项目", 5000 * W, 1850 * W, 0.37)
    ind = r.tables["indicators"]
    assert len(ind) == 6
    t = ind[3]
    assert (t["level3"], t["target_raw"], t["progress_raw"], t["deviation"], t["note"]) == (
        "秋季学期投入使用", "2025年8月底前", "未完成滞后约20天", "受雨季影响，土建工期延误",
        "全年预计完成值：按期完成；纠偏措施：增加施工班组，倒排工期")
    assert (ind[0]["progress_raw"], ind[0]["deviation"]) == ("0所", "主体工程在建")
    assert warning_codes(r) == []


def test_pre_assessment_points_before_key_points(read):
    """A 事前绩效评估表 `评估内容 | 分值 | 评估要点 | 评分标准 | 得分` (the points before the 评估要点, a rule column), its 评估内容
    numbered and merged down (`一、立项必要性（20分）`), under `评估单位（盖章）：安化县财政局 | 金额单位：万元`. Its rows are the
    project's scores, as `评估内容 | 评估要点 | 分值 | 得分` (ct_s43_fy_preassess_table.txt): level2 the 评估内容 (its
    number left out), level3 the 评估要点, the weight and the score. Main: an internal error (read_assessment_table
    asked the item above the first row), the file `failed`, no project; past it, an assessment form of no items."""
    r = read("ct_s44_fy2_preassess_points_first.txt")
    assert r.document["status"] == "ok"
    p = only_project(r)
    assert (p["form"], p["name"], p["unit"], p["score"]) == ("target", "安化县黑茶产业园基础设施建设项目",
                                                             "安化县黑茶产业园管理委员会", 85.0)
    assert (p["budget_total"], p["budget_year"]) == (5600 * W, 2000 * W)
    assert other_fields(p) == {"评估单位": "安化县财政局", "评估结论": "建议予以支持"}
    s = r.tables["scores"]
    assert [(x["level2"], x["level3"], x["weight"], x["score"]) for x in s][:2] == [
        ("立项必要性（20分）", "项目立项是否符合国家政策和发展规划", 10, 10),
        ("立项必要性（20分）", "是否属于公共财政支持范围", 10, 9)]
    assert len(s) == 6 and sum(x["weight"] for x in s) == 100 and sum(x["score"] for x in s) == 85
    assert r.tables["assessment_items"] == []
    assert "unparsed_row" not in warning_codes(r)


def test_adjustment_kind_column_drops(read):
    """`原指标值 | 调整后指标值 | 调整类型 | 调整理由` with a row `≥30公里 | / | 删除 | …`: its 调整后 cell empty because the
    adjustment drops it, so no target in force (not the one before, as for a row left as it was, `不变`), the one
    before in the note, `indicator_dropped` and no target_missing. Main: the target `≥30公里` (the one before, kept as
    if unchanged), no warning."""
    r = read("ct_s44_fy2_adjust_kind_column.txt")
    got = [(i["level3"], i["target_raw"], i["note"]) for i in r.tables["indicators"]]
    assert got[1] == ("新增波形护栏", None, "调整类型：删除；调整理由：并入安防里程统计；调整前指标值：≥30公里")
    assert got[0][1] == "≥100公里" and got[2][1] == "100%"
    assert warning_codes(r) == ["indicator_dropped"]
    assert "新增波形护栏" in r.tables["warnings"][0]["message"]

"""Hunt fam4 (session 49: form families and titles): a title naming an institution's project other than a centre's
(`新化县2024年乡镇自动气象站项目绩效目标表`, `…红色文化纪念馆项目支出绩效目标表`, no 项目名称 row) — not the
institution's own forms (`新化县图书馆项目支出绩效目标表` under that library as the unit); a document that is only a
list of projects (a 项目库 入库项目清单, a tab-separated 申报汇总表 `序号 | 项目名称 | 申报单位 | … | 申请资金`); … Text
dumps (tabs between cells, as samples/). Each reading was written down by hand before jixiao was run; the comments
say what main gave."""
from __future__ import annotations

import pytest

from tests.hunt_tools import budget_lines, indicator_targets, only_project, other_fields, warning_codes

W = 10_000.0


@pytest.mark.parametrize("name, project, dept, unit, money", [
    ("ct_s49_fam4_station_title.txt", "新化县乡镇自动气象站项目", "新化县气象局", "新化县气象台", 60 * W),
    ("ct_s49_fam4_hall_title.txt", "新化县红色文化纪念馆项目", "新化县文化旅游广电体育局", "新化县文物管理所", 300 * W)])
def test_title_names_an_institutions_project(read, name, project, dept, unit, money):
    """A title `…站项目` / `…馆项目` over a form of no 项目名称 whose unit is another body: the project is the institution
    the title names, as a centre's (hunt fam3). Main: name null (only a title's `…中心项目` was read so). An
    institution's own forms name none, as on main: `新化县图书馆项目支出绩效目标表` under 实施单位 新化县图书馆."""
    p = only_project(read(name))
    assert (p["name"], p["year"], p["department"], p["unit"], p["budget_year"]) == (project, 2024, dept, unit, money)
    assert len(read(name).tables["indicators"]) == 4
    p = only_project(read("ct_s49_fam4_hall_own_title.txt"))
    assert (p["name"], p["unit"], p["budget_year"]) == (None, "新化县图书馆", 40 * W)


@pytest.mark.parametrize("name, n, head", [
    ("ct_s49_fam4_library_list.txt", 3, "序号 | 项目名称 | 项目类别 | 实施单位"),
    ("ct_s49_fam4_tab_list.txt", 3, "序号 | 项目名称 | 申报单位 | 主管部门")])
def test_a_document_of_a_project_list_only(read, name, n, head):
    """A 项目库 入库项目清单 (`序号 | 项目名称 | 项目类别 | 实施单位 | 建设内容 | 总投资 | 申请资金 | 入库时间`, no targets)
    and a tab-separated 申报汇总表, nothing else in the document: no project, a `project_list` warning naming its head
    and its three projects, documents.layout `unknown`. Main: `layout_unknown` (no form evidence), the list unsaid."""
    r = read(name)
    assert r.tables["projects"] == []
    assert warning_codes(r) == ["project_list"]
    msg = r.tables["warnings"][0]["message"]
    assert f"list of {n} projects" in msg and head in msg
    assert r.document["layout"] == "unknown"


@pytest.mark.parametrize("name", ["ct_s49_fam4_region_goals.txt", "ct_s48_fam3_region_rows.txt",
                                  "ct_s48_fam3_region_rows.xlsx"])
def test_region_form_places_one_a_row_are_where_the_money_goes(read, name):
    """A 区域绩效目标表's places one a row, `县市区 | 资金额度（万元） | 区域绩效目标`: each place a `composition` line (where
    the fund goes), as under `市州 | 资金金额` and as fam2's `区域 | 长沙市 | 株洲市 | 合计` are. Main: `source` lines (where
    money comes from) under 县市区 / 资金额度, composition under 市州 / 资金金额: two readings of one table."""
    r = read(name)
    assert {k for *_, k in budget_lines(r)} == {"composition"}
    assert len(budget_lines(r)) == len(r.tables["projects"]) - 1


def test_region_form_places_named_after_the_forms_whole_fund(read):
    """`2025年度农村综合改革转移支付区域绩效目标表` over `资金名称 | 农村综合改革转移支付资金`: each county's share named
    after the fund as the form names it, `农村综合改革转移支付资金（桃源县）`. Main: `农村综合改革转移支付（桃源县）`, the
    title's fund cut short before 区域, beside the fund's own project `…转移支付资金`."""
    r = read("ct_s49_fam4_region_goals.txt")
    assert [(p["name"], p["budget_total"]) for p in r.tables["projects"]] == [
        ("农村综合改革转移支付资金", 2500 * W), ("农村综合改革转移支付资金（桃源县）", 1500 * W),
        ("农村综合改革转移支付资金（汉寿县）", 1000 * W)]
    assert [(n, a) for _, n, a, _ in budget_lines(r)] == [("桃源县", 1500 * W), ("汉寿县", 1000 * W)]
    assert [i[2:] for i in indicator_targets(r)] == [("美丽乡村示范村建设数量", ">=", 16.0, "个"), ("村民满意度", ">=", 90.0, "%")]


@pytest.mark.parametrize("name, title, project, dept, unit", [
    ("ct_s49_fam4_filer_title.txt", "新化县卫生健康局2024年农村改厕项目绩效目标表", "农村改厕项目", "新化县卫生健康局",
     "新化县爱国卫生服务中心"),
    ("ct_s49_fam4_filer_title_year_first.txt", "2024年度新化县发展和改革委员会粮食应急保障体系建设项目支出绩效目标表",
     "粮食应急保障体系建设项目", "新化县发展和改革委员会", "新化县粮食和物资储备中心")])
def test_title_of_a_body_and_its_project(read, name, title, project, dept, unit):
    """A title opening with the body filing the form, then (a year and) its project, no 项目名称 row: the project is
    the words after the body (`农村改厕项目`), the body its department (from the title where no 主管部门 row states
    one). Main: the body's name and the project's run together, `新化县卫生健康局农村改厕项目`."""
    p = only_project(read(name))
    assert (p["title"], p["name"], p["department"], p["unit"], p["year"]) == (title, project, dept, unit, 2024)


def test_ex_ante_assessment_form_keeps_its_title(read):
    """`新化县2025年智慧农贸市场改造项目事前绩效评估表` over `评估单位：… | 金额单位：万元`, the project's labels, a
    `评估内容 | 评估要点 | 分值 | 得分` table and its 合计 84, 评估结论: the title the form's `title`, its project, money,
    five scored items (level 2 the 评估内容), score 84 and the conclusion. Main: all that but `title` null (a 事前
    绩效评估表 was no form title)."""
    r = read("ct_s49_fam4_ex_ante.txt")
    p = only_project(r)
    assert (p["title"], p["name"], p["year"], p["department"], p["unit"], p["budget_year"], p["score"]) == (
        "新化县2025年智慧农贸市场改造项目事前绩效评估表", "新化县智慧农贸市场改造项目", 2025, "新化县商务局", "新化县市场服务中心",
        600 * W, 84.0)
    assert [(s["level2"], s["weight"], s["score"]) for s in r.tables["scores"]] == [
        ("立项必要性", 20.0, 18.0), ("投入经济性", 20.0, 16.0), ("绩效目标合理性", 20.0, 17.0), ("实施方案可行性", 20.0, 15.0),
        ("筹资合规性", 20.0, 18.0)]
    assert other_fields(p) == {"评估单位": "新化县财政局", "评估结论": "予以支持，建议按评估意见完善后安排预算。"}


MID_YEAR = [("改造供水管网长度", "long_term", ">=", 60.0, "公里"), ("改造供水管网长度", "annual", ">=", 25.0, "公里"),
            ("管网漏损率", "long_term", "<=", 9.0, "%"), ("管网漏损率", "annual", "<=", 11.0, "%")]


def _horizons(r):
    return [(i["level3"], i["horizon"], i["op"], i["value"], i["unit"]) for i in r.tables["indicators"]]


def test_mid_and_year_targets_in_one_cell(read):
    """A 中期 + 年度 form whose target head is `指标值（中期/年度）` over `≥60公里/≥25公里`: two indicators a row, the
    period's (long_term) and the year's (annual), as under `中期指标值 | 年度指标值`. Main: one indicator a row, no
    target (`≥60公里/≥25公里` unread), no horizon."""
    r = read("ct_s49_fam4_mid_year_slash.txt")
    p = only_project(r)
    assert (p["goal_total"], p["goal_annual"], p["budget_total"], p["budget_year"]) == (
        "改造老旧供水管网60公里，管网漏损率降至9%以下。", "改造老旧供水管网25公里，管网漏损率降至11%以下。", 3000 * W, 1200 * W)
    assert _horizons(r) == MID_YEAR + [("用水居民满意度", "long_term", ">=", 90.0, "%"),
                                       ("用水居民满意度", "annual", ">=", 90.0, "%")]
    assert warning_codes(r) == []


def test_mid_and_year_indicators_by_a_type_column(read):
    """`绩效指标 | 指标类型 | 一级指标 | 二级指标 | 三级指标 | 指标值` over `| 中期指标 | 产出指标 | …` rows then `| 年度指标 |
    产出指标 | …` rows: each row's horizon the type column's, down to the next. Main: no horizon, and a
    `duplicate_indicator` warning of each indicator named under both."""
    r = read("ct_s49_fam4_mid_year_rows.txt")
    assert sorted(_horizons(r)) == sorted(MID_YEAR + [("用水居民满意度", "annual", ">=", 90.0, "%")])
    assert [i["horizon"] for i in r.tables["indicators"]] == ["long_term", "long_term", "annual", "annual", "annual"]
    assert "duplicate_indicator" not in warning_codes(r)


def test_region_form_targets_by_place_rows(read):
    """A 区域绩效目标表 whose indicator table opens with the place, `地区 | 一级指标 | 二级指标 | 三级指标 | 指标值` over
    `长沙市 | 产出指标 | …` and `株洲市 | 产出指标 | …`: each indicator keeps its place in its note (`地区：长沙市`), and a
    name met under two places is no `duplicate_indicator`. Main: the places lost (four unplaced_cell warnings) and
    two duplicate_indicator warnings."""
    r = read("ct_s49_fam4_region_indicator_rows.txt")
    p = only_project(r)
    assert (p["name"], p["department"], p["budget_year"]) == ("中央财政农业产业发展资金", "农业农村部", 52000 * W)
    assert [(i["level3"], i["target_raw"], i["note"]) for i in r.tables["indicators"]] == [
        ("现代农业产业园建设数量", "≥1个", "地区：长沙市"), ("经营主体满意度", "≥85%", "地区：长沙市"),
        ("现代农业产业园建设数量", "≥2个", "地区：株洲市"), ("经营主体满意度", "≥85%", "地区：株洲市")]
    assert warning_codes(r) == []


def test_title_with_the_year_after_the_project(read):
    """`基层医疗卫生机构能力提升项目2024年度绩效目标表` (the year between the project and the form's words), no 项目名称
    row: the project `基层医疗卫生机构能力提升项目`, year 2024. Main: name null (only a year before the project was left
    out of a title's name)."""
    p = only_project(read("ct_s49_fam4_year_after_name.txt"))
    assert (p["name"], p["year"], p["department"], p["unit"], p["budget_year"]) == (
        "基层医疗卫生机构能力提升项目", 2024, "新化县卫生健康局", "新化县基层卫生服务中心", 320 * W)

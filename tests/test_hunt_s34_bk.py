"""Session of 2026-12-03 (second), hunt BK: the labels and table heads of forms of other provinces, cities and
ministries (归口部门, 承办 / 用款 / 二级预算单位, 总金额 / 投资总额, 本年度申请金额, 财政性资金, 执行期间, 本年度目标,
满分 / 标准分 / 评分, 实现值, 开支内容 | 申请数 …; inputs in tests/fixtures/review/ct_s34_bk_*)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from jixiao.pipeline import process_file

REVIEW = Path(__file__).parent / "fixtures" / "review"
W = 10_000


def _review(name):
    return process_file(REVIEW / name).tables


def _d(s):
    return dt.date.fromisoformat(s)


# file -> the project's fields as written on the form (money in 元)
PROJECTS = {
    "ct_s34_bk_guikou_yongkuan.txt": dict(
        name="城市道路日常维护专项经费", department="深圳市交通运输局", unit="深圳市道路养护中心",
        start_date=_d("2024-01-01"), end_date=_d("2024-12-31"), budget_total=520 * W, budget_year=520 * W,
        budget_fiscal=520 * W),
    "ct_s34_bk_chengban_fuzeren.txt": dict(
        unit="安吉县文化馆", leader="王丽娟", start_date=_d("2023-01-01"), end_date=_d("2023-12-31"),
        budget_total=1_200_000, budget_year=800_000, budget_fiscal=800_000, budget_other=0),
    "ct_s34_bk_budget_units_levels.txt": dict(
        name="中小学教师培训专项", department="湖南省教育厅", unit="湖南省教育科学研究院",
        start_date=_d("2025-01-01"), end_date=_d("2027-12-31"), budget_total=900 * W, budget_year=300 * W,
        goal_annual="完成骨干教师培训3000人次，培训合格率95%以上，参训教师满意度90%以上。"),
    "ct_s34_bk_prior_year_labels.txt": dict(
        start_date=_d("2022-03-01"), end_date=_d("2022-11-30"), budget_year=3500 * W, prior_budget=3000 * W,
        prior_spent=2870.5 * W),
    "ct_s34_bk_hangye_shiti.txt": dict(
        department="河南省发展和改革委员会", unit="濮阳市范县人民政府", start_date=_d("2024-01-01"),
        end_date=_d("2026-12-31"), budget_total=12000 * W, budget_year=4000 * W, prior_budget=3500 * W,
        prior_spent=3420 * W),
    "ct_s34_bk_jihuazhi_chengban.txt": dict(
        unit="江西鄱阳湖国家级自然保护区管理局", start_date=_d("2025-01-01"), end_date=_d("2025-12-31"),
        budget_total=650 * W, budget_fiscal=600 * W, budget_other=50 * W,
        goal_annual="对湿地周边受损农户实施生态补偿，保护越冬候鸟栖息地不少于3万亩。"),
    "ct_s34_bk_yuqi_xiaoguo.txt": dict(
        goal_annual="对特困、低保等困难群众参加城乡居民医保个人缴费部分给予资助，做到应助尽助。"),
    "ct_s34_bk_public_budget_line.xlsx": dict(
        name="边境地区义务教育营养改善计划", unit="崇左市教育局", start_date=_d("2024-01-01"),
        end_date=_d("2024-12-31"), budget_fiscal=5600 * W, budget_other=0),
    "ct_s34_bk_yusuan_zhuguan.docx": dict(
        department="云南省农业农村厅", unit="云南省绿色食品发展中心", start_date=_d("2023-02-01"),
        end_date=_d("2023-11-30"), budget_total=400 * W, budget_year=400 * W, budget_fiscal=400 * W,
        goal_annual="组织参加展会6场，新增认证绿色食品100个。"),
    "ct_s34_bk_guikou_quanzhong.docx": dict(department="甘肃省水利厅", unit="武威市水务局"),
    "ct_s34_bk_invest_plan_labels.txt": dict(
        department="宁夏回族自治区水利厅", unit="银川市水务局", leader="马志刚", start_date=_d("2025-03-01"),
        end_date=_d("2026-06-30"), budget_total=8000 * W, budget_year=3000 * W, budget_fiscal=3000 * W,
        budget_other=0, prior_budget=2000 * W, prior_spent=1950 * W,
        goal_total="完成黄河干流宁夏段堤防达标加固，防洪标准达到50年一遇。", goal_annual="加固堤防20公里。"),
    "ct_s34_bk_first_level_unit.xlsx": dict(
        department="内蒙古自治区林业和草原局", unit="锡林郭勒盟林业和草原局", contact="包玉梅",
        start_date=_d("2026-01-01"), end_date=_d("2026-12-31"), budget_total=20000 * W, budget_year=20000 * W,
        budget_fiscal=20000 * W, budget_other=0),
    "ct_s34_bk_manfen_zipingfen.txt": dict(score=86.3, grade="优"),
    "ct_s34_bk_biaozhunfen_self.xlsx": dict(score=97.5, grade="优"),
    "ct_s34_bk_shixianzhi.txt": dict(score=99.6, grade="优"),
}


@pytest.mark.parametrize("name", sorted(PROJECTS))
def test_a_forms_labels_of_another_province_fill_its_project(name):
    t = _review(name)
    (p,) = t["projects"]
    assert {k: p[k] for k in PROJECTS[name]} == PROJECTS[name]


def test_a_fiscal_source_with_its_amount_in_the_first_column_is_a_line():
    """`一般公共预算资金（万元） | 5600` under the totals (no money block): a line of one of the three budgets, the fiscal
    money (it was taken for a block's label and its amount dropped without a word)."""
    t = _review("ct_s34_bk_public_budget_line.xlsx")
    assert [(b["kind"], b["name"], b["amount"]) for b in t["budget_items"]] == [
        ("source", "一般公共预算资金", 56_000_000.0)]


# file -> (level3, weight, score, actual_raw) of its indicators
SCORED = {
    "ct_s34_bk_manfen_zipingfen.txt": [   # 满分 | 自评分
        ("示范基地数量", 20, 20, "21个"), ("推广新品种新技术", 20, 20, "16项"), ("技术到位率", 10, 10, "96%"),
        ("示范区亩均增收", 20, 17, "92元"), ("农户满意度", 10, 10, "93%")],
    "ct_s34_bk_biaozhunfen_self.xlsx": [   # 标准分 | 自评得分, 全年实际值
        ("巩固提升受益人口", 20, 20, "12.6万人"), ("水质达标率", 15, 15, "96%"), ("工程完工率", 15, 13, "92%"),
        ("农村集中供水率", 30, 30, "91%"), ("受益群众满意度", 10, 10, "95%")],
    "ct_s34_bk_guikou_quanzhong.docx": [   # 权重分 | 得分
        ("改造高效节水灌溉面积", 30, 30, "5.2万亩"), ("工程验收合格率", 20, 20, "100%"),
        ("灌溉水有效利用系数", 30, 30, "0.61"), ("受益农户满意度", 10, 8, "88%")],
    "ct_s34_bk_shixianzhi.txt": [   # 实现值 | 满分值 | 评分
        ("养护里程", 40, 40, "310公里"), ("路况优良率", 30, 30, "82%"), ("群众满意度", 20, 20, "91%")],
}


@pytest.mark.parametrize("name", sorted(SCORED))
def test_full_marks_and_points_heads_of_a_self_evaluation(name):
    t = _review(name)
    got = [(i["level3"], i["weight"], i["score"], i["actual_raw"]) for i in t["indicators"]]
    assert got == SCORED[name]


def test_a_scoring_table_headed_standard_points_and_points_given():
    """一级指标 | 二级指标 | 三级指标 | 标准分 | 评分 (a 评分表 alone under the project's labels): its rows (the form
    was a blank template, no project)."""
    t = _review("ct_s34_bk_biaozhunfen_pingfen.txt")
    (p,) = t["projects"]
    assert (p["form"], p["name"], p["department"]) == ("self_eval", "公共法律服务体系建设", "江苏省司法厅")
    assert [(s["level3"], s["weight"], s["score"]) for s in t["scores"]] == [
        ("立项依据充分性", 3, 3), ("绩效目标合理性", 3, 2.5), ("资金到位率", 5, 5), ("管理制度健全性", 4, 4),
        ("法律援助案件数", 20, 19), ("社会效益", 25, 24), ("受援人满意度", 10, 9)]


def test_plan_value_heads_the_target_column():
    t = _review("ct_s34_bk_jihuazhi_chengban.txt")
    assert [(i["level3"], i["op"], i["value"], i["unit"]) for i in t["indicators"]] == [
        ("补偿农户户数", ">=", 1500, "户"), ("保护栖息地面积", ">=", 3, "万亩"), ("补偿资金兑付及时率", "=", 100, "%"),
        ("越冬候鸟数量", None, None, None), ("补偿农户满意度", ">=", 90, "%")]


def test_spending_items_and_amount_asked_heads_of_a_budget_table():
    t = _review("ct_s34_bk_kaizhi_shenqingshu.txt")
    assert [(b["name"], b["amount"]) for b in t["budget_items"]] == [
        ("硬件维保", 1_200_000), ("软件运维", 1_000_000), ("安全测评", 400_000)]
    assert not [w for w in t["warnings"] if w["code"] == "unparsed_row"]


def test_the_head_of_a_list_of_units_gives_no_unit():
    """`单位名称 | 基本支出 | 项目支出 | 合计` (预算单位名称 too): the head of a list of units and their money; 基本支出
    was the unit."""
    for name in ("ct_s34_bk_unit_list_head.html", "af_c14_unit_list_table.html"):
        t = _review(name)
        assert [p["unit"] for p in t["projects"]] == [None]
        assert any(w["code"] == "unparsed_row" and "基本支出" in w["message"] for w in t["warnings"])


def test_weak_labels_do_not_split_a_form_or_steal_its_goal():
    """预算项目名称 beside a procurement's 采购项目名称, 预期效果 beside 年度绩效目标: one form, the named label's value."""
    t = _review("ct_s29_a2_procurement_target.txt")
    assert len(t["projects"]) == 1
    (p,) = _review("ct_s34_bk_two_goals_guard.txt")["projects"]
    assert p["goal_annual"] == "为全市8000名困难老人提供居家养老服务补贴。"


def test_guards_read_right():
    (p,) = _review("ct_s34_bk_build_invest_guard.txt")["projects"]
    assert (p["budget_total"], p["budget_year"], p["unit"]) == (26_000_000, 15_000_000, "甘孜藏族自治州林业和草原局")
    t = _review("ct_s34_bk_kouf_standard_guard.txt")
    assert [(i["weight"], i["note"]) for i in t["indicators"]][:2] == [(30, "按完成比例计分"), (20, "未达100%不得分")]
    (p,) = _review("ct_s34_bk_schedule_guard.txt")["projects"]
    assert (p["start_date"], p["end_date"]) == (_d("2023-03-01"), _d("2023-08-31"))

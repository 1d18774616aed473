"""Review rv: the rules merged in the session of 2026-12-04 (second) (72623d99..8fd5cbb2) read on forms they were not
written for. A list head naming a plan's schedule target (年度进度目标) beside word-class aims (预期效果), a 专项债券 list
whose 预期效益（万元） column holds money, four-level indicator tables (txt, xlsx) with a 四级 whose 指标值 is blank,
考核评分表 whose 扣分 column is filled and 得分 left blank on some rows (txt, xlsx) or beside a 扣分原因 column, and a
计量单位 column whose cells carry a note or the unit's symbol in brackets. Each reading was written down by hand
before jixiao was run; the comments say what main gave where it was wrong. The findings: /tmp/s42/rv/REVIEW.md,
summarised in the CHANGELOG."""
from __future__ import annotations

from tests.hunt_tools import indicator_targets, only_project, other_fields

WAN = 10_000.0


def _items(r) -> list[tuple]:
    return [(a["item_no"], a["points"], a["score"]) for a in r.tables["assessment_items"]]


def test_plan_list_with_a_schedule_target_head(read):
    # main: no list at all (layout_unknown, 0 projects): `年度进度目标` was taken for a progress report's head
    r = read("ct_s42_rv_plan_progress_target.txt")
    ps = r.tables["projects"]
    assert [(p["name"], p["unit"], p["budget_total"]) for p in ps] == [
        ("中心城区老旧小区改造提升工程", "市住建局", 5600 * WAN),
        ("城区公办幼儿园扩容工程", "市教育局", 3200 * WAN),
        ("农村饮水安全巩固提升工程", "市水利局", 2480 * WAN)]
    assert ps[0]["overview"] == "改造老旧小区32个，惠及居民4800户"
    assert ps[0]["goal_annual"] == "改善居民居住条件，居民满意度≥90%"
    assert other_fields(ps[1])["年度进度目标"] == "8月底前投入使用"


def test_bond_list_money_effect_is_no_goal(read):
    # main: goal_annual `16850` / `29400` (the 预期效益（万元） column's money taken for the goal by its word class)
    r = read("ct_s42_rv_bond_list_money_effect.txt")
    ps = r.tables["projects"]
    assert [(p["name"], p["budget_total"], p["goal_annual"]) for p in ps] == [
        ("高铁新区停车场建设项目", 12600 * WAN, None), ("工业园区标准厂房建设项目", 21000 * WAN, None)]
    assert [v for k, v in other_fields(ps[0]).items() if k.startswith("预期效益")] == ["16850"]
    assert [i["level3"] for i in r.tables["indicators"]] == ["新建停车位", "年停车收入", "新建标准厂房", "厂房出租率"]


def test_four_level_blank_target_is_its_own_indicator(read):
    # main: `农村改厕：新改建农村户用卫生厕所新建村级公厕` (the blank-target 四级 glued to the name above), 5 indicators
    r = read("ct_s42_rv_four_level_blank_target.txt")
    assert indicator_targets(r) == [
        ("产出指标", "数量指标", "农村改厕：新改建农村户用卫生厕所", ">=", 1200.0, "户"),
        ("产出指标", "数量指标", "农村改厕：新建村级公厕", None, None, None),
        ("产出指标", "数量指标", "农村改厕：粪污资源化利用设施", ">=", 12.0, "处"),
        ("产出指标", "质量指标", "改厕质量：改厕验收合格率", ">=", 95.0, "%"),
        ("效益指标", "社会效益指标", "村容村貌改善：村庄清洁行动覆盖率", "=", 100.0, "%"),
        ("满意度指标", "服务对象满意度指标", "群众满意度：受益群众满意度", ">=", 90.0, "%")]


def test_four_level_blank_target_xlsx(read):
    # (a control: the xlsx row keeps its 备注 cell, so no join was asked; main right)
    r = read("ct_s42_rv_four_level_blank_target.xlsx")
    assert [t[2:] for t in indicator_targets(r)] == [
        ("收运设施：新增垃圾压缩转运站", ">=", 3.0, "座"), ("收运设施：配置密闭式收集车", None, None, None),
        ("收运设施：新增分类收集亭", ">=", 40.0, "个"), ("处置质量：生活垃圾无害化处理率", "=", 100.0, "%"),
        ("环境改善：农村生活垃圾收运处置体系覆盖率", ">=", 95.0, "%"), ("群众满意度", ">=", 90.0, "%")]


def test_deduction_beside_blank_score_column(read):
    # main: every score None (a 得分 column in the head, blank in every row: the 扣分 cells only notes, `2`, `3`, `5`)
    r = read("ct_s42_rv_deduct_score_blank.txt")
    assert _items(r) == [(1, 10.0, 8.0), (2, 15.0, 15.0), (3, 15.0, 12.0), (4, 20.0, 20.0), (5, 20.0, 15.0),
                         (6, 20.0, 20.0)]
    assert [a["score_note"] for a in r.tables["assessment_items"]] == [None] * 6


def test_deduction_beside_blank_score_cells_xlsx(read):
    # main: items 2-4 no score (their 得分 cells blank), item 5's note `2`
    r = read("ct_s42_rv_deduct_score_blank.xlsx")
    assert _items(r) == [(1, 20.0, 20.0), (2, 20.0, 16.0), (3, 20.0, 17.0), (4, 20.0, 20.0), (5, 20.0, 18.0)]
    assert r.tables["assessment_items"][4]["score_note"] == "扣2分"


def test_deduction_reason_column(read):
    # main: items 4 and 5 no score; notes `公示时间不足；2`, `质量问题整改未完成；5` (the bare figure copied)
    r = read("ct_s42_rv_deduct_reason_col.txt")
    assert _items(r) == [(1, 10.0, 10.0), (2, 10.0, 8.0), (3, 20.0, 20.0), (4, 20.0, 15.0), (5, 20.0, 17.0)]
    assert [a["score_note"] for a in r.tables["assessment_items"]] == [
        None, "公示时间不足；扣2分", None, "质量问题整改未完成", "部分资料缺失"]


def test_unit_cell_notes_and_symbols(read):
    r = read("ct_s42_rv_unit_cell_notes.txt")
    got = [(i["level3"], i["op"], i["value"], i["unit"], i["qualifier"]) for i in r.tables["indicators"]]
    assert got == [
        # main: qualifier `2025年` (the unit cell's 含改扩建 dropped under a cell of one target per year)
        ("节能改造单位数", ">=", 14.0, "家", "2025年；含改扩建"),
        # main: qualifier `全年` (含线上 dropped: the target's own qualifier came first)
        ("节能宣传培训", ">=", 3000.0, "人次", "全年；含线上"),
        # main: qualifiers `t` and `kWh` (the unit's own symbol in brackets)
        ("年节约标准煤", ">=", 1200.0, "吨", None),
        ("年节电量", ">=", 180.0, "万千瓦时", None),
        ("年节约能源费用", ">=", 950_000.0, "元", "估算"),
        ("改造单位满意度", ">=", 90.0, "%", None)]
    assert r.tables["indicators"][0]["note"] == "2024年：≥12家"


def test_list_lead_department_beside_its_unit(read):
    # main: unit 市城管局 (the 牵头部门 taken for the unit by its word class), 责任单位 an other field
    r = read("ct_s42_rv_lead_dept_list.txt")
    assert [(p["name"], p["department"], p["unit"], p["budget_total"]) for p in r.tables["projects"]] == [
        ("城区公共停车泊位建设", "市城管局", "章贡区人民政府", 1200 * WAN),
        ("城乡学校食堂改造提升", "市教育局", "各县（市、区）教育局", 860 * WAN)]
    assert [other_fields(p).get("责任单位") for p in r.tables["projects"]] == [None, None]


def test_score_cell_facts_over_months_or_quarters(read):
    # main: items 2 and 3 no score (`第1-2季度…`, `1-6月…` read as a rule's range, `1-2项`; named in a warning)
    r = read("ct_s42_rv_score_period_facts.txt")
    assert _items(r) == [(1, 15.0, 15.0), (2, 15.0, 13.0), (3, 10.0, 7.0), (4, 10.0, 10.0), (5, 20.0, None),
                         (6, 10.0, 10.0)]
    assert [a["score_note"] for a in r.tables["assessment_items"]][1:3] == ["第1-2季度未更新", "1-6月解读材料未同步发布"]

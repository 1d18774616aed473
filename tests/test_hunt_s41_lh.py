"""Hunt lh (session 41): project lists whose heads use words offices write but no form's label — 责任单位 / 主责单位 /
实施主体, 投资规模 / 总投资, 建设年限 / 完成时限 / 起止年限, 建设内容 / 建设规模, 预期效果, 考核指标 — in text dumps, an
xlsx, a photo and a scan (tests/fixtures/make_s41_lh.py). Each expectation below was written by hand from the form
before jixiao was run."""
from tests.hunt_tools import other_fields

W = 10000.0


def _rows(r, *keys):
    return [tuple(p[k] for k in keys) for p in r.tables["projects"]]


def _inds(r):
    return [(i["project_id"][-1], i["level3"], i["op"], i["value"], i["unit"]) for i in r.tables["indicators"]]


def test_zhongdian_list_build_term_and_content(read):
    # 牵头单位 | 总投资 | 建设内容 | 建设年限 | 年度目标. main: 建设内容 and 建设年限 kept in other_fields (no overview, no
    # period)
    r = read("ct_s41_lh_zhongdian_list.txt")
    assert r.document["layout"] == "packed_list"
    assert _rows(r, "name", "unit", "budget_total", "period_raw", "overview") == [
        ("县城污水处理厂提标改造工程", "县住建局", 3200 * W, "2024-2025", "污水处理规模2万吨/日，出水提标至一级A"),
        ("城北农贸市场改造", "县商务局", 850 * W, "2024年", "改造市场建筑面积6000平方米，新增摊位120个"),
        ("县人民医院发热门诊建设", "县卫健委", 1460 * W, "2023-2024", "新建发热门诊2800平方米")]
    p = r.tables["projects"][0]
    assert p["goal_annual"] == "完成主体工程80%，出水水质达标率100%"
    assert (str(p["start_date"]), str(p["end_date"])) == ("2024-01-01", "2025-12-31")
    assert all("建设年限" not in other_fields(p) and "建设内容" not in other_fields(p) for p in r.tables["projects"])


def test_minsheng_list_responsible_unit(read):
    # 资金规模 | 责任单位 | 实施期限 | 主要建设内容 | 绩效目标. main: 责任单位 in other_fields, no unit
    r = read("ct_s41_lh_minsheng_list.txt")
    assert _rows(r, "name", "unit", "budget_total", "period_raw") == [
        ("城区老旧小区改造", "市住建局", 4200 * W, "2024年3月-12月"),
        ("农村学校营养改善计划", "市教育局", 1260 * W, "2024年全年"),
        ("城乡居民免费“两癌”筛查", "市卫健委", 310 * W, "2024年4月-11月")]
    assert r.tables["projects"][2]["goal_annual"] == "筛查人数≥1.5万人；早诊率≥60%"
    assert all(other_fields(p) == {} for p in r.tables["projects"])


def test_xczx_library_investment_and_expected_effect(read):
    # a 衔接资金 项目库: 投资规模 | 实施主体 | 起止年限 | 预期效果 (no head holds 目标 or 指标). main: layout_unknown, no project
    r = read("ct_s41_lh_xczx_library.txt")
    assert r.document["layout"] == "packed_list"
    assert _rows(r, "name", "unit", "category", "budget_total", "period_raw", "goal_annual") == [
        ("石门村茶叶加工厂建设", "石门乡人民政府", "产业发展", 180 * W, "2025.03-2025.10", "带动脱贫户户均增收≥1200元"),
        ("青山村产业路硬化", "青山镇人民政府", "乡村建设", 140 * W, "2025.04-2025.09", "硬化道路3.5公里；受益群众满意度≥95%"),
        ("雨露计划职业教育补助", "县乡村振兴局", "就业项目", 96 * W, "2025.01-2025.12", "补助学生≥320人；资金发放及时率100%")]
    assert r.tables["projects"][1]["overview"] == "硬化产业路3.5公里，宽4.5米"
    assert other_fields(r.tables["projects"][2]) == {
        "建设性质": "新建", "实施地点": "全县", "补助标准": "1500元/生·学期", "受益户数": "320", "受益人口": "320",
        "联农带农机制": "直接补助到户"}


def _check_kaohe(r):
    assert r.document["layout"] == "packed_list"
    assert _rows(r, "name", "unit", "budget_total", "overview") == [
        ("智慧城管平台建设", "区城管局", 560 * W, "建设城市管理综合指挥平台1个"),
        ("公共厕所提质改造", "区城管局", 210 * W, "改造公厕35座"),
        ("背街小巷整治", "区住建局", 780 * W, "整治背街小巷18条")]
    assert _inds(r) == [
        ("1", "平台上线运行", "=", 1.0, "个"), ("1", "案件按期处置率", ">=", 95.0, "%"),
        ("2", "改造公厕", ">=", 35.0, "座"), ("2", "群众满意度", ">=", 90.0, "%"),
        ("3", "整治背街小巷", "=", 18.0, "条"), ("3", "工程验收合格率", "=", 100.0, "%")]


def test_kaohe_list_text(read):
    # 实施主体 | 投资规模 | 建设规模 | 起止年限 | 考核指标. main: layout_unknown, no project, no indicator
    r = read("ct_s41_lh_kaohe_list.txt")
    _check_kaohe(r)
    assert _rows(r, "period_raw") == [("2024年",), ("2024年",), ("2024-2025",)]


def test_kaohe_list_xlsx_merged_unit(read):
    # the same list in a sheet: 主责单位 merged down over projects 1 and 2, 完成时限, a =SUM total row. main: layout_unknown
    r = read("ct_s41_lh_kaohe_list.xlsx")
    _check_kaohe(r)
    assert _rows(r, "period_raw") == [("2024年12月底",), ("2024年10月底",), ("2025年6月底",)]


def test_photo_of_minsheng_list(read):
    # the last session's photo heads: 资金规模 / 责任单位 / 实施期限 / 主要建设内容 / 绩效目标. main: 3 projects, the unit
    # kept as other_fields {"责任单位": …}
    r = read("ct_s41_lh_photo_minsheng_list.jpg")
    assert _rows(r, "name", "unit", "budget_total", "period_raw") == [
        ("城区老旧小区改造", "市住建局", 4200 * W, "2024年3月-12月"),
        ("农村饮水安全巩固提升", "市水利局", 1350 * W, "2024年4月-10月"),
        ("城乡居民两癌筛查", "市卫健委", 310 * W, "2024年4月-11月")]
    assert r.tables["projects"][1]["goal_annual"] == "受益人口≥3.2万人；水质达标率≥95%"


def test_scan_of_xczx_library(read):
    # 投资规模 / 实施主体 / 建设年限 / 预期效果 on a skewed scan. main: layout_unknown
    r = read("ct_s41_lh_scan_xczx_library.jpg")
    ps = r.tables["projects"]
    assert len(ps) == 3
    # (the OCR may misread a glyph of the first name, 石门村 as 石内村: not this hunt's)
    assert [p["name"] for p in ps][1:] == ["青山村产业路硬化", "雨露计划职业教育补助"]
    assert _rows(r, "unit", "budget_total", "period_raw", "goal_annual") == [
        ("石门乡人民政府", 180 * W, "2025年", "带动脱贫户户均增收≥1200元"),
        ("青山镇人民政府", 140 * W, "2025年", "硬化道路3.5公里"),
        ("县乡村振兴局", 96 * W, "2025年", "补助学生≥320人")]
    assert other_fields(ps[0]) == {"建设性质": "新建", "受益户数": "86"}


def test_progress_table_stays_no_list(read):
    # a 建设进度表 with 责任单位 / 总投资 / 建设内容 heads but no goal nor indicator column: no target declared (as on main)
    r = read("ct_s41_lh_progress_not_list.txt")
    assert r.tables["projects"] == [] and r.document["layout"] != "packed_list"

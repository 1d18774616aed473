"""Hunt lr (session 43): project lists, leftovers of hunts lq and rz — money columns by the level of government
beside a 自筹资金 column, a 实施单位 cell naming a lead office and its partners, and a list whose year heads are all past
years' spending. Each expectation below was written by hand from the form before jixiao was run."""
from tests.hunt_tools import other_fields, warning_codes

W = 10000.0


def _projects(r, *keys):
    return [tuple(p[k] for k in keys) for p in r.tables["projects"]]


def test_levels_beside_self_raised(read):
    # main: no budget_total nor budget_fiscal: `中央资金 | 省级资金` other fields, `自筹资金` budget_other alone (hunt lq's
    # rule of level columns did not apply with a 自筹 column there)
    r = read("ct_s43_lr_levels_self_raised.txt")
    # the project's money the sum of its parts, its fiscal money the levels', its other money the 自筹
    assert _projects(r, "name", "budget_total", "budget_fiscal", "budget_other") == [
        ("村组道路硬化工程", 300 * W, 280 * W, 20 * W), ("农村供水保障工程", 160 * W, 160 * W, None),
        ("村级活动场所改造", 90 * W, 80 * W, 10 * W)]
    assert other_fields(r.tables["projects"][0]) == {
        "中央资金（万元）": "200", "省级资金（万元）": "80", "自筹资金（万元）": "20"}
    assert "total_row_mismatch" not in warning_codes(r)     # (合计 370 + 150 + 30 = 550, the three's)


def test_unit_lead_and_partners(read):
    # main: the units `县住建局牵头，县财政局配合` and `县住建局牵头、各乡镇配合` whole, role words and partners in them
    r = read("ct_s43_lr_unit_lead_partner.txt")
    # the lead office the project's unit (as an assessment's 责任单位 drops its role words), the partners kept as 配合单位
    assert _projects(r, "name", "unit", "budget_total") == [
        ("老旧小区改造工程", "县住建局", 500 * W), ("城区污水管网改造", "县住建局", 300 * W),
        ("农村公路养护工程", "县交通运输局", 200 * W)]
    assert [other_fields(p) for p in r.tables["projects"]] == [{"配合单位": "县财政局"}, {"配合单位": "各乡镇"}, {}]


def test_lead_unit_spellings():
    from normalize.records import lead_unit
    # main: no such reading (a list's unit cell kept whole)
    assert lead_unit("牵头单位：县住建局；配合单位：县财政局、县自然资源局") == ("县住建局", ["县财政局", "县自然资源局"])
    assert lead_unit("县财政局配合，县发改局牵头负责") == ("县发改局", ["县财政局"])
    assert lead_unit("县住建局（牵头）、各乡镇") == ("县住建局", ["各乡镇"])
    # no lead named, or two offices leading: None (the cell as it is)
    assert lead_unit("县住建局、县财政局") is None and lead_unit("牵头单位：县住建局、县财政局") is None
    assert lead_unit("各乡镇（街道）负责") is None


def test_past_years_only(read):
    # main: nothing read (layout_unknown): `2024年执行数 | 2025年执行数`, no year the budget year's, made the head no list's
    r = read("ct_s43_lr_past_years.txt")
    # the projects with their goals; each year's money spent an other field under its head, no budget year's money
    assert _projects(r, "name", "unit", "budget_year", "budget_total", "goal_annual") == [
        ("老旧小区改造工程", "县住建局", None, None, "改造老旧小区12个"),
        ("城区污水管网改造", "县住建局", None, None, "新建污水管网15公里"),
        ("农村公路养护工程", "县交通运输局", None, None, "养护农村公路120公里")]
    assert [other_fields(p) for p in r.tables["projects"]] == [
        {"2024年执行数": "420", "2025年执行数": "380"}, {"2024年执行数": "260", "2025年执行数": "300"},
        {"2024年执行数": "180", "2025年执行数": "200"}]
    assert "layout_unknown" not in warning_codes(r)

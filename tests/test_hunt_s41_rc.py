"""Review rc (session 41): hunt sc's scan rules (a flat mark's stroke test, a seal's single glyph dropped, a ruling's
parts kept off a seal's ring, a possible ‰ reported as low confidence) tried on scans other than its own, made by
tests/fixtures/make_s41_rc.py (prefix ct_s41_rc_ in tests/fixtures/review): `一、` headings, a `2-4小时` range and a
`—` / `-` target, percent signs followed by a bracket, a word or a 0 (`100%（10月前）`, `≥95%以上`, `100%，0起`),
circled numbers and round marks by the column rulings, faxes with a black seal over one-glyph values, a red seal
beside single-glyph cells, small type at 150-200 dpi, a photo.

The expectations were written by hand from the forms before jixiao read them (money in 元). Where the session's start
(before hunt sc) read a form otherwise, the test says what it gave; the forms both trees read alike are controls
that the new rules must keep (none of them fired wrongly on these pages).
"""
from __future__ import annotations

from tests.hunt_tools import only_project


def _rows(r) -> list[tuple]:
    return [(i["level1_std"], i["level2"], i["level3"], i["op"], i["value"], i["value_max"], i["unit"])
            for i in r.tables["indicators"]]


def _low(r) -> list[str]:
    return [w["message"] for w in r.tables["warnings"] if w["code"] == "low_confidence"]


DASH = [
    ("output", "数量指标", "抢修管网长度", ">=", 12.0, None, "公里"),
    ("output", "时效指标", "爆管抢修到场时间", "range", 2.0, 4.0, "小时"),
    ("output", "成本指标", "单次抢修成本", None, None, None, None),
    ("outcome", "社会效益指标", "停水投诉下降率", ">=", 10.0, None, "%"),
    ("satisfaction", "服务对象满意度指标", "用水户满意度", ">=", 90.0, None, "%"),
]


def test_dash_range_scan(read):
    """`一、项目基本情况` above the title, `2-4小时` a range, `—` no figure (its raw text is read `一`, on both trees:
    left as it is); the flat-mark test keeps the dash a mark, no value made of it."""
    r = read("ct_s41_rc_dash_range_150dpi.jpg")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"]) == ("城区供水管网抢修维护", "平塘县住房和城乡建设局", "平塘县供排水公司")
    assert p["budget_year"] == 365000.0
    assert _rows(r) == DASH
    assert r.tables["indicators"][2]["target_raw"] in ("—", "一", "-")
    assert not _low(r)


def test_dash_range_photo(read):
    """The same form photographed (keystone, shading, blur): the same reading."""
    r = read("ct_s41_rc_dash_photo.jpg")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"]) == ("城区供水管网抢修维护", "惠水县住房和城乡建设局", "惠水县供排水公司")
    assert p["budget_year"] == 365000.0
    assert _rows(r) == DASH


def test_percent_followed_by_note(read):
    """Percent signs followed by a bracket, a word, a year (11 px type at 150 dpi): none is a possible ‰, no cell is
    reported, each target keeps its figure and note."""
    r = read("ct_s41_rc_pct_note_150dpi.jpg")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"]) == ("农村义务教育学生营养改善计划", "紫云县教育局", "紫云县学生资助管理中心")
    assert p["budget_year"] == 12600000.0
    assert _rows(r) == [
        ("output", "数量指标", "受益学生人数", ">=", 2.8, None, "万人"),
        ("output", "时效指标", "资金拨付进度", "=", 100.0, None, "%"),
        ("output", "质量指标", "食品安全抽检合格率", ">=", 95.0, None, "%"),
        ("outcome", "社会效益指标", "学生营养不良发生率下降", ">=", 0.5, None, "%"),
        ("satisfaction", "服务对象满意度指标", "学生家长满意度", ">=", 90.0, None, "%"),
    ]
    q = [i["qualifier"] for i in r.tables["indicators"]]
    assert q[1] == "10月前" and q[4] == "2026年"
    assert not _low(r)


def test_percent_then_zero_in_goal(read):
    """`处理率100%，0起环境污染事故` in the goal cell, 11 px type at 170 dpi: a percent sign with a 0 after it (past a
    comma) is no ‰ trace; the goal is read whole and nothing is reported."""
    r = read("ct_s41_rc_pct_zero_170dpi.jpg")
    p = only_project(r)
    assert p["goal_annual"] == "生活垃圾无害化处理率100%，0起环境污染事故。"
    assert p["budget_year"] == 5400000.0
    assert _rows(r) == [
        ("output", "数量指标", "日均处理垃圾量", ">=", 260.0, None, "吨"),
        ("output", "质量指标", "无害化处理率", "=", 100.0, None, "%"),
        ("outcome", "生态效益指标", "渗滤液达标排放率", "=", 100.0, None, "%"),
        ("satisfaction", "服务对象满意度指标", "周边群众满意度", ">=", 85.0, None, "%"),
    ]
    assert not _low(r)


def test_circled_numbers_coffee_ring(read):
    """①② in the goal cell, a grey coffee ring over the 二级指标 | 三级指标 ruling (200 dpi): every indicator and
    target read. (The goal's text is cut after `不少于60` on both trees: the second line of the cell, and the
    level-2 cells under the ring are reported at 0.70: noted, not asserted.)"""
    r = read("ct_s41_rc_circled_200dpi.jpg")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"]) == ("乡村公益性岗位开发补贴", "镇宁县人力资源和社会保障局", "镇宁县就业局")
    assert p["budget_year"] == 2150000.0
    assert p["goal_annual"].startswith("①开发乡村公益性岗位不少于")
    assert _rows(r) == [
        ("output", "数量指标", "开发公益性岗位数", ">=", 600.0, None, "个"),
        ("output", "时效指标", "补贴按月发放率", "=", 100.0, None, "%"),
        ("outcome", "社会效益指标", "脱贫劳动力就业人数", ">=", 550.0, None, "人"),
        ("satisfaction", "服务对象满意度指标", "岗位人员满意度", ">=", 92.0, None, "%"),
    ]


def test_circled_small_type(read):
    """①②③ before the 三级指标 names by the column ruling (150 dpi, 11 px): the names and targets read (the circled
    numbers dropped from the names). Both trees read the pencil ring round the 数量指标 | ② ruling as `一`
    (`数量指标一`) and the `-` target as `l-`: noted, not asserted."""
    r = read("ct_s41_rc_circled_small_150dpi.jpg")
    p = only_project(r)
    assert p["name"] == "中小学校舍维修改造" and p["budget_year"] == 3120000.0
    got = [(i["level3"], i["op"], i["value"], i["unit"]) for i in r.tables["indicators"]]
    assert got[:2] == [("维修校舍面积", ">=", 4200.0, "平方米"), ("改造旱厕数", "=", 6.0, "所")]
    assert got[2][0] == "工程完工时间" and r.tables["indicators"][2]["target_raw"] == "2026年8月底前"
    assert got[3][:3] == ("校舍安全隐患发生数", None, None)


FAX = [
    ("output", "数量指标", "购置设备台数", ">=", 14.0, None, "台"),
    ("output", "质量指标", "设备验收合格率", "=", 100.0, None, "%"),
    ("outcome", "社会效益指标", "医疗安全事故", None, None, None, None),
    ("satisfaction", "服务对象满意度指标", "就诊群众满意度", ">=", 90.0, None, "%"),
]


def test_fax_seal_over_lone_value(read):
    """A fax (200 dpi, 1-bit), the seal gone black over the 是否政府采购 row, its value `是` alone in its cell below the
    ring's centre: the `是` is kept (read as the unplaced 是否政府采购 | 是, no field of the contract), the seal's
    `局` dropped. The session's start split every indicator in two (name and target as separate indicators, no
    targets: `购置设备台数` and `≥14台`): the ring's arcs made column rulings."""
    r = read("ct_s41_rc_seal_single_fax.tif")
    p = only_project(r)
    assert (p["name"], p["department"], p["budget_year"]) == ("乡镇卫生院医疗设备购置", "三穗县卫生健康局", 980000.0)
    assert _rows(r) == FAX
    assert any(w["code"] == "unplaced_cell" and "是否政府采购 | 是" in w["message"] for w in r.tables["warnings"])


def test_fax_seal_lower(read):
    """The seal stamped lower (its words over the 是否政府采购 row, 健 and 康 over the value `是`): the indicators and
    the money read; the session's start lost the 年度资金总额 (98.00万). The value `是` itself, under the seal's
    letters, is read on neither tree (noted)."""
    r = read("ct_s41_rc_seal_upper_fax.tif")
    p = only_project(r)
    assert (p["name"], p["department"]) == ("乡镇卫生院医疗设备购置", "天柱县卫生健康局")
    assert p["budget_year"] == 980000.0
    assert _rows(r) == FAX


def test_red_seal_beside_single_glyphs(read):
    """A red seal beside (not over) cells of one glyph or figure (`是`, `1台`, `无`) at 170 dpi: all kept."""
    r = read("ct_s41_rc_seal_near_170dpi.jpg")
    p = only_project(r)
    assert (p["name"], p["department"], p["budget_year"]) == ("乡镇卫生院医疗设备购置", "剑河县卫生健康局", 980000.0)
    assert _rows(r) == [("output", "数量指标", "购置设备台数", "=", 1.0, None, "台")] + FAX[1:]
    assert r.tables["indicators"][2]["target_raw"] == "无"
    assert any(w["code"] == "unplaced_cell" and "是否政府采购 | 是" in w["message"] for w in r.tables["warnings"])

"""Session of 2026-12-03 (second), hunt BI: forms as government web portals publish them (信息公开 / 预算公开
pages): the page's own record (索引号 … 标　　题), tables drawn with <div>s in CSS grid or display:table, saved
pages (inputs in tests/fixtures/review/ct_s34_bi_*)."""
from __future__ import annotations

from pathlib import Path

from extract.office import _grid_line, _grid_tracks, extract_html
from jixiao.pipeline import process_file

REVIEW = Path(__file__).parent / "fixtures" / "review"


def _review(name):
    return process_file(REVIEW / name)


def _inds(t):
    return [(i["level1"], i["level2"], i["level3"], i["target_raw"], i["op"], i["value"], i["unit"])
            for i in t["indicators"]]


def test_the_pages_title_row_of_its_record_is_no_unparsed_row():
    res = _review("ct_s34_bi_page_record_title_row.html")
    t = res.tables
    assert res.document["status"] == "ok"
    assert not [w for w in t["warnings"] if w["code"] == "unparsed_row"]
    (p,) = t["projects"]
    assert (p["name"], p["year"], p["budget_year"]) == ("城乡居民基本医疗保险补助资金", 2024, 12600000.0)
    assert len(t["indicators"]) == 9


_GRID_FORM = [
    ("产出指标", "数量指标", "享受津贴人数", "≥1.93万人", ">=", 1.93, "万人"),
    ("产出指标", "数量指标", "80-89周岁月补贴标准", "100元/人·月", "=", 100.0, "元/人·月"),
    ("产出指标", "质量指标", "津贴发放准确率", "100%", "=", 100.0, "%"),
]


def test_a_form_drawn_as_a_css_grid_of_divs_is_read_as_a_table():
    t = _review("ct_s34_bi_css_grid_inline_spans.html").tables
    (p,) = t["projects"]
    assert (p["name"], p["department"], p["unit"], p["year"]) == ("高龄老人津贴发放", "某市民政局", "某市社会福利中心", 2024)
    assert (p["budget_year"], p["budget_fiscal"]) == (23160000.0, 23160000.0)
    assert p["goal_annual"] == "按季度足额发放80周岁以上老年人高龄津贴，保障高龄老人基本生活。"
    inds = _inds(t)
    assert len(inds) == 7 and inds[:3] == _GRID_FORM
    assert inds[-1] == ("满意度指标", "服务对象满意度指标", "高龄老人满意度", "≥95%", ">=", 95.0, "%")


def test_a_css_grid_placed_by_the_pages_class_rules_is_read_as_a_table():
    # `.full{grid-column:2 / -1}`, `.w2{grid-column:span 2}`, `.r3{grid-row:span 3}`, repeat(3, minmax(…)); the
    # @media rule (display:block on a phone) and `:hover` are not applied
    t = _review("ct_s34_bi_css_grid_class_rules.html").tables
    (p,) = t["projects"]
    assert (p["name"], p["department"], p["unit"]) == ("市级公立医院医疗设备购置", "某市卫生健康委员会", "某市第一人民医院")
    assert (p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (45000000.0, 30000000.0, 15000000.0)
    inds = _inds(t)
    assert [i[2] for i in inds] == ["购置医疗设备数量", "设备验收合格率", "设备安装调试完成时间", "门急诊检查等候时间", "患者满意度"]
    assert inds[0][:3] == ("产出指标", "数量指标", "购置医疗设备数量") and inds[3][:2] == ("效益指标", "社会效益指标")


def test_a_form_drawn_with_display_table_divs_is_read_as_a_table():
    t = _review("ct_s34_bi_display_table_divs.html").tables
    (p,) = t["projects"]
    assert (p["name"], p["department"], p["unit"], p["year"]) == (
        "城市生活垃圾分类处理运营补助", "某市城市管理局", "某市环境卫生管理所", 2025)
    assert p["budget_year"] == 14800000.0
    inds = _inds(t)
    assert len(inds) == 5
    assert inds[2] == ("产出指标", "成本指标", "吨垃圾处理补助标准", "≤48元/吨", "<=", 48.0, "元/吨")


def test_a_page_laid_out_by_a_css_grid_keeps_its_table_form_and_its_text():
    res = _review("ct_s34_bi_layout_grid_page_guard.html")
    (p,) = res.tables["projects"]
    assert (p["name"], p["year"], p["budget_year"]) == ("公共法律服务体系建设", 2025, 680000.0)
    assert len(res.tables["indicators"]) == 3


def test_a_page_of_attachment_links_gives_no_project():
    t = _review("ct_s34_bi_attachment_links_only.html").tables
    assert t["projects"] == [] and t["indicators"] == []


def test_a_chrome_saved_mhtml_page_is_read():
    t = _review("ct_s34_bi_chrome_saved.mhtml").tables
    (p,) = t["projects"]
    assert (p["name"], p["year"], p["leader"], p["phone"]) == ("基本公共卫生服务补助资金", 2023, "刘敏", "028-86123456")
    assert len(t["indicators"]) == 6


def test_css_grid_tracks_and_lines():
    assert _grid_tracks("120px 1fr 1fr") == 3
    assert _grid_tracks("[start] 120px repeat(3, minmax(90px, 1fr)) 160px [end]") == 5
    assert _grid_tracks("repeat(auto-fill, minmax(100px, 1fr))") is None
    assert _grid_line("span 4", 6) == (None, 4)
    assert _grid_line("2 / 4", 6) == (1, 2)
    assert _grid_line("2 / span 3", 6) == (1, 3)
    assert _grid_line("2 / -1", 6) == (1, 4)
    assert _grid_line("span 2 / -1", 6) == (3, 2)


def test_a_one_row_css_table_is_a_layout_not_a_grid():
    page = ("<html><head><style>.m{display:table}.m>div{display:table-row}.c{display:table-cell}</style></head><body>"
            "<div class='m'><div><div class='c'>首页</div><div class='c'>政务公开</div></div></div>"
            "<p>项目名称：某项目</p></body></html>").encode()
    ex = extract_html(page, "x")
    assert ex.grids == []

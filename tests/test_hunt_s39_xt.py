"""Hunt XT (session 39): what office tools print and save, read before any parser — the last note's extraction
leftovers and more producers. Inputs tests/fixtures/review/ct_s39_xt_* (made by tests/fixtures/make_s39_xt.py, in the
geometry and markup of the tools that make them: LibreOffice, chromium and antiword are not installed here); each test
asserts what the form shows, written down before the run."""
from pathlib import Path

from tests.hunt_tools import indicator_targets, warning_codes

REVIEW = Path(__file__).parent / "fixtures" / "review"
W = 10000

DOWN_ACROSS = [
    ("产出指标", "数量指标", "运维乡镇污水处理站", ">=", 18.0, "个"),
    ("产出指标", "数量指标", "运维配套管网", ">=", 65.0, "公里"),
    ("产出指标", "数量指标", "设备维修更换", ">=", 30.0, "台套"),
    ("产出指标", "数量指标", "污泥清运处置量", ">=", 1200.0, "吨"),
    ("产出指标", "数量指标", "水质检测次数", ">=", 216.0, "次"),
    ("产出指标", "质量指标", "出水水质达标率", ">=", 95.0, "%"),
    ("产出指标", "质量指标", "设施正常运行率", ">=", 98.0, "%"),
    ("产出指标", "时效指标", "故障响应时间", "<=", 24.0, "小时"),
    ("产出指标", "成本指标", "单站年均运维成本", "<=", 23.3 * W, "元"),
    ("效益指标", "生态效益指标", "化学需氧量削减量", ">=", 520.0, "吨"),
    ("效益指标", "生态效益指标", "氨氮削减量", ">=", 60.0, "吨"),
    ("效益指标", "社会效益指标", "受益人口", ">=", 8.6, "万人"),
    ("效益指标", "可持续影响指标", "运维服务年限", ">=", 3.0, "年"),
    ("满意度指标", "服务对象满意度指标", "周边群众满意度", ">=", 90.0, "%"),
]


def test_calc_sheet_printed_down_then_across(read):
    # a sheet two pages wide and two long printed "top to bottom, then right" (Calc's default page order): columns
    # A–B (labels, levels) of the first 18 rows on page 1, of the rest on page 2, columns C–E (names, 指标值, 备注)
    # on pages 3 and 4; the fonts not embedded (main: pages 1+2 and 3+4 read apart, every indicator without its
    # levels, 4 unparsed_rows, status partial)
    r = read("ct_s39_xt_calc_down_then_across.pdf")
    assert r.document["status"] == "ok"
    [p] = r.tables["projects"]
    assert (p["name"], p["department"], p["unit"]) == ("乡镇污水处理设施运维项目", "县生态环境局", "县污水处理运营中心")
    assert p["budget_year"] == 420 * W
    assert p["goal_annual"] == "完成18个乡镇污水处理站运行维护，出水水质稳定达标。"
    assert indicator_targets(r) == DOWN_ACROSS
    assert [i["page"] for i in r.tables["indicators"]] == [1] * 10 + [2] * 4
    assert "unparsed_row" not in warning_codes(r)


def test_pages_down_then_across_joined_in_order():
    from extract.pdf import extract_pdf
    ex = extract_pdf((REVIEW / "ct_s39_xt_calc_down_then_across.pdf").read_bytes(), "x")
    assert ex.pages == 4
    rows = [[c.text for c in row] for g in ex.grids for row in g.rows() if row]
    assert ["一级指标", "二级指标", "三级指标", "指标值", "备注"] in rows
    # (a row's cells with text; main: the page-4 rows `氨氮削减量 | ≥60吨` alone, their levels on page 2)
    assert ["满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%"] in rows
    assert ["年度目标", "完成18个乡镇污水处理站运行维护，出水水质稳定达标。"] in rows

"""Hunt of14 (session 67): office files of layouts not met before, each made by the tool that makes such files
(tests/fixtures/review/ct_s67_of14_*, made by tests/fixtures/review/make_s67_of14.py) — a Word form split over a head
table and an indicator table with a heading between, its 一级指标 merged down and written one character a line, soft
line breaks (`w:br`) inside a figure, a target and a name; a form whose table breaks over a page, the second part
repeating the head; a 单位名称 in a table of the page header; a form in a text box only; a workbook sheet named by its
year, its used range from C5, money as apostrophe text and in yuan under `0!.0,"万"`, the name in rich-text runs,
percent formats, a hidden helper column (and the same saved as .xls and .ods by LibreOffice); a page saved by Word
(`<o:p>`, `mso-` styles, its `<xml>` properties, `&nbsp;` in labels and targets, a `<br>` inside a figure); a GBK page
declaring gb2312; an .odt and an .rtf; a damaged .odt, .rtf and .xlsx and noise named .odt. Each reading was written
down by hand before the run.

Decided (wrong on main, fixed):
- a figure cut by a line break inside its cell, a Word `w:br` or a page's `<br>` (`年度资金总额（万元） | 1<w:br/>68.50`,
  `其中：财政拨款 | 24<br>0.00`), is the figure joined, as a PDF's wrapped cell is (`extract.grid.figure_cut`, in the DOCX
  and HTML cell readers): 168.50 (main: budget_year null, the money cell no number); pieces of digits only, a decimal
  point in the last piece or ending the one before; a list of figures (`120.00` over `48.50`, `1,200` over `3,400`) or
  of years stays as written;
- an .odt / .ods / .rtf whose bytes are no zip package, RTF, XML / HTML, text or Office 97-2003 file is a failed
  document `not an OpenDocument text (.odt): …` (main: LibreOffice imported the noise as a text, status ok, a
  `layout_unknown`); a cut .odt / .ods (its zip package not opening) fails `damaged OpenDocument text (.odt): …`
  without starting LibreOffice (main: `LibreOffice could not convert the .odt file (no output)` after seconds); an
  .rtf LibreOffice gives no output of whose groups stay open at its end fails `damaged RTF document (.rtf): 3 groups
  left open at its end (a cut file); …` (main: only `LibreOffice could not convert the .rtf file (no output)`).
Kept (read right on main, guards): two tables with a heading between read as one form; a level-1 cell one character a
paragraph or a line (`产\\n出\\n指\\n标`); `≥<w:br/>320公里`, `≥9<w:br/>0%` and a name broken by a soft break; a table
split over a page, the second part's level-1 empty, carried (产出指标); the page header's table `单位名称：…` the unit and
its `填报日期` the fill date; a text box's form read once (not its VML fallback copy); a sheet named `2024年` the year;
a used range from C5; a `quotePrefix` text figure; `0!.0,"万"` on 1235000 shown `123.5万`; rich-text runs joined;
`0%` on 0.95 read 95%, `"≥"0.0%` on 0.985 ≥98.5%; a hidden column of codes not read; the .xls and .ods alike; Word's
`<xml>` properties and spacer row unread, `主&nbsp;管&nbsp;部&nbsp;门` a label, `≥&nbsp;90%`; a GBK page under a gb2312
meta (堃 read); an .odt and .rtf read through LibreOffice; a cut .xlsx a failed row naming the file.
Left: an .xls written by WPS 表格 (no WPS here to make one).
"""
from __future__ import annotations

import datetime

import pytest

from extract.grid import figure_cut
from tests.hunt_tools import indicator_targets, only_project, warning_codes

PRE = "ct_s67_of14_"
W = 10000.0
P, E, S = "产出指标", "效益指标", "满意度指标"
SAT = "服务对象满意度指标"


def _money(p) -> tuple:
    return p["budget_year"], p["budget_fiscal"]


def test_split_tables_vertical_level_and_soft_breaks(read):
    """Head and indicator tables with a heading between; the money figure cut by a w:br joined (168.50)."""
    r = read(PRE + "split.docx")
    p = only_project(r)
    assert (p["year"], p["name"], p["department"], p["unit"]) == (
        2025, "乡村公路日常养护", "广元市昭化区交通运输局", "昭化区公路养护站")
    assert _money(p) == (168.5 * W, 168.5 * W)
    assert indicator_targets(r) == [
        (P, "数量指标", "日常养护里程", ">=", 320.0, "公里"), (P, "质量指标", "养护路段优良路率", ">=", 85.0, "%"),
        (P, "时效指标", "养护任务完成时间", None, None, None), (E, "社会效益指标", "群众出行条件改善", None, None, None),
        (S, SAT, "沿线群众满意度", ">=", 90.0, "%")]
    assert [i["target_raw"] for i in r.tables["indicators"]][2:4] == ["2025年12月底前", "明显改善"]
    assert warning_codes(r) == ["vague_target"]


def test_table_broken_over_a_page(read):
    r = read(PRE + "cont.docx")
    p = only_project(r)
    assert (p["name"], p["unit"], _money(p)) == ("城区背街小巷提质改造", "岳阳楼区市政设施维护中心", (1260 * W, 1260 * W))
    assert indicator_targets(r) == [
        (P, "数量指标", "改造背街小巷数量", "=", 42.0, "条"), (P, "数量指标", "改造路面面积", ">=", 8.6, "万平方米"),
        (P, "质量指标", "工程验收合格率", "=", 100.0, "%"), (P, "时效指标", "完工时间", None, None, None),
        (E, "社会效益指标", "受益居民人数", ">=", 1.5, "万人"), (S, SAT, "沿线居民满意度", ">=", 90.0, "%")]
    assert r.tables["warnings"] == []


def test_unit_in_page_header_table(read):
    r = read(PRE + "header.docx")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["fill_date"]) == (
        "适龄儿童免疫规划疫苗接种", "宁波市鄞州区卫生健康局", "宁波市鄞州区疾病预防控制中心", datetime.date(2025, 2, 20))
    assert _money(p) == (96 * W, 96 * W)
    assert indicator_targets(r)[:2] == [(P, "数量指标", "免疫规划疫苗接种剂次", ">=", 12.0, "万剂次"),
                                        (P, "质量指标", "适龄儿童免疫规划疫苗接种率", ">=", 95.0, "%")]
    assert len(r.tables["indicators"]) == 4


def test_form_in_text_box_only(read):
    r = read(PRE + "textbox.docx")
    p = only_project(r)
    assert (p["year"], p["name"], p["department"], p["unit"], _money(p)) == (
        2025, "老旧小区二次供水设施改造", "株洲市住房和城乡建设局", "株洲市城市供水服务中心", (420 * W, 420 * W))
    assert indicator_targets(r) == [
        (P, "数量指标", "改造老旧小区数", "=", 18.0, "个"), (P, "质量指标", "改造后水质合格率", "=", 100.0, "%"),
        (E, "社会效益指标", "受益居民户数", ">=", 6500.0, "户"), (S, SAT, "小区居民满意度", ">=", 90.0, "%")]
    assert r.tables["warnings"] == []


SHEET_TARGETS = [(P, "数量指标", "绿色高产技术推广面积", ">=", 2.5, "万亩"), (P, "质量指标", "技术到位率", "=", 95.0, "%"),
                 (E, "生态效益指标", "示范区化肥使用量减少", ">=", 5.0, "%"), (S, SAT, "种植户满意度", ">=", 98.5, "%")]


@pytest.mark.parametrize("name", ["sheet.xlsx", "sheet.xls", "sheet.ods"])
def test_sheet_year_offset_formats_hidden_helper(read, name):
    r = read(PRE + name)
    p = only_project(r)
    assert (p["year"], p["name"], p["department"], p["unit"]) == (
        2024, "城乡水稻绿色高产技术推广", "佛山市南海区农业农村局", "南海区农业技术推广中心")
    assert _money(p) == (123.5 * W, 123.5 * W)
    assert indicator_targets(r) == SHEET_TARGETS
    assert [i["target_raw"] for i in r.tables["indicators"]][1::2] == ["95%", "≥98.5%"]
    assert "CC-01" not in str(r.tables)
    assert set(warning_codes(r)) <= {"converted"}


def test_word_saved_page(read):
    """Word's page: its `<xml>` properties unread, `&nbsp;`-spaced labels, `24<br>0.00` joined (240.00)."""
    r = read(PRE + "word.html")
    p = only_project(r)
    assert (p["year"], p["name"], p["department"], p["unit"]) == (
        2025, "社区居家养老服务中心运营补助", "太原市小店区民政局", "小店区社会福利服务中心")
    assert _money(p) == (240 * W, 240 * W)
    assert indicator_targets(r) == [
        (P, "数量指标", "服务老年人数", ">=", 1200.0, "人"), (P, "质量指标", "服务项目达标率", ">=", 95.0, "%"),
        (E, "社会效益指标", "老年人生活质量", None, None, None), (S, SAT, "服务对象满意度", ">=", 90.0, "%")]
    assert "财务科" not in str(r.tables) and "DocumentNotSpecified" not in str(r.tables)
    assert warning_codes(r) == ["vague_target"]


def test_gbk_page_under_gb2312_meta(read):
    r = read(PRE + "gbk.html")
    p = only_project(r)
    assert (p["name"], p["unit"], _money(p)) == ("王堃村人居环境整治", "永年区广府镇人民政府", (55 * W, 55 * W))
    assert p["goal_annual"] == "完成王堃村道路硬化3.2公里，新建污水管网1.5公里。"
    assert [t[2:] for t in indicator_targets(r)] == [
        ("道路硬化长度", ">=", 3.2, "公里"), ("新建污水管网长度", ">=", 1.5, "公里"), ("村民满意度", ">=", 90.0, "%")]


@pytest.mark.parametrize("name", ["form.odt", "form.rtf"])
def test_odt_and_rtf_read_through_libreoffice(read, name):
    r = read(PRE + name)
    assert r.document["status"] == "ok"
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], _money(p)) == (
        "中小学校园食堂提质改造", "赣州市南康区教育科技体育局", "南康区教育后勤服务中心", (310 * W, 310 * W))
    assert indicator_targets(r)[2] == (E, "社会效益指标", "受益学生人数", ">=", 2.1, "万人")
    assert len(r.tables["indicators"]) == 4
    assert warning_codes(r) == ["converted"]


@pytest.mark.parametrize("name,says", [
    ("damaged.odt", "damaged OpenDocument text (.odt): its zip package cannot be opened"),
    ("garbage.odt", "not an OpenDocument text (.odt)"),
    ("damaged.xlsx", "damaged or not an Excel workbook"),
    ("damaged.rtf", "damaged RTF document (.rtf): 3 groups left open at its end (a cut file)")])
def test_damaged_files_fail_naming_the_file(read, name, says):
    r = read(PRE + name)
    assert r.document["status"] == "failed"
    assert r.document["error"].startswith(str(r.document["path"]) + ": ")
    assert PRE + name in r.document["error"] and says in r.document["error"]
    assert r.tables["projects"] == [] and r.tables["indicators"] == []


@pytest.mark.parametrize("text,joined", [
    ("1\n68.50", "168.50"), ("95\n%", "95%"), ("1,2\n00.00", "1,200.00"), ("168.\n50", "168.50"),
    ("120.00\n48.50", None), ("1,200\n3,400", None), ("2024\n2025", None), ("≥\n320", None), ("12\n万", None),
    ("168.50", None)])
def test_figure_cut(text, joined):
    assert figure_cut(text) == (joined if joined is not None else text)

"""Office and web files: the same forms as the text dumps give the same records; bad files fail clearly.

Fixtures: tests/fixtures/office, made by tests/fixtures/make_office_fixtures.py
from the samples (DOCX with gridSpan/vMerge and checkbox controls, XLSX with
merged ranges, numbers stored as numbers and percent formats, an XLS, Excel
"Save as HTML" and plain HTML pages). Documented differences: provenance
(`page` = table or sheet number, `line` = row in it) and whitespace inside
long texts.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.pipeline import process_file
from tests.crossformat import assert_same_records

ROOT = Path(__file__).resolve().parent.parent
OFFICE = ROOT / "tests" / "fixtures" / "office"
FILES = sorted(p.name for p in OFFICE.glob("0*.*") if p.suffix in (".docx", ".xlsx", ".xls", ".html"))


@pytest.mark.parametrize("name", FILES)
def test_office_file_gives_the_records_of_its_text_dump(name):
    stem = name.split(".")[0]
    assert_same_records(process_file(ROOT / "samples" / f"{stem}.txt"), process_file(OFFICE / name), name)


def test_formats_and_provenance():
    docx = process_file(OFFICE / "000_db5194b345e21d4a.docx")
    assert docx.document["format"] == "docx"
    ind = docx.tables["indicators"][0]
    assert ind["page"] >= 1 and ind["line"] >= 1          # table number, row in the table
    xlsx = process_file(OFFICE / "001_8fa2eebab90b1003.xlsx")
    assert xlsx.document["format"] == "xlsx" and xlsx.document["pages"] >= 1
    p = xlsx.tables["projects"][0]
    assert p["budget_total"] == 170000000.0 and p["prior_spent"] == 169429617.0
    html = process_file(OFFICE / "003_f4b4bf660a847d7d.html")
    assert html.document["format"] == "html"


def test_excel_percent_cell_reads_like_the_text():
    xlsx = process_file(OFFICE / "004_84f93315a99e5296.xlsx")
    txt = process_file(ROOT / "samples" / "004_84f93315a99e5296.txt")
    assert [r["progress"] for r in xlsx.tables["indicators"]] == [r["progress"] for r in txt.tables["indicators"]]
    assert any(r["progress"] == 0.966 for r in xlsx.tables["indicators"])


@pytest.mark.parametrize("name, words", [
    ("truncated.docx", ["damaged docx"]),
    ("password.xlsx", ["password"]),
])
def test_bad_office_files_fail_with_the_reason(name, words):
    if not (OFFICE / name).exists():
        pytest.skip(f"{name} not made on this machine")
    d = process_file(OFFICE / name).document
    assert d["status"] == "failed"
    for w in words:
        assert w in d["error"].lower(), d["error"]
    assert str(OFFICE / name) in d["error"]


def test_a_text_dump_named_xlsx_is_read_as_one(tmp_path):
    """not_really.xlsx is a form's tab-separated text under an Excel name: read as the text dump it is (it failed as
    `not an Excel workbook`); bytes that are no text under that name still fail so."""
    d = process_file(OFFICE / "not_really.xlsx").document
    assert (d["format"], d["n_projects"]) == ("txt", 1)      # (a form's head only: partial, no indicators)
    p = tmp_path / "garbage.xlsx"
    p.write_bytes(bytes(range(256)) * 4)
    d = process_file(p).document
    assert d["status"] == "failed" and "not an excel" in d["error"].lower(), d["error"]


def test_doc_without_libreoffice_says_to_install_it(tmp_path, monkeypatch):
    import shutil
    monkeypatch.setattr(shutil, "which", lambda name: None)
    p = tmp_path / "old.doc"
    p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    d = process_file(p).document
    assert d["status"] == "failed" and "libreoffice" in d["error"].lower()


def test_docx_nested_table_and_checkbox_glyphs(tmp_path):
    """A table inside a cell is a grid of its own; ☑ in a 项目类别 cell is the ticked option."""
    import docx

    d = docx.Document()
    d.add_paragraph("项目支出绩效目标申报表")
    d.add_paragraph("（2023年度）")
    outer = d.add_table(rows=2, cols=2)
    outer.cell(0, 0).text = "项目名称"
    outer.cell(0, 1).text = "测试项目"
    outer.cell(1, 0).text = "项目类别"
    outer.cell(1, 1).text = "☑经常性项目 ☐一次性项目"
    holder = d.add_table(rows=1, cols=1)
    inner = holder.cell(0, 0).add_table(rows=3, cols=4)
    for r, row in enumerate([["一级指标", "二级指标", "三级指标", "指标值"],
                             ["产出指标", "数量指标", "完成数", "≥10个"],
                             ["满意度指标", "服务对象满意度指标", "满意度", "≥90%"]]):
        for c, v in enumerate(row):
            inner.cell(r, c).text = v
    p = tmp_path / "nested.docx"
    d.save(p)
    res = process_file(p)
    assert res.document["status"] == "ok", res.document["error"]
    proj = res.tables["projects"][0]
    assert proj["name"] == "测试项目" and proj["category"] == "经常性项目"
    assert [(i["level3"], i["op"], i["value"], i["unit"]) for i in res.tables["indicators"]] == [
        ("完成数", ">=", 10.0, "个"), ("满意度", ">=", 90.0, "%")]


@pytest.mark.parametrize("name, sample, fmt", [
    ("000_db5194b345e21d4a.rtf", "000_db5194b345e21d4a.txt", "docx"),
    ("000_db5194b345e21d4a.odt", "000_db5194b345e21d4a.txt", "docx"),
    ("004_84f93315a99e5296.ods", "004_84f93315a99e5296.txt", "xlsx"),
])
def test_rtf_odt_ods_through_libreoffice_give_the_records_of_the_dump(name, sample, fmt):
    import shutil as _sh

    from jixiao.pipeline import process_file as _pf
    if _sh.which("soffice") is None and _sh.which("libreoffice") is None:
        pytest.skip("LibreOffice (soffice) is not installed: RTF / ODT / ODS files are read by converting them")
    ignored = {"doc_id", "project_id", "page", "line", "layout", "title"}
    got = _pf(ROOT / "tests" / "fixtures" / "office" / name)
    want = _pf(ROOT / "samples" / sample)
    assert got.document["format"] == fmt and got.document["status"] == "ok", got.document["error"]
    assert any(w["code"] == "converted" for w in got.tables["warnings"])
    for t in ("projects", "indicators", "budget_items", "scores", "safeguards"):
        strip = lambda rows: [{k: v for k, v in r.items() if k not in ignored} for r in rows]  # noqa: E731
        assert strip(got.tables[t]) == strip(want.tables[t]), t


def test_rtf_without_libreoffice_is_a_clear_failure(tmp_path, monkeypatch):
    import shutil as _sh

    from jixiao.pipeline import process_file as _pf
    monkeypatch.setattr(_sh, "which", lambda name: None)
    p = tmp_path / "form.rtf"
    p.write_bytes(b"{\\rtf1\\ansi hello}")
    res = _pf(p)
    assert res.document["status"] == "failed" and "LibreOffice" in res.document["error"] and str(p) in res.document["error"]


def _docx_of_paragraphs(path: Path, rows) -> None:
    """A DOCX of one table whose cells hold their text's lines as paragraphs of their own."""
    import docx
    d = docx.Document()
    t = d.add_table(rows=0, cols=len(rows[0]))
    for row in rows:
        for c, text in zip(t.add_row().cells, row):
            c.text = ""
            for k, line in enumerate(text.split("\n")):
                (c.paragraphs[0] if k == 0 else c.add_paragraph()).add_run(line)
    d.save(path)


def test_indicators_one_per_line_of_a_cell_are_rows_of_their_own(tmp_path):
    """A Word cell of paragraphs or an Excel cell of Alt+Enter lines holding several indicators (names in one
    cell, their targets line by line in the next): one indicator per line; a cell of one text stays one."""
    import openpyxl
    names, targets = "改造老旧小区数量\n惠及居民户数\n开工时间", "28个\n≥4200户\n2024年4月底前"
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in (("项目支出绩效目标表",), ("项目名称", "老旧小区改造"), ("年度资金总额", 100),
                ("一级指标", "二级指标", "三级指标", "指标值"), ("产出指标", "数量指标", names, targets),
                ("", "质量指标", "验收合格率", "100%"), ("", "社会效益指标", "环境改善情况", "居住环境\n明显改善")):
        ws.append(row)
    wb.save(tmp_path / "f.xlsx")
    _docx_of_paragraphs(tmp_path / "f.docx", (("项目名称", "老旧小区改造", "", ""), ("一级指标", "二级指标", "三级指标", "指标值"),
                                              ("产出指标", "数量指标", names, targets)))
    want = [("改造老旧小区数量", "28个", 28), ("惠及居民户数", "≥4200户", 4200), ("开工时间", "2024年4月底前", None)]
    xlsx = process_file(tmp_path / "f.xlsx").tables["indicators"]
    assert [(r["level3"], r["target_raw"], r["value"]) for r in xlsx[:3]] == want
    assert [r["level2"] for r in xlsx[:3]] == ["数量指标"] * 3
    assert [(r["level3"], r["target_raw"]) for r in xlsx[3:]] == [("验收合格率", "100%"), ("环境改善情况", "居住环境明显改善")]
    got = process_file(tmp_path / "f.docx").tables["indicators"]
    assert [(r["level3"], r["target_raw"], r["value"]) for r in got] == want


def test_one_indicator_wrapped_over_lines_stays_one(tmp_path):
    """`城乡居民医保参保率⏎（含脱贫人口）` beside `≥95%⏎（年底前）`: one indicator whose name and target wrap, not two."""
    _docx_of_paragraphs(tmp_path / "f.docx", (
        ("项目名称", "城乡居民医保补助", "", ""), ("一级指标", "二级指标", "三级指标", "指标值"),
        ("产出指标", "数量指标", "城乡居民医保参保率\n（含脱贫人口）", "≥95%\n（年底前）")))
    got = process_file(tmp_path / "f.docx").tables["indicators"]
    assert [(r["level3"], r["target_raw"], r["value"]) for r in got] == [
        ("城乡居民医保参保率（含脱贫人口）", "≥95%（年底前）", 95)]


def _summary_workbook(path: Path, with_forms: bool) -> None:
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "汇总表"
    ws.append(["2023年度项目支出绩效目标汇总表"])
    ws.merge_cells("A1:E1")
    ws.append(["序号", "项目名称", "主管部门", "资金总额（万元）", "备注"])
    ws.append([1, "农村公路养护补助", "县交通运输局", 120, ""])
    ws.append([2, "城乡居民医疗救助", "县医疗保障局", 80.5, ""])
    ws.append(["合计", "", "", 200.5, ""])
    if not with_forms:
        wb.save(path)
        return
    for name, dept, total in (("农村公路养护补助", "县交通运输局", 120), ("城乡居民医疗救助", "县医疗保障局", 80.5)):
        s = wb.create_sheet(name[:6])
        s.append(["项目支出绩效目标表"])
        s.append(["（2023年度）"])
        s.append(["项目名称", name, "", "", ""])
        s.merge_cells("B3:E3")
        s.append(["主管部门", dept, "", "实施单位", dept])
        s.append(["项目资金（万元）", "资金总额", total, "", ""])
        s.append(["年度绩效目标", "完成全年任务", "", "", ""])
        s.append(["一级指标", "二级指标", "三级指标", "指标值", ""])
        s.append(["产出指标", "数量指标", "完成任务数", "≥10项", ""])
        s.append(["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", ""])
    wb.save(path)


def test_summary_sheet_of_projects_is_no_form(tmp_path):
    # a 汇总表 listing the projects before one sheet per project: its first row is not a project (it was read
    # as a form named 农村公路养护补助, the list's other rows unparsed)
    f = tmp_path / "book.xlsx"
    _summary_workbook(f, with_forms=True)
    res = process_file(f)
    projects = res.tables["projects"]
    assert [(p["name"], p["department"], p["budget_total"]) for p in projects] == [
        ("农村公路养护补助", "县交通运输局", 1200000.0), ("城乡居民医疗救助", "县医疗保障局", 805000.0)]
    assert all(p["unit"] for p in projects)                  # each from its own sheet's form
    codes = [w["code"] for w in res.tables["warnings"]]
    assert codes.count("project_list") == 1 and "unparsed_row" not in codes
    alone = tmp_path / "list.xlsx"
    _summary_workbook(alone, with_forms=False)
    res = process_file(alone)
    assert res.tables["projects"] == [] and res.document["status"] == "ok"


def test_html_rows_and_cells_a_browser_hides_are_not_read(tmp_path):
    """Excel's "Save as HTML" keeps the rows and columns the author hid (`display:none`): a hidden row was an
    indicator of its own, a hidden 上年指标值 column a note on every row. A cell spanning a hidden row spans
    only the rows shown."""
    page = """<html><body><p>项目支出绩效目标表</p><p>（2024年度）</p><table border=1>
<tr><td>项目名称</td><td colspan=4>老旧小区改造前期工作</td></tr>
<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td><td style="display:none">上年指标值</td></tr>
<tr><td rowspan=3>产出指标</td><td rowspan=2>数量指标</td><td>完成前期工作小区数</td><td>12个</td><td style="display:none">8</td></tr>
<tr style="display:none"><td>涉及户数（旧）</td><td>≥3000户</td><td style="display:none">3000户</td></tr>
<tr><td>质量指标</td><td>设计方案通过评审率</td><td>100%</td><td style="display:none">100%</td></tr>
<tr><td>满意度指标</td><td>服务对象满意度指标</td><td>居民满意度</td><td>≥85%</td><td style="display:none">80%</td></tr>
</table></body></html>"""
    f = tmp_path / "form.html"
    f.write_text(page, encoding="utf-8")
    got = process_file(f).tables["indicators"]
    assert [(i["level1"], i["level2"], i["level3"], i["target_raw"], i["note"]) for i in got] == [
        ("产出指标", "数量指标", "完成前期工作小区数", "12个", None),
        ("产出指标", "质量指标", "设计方案通过评审率", "100%", None),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥85%", None)]


def _docx_form(tmp_path: Path, title: str, rows: list[list[str]], merges) -> Path:
    """A DOCX of a title paragraph and one table of these rows, each ((r0, c0), (r1, c1)) merged (the text of
    its top-left cell kept)."""
    import docx
    d = docx.Document()
    d.add_paragraph(title)
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    for r, vals in enumerate(rows):
        for c, v in enumerate(vals):
            t.cell(r, c).text = v
    for (r0, c0), (r1, c1) in merges:
        t.cell(r0, c0).merge(t.cell(r1, c1)).text = rows[r0][c0]
    f = tmp_path / "form.docx"
    d.save(f)
    return f


def test_a_name_merged_over_the_level2_and_level3_columns_is_the_indicators_name(tmp_path):
    """满意度指标 | 服务对象满意度 (one cell merged over the 二级 and 三级 columns) | ≥90%: its only name is the
    indicator's name (it was read as level 2, with an unparsed_row `indicator row without an indicator name`)."""
    rows = [["项目名称", "公共文化服务", "", ""], ["一级指标", "二级指标", "三级指标", "指标值"],
            ["产出指标", "数量指标", "开展公益文化活动场次", "≥50场"], ["满意度指标", "服务对象满意度", "", "≥90%"]]
    f = _docx_form(tmp_path, "项目支出绩效目标表（2023年度）", rows, [((0, 1), (0, 3)), ((3, 1), (3, 2))])
    got = process_file(f)
    assert [(i["level1"], i["level3"], i["target_raw"]) for i in got.tables["indicators"]] == [
        ("产出指标", "开展公益文化活动场次", "≥50场"), ("满意度指标", "服务对象满意度", "≥90%")]
    assert not [w for w in got.tables["warnings"] if w["code"] == "unparsed_row"]


def test_a_deviation_merged_down_over_two_indicators_is_each_ones(tmp_path):
    """One 偏差原因 cell merged over two missed indicators: both carry it (the second had none)."""
    rows = [["项目名称", "河道保洁", "", "", ""], ["三级指标", "年度指标值", "实际完成值", "得分", "偏差原因分析及改进措施"],
            ["保洁河道长度", "86公里", "86公里", "10", "无偏差"],
            ["河面漂浮物清除率", "≥95%", "90%", "8", "汛期漂浮物激增，下一步增加人员。"],
            ["河道保洁考核合格率", "≥90%", "85%", "8", ""], ["沿河居民满意度", "≥90%", "93%", "20", "无偏差"]]
    f = _docx_form(tmp_path, "项目支出绩效自评表（2023年度）", rows, [((0, 1), (0, 4)), ((3, 4), (4, 4))])
    got = process_file(f).tables["indicators"]
    assert [(i["level3"], i["deviation"]) for i in got] == [
        ("保洁河道长度", "无偏差"), ("河面漂浮物清除率", "汛期漂浮物激增，下一步增加人员。"),
        ("河道保洁考核合格率", "汛期漂浮物激增，下一步增加人员。"), ("沿河居民满意度", "无偏差")]


@pytest.mark.parametrize("fmt", ["xlsx", "xls"])
def test_a_hidden_column_of_a_sheet_is_not_read(tmp_path, fmt):
    """A column the author hid (上年指标值 beside this year's targets): Excel neither shows nor prints it; it was a
    note on every indicator."""
    rows = [["项目支出绩效目标表"], ["（2023年度）"], ["项目名称", "农村公路养护"],
            ["一级指标", "二级指标", "三级指标", "指标值", "上年指标值"],
            ["产出指标", "数量指标", "养护里程", "≥85公里", "≥80公里"],
            ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "≥85%"]]
    f = tmp_path / f"form.{fmt}"
    if fmt == "xlsx":
        import openpyxl
        wb = openpyxl.Workbook()
        for r in rows:
            wb.active.append(r)
        wb.active.column_dimensions["E"].hidden = True
        wb.save(f)
    else:
        import xlwt
        wb = xlwt.Workbook()
        ws = wb.add_sheet("表")
        for i, r in enumerate(rows):
            for j, v in enumerate(r):
                ws.write(i, j, v)
        ws.col(4).hidden = True
        wb.save(str(f))
    got = process_file(f).tables["indicators"]
    assert [(i["level3"], i["target_raw"], i["note"]) for i in got] == [
        ("养护里程", "≥85公里", None), ("群众满意度", "≥90%", None)]


def test_two_forms_side_by_side_on_one_sheet(tmp_path):
    """Form A in columns A-D, form B in F-I, column E empty: two projects (B's indicators were A's, its name,
    department and money lost)."""
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    a = [["项目支出绩效目标表"], ["（2023年度）"], ["项目名称", "农村公路养护补助"], ["主管部门", "县交通运输局"],
         ["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "养护里程", "≥200公里"]]
    b = [["项目支出绩效目标表"], ["（2023年度）"], ["项目名称", "城乡居民医疗救助"], ["主管部门", "县医疗保障局"],
         ["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "救助人次", "≥5000人次"],
         ["满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%"]]
    for r in range(max(len(a), len(b))):
        row = (a[r] if r < len(a) else []) + [None] * (5 - len(a[r] if r < len(a) else []))
        ws.append(row + (b[r] if r < len(b) else []))
    f = tmp_path / "book.xlsx"
    wb.save(f)
    got = process_file(f)
    assert [(p["name"], p["department"], p["year"]) for p in got.tables["projects"]] == [
        ("农村公路养护补助", "县交通运输局", 2023), ("城乡居民医疗救助", "县医疗保障局", 2023)]
    assert [(i["project_id"][-1], i["level3"]) for i in got.tables["indicators"]] == [
        ("1", "养护里程"), ("2", "救助人次"), ("2", "救助对象满意度")]


def test_two_forms_side_by_side_on_an_xls_sheet():
    """Two forms side by side on one sheet of a legacy .xls (tests/fixtures/review/z_side_by_side.xls): two projects,
    as in .xlsx (the right one was lost, its indicators the left one's)."""
    t = process_file(ROOT / "tests" / "fixtures" / "review" / "z_side_by_side.xls").tables
    assert [p["name"] for p in t["projects"]] == ["乡村道路养护工程", "农村饮水安全维修养护"]
    assert all(p["year"] == 2018 for p in t["projects"])
    by = {p["project_id"]: p["name"] for p in t["projects"]}
    assert sorted(sum(1 for i in t["indicators"] if by[i["project_id"]] == n) for n in by.values()) == [4, 6]


def test_a_long_code_typed_as_a_number_is_no_made_up_code():
    """Hunt W: a 21-digit project code typed into a cell as a number holds only 15-16 of its digits; it is written
    as the digits held (`3.3010025E+20`, as Excel shows it), never as a plausible code of every digit
    (`330100250000000100000`: two projects got the same made-up code)."""
    from decimal import Decimal
    from extract.office import _general
    assert _general(Decimal(repr(3.301002500000001e+20))) == "3.3010025E+20"
    assert _general(Decimal(52242520240001)) == "52242520240001"        # 14 digits: as typed
    assert _general(Decimal(123456789012345)) == "123456789012345"      # 15 digits: as typed

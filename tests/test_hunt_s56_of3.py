"""Hunt of3 (session 56): office files and scans. Fixtures ct_s56_of3_* made by
tests/fixtures/review/make_s56_of3.py (openpyxl, python-docx, fixed times: the same bytes on every run); each
reading decided by hand before the run.

Decided (fixed):
- an XLSX formula with no cached value of a function extract/xlformula.py did not compute (CONCATENATE, TEXT,
  DATE, VLOOKUP) kept its formula text as the cell's value: `=CONCATENATE(…)` was the project's name, a 二级指标
  `=VLOOKUP(…)`. These functions are computed now (TEXT for the number and date formats forms use, VLOOKUP and
  HLOOKUP exact or on a sorted column, also LEFT / RIGHT / MID / LEN / TRIM); a function still not computed
  (TODAY, INDIRECT, OFFSET …) leaves the cell empty with a `formula_not_computed` warning naming the sheet, the
  cell and the formula: never a formula string as a value. Text that is no formula (`=20个`, a target typed with
  its sign that a program wrote as a formula) is kept as typed. A computed number in a date-formatted cell
  (`=DATE(2025,1,10)`) reads as its date.
- OCR pieces of one line (extract/scan.py join_lines): pieces not both Chinese at their edges were always joined
  by a space, so `≥40` | `座` read `≥40 座` (the unit cut from its number). Now a piece next to a Chinese character
  or a sign within 2 characters (a line's height) is joined without a space; two letters or digits keep the space
  unless they touch.
- the office makers rewrote their fixtures on every run (save times in docProps/core.xml, zip entry times, a
  LibreOffice PDF's /CreationDate, /ID and /DocChecksum, an .xls / .doc's summary times):
  tests/fixtures/review/stable_out.py keeps a file's old bytes when only those differ (the makers of
  s51_of4, s52_of5, s53_of6, s55_of2, s51_mn10, s53_ti8, s54_rv32, s54_pdf7 and s55_pdf8 use it).
Kept (checked, right; guards): a real date cell formatted `yyyy/m/d` in 填报日期; numbers and targets stored as
text behind Excel's `'` (quotePrefix) or with a literal leading apostrophe; 一级指标 merged down and 满意度指标
merged across 一级 and 二级; a DOCX whose indicator table is a table inside the form's cell; a DOCX whose 项目名称
is in a text box and whose 主管部门 / 实施单位 / 资金 are paragraphs before the table.
"""
from __future__ import annotations

import datetime

import pytest

from extract.ocr import OcrLine
from extract.scan import join_lines


def _inds(r):
    return [(i["level1"], i["level2"], i["level3"], i["op"], i["value"], i["unit"]) for i in r.tables["indicators"]]


def _all_text(r) -> list[str]:
    out = []
    for rows in r.tables.values():
        for row in rows:
            out += [v for v in row.values() if isinstance(v, str)]
    return out


# ------------------------------------------------------------------ formulas with no cached value

def test_formulas_concatenate_round_text_date(read):
    r = read("ct_s56_of3_formulas.xlsx")
    [p] = r.tables["projects"]
    assert p["name"] == "农村饮水安全巩固提升工程"
    assert (p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (5000000.0, 4205000.0, 795000.0)
    assert p["fill_date"] == datetime.date(2025, 1, 10)


def test_formulas_vlookup_and_text_percent(read):
    r = read("ct_s56_of3_formulas.xlsx")
    assert _inds(r) == [
        ("产出指标", "数量指标", "新建集中供水工程", ">=", 6.0, "处"),
        ("产出指标", "质量指标", "水质达标率", "=", 95.0, "%"),
        ("效益指标", "社会效益指标", "受益人口", ">=", 1.2, "万人"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", ">=", 90.0, "%"),
    ]


def test_formula_not_computed_is_empty_and_named(read):
    r = read("ct_s56_of3_formulas.xlsx")
    assert not [t for t in _all_text(r) if t.lstrip().startswith("=") and "(" in t]
    ws = [w for w in r.tables["warnings"] if w["code"] == "formula_not_computed"]
    assert len(ws) == 1 and "E14" in ws[0]["message"] and "TODAY" in ws[0]["message"]


def test_xlformula_functions():
    from extract.xlformula import Unsupported, evaluate
    cells = {(1, 1): "产出", (1, 2): "数量", (2, 1): "效益", (2, 2): "社会", (3, 1): 45667, (4, 1): 1234.5}

    def get(sheet, r, c):
        return cells.get((r, c))
    assert evaluate('=VLOOKUP("效益",A1:B2,2,FALSE)', get) == "社会"
    assert evaluate('=VLOOKUP("无",A1:B2,2,0)', get) == "#N/A"
    assert evaluate('=HLOOKUP("产出",A1:B2,2,FALSE)', get) == "效益"
    assert evaluate('=TEXT(A3,"yyyy年m月d日")', get) == "2025年1月10日"
    assert evaluate('=TEXT(A4,"#,##0.00")', get) == "1,234.50"
    assert evaluate('=TEXT(0.956,"0.0%")', get) == "95.6%"
    assert evaluate("=DATE(2025,1,10)", get) == 45667
    assert evaluate("=DATE(2024,13,1)", get) == evaluate("=DATE(2025,1,1)", get)
    assert evaluate('=CONCATENATE(A1,"指标")&_xlfn.CONCAT(A2:B2)', get) == "产出指标效益社会"
    assert evaluate('=LEFT("≥40座",3)&LEN("abc")', get) == "≥403"
    for f in ("=TODAY()", '=INDIRECT("A1")', '=TEXT(A4,"aaaa")'):
        with pytest.raises(Unsupported):
            evaluate(f, get)


# ------------------------------------------------------------------ cells typed as text, dates, merged levels

def test_text_cells_apostrophe_and_date(read):
    r = read("ct_s56_of3_textcells.xlsx")
    [p] = r.tables["projects"]
    assert (p["budget_year"], p["budget_fiscal"]) == (12800000.0, 12800000.0)
    assert p["fill_date"] == datetime.date(2025, 2, 18)
    assert not [t for t in _all_text(r) if t.startswith("'")]


def test_text_cells_merged_levels(read):
    r = read("ct_s56_of3_textcells.xlsx")
    got = [(a, b, c, op, v, u) for a, b, c, op, v, u in _inds(r)]
    assert [g[0] for g in got] == ["产出指标", "产出指标", "产出指标", "效益指标", "满意度指标"]
    assert got[0][1:] == ("数量指标", "新建改造乡村公厕", ">=", 40.0, "座")
    assert got[1][1:] == ("质量指标", "工程验收合格率", "=", 100.0, "%")
    assert got[4][2:] == ("群众满意度", ">=", 95.0, "%")


# ------------------------------------------------------------------ DOCX: nested table, fields outside the table

def test_docx_nested_indicator_table(read):
    r = read("ct_s56_of3_nested.docx")
    [p] = r.tables["projects"]
    assert p["name"] == "农村危房改造补助" and p["budget_year"] == 3600000.0
    assert p["fill_date"] == datetime.date(2025, 1, 15)
    assert _inds(r) == [("产出指标", "数量指标", "改造农村危房", ">=", 120.0, "户"),
                        ("产出指标", "质量指标", "竣工验收合格率", "=", 100.0, "%"),
                        ("效益指标", "社会效益指标", "住房安全保障户数", ">=", 120.0, "户"),
                        ("满意度指标", "服务对象满意度指标", "受助农户满意度", ">=", 90.0, "%")]


def test_docx_fields_in_text_box_and_paragraphs(read):
    r = read("ct_s56_of3_boxfields.docx")
    [p] = r.tables["projects"]
    assert p["name"] == "城区老旧小区改造项目"
    assert (p["department"], p["unit"]) == ("某县住房和城乡建设局", "某县城市更新服务中心")
    assert p["budget_year"] == 8500000.0
    assert p["fill_date"] == datetime.date(2025, 1, 20)
    assert [i["level3"] for i in r.tables["indicators"]] == ["改造老旧小区", "完工时间", "惠及居民户数", "居民满意度"]


# ------------------------------------------------------------------ OCR pieces of one line

def _line(text, x0, x1, top=10.0, h=20.0):
    return OcrLine(text, (x0, top, x1, top + h), 0.95)


@pytest.mark.parametrize("pieces,want", [
    ([("≥40", 0, 40), ("座", 46, 66)], "≥40座"),              # digit | Chinese, a third of a character apart
    ([("≥", 0, 14), ("40座", 30, 75)], "≥40座"),              # sign | digit, under a character apart
    ([("95", 0, 22), ("%", 26, 40)], "95%"),
    ([("1,2", 0, 30), ("00人", 32, 75)], "1,200人"),          # a number cut in two, touching
    ([("ISO", 0, 40), ("9001", 52, 100)], "ISO 9001"),        # two words: the space kept
    ([("新建", 0, 40), ("≥40", 120, 160)], "新建 ≥40"),       # 4 characters apart: two runs
    ([("新建", 0, 40), ("公厕", 140, 180)], "新建公厕"),       # Chinese with Chinese: joined, as before
])
def test_ocr_pieces_joined_by_their_gap(pieces, want):
    assert join_lines([_line(t, a, b) for t, a, b in pieces]) == want


# ------------------------------------------------------------------ makers: the same bytes on every run

def test_maker_writes_the_same_bytes(tmp_path):
    import subprocess
    import sys
    from pathlib import Path
    review = Path(__file__).parent / "fixtures" / "review"
    subprocess.run([sys.executable, str(review / "make_s56_of3.py"), str(tmp_path)], check=True, timeout=300)
    for p in sorted(tmp_path.iterdir()):
        assert p.read_bytes() == (review / p.name).read_bytes(), p.name


def test_stable_out_sees_time_stamps_only():
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "review"))
    from stable_out import same_content
    pdf = b"%PDF-1.4\n1 0 obj<</CreationDate(D:20261205220244Z')>>\ntrailer<</ID [ <B888D541>\n<B888D541> ]\n" \
          b"/DocChecksum /FC106CB2\n>>"
    other = pdf.replace(b"20261205220244", b"20261206063908").replace(b"B888D541", b"111A9007") \
        .replace(b"FC106CB2", b"A194DC6C")
    assert same_content(pdf, other)
    assert not same_content(pdf, other.replace(b"obj", b"obk"))
    from make_s56_of3 import formulas
    assert same_content(formulas(), formulas())


def test_a_target_typed_with_its_sign_is_no_formula_and_stays():
    """`=20个` / `=5元/人·天` (a target typed with its sign, which a program wrote as a formula) is no formula
    Excel could hold: its text is kept, no `formula_not_computed` (the snapshot showed four such forms losing a
    target when every formula not computed was read empty)."""
    import io

    import openpyxl

    from extract.office import extract_xlsx
    wb = openpyxl.Workbook()
    wb.active["A1"], wb.active["A2"], wb.active["A3"] = "=20个", "=5元/人·天", "=TODAY()"
    buf = io.BytesIO()
    wb.save(buf)
    ex = extract_xlsx(buf.getvalue(), "d")
    texts = {(c.row, c.col): c.text for g in ex.grids for c in g.cells}
    assert texts == {(0, 0): "=20个", (1, 0): "=5元/人·天"}
    assert [w.message.split(":")[0] for w in ex.warnings if w.code == "formula_not_computed"] == [
        "sheet 1 (Sheet) cell A3"]

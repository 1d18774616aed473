"""Hunt of2 (session 55): office files as real archives hold them, made by the tools that make them
(tests/fixtures/review/make_s55_of2.py: openpyxl, python-docx, LibreOffice `--convert-to xls/doc`); each reading
decided by hand before the run.

Fixtures: ct_s55_of2_book.xlsx (a 汇总 sheet, then one 项目支出绩效目标表 per sheet, a hidden lookup sheet) and its
LibreOffice .xls; ct_s55_of2_selfeval.xlsx (a 绩效自评表 whose targets and results are fractions formatted as
percents, formulas with no cached value, 填报日期 a bare Excel serial, a veryHidden sheet of last year's copy);
ct_s55_of2_vmerge.docx (一级/二级指标 merged down by vMerge, 指标值 over two grid columns, the page header a text box
and a table) and its LibreOffice .doc.

Decided (fixed):
- a list of projects (a workbook's 汇总 sheet) before anything of the first form was that form's first line: the
  first project's page was the summary's sheet (1), not its own (2). The list read before the form's fields is
  no line of the form: the form starts after it (parsers/forms.py; the sheets' other projects had it right).
- a 填报日期 (开始/结束时间) holding an Excel date serial as a bare number (`45667`: a General cell, a system's
  export, a pasted value) was no date: null. A date field's five-digit serial reads as the day it counts
  (2025-01-10) when that day is within two years of the form's year (normalize/dates.py field_date); a number far
  from the year stays none.
Kept (checked, right; guards): each project sheet one project, the 汇总 sheet none (a project_list warning), before
or after the forms; hidden and veryHidden sheets not read (Excel neither shows nor prints them: a lookup list,
last year's copy); a hidden draft row and a hidden 上年指标值 column not read (likewise); openpyxl's formulas with
no cached value computed (=SUM over the money rows, the 汇总's 合计, ROUND/IF over the 执行率 and the totals),
LibreOffice's cached in the .xls; `1,234.50` typed as text reads 1234.5 万元; fractions formatted `0%` read 95 %,
not 0.95 (targets and results, .xlsx and .xls); a date-formatted serial reads as its day; vMerge and gridSpan
give each indicator its 一级/二级 and its value; the header's text box (填报单位) and table (填报日期, 金额单位) are
read; the .doc and .xls read as their originals.
Left: a formula with no cached value of a function extract/xlformula.py does not compute (TEXT, VLOOKUP, DATE,
SUMPRODUCT) keeps its formula text, by design (never a guessed value).
"""
from __future__ import annotations

import datetime

import pytest

DAY = datetime.date(2025, 1, 10)


@pytest.mark.parametrize("name", ["ct_s55_of2_book.xlsx", "ct_s55_of2_book.xls"])
def test_book_one_project_per_sheet(read, name):
    r = read(name)
    ps = r.tables["projects"]
    assert [p["name"] for p in ps] == ["农村义务教育学校营养改善计划", "城乡居民基本公共卫生服务补助",
                                       "县级公立医院综合改革补助"]
    # each project on its own sheet (the 汇总 is sheet 1): the first was page 1
    assert [(p["page"], p["line"]) for p in ps] == [(2, 1), (3, 1), (4, 1)]
    assert [(p["budget_year"], p["budget_fiscal"], p["budget_other"]) for p in ps] == [
        (12345000.0, 12345000.0, 0.0), (10000000.0, 8600000.0, 1400000.0), (5000000.0, 5000000.0, 0.0)]
    assert [p["fill_date"] for p in ps] == [DAY, DAY, DAY]
    assert [p["department"] for p in ps] == ["某县教育局", "某县卫生健康局", "某县卫生健康局"]
    assert "project_list" in [w["code"] for w in r.tables["warnings"]]


@pytest.mark.parametrize("name", ["ct_s55_of2_book.xlsx", "ct_s55_of2_book.xls"])
def test_book_indicators_hidden_and_percent(read, name):
    r = read(name)
    ids = [p["project_id"] for p in r.tables["projects"]]
    by = {pid: [(i["level3"], i["op"], i["value"], i["unit"], i.get("target_text"))
                for i in r.tables["indicators"] if i["project_id"] == pid] for pid in ids}
    assert by[ids[0]] == [("受助学生人数", ">=", 8600.0, "人", None), ("补助资金发放准确率", "=", 100.0, "%", None),
                          ("学生营养健康状况", None, None, None, "明显改善"), ("学生家长满意度", ">=", 90.0, "%", None)]
    assert by[ids[2]] == [("药品零差率销售覆盖率", "=", 100.0, "%", None), ("病历书写合格率", "=", 95.0, "%", None),
                          ("患者满意度", "=", 90.0, "%", None)]
    raws = [i["target_raw"] for i in r.tables["indicators"]]
    assert "≥1" not in raws                          # the 上年指标值 column is not the target
    assert not any("草稿" in (i["level3"] or "") for i in r.tables["indicators"])


def test_summary_after_forms(read, tmp_path):
    """The 汇总 sheet last: still no project, no line of the third."""
    import io
    import sys
    from pathlib import Path

    from openpyxl import load_workbook

    from jixiao.pipeline import process_file
    here = Path(__file__).resolve().parent / "fixtures" / "review"
    sys.path.insert(0, str(here))
    try:
        from make_s55_of2 import book
    finally:
        sys.path.remove(str(here))
    wb = load_workbook(io.BytesIO(book()))
    wb.move_sheet("汇总", offset=3)
    wb.save(tmp_path / "sum_last.xlsx")
    r = process_file(str(tmp_path / "sum_last.xlsx"))
    assert [(p["page"], p["budget_year"]) for p in r.tables["projects"]] == [
        (1, 12345000.0), (2, 10000000.0), (3, 5000000.0)]
    assert len(r.tables["indicators"]) == 10 and not r.tables["budget_items"]


def test_selfeval_fractions_formulas_serial(read):
    r = read("ct_s55_of2_selfeval.xlsx")
    (p,) = r.tables["projects"]                     # the veryHidden 2023年 copy is not read
    assert p["name"] == "农村实用人才培训项目" and p["year"] == 2024
    assert p["fill_date"] == DAY                     # `45667` in a General cell (null on main)
    assert (p["budget_year"], p["spent"], p["execution_rate"], p["score"]) == (1200000.0, 1140000.0, 0.95, 97.5)
    got = [(i["level3"], i["op"], i["value"], i["unit"], i["actual_raw"], i["weight"], i["score"])
           for i in r.tables["indicators"]]
    assert got == [
        ("培训农村实用人才", ">=", 1200.0, "人次", "1260人次", 20.0, 20.0),
        ("培训合格率", "=", 95.0, "%", "96.8%", 20.0, 20.0),
        ("培训完成时间", None, None, None, "2024年10月25日", 10.0, 10.0),
        ("参训人员就业率", "=", 60.0, "%", "55.0%", 20.0, 18.0),
        ("参训人员满意度", "=", 90.0, "%", "93.0%", 20.0, 20.0)]


@pytest.mark.parametrize("name", ["ct_s55_of2_vmerge.docx", "ct_s55_of2_vmerge.doc"])
def test_docx_vmerge_gridspan_header(read, name):
    r = read(name)
    (p,) = r.tables["projects"]
    assert (p["name"], p["department"], p["unit"], p["budget_year"], p["fill_date"]) == (
        "义务教育薄弱环节改善与能力提升", "某县教育局", "某县第二中学", 26800000.0, DAY)
    got = [(i["level1"], i["level2"], i["level3"], i["op"], i["value"], i["unit"]) for i in r.tables["indicators"]]
    assert got == [
        ("产出指标", "数量指标", "新建校舍面积", ">=", 3600.0, "平方米"),
        ("产出指标", "数量指标", "购置课桌椅", ">=", 900.0, "套"),
        ("产出指标", "质量指标", "工程验收合格率", "=", 100.0, "%"),
        ("效益指标", "社会效益指标", "新增学位数", ">=", 900.0, "个"),
        ("效益指标", "可持续影响指标", "校舍使用年限", ">=", 50.0, "年"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", ">=", 90.0, "%")]


@pytest.mark.parametrize("text,year,want", [
    ("45667", 2025, DAY), ("45667", 2024, DAY), ("45667.0", None, DAY), (" 45667 ", 2025, DAY),
    ("45667", 2019, None),                           # a serial years from the form's is no day of it
    ("12345", None, None),                           # 1933: no form's day
    ("2025年1月10日", 2025, DAY), ("20250110", None, DAY), ("", 2025, None), (None, 2025, None),
])
def test_field_date_serial(text, year, want):
    from normalize.dates import field_date
    assert field_date(text, year) == want

"""Hunt DI (session 35): documents filed beside the forms that hold no form (请示, 批复, 下达 notices, payrolls, asset
counts, reports, tender notices …), alone or around a real form (tests/fixtures/review/ct_s35_di_*, README there):
no project of their own, and the form among them read as the form alone."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from jixiao.pipeline import process_file

REVIEW = Path(__file__).parent / "fixtures" / "review"

FORM_INDICATORS = [
    ("产出指标", "数量指标", "日间照料服务人次", "≥8000人次", ">=", 8000.0, "人次"),
    ("效益指标", "社会效益指标", "老年人生活质量", "明显改善", None, None, None),
    ("满意度指标", "服务对象满意度指标", "老年人满意度", "≥90%", ">=", 90.0, "%"),
]


@lru_cache(maxsize=None)
def _read(name: str):
    return process_file(REVIEW / name)


def _codes(name: str) -> list[str]:
    return [w["code"] for w in _read(name).tables["warnings"]]


def _the_form_only(name: str) -> None:
    r = _read(name)
    assert r.document["status"] == "ok", r.tables["warnings"]
    [p] = r.tables["projects"]
    assert (p["name"], p["department"], p["year"], p["budget_year"]) == ("社区养老服务站运营补助", "县民政局", 2024,
                                                                         1_000_000.0)
    assert [(i["level1"], i["level2"], i["level3"], i["target_raw"], i["op"], i["value"], i["unit"])
            for i in r.tables["indicators"]] == FORM_INDICATORS
    assert r.tables["budget_items"] == []
    assert "unparsed_row" not in _codes(name)


def test_a_pifu_s_source_pairs_above_the_form_are_not_its_lines():
    """`资金来源：中央资金：200万元` / `县级资金：100万元` of a 批复 granting 300 万 for several projects, above
    `附件：项目绩效目标表` and a form of 100 万: they were the form's source lines (300 万 of sources under 100 万)."""
    _the_form_only("ct_s35_di_pifu_sources_above_form.txt")


def test_a_payroll_after_the_form_is_no_form_s_rows():
    """`县民政局2024年6月工资发放表` and its rows after the form: three unparsed rows, the document partial; now a
    register of the office, said once (not_a_form), not read."""
    _the_form_only("ct_s35_di_form_then_payroll.txt")
    [w] = [w for w in _read("ct_s35_di_form_then_payroll.txt").tables["warnings"] if w["code"] == "not_a_form"]
    assert "工资发放表" in w["message"]


def test_an_asset_count_sheet_beside_the_form():
    """A workbook: the form's sheet and `2024年县民政局资产清查明细表` on a sheet of its own (unparsed rows before)."""
    _the_form_only("ct_s35_di_form_and_asset_sheet.xlsx")
    assert "not_a_form" in _codes("ct_s35_di_form_and_asset_sheet.xlsx")


@pytest.mark.parametrize("name", ["ct_s35_di_notice_form_payroll.docx", "ct_s35_di_pifu_form_payroll.pdf",
                                  "ct_s35_di_notice_form_assets.html"])
def test_a_notice_its_form_and_a_register_in_one_document(name):
    """A DOCX, a PDF and a web page: a notice's money pairs, the form, a payroll's or an asset count's table (two
    source lines of the notice's 300 万 and unparsed rows before, in the PDF and the page)."""
    _the_form_only(name)


NEGATIVES = sorted(p.name for p in REVIEW.glob("ct_s35_di_neg_*"))


@pytest.mark.parametrize("name", NEGATIVES)
def test_documents_of_no_form_give_no_project(name):
    """请示, 下达 notices, a report's targets, a tender's scoring, an allocation table, a positioned-text bulletin, a
    sideways payroll, a 请示's project table: status ok and no project, line, indicator, score or item."""
    r = _read(name)
    assert r.document["status"] == "ok"
    assert r.document["n_projects"] == 0
    for t in ("projects", "indicators", "budget_items", "scores", "assessment_items"):
        assert r.tables[t] == [], t

"""The template forms as PDFs made by LibreOffice from their DOCX give the records of their text dumps.

See tests/templates/pdf_README.md. Read with the
general parser alone; compared as in tests/crossformat.py.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.pipeline import process_file
from tests.crossformat import assert_same_records

TEMPLATES = Path(__file__).resolve().parent / "templates"
IDS = sorted(p.parent.name for p in TEMPLATES.glob("*/form.pdf"))
# template -> why its PDF does not give the records of its dump (a reader / parser problem, not a conversion
# one); strict, as KNOWN of tests/test_template_office.py, so that a fix shows up as XPASS
KNOWN: dict[str, str] = {
    # (a fixture gap, not the reader's: the real form merges its 考核责任单位 cell over the 五型 section's three items,
    # tests/templates/README.md; the dump leaves it empty below the first and is read each item's — hunt nw17, review
    # rv152 —, but tests/fixtures/make_template_office.py's DOCX, and the PDF made from it, hold blank unmerged cells
    # there, and a blank cell of a ruled table is blank; the first final clean clone of session 68 found it)
    "real_county_2012_assessment_items": "the DOCX made from the dump leaves the section's 考核责任单位 cell unmerged "
                                         "(the real form merges it), so the PDF's items 2 and 3 have no assessor "
                                         "where the dump's have the section's",
}


def _params() -> list:
    return [pytest.param(tid, marks=[pytest.mark.xfail(strict=True, reason=KNOWN[tid])] if tid in KNOWN else [], id=tid)
            for tid in IDS]


@pytest.mark.parametrize("tid", _params())
def test_template_pdf_gives_the_records_of_its_dump(tid):
    txt = process_file(TEMPLATES / tid / "form.txt", layouts={"generic"})
    pdf = process_file(TEMPLATES / tid / "form.pdf", layouts={"generic"})
    assert pdf.document["format"] == "pdf"
    assert_same_records(txt, pdf, f"{tid}/form.pdf")


def test_there_are_template_pdfs():
    assert len(IDS) >= 10

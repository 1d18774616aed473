"""Perturbations of a dump that change nothing in its forms leave its records unchanged.

For every perturbation of tests/perturb.py (its docstring describes each) and every template of
tests/templates (and every sample of samples/), the records of the perturbed file must equal those
of the file as it is (provenance columns left out). `python -m tests.perturb -v` prints the
differences.

`KNOWN_FRAGILE` lists the (perturbation, document) pairs that change today: parser (or extractor)
brittleness, with the difference observed. They are strict xfails, so a fix shows up as XPASS and
the entry must then go. A difference that is the perturbation's own doing (one that changes what
the form says) is never listed here: the perturbation is narrowed instead.

All perturbations x all documents run (about 3,300 pipeline runs of one text dump, ~30 s on one core).
"""
from __future__ import annotations

import pytest

from tests.perturb import PERTURBATIONS, all_docs, doc_differences, original_text, xfail_params

_NOTE_JOIN = ("parsers/tables.py joins the note parts (备注, 指标性质 …) with `；` without stripping the "
              "cells: a padded cell leaves a space before the `；`")
_PLAN_JOIN = ("parsers/forms.py builds the schedule step `start—end` from the cells as written, so "
              "padding shows around the dash")
_ROWS_ADD_UP = ("extract.txt `_merge_cut_row`: without trailing empty cells, consecutive short rows whose "
                "field counts add up to the table width are taken for one row a line break cut")
_CUT_NOT_JOINED = ("extract.txt `_merge_cut_row`: the last piece of a row a line break cut, without its "
                   "trailing empty cells, no longer makes the pieces add up to the table width, so the row "
                   "is not put back together")
_LABEL_AS_VALUE = "a label cell without its colon, followed by another label cell, takes that label as its value"
_YEAR_LENGTH = ("parsers/forms.py reads a year from a text line only when `len(text) < 30`, counted on the "
                "line as written (its padding included)")

# perturbation -> {document id: one-line reason (the difference observed; its cause where known)}
KNOWN_FRAGILE: dict[str, dict[str, str]] = {
    "strip_tabs": {
        "real_hunan_xiangyin_kindergarten_target": "budget_items[1].amount 2590000 -> 25920000: the row `||幼儿园生均经费|213.4|259`, without its trailing empty cell, takes the page number `2` on the next line for the rest of a number a line break cut (extract.txt `_join_wrapped`, `_CUT_NUMBER_END`)",
        "assess_restart_numbering_wrapped_header": f"all 7 assessment_items lost: the header `…|单项` / `分值|考核要求|…` and the row `…河长办、农业服务中心、` / `各村委会` not joined; {_CUT_NOT_JOINED}",
        "assess_section_rows_points_in_content": f"assessment item '“非接触式”办税缴费事项占比》=95%…（15分）' lost (5 items -> 4): `…不低于` / `92%。（15分）|…` not joined; {_CUT_NOT_JOINED}",
        "wrapped_cells_self_eval": f"goal_annual cut at '…完好率达到95%', goal_actual -> '以上，城区主要易涝点…', score 98.5 -> 100.0, indicators lost ('单座泵站年均维护成本' …): its cut rows not joined; {_CUT_NOT_JOINED}",
    },
}

DOCS = all_docs()


@pytest.mark.parametrize("name, doc", xfail_params(((n, d) for n in PERTURBATIONS for d in DOCS), KNOWN_FRAGILE))
def test_perturbation_keeps_records(name, doc):
    diffs = doc_differences(PERTURBATIONS[name], doc)
    if diffs:
        pytest.fail(f"{name} changes {doc.id}: {len(diffs)} differences:\n  " + "\n  ".join(diffs[:20]),
                    pytrace=False)


def test_known_fragile_names_exist():
    ids = {d.id for d in DOCS}
    for name, docs in KNOWN_FRAGILE.items():
        assert name in PERTURBATIONS, name
        assert set(docs) <= ids, set(docs) - ids


@pytest.mark.parametrize("name", list(PERTURBATIONS))
def test_perturbation_is_deterministic_and_applies(name):
    p = PERTURBATIONS[name]
    touched = 0
    for doc in DOCS:
        text = original_text(doc)
        out = p.to_bytes(text)
        assert out == p.to_bytes(text), f"{name} is not deterministic on {doc.id}"
        touched += out != doc.path.read_bytes()
    assert touched, f"{name} changes no document: it tests nothing"

"""HTML pages as real sites and office programs write them give the records of the same form's text dump.

Fixtures: tests/fixtures/html_quirks/ (README there), made by tests/fixtures/make_html_quirks.py
from tests/templates/<id>/form.txt. Each fixture holds the content of one template form and
shows ONE quirk of real pages. For each fixture:

- `test_records`: read with jixiao.pipeline.process_file, it must give the projects, indicators,
  budget_items and scores of the template's form.txt read the same way: the same number of
  projects and of rows, equal on every column that the template's expected.json lists (strings
  compared exactly: the contract collapses whitespace runs, so `≥85公里` must not come back as
  `≥ \\t\\t\\t85公里`). Funding lines (`kind` source / spent) are left out, as in test_templates.
- `test_status_and_warnings`: the document's status and its sorted warning codes are those of
  the dump (a quirk must not lose data nor add a loss warning).

`test_reference_dump_matches_expected` checks that each form.txt used gives its expected.json
values, so the comparison with the dump is a comparison with hand-written expectations.

Where jixiao is wrong the test is a strict xfail with the reason (KNOWN below): a fix shows up as
XPASS and the entry must then be removed. Expectations are never weakened.
"""
from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path

import pytest

from jixiao.pipeline import process_file
from tests.compare import expected, same

ROOT = Path(__file__).resolve().parent.parent
FIX = ROOT / "tests" / "fixtures" / "html_quirks"
TEMPLATES = ROOT / "tests" / "templates"
ROW_TABLES = ("indicators", "budget_items", "scores")
FUNDING_KINDS = {"source", "spent"}

# fixture -> template whose form.txt it holds (also in make_html_quirks.SOURCES / LO)
FIXTURES: dict[str, str] = {
    "cms_article.html": "central_self_eval_matrix",
    "lo_writer_from_docx.html": "central_self_eval_matrix",
    "word_mso_gb2312.htm": "central_target_midterm",
    "lo_calc_from_xlsx.html": "central_target_midterm",
    "excel_web_page.xls": "central_self_eval_matrix",
    "merges_th_thead_caption.html": "county_long_term_annual",
    "tfoot_before_tbody.html": "county_long_term_annual",
    "rowspan_past_last_row.html": "ticks_header_placement",
    "cell_paragraphs_spans.html": "central_self_eval_matrix",
    "nested_runs_with_tail.html": "ticks_header_placement",
    "ticks_checkbox_inputs.html": "ticks_header_placement",
    "ticks_img_alt.html": "ticks_header_placement",
    "two_forms_two_tables.html": "ppp_two_forms_name_value",
    "split_table_repeated_header.html": "central_self_eval_matrix",
    "nested_layout_table.html": "ticks_header_placement",
    "utf16le_bom.htm": "ppp_two_forms_name_value",
    "utf8_bom.html": "ppp_two_forms_name_value",
    "meta_charset_gbk.html": "county_long_term_annual",
    "meta_utf8_bytes_gbk.html": "ppp_two_forms_name_value",
    "single_file_web_page.mht": "ticks_header_placement",
}

# (fixture, check) -> why jixiao fails it today; check is "records" or "warnings"
KNOWN: dict[tuple[str, str], str] = {
}


def _marks(name: str, check: str) -> list:
    why = KNOWN.get((name, check))
    return [pytest.mark.xfail(strict=True, reason=why)] if why else []


def _params(check: str) -> list:
    return [pytest.param(n, marks=_marks(n, check), id=n) for n in FIXTURES]


@lru_cache(maxsize=None)
def read(path: Path):
    return process_file(path)


def columns(tid: str, table: str) -> list[str]:
    exp = expected(tid)
    if table == "projects":
        rows = exp.get("projects", [])
    else:
        rows = [r for _, r in exp.get(table, [])]
    return sorted({k for r in rows for k in r})


def rows(res, table: str) -> list[dict]:
    return [r for r in res.tables[table] if not (table == "budget_items" and r.get("kind") in FUNDING_KINDS)]


def record_diffs(ref, got, tid: str) -> list[str]:
    out = []
    for table in ("projects",) + ROW_TABLES:
        a, b = rows(ref, table), rows(got, table)
        if len(a) != len(b):
            out.append(f"{table}: {len(a)} rows from form.txt, {len(b)} from the page")
        cols = columns(tid, table)
        for i, (x, y) in enumerate(zip(a, b)):
            out += [f"{table}[{i}].{c}: dump {x.get(c)!r}, page {y.get(c)!r}" for c in cols if x.get(c) != y.get(c)]
    return out


def codes(res) -> list[str]:
    return sorted(w["code"] for w in res.tables["warnings"])


@pytest.mark.parametrize("tid", sorted(set(FIXTURES.values())))
def test_reference_dump_matches_expected(tid):
    """The dump read as the pages are read (all layouts) gives the hand-written expected.json values."""
    ref = read(TEMPLATES / tid / "form.txt")
    exp = expected(tid)
    diffs = []
    if len(ref.tables["projects"]) != exp["n_projects"]:
        diffs.append(f"n_projects {len(ref.tables['projects'])} != {exp['n_projects']}")
    for k, want in enumerate(exp.get("projects", [])):
        got = ref.tables["projects"][k]
        diffs += [f"project[{k}].{c}" for c, v in want.items() if not same(v, got.get(c))]
    for table in ROW_TABLES:
        want = [r for _, r in exp.get(table, [])]
        got = rows(ref, table)
        if table in exp and len(want) != len(got):
            diffs.append(f"{table}: {len(want)} expected, {len(got)} read")
        for i, (w, g) in enumerate(zip(want, got)):
            diffs += [f"{table}[{i}].{c}" for c, v in w.items() if not same(v, g.get(c))]
    assert not diffs, diffs


@pytest.mark.parametrize("name", _params("records"))
def test_records(name):
    tid = FIXTURES[name]
    got = read(FIX / name)
    assert got.document["format"] == "html", got.document
    assert got.document["status"] != "failed", got.document["error"]
    diffs = record_diffs(read(TEMPLATES / tid / "form.txt"), got, tid)
    assert not diffs, f"{len(diffs)} differences:\n  " + "\n  ".join(diffs[:30])


# fixtures whose page says more than its dump: a declared charset the bytes contradict is overruled, and
# said (encoding_guessed), beside the dump's own warnings
EXTRA_CODES = {"meta_utf8_bytes_gbk.html": ["encoding_guessed"]}


@pytest.mark.parametrize("name", _params("warnings"))
def test_status_and_warnings(name):
    ref, got = read(TEMPLATES / FIXTURES[name] / "form.txt"), read(FIX / name)
    assert (got.document["status"], codes(got)) == (ref.document["status"], sorted(codes(ref) + EXTRA_CODES.get(name, [])))


def test_every_fixture_is_listed_and_made_by_the_script():
    sys.path.insert(0, str(ROOT / "tests" / "fixtures"))
    import make_html_quirks as M
    on_disk = {p.name for p in FIX.iterdir() if p.name != "README.md"}
    assert on_disk == set(FIXTURES)
    assert set(M.BUILDERS) | set(M.LO) == set(FIXTURES)
    for name, build in M.BUILDERS.items():
        assert build() == (FIX / name).read_bytes(), f"{name}: rerun tests/fixtures/make_html_quirks.py"
    made = dict(M.SOURCES, **{k: v[0] for k, v in M.LO.items()})
    assert made == FIXTURES


def test_mht_document_is_recorded_not_lost():
    """Whatever jixiao makes of an MHTML archive, the file is one documents row with its path and id."""
    d = read(FIX / "single_file_web_page.mht").document
    assert d["doc_id"] and d["path"].endswith("single_file_web_page.mht") and d["format"] == "html"
    assert d["status"] in ("ok", "partial", "failed")
    assert d["status"] != "failed" or d["error"]


def test_encoding_declarations_are_honoured_where_bytes_agree():
    """GB2312 / GBK / UTF-16 pages whose declaration (or BOM) agrees with the bytes keep their Chinese labels."""
    for name in ("word_mso_gb2312.htm", "meta_charset_gbk.html", "utf16le_bom.htm", "utf8_bom.html"):
        p = read(FIX / name).tables["projects"]
        assert p and all(x["name"] and "\ufffd" not in x["name"] for x in p), name


def test_a_page_declared_gbk_whose_bytes_are_utf8_is_read_as_utf8():
    from extract.office import _decode_html
    page = '<html><head><meta charset="gb2312"></head><body><p>项目名称</p></body></html>'.encode("utf-8")
    text, warnings = _decode_html(page)
    assert "项目名称" in text and [w.code for w in warnings] == ["encoding_guessed"]
    gbk = '<html><head><meta charset="gb2312"></head><body><p>项目名称—</p></body></html>'.encode("gbk")
    text, warnings = _decode_html(gbk)
    assert "项目名称—" in text and not warnings                  # as declared, A1AA read as — (GBK)


def test_a_layout_table_pages_footer_row():
    """An old site's page laid out with tables, its footer `Copyright … 备案号：…` a one-row table of its own after the
    form (tests/fixtures/review/z_layout_tables.htm): no row of the form (it was a 7th indicator, named by the
    copyright line)."""
    from jixiao.pipeline import process_file
    t = process_file(Path(__file__).parent / "fixtures" / "review" / "z_layout_tables.htm").tables
    assert len(t["indicators"]) == 6 and not any("Copyright" in (i["level3"] or "") for i in t["indicators"])

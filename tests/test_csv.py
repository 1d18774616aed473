"""CSV exports of a form's sheets: read into one grid per file and through the same parsers."""
from __future__ import annotations

from pathlib import Path

from extract.txt import extract_csv
from jixiao.pipeline import detect_format, process_file

ROOT = Path(__file__).resolve().parent.parent
FIX = ROOT / "tests" / "fixtures" / "csv"
TABLES = ("projects", "indicators", "budget_items", "scores", "safeguards", "assessment_items")
IGNORED = {"doc_id", "project_id", "page", "line", "layout", "title", "seq"}


def _records(paths) -> tuple[dict[str, list[dict]], list[dict]]:
    out: dict[str, list[dict]] = {t: [] for t in TABLES}
    docs = []
    for p in paths:
        res = process_file(p)
        docs.append(res.document)
        for t in TABLES:
            out[t] += [{k: v for k, v in r.items() if k not in IGNORED} for r in res.tables[t]]
    return out, docs


def _sample(stem: str) -> dict[str, list[dict]]:
    (txt,) = (ROOT / "samples").glob(stem + "*.txt")
    return _records([txt])[0]


def test_assessment_sheet_as_csv():
    got, (doc,) = _records([FIX / "002_0f3bf4a98361c936.csv"])
    assert doc["format"] == "txt" and doc["status"] == "ok"
    want = _sample("002")
    assert len(want["assessment_items"]) == 18
    assert got == want


def test_gbk_csv_of_a_self_evaluation():
    got, (doc,) = _records([FIX / "004_84f93315a99e5296.gbk.csv"])
    assert doc["encoding"] == "gb18030"
    want = _sample("004")
    assert len(want["scores"]) == 25 and len(want["indicators"]) == 32
    assert got == want


def test_three_sheets_saved_apart_give_the_records_of_the_form():
    got, docs = _records(sorted(FIX.glob("000_*.csv")))
    want = _sample("000")
    assert [d["n_projects"] for d in docs] == [1, 1, 1]      # each sheet names its project
    assert {p["name"] for p in got["projects"]} == {"质量强区专项经费"}
    for t in ("indicators", "budget_items", "safeguards"):
        assert got[t] == want[t], t
    assert len(got["safeguards"]) == 3                       # the 制度保障 sheet alone is a form


def test_quotes_separators_and_lines():
    data = '项目名称,"某项目,二期",,\r\n"项目\n概况","第一行\r\n第二行",,\r\n,,,\r\n指标,≥90%,,\r\n'.encode()
    ex = extract_csv(data, "x")
    (g,) = ex.grids
    cells = {(c.row, c.col): (c.text, c.line) for c in g.cells}
    assert cells[(0, 1)] == ("某项目,二期", 1)
    assert cells[(1, 0)] == ("项目\n概况", 2) and cells[(1, 1)] == ("第一行\n第二行", 2)
    assert cells[(3, 0)] == ("指标", 6)        # after a record over lines 2-4 (two breaks in its cells) and a blank one
    semi = extract_csv("项目名称;某项目\n指标;≥90%\n".encode(), "y")
    assert [c.text for c in semi.grids[0].cells] == ["项目名称", "某项目", "指标", "≥90%"]
    tabbed = extract_csv("项目名称\t某项目, 二期\n指标\t≥90%\n".encode(), "z")
    assert [c.text for c in tabbed.grids[0].cells] == ["项目名称", "某项目, 二期", "指标", "≥90%"]


def test_csv_is_a_text_format_and_bad_csv_fails_cleanly(tmp_path):
    assert detect_format("a.csv", b"a,b") == "txt"
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    res = process_file(empty)
    assert res.document["status"] == "failed" and "empty file" in res.document["error"]
    binary = tmp_path / "bin.csv"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    res = process_file(binary)
    assert res.document["status"] == "failed" and "binary" in res.document["error"]

"""jixiao serve: the WSGI app called in-process (pages, filters, facets, export, escaping, what can be reached)."""
from __future__ import annotations

import csv
import io
import re
import shutil
import urllib.parse
from pathlib import Path
from wsgiref.util import setup_testing_defaults

import openpyxl
import pytest

from jixiao import search as S
from jixiao.cli import main
from jixiao.web import App, host_name

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
XSS = ROOT / "tests" / "fixtures" / "web" / "xss_党建经费.txt"
PDF_003 = next((ROOT / "tests" / "fixtures" / "pdf").glob("003_*.pdf"))


def get(app: App, path: str, params=(), method: str = "GET", host: str = "127.0.0.1:8765"):
    env: dict = {}
    setup_testing_defaults(env)
    env.update(REQUEST_METHOD=method, PATH_INFO=path, QUERY_STRING=urllib.parse.urlencode(params, doseq=True),
               HTTP_HOST=host)
    got = {}

    def start(status, headers):
        got["status"], got["headers"] = status, dict(headers)
    body = b"".join(app(env, start))
    return int(got["status"].split()[0]), got["headers"], body


@pytest.fixture(scope="module")
def samples_app(tmp_path_factory):
    d = tmp_path_factory.mktemp("web") / "out"
    assert main(["extract", str(SAMPLES), "-o", str(d), "-q", "-j", "1"]) == 0
    return App(d, allowed_hosts={"127.0.0.1", "localhost", "::1"})


@pytest.fixture(scope="module")
def xss_app(tmp_path_factory):
    src = tmp_path_factory.mktemp("xss_in")
    shutil.copy(XSS, src)
    d = src.parent / (src.name + "_out")
    assert main(["extract", str(src), "-o", str(d), "-q", "-j", "1"]) == 0
    return App(d)


SAT_2022 = {"q": "满意度", "year": "2022", "level1": "satisfaction", "op": ">=", "value_ge": "90", "unit": "%"}


def test_search_page_filters_and_facets(samples_app):
    status, headers, body = get(samples_app, "/", SAT_2022)
    html = body.decode()
    assert status == 200 and "script-src" not in headers["Content-Security-Policy"]   # default-src 'none'
    assert "default-src 'none'" in headers["Content-Security-Policy"]
    assert "<span id='total'>9</span> hits" in html
    assert html.count("<tr class='hit'>") == 9
    assert "samples/003_f4b4bf660a847d7d.txt line 32" in html
    # facets: year 2022 with 9 hits, level1 satisfaction 9
    facets = html.split("<aside id='facets'>")[1].split("</aside>")[0]
    assert re.search(r">2022</a> <span class='muted'>9</span>", facets)
    assert re.search(r">满意度 satisfaction</a> <span class='muted'>9</span>", facets)
    # the form keeps the filters
    assert "<option value='satisfaction' selected>" in html and "value='90'" in html


def test_facet_links_filter(samples_app):
    html = get(samples_app, "/", {"q": "满意度"})[2].decode()
    link = re.search(r"<a class='' href='([^']*)'>2019</a>", html).group(1)
    path, _, qs = link.replace("&amp;", "&").partition("?")
    status, _, body = get(samples_app, path, urllib.parse.parse_qsl(qs))
    assert status == 200
    total = S.search(samples_app.con, S.Query(text="满意度", years=[2019])).total
    assert f"<span id='total'>{total}</span>" in body.decode()


def test_project_page(samples_app):
    status, _, body = get(samples_app, "/project/8727d210e43d80ba-1")
    html = body.decode()
    assert status == 200 and "<h2 id='project-name'>党建经费</h2>" in html
    assert "indicators (15)" in html and "党员职工满意度" in html
    assert "budget lines (" in html and "warnings (" in html
    assert "/history?project=8727d210e43d80ba-1" in html
    assert get(samples_app, "/project/nope")[0] == 404


def test_source_of_a_text_row(samples_app):
    doc = "8727d210e43d80ba7ba12cbaf7ff9dd2956e6cc51c9727b8f65082a643545294"
    status, _, body = get(samples_app, f"/source/{doc}", {"line": "32"})
    html = body.decode()
    assert status == 200
    assert re.search(r"<div id='L32' class='hl'><span class='ln'>32</span>满意度指标.*党员职工满意度", html)
    assert "lines 1–72 of" in html and "whole file" in html


def test_history_page(samples_app):
    html = get(samples_app, "/history", {"name": "党建经费"})[2].decode()
    assert "1 line-ups" in html and "党员职工满意度" in html
    assert get(samples_app, "/history", {"project": "8727d210e43d80ba-1"})[0] == 200


def test_export_csv_and_xlsx(samples_app):
    status, headers, body = get(samples_app, "/export.csv", {**SAT_2022, "view": "search"})
    assert status == 200 and "attachment" in headers["Content-Disposition"]
    assert body.startswith("\ufeff".encode())
    rows = list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"))))
    assert len(rows) == 9 and {r["level1_std"] for r in rows} == {"satisfaction"}
    status, _, body = get(samples_app, "/export.xlsx", {"q": "党建经费", "view": "search"})
    ws = openpyxl.load_workbook(io.BytesIO(body)).active
    values = list(ws.values)
    assert values[0][0] == "kind" and len(values) == 1 + 16
    targets = [r[values[0].index("target_raw")] for r in values[1:]]
    assert "=45人" in targets                     # stored as text, not as a formula
    for view, params in (("history", {"name": "党建经费"}), ("project", {"project": "8727d210e43d80ba-1"})):
        status, _, body = get(samples_app, "/export.csv", {**params, "view": view})
        assert status == 200 and len(body.decode("utf-8-sig").splitlines()) > 10
    assert get(samples_app, "/export.csv", {"view": "x"})[0] == 400


def test_bad_parameters(samples_app):
    assert get(samples_app, "/", {"year": "20x2"})[0] == 400
    assert get(samples_app, "/", {"value_ge": "many"})[0] == 400
    assert get(samples_app, "/", {"kind": "<b>"})[0] == 400


def test_read_only_and_nothing_else_reachable(samples_app):
    assert get(samples_app, "/", method="POST")[0] == 405
    assert get(samples_app, "/", host="evil.example:8765")[0] == 403
    assert get(samples_app, "/", host="[::1]:8765")[0] == 200
    for path in ("/source/../../etc/passwd", "/source/%2e%2e/etc/passwd", "/etc/passwd", "/source/" + "0" * 64,
                 "/source/" + "a" * 64 + "/page-1.png", "/../jixiao.duckdb", "/indicators.parquet"):
        assert get(samples_app, path)[0] == 404, path
    doc = "8727d210e43d80ba7ba12cbaf7ff9dd2956e6cc51c9727b8f65082a643545294"
    assert get(samples_app, f"/source/{doc}/page-1.png")[0] == 404     # a text dump has no page image
    assert get(samples_app, f"/source/{doc}", {"line": "../1"})[0] == 400
    assert host_name("[::1]:80") == "::1" and host_name("localhost") == "localhost"


def test_every_document_value_is_escaped(xss_app):
    res = S.search(xss_app.con, S.Query(text="党员满意度"))
    # (the cell's tags are no part of target_raw, as of no other text field: what is left is still escaped)
    assert res.total == 1 and res.hits[0]["target_raw"] == 'alert("t") 》=90%'
    h = res.hits[0]
    pages = [get(xss_app, "/", {"q": "党员满意度"}), get(xss_app, "/", {"q": "<script>"}),
             get(xss_app, "/project/" + h["project_id"]),
             get(xss_app, f"/source/{h['doc_id']}", {"line": str(h["line"]), "mark": "<script>x"}),
             get(xss_app, "/history", {"name": "党建经费"}),
             get(xss_app, "/history", {"project": h["project_id"]})]
    for status, headers, body in pages:
        html = body.decode()
        assert status == 200
        assert "<script" not in html.lower() and "<img" not in html.lower() and "<b>" not in html
        assert "default-src 'none'" in headers["Content-Security-Policy"]
    assert "alert(&quot;t&quot;) 》=90%" in pages[0][2].decode()
    assert "&lt;img src=x onerror=alert(2)&gt;" in pages[3][2].decode()     # the raw source line
    assert "&quot;&gt;" in pages[2][2].decode()                              # the department `"> 闵行 …`


def test_pdf_page_image_outlines_the_cell(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(PDF_003, src)
    out = tmp_path / "out"
    assert main(["extract", str(src), "-o", str(out), "-q", "-j", "1"]) == 0
    app = App(out)
    res = S.search(app.con, S.Query(text="党员职工满意度", kind="indicator"))
    h = res.hits[0]
    assert h["format"] == "pdf" and h["page"]
    html = get(app, f"/source/{h['doc_id']}", {"page": h["page"], "mark": h["target_raw"]})[2].decode()
    assert f"/source/{h['doc_id']}/page-{h['page']}.png?mark=" in html
    from PIL import Image

    def red(params) -> int:
        status, headers, body = get(app, f"/source/{h['doc_id']}/page-{h['page']}.png", params)
        assert status == 200 and headers["Content-Type"] == "image/png"
        im = Image.open(io.BytesIO(body)).convert("RGB")
        return dict((c, n) for n, c in im.getcolors(maxcolors=1 << 24)).get((220, 30, 30), 0)
    assert red({"mark": h["target_raw"]}) > 50
    assert red({}) == 0
    assert get(app, f"/source/{h['doc_id']}/page-999.png")[0] == 404


def test_a_rewritten_dataset_is_reopened(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(next(SAMPLES.glob("003_*.txt")), src)
    out = tmp_path / "out"
    assert main(["extract", str(src), "-o", str(out), "-q", "-j", "1"]) == 0
    app = App(out)
    assert "<span id='total'>0</span>" in get(app, "/", {"q": "质量奖"})[2].decode()
    shutil.copy(next(SAMPLES.glob("001_*.txt")), src)
    assert main(["extract", str(src), "-o", str(out), "-q", "-j", "1"]) == 0
    assert "<span id='total'>0</span>" not in get(app, "/", {"q": "质量奖"})[2].decode()


def test_serve_command(tmp_path):
    import subprocess
    import sys
    import urllib.request
    out = tmp_path / "out"
    shutil.copytree(ROOT / "tests" / "fixtures" / "history", tmp_path / "in")
    assert main(["extract", str(tmp_path / "in"), "-o", str(out), "-q", "-j", "1"]) == 0
    proc = subprocess.Popen([sys.executable, "-m", "jixiao.cli", "serve", str(out), "--port", "0"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline()
        m = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        assert m, line + proc.stderr.read()
        with urllib.request.urlopen(f"http://127.0.0.1:{m.group(1)}/?q=" + urllib.parse.quote("党建经费"), timeout=30) as r:
            assert r.status == 200 and "党建经费" in r.read().decode()
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    assert main(["serve", str(tmp_path / "nothing")]) == 1


def test_an_image_documents_page_is_shown_with_its_cells_outlined(tmp_path):
    """A photo's source view embeds its page as PNG (it answered 404 "page images are for PDFs": a broken image for
    every PNG / JPEG / TIFF document), the cells holding the marked text outlined."""
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(ROOT / "tests" / "fixtures" / "scan" / "scan_003_p1.png", src)
    out = tmp_path / "out"
    assert main(["extract", str(src), "-o", str(out), "-q", "-j", "1"]) == 0
    app = App(out)
    h = next(x for x in S.search(app.con, S.Query(kind="indicator", limit=0)).hits if x["target_raw"])
    assert h["format"] == "image" and h["page"] == 1
    from PIL import Image

    def red(params) -> int:
        status, headers, body = get(app, f"/source/{h['doc_id']}/page-1.png", params)
        assert status == 200 and headers["Content-Type"] == "image/png"
        im = Image.open(io.BytesIO(body)).convert("RGB")
        assert im.width <= 1600
        return dict((c, n) for n, c in im.getcolors(maxcolors=1 << 24)).get((220, 30, 30), 0)
    assert red({"mark": h["target_raw"]}) > 50 and red({}) == 0
    assert get(app, f"/source/{h['doc_id']}/page-2.png")[0] == 404


def test_unknown_filter_values_and_history_options(samples_app):
    """Unknown level1 / op / form / warning values are a bad request listing the known ones (they gave "0 hits");
    the history page takes the CLI's org and threshold (ignored)."""
    for params in ({"q": "满意度", "level1": "foo"}, {"op": "≫"}, {"form": "xyz"}, {"warning": "nosuch"}):
        status, _, body = get(samples_app, "/", params)
        assert status == 400, params
    assert "known: input, output" in get(samples_app, "/", {"level1": "foo"})[2].decode()
    assert get(samples_app, "/", {"op": "≥", "level1": "满意度"})[0] == 200      # (as forms write them: hunt CI)
    assert "1 line-ups" in get(samples_app, "/history", {"name": "党建经费", "org": "人民政府办公室"})[2].decode()
    html = get(samples_app, "/history", {"name": "党建经费", "org": "没有这个单位"})[2].decode()
    assert "0 line-ups" in html and "id='history-org'" in html
    assert get(samples_app, "/history", {"name": "党建经费", "threshold": "-1"})[0] == 400


def test_projects_by_their_indicators(tmp_path):
    """kind=project with indicator filters was a 400: the page lists the projects having an indicator that matches
    them all (道路养护: satisfaction >=95% and another indicator at 80 is not one), each with its matching indicators
    linked to their lines; the form keeps the query; the export adds matched_count and matched_indicators."""
    from tests.test_search import write_project_forms
    write_project_forms(tmp_path / "in")
    assert main(["extract", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "-q", "-j", "1"]) == 0
    app = App(tmp_path / "out")
    params = {"q": "", "year": "2022", "level1": "satisfaction", "value_lt": "90", "kind": "project"}
    status, _, body = get(app, "/", params)
    html = body.decode()
    assert status == 200 and "<span id='total'>3</span> hits" in html and "4 such indicators" in html
    rows = re.findall(r"<tr class='hit'>.*?</tr>", html)
    assert len(rows) == 3 and not any("道路养护" in r or "(project)" in r for r in rows)
    books = next(r for r in rows if "图书购置" in r)
    assert "读者满意度" in books and "职工满意度" in books and "&gt;=80%" in books and "&gt;=88%" in books
    assert books.count("class='src-link'") == 3                # each target, and the first one's place
    share = next(r for r in rows if "垃圾分类宣传" in r)
    assert "≥0.85" in share and "[85%]" in share
    assert "<option value='project' selected>" in html and "<option value='satisfaction' selected>" in html
    assert "id='f-value_lt' value='90'" in html
    assert re.search(r"data-facet='level1'>.*?satisfaction</a> <span class='muted'>3</span>", html)
    status, _, body = get(app, "/export.csv", {**params, "view": "search"})
    rows = list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"))))
    assert status == 200 and len(rows) == 3 and list(rows[0])[-2:] == ["matched_count", "matched_indicators"]
    got = {r["project_name"]: r["matched_count"] for r in rows}
    assert got == {"社区养老服务": "1", "图书购置": "2", "垃圾分类宣传": "1"}
    assert "读者满意度: >=80% (line " in next(r["matched_indicators"] for r in rows if r["project_name"] == "图书购置")
    ws = openpyxl.load_workbook(io.BytesIO(get(app, "/export.xlsx", {**params, "view": "search"})[2])).active
    values = list(ws.values)
    assert values[0][-2:] == ("matched_count", "matched_indicators") and len(values) == 1 + 3

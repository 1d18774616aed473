"""End-to-end: `jixiao serve` in headless Chromium (Debian's browser driven by Playwright for Python).

Search, filter, open a project, open its source, open the history, export CSV; screenshots go to
tests/artifacts/e2e/. Skips when Playwright or a Chromium binary is missing (`make test` installs both:
Playwright from the `test` extra, chromium from scripts/system-deps.sh). Playwright never downloads a
browser here: it launches the system's chromium through `executable_path`.
"""
from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import pytest

from jixiao import search as S
from jixiao.cli import main
from tests.browser import BROWSERS, find_browser, serving

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "tests" / "artifacts" / "e2e"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    d = tmp_path_factory.mktemp("e2e") / "out"
    assert main(["extract", str(ROOT / "samples"), "-o", str(d), "-q", "-j", "1"]) == 0
    with serving(d) as base:
        yield d, base


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright for Python is not installed")
    exe = find_browser()
    if exe is None:
        pytest.skip(f"no Chromium on PATH (looked for {', '.join(BROWSERS)}); Debian: apt-get install chromium")
    profile = tmp_path_factory.mktemp("profile")
    with sync_api.sync_playwright() as p:
        ctx = p.chromium.launch_persistent_context(str(profile), executable_path=exe, headless=True, args=FLAGS,
                                                   viewport={"width": 1400, "height": 1000}, accept_downloads=True)
        pg = ctx.new_page()
        pg.set_default_timeout(30_000)
        yield pg
        ctx.close()


def shot(pg, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    pg.screenshot(path=str(path), full_page=False)
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    return path


def test_search_filter_project_source_history_export(server, page, tmp_path):
    outdir, base = server
    pg = page
    # 1. search
    pg.goto(base + "/")
    pg.fill("#q", "满意度")
    pg.click("#go")
    pg.wait_for_selector("#hits")
    total = S.search(outdir, S.Query(text="满意度")).total
    assert pg.inner_text("#total") == str(total)
    assert pg.locator("tr.hit").count() == min(total, 50)
    shot(pg, "01-search")

    # 2. filter: 2022 satisfaction targets >= 90 %
    pg.select_option("#f-year", "2022")
    pg.select_option("#f-level1", "satisfaction")
    pg.select_option("#f-op", ">=")
    pg.fill("#f-value_ge", "90")
    pg.fill("#f-unit", "%")
    pg.click("#go")
    pg.wait_for_selector("#hits")
    assert pg.inner_text("#total") == "9"
    assert pg.locator("tr.hit").count() == 9
    targets = pg.locator("tr.hit td.target").all_inner_texts()
    assert all("90%" in t or "95%" in t for t in targets)
    facet = pg.inner_text("div.facet[data-facet=year]")
    assert "2022" in facet and "9" in facet
    shot(pg, "02-filtered")

    # 3. export CSV of this result
    with pg.expect_download() as dl:
        pg.click("#export-csv")
    path = tmp_path / "hits.csv"
    dl.value.save_as(str(path))
    shutil.copyfile(path, ARTIFACTS / "export.csv")
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
    assert len(rows) == 9 and {r["year"] for r in rows} == {"2022"}
    assert all(r["path"] and r["line"] and r["project_id"] for r in rows)

    # 4. open a project
    first = pg.locator("tr.hit a.project-link").first
    name = first.inner_text()
    first.click()
    pg.wait_for_selector("#project-name")
    assert pg.inner_text("#project-name") == name
    assert pg.locator("#indicators tbody tr").count() >= 5
    shot(pg, "03-project")

    # 5. open the source of its last indicator (the satisfaction target)
    link = pg.locator("#indicators a.src-link").last
    line = link.inner_text().split()[-1]
    link.click()
    pg.wait_for_selector("#source .hl")
    hl = pg.inner_text("#source .hl")
    assert hl.startswith(line) and "满意度" in hl
    assert pg.locator("#source .hl").is_visible()
    shot(pg, "04-source")

    # 6. the history of the project
    pg.go_back()
    pg.wait_for_selector("#history-link")
    pg.click("#history-link")
    pg.wait_for_selector("table.history")
    assert name in pg.inner_text("table.history")
    shot(pg, "05-history")


def test_history_marks_changes(page, tmp_path):
    out = tmp_path / "out"
    assert main(["extract", str(ROOT / "tests" / "fixtures" / "history"), "-o", str(out), "-q", "-j", "1"]) == 0
    with serving(out) as base:
        page.goto(f"{base}/history")
        page.fill("#history-name", "党建经费")
        page.press("#history-name", "Enter")
        page.wait_for_selector("table.history")
        assert page.locator("table.history").count() == 2
        first = page.locator("table.history").first
        assert first.locator("td.changed").count() == 5      # 3 budget figures, 2 targets
        assert first.locator("td.new").inner_text() == ">=4次"
        assert first.locator("td.dropped").inner_text() == "(dropped)"
        shot(page, "06-history-changes")


def test_pdf_source_is_the_page_with_the_cell_outlined(page, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(next((ROOT / "tests" / "fixtures" / "pdf").glob("003_*.pdf")), src)
    out = tmp_path / "out"
    assert main(["extract", str(src), "-o", str(out), "-q", "-j", "1"]) == 0
    with serving(out) as base:
        page.goto(f"{base}/")
        page.fill("#q", "党员职工满意度")
        page.click("#go")
        page.wait_for_selector("#hits")
        assert page.inner_text("#total") == "1"
        page.locator("tr.hit a.src-link").first.click()
        img = page.wait_for_selector("#page-image")
        for _ in range(100):                  # the page's CSP forbids eval: poll from here
            if img.evaluate("e => e.complete && e.naturalWidth"):
                break
            page.wait_for_timeout(100)
        assert img.evaluate("e => e.naturalWidth") > 500
        img.scroll_into_view_if_needed()
        shot(page, "07-pdf-source")

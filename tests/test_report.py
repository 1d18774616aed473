"""jixiao.report.write_report: the HTML page and the workbook of an output folder, and a headless-browser render."""
from __future__ import annotations

import inspect
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import openpyxl
import pytest

from jixiao import checks
from jixiao.cli import main
from jixiao.report import CODE_ZH, SEVERITY, SHEETS, location_text, write_report
from tests.browser import BROWSERS, find_browser

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
SAMPLE_000 = next(SAMPLES.glob("000_*.txt"))
ARTIFACTS = ROOT / "tests" / "artifacts"


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    """extract samples/ -> OUT, then write_report(OUT) into OUT/report."""
    base = tmp_path_factory.mktemp("report")
    out = base / "out"
    assert main(["extract", str(SAMPLES), "-o", str(out), "-q", "-j", "1"]) == 0
    paths = write_report(out)
    return out, paths


@pytest.fixture(scope="module")
def page(report) -> str:
    return report[1]["html"].read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def empty_report(tmp_path_factory):
    """An output folder from a folder holding only a prose .txt: documents, no projects."""
    base = tmp_path_factory.mktemp("report_empty")
    (base / "in").mkdir()
    (base / "in" / "prose.txt").write_text("这是一段普通的文字，没有任何表格。\n今天天气很好。\n", encoding="utf-8")
    out = base / "out"
    main(["extract", str(base / "in"), "-o", str(out), "-q", "-j", "1"])
    dest = base / "rep"
    return write_report(out, dest), dest


class _Checker(HTMLParser):
    """Collects tags, attributes and text; fails on a closing tag that closes nothing open."""
    VOID = {"meta", "br", "col", "input", "img", "hr", "link", "rect", "line"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        if tag not in self.stack:
            self.errors.append(f"</{tag}> closes nothing")
            return
        while self.stack and self.stack.pop() != tag:
            pass

    def handle_data(self, data):
        self.text.append(data)


def parse(html_text: str) -> _Checker:
    p = _Checker()
    p.feed(html_text)
    p.close()
    return p


# --------------------------------------------------------------------------- files

def test_write_report_returns_the_two_files(report):
    out, paths = report
    assert set(paths) == {"html", "xlsx"}
    assert paths["html"] == out / "report" / "report.html"
    assert paths["xlsx"] == out / "report" / "report.xlsx"
    assert all(p.is_file() and p.stat().st_size > 0 for p in paths.values())
    assert not [p for p in paths["html"].parent.iterdir() if p.name.endswith(".tmp")]


def test_missing_dataset_raises(tmp_path):
    with pytest.raises(FileNotFoundError, match="documents.parquet"):
        write_report(tmp_path / "nothing")


# --------------------------------------------------------------------------- HTML

def test_html_names_the_project_the_code_and_links_the_sample(page):
    assert "质量强区专项经费" in page
    assert "budget_sum_mismatch" in page
    uri = SAMPLE_000.resolve().as_uri()
    assert f'href="{uri}"' in page
    # the finding points at its line of the dump
    assert re.search(r"budget lines sum to 568,000 元.*?line 46", page, re.S)


def test_html_is_self_contained_and_well_formed(page):
    p = parse(page)
    assert not p.errors, p.errors[:5]
    assert page.startswith("<!DOCTYPE html>")
    names = {t for t, _ in p.tags}
    assert "script" not in names and "link" not in names and "img" not in names
    assert "@import" not in page and "url(" not in page
    for tag, attrs in p.tags:
        for k in ("src", "href"):
            v = attrs.get(k)
            if v is not None:
                assert v.startswith(("#", "file://")), (tag, k, v)
        if tag == "a" and attrs.get("href", "").startswith("#"):
            assert f'id="{attrs["href"][1:]}"' in page, attrs["href"]
    assert sum(1 for t, _ in p.tags if t == "svg") >= 3     # codes, years, departments


def test_html_has_totals_charts_and_labels(page):
    text = " ".join(parse(page).text)
    for label in ("文件 Documents", "项目 Projects", "绩效指标 Indicators", "审计问题 Findings",
                  "各检查项问题数 Findings per check code", "按年度 By year", "按部门 By department",
                  "部门与项目 Departments and projects", "问题明细 Findings by project"):
        assert label in text, label
    assert "2020 年" in text and "2022 年" in text
    assert "上海市闵行区人民政府办公室(汇总)" in text            # a department
    assert "上海市知识产权局" in text                          # a unit standing in for a department
    assert "55.60" in text                                     # 556,000 元 in 万元


def test_html_projects_sorted_by_findings_within_departments(page):
    rows = re.findall(r'<tr class="dept"><td colspan="7">(.*?)<span class="meta">.*?(\d+) 个问题 findings',
                      page)
    counts = [int(n) for _, n in rows]
    assert counts == sorted(counts, reverse=True) and len(rows) > 3


def test_html_escapes_text(tmp_path):
    """A project name and a message with markup are shown as text (the extractor strips tags,
    so the Parquet files are edited)."""
    import pyarrow as pa
    import pyarrow.parquet as pq
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(SAMPLE_000, src / SAMPLE_000.name)
    out = tmp_path / "out"
    main(["extract", str(src), "-o", str(out), "-q", "-j", "1"])
    evil = '<script>alert("x")</script>质量&强区'
    for table, col in (("projects", "name"), ("warnings", "message")):
        (path,) = (out / f"{table}.parquet").glob("*.parquet")      # the run's one part
        t = pq.read_table(path)
        i = t.column_names.index(col)
        t = t.set_column(i, col, pa.array([evil] * t.num_rows, pa.string()))
        pq.write_table(t, path)
    page = write_report(out)["html"].read_text(encoding="utf-8")
    assert "<script" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;质量&amp;强区" in page
    assert not parse(page).errors


def test_location_text_follows_the_format():
    assert location_text("txt", None, 46) == "line 46"
    assert location_text("pdf", 3, None) == "page 3"
    assert location_text("docx", 2, 7) == "table 2, row 7"
    assert location_text("html", None, 4) == "paragraph 4"
    assert location_text("xlsx", 1, 12) == "sheet 1, row 12"
    assert location_text(None, None, None) == ""


def test_pdf_links_carry_the_page(tmp_path):
    pdfs = sorted((ROOT / "tests" / "fixtures" / "pdf").glob("*.pdf"))
    if not pdfs:
        pytest.skip("no PDF fixture")
    out = tmp_path / "out"
    main(["extract", *map(str, pdfs), "-o", str(out), "-q", "-j", "1"])
    page = write_report(out)["html"].read_text(encoding="utf-8")
    links = re.findall(r'href="(file://[^"]+\.pdf#page=\d+)"', page)
    if "问题明细" not in page:
        pytest.skip("the PDF fixtures give no findings")
    assert links


# --------------------------------------------------------------------------- XLSX

def test_xlsx_sheets_and_rows(report):
    out, paths = report
    wb = openpyxl.load_workbook(paths["xlsx"])
    assert wb.sheetnames == list(SHEETS) == ["summary", "findings", "warnings", "departments", "versions",
                                             "documents"]
    for ws in wb.worksheets:
        assert ws.max_row > 1 or ws.title == "versions", ws.title   # (the samples hold no versions)
        assert ws.freeze_panes is not None, ws.title
        assert all(c.font.bold for c in ws[1] if c.value is not None), ws.title

    findings = wb["findings"]
    head = [c.value for c in findings[1]]
    rows = [dict(zip(head, r)) for r in findings.iter_rows(min_row=2, values_only=True)]
    p000 = next(r for r in rows if r["项目名称 project"] == "质量强区专项经费")
    assert p000["预算（万元）budget"] == pytest.approx(55.6)
    assert isinstance(p000["问题 findings"], int) and p000["问题 findings"] >= 1
    assert isinstance(p000["目标量化率 target quality"], float)
    assert "budget_sum_mismatch" in p000["检查项 codes"]
    n = [r["问题 findings"] for r in rows]
    assert sum(n) > 0

    warnings = wb["warnings"]
    head = [c.value for c in warnings[1]]
    wrows = [dict(zip(head, r)) for r in warnings.iter_rows(min_row=2, values_only=True)]
    hit = next(r for r in wrows if r["代码 code"] == "budget_sum_mismatch")
    assert hit["级别 severity"] == "error"
    assert hit["line"] == 46 and isinstance(hit["line"], int)
    assert hit["文件 document"].endswith(SAMPLE_000.name)
    import pyarrow.parquet as pq
    assert len(wrows) == pq.read_table(out / "warnings.parquet").num_rows

    summary = {(r[0], r[1]): r[3] for r in wb["summary"].iter_rows(min_row=2, values_only=True)}
    assert summary[("projects", "total")] == pq.read_table(out / "projects.parquet").num_rows
    assert summary[("findings", "error")] >= 1

    depts = [r for r in wb["departments"].iter_rows(min_row=2, values_only=True)]
    assert sum(r[1] for r in depts) == summary[("projects", "total")]


def test_versions_of_one_project_of_one_year(tmp_path):
    """Hunt BD's 9: the same 项目编码's 2023 form in two files, 180 万 and 160 万 (a resubmission). The department's
    2023 total added both (340); now it counts the project once at the largest (180), and the page and the
    workbook list the two versions with their files; a copy with the same money is no version."""
    inputs = tmp_path / "in"
    shutil.copytree(ROOT / "tests" / "fixtures" / "history_versions", inputs)
    # the same form again, saved once more (other bytes: a file of its own, not an alias): counted once, as before
    (inputs / "v1_copy.txt").write_bytes((inputs / "v1.txt").read_bytes() + b"\n")
    out = tmp_path / "out"
    assert main(["extract", str(inputs), "-o", str(out), "-q", "-j", "1"]) == 0
    paths = write_report(out, tmp_path / "rep")
    wb = openpyxl.load_workbook(paths["xlsx"])
    rows = list(wb["departments"].iter_rows(values_only=True))
    head = dict(zip(rows[0], rows[1]))
    assert head["项目 projects"] == 3
    assert head["2023 年度预算合计（万元）annual budget"] == 180
    assert head["多版本项目（计一次）projects in versions, counted once"] == 3
    rows = list(wb["versions"].iter_rows(values_only=True))
    got = sorted((r[0], r[1], r[3], r[6], r[8], Path(r[9]).name) for r in rows[1:])
    assert got == [(1, 2023, "330105230000000123", 160, "否 no", "v2.txt"),
                   (1, 2023, "330105230000000123", 180, "否 no", "v1_copy.txt"),
                   (1, 2023, "330105230000000123", 180, "是 yes", "v1.txt")] or \
        got == [(1, 2023, "330105230000000123", 160, "否 no", "v2.txt"),
                (1, 2023, "330105230000000123", 180, "否 no", "v1.txt"),
                (1, 2023, "330105230000000123", 180, "是 yes", "v1_copy.txt")]
    page = paths["html"].read_text(encoding="utf-8")
    p = parse(page)
    assert not p.errors
    assert 'id="versions"' in page and "3 个版本 versions" in page and "项目编码 330105230000000123" in page
    assert "2023: 180.00 万元" in page and "3 个项目有多个版本" in page
    # a version filed under another department (the review's case): counted in the largest's department only
    other = inputs / "v3_other_dept.txt"
    other.write_text((inputs / "v2.txt").read_text(encoding="utf-8").replace(
        "[118]杭州市拱墅区住房和城乡建设局\t实施单位\t杭州市拱墅区住房和城乡建设局", "[120]杭州市拱墅区城市管理局\t实施单位\t杭州市拱墅区城市管理局"),
        encoding="utf-8")
    assert "城市管理局" in other.read_text(encoding="utf-8")
    out3 = tmp_path / "out3"
    assert main(["extract", str(inputs), "-o", str(out3), "-q", "-j", "1"]) == 0
    wb = openpyxl.load_workbook(write_report(out3, tmp_path / "rep3")["xlsx"])
    rows = list(wb["departments"].iter_rows(values_only=True))
    by = {r[0]: dict(zip(rows[0], r)) for r in rows[1:]}
    assert by["杭州市拱墅区住房和城乡建设局"]["2023 年度预算合计（万元）annual budget"] == 180
    assert by["杭州市拱墅区城市管理局"]["2023 年度预算合计（万元）annual budget"] is None
    assert by["杭州市拱墅区城市管理局"]["多版本项目（计一次）projects in versions, counted once"] == 1
    other.unlink()
    # without the second version there are no versions: the copy is counted once, nothing listed
    (inputs / "v2.txt").unlink()
    out2 = tmp_path / "out2"
    assert main(["extract", str(inputs), "-o", str(out2), "-q", "-j", "1"]) == 0
    paths = write_report(out2, tmp_path / "rep2")
    wb = openpyxl.load_workbook(paths["xlsx"])
    assert wb["versions"].max_row == 1
    rows = list(wb["departments"].iter_rows(values_only=True))
    head = dict(zip(rows[0], rows[1]))
    assert head["2023 年度预算合计（万元）annual budget"] == 180
    assert head["多版本项目（计一次）projects in versions, counted once"] == 0
    assert 'id="versions"' not in paths["html"].read_text(encoding="utf-8")


# --------------------------------------------------------------------------- empty dataset

def test_empty_dataset_gives_a_page_that_says_so(empty_report):
    paths, dest = empty_report
    assert paths["html"] == dest / "report.html"
    page = paths["html"].read_text(encoding="utf-8")
    p = parse(page)
    assert not p.errors
    assert "No projects in this dataset" in page and "本数据集中没有项目" in page
    assert "prose.txt" in page
    wb = openpyxl.load_workbook(paths["xlsx"])
    assert wb.sheetnames == list(SHEETS)
    assert wb["summary"].max_row > 1


# --------------------------------------------------------------------------- severities

def test_severity_covers_every_rule_as_the_rule_emits_it():
    """SEVERITY (the warnings table stores none) must match the severities written in each rule."""
    assert set(SEVERITY) == set(checks.RULES)
    assert set(checks.RULES) <= set(CODE_ZH)
    for code, r in checks._RULES.items():
        src = inspect.getsource(r.fn)
        found = set(re.findall(r'"(error|warning|info)"', src))
        assert found == {SEVERITY[code]}, (code, found)


# --------------------------------------------------------------------------- browser

def test_render_in_headless_browser(report, tmp_path):
    browser = find_browser()
    if browser is None:
        pytest.skip(f"no headless browser on PATH (looked for {', '.join(BROWSERS)}); "
                    "install one (Debian: apt-get install chromium) to render report.html")
    _, paths = report
    shot = tmp_path / "report.png"
    cmd = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
           "--disable-component-update", "--disable-sync", "--no-first-run",
           f"--user-data-dir={tmp_path / 'profile'}", f"--screenshot={shot}", "--window-size=1280,2000",
           paths["html"].resolve().as_uri()]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert shot.is_file(), f"no screenshot (exit {proc.returncode}): {proc.stderr[-2000:]}"
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert len(data) > 10_000, len(data)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(shot, ARTIFACTS / "report.png")

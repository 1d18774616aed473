"""Hunt AU (session 36): an auditor's questions through the command line, on a small archive of 19 declaration
forms of one county, 2021-2024 (tests/fixtures/review/ct_s36_au_archive, made by its make_archive.py): six
departments, projects declared again with changed targets, budget lines that do not add up (three text dumps and
a workbook), forms stating only 项目资金总额, one project of 2023 declared twice (a first form and its 调整稿). Each
answer was written by hand before the run (see the CHANGELOG entry)."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import openpyxl
import pytest

from jixiao import history as H
from jixiao.cli import main
from jixiao.search import abbreviates

ARCHIVE = Path(__file__).resolve().parent / "fixtures" / "review" / "ct_s36_au_archive"


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    d = tmp_path_factory.mktemp("au") / "out"
    assert main(["extract", str(ARCHIVE), "-o", str(d), "-q", "-j", "1"]) == 0
    return d


def run(capsys, *args) -> str:
    capsys.readouterr()
    assert main(list(args)) == 0
    return capsys.readouterr().out


def rows(capsys, *args) -> list[dict]:
    return list(csv.DictReader(io.StringIO(run(capsys, *args, "--format", "csv"))))


# ---------------------------------------------------------------- the questions


def test_2022_projects_setting_satisfaction_below_90(out, capsys):
    got = rows(capsys, "search", str(out), "", "--kind", "project", "--year", "2022", "--level1", "satisfaction",
               "--value-lt", "90")
    assert sorted(r["project_name"] for r in got) == ["保障性住房维修资金", "基本公共卫生服务项目", "学生资助补助经费"]
    # the same as indicators, with their targets
    got = rows(capsys, "search", str(out), "满意度", "--value-lt", "90", "--year", "2022")
    assert sorted((r["level3"], r["target_raw"]) for r in got) == [
        ("住户满意度", "≥80%"), ("受助学生满意度", "≥85%"), ("群众满意度", "≥85%")]


def test_2023_satisfaction_below_90(out, capsys):
    got = rows(capsys, "search", str(out), "", "--year", "2023", "--level1", "satisfaction", "--value-lt", "90")
    assert [(r["project_name"], r["level3"], r["target_raw"]) for r in got] == [
        ("县第一中学校舍维修改造工程", "师生满意度", "≥88%")]


def test_targets_lowered_from_one_year_to_the_next(out, capsys):
    got = rows(capsys, "history", str(out), "--loosened")
    assert sorted((r["name"], r["indicator"], r["year_before"], r["target_before"], r["year"], r["target"])
                  for r in got) == sorted([
        ("学生资助补助经费", "资助学生人数", "2021", "≥1500人", "2022", "≥1400人"),
        ("学生资助补助经费", "受助学生满意度", "2021", "≥90%", "2022", "≥85%"),
        # a rate at its top (100%) lowered to ≥98%: looser (was not said)
        ("学生资助补助经费", "资助资金发放及时率", "2022", "100%", "2023", "≥98%"),
        # the 调整稿 of 2023 (填报日期 2023-03-20) after the first 2023 form (2022-10-15), whatever the files' hashes
        ("基本公共卫生服务项目", "65岁以上老年人健康管理率", "2023", "≥70%", "2023", "≥65%"),
        ("重大项目前期工作经费", "完成项目前期报告数", "2021", "≥10个", "2022", "≥8个"),
        ("就业创业补贴资金", "职业技能培训人数", "2022", "≥2000人次", "2023", "≥1800人次"),
        ("就业创业补贴资金", "补贴对象满意度", "2023", "≥92%", "2024", "≥90%"),
        ("高标准农田建设项目", "高标准农田建设面积", "2021", "≥20000亩", "2023", "≥15000亩")])
    revision = next(r for r in got if r["indicator"] == "65岁以上老年人健康管理率")
    assert revision["path"].endswith("_调整稿.txt") and revision["path_before"].endswith("基本公共卫生服务项目.txt")


def test_budget_lines_that_do_not_add_up(out, capsys):
    got = rows(capsys, "search", str(out), "", "--has-warning", "budget_sum_mismatch", "--kind", "project")
    assert sorted((r["year"], r["project_name"]) for r in got) == [
        ("2021", "重大项目前期工作经费"), ("2023", "中小学教师培训经费"), ("2023", "学生资助补助经费"),
        ("2024", "保障性住房维修资金")]


def test_budget_sum_mismatch_names_the_sheet_and_rows(out):
    from jixiao.dataset import read_table
    docs = {d["doc_id"]: d["path"] for d in read_table(out, "documents").to_pylist()}
    msgs = {Path(docs[w["doc_id"]]).name: w["message"] for w in read_table(out, "warnings").to_pylist()
            if w["code"] == "budget_sum_mismatch"}
    # a workbook's rows were called "lines 10–11"
    assert msgs["2024_住建局_保障性住房维修资金.xlsx"].endswith("2 composition lines, sheet 1, rows 10–11")
    assert "3,500,000 元" in msgs["2024_住建局_保障性住房维修资金.xlsx"]
    assert msgs["2023_教育局_学生资助补助经费.txt"].endswith("2 composition lines, lines 10–11")
    assert "difference 100,000" in msgs["2023_教育局_学生资助补助经费.txt"]
    assert "difference -100,000" in msgs["2021_发改委_重大项目前期工作经费.txt"]
    assert "difference 50,000" in msgs["2023_教育局_教师培训经费.txt"]


def test_all_indicators_of_a_department_in_a_year(out, capsys):
    got = rows(capsys, "search", str(out), "", "--department", "教育局", "--year", "2023", "--kind", "indicator")
    assert len(got) == 10
    assert {r["project_name"] for r in got} == {"学生资助补助经费", "县第一中学校舍维修改造工程", "中小学教师培训经费"}


@pytest.mark.parametrize("short, full, n", [("卫健委", "县卫生健康委员会", 3), ("发改委", "县发展和改革委员会", 2),
                                            ("人社局", "县人力资源和社会保障局", 3), ("住建局", "县住房和城乡建设局", 2),
                                            ("县卫健委", "县卫生健康委员会", 3)])
def test_department_by_its_short_name(out, capsys, short, full, n):
    got = rows(capsys, "search", str(out), "", "--department", short, "--kind", "project")
    assert len(got) == n and {r["department"] for r in got} == {full}      # (found nothing)
    table = run(capsys, "search", str(out), "", "--department", short, "--kind", "project")
    assert f"{short}: also as the short name of {full}" in table


def test_unit_by_its_short_name(out, capsys):
    got = rows(capsys, "search", str(out), "", "--org", "疾控中心", "--kind", "project")
    assert len(got) == 3 and {r["org"] for r in got} == {"县疾病预防控制中心"}


@pytest.mark.parametrize("short, name, yes", [
    ("卫健委", "县卫生健康委员会", True), ("卫健", "县卫生健康委员会", True), ("教体局", "县教育和体育局", True),
    ("市场监管局", "某市市场监督管理局", True), ("医保局", "县医疗保障局", True), ("自规局", "县自然资源和规划局", True),
    ("文旅局", "县文化和旅游局", True),
    ("教育局", "县教育和体育局", False),     # no word cut short: another body's name
    ("市卫健委", "县卫生健康委员会", False), ("人社局", "县人民政府办公室", False), ("住建局", "县住房保障局", False),
    ("农委", "县农业农村局", False), ("卫健委", "县卫生局", False), ("财政局", "县财政局", False)])
def test_short_names(short, name, yes):
    assert abbreviates(short, name) is yes


def test_by_target_unit_value_and_level1(out, capsys):
    got = rows(capsys, "search", str(out), "", "--unit", "人次", "--value-ge", "1500")
    assert sorted((r["year"], r["target_raw"]) for r in got) == [("2022", "≥2000人次"), ("2023", "≥1800人次"),
                                                                  ("2024", "≥1800人次")]
    assert len(rows(capsys, "search", str(out), "", "--op", ">=", "--unit", "亩")) == 2
    got = rows(capsys, "search", str(out), "", "--level1", "效益", "--year", "2023")
    assert [(r["level3"], r["target_raw"]) for r in got] == [("资助政策知晓率", "≥95%")]
    assert len(rows(capsys, "search", str(out), "", "--value-eq", "100", "--unit", "%")) == 7


def test_full_text_with_partial_words(out, capsys):
    for q, n in (("农田", 2), ("维修", 3), ("公共卫生", 3), ("人居环境", 1)):
        assert len(rows(capsys, "search", str(out), q, "--kind", "project")) == n, q
    got = rows(capsys, "search", str(out), "健康档案", "--kind", "indicator")
    assert {r["level3"] for r in got} == {"居民电子健康档案建档率"} and len(got) == 3
    got = rows(capsys, "search", str(out), "", "--kind", "project", "--year", "2021-2022", "--department", "农业农村局")
    assert sorted(r["project_name"] for r in got) == ["农村人居环境整治提升项目", "高标准农田建设项目"]


# ---------------------------------------------------------------- versions of one year


def test_versions_of_one_year_in_the_order_they_were_made(out, capsys):
    [lu] = json.loads(run(capsys, "history", str(out), "基本公共卫生", "--format", "json"))
    names = [Path(c["path"]).name for c in lu["columns"]]
    # the revision's file hash (18b0…) sorts before the first form's (35fd…): it came first
    assert names == ["2022_卫健委_基本公共卫生服务项目.txt", "2023_卫健委_基本公共卫生服务项目.txt",
                     "2023_卫健委_基本公共卫生服务项目_调整稿.txt"]
    budget = next(r for r in lu["rows"] if r["key"] == "budget_year")
    assert [c["value"] for c in budget["cells"]] == [3000000.0, 3000000.0, 2800000.0]
    assert any("in this order by 填报日期 2022-10-15 → 2023-03-20" in n for n in lu["notes"])


@pytest.mark.parametrize("a, b", [
    ("表_初稿.xlsx", "表.xlsx"), ("表.xlsx", "表_调整稿.xlsx"), ("表v1.docx", "表v2.docx"), ("表（第一稿）.doc", "表（第二稿）.doc"),
    ("a/表_20230101.xlsx", "a/表_20230320.xlsx"), ("z/表_2023-01-05.txt", "a/表_2023-03-20.txt"),
    ("all.zip!/表_2023年1月5日.txt", "all.zip!/表_2023年3月2日.txt")])
def test_version_order_from_file_names(a, b):
    ka, kb = H.version_order({}, a), H.version_order({}, b)
    assert H._later(ka, kb) < 0 and H._later(kb, ka) > 0
    # a 填报日期 comes first
    assert H._later(H.version_order({"fill_date": "2023-05-01"}, a), H.version_order({"fill_date": "2023-04-01"}, b)) > 0


# ---------------------------------------------------------------- report: departments' money


def test_report_sums_project_totals_apart(out, capsys, tmp_path):
    run(capsys, "report", str(out), "--dest", str(tmp_path))
    ws = openpyxl.load_workbook(tmp_path / "report.xlsx")["departments"]
    head, *body = [list(r) for r in ws.iter_rows(values_only=True)]
    col = {h: k for k, h in enumerate(head)}
    tot = next(h for h in head if h.startswith("仅有总额的项目总额合计"))
    got = {r[0]: (r[col["2021 年度预算合计（万元）annual budget"]], r[col["2022 年度预算合计（万元）annual budget"]],
                  r[col["2023 年度预算合计（万元）annual budget"]], r[col["2024 年度预算合计（万元）annual budget"]],
                  r[col["仅有总额的项目（未计入）total only, not added"]], r[col[tot]]) for r in body}
    assert got == {
        "县教育局": (200, 210, 280, 220, 1, 500),
        "县住房和城乡建设局": (None, None, None, 300, 1, 1200),
        "县发展和改革委员会": (80, 80, None, None, 0, None),
        "县人力资源和社会保障局": (None, 500, 450, 450, 0, None),
        "县农业农村局": (None, 400, 1500, None, 1, 3000),
        "县卫生健康委员会": (None, 300, 300, None, 0, None),      # the two 2023 versions counted once, at 300
    }
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "project totals only (may span years, not in the annual budget) 3,000.00 万元 (1 个项目 project, 2021)" in html


def test_a_total_of_several_years_counts_once():
    from jixiao.report import _totals_only
    base = {"budget_basis": "总额 total", "versions": None, "version_counted": True, "dept_key": "县水利局",
            "code": None, "name": "水库除险加固工程"}
    rows = [dict(base, year=2022, budget_wan=3000.0), dict(base, year=2023, budget_wan=3200.0),
            dict(base, year=2023, budget_wan=500.0, name="河道清淤工程")]
    assert _totals_only(rows) == {"wan": 3700.0, "n": 2, "years": [2023]}

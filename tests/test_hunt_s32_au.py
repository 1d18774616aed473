"""An auditor's hunt (session of 2026-12-02, eighth): history, search, report and the web app as an auditor
uses them. Inputs: a small multi-year archive of text dumps in tests/fixtures/audit_s32/."""
from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest

from jixiao import history as H
from jixiao.cli import main

ROOT = Path(__file__).resolve().parent
FIX = ROOT / "fixtures" / "audit_s32"


@pytest.fixture(scope="module")
def hist(tmp_path_factory):
    d = tmp_path_factory.mktemp("au_hist") / "out"
    assert main(["extract", str(FIX / "history"), "-o", str(d), "-q", "-j", "1"]) == 0
    return d


def _rows(lu):
    return {r["label"]: r for r in lu.rows}


def _cells(row):
    return [(c["text"], c["change"]) for c in row["cells"]]


# ---------------------------------------------------------------- 1. different projects are not one
def test_two_codes_two_places_are_two_lineups(hist):
    lus = H.lineups(hist, "东区污水管网改造工程项目")
    by_name = {lu.name: lu for lu in lus}
    assert set(by_name) == {"东区污水管网改造工程项目", "西区污水管网改造工程项目"}
    east = by_name["东区污水管网改造工程项目"]
    assert [c["year"] for c in east.columns] == [2022, 2023]
    assert {c["name"] for c in east.columns} == {"东区污水管网改造工程项目"}
    assert east.code == "ZJ-2022-011"
    r = _rows(east)
    assert _cells(r["周边居民满意度"]) == [("≥90%", None), ("≥80%", "changed")]
    assert r["周边居民满意度"]["cells"][1]["direction"] == "looser"
    assert [c["value"] for c in r["当年预算"]["cells"]] == [8_000_000, 8_000_000]
    assert east.changes() == 1
    assert by_name["西区污水管网改造工程项目"].changes() == 0


def test_batch_and_key_word_part_projects(hist):
    assert [len(lu.columns) for lu in H.lineups(hist, "农田水利建设资金")] == [1, 1]
    assert [len(lu.columns) for lu in H.lineups(hist, "城乡居民基本医疗保险补助")] == [1, 1]
    assert not H.near_name("第一批农田水利建设资金", "第二批农田水利建设资金")
    assert not H.near_name("东区污水管网改造工程项目", "西区污水管网改造工程项目")
    assert not H.near_name("城乡居民基本医疗保险补助", "城乡居民基本养老保险补助")
    assert not H.near_name("污水管网改造工程项目", "东区污水管网改造工程项目")
    assert H.near_name("社区健康服务项目", "社区健康服务项目经费") and H.near_name("党建经费", "党建工作经费")


def test_a_renamed_project_of_one_unit_stays_one(hist):
    [lu] = H.lineups(hist, "文化惠民演出经费")
    assert [c["name"] for c in lu.columns] == ["文化惠民演出经费", "文化惠民演出项目经费"]
    assert _cells(_rows(lu)["观众满意度"]) == [("≥92%", None), ("≥88%", "changed")]


def test_codes_differ_yet_numbered_by_year():
    """A system numbering its projects anew each year (the year at one place of the code) parts nothing."""
    p = lambda pid, year, code: {"project_id": pid, "year": year, "name": "校舍维修改造", "unit": "某县教育局",
                                 "project_code": code}
    assert len(H.group_projects([p("c", 2023, "3310812300002"), p("d", 2024, "3310812400007")])) == 1
    assert len(H.group_projects([p("c", 2022, "ZJ-2022-011"), p("d", 2023, "ZJ-2022-012")])) == 2


# ---------------------------------------------------------------- 2. a form without 实施单位
def test_missing_unit_joins_its_department(hist):
    lus = H.lineups(hist, "党建经费")
    edu = next(lu for lu in lus if lu.department == "某区教育局")
    assert [(c["year"], c["unit"]) for c in edu.columns] == [(2022, "某区教育局机关"), (2023, None)]
    assert [c["value"] for c in _rows(edu)["当年预算"]["cells"]] == [40000, 45000]
    assert _rows(edu)["党员参训人次"]["cells"][1]["direction"] == "tighter"
    fin = next(lu for lu in lus if lu.department == "某区财政局")
    assert [c["year"] for c in fin.columns] == [2022]
    # a 2024 form naming neither unit nor department could be either's: it stands alone, said so
    alone = next(lu for lu in lus if [c["year"] for c in lu.columns] == [2024])
    assert alone.notes and "stands alone" in alone.notes[0] and "2 line-ups" in alone.notes[0]


def test_ambiguity_is_printed(hist, capsys):
    assert main(["history", str(hist), "党建经费"]) == 0
    assert "note: 2024 党建经费" in capsys.readouterr().out


# ---------------------------------------------------------------- 3. one name under two level2 headings
def test_namesakes_under_two_headings_are_two_rows(hist):
    [lu] = H.lineups(hist, "农村饮水安全巩固提升经费")
    rows = [r for r in lu.rows if r["kind"] == "indicator" and r["label"].startswith("农村自来水普及率")]
    assert [(r["level2"], _cells(r)) for r in rows] == [
        ("质量指标", [("≥95%", None), ("≥95%", None)]),
        ("可持续影响指标", [("≥80%", None), ("≥60%", "changed")])]
    assert rows[1]["cells"][1]["direction"] == "looser"
    assert lu.changes() == 1


# ---------------------------------------------------------------- 4. looser / tighter, --loosened
def test_direction_of_changed_targets(hist):
    [lu] = H.lineups(hist, "社区健康服务项目")
    r = _rows(lu)
    way = lambda label: [c.get("direction") for c in r[label]["cells"]]
    assert way("培训人次") == [None, "looser", "tighter"]            # =2000 -> =1800 -> =2000 (数量)
    assert way("重点人群随访覆盖率") == [None, "looser", "tighter"]  # ≥95% -> 93%以上 -> ≥96%
    assert way("随访差错率") == [None, "looser", "tighter"]          # ≤5% -> ≤8% -> ≤4%
    assert way("居民满意度") == [None, "looser", None]                # ≥90% -> ≥85％ -> ≥85％
    assert _cells(r["完成时间"]) == [("2021年12月底前", None), ("2022年12月底前", None), ("2023年12月底前", None)]
    assert H.direction({"op": ">=", "value": 90, "unit": "%"}, {"op": ">", "value": 90, "unit": "%"}) == "tighter"
    assert H.direction({"op": ">=", "value": 90, "unit": "%"}, {"op": ">=", "value": 9, "unit": "万人"}) is None


def test_loosened_listing(hist, capsys):
    assert main(["history", str(hist), "--loosened", "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    got = {(r["name"], r["indicator"], r["target_before"], r["target"]) for r in rows}
    assert got == {("社区健康服务项目", "培训人次", "=2000人次", "=1800人次"),
                   ("社区健康服务项目", "重点人群随访覆盖率", "≥95%", "93%以上"),
                   ("社区健康服务项目", "随访差错率", "≤5%", "≤8%"),
                   ("社区健康服务项目", "居民满意度", "≥90%", "≥85％"),
                   ("东区污水管网改造工程项目", "周边居民满意度", "≥90%", "≥80%"),
                   ("农村饮水安全巩固提升经费", "农村自来水普及率 (可持续影响指标)", "≥80%", "≥60%"),
                   ("文化惠民演出经费", "观众满意度", "≥92%", "≥88%")}
    r = next(r for r in rows if r["indicator"] == "随访差错率")
    assert (r["year_before"], r["year"], r["line"]) == ("2021", "2022", "9") and r["path"].endswith("hx_2022.txt")
    assert main(["history", str(hist), "社区健康", "--loosened"]) == 0
    assert capsys.readouterr().out.startswith("4 targets looser")
    assert main(["history", str(hist)]) == 2
    assert main(["history", str(hist), "社区健康服务项目"]) == 0
    text = capsys.readouterr().out
    assert "=1800人次*↓" in text and "≥96%*↑" in text and "2022年12月底前*" not in text


# ---------------------------------------------------------------- 6. results of self-evaluations, budget lines
@pytest.fixture(scope="module")
def selfeval(tmp_path_factory):
    src = (ROOT.parent / "samples" / "004_84f93315a99e5296.txt")
    if not src.exists():
        pytest.skip("samples/004 not in this checkout")
    d = tmp_path_factory.mktemp("au_self")
    (d / "f").mkdir()
    text = src.read_text(encoding="utf-8")
    shutil.copy(src, d / "f" / "jz_2020.txt")
    t2 = text.replace("(2020 年度)", "(2021 年度)").replace("20200101至20221231", "20210101至20211231")
    t2 = t2.replace("市级预算资金\t590.46", "市级预算资金\t450.00", 1)
    t2 = t2.replace("综合得分:\t\t100\t96.95", "综合得分:\t\t100\t80.00").replace("评价结果等次:\t\t优", "评价结果等次:\t\t良")
    assert t2.count("450.00") and t2.count("80.00") and t2.count("良")
    (d / "f" / "jz_2021.txt").write_text(t2, encoding="utf-8")
    assert main(["extract", str(d / "f"), "-o", str(d / "out"), "-q", "-j", "1"]) == 0
    return d / "out"


def test_history_shows_spending_score_grade(selfeval):
    [lu] = H.lineups(selfeval, "质量和品牌发展及奖励经费")
    r = _rows(lu)
    assert [c["value"] for c in r["实际支出"]["cells"]] == [5904600.0, 4500000.0]
    assert r["实际支出"]["cells"][1]["change"] == "changed"
    assert _cells(r["得分"]) == [("96.95", None), ("80", "changed")]
    assert _cells(r["等次"]) == [("优", None), ("良", "changed")]
    assert any(c.get("actual") for row in lu.rows if row["kind"] == "indicator" for c in row["cells"])
    # two indicators of one name under two level2 headings (品牌创新成果) stay two rows
    assert [row["level2"] for row in lu.rows if row["label"].startswith("品牌创新成果 (")] == \
        ["社会效益指标", "可持续影响指标"]
    # a deadline written alike in both years is no change; the budget lines are rows, lines of zeros left out
    assert _cells(r["标准宣贯及体系建设"]) == [("2020年12月底完成", None), ("2020年12月底完成", None)]
    assert lu.changes() == 4
    assert [c["text"] for c in r["支出: 市级预算资金"]["cells"]] == ["5,904,600", "4,500,000"]
    assert "来源: 其他" not in r


def test_history_table_shows_actual_values(selfeval, capsys):
    assert main(["history", str(selfeval), "质量和品牌发展及奖励经费"]) == 0
    text = capsys.readouterr().out
    assert "4,500,000*" in text and "良*" in text and "0.95 →0.95" in text


# ---------------------------------------------------------------- 5. shares vs percentages in search
@pytest.fixture(scope="module")
def shares(tmp_path_factory):
    d = tmp_path_factory.mktemp("au_shares") / "out"
    assert main(["extract", str(FIX / "shares"), "-o", str(d), "-q", "-j", "1"]) == 0
    return d


def test_a_share_of_a_rate_compares_as_a_percent(shares, capsys):
    from jixiao import search as S
    names = lambda res: sorted(h["project_name"] for h in res.hits)
    q = dict(text="满意度", years=[2022], level1=["satisfaction"], limit=0)
    assert names(S.search(shares, S.Query(value_lt=90, units=["%"], **q))) == ["道路日常养护经费", "隧道维护经费"]
    assert names(S.search(shares, S.Query(value_ge=90, **q))) == ["桥梁检测经费"]
    assert names(S.search(shares, S.Query(value_lt=90, **q))) == ["道路日常养护经费", "隧道维护经费"]
    # the contract keeps the value as written; the hit carries the percent
    [h] = S.search(shares, S.Query(value_ge=90, **q)).hits
    assert (h["target_raw"], h["value"], h["unit"], h["value_pct"]) == ("0.95", 0.95, None, 95.0)
    # ≤1 of an error rate may be 1 %: no percent is made of it
    [e] = S.search(shares, S.Query(text="事故发生率", limit=0)).hits
    assert (e["value"], e["value_pct"]) == (1.0, None)
    assert main(["search", str(shares), "满意度", "--value-lt", "90", "--unit", "%", "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert sorted((r["project_name"], r["value_pct"]) for r in rows) == [("道路日常养护经费", "85.0"),
                                                                       ("隧道维护经费", "85.0")]


# ---------------------------------------------------------------- 7. 年度预算金额 / 本年度预算 are the year's budget
def test_annual_budget_labels(tmp_path):
    out = tmp_path / "out"
    assert main(["extract", str(FIX / "budget"), "-o", str(out), "-q", "-j", "1"]) == 0
    import duckdb
    con = duckdb.connect()
    rows = con.execute(f"SELECT name, budget_total, budget_year FROM read_parquet('{out}/projects.parquet') "
                       "ORDER BY name").fetchall()
    assert rows == [("社区养老服务补贴丙", 800000.0, 600000.0), ("社区养老服务补贴乙", 800000.0, 600000.0),
                    ("社区养老服务补贴甲", 800000.0, 600000.0)]
    lines = con.execute(f"SELECT kind, name, amount FROM read_parquet('{out}/budget_items.parquet') "
                        "ORDER BY project_id, seq").fetchall()
    assert lines == [("composition", "设备购置", 400000.0), ("composition", "运行维护", 200000.0)] * 3
    codes = con.execute(f"SELECT code FROM read_parquet('{out}/warnings.parquet') "
                        "WHERE code LIKE 'budget%'").fetchall()
    assert codes == []


# ---------------------------------------------------------------- 8. report: department budgets per year
def test_report_department_budget_per_year(tmp_path):
    out = tmp_path / "out"
    assert main(["extract", str(FIX / "report"), "-o", str(out), "-q", "-j", "1"]) == 0
    assert main(["report", str(out), "--dest", str(tmp_path / "rep")]) == 0
    import openpyxl
    ws = openpyxl.load_workbook(tmp_path / "rep" / "report.xlsx")["departments"]
    rows = list(ws.iter_rows(values_only=True))
    head = dict(zip(rows[0], rows[1]))
    assert head["部门 department"] == "某区卫生健康委员会" and head["项目 projects"] == 6
    # 50 万 each year (not 150 for the department); 2022: 50 + 30 (the copy of the 2022 form counted once, the
    # project total 120 not taken); 慢病筛查 states only a total: not added, counted
    assert head["2021 年度预算合计（万元）annual budget"] == 50
    assert head["2022 年度预算合计（万元）annual budget"] == 80
    assert head["2023 年度预算合计（万元）annual budget"] == 50
    assert head["仅有总额的项目（未计入）total only, not added"] == 1
    html = (tmp_path / "rep" / "report.html").read_text(encoding="utf-8")
    # (its total, 200 万 of several years, summed apart since session 36: hunt AU)
    assert ("年度预算 annual budget 2021: 50.00 · 2022: 80.00 · 2023: 50.00 万元 · 仅有项目总额（可跨年度，未计入年度预算）"
            "project totals only (may span years, not in the annual budget) 200.00 万元 (1 个项目 project, 2022)") in html


# ---------------------------------------------------------------- 9. a project by its 项目编码
def test_history_and_search_by_project_code(hist, capsys):
    [lu] = H.lineups(hist, "ZJ-2022-011")
    assert lu.name == "东区污水管网改造工程项目" and [c["year"] for c in lu.columns] == [2022, 2023]
    assert main(["search", str(hist), "ZJ-2022-011", "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert sorted((r["kind"], r["year"], r["project_name"], r["project_code"]) for r in rows) == [
        ("project", "2022", "东区污水管网改造工程项目", "ZJ-2022-011"),
        ("project", "2023", "东区污水管网改造工程项目", "ZJ-2022-011")]


# ---------------------------------------------------------------- 9. a comparison typed in the query; web params
def test_a_comparison_in_the_query_says_which_filter(shares, capsys):
    from jixiao import search as S
    res = S.search(shares, S.Query(text="满意度<90", limit=0))
    assert "not compared" in res.note and "--value-lt 90" in res.note
    assert S.comparison_hint("满意度 低于90%") .endswith("search 满意度 --value-lt 90")
    assert S.comparison_hint("满意度 不低于85") .endswith("--value-ge 85")
    assert S.comparison_hint("满意度") == "" and S.comparison_hint("2022年 满意度") == ""
    assert main(["search", str(shares), "满意度≤90"]) == 0
    assert "--value-le 90" in capsys.readouterr().out


def _get(app, path, params=()):
    import urllib.parse
    from wsgiref.util import setup_testing_defaults
    env: dict = {}
    setup_testing_defaults(env)
    env.update(REQUEST_METHOD="GET", PATH_INFO=path, QUERY_STRING=urllib.parse.urlencode(params, doseq=True),
               HTTP_HOST="127.0.0.1:8765")
    got = {}
    body = b"".join(app(env, lambda status, headers: got.update(status=status)))
    return int(got["status"].split()[0]), body.decode("utf-8")


def test_web_unknown_parameters_are_refused(shares):
    from jixiao.web import App
    app = App(shares)
    code, body = _get(app, "/export.csv", {"has_warning": "vague_target", "view": "search"})
    assert code == 400 and "has_warning (did you mean warning?)" in body and "value_lt" in body
    code, body = _get(app, "/", {"yeer": "2022"})
    assert code == 400 and "yeer (did you mean year?)" in body
    code, body = _get(app, "/history", {"name": "道路", "orgg": "x"})
    assert code == 400 and "did you mean org?" in body
    assert _get(app, "/", {"year": "2022", "value_le": "90", "q": "满意度"})[0] == 200
    assert _get(app, "/export.csv", {"view": "history", "name": "道路日常养护经费"})[0] == 200
    # every comparison of the CLI is in the form
    body = _get(app, "/", {"value_eq": "0.95"})[1]
    assert all(f"name='value_{x}'" in body for x in ("lt", "le", "gt", "ge", "eq"))


def test_history_says_how_to_find_a_name(hist, capsys):
    assert main(["history", str(hist), "不存在的项目"]) == 1
    out = capsys.readouterr().out
    assert "--threshold" in out and "--kind project" in out


def test_grouping_rules_on_records():
    p = lambda pid, year, name, unit=None, dept=None, code=None: {
        "project_id": pid, "year": year, "name": name, "unit": unit, "department": dept, "project_code": code}
    ids = lambda groups: sorted(sorted(x["project_id"] for x in g) for g in groups)
    # the same name and unit, the department renamed (a 2018 reform): one project
    assert ids(H.group_projects([p("a", 2018, "基本公共卫生服务", "某区社区卫生服务中心", "某区卫生和计划生育委员会"),
                                 p("b", 2019, "基本公共卫生服务", "某区社区卫生服务中心", "某区卫生健康委员会")])) == [["a", "b"]]
    # a near name under another department: two
    assert ids(H.group_projects([p("a", 2022, "党建经费", "某中心", "某局"),
                                 p("b", 2023, "党建工作经费", "某中心", "另一局")])) == [["a"], ["b"]]
    # a group holding a form without unit and one of unit X takes no project of unit Y
    assert ids(H.group_projects([p("a", 2021, "物业费", None, None), p("b", 2022, "物业费", "甲单位"),
                                 p("c", 2023, "物业费", "乙单位")])) == [["a", "b"], ["c"]]


def test_history_says_a_form_is_held_twice(tmp_path):
    out = tmp_path / "out"
    assert main(["extract", str(FIX / "report"), "-o", str(out), "-q", "-j", "1"]) == 0
    [lu] = H.lineups(out, "社区健康服务项目")
    assert [c["year"] for c in lu.columns] == [2021, 2022, 2022, 2023]
    assert len(lu.notes) == 1 and lu.notes[0].startswith("2022: the same form in two files")
    assert "p_2022.txt" in lu.notes[0] and "p_2022_again.txt" in lu.notes[0]


def test_web_history_shows_direction_and_notes(hist):
    from jixiao.web import App
    app = App(hist)
    code, body = _get(app, "/history", {"name": "社区健康服务项目"})
    assert code == 200 and "≥85％↓" in body
    code, body = _get(app, "/history", {"name": "党建经费"})
    assert "stands alone" in body
    code, body = _get(app, "/export.csv", {"view": "history", "name": "社区健康服务项目"})
    rows = list(csv.DictReader(io.StringIO(body.lstrip("\ufeff"))))
    assert {(r["row"], r["year"], r["direction"]) for r in rows if r["direction"]} >= {("居民满意度", "2022", "looser")}

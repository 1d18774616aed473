"""Hunt CI (session 35): the auditor's use of the dataset over a multi-year archive (2021-2024, three departments,
TXT / XLSX / DOCX / PDF forms): search, history, --loosened and the web app's filters.

Inputs (tests/fixtures/review/ct_s35_ci_*): one 学生营养改善计划 of 宁都县教育局 in 2021 (TXT) and 2022 (XLSX) under
项目编码 36073021010001, in 2023 (DOCX) registered anew under 36073023010005 (its targets lowered: 满意度 ≥90% ->
≥85%, 生均每日补助标准 ≤5元 -> ≤6元), renamed 农村义务教育学生营养改善计划 in 2024; one 基本公共卫生服务项目 whose
居民满意度 is ≥90% in 2021, `0.85` (a share) in 2022, ≥90% in 2023.
"""
from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import pytest

from jixiao import history as H
from jixiao import search as S
from jixiao.cli import main

REVIEW = Path(__file__).parent / "fixtures" / "review"


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    src = tmp_path_factory.mktemp("ci_archive")
    for f in sorted(REVIEW.glob("ct_s35_ci_*")):
        shutil.copy(f, src / f.name)
    out = tmp_path_factory.mktemp("ci_out") / "out"
    assert main(["extract", str(src), "-o", str(out), "-q", "-j", "1"]) == 0
    return out


def _rows(lu):
    return {r["label"]: r for r in lu.rows}


# ---------------------------------------------------------------- 1. a project registered anew under a new code
def test_a_new_project_code_of_the_same_project_lines_up(archive):
    lus = H.lineups(archive, "学生营养改善计划")
    assert len(lus) == 1
    [lu] = lus
    assert [c["year"] for c in lu.columns] == [2021, 2022, 2023, 2024]
    assert [c["project_code"] for c in lu.columns] == ["36073021010001", "36073021010001",
                                                       "36073023010005", "36073023010005"]
    assert any("a new 项目编码 36073023010005 (before: 36073021010001)" in n for n in lu.notes)
    r = _rows(lu)
    assert [(c["text"], c.get("direction")) for c in r["学生及家长满意度"]["cells"]] == [
        ("≥90%", None), ("≥90%", None), ("≥85%", "looser"), ("≥85%", None)]
    assert r["生均每日补助标准"]["cells"][2]["direction"] == "looser"


def test_codes_that_part_projects_still_part_them():
    p = lambda pid, year, code, name="学生营养改善计划", unit="宁都县教育局": {
        "project_id": pid, "year": year, "name": name, "unit": unit, "department": "宁都县教育局",
        "project_code": code}
    ids = lambda groups: sorted(sorted(x["project_id"] for x in g) for g in groups)
    # renewed: the new code made in its own form's year, after the old form's year
    assert ids(H.group_projects([p("a", 2022, "36073021010001"), p("b", 2023, "36073023010005")])) == [["a", "b"]]
    # two codes of one year's forms: two projects
    assert ids(H.group_projects([p("a", 2023, "36073021010001"), p("b", 2023, "36073023010005")])) == [["a"], ["b"]]
    # the new code made no later than the old form (two projects of 2021 and 2022 both carried on): two
    assert ids(H.group_projects([p("a", 2022, "36073021010001"), p("b", 2023, "36073022010005")])) == [["a"], ["b"]]
    # another unit, or another name: two
    assert ids(H.group_projects([p("a", 2022, "36073021010001"),
                                 p("b", 2023, "36073023010005", unit="宁都县第一中学")])) == [["a"], ["b"]]
    assert ids(H.group_projects([p("a", 2022, "36073021010001"),
                                 p("b", 2023, "36073023010005", name="学生资助")])) == [["a"], ["b"]]
    # another region's code (prefix) with the year at the same place: two
    assert ids(H.group_projects([p("a", 2022, "36073021010001"), p("b", 2023, "36072523010005")])) == [["a"], ["b"]]


# ---------------------------------------------------------------- 2. a share beside a percent; 满意度 under =
def test_a_share_and_a_percent_are_compared(archive):
    [lu] = H.lineups(archive, "基本公共卫生服务项目")
    cells = _rows(lu)["居民满意度"]["cells"]
    assert [(c["text"], c.get("direction")) for c in cells] == [
        ("≥90%", None), ("0.85", "looser"), ("≥90%", "tighter")]
    assert _rows(lu)["65岁及以上老年人健康管理率"]["cells"][1].get("direction") is None      # ≥70% both years


def test_direction_records():
    sat = lambda op, v, unit: {"op": op, "value": v, "unit": unit, "level1_std": "satisfaction",
                               "level2": "服务对象满意度指标", "level3": "群众满意度"}
    assert H.direction(sat(">=", 90, "%"), sat("=", 85, "%")) == "looser"      # 满意度 ≥90% -> 85%
    assert H.direction(sat("=", 0.9, None), sat(">=", 95, "%")) == "tighter"
    rate = lambda op, v, unit: {"op": op, "value": v, "unit": unit, "level1_std": "output", "level2": "质量指标",
                                "level3": "差错率"}
    assert H.direction(rate("=", 5, "%"), rate("=", 3, "%")) is None           # an error rate: no sense under =
    assert H.direction(rate("<=", 0.05, None), rate("<=", 3, "%")) == "tighter"
    cost = {"op": "<=", "value": 5, "unit": "元", "level3": "补助标准"}
    assert H.direction(cost, {**cost, "value": 0.5, "unit": None}) is None    # 元 beside no unit: not compared


# ---------------------------------------------------------------- 3. --loosened names the place as the file does
def test_loosened_lists_them_with_their_places(archive, capsys):
    assert main(["history", str(archive), "--loosened"]) == 0
    out = capsys.readouterr().out
    assert "4 targets looser than the year before" in out
    assert "学生及家长满意度  2022 ≥90% -> 2023 ≥85%" in out and "ct_s35_ci_nutrition_2023.docx table 1, row 18" in out
    assert "居民满意度  2021 ≥90% -> 2022 0.85" in out and "ct_s35_ci_health_2022.txt line 24" in out
    assert main(["history", str(archive), "--loosened", "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    r = next(r for r in rows if r["indicator"] == "生均每日补助标准")
    assert (r["location"], r["location_before"]) == ("table 1, row 16", "sheet 1, row 19")
    assert (r["line"], r["page"], r["line_before"], r["page_before"]) == ("16", "1", "19", "1")


# ---------------------------------------------------------------- 4. filters typed as a user types them
def test_years_and_values_as_typed():
    assert S.parse_years("2022年") == [2022] and S.parse_years("2022年度") == [2022]
    assert S.parse_years("2021-2023") == [2021, 2022, 2023] == S.parse_years("2021至2023年")
    assert S.parse_years("2021,2023") == [2021, 2023] and S.parse_years("２０２２") == [2022]
    for bad in ("22", "去年", "2023-2021", ""):
        with pytest.raises(ValueError):
            S.parse_years(bad)
    assert S.parse_value("90%") == (90.0, True) and S.parse_value("９０％") == (90.0, True)
    assert S.parse_value("2,000") == (2000.0, False) and S.parse_value("0.85") == (0.85, False)
    with pytest.raises(ValueError, match="--value-ge 90"):
        S.parse_value("≥90")
    for bad in ("abc", "nan", "2,00"):
        with pytest.raises(ValueError):
            S.parse_value(bad)


def test_cli_filters_as_typed(archive, capsys):
    assert main(["search", str(archive), "", "--kind", "project", "--year", "2022年", "--level1", "satisfaction",
                 "--value-lt", "90%", "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [(r["year"], r["project_name"]) for r in rows] == [("2022", "基本公共卫生服务项目")]
    assert main(["search", str(archive), "满意度", "--year", "2021-2022", "--value-lt", "90%", "--format",
                 "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [(r["year"], r["level3"], r["target_raw"]) for r in rows] == [("2022", "居民满意度", "0.85")]
    # 90% asks percent targets: no count of 人 or 元 below 90
    assert main(["search", str(archive), "", "--value-lt", "90%", "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows and all(r["unit"] == "%" or r["value_pct"] for r in rows)
    assert main(["search", str(archive), "成本", "--value-gt", "2,000", "--format", "csv"]) == 0
    assert list(csv.DictReader(io.StringIO(capsys.readouterr().out))) == []
    with pytest.raises(SystemExit):
        main(["search", str(archive), "满意度", "--year", "22"])
    assert "'22' is no year" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["search", str(archive), "满意度", "--value-ge", "≥90"])
    assert "(--value-ge 90)" in capsys.readouterr().err


def test_web_filters_as_typed(archive):
    from jixiao.web import App

    from tests.test_hunt_s32_au import _get
    app = App(archive)
    code, body = _get(app, "/export.csv", {"view": "search", "year": "2022年", "level1": "satisfaction",
                                           "value_lt": "90%", "kind": "project"})
    assert code == 200
    rows = list(csv.DictReader(io.StringIO(body.lstrip("\ufeff"))))
    assert [(r["year"], r["project_name"]) for r in rows] == [("2022", "基本公共卫生服务项目")]
    code, body = _get(app, "/", {"year": "22"})
    assert code == 400 and "is no year" in body
    code, body = _get(app, "/", {"value_ge": "≥90"})
    assert code == 400 and "value_ge 90" in body


# ---------------------------------------------------------------- 5. what a department declared: the money
def test_project_hits_carry_their_budget(archive, capsys):
    assert main(["search", str(archive), "", "--department", "卫生健康", "--year", "2022", "--kind", "project"]) == 0
    out = capsys.readouterr().out
    assert "基本公共卫生服务项目" in out and "8,000,000 元" in out
    assert main(["search", str(archive), "", "--org", "教育局", "--kind", "project", "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert sorted((r["year"], r["budget"]) for r in rows) == [
        ("2021", "6000000.0"), ("2022", "6500000.0"), ("2023", "7000000.0"), ("2024", "7200000.0")]
    assert main(["search", str(archive), "居民满意度", "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows and all(r["kind"] == "indicator" and r["budget"] == "" for r in rows)


# ---------------------------------------------------------------- 6. every year, whichever name or code is asked
def test_history_by_the_new_code_or_the_new_name_reaches_every_year(archive, capsys):
    for name in ("36073023010005", "36073021010001", "农村义务教育", "学生营养改善计划"):
        lus = H.lineups(archive, name)
        assert [[c["year"] for c in lu.columns] for lu in lus] == [[2021, 2022, 2023, 2024]], name
    [lu] = H.lineups(archive, "36073023010005")
    assert lu.changes() and any("a new 项目编码" in n for n in lu.notes)
    pid = next(c["project_id"] for c in lu.columns if c["year"] == 2024)
    assert [c["year"] for c in H.lineup_of(archive, pid).columns] == [2021, 2022, 2023, 2024]   # the web's view
    # another project is not drawn in
    assert [lu.name for lu in H.lineups(archive, "基本公共卫生")] == ["基本公共卫生服务项目"]


def test_a_share_value_asked_of_rates_is_explained(archive, capsys):
    assert main(["search", str(archive), "满意度", "--value-lt", "0.9"]) == 0
    out = capsys.readouterr().out
    assert "0 hits" in out and "for 90 % write --value-lt 90" in out
    assert main(["search", str(archive), "补助标准", "--value-lt", "0.9"]) == 0
    assert "write --value-lt" not in capsys.readouterr().out          # no rate asked: no note


# ---------------------------------------------------------------- 7. classes and signs as forms write them
def test_level1_and_op_as_forms_write_them(archive, capsys):
    assert S.parse_level1("满意度") == S.parse_level1("满意度指标") == S.parse_level1("satisfaction") == "satisfaction"
    assert (S.parse_level1("产出指标"), S.parse_level1("效益"), S.parse_level1("过程")) == ("output", "outcome", "input")
    with pytest.raises(ValueError, match="level-2 name"):
        S.parse_level1("成本指标")
    assert (S.parse_op("≥"), S.parse_op("》="), S.parse_op("不超过"), S.parse_op("约")) == (">=", ">=", "<=", "~")
    with pytest.raises(ValueError):
        S.parse_op("x")
    assert main(["search", str(archive), "", "--kind", "project", "--year", "2022", "--level1", "满意度",
                 "--op", "=", "--value-lt", "90", "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [(r["project_name"], r["matched_indicators"]) for r in rows] == [
        ("基本公共卫生服务项目", "居民满意度: 0.85 [85%] (line 24)")]
    assert main(["search", str(archive), "", "--has-warning", "budget_mismatch"]) == 2
    assert "budget_mismatch (did you mean budget_sum_mismatch?)" in capsys.readouterr().err
    from jixiao.web import App

    from tests.test_hunt_s32_au import _get
    app = App(archive)
    assert _get(app, "/", {"level1": "满意度", "op": "≥", "value_lt": "90"})[0] == 200
    code, body = _get(app, "/", {"level1": "成本指标"})
    assert code == 400 and "level-2 name" in body

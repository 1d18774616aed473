"""jixiao history: the same project across years on tests/fixtures/history (党建经费 2022 and 2023, and a
namesake of another unit)."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from jixiao import history as H
from jixiao.cli import main

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "history"


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    d = tmp_path_factory.mktemp("history") / "out"
    assert main(["extract", str(FIXTURES), "-o", str(d), "-q", "-j", "1"]) == 0
    return d


def test_norm_name():
    assert H.norm_name("党建经费（2023年）") == H.norm_name("党建经费") == "党建经费"
    assert H.norm_name("人大代表书面意见管理系统 (2022升级改造)") == "人大代表书面意见管理系统"
    assert H.norm_name("2022年度 党建 经费") == "党建经费"
    assert H.similar("党建经费", "党建工作经费", 0.8) and not H.similar("党建经费", "法律顾问费")


def test_same_project_two_years(out):
    lus = H.lineups(out, "党建经费")
    assert len(lus) == 2                     # the 财政局 namesake is its own line-up
    lu = lus[0]
    assert lu.unit == "上海市闵行区人民政府办公室"
    assert [c["year"] for c in lu.columns] == [2022, 2023]
    # (the 2023 form's `项目名称 | 党建经费（2023年）`: the year in brackets after the name is the form's, no part of the
    # name since hunt ti7 of session 52 — it was `党建经费（2023年）`)
    assert [c["name"] for c in lu.columns] == ["党建经费", "党建经费"]
    assert all(c["path"].endswith(".txt") and c["line"] == 3 for c in lu.columns)
    rows = {r["label"]: r for r in lu.rows}
    assert [c["value"] for c in rows["当年预算"]["cells"]] == [10000.0, 12000.0]
    assert rows["当年预算"]["cells"][1]["change"] == "changed"
    assert [(c["text"], c["change"]) for c in rows["党建活动参与数"]["cells"]] == [("=45人", None), ("=50人", "changed")]
    assert [(c["text"], c["change"]) for c in rows["党员职工满意度"]["cells"]] == [("》=90%", None), ("》=95%", "changed")]
    assert [(c["text"], c["change"]) for c in rows["图书购置正版率"]["cells"]] == [("100%", None), (None, "dropped")]
    assert [(c["text"], c["change"]) for c in rows["党课学习完成数"]["cells"]] == [(None, None), (">=4次", "new")]
    assert [(c["text"], c["change"]) for c in rows["活动组织完成数"]["cells"]] == [(">=2次", None), (">=2次", None)]
    # 3 budget figures + 2 targets changed, 1 dropped, 1 new
    assert lu.changes() == 7
    other = lus[1]
    assert other.unit == "上海市闵行区财政局" and [c["year"] for c in other.columns] == [2023]


def test_org_filter_and_unknown_name(out):
    lus = H.lineups(out, "党建经费", org="财政局")
    assert len(lus) == 1 and lus[0].unit == "上海市闵行区财政局"
    assert H.lineups(out, "不存在的项目") == []


def test_lineup_of_a_project(out):
    pid = H.lineups(out, "党建经费")[0].columns[1]["project_id"]
    lu = H.lineup_of(out, pid)
    assert [c["year"] for c in lu.columns] == [2022, 2023]
    assert H.lineup_of(out, "nope") is None


def test_cli(out, capsys):
    assert main(["history", str(out), "党建经费"]) == 0
    text = capsys.readouterr().out
    assert "=50人*" in text and ">=4次+" in text and "- (dropped)" in text and "12,000*" in text
    assert main(["history", str(out), "党建经费", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [c["year"] for c in data[0]["columns"]] == [2022, 2023] and data[0]["changes"] == 7
    assert main(["history", str(out), "党建经费", "--format", "csv", "--org", "闵行区人民政府办公室"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    changed = {(r["row"], r["year"]) for r in rows if r["change"] == "changed"}
    assert ("党建活动参与数", "2023") in changed and ("党员职工满意度", "2023") in changed
    assert main(["history", str(out), "不存在的项目"]) == 1


def test_a_project_renamed_keeps_its_code():
    """Two years of one project under different names but the same 项目编码 are one line-up; a different code
    does not part two years of one name (systems number a project anew each year)."""
    p = lambda pid, year, name, code: {"project_id": pid, "year": year, "name": name, "unit": "某县教育局",
                                       "project_code": code}
    groups = H.group_projects([p("a", 2022, "学生资助专项资金", "3310812200001"),
                               p("b", 2023, "家庭经济困难学生资助", "3310812200001"),
                               p("c", 2023, "校舍维修改造", "3310812300002"),
                               p("d", 2024, "校舍维修改造", "3310812400007")])
    assert sorted(sorted(x["project_id"] for x in g) for g in groups) == [["a", "b"], ["c", "d"]]


def test_the_project_code_is_read(tmp_path):
    f = tmp_path / "code.txt"
    f.write_text("项目支出绩效目标表\n（2023年）\n项目名称\t学生资助专项资金\t项目编码\t331081230000001234\n"
                 "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t资助学生人数\t≥1200人\n", encoding="utf-8")
    from jixiao.pipeline import process_file
    [p] = process_file(f).tables["projects"]
    assert (p["name"], p["project_code"]) == ("学生资助专项资金", "331081230000001234")


def test_two_versions_of_one_year_are_said_to_be_versions(tmp_path, capsys):
    """Hunt BD: the same 项目编码's 2023 form in two files with different money (a resubmission): the lineup marked
    the second's money `*` under a legend saying "changed from the previous year"; now a note says the two are
    versions of one year, and the legend says the marks compare a column with the one to its left."""
    d = tmp_path / "out"
    assert main(["extract", str(FIXTURES.parent / "history_versions"), "-o", str(d), "-q", "-j", "1"]) == 0
    assert main(["history", str(d), "330105230000000123"]) == 0
    text = capsys.readouterr().out
    assert "two 2023 forms that differ" in text and "versions of one year" in text
    assert "1,600,000*" in text and "changed from the previous year" not in text
    assert "changed from the form to its left, a year before or another version" in text

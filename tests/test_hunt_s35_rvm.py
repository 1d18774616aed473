"""Session 35's review of its merged hunts: rules that read other forms wrong (tests/fixtures/review/ct_s35_rvm_*)."""
from __future__ import annotations

from pathlib import Path

from extract.office import _VOID_SHEET
from jixiao.pipeline import process_file

REVIEW = Path(__file__).resolve().parent / "fixtures" / "review"


def test_a_sheet_named_for_a_project_about_waste_is_no_void_sheet():
    r = process_file(str(REVIEW / "ct_s35_rvm_void_word_in_project_sheet.xlsx"))
    assert [p["name"] for p in r.tables["projects"]] == ["地质灾害隐患点治理", "废弃矿山生态修复"]
    assert len(r.tables["indicators"]) == 4
    assert not [w for w in r.tables["warnings"] if w["code"] == "void_sheet_skipped"]


def test_void_markers_are_markers_not_words_of_a_name():
    for name in ("绩效目标表（作废）", "绩效目标表(旧)", "作废-目标表", "绩效目标表作废", "旧版绩效目标表", "目标表_备份",
                 "【停用】目标表", "废弃 目标表"):
        assert _VOID_SHEET.search(name), name
    for name in ("废弃矿山生态修复", "医疗废弃物处置", "停用井封堵工程", "备用金管理", "Sheet1"):
        assert not _VOID_SHEET.search(name), name


def test_a_print_area_over_the_head_only_leaves_the_tables_columns_read():
    r = process_file(str(REVIEW / "ct_s35_rvm_print_area_head_only.xlsx"))
    assert [i["target_raw"] for i in r.tables["indicators"]] == ["≥500公里", "≥80%", "≥90%"]


def test_a_column_of_reached_is_no_operator_column():
    r = process_file(str(REVIEW / "ct_s35_rvm_reached_column.txt"))
    got = [(i["target_raw"], i["op"], i["note"]) for i in r.tables["indicators"]]
    assert got[0] == ("5处", "=", "达标情况：达到")
    assert all(op == "=" and note == "达标情况：达到" for _, op, note in got)

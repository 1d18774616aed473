"""Hunt CA (spreadsheets as finance offices make them: number formats, dates, formulas, hidden and void sheets, print
areas, forms side by side): tests/fixtures/review/ct_s35_ca_*."""
from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.pipeline import process_file

REVIEW = Path(__file__).parent / "fixtures" / "review"


def _review(name):
    return process_file(REVIEW / name)


def _inds(t, pid=None):
    return [(i["level1"], i["level2"], i["level3"], i["target_raw"], i["op"], i["value"], i["unit"])
            for i in t["indicators"] if pid is None or i["project_id"] == pid]


@pytest.mark.parametrize("ext", ["xlsx", "xls"])
def test_columns_outside_the_print_area_are_not_read(ext):
    """A drop-down's operator list (`下拉选项 | ≥ | ≤ …`) and a 测算 note kept right of the form's print area: they were
    read into the title's and the year's rows (two unparsed rows, the year lost, the document partial)."""
    r = _review(f"ct_s35_ca_print_area_helper_cols.{ext}")
    assert r.document["status"] == "ok"
    (p,) = r.tables["projects"]
    assert (p["name"], p["year"], p["budget_year"], p["budget_fiscal"]) == ("城乡公益性岗位补贴", 2024, 960000.0, 960000.0)
    assert _inds(r.tables) == [("产出指标", "数量指标", "开发公益性岗位数", "≥200个", ">=", 200.0, "个"),
                               ("产出指标", "时效指标", "补贴发放及时率", "100%", "=", 100.0, "%"),
                               ("满意度指标", "服务对象满意度指标", "上岗人员满意度", "≥90%", ">=", 90.0, "%")]
    assert not [w for w in r.tables["warnings"] if w["code"] == "unparsed_row"]


def test_rows_below_a_print_area_are_still_read():
    """A print area set once and not widened (A1:E10 over a form of 29 rows): the rows below it are the form's."""
    r = _review("ct_s34_bo_sheets_back_links.xlsx")
    assert any(i["level3"] == "按时完成率" for i in r.tables["indicators"])


def test_signoff_row_with_a_shenbao_date_under_the_indicators():
    """`填报人 | 李明 | 申报日期 | 2023年10月15日` under the indicator table: it was a fourth indicator (申报日期 / 2023年10月15日)
    and the contact lost; 申报日期 is the fill date (as 填报日期), the row the form's sign-off."""
    r = _review("ct_s35_ca_signoff_shenbao_date.xlsx")
    (p,) = r.tables["projects"]
    assert (p["contact"], str(p["fill_date"]), str(p["start_date"]), str(p["end_date"])) == \
        ("李明", "2023-10-15", "2024-01-01", "2024-12-31")
    assert [i["level3"] for i in r.tables["indicators"]] == ["年接待读者人次", "开放天数", "读者满意度"]


@pytest.mark.parametrize("ext", ["xlsx", "xls"])
def test_a_void_sheet_is_not_read_and_said(ext):
    """`绩效目标表（作废）` beside `绩效目标表`: the old version was a second project of the same name (60 万 beside 66 万)."""
    r = _review(f"ct_s35_ca_void_sheet.{ext}")
    (p,) = r.tables["projects"]
    assert (p["name"], p["budget_year"]) == ("残疾人两项补贴", 660000.0)
    assert [i["target_raw"] for i in r.tables["indicators"]] == ["≥1500人", "≥90%"]
    (w,) = [w for w in r.tables["warnings"] if w["code"] == "void_sheet_skipped"]
    assert w["page"] == 2 and "作废" in w["message"]
    assert r.document["status"] == "ok"


@pytest.mark.parametrize("ext", ["xlsx", "xls"])
def test_two_forms_side_by_side_under_one_banner(ext):
    """Two forms side by side under a title merged across both (`2024年度县财政局项目支出绩效目标表` over A:K): the banner
    crossing the empty column kept them one form (the right form's indicators the left one's, its project lost)."""
    r = _review(f"ct_s35_ca_side_by_side_banner.{ext}")
    ps = r.tables["projects"]
    assert [(p["name"], p["unit"], p["year"], p["budget_year"]) for p in ps] == [
        ("政府采购电子平台运维", "县政府采购中心", 2024, 350000.0), ("财政投资评审", "县财政投资评审中心", 2024, 550000.0)]
    assert [i[2] for i in _inds(r.tables, ps[0]["project_id"])] == ["系统可用率", "供应商满意度"]
    assert _inds(r.tables, ps[1]["project_id"]) == [("产出指标", "数量指标", "评审项目数", "≥100个", ">=", 100.0, "个"),
                                                    ("效益指标", "经济效益指标", "审减率", "≥5%", ">=", 5.0, "%")]
    assert not [w for w in r.tables["warnings"] if w["code"] == "unparsed_row"]

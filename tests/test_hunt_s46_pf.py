"""Hunt PF (session 46): a project form's own fields as archives spell them (tests/fixtures/review/ct_s46_pf_*, the Word
and Excel ones made by tests/fixtures/make_s46_pf.py; each read by hand before the run).

A stamp's label over the form (`单位名称（盖章）：某局`) names the office filing it, as 填报单位 does: the body's 项目单位 /
预算单位 is the unit; a title whose year is only a bracket closing it (`…绩效目标申报表（2023）`) states that year; a period
with its length restated after it (`2024年—2026年（三年）`, `…（12个月）`, `…，共2年`) is read by its dates; labels of
the project's fields archives write (`项目单位名称`, `联系人及联系电话`, `项目建设性质`, `计划开工时间` / `计划竣工时间`,
`实施内容`) are those fields; a `项目名称` alone over its value alone is the name when side-by-side pairs follow; a leader
written with his own number beside the filer's 联系电话 is the person; another field's pair after a wide gap in a value
cell is that field's; options ticked in square brackets, by radio buttons or after a numbered run give the ticked one;
a schedule beside 项目实施计划 whose rows close with their time is the plan."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.hunt_tools import only_project, other_fields, warning_codes


def test_a_stamp_label_over_the_form_yields_to_the_project_unit(read):
    # main: unit `桃江县林业局` (the `单位名称（盖章）：` line over the form, ranked before the body's 项目单位)
    p = only_project(read("ct_s46_pf_stamp_unit.txt"))
    assert (p["year"], p["name"], p["department"], p["unit"]) == (
        2023, "桃江县森林防火能力提升项目", "桃江县林业局", "桃江县森林防火服务站")
    assert (p["leader"], p["phone"], p["category"]) == ("李建国", "13907371234", "延续项目")
    assert (p["start_date"], p["end_date"]) == (dt.date(2023, 1, 1), dt.date(2023, 12, 31))
    assert p["contact"] is None and "单位负责人" not in other_fields(p)   # (the sign-off line's blanks: no field)


def test_a_stamp_label_in_a_workbook_yields_to_the_budget_unit(read):
    # main: unit `醴陵市卫生健康局` (the stamp line `单位名称（盖章）：…` over `预 算 单 位 | 醴陵市基层卫生服务中心`), and no
    # dates for `2024年1月—2024年12月（12个月）`
    p = only_project(read("ct_s46_pf_stamp_header.xlsx"))
    assert (p["year"], p["department"], p["unit"]) == (2024, "醴陵市卫生健康局", "醴陵市基层卫生服务中心")
    assert (p["category"], p["fund_type"], p["leader"]) == ("延续项目", "一般公共预算", "谢芳")
    assert (p["start_date"], p["end_date"]) == (dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    assert p["goal_total"] == "到2026年基层医疗机构达标率100%。"


def test_a_year_in_a_bracket_closing_the_title(read):
    # main: year null (`项目支出绩效目标申报表（2023）`: a bracket of the year alone was read only as a line of its own);
    # neither the money 2,025.00 nor the phone 0730-2024123 gives a year (none did on main either)
    p = only_project(read("ct_s46_pf_bracket_year.txt"))
    assert p["year"] == 2023
    assert (p["budget_total"], p["phone"], p["period_raw"], p["start_date"]) == (2025.0, "0730-2024123", "三年", None)


def test_periods_with_their_length_after_them(read):
    # main: `2023年1月1日至2023年12月31日（一年）` gave the start only, end and year null; `2024年—2026年（三年）`,
    # `2024年3月—2024年12月（10个月）` and `2024年1月-2025年12月，共2年` gave no dates
    r = read("ct_s46_pf_period_lengths.txt")
    got = [(p["year"], p["start_date"], p["end_date"]) for p in r.tables["projects"]]
    assert got == [(2023, dt.date(2023, 1, 1), dt.date(2023, 12, 31)),
                   (2024, dt.date(2024, 1, 1), dt.date(2026, 12, 31)),
                   (2024, dt.date(2024, 3, 1), dt.date(2024, 12, 31)),
                   (2024, dt.date(2024, 1, 1), dt.date(2025, 12, 31)),
                   (2024, None, None)]     # (`三年`: a length, no day guessed)


def test_a_label_and_its_value_in_one_cell_in_word(read):
    # main: year null (`项目支出绩效目标表（2024）`) and no dates for `执行期限：2024年-2025年（2年）`; the fields written
    # `项目名称：…` in one merged cell were read on main already
    p = only_project(read("ct_s46_pf_one_cell_labels.docx"))
    assert (p["year"], p["name"], p["department"], p["unit"]) == (
        2024, "湘潭县农村公路危桥改造工程", "湘潭县交通运输局", "湘潭县公路建设养护中心")
    assert (p["leader"], p["phone"], p["category"]) == ("彭亮", "13973201234", "基本建设类")
    assert (p["start_date"], p["end_date"]) == (dt.date(2024, 1, 1), dt.date(2025, 12, 31))


def test_spaced_labels_and_the_content_row_in_word(read):
    # main: `实施内容 | 新建游客服务驿站…` kept in other_fields, overview null (the rest was read on main already)
    p = only_project(read("ct_s46_pf_spaced_labels.docx"))
    assert (p["year"], p["department"], p["unit"], p["category"]) == (
        2023, "韶山市文化旅游广电体育局", "韶山市旅游服务中心", "新增项目")
    assert (p["start_date"], p["end_date"]) == (dt.date(2023, 3, 1), dt.date(2023, 11, 30))
    assert p["overview"] == "新建游客服务驿站4处，更新导览标识120块。"
    assert "实施内容" not in other_fields(p)


def test_labels_archives_write_for_the_project_fields(read):
    # main: partial, `项目单位名称 | …` an unplaced_cell (unit null); 联系人及联系电话, 项目建设性质, 计划开工时间 /
    # 计划竣工时间 and 实施内容 all kept in other_fields, contact / phone / category / dates / overview null
    r = read("ct_s46_pf_more_labels.txt")
    p = only_project(r)
    assert r.document["status"] == "ok" and "unplaced_cell" not in warning_codes(r)
    assert (p["department"], p["unit"]) == ("双峰县水利局", "双峰县农村供水服务中心")
    assert (p["contact"], p["phone"], p["category"]) == ("刘洋", "13973881234", "新建")
    assert (p["start_date"], p["end_date"]) == (dt.date(2024, 3, 1), dt.date(2024, 11, 30))
    assert p["overview"] == "新建集中供水站2座，铺设供水管网35公里。"
    assert other_fields(p) == {}


def test_the_name_alone_over_its_value_above_side_by_side_pairs(read):
    # main: name null, `茶陵县农村危房改造项目` lost without a word (a label over its value was read only in a run of
    # such pairs); the 项目负责人 row under it leaks into neither the name nor the department
    p = only_project(read("ct_s46_pf_name_over_value.txt"))
    assert (p["name"], p["department"], p["unit"]) == ("茶陵县农村危房改造项目", "茶陵县住房和城乡建设局", "茶陵县住房保障服务中心")
    assert (p["leader"], p["phone"]) == ("谭军", "0731-25221234")


def test_a_leader_with_a_number_of_his_own_beside_the_filer_s_phone(read):
    # main: leader `罗斌（13975231234）` (the number split off only when the form wrote no 联系电话; here the filer's
    # under the form)
    p = only_project(read("ct_s46_pf_leader_phone.txt"))
    assert (p["leader"], p["contact"], p["phone"]) == ("罗斌", "李娟", "0731-26221234")
    assert (p["unit"], p["fill_date"]) == ("炎陵县黄桃产业发展中心", dt.date(2024, 1, 10))
    assert other_fields(p) == {"项目负责人电话": "13975231234"}


def test_options_ticked_in_square_brackets_radio_buttons_and_numbered_runs(read):
    # main: `新增[ ] 延续[√]` gave `新增[ ] 延续[` (square brackets were no boxes), `○新增项目 ●延续项目` the cell as written
    # (radio buttons no boxes), `1.新增项目 2.延续项目√` `新增项目 2.延续项目` (the run before the tick whole)
    r = read("ct_s46_pf_ticked_options.txt")
    assert [p["category"] for p in r.tables["projects"]] == ["延续", "延续项目", "延续项目"]
    assert [p["name"] for p in r.tables["projects"]][1] == "嘉禾县农村饮水水质检测项目"


def test_another_field_s_pair_after_a_wide_gap_in_a_value_cell(read):
    # main: name `临澧县农村公路养护项目 项目负责人：刘刚`, department `临澧县交通运输局 联系电话:0736-` (the pair written
    # after the value, past a gap of ideographic spaces, leaked into it), leader and phone null
    p = only_project(read("ct_s46_pf_pairs_after_gap.txt"))
    assert (p["name"], p["department"], p["unit"]) == ("临澧县农村公路养护项目", "临澧县交通运输局", "临澧县公路养护中心")
    assert (p["leader"], p["phone"]) == ("刘刚", "0736-5821234")


def test_a_schedule_of_content_then_time_beside_the_plan_label(read):
    # main: plan `实施内容` (the schedule's head word), its steps kept in other_fields as labels of no column
    # (`{"设备招标采购": "2023年3月-4月", …}`): only a schedule whose rows open with their time was read (hunt s34 bk's
    # fixture; with `实施内容` now a label of the overview it must not become the project's overview either)
    p = only_project(read("ct_s34_bk_schedule_guard.txt"))
    assert p["plan"] == "设备招标采购 2023年3月-4月；网络布线施工 2023年5月-7月；验收交付 2023年8月"
    assert p["overview"] is None and other_fields(p) == {}
    assert (p["start_date"], p["end_date"]) == (dt.date(2023, 3, 1), dt.date(2023, 8, 31))

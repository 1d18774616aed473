"""Review rv49 (session 57) of hunt ti13 (titles and dates): its rules probed with forms written otherwise. Fixtures
ct_s57_rv49_* (text dumps from tests/fixtures/review/make_s57_rv49.py); each reading was written down by hand before
jixiao was run.

Decided:
- a line naming a 通知 with a label before it (`立项依据：关于下达2024年学生资助资金的通知`) or a labelled note under it
  (`备注：本表由项目实施单位填报。`) is no covering letter: a form over two pages with them between its pages is one
  form (ti13's letter rule made it two, the second without output or satisfaction indicators); a letter's heading
  has no label before 关于, its text is an addressee (`县财政局：`) or a sentence, not a `label：value` note;
- a covering letter with its text after the LAST form (`关于报送…的报告` / `县财政局：` / `根据…请审核。` / the bureau and
  its day) is no row of that form: its heading, addressee and sentence were indicators (`target_missing` each), now
  one `not_a_form` warning naming the letter;
- a sign-off row of several signers then the day (`单位负责人：张三 | 填表人：李四 | 2024年3月15日`, four cells with
  `审核人：王五`, or one line with wide gaps): the day is the fill_date (it was none) and the pairs are read (cells:
  李四 the contact, 单位负责人 / 审核人 in other_fields — they were lost with the day's cell);
- a day right after a field's label in a row of three cells (`实施单位：…中心 | 项目开始日期 | 2024年1月1日`, `填报单位：…
  | 完成日期 | 2024年12月31日`) is that label's value, no sign-off's: no fill_date (ti13 gave it as the fill_date too).
Kept (guards): `完成时限 | 2024-03-15 17:00` in a table's row an indicator with its target (no printer's stamp);
`报告生成时间：…` / `完成时限：…` lines no page furniture; `12.5.3` in a fill_date cell no day; a unit's name over a
two-line title (`洞口县教育局` / `学生资助项目` / `绩效目标表`) no part of it; the whole form again under a note naming a
通知 one form; `填表人：李四 | 审核人：王五 | 2024年3月15日` read (ti13).
Left: `洞口县教育局关于下达…的通知` alone in a form's rows is an indicator (target_missing) as before ti13; a period in
short years (`24.7.1-25.6.30`).
"""
from __future__ import annotations

import datetime as dt

import pytest

from extract.grid import is_page_furniture
from normalize.dates import field_date
from tests.hunt_tools import only_project, other_fields, warning_codes

AID = ["资助学生人次", "资金发放及时率", "困难学生因贫辍学率", "受助学生满意度"]
ROAD = ["改造农村公路里程", "工程验收合格率", "群众出行时间缩短", "沿线群众满意度"]
D = dt.date


def _read(read, name):
    return read(f"ct_s57_rv49_{name}.txt")


def test_a_note_naming_a_notice_between_a_forms_pages(read):
    """e196b4ef: two forms (the second without output and satisfaction indicators)."""
    r = _read(read, "basis_between_pages")
    p = only_project(r)
    assert p["title"] == "2024年学生资助项目绩效目标表"
    assert [i["level3"] for i in r.tables["indicators"]] == AID
    assert not {"no_output_indicator", "no_satisfaction_indicator"} & set(warning_codes(r))


@pytest.mark.parametrize("name, count", [("basis_between_pages_bare", 1), ("notice_note_colon", 1)])
def test_a_notice_named_in_a_note_ends_no_form(read, name, count):
    """e196b4ef: two forms (`备注：…。` under the line taken for a letter's text)."""
    assert len(_read(read, name).tables["projects"]) == count


def test_a_covering_letter_after_the_last_form(read):
    """e196b4ef: the letter's heading, addressee and sentence indicators of the form (target_missing each)."""
    r = _read(read, "letter_after_last")
    only_project(r)
    assert [i["level3"] for i in r.tables["indicators"]] == ROAD
    assert warning_codes(r) == ["not_a_form"]
    assert "关于报送2024年项目绩效目标的报告" in r.tables["warnings"][0]["message"]


@pytest.mark.parametrize("name, others", [
    ("signer_leader_filler", {"单位负责人": "张三"}),
    ("signer_cells_four", {"单位负责人": "张三", "审核人": "王五"}),
    ("signer_line_three", {"单位负责人": "张三"}),
    ("signer_two_people", {"审核人": "王五"}),
])
def test_several_signers_then_the_day(read, name, others):
    """e196b4ef: no fill_date; in cells, the pairs lost too (only `填表人：李四 | 审核人：王五 | …` read its 填表人)."""
    r = _read(read, name)
    p = only_project(r)
    assert (p["fill_date"], p["contact"]) == (D(2024, 3, 15), "李四")
    assert other_fields(p) == others
    assert [i["level3"] for i in r.tables["indicators"]] == AID


@pytest.mark.parametrize("name, start, end", [("head_unit_start", D(2024, 1, 1), None),
                                              ("tail_unit_end", None, D(2024, 12, 31))])
def test_a_day_after_a_label_is_its_value(read, name, start, end):
    """e196b4ef: the day the fill_date too."""
    p = only_project(_read(read, name))
    assert (p["fill_date"], p["start_date"], p["end_date"]) == (None, start, end)


def test_a_clock_time_in_a_tables_row_is_data(read):
    """Right on e196b4ef (guard): `完成时限 | 2024-03-15 17:00` an indicator with its target."""
    r = _read(read, "clock_row")
    assert [(i["level3"], i["target_raw"]) for i in r.tables["indicators"]][-1] == ("完成时限", "2024-03-15 17:00")


@pytest.mark.parametrize("text", ["完成时限：2024-03-15 17:00", "报告生成时间：2024-03-15 17:00",
                                  "填报日期：2024-03-15 17:00"])
def test_a_clock_time_with_a_label_is_no_furniture(text):
    assert not is_page_furniture(text)


def test_guards_of_titles_and_short_years(read):
    """Right on e196b4ef (guards): a unit's name over a two-line title no part of it; `12.5.3` no day of 2024."""
    assert only_project(_read(read, "title3_unit"))["title"] == "学生资助项目绩效目标表"
    assert only_project(_read(read, "short_version"))["fill_date"] is None
    assert field_date("12.5.3", 2024) is None and field_date("25.6.30", 2024) == D(2025, 6, 30)

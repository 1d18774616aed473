"""Review rv157 (session 68) of hunt pr10: its one person gate (parsers.core.no_person_under), its sign-off days and
its fill day cut over cells, tried on forms it did not test (fixtures ct_s68_rv157_*, from
tests/fixtures/review/make_s68_rv157.py: a Gansu county agriculture bureau's 绩效目标表 dumps; each reading written
down by hand before jixiao was run).

Decided:
- a given name that is a word a target ends with (`陈加强`, `王建立`, `张健全`, `欧阳建立`: common names) under
  单位负责人 / 财务负责人 / 分管领导 is a person: a value of names alone (each two or three characters, a compound
  surname's four, one blank or more apart) is gated only when a target's opening word leads it (`全部 轮训`); pr10's
  end-word rule made the sign-off rows indicators of targets `陈加强`, `王建立` (the 经办人 cells lost, unplaced_cell);
- a comparison, a share or a count under any officer's label (`村级田管员负责人 | ≥120人`, `…负责人 | 100%` under
  blank merged levels) is an indicator's target, as under a post (a bare figure first stays a post's only: under
  负责人 it may be a phone or a day) — they went to other_fields, the indicators lost;
- a fill day cut over a template's cells one piece each (`填报日期： | 2025 | 年 | 3 | 月 | 6 | 日`) is one day (pr10
  joined `2025年 | 3月 | 6日` only: the year was kept alone, `填报日期: 2025`);
- `项目负责人：马永军 2025年3月6日 | 填报人：李娟 2025年3月6日` (no role on the row): pr10's one-blank name-then-day
  cut the days off the names and dropped them (fill_date none); the filer's day is the fill_date, the leader's kept
  as `项目负责人日期`.
- `单位地址：… | 邮政编码：… | 联系电话：…` under the indicator table: the sign-off's, its phone the form's (pr10 took a
  row of address pairs alone; with a sign-off pair among them it stayed an indicator, the phone lost).
Kept: `分管领导 | 赵立新`, `单位负责人 | 2025年2月20日` no gate; `全部轮训`, `全部 轮训`, `明显提升`, `已完成`
gated; a blank template day `2025 | 年 | 月 | 日` not joined.
Left: nothing of these open.
"""
from __future__ import annotations

import datetime

from tests.hunt_tools import indicator_targets, only_project, other_fields, warning_codes

P = "ct_s68_rv157_"
NAME, DEPT, UNIT = "临洮县高标准农田建设项目", "临洮县农业农村局", "临洮县农业技术推广中心"
LEVEL3 = ["新建高标准农田面积", "工程验收合格率", "亩均粮食增产", "受益农户满意度"]


def _project(r, level3: list[str] = LEVEL3) -> dict:
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"]) == (NAME, DEPT, UNIT)
    assert [t[2] for t in indicator_targets(r)] == level3
    assert p["budget_year"] == 28000000 and p["leader"] == "马永军" and p["contact"] == "李娟"
    return p


def test_names_ending_in_a_target_word_in_one_row(read):
    r = read(P + "officer_names_row.txt")
    p = _project(r)     # BASE: an indicator `单位负责人` of target `陈加强`, 经办人 / 孙倩 unplaced_cell
    assert other_fields(p) == {"单位负责人": "陈加强", "财务负责人": "王建立", "经办人": "孙倩"}
    assert "unplaced_cell" not in warning_codes(r)


def test_names_ending_in_a_target_word_on_two_cell_rows(read):
    p = _project(read(P + "officer_names_pairs.txt"))   # BASE: two indicators 分管领导 / 单位负责人
    assert other_fields(p) == {"分管领导": "张健全", "单位负责人": "陈加强"}


def test_names_ending_in_a_target_word_as_colon_pairs(read):
    p = _project(read(P + "officer_names_colon.txt"))   # BASE: an indicator of the row's pairs
    assert other_fields(p) == {"单位负责人": "陈加强", "财务负责人": "王建立"}


def test_the_gate_on_names_and_targets():
    from extract.txt import _person_label
    from parsers.core import no_person_under
    assert not any(no_person_under(lab, v) for lab, v in (
        ("单位负责人", "陈加强"), ("财务负责人", "王建立"), ("分管领导", "张健全"), ("单位负责人", "欧阳建立"),
        ("项目负责人", "王建立 陈加强"), ("分管领导", "赵立新"), ("单位负责人", "2025年2月20日"),
        ("项目负责人", "13907970001")))
    assert all(no_person_under(lab, v) for lab, v in (
        ("乡镇卫生院院长", "全部轮训"), ("乡镇卫生院院长", "全部 轮训"), ("村卫生室负责人", "明显提升"),
        ("村卫生室负责人", "已完成"), ("村卫生室负责人", "服务能力提升"), ("村级田管员负责人", "≥120人"),
        ("分管领导", "不少于2次"), ("村卫生室负责人", "100%")))
    assert _person_label("项目负责人", "王建立 陈加强")


def test_a_comparison_under_a_named_officer(read):
    r = read(P + "officer_figure_target.txt")
    p = _project(r, [*LEVEL3[:2], "村级田管员负责人", LEVEL3[2], "培训覆盖村级合作社负责人", LEVEL3[3]])
    assert other_fields(p) == {}      # BASE: {"村级田管员负责人": "≥120人", "培训覆盖村级合作社负责人": "100%"}
    got = {i["level3"]: (i["level1"], i["level2"], i["target_raw"]) for i in r.tables["indicators"]}
    assert got["村级田管员负责人"] == ("产出指标", "质量指标", "≥120人")
    assert got["培训覆盖村级合作社负责人"] == ("效益指标", "经济效益指标", "100%")


def test_a_day_cut_over_a_templates_cells(read):
    p = _project(read(P + "day_cells.txt"))
    assert p["fill_date"] == datetime.date(2025, 3, 6)    # BASE: none, {"填报日期": "2025"}
    assert other_fields(p) == {"审核人": "王强"}


def test_the_leaders_and_filers_days_after_their_names(read):
    p = _project(read(P + "leader_day.txt"))
    assert p["fill_date"] == datetime.date(2025, 3, 6)    # BASE: none, both days dropped
    assert other_fields(p) == {"项目负责人日期": "2025年3月6日"}


def test_a_blank_templates_day_is_not_joined():
    from parsers.forms import _signoff_pairs
    from extract.grid import Cell
    cells = [Cell(row=0, col=k, text=t) for k, t in enumerate(["填报日期：", "2025", "年", "月", "日"])]
    assert all("年月" not in (val or "") for _, val, _ in _signoff_pairs(cells) or [])    # (no `2025年月日`)
    cells = [Cell(row=0, col=k, text=t) for k, t in enumerate(["填报日期：", "2025", "年", "3", "月", "6", "日"])]
    assert [(lab, val) for lab, val, _ in _signoff_pairs(cells)] == [("填报日期", "2025年3月6日")]


def test_an_address_row_with_the_forms_phone_under_the_table(read):
    r = read(P + "address_phone_row.txt")
    p = _project(r)     # BASE: an indicator `单位地址：…` of targets `邮政编码：730500`, `联系电话`; no phone
    assert p["phone"] == "0932-2223456"
    assert other_fields(p) == {"单位地址": "临洮县洮阳镇文峰东路18号", "邮政编码": "730500", "传真": "0932-2223457"}

"""Mend md65 (session 66) of review rd68's groups B, D, F, G3 and G4: fixtures ct_s66_md65_* from
tests/fixtures/review/make_s66_md65.py; each reading was written down by hand before jixiao was run.
Decided:
- B: in an OCR's text of wide gaps, two pieces of two or three characters one blank apart are a list of people's names
  only under a person's label (项目负责人, 联系人, 填报人 …: the label's key ends in 人 / 领导 / 姓名) or when there are
  three pieces or more; under a body's label (主管部门 `县交通 运输局`, 实施单位 `县公路 养护站`) the OCR blank is
  taken out, as hunt ly18 read it (md63 kept it);
- D: an en dash (or Unicode hyphen, math minus) after a figure's blank is a separator, not a minus: `≥1 – 3次` keeps
  target_text `1 – 3次` as written (md62 rewrote it `1 - 3次`); after a sign's or a word's blank it is still a minus
  (`≤ –8%`, `下降 –5%`).
- G3: parsers/forms.py's `_SPACE_IN_NAME` / `_NAME_ENDS` use the one Han class (normalize.text.HAN_CHAR).
- G4: docs/SCHEMA.md names the OCR split-glyph mend, a .txt holding a CSV, and a name with its signed day in one cell.
Kept: md63's people and places lists (`吴国 杨德林`, `三棵树镇 舟溪镇 旁海镇`), md62's minus readings.
- F (shown): `_ocr_blanks_joined` kept the last table head's columns for the rest of the text, so the next form's
  `主管部门    县人力资源 和社会保障局` (its second piece one column from the old 三级指标 head's) kept its blank and
  lost the piece (department `县人力资源`); a row opening with a form's label or block label ends the table.
Left: a table ended by a line of no label (a title, a note) keeps its head until the next label's row.
"""
from __future__ import annotations

import pytest

from tests.hunt_tools import indicator_targets, only_project

P = "ct_s66_md65_"


def test_ocr_blank_in_a_body_name_is_taken_out(read):
    """BASE: department `县交通 运输局`, unit `县公路 养护站`."""
    p = only_project(read(P + "ocr_bodies.txt"))
    assert (p["name"], p["department"], p["unit"]) == ("沅陵县农村公路养护项目", "县交通运输局", "县公路养护站")


def test_people_under_a_person_label_keep_their_blank(read):
    """(guard) The leader's two names stay apart."""
    p = only_project(read(P + "ocr_bodies.txt"))
    assert p["leader"] == "刘伟 陈小红"
    assert p["phone"] == "0745-4221876"
    assert p["budget_total"] == 310 * 10_000
    r = read(P + "ocr_bodies.txt")
    assert indicator_targets(r) == [
        ("产出指标", "数量指标", "养护农村公路里程", ">=", 420.0, "公里"),
        ("产出指标", "质量指标", "路面完好率", ">=", 85.0, "%"),
        ("效益指标", "社会效益指标", "道路通行条件", None, None, None),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", ">=", 90.0, "%")]


def test_en_dash_after_a_figure_blank_stays_as_written(read):
    """BASE: target_text `1 - 3次`."""
    r = read(P + "dash_tab.txt")
    ind = [i for i in r.tables["indicators"] if i["level3"] == "每月巡查频次"]
    assert len(ind) == 1
    assert ind[0]["target_raw"] == "≥1 – 3次"
    assert ind[0]["target_text"] == "1 – 3次"
    assert ind[0]["level2"] == "时效指标" and ind[0]["op"] == ">="
    assert indicator_targets(r)[0] == ("产出指标", "数量指标", "巡查客运站数量", ">=", 12.0, "个")
    assert indicator_targets(r)[-1] == ("满意度指标", "服务对象满意度指标", "乘客满意度", ">=", 90.0, "%")


@pytest.mark.parametrize("raw, text", [("≥1 – 3次", "1 – 3次"), ("≥2 ‐ 4次", "2 ‐ 4次")])
def test_split_target_keeps_a_separator_dash(raw, text):
    from normalize.targets import split_target
    t = split_target(raw)
    assert (t.op, t.target_text) == (">=", text)


@pytest.mark.parametrize("raw, op, value", [("≤ –8%", "<=", -8.0), ("≥ –5%", ">=", -5.0), ("下降 –5%", "=", -5.0)])
def test_dash_after_a_sign_or_word_blank_still_a_minus(raw, op, value):
    from normalize.targets import split_target
    t = split_target(raw)
    assert (t.op, t.value) == (op, value)


def test_listed_rule_people_only_under_a_person_label():
    from extract.txt import _listed, _person_label
    assert not _listed(["县农业", "农村局"], people=False) and _listed(["县农业", "农村局"], people=True)
    assert _listed(["张三", "李四", "王五"], people=False)
    assert _listed(["三棵树镇", "舟溪镇", "旁海镇"], people=False)
    assert _person_label("项目负责人") and _person_label("联系人") and _person_label("分管领导")
    assert not _person_label("主管部门") and not _person_label("实施单位")


def test_name_class_is_the_one_han_class():
    from parsers import forms
    assert forms._SPACE_IN_NAME.search("道路\U00003400 改造") is not None


def test_a_field_row_ends_the_table_head(read):
    """BASE: the second project's department `县人力资源`, unit `县职业技能` (the rest lost)."""
    r = read(P + "ocr_two_forms.txt")
    got = [(p["name"], p["department"], p["unit"]) for p in r.tables["projects"]]
    assert got == [("县城区公共就业服务平台建设项目", "县人力资源和社会保障局", "县公共就业服务中心"),
                   ("县职业技能提升培训项目", "县人力资源和社会保障局", "县职业技能培训中心")]
    assert [i["level3"] for i in r.tables["indicators"]] == ["服务平台建设数量", "求职群众满意度", "培训人数",
                                                             "参训人员满意度"]

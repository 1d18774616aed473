"""Review rv53 (session 57): a review of hunt ly4's layouts (merge 29cbce05). Fixtures ct_s57_rv53_* (text dumps,
tab-separated cells, from tests/fixtures/review/make_s57_rv53.py); each reading was written down by hand before jixiao
was run.

Decided:
- ring-and-dot options of one class word, a project's rank or kind (`●省级 ◎市级 ◎县级`, `◎一类 ●二类`, `◎公益性
  ●经营性`, `◎单年度 ●跨年度`), are a choice, as they were before ly4 narrowed the words of one ending to a project's
  nature (`项目级次 | ●省级 ◎市级 ◎县级` became an unparsed_row, `项目属性 | ◎公益性 ●经营性` the category with its
  marks); ly4's lists stay lists (`●10人 ◎20人` figures, `◎水泥路 ●柏油路` things);
- `年初目标值 | 全年目标值` with the full year's cell left empty (the target not set again): the start's target is the one
  in force, the row's target (it was a note, the target missing, target_missing); a full year's value keeps the
  start's in the note, as ly4 decided;
- the capital out of the bonds under a longer label (`专项债券资金用作资本金金额（万元）`, 13 characters without its
  unit, and `…资本金规模`): a line of the bonds' group as ly4's `专项债券用作资本金` is (the first was dropped without a word,
  the second kept in other_fields with an unplaced_cell); a money label with its unit longer than a label's limit
  beside a figure is no longer dropped silently.
Kept (guards, right at 29cbce05): the two-row 年初目标 | 全年目标 head with one cell a value (`12000人`, its unit cell
empty); 调整前目标值 | 调整后目标值; level lines typed with spaces among tabbed rows read as levels (ly4's space-split
head made them so: they were indicators before); a 还本付息 amount kept, not a line.
"""
from __future__ import annotations

import pytest

from parsers.core import radio_boxes
from tests.hunt_tools import budget_lines, only_project, other_fields, warning_codes

W = 10_000


def _ind(r, *keys):
    return [tuple(i.get(k) for k in keys) for i in r.tables["indicators"]]


@pytest.mark.parametrize("text, want", [
    ("●省级 ◎市级 ◎县级", "☑省级 □市级 □县级"), ("◎一类 ●二类 ◎三类", "□一类 ☑二类 □三类"),
    ("●公益性 ◎经营性", "☑公益性 □经营性"), ("◎单年度 ●跨年度", "□单年度 ☑跨年度"), ("◎本级 ●下级", "□本级 ☑下级"),
    ("◎国家级 ●省级 ◎市级", "□国家级 ☑省级 □市级"), ("●甲类 ◎乙类", "☑甲类 □乙类"),
    # (guards: ly4's lists stay as written)
    ("●10人 ◎20人", None), ("◎水泥路 ●柏油路", None), ("◎东区 ●西区", None), ("◎道路硬化 ●路灯安装 ◎绿化提升", None),
])
def test_rank_and_kind_options_are_a_choice(text, want):
    assert radio_boxes(text) == (want or text)


def test_rank_and_kind_choices_on_a_form(read):
    """`项目级次 | ●省级 ◎市级 ◎县级` kept as 省级, `项目属性 | ◎公益性 ●经营性` the category 经营性; `路面类型 | ◎水泥路
    ●柏油路` as written. 29cbce05: 项目级次 an unparsed_row, the category `◎公益性 ●经营性`."""
    r = read("ct_s57_rv53_rank_choices.txt")
    p = only_project(r)
    assert other_fields(p) == {"项目级次": "省级", "路面类型": "◎水泥路 ●柏油路"}
    assert p["category"] == "经营性"
    assert "unparsed_row" not in warning_codes(r)


def test_full_year_left_empty_the_start_in_force(read):
    """`供餐天数 | 200天 | | 198天` under `年初目标值 | 全年目标值`: the target 200天. 29cbce05: no target, target_missing."""
    r = read("ct_s57_rv53_start_full_blank.txt")
    assert _ind(r, "level3", "target_raw", "actual_raw", "note") == [
        ("受益学生人数", "12500人", "12480人", "年初目标值：12000人"), ("供餐天数", "200天", "198天", None),
        ("学生满意度", "≥90%", "95%", None)]
    assert "target_missing" not in warning_codes(r)


def test_two_row_start_full_value_in_one_cell_kept(read):
    """A guard: `12000人` under 年初目标's 指标值, its unit cell empty: the full year's the target, the start's noted."""
    r = read("ct_s57_rv53_start_full_one_cell.txt")
    assert _ind(r, "level1", "level3", "target_raw", "actual_raw", "note") == [
        (None, "受益学生人数", "12500人", "12480人", "年初目标值：12000人"),
        (None, "供餐天数", "200天", "198天", "年初目标值：200天")]


def test_adjusted_target_kept(read):
    """A guard: 调整前目标值 | 调整后目标值, the adjusted one the target; left empty, the one before it stands."""
    r = read("ct_s57_rv53_adjusted_blank.txt")
    assert _ind(r, "level3", "target_raw", "actual_raw") == [
        ("受益学生人数", "12500人", "12480人"), ("供餐天数", "200天", "198天")]


@pytest.mark.parametrize("name, label", [
    ("ct_s57_rv53_bond_capital_long.txt", "专项债券资金用作资本金金额"),
    ("ct_s57_rv53_bond_capital_scale.txt", "专项债券用作资本金规模")])
def test_bonds_capital_under_a_longer_label(read, name, label):
    """The capital out of the bonds under a longer label: a line of the bonds' group, no warning. 29cbce05: dropped
    without a word (13 characters), or kept in other_fields with an unplaced_cell (`…规模`)."""
    r = read(name)
    assert budget_lines(r) == [("项目总投资", "专项债券资金", 30000 * W, "source"),
                               ("专项债券资金", label, 6000 * W, "source")]
    p = only_project(r)
    assert (p["budget_total"], p["budget_year"]) == (40000 * W, 12000 * W)
    assert label not in "".join(other_fields(p))
    assert warning_codes(r) == []


def test_debt_service_kept_not_a_line(read):
    """A guard: `本年度专项债券还本付息额（万元） | 1,050.00` kept in other_fields (no budget money), beside 债券期限."""
    p = only_project(read("ct_s57_rv53_bond_capital_long.txt"))
    assert other_fields(p) == {"本年度专项债券还本付息额（万元）": "1,050.00", "债券期限": "15年"}


def test_level_lines_typed_with_spaces(read):
    """A guard: `产出指标   数量指标` typed with spaces between tabbed `name | target` rows: the levels of the rows below."""
    r = read("ct_s57_rv53_spaced_level_lines.txt")
    assert _ind(r, "level1", "level2", "level3", "target_raw") == [
        ("产出指标", "数量指标", "新增绿化面积", "≥2万平方米"), ("产出指标", "数量指标", "苗木成活率", "≥95%"),
        ("满意度指标", "满意度指标", "市民满意度", "≥90%")]
    assert warning_codes(r) == []

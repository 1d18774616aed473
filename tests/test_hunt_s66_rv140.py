"""Review rv140 (session 66) of hunt ly18 (layouts broken before the parsers): its rules probed on forms it did not
test (fixtures ct_s66_rv140_* from tests/fixtures/review/make_s66_rv140.py); each reading was written down by hand
before jixiao was run.
Decided:
- a deadline cut after its year is one target wherever the cut falls (`2025年` over `3月底前`, `2025` over
  `年10月底前`, `2025年` over `底前`, `2025` over `年度内完成`), in a `|` dump and a tab dump: the year's run above and
  the piece under it make one whole deadline (tables._deadline_cut; ly18's _YEAR_CUT / _YEAR_TAIL took only `2024`
  over `年` + a month's end of four characters at most: each other cut was two indicators, a year read as the figure
  2025 and an unparsed_row);
- a number cut inside its digits written with a full-width comma (`≥3，6` over `00户`) is one, `≥3，600户` (ly18's
  number_group_cut took only `,`: `≥3，6` of no value and an indicator `00户` of 0);
- a year's target over the next row's own name and an implied-year deadline (`项目完工年度 | 2025` over `资金拨付时间 |
  年底前`) is two indicators: ly18's name-and-target cut joined them, `项目完工年度资金拨付时间` of `2025年底前`, silently
  (two names each ending as a whole one's, INDICATOR_NAME_END, the piece more than its end word, are no cut;
  `新增就业岗位数 | ≥1,200` over `量 | 个` is one still: guard);
- in a -layout page a long name one blank from its target under the head's 指标值 column (`养护工程验收质量等级 合格`)
  is two cells: ly18's OCR-blank join read it as one name of no target (a target_missing); under a table's head a
  row of no more pieces than the head's cells keeps a blank before a piece standing at a head's column;
- a 填报说明's example, one record of `head：value` lines under `填报示例：`, is no indicator (ly18's one record read it
  as an indicator of a project of no field).
Kept (read right on BASE): an OCR's text whose merged level-1 cell is printed once, an OCR blank in a name of such a
row (`工程验收 合格率`, its piece off the head's columns) — joined still.
Left: ly18's OCR-blank join still needs every other single gap of the text gone; a head line of no header words
(an OCR's `一级指标` misread) gives no columns to the guard — not seen, not tested.
"""
from __future__ import annotations

import pytest

from tests.hunt_tools import indicator_targets, only_project, warning_codes

W = 10_000
P = "ct_s66_rv140_"


@pytest.mark.parametrize("name", ["deadline_cuts_pipe", "deadline_cuts_tab"])
def test_deadline_cut_after_its_year_anywhere(read, name):
    """Each time target cut after its year, its rest alone under it: one target (BASE: the year, then an
    unparsed_row of no name, for all four; and `≥3，6` / `00户` two)."""
    r = read(P + name + ".txt")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["year"]) == (
        "小型水库除险加固工程", "衢州市柯城区水利局", "柯城区水利工程建设管理中心", 2025)
    assert 1280 * W in {p["budget_year"], p["budget_total"]}
    assert [i["target_raw"] for i in r.tables["indicators"]] == [
        "6座", "100%", "2025年3月底前", "2025年10月底前", "2025年底前", "2025年度内完成", "≥3，600户", "≥90%"]
    assert [t[2] for t in indicator_targets(r)] == [
        "除险加固水库数量", "工程验收合格率", "项目开工时间", "主体工程完工时间", "竣工验收时间", "资金支付时间", "受益人口",
        "下游群众满意度"]
    assert indicator_targets(r)[6] == ("效益指标", "社会效益指标", "受益人口", ">=", 3600.0, "户")
    assert "unparsed_row" not in warning_codes(r)


def test_deadline_cut_rule():
    """The year's run and the piece make one whole deadline; a piece of another year or a figure does not."""
    from parsers.tables import _deadline_cut, _target_tail
    assert _deadline_cut("2025年", "12月底前") and _deadline_cut("2025", "年底前完成") and _deadline_cut("2025年", "底前")
    assert _deadline_cut("2025", "年度内完成") and _deadline_cut("≥2025年12", "月底前")
    assert not _deadline_cut("2025", "2026年底前") and not _deadline_cut("2025", "人次") \
        and not _deadline_cut("12025", "年底前") and not _deadline_cut("2025年", "12个月")
    assert _target_tail("2025年", "6月底前") and not _target_tail("2025年", "合格")


def test_number_group_cut_full_width_comma():
    from parsers.core import number_group_cut, pieces_joined
    assert number_group_cut("≥3，6", "00户") and pieces_joined("≥3，6", "00户") == "≥3，600户"
    assert not number_group_cut("1，2", "3")


@pytest.mark.parametrize("name", ["year_then_own_name_pipe", "year_then_own_name_tab"])
def test_guard_year_target_over_a_row_of_its_own(read, name):
    """`项目完工年度 | 2025` over `资金拨付时间 | 年底前`: two indicators (BASE: one, `项目完工年度资金拨付时间`)."""
    r = read(P + name + ".txt")
    assert [(t[2], i["target_raw"]) for t, i in zip(indicator_targets(r), r.tables["indicators"])] == [
        ("除险加固水库数量", "6座"), ("项目完工年度", "2025"), ("资金拨付时间", "年底前"), ("问题整改时限", "年内"),
        ("受益人口", "≥3600户"), ("下游群众满意度", "≥90%")]


def test_guard_layout_name_one_blank_from_its_target(read):
    """A -layout page's long name filling its column, its target one blank after it under 指标值: two cells (BASE:
    one name `养护工程验收质量等级合格` of no target)."""
    r = read(P + "layout_name_one_blank.txt")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"]) == ("农村公路养护工程", "龙泉市交通运输局", "龙泉市公路与运输管理中心")
    assert [(t[2], i["target_raw"]) for t, i in zip(indicator_targets(r), r.tables["indicators"])] == [
        ("养护农村公路里程", "≥210公里"), ("养护工程验收质量等级", "合格"), ("养护工程完成时间", "2025年11月底前"),
        ("群众出行条件", "明显改善"), ("公路使用寿命延长", "有效延长"), ("沿线群众满意度", "≥90%")]
    assert "target_missing" not in warning_codes(r)


def test_ocr_blank_in_a_row_of_merged_levels(read):
    """(kept) An OCR's row of its merged level-1 cell not printed, a blank inside its name off the head's columns
    (`质量指标   工程验收 合格率   100%`): joined, as ly18 reads it."""
    r = read(P + "ocr_merged_levels.txt")
    p = only_project(r)
    assert (p["name"], p["unit"]) == ("城区污水管网改造工程", "六安市排水管理处")
    assert indicator_targets(r) == [
        ("产出指标", "数量指标", "改造污水管网长度", ">=", 18.0, "公里"),
        ("产出指标", "质量指标", "工程验收合格率", "=", 100.0, "%"),
        ("产出指标", "时效指标", "项目完工时间", None, None, None),
        ("效益指标", "生态效益指标", "城区污水收集率", ">=", 75.0, "%"),
        ("满意度指标", "服务对象满意度指标", "周边居民满意度", ">=", 90.0, "%")]


def test_guard_guide_example_record(read):
    """A 填报说明's example, one record under `填报示例：`: no indicator (BASE: one, `培训人员数量`)."""
    r = read(P + "guide_example_record.txt")
    assert r.tables["indicators"] == []


def test_name_cut_after_a_whole_names_end_word(read):
    """(guard of this review's rule) `新增就业岗位数 | ≥1,200` over `量 | 个`: one indicator still, the piece no name
    of its own (only its end word) — the rule parts two names only when both end as whole ones."""
    r = read(P + "name_cut_after_end_word_pipe.txt")
    assert indicator_targets(r)[0] == ("产出指标", "数量指标", "新增就业岗位数量", ">=", 1200.0, "个")
    assert len(r.tables["indicators"]) == 4 and "unparsed_row" not in warning_codes(r)

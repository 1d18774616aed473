"""Review rv92 (session 62) of hunt ly13: near cases of its rules (fixtures ct_s62_rv92_*, made by
tests/fixtures/review/make_s62_rv92.py; each reading written down by hand before the run).

Decided: `_first_level_up` (a table's first row printing no 一级指标 nor 二级指标 takes the first 一级指标 below it)
fires on the table's first row only, as its CHANGELOG line says, and not under the head printed again over a page's
top (the block above the page's end goes on there); a text line's sentence-indicator is read only right under the
sentence a label's cell opened (not a 自评报告's sentences after the form); a pair's value takes no day, figure or
stamp's mark as its rest (`2024年3月15日` under `联系电话 | 0743-8526617`); the stamp's words `_name_bracket` kept
out are one list with `_NO_PIECE`'s, normalize.text's STAMP_NOTE (`（单位盖章）`, `（签名）` were name brackets).
Left (strict xfail): a laid-out 绩效指标完成情况 whose sentences are each whole on their lines (joined into one cell).
"""
from __future__ import annotations

import pytest

import extract.txt as txt

from tests.hunt_tools import only_project, warning_codes

P = "ct_s62_rv92_"


def _ind(r, *keys):
    return [tuple(i.get(k) for k in keys) for i in r.tables["indicators"]]


@pytest.mark.parametrize("name", ["level1_page_again_cols.txt", "level1_page_again_title_cols.txt"])
def test_block_going_on_under_the_head_printed_again(read, name):
    # main: `管道试压合格率` (质量指标's, its merged cells on the page above) read under 效益指标 / 社会效益指标
    r = read(P + name)
    assert _ind(r, "level1", "level2", "level3") == [
        ("产出指标", "数量指标", "改造供水管网长度"), ("产出指标", "数量指标", "更换老化阀门数量"),
        ("产出指标", "质量指标", "工程验收合格率"), ("产出指标", "质量指标", "水质检测合格率"),
        ("产出指标", "质量指标", "管道试压合格率"), ("效益指标", "社会效益指标", "管网漏损率"),
        ("满意度指标", "服务对象满意度指标", "居民满意度")]


def test_bare_row_under_a_level_one_not_known_by_name(read):
    # main: `更换老化阀门数量` (the second row of 产出指标（50分）'s block) read under 效益指标 / 社会效益指标
    r = read(P + "level1_points_cols.txt")
    assert _ind(r, "level2", "level3") == [("数量指标", "改造供水管网长度"), ("数量指标", "更换老化阀门数量"),
                                           ("社会效益指标", "管网漏损率"), ("服务对象满意度指标", "居民满意度")]
    levels = [i["level1"] for i in r.tables["indicators"]]
    assert levels[0] == levels[1] and levels[0].startswith("产出指标") and levels[2:] == ["效益指标", "满意度指标"]


@pytest.mark.parametrize("name", ["report_after_form_tab.txt", "report_after_form_cols.txt"])
def test_report_sentences_after_the_form_are_no_indicators(read, name):
    # main: the report's `（1）数量指标：…` read again (duplicate_indicator) and its `（3）时效指标：…` read as the form's
    r = read(P + name)
    assert _ind(r, "level2", "level3", "score") == [("数量指标", "养护里程", 40), ("质量指标", "路面优良率", 20)]
    assert "duplicate_indicator" not in warning_codes(r)
    assert only_project(r)["score"] == 60


@pytest.mark.parametrize("name", ["sign_date_tab.txt", "sign_date_pipes.txt"])
def test_sign_off_day_under_the_phone_is_no_rest_of_it(read, name):
    # main: phone `0743-85266172024年3月15日` (`…2024-03-15` in the Markdown dump)
    p = only_project(read(P + name))
    assert (p["name"], p["department"], p["unit"], p["contact"], p["phone"]) == (
        "城区背街小巷改造提质工程", "市住房和城乡建设局", "市市政工程管理处", "刘洋", "0743-8526617")


def test_stamp_marks_are_no_name_brackets():
    """`_name_bracket` (a bracket alone under a pair's value, its rest) keeps out every stamp's mark normalize.text's
    STAMP_NOTE knows, not a list of its own (`（单位盖章）`, `（签名）` were taken for a name's rest)."""
    assert [txt._name_bracket(t) for t in ("（单位盖章）", "（签名）", "（盖章）", "（印）", "（二期）", "（试点）")] == [
        False, False, False, False, True, True]


def test_laid_out_sentences_each_whole(read):
    """Left by rv92 (a strict xfail), read since hunt ly14: laid out, each sentence whole on its line, the layout
    joins `（2）…` into `（1）…`'s cell; the forms reader parts the cell into its sentences, each an indicator."""
    r = read(P + "sentences_whole_cols.txt")
    assert _ind(r, "level2", "level3", "score") == [("数量指标", "养护里程", 40), ("质量指标", "路面优良率", 20)]

"""Review rv111 (session 64, of hunt ly17): the cut heads' rule in pdftotext -layout on a short table, and the
one-cell-a-line word target rule over a target of its own (fixtures ct_s64_rv111_* from
tests/fixtures/review/make_s64_rv111.py); each reading was written down by hand before jixiao was run.
Decided: a head's cut rest alone under the head's line (`年度` over `指标值`, `指标值` over `单位`) is no table's
first row: `_centred_levels` moved the first 一级指标 and 二级指标 up into it when the table was short (ly17's fixture
read right only because its five rows made the table `_top_aligned`). One cell a line, a short word that reads as
a target (`安全保障`) right after a name of no target is the next row's name when a signed figure follows it
(`≥98%`, a target's); before a bare figure (`明显改善` / `95%`) it stays ly17's target.
Guard: a 自评表 of one cell a line, `明显改善` over its actual `96%`.
"""
from __future__ import annotations

import pytest

from tests.hunt_tools import only_project, warning_codes

SHORT = [("产出指标", "数量指标", "新建集中供水工程", "≥6处"),
         ("产出指标", "质量指标", "水质达标率", "≥95%"),
         ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%")]


def _rows(r):
    return [(i["level1"], i["level2"], i["level3"], i["target_raw"]) for i in r.tables["indicators"]]


@pytest.mark.parametrize("cut", ["year", "unit"])
def test_cut_head_over_a_short_layout_table(read, cut):
    """`年度` over `指标值` / `指标值` over `单位`, two rows under 产出指标: each row its levels, name and target (main:
    the levels moved up into the head's rest, `产出指标 | 数量指标 | | 指标值`, the targets lost or `单位` a row)."""
    r = read(f"ct_s64_rv111_head_{cut}_short_layout.txt")
    assert only_project(r)["name"] == "农村供水保障项目"
    assert _rows(r) == SHORT
    assert "unparsed_row" not in warning_codes(r)


def test_single_cells_word_like_name_over_a_signed_target(read):
    """`饮水条件` (its target empty) / `安全保障` / `≥98%`: 安全保障 the next row's name, ≥98% its target (main: the
    word 饮水条件's target, `≥98%` a row of no name)."""
    r = read("ct_s64_rv111_single_word_name.txt")
    assert [(i["level3"], i["target_raw"]) for i in r.tables["indicators"]] == [
        ("新建集中供水工程", "≥6处"), ("水质达标率", "≥95%"), ("饮水条件", None), ("安全保障", "≥98%"),
        ("受益群众满意度", "≥90%")]
    assert "unparsed_row" not in warning_codes(r)


def test_guard_single_cells_self_word_target_over_its_actual(read):
    """(guard) 自评表, one cell a line: `群众饮水条件` / `明显改善` / `96%` / 30 / 28, the word the target, the figure
    the actual."""
    r = read("ct_s64_rv111_single_self_word.txt")
    got = {i["level3"]: (i["target_raw"], i["actual_raw"], i["score"]) for i in r.tables["indicators"]}
    assert got == {"新建集中供水工程": ("≥6处", "6处", 30.0), "群众饮水条件": ("明显改善", "96%", 28.0),
                   "受益群众满意度": ("≥90%", "94%", 30.0)}

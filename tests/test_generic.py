"""The general parser alone (`--no-layouts`) must read the samples as their layouts do.

Documented differences: none — every built-in layout reads its forms with the
same label-driven core, so only the `layout` column may differ
(`generic:<form>` instead of the template id).
"""
from __future__ import annotations

import pytest

from jixiao.pipeline import process_file
from tests.golden_tool import samples

DOCUMENTED_DIFFERENCES: dict[str, set[str]] = {}   # sample -> tables allowed to differ


@pytest.mark.parametrize("sample", [s.name for s in samples()])
def test_generic_alone_matches_the_layouts(sample):
    path = next(s for s in samples() if s.name == sample)
    with_layouts = process_file(path)
    generic = process_file(path, layouts={"generic"})
    assert generic.document["layout"].startswith("generic:"), generic.document["layout"]
    for table, rows in with_layouts.tables.items():
        if table in DOCUMENTED_DIFFERENCES.get(sample, set()):
            continue
        got = [{k: v for k, v in r.items() if k != "layout"} for r in generic.tables[table]]
        want = [{k: v for k, v in r.items() if k != "layout"} for r in rows]
        assert got == want, f"{sample} {table}: the general parser differs"
    assert {p["layout"] for p in generic.tables["projects"]} <= {"generic:target", "generic:self_eval"}


def test_unknown_layout_id_is_an_error_listing_the_known():
    from parsers import registry
    with pytest.raises(KeyError, match="known layouts"):
        registry.get("nope")


def _outline_rows(text: str):
    from extract.txt import extract_txt
    from parsers.core import document_rows
    return document_rows(extract_txt(text.encode("utf-8"), "x"))


def test_an_indicator_outline_becomes_a_table():
    rows = _outline_rows("一、产出指标\n（一）数量指标\n1.补贴驿站数量：≥120家\n2.服务人次：约80000人次\n")
    assert [r.texts for r in rows] == [["一级指标", "二级指标", "三级指标", "指标值"],
                                       ["产出指标", "数量指标", "补贴驿站数量", "≥120家"],
                                       ["服务人次", "约80000人次"]]
    assert [c.line for c in rows[1].cells] == [1, 2, 3, 3] and rows[1].grid.origin == "outline"


def test_numbered_prose_is_no_outline():
    text = "一、基本情况\n1.项目背景：本项目始于2019年。\n2.实施内容：建设驿站。\n"   # no level heading
    assert all(r.is_text_line for r in _outline_rows(text))
    text = "一、产出指标\n1.补贴驿站数量：≥120家\n"                                   # one item only
    assert all(r.is_text_line for r in _outline_rows(text))

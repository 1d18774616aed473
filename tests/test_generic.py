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

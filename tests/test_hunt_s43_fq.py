"""Hunt fq (input formats: the extract/ layer): Word forms whose targets were typed with the equation editor (Office
Math, m:oMath); … Made by tests/fixtures/make_s43_fq.py (OOXML written by hand as tests/fixtures/make_docx_quirks.py
does, LibreOffice). Each reading was written down by hand before jixiao was run; the comments say what main gave
where it was wrong."""
from __future__ import annotations

from tests.hunt_tools import indicator_targets, only_project, warning_codes

WAN = 10_000.0


def test_targets_typed_as_equations(read):
    r = read("ct_s43_fq_equation_targets.docx")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["year"]) == (
        "城区老旧小区改造提升", "永州市住房和城乡建设局", "永州市城市建设投资发展中心", 2025)
    assert (p["budget_year"], p["budget_fiscal"]) == (1280 * WAN, 1280 * WAN)
    # main: the equations' text lost — 新增绿化面积, 竣工验收合格率 and 超预算项目占比 without a target (three target_missing
    # warnings), 居民居住条件改善率 `不低于` (no number)
    assert indicator_targets(r) == [
        ("产出指标", "数量指标", "改造小区数量", "=", 12.0, "个"),
        ("产出指标", "数量指标", "新增绿化面积", ">=", 3000.0, "m²"),       # `≥3000` + m:sSup(m, 2)
        ("产出指标", "质量指标", "竣工验收合格率", ">=", 95.0, "%"),         # one math run `≥95%`
        ("产出指标", "成本指标", "超预算项目占比", "<=", None, None),        # `≤` + m:f(1, 3): a fraction, kept as text
        ("效益指标", "社会效益指标", "居民居住条件改善率", ">=", 90.0, "%"),  # `不低于` + equation `90%`
        ("满意度指标", "服务对象满意度指标", "小区居民满意度", ">=", 90.0, "%"),
    ]
    assert [i["target_raw"] for i in r.tables["indicators"]][1:5] == ["≥3000m²", "≥95%", "≤1/3", "不低于90%"]
    assert warning_codes(r) == []

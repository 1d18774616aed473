"""Hunt fm5 (office formats): an .xlsx and the .xls LibreOffice makes of it whose shares are typed as fractions (Excel's
built-in fraction formats `# ?/?` and `# ??/??`, and `"≥"# ?/?`), read as Excel shows them. Made by
tests/fixtures/make_s47_fm5.py (openpyxl, LibreOffice). Each reading was written down by hand before jixiao was run;
the comments say what main gave where it was wrong."""
from __future__ import annotations

import pytest

from tests.hunt_tools import indicator_targets, only_project, warning_codes

WAN = 10_000.0


@pytest.mark.parametrize("name", ["ct_s47_fm5_fractions.xlsx", "ct_s47_fm5_fractions.xls"])
def test_fraction_formats_as_shown(read, name):
    r = read(name)
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["year"]) == (
        "农村供水保障工程", "平江县水利局", "平江县农村供水管理站", 2025)
    assert (p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (460 * WAN, 400 * WAN, 60 * WAN)
    # main: the stored doubles, `0.666666666666667` (= 0.666666666666667), `0.75` (= 0.75), `0.6875` (= 0.6875): the
    # shares the form shows as ≥2/3, 3/4 and 11/16 read as bare numbers of no unit, the ≥ of `"≥"# ?/?` lost
    assert [(i["level3"], i["target_raw"]) for i in r.tables["indicators"]] == [
        ("新建改造集中供水工程", "≥12处"), ("受益行政村覆盖比例", "≥2/3"), ("受益人口", "12,500人"),
        ("水质检测合格率", "≥95%"), ("年底前管网改造完成进度", "3/4"), ("村级管网改造完成比例", "11/16"),
        ("农村自来水普及率", "≥92%"), ("受益群众满意度", "≥90%")]
    # a fraction a share of a whole, kept as its text (as a text dump's `3/4` is)
    assert [(i["op"], i["value"], i["target_text"]) for i in r.tables["indicators"][4:6]] == [
        (None, None, "3/4"), (None, None, "11/16")]
    assert indicator_targets(r)[1] == ("产出指标", "数量指标", "受益行政村覆盖比例", ">=", None, None)
    assert r.tables["indicators"][1]["target_text"] == "2/3"
    assert indicator_targets(r)[3] == ("产出指标", "质量指标", "水质检测合格率", ">=", 95.0, "%")
    assert warning_codes(r) == []


def test_fraction_format_text():
    from extract.office import _value_text
    cases = [(0.5, "# ?/?", "1/2"), (1.25, "# ?/?", "1 1/4"), (2, "# ?/?", "2"), (0, "# ?/?", "0"),
             (0.3125, "# ??/??", "5/16"), (1 / 3, "# ??/??", "1/3"), (1.5, "?/?", "3/2"), (0.5, "# ?/4", "2/4"),
             (2.99, "# ?/?", "3"), (-0.75, "# ?/?", "-3/4"), (1.5, "0 ?/?", "1 1/2"), (0.4, "0 ?/?", "0 2/5"),
             (2 / 3, '"≥"# ?/?', "≥2/3"), (1.5, '# ?/?"亩"', "1 1/2亩")]
    # main: the stored number (0.5, 1.25, 0.3125, 0.3333333333333333 …; a whole number, 2 and 0, right), the sign and
    # unit literals lost
    assert [_value_text(v, f) for v, f, _ in cases] == [shown for _, _, shown in cases]


def test_xls_activex_controls_warned(read):
    r = read("ct_s47_fm5_activex.xls")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["year"]) == (
        "城乡环卫一体化运维", "汨罗市城市管理和综合执法局", "汨罗市环境卫生服务中心", 2025)
    assert (p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (520 * WAN, 520 * WAN, 0.0)
    assert indicator_targets(r) == [
        ("产出指标", "数量指标", "生活垃圾收运量", ">=", 6.5, "万吨"),
        ("产出指标", "质量指标", "生活垃圾无害化处理率", "=", 100.0, "%"),
        ("效益指标", "社会效益指标", "农村人居环境整治达标村占比", ">=", 90.0, "%"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", ">=", 90.0, "%"),
    ]
    # the ticked 延续项目 / 经常性项目 are in the controls' Ctls stream, not read: no category — but said, as an
    # .xlsx's and a .docx's ActiveX controls are; main: no warning at all
    assert p["category"] is None
    assert warning_codes(r) == ["activex_unread"]
    msg = r.tables["warnings"][0]["message"]
    assert msg.startswith("2 check boxes, 2 option buttons (ActiveX controls) not read")

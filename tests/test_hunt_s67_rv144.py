"""Review rv144 (session 67) of hunt ly19 (layouts broken before the parsers): its rules tried on forms it did not
test (fixtures ct_s67_rv144_* from tests/fixtures/review/make_s67_rv144.py); each reading written down by hand first.
Decided: a GBK (GB18030) dump with a few stray NUL bytes is read with them dropped and an `encoding_errors` warning,
as ly19 reads a UTF-8 one (it was refused as binary); the invisible format characters dropped are one set for
every format, normalize.text's (ly19's txt twin removed), and it holds a soft hyphen (U+00AD, it was kept in a text
dump's raw target), left-to-right and right-to-left marks and bidi embeddings (U+200E, U+200F, U+202A-U+202E,
U+2066-U+2069: `≥26000\\u200e人` gave no value and no warning, `受益群众\\u200f满意度` kept the mark, in a text dump and
in a workbook alike); a Word form's tabbed one-field paragraphs are a table though a field's name holds a year's
figures (`2025年资金总额（万元）<TAB>260`: ly19's _FIELD_NAME took Han characters only, the whole run was lines, no
budget and no goal read); a self-evaluation's indented row typed with blanks right under a tabbed row, its 得分
left blank (`    质量指标    水质检测合格率    ≥95%    96%    20`), has its first cell put under the cell above of its
kind (`数量指标`), its 分值 in its column (ly19 put its last cell in the row's last column: 20 read as the score).
Kept: the zero-width characters ly19 drops; a binary's NULs still refused; ly19's indented row of no blank last cell.
Left: nothing found wrong in ly19's OCR-blank rules (_listed's place ends, _across_heads, the third of rows) in the
time given; not fixtured here.
"""
from __future__ import annotations


import pytest

from tests.hunt_tools import indicator_targets, only_project, warning_codes

W = 10_000
P = "ct_s67_rv144_"
TARGETS = [("产出指标", "数量指标", "新建集中供水工程", ">=", 8.0, "处"),
           ("产出指标", "质量指标", "水质检测合格率", ">=", 95.0, "%"),
           ("产出指标", "时效指标", "工程完工时间", None, None, None),
           ("效益指标", "社会效益指标", "受益农村人口", ">=", 26000.0, "人"),
           ("满意度指标", "服务对象满意度指标", "受益群众满意度", ">=", 90.0, "%")]
GOAL = "新建集中供水工程8处，改造管网45公里，巩固提升2.6万农村人口饮水安全保障水平。"


def _form(r, money: bool = True) -> dict:
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["year"]) == (
        "农村饮水安全巩固提升工程", "邵阳县水利局", "邵阳县农村供水管理站", 2025)
    if money:
        assert 260 * W in {p["budget_year"], p["budget_total"]}
        assert p["goal_annual"] == GOAL
    assert indicator_targets(r) == TARGETS
    assert not {"unparsed_row", "unplaced_cell", "target_missing"} & set(warning_codes(r))
    return p


def test_gbk_dump_with_a_stray_nul(read):
    """`邵阳县\\x00水利局` in a GBK dump: the NUL dropped, the form read (BASE: refused as binary)."""
    r = read(P + "gbk_nul.txt")
    _form(r)
    assert {"encoding_errors", "encoding_guessed"} <= set(warning_codes(r))


def test_nul_rule_other_encodings():
    """A few NULs in GBK text dropped; a binary's bytes, in any encoding, still refused."""
    from extract.grid import ExtractError
    from extract.txt import decode_text
    text, enc, warns = decode_text("项目名称\t邵阳县\x00水利局\n".encode("gb18030"))
    assert text == "项目名称\t邵阳县水利局\n" and enc == "gb18030"
    assert [w.code for w in warns] == ["encoding_errors", "encoding_guessed"]
    for data in (bytes(range(1, 256)) * 3 + b"\x00", b"PK\x03\x04\x14\x00" + bytes(range(128, 256)) * 4):
        with pytest.raises(ExtractError):
            decode_text(data)


@pytest.mark.parametrize("name", ["marks.txt", "marks.xlsx"])
def test_bidi_marks_and_soft_hyphens(read, name):
    """A left-to-right mark in `≥26000\\u200e人`, a right-to-left mark and a bidi end in the indicator's name
    (BASE: no value, no unit, no warning; the name kept its marks)."""
    _form(read(P + name))


def test_soft_hyphen_out_of_a_text_dumps_raw_target(read):
    """(a text dump's raw columns lose what its other columns lose: ly19's reading for zero widths)"""
    r = read(P + "marks.txt")
    assert [i["target_raw"] for i in r.tables["indicators"]][:4:3] == ["≥8处", "≥26000人"]


def test_one_invisible_set():
    from normalize.text import clean_text
    for ch in "\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u202a\u202c\u202e\u2066\u2069":
        assert clean_text("受益" + ch + "人口") == "受益人口", hex(ord(ch))


def test_word_field_name_with_a_year(read):
    """`2025年资金总额（万元）<TAB>260` among the tabbed one-field paragraphs (BASE: no budget, no goal)."""
    _form(read(P + "word_year_label.docx"))


def test_field_name_rule():
    from extract.office import _tab_table
    assert _tab_table([["项目名称", "x"], ["2025年资金总额（万元）", "1"], ["年度总体目标", "z"]])
    assert _tab_table([["项目名称", "x"], ["资金总额(万元)", "1"], ["2025年度绩效目标", "z"]])
    assert not _tab_table([["2025年", "3"], ["2026年", "5"], ["2027年", "9"]])
    assert not _tab_table([["1", "项目概况"], ["2", "绩效目标"], ["3", "绩效指标"]])
    assert not _tab_table([["第1章", "总则"], ["第2章", "目标"], ["第3章", "附则"]])


def test_self_evaluation_indented_row_blank_score(read):
    """The 质量指标 row's 分值 20 a weight, its 得分 none (BASE: 20 read as the score, no weight)."""
    r = read(P + "self_trailing.txt")
    _form(r, money=False)
    got = [(i["weight"], i["score"]) for i in r.tables["indicators"]]
    assert got == [(20.0, 20.0), (20.0, None), (10.0, 10.0), (30.0, 30.0), (20.0, 20.0)]


def test_pad_under_rule():
    from extract.txt import _pad_under
    above = ["产出指标", "数量指标", "新建集中供水工程", "≥8处", "8处", "20", "20"]
    assert _pad_under(above, ["质量指标", "水质检测合格率", "≥95%", "96%", "20"]) == 1
    assert _pad_under(above, ["水质检测合格率", "≥95%", "96%", "20", "20"]) == 2
    assert _pad_under(["资金来源", "财政拨款", "160"], ["自筹资金", "20"]) == 1


def test_guard_ocr_cramped_page(read):
    """(guard) an OCR's laid-out page: names' OCR blanks joined though one row keeps `≥26000 人`, the towns' list
    kept, each 分值 a weight."""
    import json
    r = read(P + "ocr_cramped.txt")
    p = _form(r, money=False)
    assert p["budget_total"] == 260 * W
    assert json.loads(p["other_fields"]) == {"实施地点": "塘渡口镇 白仓镇 黄亭市镇"}
    assert [i["weight"] for i in r.tables["indicators"]] == [20.0, 20.0, 10.0, 30.0, 20.0]

"""Hunt AZ (Word documents as offices make them: tracked changes, content controls, checkboxes, nested tables …):
tests/fixtures/review/ct_s33_az_*, each read as the form says."""
from __future__ import annotations

from pathlib import Path

from jixiao.pipeline import process_file

REVIEW = Path(__file__).parent / "fixtures" / "review"


def _review(name):
    return process_file(REVIEW / name)


def _money(p):
    return p["budget_total"] or p["budget_year"], p["budget_fiscal"], p["budget_other"]


def _lines(t):
    return [(b["name"], b["amount"], b["kind"], b["note"]) for b in t["budget_items"]]


def test_a_funding_table_with_a_notes_column_gives_its_total():
    """`资金来源 | 金额 | 备注` over `合计 | 860.00`, `财政拨款 | 780.00`, `其他资金 | 80.00` (万元), nested in the 项目资金
    cell: 合计 was an unparsed_row and the budget null (only a table of two columns, 资金来源 | 金额, was read)."""
    r = _review("ct_s33_az_money_block_notes.docx")
    t = r.tables
    assert [_money(p) for p in t["projects"]] == [(8600000.0, 7800000.0, 800000.0)]
    assert r.document["status"] == "ok"
    assert not [w for w in t["warnings"] if w["code"] in ("unparsed_row", "unplaced_cell")]


def test_a_funding_table_with_notes_keeps_its_sub_lines_and_their_notes():
    """The same table with `其中：上级补助 | 520.00 | 省补农村公路养护资金` and `县级配套 | 260.00` (the second part, no 其中):
    the total was lost, 县级配套 went to other_fields; each part is a source line now, the 备注 its note."""
    r = _review("ct_s33_az_money_block_notes_nested.docx")
    t = r.tables
    assert [_money(p) for p in t["projects"]] == [(8600000.0, 7800000.0, 800000.0)]
    assert _lines(t) == [("上级补助", 5200000.0, "source", "省补农村公路养护资金"),
                         ("县级配套", 2600000.0, "source", None)]
    assert [p["other_fields"] for p in t["projects"]] == [None]
    assert r.document["status"] == "ok"


def test_a_funding_table_without_its_head_row_gives_its_total():
    """`合计 | 860.00` over `财政拨款 | 780.00` … with no `资金来源 | 金额` row above (the nested table's first row):
    合计 was an unparsed_row, the budget null."""
    r = _review("ct_s33_az_money_block_no_head.docx")
    t = r.tables
    assert [_money(p) for p in t["projects"]] == [(8600000.0, 7800000.0, 800000.0)]
    assert _lines(t) == [("上级补助", 5200000.0, "source", None)]
    assert r.document["status"] == "ok"


def test_funding_rows_in_the_form_grid_are_the_money_block_not_a_breakdown():
    """`项目资金 (merged down) | 资金来源 | 金额 | 备注` over `| 合计 | 860.00`, `| 财政拨款 | 780.00`, `| 其他资金 | 80.00 |
    车购税结余` in the form's own table: read as a breakdown of uses (nameless composition lines, unplaced_cell
    warnings for 财政拨款 / 其他资金, 合计 dropped silently, every money field null)."""
    for name in ("ct_s33_az_money_block_in_form.docx", "ct_s33_az_money_block_in_form.txt"):
        r = _review(name)
        t = r.tables
        assert [_money(p) for p in t["projects"]] == [(8600000.0, 7800000.0, 800000.0)], name
        assert not [b for b in t["budget_items"] if b["kind"] == "composition" or not b["name"]], name
        assert not [w for w in t["warnings"] if w["code"] in ("unparsed_row", "unplaced_cell")], name
        assert r.document["status"] == "ok", name
    t = _review("ct_s33_az_money_block_in_form.txt").tables
    assert _lines(t) == [("上级补助", 5200000.0, "source", "省补"), ("县级配套", 2600000.0, "source", None)]


def test_a_non_breaking_hyphen_is_the_hyphen_word_shows():
    """`2<w:noBreakHyphen/>4小时` and the period `2024年1月<w:noBreakHyphen/>2024年12月`: the hyphen was dropped, the
    target read `24小时` (= 24, silently wrong) and the period's dates null."""
    t = _review("ct_s33_az_nobreak_hyphen.docx").tables
    got = {i["target_raw"]: (i["op"], i["value"], i["value_max"], i["unit"]) for i in t["indicators"]}
    assert got["2-4小时"] == ("range", 2.0, 4.0, "小时")
    p = t["projects"][0]
    assert (p["period_raw"], str(p["start_date"]), str(p["end_date"])) == (
        "2024年1月-2024年12月", "2024-01-01", "2024-12-31")


def test_unicode_hyphens_separate_a_range_and_a_period():
    """U+2011 (a non-breaking hyphen pasted as text), U+2010 and U+2012 between two numbers or dates: no range,
    no period was read."""
    from normalize.dates import parse_period
    from normalize.targets import split_target
    for dash in "\u2010\u2011\u2012":
        got = split_target(f"2{dash}4小时")
        assert (got.op, got.value, got.value_max, got.unit) == ("range", 2.0, 4.0, "小时")
        assert [str(d) for d in parse_period(f"2024年1月{dash}2024年12月")] == ["2024-01-01", "2024-12-31"]


def test_a_title_over_two_lines_is_joined():
    """`浦城县2024年度县级预算项目` over `绩效目标表` (Word paragraphs, a text dump's lines): title kept only 绩效目标表."""
    for name in ("ct_s33_az_two_line_title.docx", "ct_s33_az_two_line_title.txt"):
        t = _review(name).tables
        assert [(p["title"], p["year"]) for p in t["projects"]] == [("浦城县2024年度县级预算项目绩效目标表", 2024)], name


def test_a_department_code_written_above_the_table():
    """`主管部门及代码：[121]邵武市司法局` on a line above the table, whose 主管部门 cell says 邵武市司法局 only: the
    table's better label took the department and the code was lost."""
    t = _review("ct_s33_az_dept_code_above_table.docx").tables
    assert [(p["department"], p["department_code"]) for p in t["projects"]] == [("邵武市司法局", "121")]


def test_a_symbol_char_without_the_f000_offset_is_the_box_it_shows():
    """`<w:sym w:font="Wingdings 2" w:char="0052"/>新增项目 <w:sym … w:char="00A3"/>延续项目` (a generator writing the
    char without Word's F000 offset): the boxes were lost and category read `新增项目 延续项目`."""
    t = _review("ct_s33_az_sym_char_no_offset.docx").tables
    assert [p["category"] for p in t["projects"]] == ["新增项目"]

"""Session 38 review DR fixes (fx): each test failed before its fix and passes after."""
from normalize.records import normalize_indicator, normalize_assessment_item

_BASE = {"level1": "产出指标", "level2": "时效指标", "name": "完成时间"}


def test_year_with_unit_from_its_own_column():
    # review item 2: `2024 | 年` (a 计量单位 column) reads as `2024年` in one cell does, not `= 2024` unit None
    r = normalize_indicator(dict(_BASE, target_raw="2024", target_value_raw="2024", unit_raw="年"), 2024)
    one = normalize_indicator(dict(_BASE, target_raw="2024年", target_value_raw="2024", unit_raw="年"), 2024)
    assert (r["op"], r["value"], r["unit"], r["target_text"]) == (one["op"], one["value"], one["unit"],
                                                                 one["target_text"])
    assert r["target_text"] == "2024年"
    r = normalize_indicator(dict(_BASE, target_raw="2030年", target_value_raw="2030", unit_raw="年度"), 2024)
    assert r["target_text"] == "2030年"          # (a unit already written: not glued twice)


import pytest  # noqa: E402
from normalize.orgs import district  # noqa: E402


@pytest.mark.parametrize("name", ["辖区", "市区", "新区", "老区", "苏区", "边区", "革命老区", "保护区", "试验区", "先行区",
                                  "集聚区", "功能区", "开发区", "经济开发区", "高新区", "上市", "我县", "我区", "该县",
                                  "两区", "该城区", "各城区"])
def test_generic_region_words_no_district(name):
    # review item 3: a list heading `二、集聚区` / `（三）革命老区` is no place heading its projects
    assert district(name) is False


@pytest.mark.parametrize("name", ["海淀区", "西城区", "东城区", "汝城县", "古城区", "浦东新区", "两当县"])
def test_real_districts_kept(name):
    assert district(name) is True


@pytest.mark.parametrize("content, no, text", [
    ("（1）建立制度 （2）落实责任", None, "（1）建立制度 （2）落实责任"),   # a list written with spaces: its numbers kept
    ("（一二）测试", None, "（一二）测试"),                                 # no numeral: the bracket kept
    ("（1）河长名单公示", 1, "河长名单公示"), ("（十二）其他", 12, "其他"), ("①企业开办", 1, "企业开办")])
def test_part_number_lead(content, no, text):
    # review item 7
    r = normalize_assessment_item({"section": "一、组织领导", "content": content, "points": "5"})
    assert (r.get("item_no"), r.get("content")) == (no, text)


def test_twins_shared():
    # review item 8: one numeral reader, one `≤3` cap pattern, one note-bracket list (a `[省级]` note beside a `%`
    # column keeps the unit as `（省级）` does)
    from extract.grid import Cell
    from normalize import records, targets
    from parsers import tables
    assert not hasattr(records, "_CN_DIGIT") and records._small_numeral("十十") is None
    assert records._small_numeral("二十") == 20 and records._small_numeral("12") == 12
    assert records.LE_CAP.pattern in tables._CAP_WORDS.pattern and targets.NOTE_BRACKETS in tables._END_NOTE.pattern
    got = tables._target_text({"target": Cell(0, 0, "≥95[省级]"), "unit": Cell(0, 1, "%")}, "target")
    assert got == "≥95%[省级]"
    assert tables._target_text({"target": Cell(0, 0, "[90,100]"), "unit": Cell(0, 1, "%")}, "target") == "[90,100]"


def test_le_cap_arriving_in_points():
    # review item 9: a `≤3` 分值 read as points (a list, a form's field) is the item's cap, as under points_cap
    r = normalize_assessment_item({"section": "加分项", "content": "获得表彰", "points": "≤3", "points_cap": None})
    assert (r.get("points"), r.get("cap")) == (None, 3.0)


@pytest.mark.parametrize("text, want", [("≥95%，全覆盖", (">=", 95.0, "%", "全覆盖")),
                                        ("100%，按时完成", ("=", 100.0, "%", "按时完成")),
                                        ("100%,合格", ("=", 100.0, "%", "合格")),
                                        ("≥95%按时完成", (">=", 95.0, "%", "按时完成"))])
def test_completion_word_after_a_comma(text, want):
    # review item 10: a completion word after a comma is the qualifier, as glued to the % (the value was lost)
    from normalize.targets import split_target
    t = split_target(text)
    assert (t.op, t.value, t.unit, t.qualifier) == want


@pytest.mark.parametrize("ext, runs", [(".doc", True), (".wps", False), (".docx", False)])
def test_antiword_only_for_doc(monkeypatch, ext, runs):
    # review item 6: antiword reads Word 97-2003 only; a .wps or an OLE-wrapped (encrypted) .docx pays no subprocess
    from extract import office
    from extract.grid import Extracted
    from jixiao import pipeline
    called = []
    monkeypatch.setattr(office, "convert_with_soffice", lambda data, src, fmt: b"PK")
    monkeypatch.setattr(office, "extract_docx", lambda data, doc_id, path: Extracted(doc_id, "docx", 1, [], []))
    monkeypatch.setattr(office, "warn_converted", lambda ex, ext: ex)
    monkeypatch.setattr(pipeline, "_doc_tables_by_antiword", lambda *a: called.append(a) and None)
    data = pipeline.OLE_MAGIC + b"\0" * 600
    pipeline.extract_file("/tmp/x" + ext, data, "d")
    assert bool(called) is runs


def _box_page(n):
    marks, chars = [], []
    for i in range(n):                              # n checkboxes, two a line, each with its option's text after it
        x, y = 50 + 200 * (i % 2), 20 + 20 * (i // 2)
        marks.append({"x0": x, "x1": x + 10, "top": y, "bottom": y + 10, "filled": i % 3 == 0})
        marks.append({"x0": x + 0.5, "x1": x + 9.5, "top": y + 0.5, "bottom": y + 9.5, "filled": False})
        chars.append({"text": "项", "x0": x + 12, "x1": x + 22, "top": y, "bottom": y + 10})
    return marks, chars


def test_box_glyphs_bucketed_and_bails_out():
    # review item 4: the same glyphs as before on a form's page (two squares a box merged, ☑ when one is filled);
    # a page of hundreds of squares (a chart's markers) is no form's choices: none, and no quadratic scan
    from extract.pdfium_page import box_glyphs
    marks, chars = _box_page(6)
    got = box_glyphs(marks, chars)
    assert sorted((g["text"], g["x0"], g["top"]) for g in got) == sorted(
        ("☑" if i % 3 == 0 else "☐", 50 + 200 * (i % 2), 20 + 20 * (i // 2)) for i in range(6))
    marks, chars = _box_page(300)
    assert box_glyphs(marks, chars) == []


def test_cut_label_not_found_inside_a_sentence_below():
    # review item 5: a 2-character label (`数量`) of the next page's first cell, found inside a sentence below the
    # table before, was given to the cut row (the label must be the line, or open or end it)
    from extract.grid import Cell, Grid, TextLine
    from extract.pdf import carry_cut_merges

    def grid(cells, page, order):
        return Grid([Cell(r, c, t, 1, 1, page) for r, c, t in cells], 2, 3, "pdf_lines", order=order)

    def run(note):
        a = grid([(0, 0, "一级"), (0, 1, "名称"), (0, 2, "值"), (1, 1, "指标A"), (1, 2, "10")], 1, 1.0)
        b = grid([(0, 0, "数量"), (0, 1, "指标B"), (0, 2, "20")], 2, 3.0)
        carry_cut_merges([a, b], [TextLine(note, 1, None, 2.0)])
        return a.at(1, 0)
    assert run("注：本表数量按实际发生计算") is None
    assert run("数量").text == "数量"


def test_style_leftovers():
    # review item 11: the `_with_own_unit` guard wrapped as the project wraps; 及 of 普及 / 涉及 opens no part of a
    # merged body's name
    import inspect
    from jixiao import search
    from parsers import tables
    src = inspect.getsource(tables)
    assert all(len(line) <= 140 for line in src.splitlines() if "_with_own_unit(fold(cells[i + 1]" in line)
    assert "(?<![普涉])及" in inspect.getsource(search._conventional)


def test_rule_frame_once_a_page(monkeypatch):
    # review item 11: `_joined_across` found each page's rule frame twice (as `b`, then as the next pair's `a`)
    from extract import pdf
    from extract.pdfium_page import PdfiumPage
    seen = []
    real = pdf._rule_frame
    monkeypatch.setattr(pdf, "_rule_frame", lambda page: seen.append(page.page_number) or real(page))
    edges = [{"orientation": "h", "x0": 10, "x1": 500, "top": y, "bottom": y} for y in (10, 30, 50, 70, 90)]
    edges += [{"orientation": "v", "x0": x, "x1": x, "top": 10, "bottom": 90} for x in (10, 300, 500)]
    pages = [(i, PdfiumPage([{"text": "字", "x0": 20, "x1": 30, "top": 12, "bottom": 22}], edges, 600, 800, i))
             for i in range(1, 5)]
    assert [n for n, _ in pdf.pages_across(pages)] == [1, 2, 3, 4]
    assert sorted(seen) == [1, 2, 3, 4]


def test_cut_label_first_body_row_equal_to_a_row_above():
    # review item 5: the next page's first body row, the same as a body row of the page before (`指标A | 10`), was
    # skipped as a repeated head and the cut label given to the row after it
    from extract.grid import Cell, Grid
    from extract.pdf import carry_cut_merges
    def cells(rows, page):
        return [Cell(r, c, t, span, 1, page) for r, c, t, span in rows]
    a = Grid(cells([(0, 0, "一级", 1), (0, 1, "二级", 1), (0, 2, "名称", 1), (0, 3, "值", 1),
                    (1, 0, "产出指标", 1), (1, 1, "数量指标", 2), (1, 2, "指标A", 1), (1, 3, "10", 1),
                    (2, 0, "产出指标", 1), (2, 2, "指标A", 1), (2, 3, "10", 1)], 1), 3, 4, "pdf_lines", order=1.0)
    b = Grid(cells([(0, 0, "产出指标", 1), (0, 2, "指标A", 1), (0, 3, "10", 1),
                    (1, 0, "产出指标", 1), (1, 2, "指标B", 1), (1, 3, "20", 1)], 2), 2, 4, "pdf_lines", order=3.0)
    carry_cut_merges([a, b], [])
    assert b.at(0, 1) is not None and b.at(0, 1).text == "数量指标"

"""Session 39, fb: fixes of the review of this session's extraction and list rules (/tmp/s39/dr/REVIEW.md)."""
import pytest

import extract.pdf as P
from extract.pdfium_page import PdfiumPage


class _Page(PdfiumPage):
    """A stub page: only what pages_across / _down_then_across look at (its rule frame is given)."""


R4 = [0, 10, 20, 30]       # four row rules a page: a run starts only at a page that can join across (session 40 fxc)


def _page(n, frame):
    p = object.__new__(_Page)
    p.edges = [1]; p.chars = [1]; p.width = 600; p.height = 800; p.glyphs_lost = False
    p._fr = frame; p.page_number = n
    return p


def test_pages_across_keeps_order_after_a_failed_run(monkeypatch):
    # #1: pages 1–3 one table (the same column rules), pages 4–9 another (other columns), page 10 no rules. The
    # attempt at page 1 reads pages 3…6 and fails; page 4 is then held with page 6 waiting in `ahead`. Main read the
    # run of page 4 from the pages not read yet (7…) and put them before page 6: [1, 2, 3, 4, 5, 7, 8, 9, 10, 6].
    a = (R4, [10, 100, 200], 10, 300)
    b = (R4, [10, 150, 250], 10, 300)
    monkeypatch.setattr(P, "_rule_frame", lambda p: p._fr)
    monkeypatch.setattr(P, "_joined_across", lambda x, y, frames=None, edge=None, rows_min=4: None)
    pages = [(k, _page(k, a if k <= 3 else b if k <= 9 else None)) for k in range(1, 11)]
    out = list(P.pages_across(iter(pages)))
    assert [n for n, _ in out] == list(range(1, 11))
    assert all(p is pages[n - 1][1] for n, p in out)


def test_pages_across_joins_a_run_after_pages_given_back(monkeypatch):
    # #1: a failed attempt (pages 1–2, then 3 of other columns) gives pages back; the next run (pages 3–4, columns
    # B) continues across on pages 5–6. Its run and the pages joined to it must be the pages in order: 3+5, 4+6.
    a = (R4, [10, 100, 200], 10, 300)
    b = (R4, [10, 150, 250], 10, 300)
    c = (R4, [20, 300], 20, 500)
    frames = {1: a, 2: a, 3: b, 4: b, 5: c, 6: c, 7: None}
    joins = []

    def joined(x, y, frames=None, edge=None, rows_min=4):
        if x._fr == b and y._fr == c:
            joins.append((x.page_number, y.page_number))
            return x
        return None
    monkeypatch.setattr(P, "_rule_frame", lambda p: p._fr)
    monkeypatch.setattr(P, "_joined_across", joined)
    pages = [(k, _page(k, frames[k])) for k in range(1, 8)]
    out = list(P.pages_across(iter(pages)))
    assert [n for n, _ in out] == [1, 2, 3, 4, 7]
    assert joins == [(3, 5), (4, 6)]


@pytest.mark.parametrize("word, place", [
    ("横山区", True), ("洪山区", True), ("中山区", True), ("南山区", True), ("西山区", True), ("黄山区", True),
    ("榆林市横山区", True), ("大连市中山区", True), ("武汉市洪山区", True),
    # main (after rb) took these for districts: a sentence's word or a kind of area before 山区
    ("在山区", False), ("多山区", False), ("小山区", False), ("纯山区", False), ("到山区", False), ("远山区", False),
    ("半山区", False), ("低山区", False)])
def test_mountain_district_words_strict(word, place):
    # #3: a one-character name before 山区 is a district only when it is a known district's, or after its city
    from normalize.orgs import PLACE_WORD, district
    assert bool(PLACE_WORD.match(word)) is place
    assert district(word) is place


@pytest.mark.parametrize("name", ["在山区工作站", "多山区站", "纯山区站"])
def test_mountain_words_make_no_unit(name):
    # #3: main gave org_kind 'unit' (a place's body) for these
    from normalize.orgs import org_kind
    assert org_kind(name) is None


def _no_antiword(monkeypatch):
    import shutil
    real = shutil.which
    monkeypatch.setattr(shutil, "which", lambda name, *a, **k: None if name == "antiword" else real(name, *a, **k))


@pytest.mark.parametrize("path, warned", [
    # a notice whose form is a picture: no table read as text (main warned: `antiword … is not installed`)
    ("tests/fixtures/embedded/form_picture.doc", False),
    # a plain letter (python-docx, saved as .doc by LibreOffice): no table at all (main warned too)
    ("tests/fixtures/review/ct_s39_fb_plain_letter.doc", False),
    # a form whose table LibreOffice reads as text (its heads glued in paragraphs): the loss is named
    ("tests/fixtures/review/ct_s39_rb_doc_two_paragraph_cells.doc", True)])
def test_antiword_missing_warns_only_for_a_table_read_as_text(monkeypatch, path, warned):
    # #8c: the `converted` warning that antiword is missing fires only when LibreOffice's text looks like a table
    from jixiao.pipeline import process_file
    _no_antiword(monkeypatch)
    r = process_file(path)
    got = [w for w in r.tables["warnings"] if w["code"] == "converted" and "antiword" in w["message"]]
    assert bool(got) is warned


def test_doc_name_and_target_of_two_paragraphs(read):
    # #12: a .doc (python-docx, saved by LibreOffice, read from antiword's text) whose indicator names and targets
    # both go on in a second paragraph, the target's a note in brackets. Main made each second paragraph a row of its
    # own: (（县级初验）, （含整改后合格）), (比例数值, （以实测为准）), (（设计值）, （省考核口径）), the names cut
    import shutil
    if not shutil.which("antiword"):
        pytest.skip("antiword not installed: LibreOffice reads this table as text")
    r = read("ct_s39_fb_doc_name_and_target_paragraphs.doc")
    assert r.document["status"] == "ok"
    assert [(i["level1"], i["level2"], i["level3"], i["target_raw"], i["op"], i["value"], i["unit"])
            for i in r.tables["indicators"]] == [
        ("产出指标", "数量指标", "新建高标准农田面积", "≥12000亩", ">=", 12000.0, "亩"),
        ("产出指标", "质量指标", "工程验收合格率（县级初验）", "100%（含整改后合格）", "=", 100.0, "%"),
        ("产出指标", "时效指标", "项目完工时间", "2025年11月底前", None, None, None),
        ("效益指标", "经济效益指标", "亩均粮食产能提高达到省定要求的比例数值", "≥100公斤（以实测为准）", ">=", 100.0, "公斤"),
        ("效益指标", "经济效益指标", "农田灌溉保证率（设计值）", "≥75%（省考核口径）", ">=", 75.0, "%"),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%", ">=", 90.0, "%")]
    p = r.tables["projects"][0]
    assert (p["name"], p["department"]) == ("高标准农田建设项目", "县农业农村局")


def test_doc_rb_fixture_name_and_target_note_one_row(read):
    # #12 on the rb fixture (now read by antiword): main read `优良中等路` ≥75% and a row `比例` | `（省考核口径）`
    import shutil
    if not shutil.which("antiword"):
        pytest.skip("antiword not installed")
    r = read("ct_s39_rb_doc_two_paragraph_cells.doc")
    got = [(i["level3"], i["target_raw"]) for i in r.tables["indicators"]]
    assert ("优良中等路比例", "≥75%（省考核口径）") in got and not any(n == "比例" for n, _ in got)


@pytest.mark.parametrize("above, line, row, joined", [
    # a value in brackets under a row: a row of its own (a target so written), not a note
    ("|  |质量指标  |合格率    |95%     |", "|  |          |满意度    |（90%） |", ["", "质量指标", "合格率", "95%"], False),
    # a numbered item in the name column: a row of its own
    ("|  |一、党建  |党建工作  |10分    |", "|  |          |（1）学习 |（季）  |", ["", "一、党建", "党建工作", "10分"], False),
    # a name's and a target's second paragraphs, the target's a note: the same row (main: False, a row of its own)
    ("|  |质量指标  |合格率    |95%     |", "|  |          |（初验）  |（含）  |", ["", "质量指标", "合格率", "95%"], True)])
def test_cell_paragraph_name_and_note(above, line, row, joined):
    from extract.txt import _bar_places, _cell_paragraph
    assert _bar_places(above) == _bar_places(line)
    assert _cell_paragraph(above, line, row) is joined


def test_list_head_repeated_with_a_cell_spaced(read):
    # #13: a list's head repeated on page 2 with `备 注` for `备注`: main began a list of its own there, the first cut
    # at it; the 合计 row then checked against page 2's two projects: total_row_mismatch (6,955,000 vs 1,000,000)
    r = read("ct_s39_fb_list_head_again_spaced.txt")
    assert r.document["status"] == "ok"
    assert [(p["name"], p["unit"], p["budget_year"]) for p in r.tables["projects"]] == [
        ("城关镇污水管网改造", "城关镇人民政府", 3200000.0), ("老旧小区改造", "城关镇人民政府", 1800000.0),
        ("永安乡农村道路硬化", "永安乡人民政府", 955000.0), ("永安乡饮水安全巩固提升", "永安乡人民政府", 600000.0),
        ("永安乡村级活动场所维修", "永安乡人民政府", 400000.0)]
    assert "total_row_mismatch" not in [w["code"] for w in r.tables["warnings"]]


def test_town_heads_one_set():
    # #9c: the 乡镇 / 县区 heads defined once (labels), packed_list's set built from them
    from parsers import labels as L
    from parsers.layouts import packed_list
    from parsers.core import label_key
    assert packed_list._TOWN_HEADS == frozenset(label_key(x) for x in L.TOWN_HEADS + L.COUNTY_HEADS)
    assert {"乡镇", "县区"} <= set(L.HEADER_ROLES["budget"]["name"]) and "乡镇" in L.TOWN_HEADS

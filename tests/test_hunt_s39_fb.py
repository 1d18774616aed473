"""Session 39, fb: fixes of the review of this session's extraction and list rules (/tmp/s39/dr/REVIEW.md)."""
import pytest

import extract.pdf as P
from extract.pdfium_page import PdfiumPage


class _Page(PdfiumPage):
    """A stub page: only what pages_across / _down_then_across look at (its rule frame is given)."""


def _page(n, frame):
    p = object.__new__(_Page)
    p.edges = [1]; p.chars = [1]; p.width = 600; p.height = 800; p.glyphs_lost = False
    p._fr = frame; p.page_number = n
    return p


def test_pages_across_keeps_order_after_a_failed_run(monkeypatch):
    # #1: pages 1–3 one table (the same column rules), pages 4–9 another (other columns), page 10 no rules. The
    # attempt at page 1 reads pages 3…6 and fails; page 4 is then held with page 6 waiting in `ahead`. Main read the
    # run of page 4 from the pages not read yet (7…) and put them before page 6: [1, 2, 3, 4, 5, 7, 8, 9, 10, 6].
    a = ([0], [10, 100, 200], 10, 300)
    b = ([0], [10, 150, 250], 10, 300)
    monkeypatch.setattr(P, "_rule_frame", lambda p: p._fr)
    monkeypatch.setattr(P, "_joined_across", lambda x, y, frames=None: None)
    pages = [(k, _page(k, a if k <= 3 else b if k <= 9 else None)) for k in range(1, 11)]
    out = list(P.pages_across(iter(pages)))
    assert [n for n, _ in out] == list(range(1, 11))
    assert all(p is pages[n - 1][1] for n, p in out)


def test_pages_across_joins_a_run_after_pages_given_back(monkeypatch):
    # #1: a failed attempt (pages 1–2, then 3 of other columns) gives pages back; the next run (pages 3–4, columns
    # B) continues across on pages 5–6. Its run and the pages joined to it must be the pages in order: 3+5, 4+6.
    a = ([0], [10, 100, 200], 10, 300)
    b = ([0], [10, 150, 250], 10, 300)
    c = ([0], [20, 300], 20, 500)
    frames = {1: a, 2: a, 3: b, 4: b, 5: c, 6: c, 7: None}
    joins = []

    def joined(x, y, frames=None):
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

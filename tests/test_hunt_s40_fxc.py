"""Session 40, fxc: fixes of the second diff review's findings in extract/ and normalize/text.py
(/tmp/s40/dr2/REVIEW.md #5, #7-#11)."""
import numpy as np
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


# a sheet's left part (columns at 10, 100) and right part (10, 150, 250), four rules a page or two (its last page-row)
A1, A1S = ([0, 10, 20, 30], [10, 100], 10, 300), ([0, 10], [10, 100], 10, 300)
A2, A2S = ([0, 10, 20, 30], [10, 150, 250], 10, 300), ([0, 10], [10, 150, 250], 10, 300)
C = ([0, 10, 20, 30, 40], [10, 400], 10, 500)


def _joined(x, y, frames=None, edge=None, rows_min=4):
    """The stub join: a left part's page and a right part's page, both of rows_min rules or more (two parts only)."""
    if edge is None and x._fr[1] == [10, 100] and y._fr[1] == [10, 150, 250] and min(len(x._fr[0]), len(y._fr[0])) >= rows_min:
        return x
    return None


def _run(monkeypatch, frames):
    monkeypatch.setattr(P, "_rule_frame", lambda p: p._fr)
    monkeypatch.setattr(P, "_joined_across", _joined)
    pages = [(k, _page(k, f)) for k, f in enumerate(frames, 1)]
    return [n for n, _ in P.pages_across(iter(pages))]


def test_last_page_row_of_few_rules_joins_after_its_sheet(monkeypatch):
    # the sheet's last page-row (two rules) right after its first: joined, as before
    assert _run(monkeypatch, [A1, A2, A1S, A2S]) == [1, 3]


def test_few_rules_pair_after_a_page_standing_alone_is_not_joined(monkeypatch):
    # #8: a page standing alone (another table) ends the sheet's page-rows; main kept the sheet's frames and joined a
    # later pair of two-rule pages of the same columns (another form of the template): gave [1, 3, 4]
    assert _run(monkeypatch, [A1, A2, C, A1S, A2S]) == [1, 3, 4, 5]


def test_first_page_of_few_rules_leaves_the_run_after_it_free(monkeypatch):
    # #8 (`_rule_frame` now framing pages of 2-3 rules): a page of three rules with the columns of the sheet after it
    # (printed top to bottom, then right: pages 2-3 its left part, 4-5 its right part) started a down-then-across run
    # that could not join (its first page has too few rules) and marked pages 2-3 tried, so they never started their
    # own: main gave [1, 2, 3, 5] (3 joined with 4, 2 and 5 alone); now 2+4 and 3+5
    b3 = ([0, 10, 20], [10, 100], 10, 300)
    assert _run(monkeypatch, [b3, A1, A1, A2, A2]) == [1, 2, 3]


def test_same_rule_columns_is_the_run_test():
    # #7: one test of "the same columns" (the nested twin in _down_then_across calls it)
    assert P._same_rule_columns(A1, A1S) and not P._same_rule_columns(A1, A2)
    assert not P._same_rule_columns(A1, None) and not hasattr(P, "_same_columns")


def test_longest_runs_vectorised_matches_a_loop():
    # #5: the runs without a Python column loop, the same as counted column by column
    from extract.scan import _longest_runs

    def loop(m):
        best = np.zeros(m.shape[0], np.int32)
        cur = np.zeros(m.shape[0], np.int32)
        for col in m.T:
            cur = np.where(col, cur + 1, 0)
            best = np.maximum(best, cur)
        return best
    rng = np.random.default_rng(7)
    for _ in range(300):
        m = rng.random((int(rng.integers(0, 25)), int(rng.integers(0, 25)))) < rng.random()
        assert (_longest_runs(m) == loop(m)).all()
    assert list(_longest_runs(np.array([[1, 1, 0, 1, 1, 1], [0, 0, 0, 0, 0, 0], [1, 0, 1, 0, 1, 1]], bool))) == [3, 0, 2]


@pytest.mark.parametrize("raw, want", [
    # #10: a figure earlier in the sentence stopped the wrap; main gave '按2023年方案，完成时间 2024年：6月'
    ("按2023年方案，完成时间\n2024年：6月", "按2023年方案，完成时间2024年：6月"),
    ("依据2023年12月文件要求，资金拨付时间\n2024年：6月底前", "依据2023年12月文件要求，资金拨付时间2024年：6月底前"),
    # as before: words with no figure wrap; a line opening with a year's label or ending in a figure is a target line
    ("完成时间\n2024年：6月", "完成时间2024年：6月"),
    ("2023年：达标\n2024年：优良", "2023年：达标 2024年：优良"),
    ("2023年：完成率≥95%，及时\n2024年：≥98%", "2023年：完成率≥95%，及时 2024年：≥98%"),
    ("≥95\n2024年：≥98", "≥95 2024年：≥98"),
    ("完成率95%以上\n2024年：98%", "完成率95%以上 2024年：98%"),
    ("达到3级\n2024年：4级", "达到3级 2024年：4级"),
])
def test_year_line_wraps_only_under_words(raw, want):
    from normalize.text import unwrap
    assert unwrap(raw) == want

"""Mend md5 (review rd's findings on hunt ti10's running-header rule in extract/txt.py).

Decided: whether a text line is at its page's top is read once for the whole dump (`_page_tops`): before, every text
line scanned all the lines above it (quadratic: 30,000 lines of prose 4.4 s against 0.4 s before hunt ti10), and a
form feed on a line of its own did not make the next line a page top, so a running header printed over a letterhead
on a dump's second page was joined to it as a co-issuer and the department was lost.
Kept: a form feed at the head of the header's own line (ti10's case), and every reading of the first page.
"""
import random

from extract.txt import _page_tops
from tests.hunt_tools import other_fields, only_project


def _reference(items):
    """The page-top rule as hunt ti10 wrote it, plus a form feed alone on a line: no text since the start or the
    last form feed."""
    out = []
    for at, (_, ln) in enumerate(items):
        if "\f" in ln:
            out.append(True)
            continue
        k = at - 1
        top = True
        while k >= 0:
            x = items[k][1]
            if "\f" in x:
                top = not x.split("\f")[-1].strip(" \u3000")
                break
            if x.strip(" \u3000"):
                top = False
                break
            k -= 1
        out.append(top)
    return out


def test_page_tops_match_the_rule_on_random_dumps():
    rng = random.Random(55)
    pieces = ["", " ", "\u3000", "洞口县财政局", "\f", "\f洞口县财政局", "项目名称\t学生资助", "洞口县财政局\f", "\f "]
    for _ in range(300):
        items = [(i + 1, rng.choice(pieces)) for i in range(rng.randint(0, 14))]
        assert _page_tops(items) == _reference(items), items


def test_page_tops_read_a_form_feed_alone():
    items = list(enumerate(["正文", "\f", "洞口县财政局", "洞口县教育局"], 1))
    assert _page_tops(items) == [True, True, True, False]


def test_a_running_header_under_a_form_feed_alone(read):
    """Main: department None, 发文机关 `洞口县财政局、洞口县教育局` (the header on page 2 read as a co-issuer)."""
    p = only_project(read("ct_s55_md5_formfeed_alone_header.txt"))
    assert (p["department"], other_fields(p).get("发文机关")) == ("洞口县教育局", "洞口县教育局")


def test_a_running_header_under_a_form_feed_at_its_head(read):
    """Right on main (guard): the form feed at the head of the header's line."""
    p = only_project(read("ct_s55_md5_formfeed_head_header.txt"))
    assert (p["department"], other_fields(p).get("发文机关")) == ("洞口县教育局", "洞口县教育局")

"""The lead's mends of session 66 (read-only review rd68's group G): one name bound twice in parsers/forms.py.

Decided:
- md61's `_HAN_WORD = \\p{Han}{2}` (a third cell's words beside a name) rebound the sign-off's `_HAN_WORD = ^\\p{Han}+$`
  (its only users come before it in the file, so the later binding won at call time): a spaced sign-off line, `经办人 张三
  李四（代） 审核人 王五`, was no longer set apart into its pairs. The new one is `_HAN_PAIR`; the sign-off's reads as at
  the session's start (each line below was so rewritten at 2193fd86).
- the closing words' string `_FUND_WORDS = "资金|经费"` shared its name with the fund regex of `_fund_kind_title`'s
  helpers; it is `_FUND_NAME_WORDS`.
"""
from __future__ import annotations

import pytest

import parsers.forms as F


@pytest.mark.parametrize("text, want", [
    ("经办人 张三 李四（代） 审核人 王五", "经办人：张三李四（代）  审核人：王五"),
    ("填报人 张三 审核人 李四 传真0739-7654321", "填报人：张三  审核人：李四传真0739-7654321"),
])
def test_spaced_signoff_as_at_the_start(text, want):
    assert F._spaced_signoff(text) == want


def test_han_word_is_the_whole_word_test():
    assert F._HAN_WORD.match("张三") and not F._HAN_WORD.match("张三1")
    assert F._HAN_PAIR.search("新建项目") and not F._HAN_PAIR.search("2024")


def test_fund_words_one_binding():
    assert hasattr(F._FUND_WORDS, "sub") and F._FUND_NAME_WORDS == "资金|经费"

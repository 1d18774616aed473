"""Session 38 hunt (lt): target cells the session's reviewers left, each expectation written from the contract's
target table before running split_target.

- a change compared with a quantity in words (`同比增长5%以上`, `同比增长不低于5%`, `比上年减少10%以内`) reads as
  `同比增长≥5%` already did: the comparison, the words naming the change its qualifier (they were text); a change and
  its bare quantity (`下降5%`, `同比下降5%`, `较上年下降10%`) is no comparison (the contract: a number only for a
  comparison of one quantity) and stays text, as `提升10%` and `下降5个百分点` already did;
- `≥95%并且`: a joiner with nothing after it is no qualifier;
- `≥2（个人）`: 个人 (an individual) in brackets is a note, no unit (个 + 人 was taken for 个工作日's 个);
- `≥1次/两年`, `1次/三个月`: the number of periods in digits, as `每两年1次` gives `次/2年`.
"""
from __future__ import annotations

import pytest

from normalize.targets import Target, split_target


def T(op=None, value=None, value_max=None, unit=None, qualifier=None, text=None) -> Target:
    return Target(op=op, value=value, value_max=value_max, unit=unit, qualifier=qualifier, target_text=text)


def X(text: str) -> Target:
    return T(text=text)


CELLS = [
    # a change compared with a quantity: the words naming the change are the qualifier, as with an operator symbol
    ("同比增长5%以上", T(">=", 5.0, unit="%", qualifier="同比增长")),
    ("同比增长≥5%", T(">=", 5.0, unit="%", qualifier="同比增长")),
    ("同比增长不低于5%", T(">=", 5.0, unit="%", qualifier="同比增长")),
    ("比上年减少10%以内", T("<=", 10.0, unit="%", qualifier="比上年减少")),
    ("较上年提高5个百分点以上", T(">=", 5.0, unit="个百分点", qualifier="较上年提高")),
    ("缩短20%以上", T(">=", 20.0, unit="%", qualifier="缩短")),            # (ct_s34_bi_css_grid_class_rules.html)
    ("较上年下降10%以上", T(">=", 10.0, unit="%", qualifier="较上年下降")),  # (templates/target_adjustment)
    ("同比下降5%以上（2024年底前）", T(">=", 5.0, unit="%", qualifier="同比下降；2024年底前")),
    # still text: a change and its bare quantity (no comparison), no quantity, or more than one clause
    ("下降5%", T("=", 5.0, unit="%", qualifier="下降")),  # (hunt s55 tg13: a change and its bare figure, `=`; was text)
    ("同比下降5%", T("=", 5.0, unit="%", qualifier="同比下降")),  # (hunt s55 tg13: a change and its bare figure, `=`; was text)
    ("较上年下降10%", T("=", 10.0, unit="%", qualifier="较上年下降")),  # (hunt s55 tg13: a change and its bare figure, `=`; was text)
    ("增长5%", T("=", 5.0, unit="%", qualifier="增长")),  # (hunt s55 tg13: a change and its bare figure, `=`; was text)
    ("较上年提高5个百分点", T("=", 5.0, unit="个百分点", qualifier="较上年提高")),   # (hunt s45 tq4: a change in percentage points, was the text)
    ("较上年增长", X("较上年增长")),
    ("较上年下降", X("较上年下降")),
    ("同比增长5%，且不低于全省平均", X("同比增长5%,且不低于全省平均")),
    # (a rate's name before 达到 and a figure is its qualifier, as before `≥`: hunt s42 tx; it was text here)
    ("增长率达到5%", T(">=", 5.0, unit="%", qualifier="增长率")),
    # a joiner with nothing after it
    ("≥95%并且", T(">=", 95.0, unit="%")),
    ("≥95%且", T(">=", 95.0, unit="%")),
    ("≥95%，且", T(">=", 95.0, unit="%")),
    ("≥95%，同时", T(">=", 95.0, unit="%")),
    ("不低于95%，且逐年提高", T(">=", 95.0, unit="%", qualifier="且逐年提高")),
    # a bracket after a bare number: a unit only when the unit tables have it
    ("≥2（个人）", T(">=", 2.0, qualifier="个人")),
    ("≥2（人）", T(">=", 2.0, unit="人")),
    ("≥3（个工作日）", T(">=", 3.0, unit="个工作日")),
    ("≤2（个月）", T("<=", 2.0, unit="个月")),
    # once per a number of periods: the number in digits whichever way written
    ("≥1次/两年", T(">=", 1.0, unit="次/2年")),
    ("1次/两年", T("=", 1.0, unit="次/2年")),
    ("每两年1次", T("=", 1.0, unit="次/2年")),
    ("≥1次/2年", T(">=", 1.0, unit="次/2年")),
    ("≥1次/三个月", T(">=", 1.0, unit="次/3个月")),
    ("每三个月1次", T("=", 1.0, unit="次/3个月")),
]


@pytest.mark.parametrize(("raw", "expected"), CELLS, ids=[c[0] for c in CELLS])
def test_target_cell(raw: str, expected: Target) -> None:
    assert split_target(raw) == expected

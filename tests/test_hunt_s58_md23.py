"""Mend md23 (session 58) of the read-only review rd2: md19's guard on rv55's shared points asked the row's actual
value for a figure, so a word of result (`达标` under `合格 | 合格 | 20 | 20`) lost the note it had. Now the row shares
the merged points unless its actual value says it was not measured (`未统计`, `—`). Fixtures ct_s58_md23_* (from
tests/fixtures/review/make_s58_md23.py); readings written by hand before the run."""
from __future__ import annotations


def _notes(r):
    return {i["level3"]: (i["weight"], i["score"], i["note"]) for i in r.tables["indicators"]}


def test_word_result_shares_the_merged_points(read):
    got = _notes(read("ct_s58_md23_word_result.txt"))
    assert got["路面平整度"] == (None, None, "与“工程验收质量”共用分值、得分")
    assert got["工程验收质量"][2] is None


def test_not_measured_shares_nothing(read):
    got = _notes(read("ct_s58_md23_not_measured.txt"))
    assert got["标志标牌设置数量"] == (None, None, None)
    assert got["路面平整度"] == (None, None, None)

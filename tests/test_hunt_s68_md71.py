"""Mend md71 (session 68) of read-only review rd71's groups D and E.

What was mended:
- D: extract/scan.py `_label_cuts`' branch of mend md69 (a value and its label read as one word, the label's value
  after a blank) cut a level's source label off its level word, `中央财政补助资金 120` -> `中央 | 财政补助资金 | 120`,
  and a name's label off its kind, `农村公路建设项目名称 某路`.
- E: parsers/core.py's head look-alikes of hunt sn8's groups applied to clean text cells of two characters: `分销`
  (distribution, a real word) read as the 分值 head.

Decided:
- `_label_cuts` leaves a word ending in a label whole when the word is a money source (parsers.forms `_is_source`, a
  level's fiscal money `_level_fiscal_name`), when the part before the label is a level's word (中央 / 省级 / 县本级 /
  本级 …), or when the label is the name's (no value stands before a form's first label).
- A clean text cell of fewer than 3 characters takes only the older look-alikes (自 / 待 / 栎 …, as before sn8);
  sn8's groups (销 for 值, 排 for 指 …) need 3 characters or more there (`指标销`, `三级播标`) and any length on OCR'd
  cells.
Kept: md69's `一般公共预算资金项目负责人 王小明` cut at 项目负责人; hunt sn3's cuts; the three dumps holding `分销` read
  their indicators the same before and after (the table reading did not take the `分销` row for a head at BASE
  either: E was confirmed at the function only).
Left: a text dump's two-character head read with one of sn8's look-alikes (`排标` for 指标) is no head now.
"""
from __future__ import annotations

import pytest

from extract.scan import _label_cuts
from parsers.core import _lookalike_header_matches, _text_header_matches


@pytest.mark.parametrize("box", [
    "中央财政补助资金 120", "省级财政资金 200", "县本级财政资金 30", "本级财政拨款 50", "市级财政补助资金 80",
    "农村公路建设项目名称 某路", "区级财政配套资金 45",
])
def test_level_source_and_name_label_whole(box):
    """A level's source label or a name's label with its kind before it is one word: no cut in it."""
    assert _label_cuts(box) == []


def test_value_then_label_still_cut():
    """md69's case: a value read together with the next cell's label is still cut at the label and after the blank."""
    assert _label_cuts("一般公共预算资金项目负责人 王小明") == [8, 14]
    assert _label_cuts("德江县文体广电旅游局项目负责人 王小明") == [10, 16]
    assert _label_cuts("一般公共预算资金 项目负责人 王小明") == [9, 15]


def test_short_text_cell_no_new_lookalike():
    """`分销` in a clean text cell is a word, no 分值 head; on an OCR'd cell the look-alike still proves 分值."""
    assert _text_header_matches("分销") == {}
    assert _text_header_matches("分销渠道") == {}
    assert _lookalike_header_matches("分销", ocr=True)["indicator"][0] == "weight"


@pytest.mark.parametrize("text, role", [("指标销", "target"), ("三级播标", "level3"), ("待分", "score"),
                                        ("自标值", "target")])
def test_text_lookalikes_kept(text, role):
    """Three characters or more, or an older look-alike, on a text cell: the head as sn8 and rv83 read it."""
    assert _text_header_matches(text)["indicator"][0] == role


def _rows(r):
    return [(i["level1_std"], i["level2"], i["level3"], i["op"], i["value"], i["unit"]) for i in r.tables["indicators"]]


def test_dump_fenxiao_level3(read):
    r = read("ct_s68_md71_level3.txt")
    assert ("output", "数量指标", "分销", ">=", 40.0, "个") in _rows(r)
    assert len(_rows(r)) == 6


def test_dump_fenxiao_column(read):
    r = read("ct_s68_md71_column.txt")
    assert [x[2] for x in _rows(r)] == ["新建冷藏库", "冷藏库验收合格率", "带动农户增收", "农户满意度"]


def test_dump_fenxiao_self_eval(read):
    r = read("ct_s68_md71_self_eval.txt")
    assert [(x[2], i["weight"]) for x, i in zip(_rows(r), r.tables["indicators"])] == [
        ("仓储", 10.0), ("分销", 10.0), ("验收合格率", 10.0), ("农户增收", 30.0), ("农户满意度", 10.0)]

"""normalize.text: clean_text, fold_width, strip_numbering, is_placeholder."""
from __future__ import annotations

import pytest

from normalize.text import clean_text, fold_width, is_placeholder, strip_numbering


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("<p>健全</p>", "健全"),
        ("<p>2019年第一季度：招投标</p> <p>2019年第二季度：签约</p>", "2019年第一季度：招投标 2019年第二季度：签约"),
        ("第一行<br/>第二行", "第一行第二行"),   # a break between Chinese joins, as in a wrapped cell
        ("一次性项目 <input type=\"checkbox\"/> 经常性项目 <input checked=\"\" type=\"checkbox\"/>", "一次性项目 经常性项目"),
        ('<input type="checkbox" checked="" />经常性', "经常性"),
        ("  a\u3000\u3000b\n\tc\u00a0d  ", "a b c d"),
        ("&gt;=90%", ">=90%"),
        ("&lt;p&gt;", "<p>"),  # an escaped tag is text, not a tag
        ("A&amp;B", "A&B"),
        ("<2次", "<2次"),
        ("< 2次", "< 2次"),
        ("（全角）：保留", "（全角）：保留"),  # no width folding here
        ("\ufeff项目名称\u200b", "项目名称"),
        ("<!-- note -->x", "x"),
        ("", None),
        ("   ", None),
        ("\u3000\n", None),
        ("<br/>", None),
        ("<p></p>", None),
        (None, None),
    ],
)
def test_clean_text(written, expected):
    assert clean_text(written) == expected


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("（）", "()"),
        ("：", ":"),
        ("＞＝９０％", ">=90%"),
        ("０１２３４５６７８９", "0123456789"),
        ("ＡＢＣａｂｃ", "ABCabc"),
        ("全年，7×24小时", "全年,7×24小时"),
        ("a\u3000b", "a b"),
        ("～", "~"),
        ("》=90%", "》=90%"),  # not full-width ASCII
        ("汉字", "汉字"),
        ("", ""),
    ],
)
def test_fold_width(written, expected):
    assert fold_width(written) == expected


def test_fold_width_none():
    assert fold_width(None) is None


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("指标1：标准制修订", "标准制修订"),
        ("指标2: 品牌创新能力指数", "品牌创新能力指数"),
        ("指标 3:标准宣贯及体系建设", "标准宣贯及体系建设"),
        ("指标1:标准化研讨交流", "标准化研讨交流"),
        ("一、项目总预算：556000", "项目总预算：556000"),
        ("一、项目总预算：", "项目总预算："),
        ("二、当年预算：", "当年预算："),
        ("（一）财政拨款：", "财政拨款："),
        ("(二)其他资金：", "其他资金："),
        ("（1）宣传", "宣传"),
        ("1、完善质量工作机制", "完善质量工作机制"),
        ("1. 上级财政拨款：", "上级财政拨款："),
        ("1．上级财政拨款", "上级财政拨款"),
        ("2.本级财政安排", "本级财政安排"),
        ("12、区域工程质量水平", "区域工程质量水平"),
        ("①质量强区工作推进", "质量强区工作推进"),
        ("⑵ 质量", "质量"),
        # numbers that belong to the name
        ("12315话务设备改造完成率", "12315话务设备改造完成率"),
        ("12345市民热线协调工作完成率", "12345市民热线协调工作完成率"),
        ("12315/12345热线接通率", "12315/12345热线接通率"),
        ("2.5万元", "2.5万元"),
        ("12:30开始", "12:30开始"),
        ("2019年第一季度", "2019年第一季度"),
        ("“六统一”联络点覆盖率", "“六统一”联络点覆盖率"),
        ("指标体系建设", "指标体系建设"),
        ("指标一致性", "指标一致性"),
        ("一次性项目", "一次性项目"),
        ("十分满意", "十分满意"),
        # kept as written: no width folding of the rest
        ("指标1：第三方评估（中期）报告", "第三方评估（中期）报告"),
        ("<p>指标1：宣传</p>", "宣传"),
        ("1、", None),
        ("", None),
        (None, None),
    ],
)
def test_strip_numbering(written, expected):
    assert strip_numbering(written) == expected


@pytest.mark.parametrize(
    "written",
    [None, "", "  ", "-----", "--", "—", "——", "/", "／", "- -", "(年 - 年)", "（年-年）", "(年-年)",
     "年 月 日", "年月日", "年 月 日 至 年 月 日", "……", "_____", "<p></p>", "\u3000"],
)
def test_placeholders(written):
    assert is_placeholder(written) is True


@pytest.mark.parametrize(
    "written",
    ["无", "健全", "0", "0.00", "-3.5", "2020年", "2020年1月1日", "(2020年)", "年度绩效目标", "N/A计划", "√", "1"],
)
def test_not_placeholders(written):
    assert is_placeholder(written) is False


def test_br_tags_are_line_breaks_joined_as_wrapped_cells():
    from normalize.text import clean_text
    assert clean_text("运维保障学校<br>数量") == "运维保障学校数量"
    assert clean_text("运行；<BR/>2.完成") == "运行；2.完成"
    assert clean_text("word<br>next") == "word next"
    assert clean_text("<br/>") is None

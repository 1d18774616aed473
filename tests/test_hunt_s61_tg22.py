"""Hunt tg22: indicator targets the last session left, and shapes not tried before.

- a measure's name opening with an age group or a type's figure (`65岁以上老年人健康管理率70%以上`,
  `0-6岁儿童健康管理率≥90%`, `3岁以下儿童系统管理率：85%`, `2型糖尿病患者规范管理率≥60%`): the figure, the whole name the
  qualifier, as a name of words alone reads (normalize.targets.NAME_OPENING_FIGURE); in a name cell packing the name
  and its target, the 指标值 cell empty, the two split (parsers.core's name patterns);
- a bare `零` (`实现零`): `=` 0, as `0` reads;
- kept: a bare share after a label (`检测结果：95%`) reads `=`, whatever the name's kind (a 率's too: the contract's
  `100%` is `=`; the direction unsaid is the audits' to weigh); a long name and a blank before its figure
  (`城乡居民医保参保率 95%以上`) already read; the shapes the brief listed (`≥95%（含）`, `每年不少于2次`, `＞＝９０％` …).

Fixtures ct_s61_tg22_* from make_s61_tg22.py. Expected readings written by hand before jixiao was run."""
from __future__ import annotations

import pytest

from normalize.targets import Target, split_named_target, split_target
from tests.hunt_tools import indicator_targets, warning_codes


def T(op=None, value=None, value_max=None, unit=None, qualifier=None, text=None) -> Target:
    return Target(op=op, value=value, value_max=value_max, unit=unit, qualifier=qualifier, target_text=text)


FIXED = [
    # a name opening with an age group or a type (main: text)
    ("65岁以上老年人健康管理率70%以上", T(">=", 70.0, unit="%", qualifier="65岁以上老年人健康管理率")),
    ("60岁以上老年人健康管理率 70%以上", T(">=", 70.0, unit="%", qualifier="60岁以上老年人健康管理率")),
    ("65岁以上老年人健康管理率≥70%", T(">=", 70.0, unit="%", qualifier="65岁以上老年人健康管理率")),
    ("0-6岁儿童健康管理率≥90%", T(">=", 90.0, unit="%", qualifier="0-6岁儿童健康管理率")),
    ("０～６岁儿童眼保健和视力检查覆盖率≥90%", T(">=", 90.0, unit="%", qualifier="0~6岁儿童眼保健和视力检查覆盖率")),
    ("3岁以下儿童系统管理率：85%", T("=", 85.0, unit="%", qualifier="3岁以下儿童系统管理率")),
    ("35-64岁妇女宫颈癌筛查率不低于90%", T(">=", 90.0, unit="%", qualifier="35-64岁妇女宫颈癌筛查率")),
    ("2型糖尿病患者规范管理率≥60%", T(">=", 60.0, unit="%", qualifier="2型糖尿病患者规范管理率")),
    ("65岁以上老年人健康管理率达到70%", T(">=", 70.0, unit="%", qualifier="65岁以上老年人健康管理率")),
    # the figure zero in words (main: text)
    ("零", T("=", 0.0)),
    ("实现零", T("=", 0.0)),
]

KEPT = [
    # a bare figure after a label: `=`, the label the qualifier, whatever the name's kind
    ("检测结果：95%", T("=", 95.0, unit="%", qualifier="检测结果")),
    ("合格率：95%", T("=", 95.0, unit="%", qualifier="合格率")),
    ("合格率：≥95%", T(">=", 95.0, unit="%", qualifier="合格率")),
    ("城乡居民医保参保率 95%以上", T(">=", 95.0, unit="%", qualifier="城乡居民医保参保率")),
    # split_target alone keeps a name run into a bare figure text (a packed row's name and target), age or not
    ("65岁以上老年人健康管理率100%", T(text="65岁以上老年人健康管理率100%")),
    # an age with a count after it is no measure's name
    ("60岁以上老人10人", T(text="60岁以上老人10人")),
    # 零 opening or ending a word, or words before it naming no harm
    ("零星", T(text="零星")), ("清零", T(text="清零")), ("安全零", T(text="安全零")), ("一百零", T(text="一百零")),
    ("零事故", T("=", 0.0, qualifier="事故")),
    # a negation naming no harm says no count
    ("杜绝", T(text="杜绝")), ("不发生", T(text="不发生")), ("无", T(text="无")),
    # shapes the brief listed, read already
    ("≥95%（含）", T(">=", 95.0, unit="%", qualifier="含")),
    ("95%（含）以上", T(">=", 95.0, unit="%", qualifier="含")),
    ("不少于3次/年", T(">=", 3.0, unit="次/年")),
    ("每年不少于2次", T(">=", 2.0, unit="次/年")),
    ("1次/季度", T("=", 1.0, unit="次/季度")),
    ("≤15个工作日", T("<=", 15.0, unit="个工作日")),
    ("3个工作日内", T("<=", 3.0, unit="个工作日")),
    ("当年12月底前", T(text="当年12月底前")),
    ("2025年6月30日前完成", T(text="2025年6月30日前完成")),
    ("100%（按期）", T("=", 100.0, unit="%", qualifier="按期")),
    ("达标", T(text="达标")), ("显著提升", T(text="显著提升")), ("有所改善", T(text="有所改善")),
    ("逐步提高", T(text="逐步提高")),
    ("＞＝９０％", T(">=", 90.0, unit="%")),
    ("９０％－９５％", T("range", 90.0, 95.0, unit="%")),
    ("90%-95%", T("range", 90.0, 95.0, unit="%")),
    ("90~95%", T("range", 90.0, 95.0, unit="%")),
    ("95％以上", T(">=", 95.0, unit="%")),
    ("1万人次以上", T(">=", 1.0, unit="万人次")),
    ("≥1.2亿元", T(">=", 120000000.0, unit="元")),
    ("0", T("=", 0.0)),
]


@pytest.mark.parametrize("raw,want", FIXED)
def test_fixed(raw, want):
    assert split_target(raw) == want


@pytest.mark.parametrize("raw,want", KEPT)
def test_kept(raw, want):
    assert split_target(raw) == want


def test_named_cell_age_name():
    """A 指标值 cell repeating an age group's measure before a bare figure (main: text)."""
    assert split_named_target("65岁以上老年人健康管理率100%") == T("=", 100.0, unit="%",
                                                                  qualifier="65岁以上老年人健康管理率")


def _ind(r) -> dict:
    return {i["level3"]: (i["op"], i["value"], i["value_max"], i["unit"], i["qualifier"], i["target_text"])
            for i in r.tables["indicators"]}


def test_age_names_in_value_cells(read):
    """Main: the five cells whose name opens with a figure text, their figures lost."""
    got = _ind(read("ct_s61_tg22_ages.txt"))
    assert got == {
        "老年人健康管理率": (">=", 70.0, None, "%", "65岁以上老年人健康管理率", None),
        "儿童健康管理率": (">=", 90.0, None, "%", "0-6岁儿童健康管理率", None),
        "婴幼儿系统管理率": ("=", 85.0, None, "%", "3岁以下儿童系统管理率", None),
        "糖尿病患者规范管理率": (">=", 60.0, None, "%", "2型糖尿病患者规范管理率", None),
        "妇女宫颈癌筛查率": (">=", 90.0, None, "%", "35-64岁妇女宫颈癌筛查率", None),
        "医保参保率": (">=", 95.0, None, "%", "城乡居民医保参保率", None),
        "水质检测": ("=", 95.0, None, "%", "检测结果", None),
        "老年人体检完成时限": (None, None, None, None, None, "2025年11月底前"),
        "居民健康素养水平": (None, None, None, None, None, "逐步提高"),
        "居民满意度": (">=", 85.0, None, "%", None, None),
    }


def test_packed_age_name_cells(read):
    """`三级指标 | 指标值`, name cells packing an age group's measure and its target, 指标值 empty. Main: the whole cells
    the names, target_missing twice."""
    r = read("ct_s61_tg22_name_rows.txt")
    assert indicator_targets(r) == [
        (None, None, "60岁以上老年人健康管理率", ">=", 70.0, "%"),
        (None, None, "城乡居民医保参保率", ">=", 95.0, "%"),
        (None, None, "0～6岁儿童眼保健和视力检查覆盖率", ">=", 90.0, "%"),
        (None, None, "高血压患者规范管理率", ">=", 60.0, "%"),
    ]
    assert "target_missing" not in warning_codes(r)


def test_shapes_in_a_form(read):
    """The brief's shapes in a form: all as split_target reads them; main: `零` text."""
    got = _ind(read("ct_s61_tg22_shapes.txt"))
    assert len(got) == 19
    assert got["重特大事故"] == ("=", 0.0, None, None, None, None)
    assert got["较大以上事故起数"] == ("=", 0.0, None, None, None, None)
    assert got["企业安全检查覆盖率"] == (">=", 95.0, None, "%", "含", None)
    assert got["重点企业检查频次"] == (">=", 2.0, None, "次/年", None, None)
    assert got["安全培训人次"] == (">=", 1.0, None, "万人次", None, None)
    assert got["执法文书合格率"] == (">=", 90.0, None, "%", None, None)
    assert got["检查记录完整率"] == ("range", 90.0, 95.0, "%", None, None)
    assert got["举报核查时限"] == ("<=", 3.0, None, "个工作日", None, None)
    assert got["年度检查完成时间"] == (None, None, None, None, None, "当年12月底前")
    assert got["项目完成率"] == ("=", 100.0, None, "%", "按期", None)
    assert got["项目总投入"] == (">=", 120000000.0, None, "元", None, None)
    assert got["非法违法生产行为"] == (None, None, None, None, None, "杜绝")

"""Hunt tg21: indicator targets the last session left.

- a measure's name longer than eight characters run into its figure (`城乡居民基本医疗保险参保率95%以上`, in a 指标值 cell
  `城乡居民医疗费用结算及时率100%`): the figure, the name the qualifier, as a shorter name reads (_LONG_NAME's sense, a
  sentence of a means and a result still text);
- a packed name cell alone in the name column (`门诊慢特病待遇享受人员覆盖率不低于90%`, the 指标值 cell empty) split into
  name and target as in level columns (tg20's strict xfail lifted), a remark `说明：…` there kept whole;
- a table of level columns only, the target written in the 三级 cell: the target kept (it was an unplaced_cell);
- a grade's `（含）` no qualifier (`良好（含）以上`: `>=` 良好); a grade or a share after a grade's label
  (`评价等级：优`: 优, 评价等级; `等级：95%`: `=` 95 %, 等级);
- the grade words one list (normalize.targets.GRADE_WORDS) for the records, the forms, the core and the targets.

Fixtures ct_s60_tg21_* from make_s60_tg21.py. Expected readings written by hand before jixiao was run."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

import normalize.records as records
import normalize.targets as targets
import parsers.core as core
import parsers.forms as forms
import parsers.tables as tables
from normalize.targets import Target, split_named_target, split_target
from tests.hunt_tools import indicator_targets, only_project, warning_codes

ROOT = Path(__file__).resolve().parents[1]


def T(op=None, value=None, value_max=None, unit=None, qualifier=None, text=None) -> Target:
    return Target(op=op, value=value, value_max=value_max, unit=unit, qualifier=qualifier, target_text=text)


FIXED = [
    # a long measure's name run into its bounded figure (main: text)
    ("城乡居民基本医疗保险参保率95%以上", T(">=", 95.0, unit="%", qualifier="城乡居民基本医疗保险参保率")),
    ("门诊慢特病待遇享受人员覆盖率90%及以上", T(">=", 90.0, unit="%", qualifier="门诊慢特病待遇享受人员覆盖率")),
    ("城乡居民医疗费用结算及时率：100%", T("=", 100.0, unit="%", qualifier="城乡居民医疗费用结算及时率")),
    # a grade's 含 says no more than its bound (main: qualifier 含)
    ("良好（含）以上", T(">=", text="良好")),
    ("等级：良好（含）以上", T(">=", qualifier="等级", text="良好")),
    # a grade alone or a share after a grade's label (main: text)
    ("评价等级：优", T(qualifier="评价等级", text="优")),
    ("考核结果：合格", T(qualifier="考核结果", text="合格")),
    ("评级：AAA级", T(qualifier="评级", text="AAA级")),
    ("等级：95%", T("=", 95.0, unit="%", qualifier="等级")),
    # grade words of the one list the targets lacked (main: text)
    ("一般以上", T(">=", text="一般")),
    ("较差以下", T("<=", text="较差")),
    # tg18's left: a grade's bound and the grade aimed at beyond it; a note of a year in mixed brackets (main: text)
    ("良好以上，力争优秀", T(">=", qualifier="力争优秀", text="良好")),
    ("≥95%（2024年底前》", T(">=", 95.0, unit="%", qualifier="2024年底前")),
]

KEPT = [
    # sentences of a means and a result, no measure's name
    ("通过开展培训提升农民种植技术水平90%以上", T(text="通过开展培训提升农民种植技术水平90%以上")),
    ("项目建成后有效改善群众生活水平90%以上", T(text="项目建成后有效改善群众生活水平90%以上")),
    ("完成率100%", T(text="完成率100%")),
    ("季度1次以上", T(">=", 1.0, unit="次/季度")),
    ("等级：90分钟", T(text="等级:90分钟")),
    ("其中：良好", T(text="其中:良好")),
    ("95%（含）以上", T(">=", 95.0, unit="%", qualifier="含")),
    ("良好左右", T(text="良好左右")),
    ("初中以上", T(text="初中以上")),
    ("中国", T(text="中国")),
    ("良好以上，争取", T(text="良好以上,争取")),
    ("≥95%〈5%)", T(">=", text="95%〈5%)")),
    # shapes not seen in a hunt before, read already
    ("＞＝９０％", T(">=", 90.0, unit="%")),
    ("≧90%", T(">=", 90.0, unit="%")),
    ("≦5%", T("<=", 5.0, unit="%")),
    ("90%及以上", T(">=", 90.0, unit="%")),
    ("大于等于90%", T(">=", 90.0, unit="%")),
    ("≤3‰", T("<=", 3.0, unit="‰")),
    ("0.5-1元/吨", T("range", 0.5, 1.0, unit="元/吨")),
    ("不低于上年", T(">=", text="上年")),
    ("较上年提高5个百分点", T("=", 5.0, unit="个百分点", qualifier="较上年提高")),
    ("100%完成", T("=", 100.0, unit="%", qualifier="完成")),
    ("按期完成", T(text="按期完成")),
    ("≥1.5万人次", T(">=", 1.5, unit="万人次")),
    ("不超过预算", T("<=", text="预算")),
    ("达到国家二级标准", T(text="达到国家二级标准")),
]


@pytest.mark.parametrize("raw,want", FIXED)
def test_fixed(raw, want):
    assert split_target(raw) == want


@pytest.mark.parametrize("raw,want", KEPT)
def test_kept(raw, want):
    assert split_target(raw) == want


def test_named_cell_long_name():
    """A 指标值 cell repeating a long name before a bare figure (main: text)."""
    assert split_named_target("城乡居民基本医疗保险参保率100%") == T("=", 100.0, unit="%",
                                                                   qualifier="城乡居民基本医疗保险参保率")
    assert split_named_target("按期完成率100%") == T("=", 100.0, unit="%", qualifier="按期完成率")     # guard
    # guard: a grade in free words is no measure's name (tg18, rv64)
    assert split_named_target("达到良好以上水平的学校占比90%") == T(text="达到良好以上水平的学校占比90%")


def _ind(r) -> dict:
    return {i["level3"]: (i["op"], i["value"], i["value_max"], i["unit"], i["qualifier"], i["target_text"])
            for i in r.tables["indicators"]}


def test_long_names_in_value_cells(read):
    """Main: the four long names' cells text, their figures lost."""
    r = read("ct_s60_tg21_long_names.txt")
    assert only_project(r)["name"] == "城乡居民医疗保障补助项目"
    got = _ind(r)
    assert got == {
        "基本医疗保险参保率": (">=", 95.0, None, "%", "城乡居民基本医疗保险参保率", None),
        "住院费用报销比例": ("~", 70.0, None, "%", "政策范围内住院费用基金支付比例", None),
        "医疗费用结算及时率": ("=", 100.0, None, "%", "城乡居民医疗费用结算及时率", None),
        "农民种植技术水平": (None, None, None, None, None, "通过开展培训提升农民种植技术水平90%以上"),
        "参保群众满意度": (">=", 90.0, None, "%", "参保群众对医保经办服务满意度", None),
    }


def test_packed_name_cells_alone(read):
    """`三级指标 | 指标值`, the name cells packing their targets, 指标值 empty. Main: the whole cells the names,
    target_missing four times."""
    r = read("ct_s60_tg21_name_rows.txt")
    assert indicator_targets(r) == [
        (None, None, "城乡居民基本医疗保险参保率", ">=", 95.0, "%"),
        (None, None, "医疗费用结算及时率", "=", 100.0, "%"),
        (None, None, "门诊慢特病待遇享受人员覆盖率", ">=", 90.0, "%"),
        (None, None, "大病保险起付线以上报销比例", ">=", 60.0, "%"),
        (None, None, "参保群众满意度", ">=", 90.0, "%"),
    ]
    assert "target_missing" not in warning_codes(r)


def test_no_value_column(read):
    """`一级指标 | 二级指标 | 三级指标`, the targets in the 三级 cells. Main: the targets lost, unplaced_cell four times."""
    r = read("ct_s60_tg21_no_value_col.txt")
    assert indicator_targets(r) == [
        ("产出指标", "数量指标", "城乡居民基本医疗保险参保率", ">=", 95.0, "%"),
        ("产出指标", "质量指标", "医疗费用结算及时率", "=", 100.0, "%"),
        ("产出指标", "时效指标", "异地就医直接结算率", ">=", 85.0, "%"),
        ("满意度指标", "服务对象满意度指标", "参保群众满意度", ">=", 90.0, "%"),
    ]
    assert "unplaced_cell" not in warning_codes(r)


def test_grade_targets(read):
    """Main: `良好（含）以上` kept 含; `评价等级：优`, `考核结果：合格`, `等级：95%` text."""
    got = _ind(read("ct_s60_tg21_grades.txt"))
    assert got["教学质量评估等级"] == (">=", None, None, None, None, "良好")
    assert got["学校年度考核"] == (None, None, None, None, "评价等级", "优")
    assert got["教师考核合格情况"] == (None, None, None, None, "考核结果", "合格")
    assert got["学生体质健康达标等级"] == ("=", 95.0, None, "%", "等级", None)


def test_new_shapes_in_a_form(read):
    """Guard (right on main): the new shapes read in a form as split_target reads them."""
    got = _ind(read("ct_s60_tg21_grades.txt"))
    assert len(got) == 19
    assert got["教师培训合格率"] == (">=", 90.0, None, "%", None, None)
    assert got["课堂教学达标率"] == (">=", 90.0, None, "%", None, None)
    assert got["学生近视新发率"] == ("<=", 5.0, None, "%", None, None)
    assert got["课后服务覆盖率"] == (">=", 90.0, None, "%", None, None)
    assert got["教学设备完好率"] == (">=", 90.0, None, "%", None, None)
    assert got["校园安全事故发生率"] == ("<=", 3.0, None, "‰", None, None)
    assert got["项目按期完成"] == (None, None, None, None, None, "按期完成")
    assert got["生均公用经费增长"] == (">=", None, None, None, None, "上年")
    assert got["单位能耗成本"] == ("range", 0.5, 1.0, "元/吨", None, None)
    assert got["项目支出控制"] == ("<=", None, None, None, None, "预算")
    assert got["优质均衡发展指数"] == ("=", 5.0, None, "个百分点", "较上年提高", None)
    assert got["教师培训人次"] == (">=", 1.5, None, "万人次", None, None)
    assert got["家校共育活动开展"] == ("=", 100.0, None, "%", "完成", None)
    assert got["校园饮用水水质"] == (None, None, None, None, None, "达到国家二级标准")


def test_grade_sentence_of_the_one_list(read):
    """`综合评价等级为较好。` under a 自评表: the form's grade 较好, a word of the one list the sentence's reader lacked
    (main: no grade)."""
    assert only_project(read("ct_s60_tg21_selfeval.txt"))["grade"] == "较好"


def test_one_grade_list():
    """The grade words are written once, normalize.targets.GRADE_WORDS, which the records, the forms, the core and the
    targets read (main: five lists of them, each a little different)."""
    assert records.GRADE_WORDS is targets.GRADE_WORDS
    assert forms.GRADE_WORDS is targets.GRADE_WORDS
    written = re.compile(r"优秀\|良好|良好\|优\||\(优秀\||优秀\|优良")
    places = [p for d in ("normalize", "parsers") for p in sorted((ROOT / d).glob("*.py"))
              if written.search(p.read_text(encoding="utf-8"))]
    assert places == [ROOT / "normalize" / "targets.py"]


@pytest.mark.parametrize("rx,text,want", [
    (forms._GRADE_ALONE, "基本合格", True), (forms._GRADE_ALONE, "优秀", True), (forms._GRADE_ALONE, "良（B）", True),
    (forms._GRADE_ALONE, "良好率", False), (forms._CONCLUSION_WORD, "良好（85分）", True),
    (forms._CONCLUSION_WORD, "优良率", False), (core._GRADE_INLINE, "等级：优", True),
    (core._GRADE_INLINE, "等级：优质", False), (tables.GRADE_WORD, "自评等级：良", True), (tables.GRADE_WORD, "中国", False),
    (records._GRADE_WITH_LEGEND, "优（90分以上为优）", True), (records._GRADE_WITH_LEGEND, "优质（…）", False),
])
def test_each_place_reads_as_before(rx, text, want):
    """Guard (right on main): each place that reads grades reads the words it read."""
    assert bool(rx.match(text)) is want


def test_each_place_takes_the_grade_as_before():
    """Guard: the grade taken out of a filled scale, a sentence and a band (right on main)."""
    assert forms._GRADE_FILLED.match("良（优：90分（含）以上；良：80-89分）").group(1) == "良"
    assert forms._GRADE_SENTENCE.search("综合评价等级为良好，").group(1) == "良好"
    assert forms._GRADE_BAND.search("优秀：90分（含）以上") is not None
    assert split_target("良好以上") == T(">=", text="良好")

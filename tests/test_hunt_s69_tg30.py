"""Hunt tg30 (session 69): indicator targets (op / value / unit / text) on spellings not seen before, and the leftovers
of rv153 and tg28.

Decided:
- a range said again in brackets in another unit, `5-10公里（5-10km）`, `2-4小时（120-240分钟）` no: only the same figures,
  `≥5-10km（5-10公里）`: no qualifier, the range, as tg29's `≥5公里（5km）` reads one figure (rv153's strict xfail passes;
  its mark is gone); other figures, `5-10公里（6-12km）`, stay the qualifier;
- 控制在 before a figure and a bound's word after it, `控制在95%以上`, `控制在1/3以上`, `控制在50人左右`: the word's
  comparison, as `保持在95%以上` reads (控制在 is a keeping word there; it read `<=` against 以上, text); `控制在5%`,
  `控制在5%以内` stay `<=`;
- a share's bound said to exclude itself, `1/3以上（不含）`, `≥1/3（不含）`, `1/3以内（不含1/3）`: the strict comparison,
  `>` / `<`, and the fraction with its bracket as text, as `≥95%（不含）` is `>` 95 (they were text, or `>=`);
- a named fraction, `占比≥1/3`, `占比1/3以上`, `比例不低于三分之一`: the comparison, the fraction as text, the name the
  qualifier, as `配套比例不低于1:1` reads (they were text);
- a label and its colon before a figure below zero, `冷冻温度：-18℃`, `温度：-5~5℃`: the figure, the label the
  qualifier, as `温度：25℃` reads (it was text: a minus after the colon was no figure's); `冷冻温度-18℃` stays text;
- the wave dash and tilde operator of input methods and converters between two figures, `0〜5%` (U+301C), `0∼5%`
  (U+223C), and the small hyphen `90%﹣95%` (U+FE63): the range, as `0~5%`, `0～5%` read (they were text);
- a comparing word between a name and a tolerance, `误差不超过±2%`, `偏差不大于±0.5℃`: the range, the name alone the
  qualifier (误差), as `误差≤±2%` reads (it was 误差不超过; `在±2%以内` no qualifier, it was 在);
- 按 before a period, `按季度1次`, `按月开展1次`, `按年度不少于2次`: a frequency, as `每季度1次` (it was `=` 1 次 with
  按季度 the qualifier in a form, the period lost, or text);
- the budget bounded with no keeping word, `预算内`, `预算范围内`, `未超预算`, `未超出批复预算`: `<=` and the budget's words,
  as `在预算内` and `不超预算` read (they were text);
- a year as the level compared with, `不低于2023年`, `不低于2023年度水平`, `高于2024年`: the comparison and the year as
  text, as `不低于上年` (they were text); a count of years, `不低于2年`, stays a quantity.

Kept (already right): the brief's `不低于上年`, `较上年提高5个百分点`, `±2%`, `误差≤0.5‰`, `1:1.2` (text), `3.5万人次以上`,
`≥98%（含）`, `≤15个工作日`, `每季度1次`, `100%完成`, `达到国家二级标准` (text), `≥ 90 %`, `≥９０％`, `90%-95%`, `0~5%`,
`不超过预算`, and `按期完成率100%` in a 指标值 cell (`=` 100 %, 按期完成率; text from split_target alone, as documented).

Decided too: tg28's 申报表 goal numbering its sentences (`1.…；2.…`, here `（1）…；（2）…`) stays the project's goal_annual
whole with the `no_indicators` warning, no indicator drawn out of it: a goal is a goal cell (the contract keeps its
sentences text), its sentences carry no levels, and a form whose table was lost is what `no_indicators` flags. tg28's
strict xfail asked the other reading; it is replaced by this decision's test (tests/test_hunt_s67_tg28.py).

Left: letter-spaced digits from a PDF, `≥9 0%`, stay `>=` and the text (two figures or one is not told by the cell);
`较上年提高5个百分比` stays text (百分比 misused for 百分点: no guess).

Fixtures ct_s69_tg30_* from make_s69_tg30.py. Expected readings written by hand before jixiao was run."""
from __future__ import annotations

import pytest

from normalize.targets import Target, split_target
from tests.hunt_tools import only_project, warning_codes

P = "ct_s69_tg30_"


def T(op=None, value=None, value_max=None, unit=None, qualifier=None, text=None) -> Target:
    return Target(op=op, value=value, value_max=value_max, unit=unit, qualifier=qualifier, target_text=text)


def _rows(r) -> dict[str, tuple]:
    return {i["level3"]: (i["op"], i["value"], i["value_max"], i["unit"], i["qualifier"], i["target_text"])
            for i in r.tables["indicators"]}


# ------------------------------------------------------------------ rv153's leftovers

@pytest.mark.parametrize("text,want", [
    ("5-10公里（5-10km）", T("range", 5.0, 10.0, unit="公里")),
    ("5-10km（5-10公里）", T("range", 5.0, 10.0, unit="km")),
    ("5~10公里（约5~10km）", T("range", 5.0, 10.0, unit="公里")),
    ("5-10公里（6-12km）", T("range", 5.0, 10.0, unit="公里", qualifier="6-12km")),
    ("2-4小时（120-240分钟）", T("range", 2.0, 4.0, unit="小时", qualifier="120-240分钟")),
])
def test_range_said_again(text, want):
    assert split_target(text) == want


@pytest.mark.parametrize("text,want", [
    ("控制在95%以上", T(">=", 95.0, unit="%")),
    ("控制在1/3以上", T(">=", text="1/3")),
    ("控制在50人左右", T("~", 50.0, unit="人")),
    ("控制在5%", T("<=", 5.0, unit="%")),
    ("控制在5%以内", T("<=", 5.0, unit="%")),
    ("控制在2-4小时", T("range", 2.0, 4.0, unit="小时")),
])
def test_keeping_word_before_bound(text, want):
    assert split_target(text) == want


@pytest.mark.parametrize("text,want", [
    ("1/3以上（不含）", T(">", text="1/3(不含)")),
    ("≥1/3（不含）", T(">", text="1/3(不含)")),
    ("1/3以内（不含1/3）", T("<", text="1/3(不含1/3)")),
    ("三分之一以上（不含本数）", T(">", text="三分之一(不含本数)")),
    ("1/3以上（含）", T(">=", text="1/3(含)")),            # tg29's
    ("≥95%（不含）", T(">", 95.0, unit="%", qualifier="不含")),
])
def test_share_excluding_itself(text, want):
    assert split_target(text) == want


@pytest.mark.parametrize("text,want", [
    ("占比≥1/3", T(">=", qualifier="占比", text="1/3")),
    ("占比1/3以上", T(">=", qualifier="占比", text="1/3")),
    ("比例不低于三分之一", T(">=", qualifier="比例", text="三分之一")),
    ("占比≥95%", T(">=", 95.0, unit="%", qualifier="占比")),
    ("配套比例不低于1:1", T(">=", qualifier="配套比例", text="1:1")),
])
def test_named_fraction(text, want):
    assert split_target(text) == want


@pytest.mark.parametrize("text,want", [
    ("冷冻温度：-18℃", T("=", -18.0, unit="℃", qualifier="冷冻温度")),
    ("温度：-5~5℃", T("range", -5.0, 5.0, unit="℃", qualifier="温度")),
    ("温度：25℃", T("=", 25.0, unit="℃", qualifier="温度")),
    ("冷冻温度-18℃", T(text="冷冻温度-18℃")),
    ("冷冻温度≤-18℃", T("<=", -18.0, unit="℃", qualifier="冷冻温度")),
])
def test_label_before_below_zero(text, want):
    assert split_target(text) == want


# ------------------------------------------------------------------ new spellings that were text or misread

@pytest.mark.parametrize("text,want", [
    ("0〜5%", T("range", 0.0, 5.0, unit="%")),
    ("0∼5%", T("range", 0.0, 5.0, unit="%")),
    ("90%﹣95%", T("range", 90.0, 95.0, unit="%")),
    ("〜80人", T("~", 80.0, unit="人")),
    ("1〜3月", T(text="1〜3月")),                          # no quantity: the text as written
])
def test_wave_dash(text, want):
    assert split_target(text) == want


@pytest.mark.parametrize("text,want", [
    ("误差不超过±2%", T("range", -2.0, 2.0, unit="%", qualifier="误差")),
    ("偏差不大于±0.5℃", T("range", -0.5, 0.5, unit="℃", qualifier="偏差")),
    ("误差≤±2%", T("range", -2.0, 2.0, unit="%", qualifier="误差")),
    ("偏差不超过5%", T("<=", 5.0, unit="%", qualifier="偏差")),
    ("在±2%以内", T("range", -2.0, 2.0, unit="%")),        # nothing compared (it was the qualifier 在)
])
def test_comparing_word_before_tolerance(text, want):
    assert split_target(text) == want


@pytest.mark.parametrize("text,want", [
    ("按季度1次", T("=", 1.0, unit="次/季度")),
    ("按月开展1次", T("=", 1.0, unit="次/月", qualifier="开展")),
    ("按年度不少于2次", T(">=", 2.0, unit="次/年")),
    ("按时完成", T(text="按时完成")),
    ("按季度", T(text="按季度")),
])
def test_by_period(text, want):
    assert split_target(text) == want


@pytest.mark.parametrize("text,want", [
    ("预算内", T("<=", text="预算")),
    ("预算范围内", T("<=", text="预算")),
    ("未超预算", T("<=", text="预算")),
    ("未超出批复预算", T("<=", text="批复预算")),
    ("不超过预算", T("<=", text="预算")),
    ("在预算内", T("<=", text="预算")),
])
def test_within_budget(text, want):
    assert split_target(text) == want


@pytest.mark.parametrize("text,want", [
    ("不低于2023年", T(">=", text="2023年")),
    ("不低于2023年度水平", T(">=", text="2023年度水平")),
    ("高于2024年", T(">", text="2024年")),
    ("不低于2年", T(">=", 2.0, unit="年")),
    ("不低于上年", T(">=", text="上年")),
])
def test_year_compared_with(text, want):
    assert split_target(text) == want


# ------------------------------------------------------------------ the brief's spellings that read already

@pytest.mark.parametrize("text,want", [
    ("不低于上年", T(">=", text="上年")),
    ("较上年提高5个百分点", T("=", 5.0, unit="个百分点", qualifier="较上年提高")),
    ("±2%", T("range", -2.0, 2.0, unit="%")),
    ("误差≤0.5‰", T("<=", 0.5, unit="‰", qualifier="误差")),
    ("1:1.2", T(text="1:1.2")),
    ("3.5万人次以上", T(">=", 3.5, unit="万人次")),
    ("≥98%（含）", T(">=", 98.0, unit="%", qualifier="含")),
    ("≤15个工作日", T("<=", 15.0, unit="个工作日")),
    ("每季度1次", T("=", 1.0, unit="次/季度")),
    ("100%完成", T("=", 100.0, unit="%", qualifier="完成")),
    ("达到国家二级标准", T(text="达到国家二级标准")),
    ("≥ 90 %", T(">=", 90.0, unit="%")),
    ("≥９０％", T(">=", 90.0, unit="%")),
    ("９０％－９５％", T("range", 90.0, 95.0, unit="%")),
    ("90%-95%", T("range", 90.0, 95.0, unit="%")),
    ("0~5%", T("range", 0.0, 5.0, unit="%")),
    ("不超过预算", T("<=", text="预算")),
    ("按期完成率100%", T(text="按期完成率100%")),          # split_target alone: a name run into its figure, text
])
def test_brief_spellings_held(text, want):
    assert split_target(text) == want


@pytest.mark.xfail(strict=True, reason="left: letter-spaced digits a PDF wrote, `≥9 0%`, stay `>=` and the text: one "
                   "figure or two is not told by the cell alone")
def test_spaced_digits_left():
    assert split_target("≥9 0%") == T(">=", 90.0, unit="%")


# ------------------------------------------------------------------ the whole forms

def test_form_water(read):
    r = read(P + "water.txt")
    assert only_project(r)["name"] == "天水市农村供水保障提升工程"
    assert _rows(r) == {
        "供水管网延伸半径": ("range", 5.0, 10.0, "公里", None, None),
        "出厂水水质达标率": (">=", 95.0, None, "%", None, None),
        "管网漏损率": ("range", 0.0, 5.0, "%", None, None),
        "智能水表计量精度": ("range", -2.0, 2.0, "%", "误差", None),
        "末梢水水质检测频次": ("=", 1.0, None, "次/季度", None, None),
        "工程建设成本": ("<=", None, None, None, None, "预算"),
        "受益脱贫人口占比": (">=", None, None, None, "占比", "1/3"),
        "新增集中供水村占比": (">", None, None, None, None, "1/3(不含)"),
        "供水保证率": (">=", None, None, None, None, "2023年"),
        "受益群众满意度": (">=", 90.0, None, "%", None, None),
    }
    assert warning_codes(r) == []


def test_form_food(read):
    r = read(P + "food.txt")
    assert only_project(r)["name"] == "赣州市食品安全监督抽检项目"
    assert _rows(r) == {
        "食品快检服务人次": (">=", 3.5, None, "万人次", None, None),
        "农贸市场监督抽检频次": ("=", 1.0, None, "次/季度", None, None),
        "抽检任务完成情况": ("=", 100.0, None, "%", "按期完成率", None),
        "冷库储存温度": ("=", -18.0, None, "℃", "冷冻温度", None),
        "检测结果相对误差": ("<=", 0.5, None, "‰", "误差", None),
        "检测仪器计量偏差": ("range", -2.0, 2.0, "%", None, None),
        "不合格食品核查处置": ("=", 100.0, None, "%", "完成", None),
        "抽检覆盖率": (">=", 90.0, None, "%", None, None),
        "样品判定准确率": (">=", 98.0, None, "%", "含", None),
        "实验室生物安全": (None, None, None, None, None, "达到国家二级标准"),
        "快检阳性复检比例": ("range", 90.0, 95.0, "%", None, None),
        "检验报告出具时限": ("<=", 15.0, None, "个工作日", None, None),
        "问题食品下架超时率": ("range", 0.0, 5.0, "%", None, None),
        "抽检经费": ("<=", None, None, None, None, "预算"),
        "市县经费配套比例": (None, None, None, None, None, "1:1.2"),
        "食品安全抽检合格率": (">=", None, None, None, None, "上年"),
        "群众食品安全知晓率": ("=", 5.0, None, "个百分点", "较上年提高", None),
        "群众满意度": (">=", 90.0, None, "%", None, None),
    }
    assert warning_codes(r) == []


def test_goal_numbered_stays_goal(read):
    r = read(P + "goal_numbered.txt")
    p = only_project(r)
    assert p["name"] == "吕梁市村卫生室标准化建设项目"
    assert p["goal_annual"] == "（1）新建标准化村卫生室15个；（2）乡村医生培训考核合格率≥95%；（3）群众满意度不低于90%。"
    assert r.tables["indicators"] == []
    assert warning_codes(r) == ["no_indicators"]

"""Review rv46 (session 56) of hunt tg14 (targets): its readings probed with new cells and forms (tests/fixtures/
review/ct_s56_rv46_units.txt, ct_s56_rv46_bare.txt, ct_s56_rv46_selfeval.txt, from tests/fixtures/review/
make_s56_rv46.py); each reading written by hand before the run.

Decided:
- The value cell of words joined with the 计量单位 cell only when that cell holds a figure AND its unit
  (`较上年增长 | 10%`, `新建 | 3座`, `全年 | 12次`): a bare figure there (`降低 | 10`, `较上年提高 | 5`, with no
  分值 column to take it) is no unit — a weight or another column's figure shifted in by a cut cell — and a unit
  named in a power of ten (`新建 | 10⁴m3`, 万立方米) is a unit, no figure: both read as before tg14 (the words,
  text), where tg14 gave `=` 10, `=` 5 and `=` 10000 m3.
- A deed's count is no ordinal (`新建2号楼`, `改造3号线`, `新建一期`: which one, which phase, text — tg14 read `=` 2 号楼) nor a share
  (`新建1个百分点`, as tg14 kept `新增10%`); `完成2024` (a year cut from its 年) stays text as `完成2024年` (tg14 read
  `=` 2024).
- `约为` after a change is `约` (`较上年增长约为10%`: `~` 10 %, 较上年增长, as `约为10%` alone reads `~`; it was text,
  and so the joined `较上年增长约为 | 10%`).
Kept (tg14's decisions checked and right): `完成10个村` `=` 10 个, 村 (as `完成≥10个村` reads; the guards of tq4, tg9,
s31 norm and test_normalize_targets changed for it, rightly), `完成2000户`, `新增10个以上`, `2024年较上年增长10%`;
the near-misses `完成率≥95%`, `完成时间2024年底前`, `改造后`, `建成后使用年限≥20年`, `新增就业岗位100个`,
`2024年底前完成`, `约10%`, `延长线3公里`, `延长至2025年底`; in tables `95 | %`, `95 | 公里`, `达标 | m3`,
`明显扩大 | km2`, `按标准发放 | 元/人·月`, a 自评表 row whose 计量单位 cell was cut (`较上年增长 | 12%` then the
分值: 12% the actual, the target text).
"""
from __future__ import annotations

import pytest

from normalize.targets import Target, split_target


def T(op=None, value=None, value_max=None, unit=None, qualifier=None, text=None) -> Target:
    return Target(op=op, value=value, value_max=value_max, unit=unit, qualifier=qualifier, target_text=text)


def X(text: str) -> Target:
    return T(text=text)


CELLS = [
    # fixed (fbe7d46b: the reading after the arrow)
    ("新建2号楼", X("新建2号楼")),                                  # was `=` 2 号楼, 新建
    ("改造3号线", X("改造3号线")),                                  # was `=` 3 号线, 改造
    ("新建1个百分点", X("新建1个百分点")),                          # was `=` 1 个百分点
    ("新建一期", X("新建一期")),                                    # was `=` 1 期 (phase one)
    ("改造2期", X("改造2期")),                                      # was `=` 2 期
    ("新增1.2万人", T("=", 1.2, unit="万人", qualifier="新增")),       # kept (tg14's)
    ("完成2024", X("完成2024")),                                    # was `=` 2024
    ("较上年增长约为10%", T("~", 10.0, unit="%", qualifier="较上年增长")),     # was text
    ("同比下降约为3%", T("~", 3.0, unit="%", qualifier="同比下降")),          # was text
    ("新增约为10个", T("~", 10.0, unit="个", qualifier="新增")),              # was text
    # kept (tg14's, right)
    ("完成10个村", T("=", 10.0, unit="个", qualifier="村")),
    ("完成≥10个村", T(">=", 10.0, unit="个", qualifier="村")),
    ("完成2000户", T("=", 2000.0, unit="户")),
    ("新增10个以上", T(">=", 10.0, unit="个", qualifier="新增")),
    ("2024年较上年增长10%", T("=", 10.0, unit="%", qualifier="2024年较上年增长")),
    ("较上年增长约10%", T("~", 10.0, unit="%", qualifier="较上年增长")),
    ("延长3年", T("=", 3.0, unit="年", qualifier="延长")),
    # near-misses (read as before tg14)
    ("约10%", T("~", 10.0, unit="%")),
    ("约为10%", T("~", 10.0, unit="%")),
    ("完成率≥95%", T(">=", 95.0, unit="%", qualifier="完成率")),
    ("完成时间2024年底前", X("完成时间2024年底前")),
    ("完成2024年", X("完成2024年")),
    ("改造后", X("改造后")),
    ("建成后使用年限≥20年", T(">=", 20.0, unit="年", qualifier="建成后使用年限")),
    ("新增就业岗位100个", T("=", 100.0, unit="个", qualifier="新增就业岗位")),   # (hunt tg15: the thing made named)
    ("新增就业岗位", X("新增就业岗位")),
    ("2024年底前完成", X("2024年底前完成")),
    ("2024年较上年增长", X("2024年较上年增长")),
    ("延长线3公里", T("=", 3.0, unit="公里", qualifier="延长线")),   # (hunt tg15: the words kept, either reading)
    ("延长至2025年底", X("延长至2025年底")),
    ("服务期延长至2026年", X("服务期延长至2026年")),
    ("较上年增长约10%以上", X("较上年增长约10%以上")),
]


@pytest.mark.parametrize(("text", "want"), CELLS, ids=[c[0] for c in CELLS])
def test_cell(text, want):
    assert split_target(text) == want


def _ind(r) -> dict:
    return {i["level3"]: (i["op"], i["value"], i["value_max"], i["unit"], i["qualifier"], i["target_text"])
            for i in r.tables["indicators"]}


def test_units_with_a_weight_column(read):
    r = read("ct_s56_rv46_units.txt")
    got = _ind(r)
    assert len(got) == 15
    assert got["新建泵房"] == (None, None, None, None, None, "新建")                 # was `=` 2 号楼
    assert got["供水量"] == ("~", 10.0, None, "%", "较上年增长", None)              # was text 较上年增长约为
    # kept
    assert got["新建蓄水池"] == ("=", 3.0, None, "座", "新建", None)
    assert got["供水收入"] == ("=", 10.0, None, "%", "较上年增长", None)
    assert got["改造供水管网"] == ("=", 95.0, None, "公里", None, None)
    assert got["供水管网覆盖率"] == ("=", 95.0, None, "%", None, None)
    assert got["日供水能力"] == (None, None, None, None, None, "达标")
    assert got["水源保护区面积"] == (None, None, None, None, None, "明显扩大")
    assert got["人均水费补助"] == (None, None, None, None, None, "按标准发放")
    assert got["管网养护成本"] == ("<=", None, None, None, None, "预算")
    assert got["集中供水率"] == (">=", 90.0, None, "%", None, None)
    w = {i["level3"]: i["weight"] for i in r.tables["indicators"]}
    assert (w["出厂水浊度"], w["水压合格率"]) == (10.0, 5.0)       # the cut row's figure its weight, no target
    assert got["出厂水浊度"] == (None, None, None, None, None, "降低")


def test_units_without_a_weight_column(read):
    got = _ind(read("ct_s56_rv46_bare.txt"))
    assert got["污水处理规模"] == (None, None, None, None, None, "新建")            # was `=` 10000 m3, 新建
    assert got["出水COD浓度"] == (None, None, None, None, None, "降低")             # was `=` 10, 降低
    assert got["达标排放率"] == (None, None, None, None, None, "较上年提高")         # was `=` 5, 较上年提高
    assert got["污水收集量"] == ("~", 10.0, None, "%", "较上年增长", None)          # was text
    # kept
    assert got["新建污水处理站"] == ("=", 3.0, None, "座", "新建", None)
    assert got["巡查次数"] == ("=", 12.0, None, "次", "全年", None)
    assert got["村民满意度"] == (">=", 90.0, None, "%", None, None)


def test_selfeval_row_cut_short(read):
    r = read("ct_s56_rv46_selfeval.txt")
    got = _ind(r)
    act = {i["level3"]: i["actual_raw"] for i in r.tables["indicators"]}
    # kept: the row short of its 计量单位 cell gives 12% to the actual, not to the target
    assert got["供水收入"] == (None, None, None, None, None, "较上年增长") and act["供水收入"] == "12%"
    assert got["改造户数"] == ("=", 100.0, None, "户", "改造", None) and act["改造户数"] == "98户"
    assert got["新建泵站"] == (">=", 3.0, None, "座", None, None)
    assert got["改造管网"] == (None, None, None, None, None, "完成")

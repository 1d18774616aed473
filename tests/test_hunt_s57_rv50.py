"""Review rv50 (session 57): the targets of hunt tg15 (merge 61f4effe) probed with new cells as real forms vary them,
and a 项目绩效目标表 (tests/fixtures/review/ct_s57_rv50_targets.txt, from make_s57_rv50.py); each reading written by
hand before the run.

Decided:
- A thing named with a figure between the deed and its count (`新建5G基站10个`, `新建G320国道5公里`,
  `新建10千伏线路5公里`, `改造110千伏变电站2座`, `新建2号楼3栋`, `改造3号线路2条`, `新增5G用户1万户`): the count, the
  deed and the thing the qualifier, as `新建一号楼3栋` read already (they were text). A figure names the thing when
  glued to letters (5G, G320), a voltage's (千伏) or a number's 号; the name ends in a word (`新建3号`, `新建5G基站`,
  `新建2号楼`, `新增10个村2000人`: text as before).
- An ordinal's 第 before the figure (`新建第3个`, `新增第2批`, `新建基地第3个`, `新建第三个`): which one, no count — text
  (they read `=` 3 个, 新建第); `改造第二批3个` still reads (3 of the second batch).
- A measure's change in points (`提高满意度10个百分点`, `降低发病率2个百分点`): that change, as `满意度提高10个百分点`
  reads (a point is a difference, no level); in a share it stays text (`降低发病率10%以上`, `增长率5%`).
- Ratios' names that do not end in 率/度 (`提高覆盖面10%`, `提高市场份额5%`): text as `降低发病率10%`, `降低成本占比5%`
  (to or by is not said); a quantity's change in a share reads (`降低能耗10%`, `降低运营成本10%`: by); not any 面
  (`新建路面3公里` counts).
- The county 延长县 (and 延长石油 / 延长油田) right before a figure is no change (`延长县10个`, `延长县3年`: text, as
  `神木县10个`); `延长线3公里` reads (the words kept); `延长县新建基地3个` reads by its deed.
- A total's word before the count (`新建基地共3个`, `新增就业岗位合计50个`): no part of the thing's qualifier.
Kept (right after tg15): `验收合格后30日内支付`, `资金到位后1个月内`, `每季度结束后10日内`, `验收后三十日内`, `新建基地三个`,
`延长服务时间两小时`, `各1次`, `各两次`, texts `各乡镇1名`, `各季度1次` (a frequency, not read as a count of each),
`新建基地3` (a cut cell), `验收后30日` (no limit), `改造老旧小区30年以上`.
"""
from __future__ import annotations

import pytest

from normalize.targets import Target, split_target


def T(op=None, value=None, value_max=None, unit=None, qualifier=None, text=None) -> Target:
    return Target(op=op, value=value, value_max=value_max, unit=unit, qualifier=qualifier, target_text=text)


def X(text: str) -> Target:
    return T(text=text)


CELLS = [
    # fixed
    ("新建5G基站10个", T("=", 10.0, unit="个", qualifier="新建5G基站")),
    ("新建G320国道5公里", T("=", 5.0, unit="公里", qualifier="新建G320国道")),
    ("新建10千伏线路5公里", T("=", 5.0, unit="公里", qualifier="新建10千伏线路")),
    ("改造110千伏变电站2座", T("=", 2.0, unit="座", qualifier="改造110千伏变电站")),
    ("新建2号楼3栋", T("=", 3.0, unit="栋", qualifier="新建2号楼")),
    ("改造3号线路2条", T("=", 2.0, unit="条", qualifier="改造3号线路")),
    ("新增5G用户1万户", T("=", 1.0, unit="万户", qualifier="新增5G用户")),
    ("新建5G基站10个以上", T(">=", 10.0, unit="个", qualifier="新建5G基站")),
    ("新建第3个", X("新建第3个")),
    ("新增第2批", X("新增第2批")),
    ("新建基地第3个", X("新建基地第3个")),
    ("新建第三个", X("新建第三个")),
    ("提高满意度10个百分点", T("=", 10.0, unit="个百分点", qualifier="提高满意度")),
    ("降低发病率2个百分点", T("=", 2.0, unit="个百分点", qualifier="降低发病率")),
    ("提高群众满意度5个百分点以上", T(">=", 5.0, unit="个百分点", qualifier="提高群众满意度")),
    ("提高覆盖面10%", X("提高覆盖面10%")),
    ("提高市场份额5%", X("提高市场份额5%")),
    ("延长县10个", X("延长县10个")),
    ("延长县3年", X("延长县3年")),
    ("延长石油3个", X("延长石油3个")),
    ("新建基地共3个", T("=", 3.0, unit="个", qualifier="新建基地")),
    ("新增就业岗位合计50个", T("=", 50.0, unit="个", qualifier="新增就业岗位")),
    # kept
    ("新建一号楼3栋", T("=", 3.0, unit="栋", qualifier="新建一号楼")),
    ("改造第二批3个", T("=", 3.0, unit="个", qualifier="改造第二批")),
    ("新建2号楼", X("新建2号楼")),
    ("新建3号", X("新建3号")),
    ("新建5G基站", X("新建5G基站")),
    ("新增10个村2000人", X("新增10个村2000人")),
    ("新建2号楼10年", X("新建2号楼10年")),
    ("新增覆盖率2个百分点", X("新增覆盖率2个百分点")),
    ("降低发病率10%以上", X("降低发病率10%以上")),
    ("增长率5%", X("增长率5%")),
    ("降低成本占比5%", X("降低成本占比5%")),
    ("降低能耗10%", T("=", 10.0, unit="%", qualifier="降低能耗")),
    ("新建路面3公里", T("=", 3.0, unit="公里", qualifier="新建路面")),
    ("新建公共厕所3座", T("=", 3.0, unit="座", qualifier="新建公共厕所")),
    ("延长线3公里", T("=", 3.0, unit="公里", qualifier="延长线")),
    ("延长县新建基地3个", T("=", 3.0, unit="个", qualifier="延长县新建基地")),
    ("神木县10个", X("神木县10个")),
    ("延长服务时间2小时", T("=", 2.0, unit="小时", qualifier="延长服务时间")),
    ("延长服务时间两小时", T("=", 2.0, unit="小时", qualifier="延长服务时间")),
    ("新建基地三个", T("=", 3.0, unit="个", qualifier="新建基地")),
    ("新建基 地3个", T("=", 3.0, unit="个", qualifier="新建基地")),
    ("验收合格后30日内支付", T("<=", 30.0, unit="日", qualifier="验收合格后；支付")),
    ("资金到位后1个月内", T("<=", 1.0, unit="个月", qualifier="资金到位后")),
    ("每季度结束后10日内", T("<=", 10.0, unit="日", qualifier="每季度结束后")),
    ("验收后三十日内", T("<=", 30.0, unit="日", qualifier="验收后")),
    ("验收后30日", X("验收后30日")),
    ("各1次", T("=", 1.0, unit="次", qualifier="各")),
    ("各两次", T("=", 2.0, unit="次", qualifier="各")),
    ("各乡镇1名", X("各乡镇1名")),
    ("各季度1次", X("各季度1次")),
    ("新建基地3", X("新建基地3")),
    ("改造老旧小区30年以上", X("改造老旧小区30年以上")),
]


@pytest.mark.parametrize(("text", "want"), CELLS, ids=[c[0] for c in CELLS])
def test_cell(text, want):
    assert split_target(text) == want


def test_target_form(read):
    """A 项目绩效目标表 whose 计量单位 cells are empty: each 指标值 read whole."""
    r = read("ct_s57_rv50_targets.txt")
    got = {i["level3"]: (i["op"], i["value"], i["value_max"], i["unit"], i["qualifier"], i["target_text"])
           for i in r.tables["indicators"]}
    assert len(got) == 13
    assert got["5G基站建设"] == ("=", 10.0, None, "个", "新建5G基站", None)
    assert got["配电线路建设"] == ("=", 5.0, None, "公里", "新建10千伏线路", None)
    assert got["老旧线路改造"] == ("=", 2.0, None, "条", "改造3号线路", None)
    assert got["示范基地"] == (None, None, None, None, None, "新建基地第3个")
    assert got["服务基地"] == ("=", 3.0, None, "个", "新建基地", None)
    assert got["延长县站点"] == (None, None, None, None, None, "延长县10个")
    assert got["网络覆盖"] == (None, None, None, None, None, "提高覆盖面10%")
    assert got["群众满意度"] == ("=", 10.0, None, "个百分点", "提高满意度", None)
    # kept
    assert got["办公用房"] == (None, None, None, None, None, "新建2号楼")
    assert got["便民基地"] == ("=", 3.0, None, "个", "新建基地", None)
    assert got["培训次数"] == ("=", 1.0, None, "次", "各", None)
    assert got["资金支付时限"] == ("<=", 30.0, None, "日", "验收合格后；支付", None)
    assert got["服务时间"] == ("=", 2.0, None, "小时", "延长服务时间", None)

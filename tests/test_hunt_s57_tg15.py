"""Hunt tg15 (session 57): target spellings (指标值) left by tg14 and rv46, and more from the snapshot (its targets with
no operator but a digit: mostly deadlines, text as they should be; `收到资金后3-5个工作日`, `各 1 次`), in a
项目绩效目标表 and a 绩效自评表 (tests/fixtures/review/ct_s57_tg15_targets.txt, ct_s57_tg15_selfeval.txt, from
tests/fixtures/review/make_s57_tg15.py); each reading written by hand before the run.

Decided:
- A thing named between the deed and its count (`新建基地3个`, `新增就业岗位50个`, `改造农村公路20公里`,
  `新建基地3个以上`, `新建基地三个`): the count in its unit, the deed and the thing the qualifier (`新建基地`), as
  `新建3座基地` reads — tg14 and rv46 kept it text (their `新建基地3个`, `新增就业岗位100个` changed). Not a share nor
  a span after it (`新建基地10%`, `新建房屋10年`: text).
- A change of a thing named before its figure (`延长服务时间2小时`, `降低运营成本10%`, `缩短办理时限3天`,
  `增加就业岗位50个`): the figure, the change and the thing the qualifier, as `服务时间延长2小时` reads (rv46 kept it
  text; its `延长线3公里` now reads `=` 3 公里, 延长线 — the words kept, either reading holds).
- `新增10%`, `新增10%以上`, `新增1个百分点`: 新增 is a change as 增加 is (`=` 10 %, 新增); another deed before a
  share stays text (`新建10%`).
- A span or an age after a deed (`改造10年以上`, `建成3年`, `改造30年以上老旧小区`): no count of things made — text
  (they read `>=` 10 年, 改造 and `=` 3 年, 建成).
- The event a time limit counts from (`验收后30日内`, `资金到位后5个工作日内拨付`, `收到资金后3-5个工作日`): the limit,
  the event its qualifier; only a limit in a time's unit (`改造后3年` stays text).
- A range's time limit (`3至5个工作日内`, `2-4小时以内`): the range (it was text).
- A deed before a share (`覆盖100%`, `按时拨付100%`): the share, the deed the qualifier, as `100%覆盖` reads.
- `各1次`, `各 1 次`, `各两名`: the count of each, 各 the qualifier (it was text).
Kept (right on main): `≥95%（含）`, `不少于3次/年`, `每月1次`, `≤3个工作日`, `100%覆盖`, `0.5‰`, `≥1万人次`, `三个`,
`两次`, `10至20个`, `两到三次`; texts `全覆盖`, `按时完成`, `1:1配套`, `及时`, `良好`, `有效提升`, `延长至2025年底`,
`新增10`, `新建2号楼`, `新建一期`, `增长率5%` and `降低发病率10%以上` (a measure's
name before its figure, hunt s46_lt's rule); rv46's `降低 | 10` (a bare figure in the 计量单位 cell, a weight shifted in as often:
text, the figure no target's).
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
    ("新建基地3个", T("=", 3.0, unit="个", qualifier="新建基地")),
    ("新建基地3个以上", T(">=", 3.0, unit="个", qualifier="新建基地")),
    ("新建基地三个", T("=", 3.0, unit="个", qualifier="新建基地")),
    ("新增就业岗位50个", T("=", 50.0, unit="个", qualifier="新增就业岗位")),
    ("改造农村公路20公里", T("=", 20.0, unit="公里", qualifier="改造农村公路")),
    ("延长服务时间2小时", T("=", 2.0, unit="小时", qualifier="延长服务时间")),
    ("延长服务时间2小时以上", T(">=", 2.0, unit="小时", qualifier="延长服务时间")),
    ("降低运营成本10%", T("=", 10.0, unit="%", qualifier="降低运营成本")),
    ("缩短办理时限3天", T("=", 3.0, unit="天", qualifier="缩短办理时限")),
    ("增加就业岗位50个", T("=", 50.0, unit="个", qualifier="增加就业岗位")),
    ("减少碳排放约1000吨", T("~", 1000.0, unit="吨", qualifier="减少碳排放")),
    ("新增10%", T("=", 10.0, unit="%", qualifier="新增")),
    ("新增10%以上", T(">=", 10.0, unit="%", qualifier="新增")),
    ("新增1个百分点", T("=", 1.0, unit="个百分点", qualifier="新增")),
    ("改造10年以上", X("改造10年以上")),
    ("建成3年", X("建成3年")),
    ("改造30年以上老旧小区", X("改造30年以上老旧小区")),
    ("验收后30日内", T("<=", 30.0, unit="日", qualifier="验收后")),
    ("资金到位后5个工作日内拨付", T("<=", 5.0, unit="个工作日", qualifier="资金到位后；拨付")),
    ("收到资金后3-5个工作日", T("range", 3.0, 5.0, unit="个工作日", qualifier="收到资金后")),
    ("3至5个工作日内", T("range", 3.0, 5.0, unit="个工作日")),
    ("2-4小时以内", T("range", 2.0, 4.0, unit="小时")),
    ("覆盖100%", T("=", 100.0, unit="%", qualifier="覆盖")),
    ("按时拨付100%", T("=", 100.0, unit="%", qualifier="按时拨付")),
    ("各1次", T("=", 1.0, unit="次", qualifier="各")),
    ("各 1 次", T("=", 1.0, unit="次", qualifier="各")),
    ("各两名", T("=", 2.0, unit="名", qualifier="各")),
    ("按期兑付100%", T("=", 100.0, unit="%", qualifier="按期兑付")),
    ("落实100%", T("=", 100.0, unit="%", qualifier="落实")),
    ("到位100%以上", T(">=", 100.0, unit="%", qualifier="到位")),
    ("项目验收后15个工作日内", T("<=", 15.0, unit="个工作日", qualifier="项目验收后")),
    ("接到报修后2小时内到达现场", T("<=", 2.0, unit="小时", qualifier="接到报修后；到达现场")),
    ("压缩审批时间50%", T("=", 50.0, unit="%", qualifier="压缩审批时间")),
    ("提高补助标准200元/人", T("=", 200.0, unit="元/人", qualifier="提高补助标准")),
    ("新改建村道5公里", T("=", 5.0, unit="公里", qualifier="新改建村道")),
    ("建成示范点2处", T("=", 2.0, unit="处", qualifier="建成示范点")),
    ("新设网点5个以上", T(">=", 5.0, unit="个", qualifier="新设网点")),
    ("新增耕地面积100亩", T("=", 100.0, unit="亩", qualifier="新增耕地面积")),
    ("新建基地3个（含续建）", T("=", 3.0, unit="个", qualifier="新建基地；含续建")),
    ("各2场", T("=", 2.0, unit="场", qualifier="各")),
    ("1-3天内", T("range", 1.0, 3.0, unit="天")),
    ("5至10分钟以内", T("range", 5.0, 10.0, unit="分钟")),
    # kept
    ("新建2号楼", X("新建2号楼")),
    ("新建一期", X("新建一期")),
    ("新增10", X("新增10")),
    ("新建10%", X("新建10%")),
    ("新建基地10%", X("新建基地10%")),
    ("新建房屋10年", X("新建房屋10年")),
    ("改造后3年", X("改造后3年")),
    ("延长至2025年底", X("延长至2025年底")),
    ("服务期延长至2026年", X("服务期延长至2026年")),
    ("新建3座基地", T("=", 3.0, unit="座", qualifier="基地；新建")),
    ("延长3年", T("=", 3.0, unit="年", qualifier="延长")),
    ("提高到95%", T("=", 95.0, unit="%", qualifier="提高到")),
    ("建成后使用年限≥20年", T(">=", 20.0, unit="年", qualifier="建成后使用年限")),
    ("≥95%（含）", T(">=", 95.0, unit="%", qualifier="含")),
    ("不少于3次/年", T(">=", 3.0, unit="次/年")),
    ("每月1次", T("=", 1.0, unit="次/月")),
    ("≤3个工作日", T("<=", 3.0, unit="个工作日")),
    ("100%覆盖", T("=", 100.0, unit="%", qualifier="覆盖")),
    ("0.5‰", T("=", 0.5, unit="‰")),
    ("≥1万人次", T(">=", 1.0, unit="万人次")),
    ("三个", T("=", 3.0, unit="个")),
    ("两次", T("=", 2.0, unit="次")),
    ("10至20个", T("range", 10.0, 20.0, unit="个")),
    ("两到三次", T("range", 2.0, 3.0, unit="次")),
    ("3至5个以上", X("3至5个以上")),
    ("≥2-4以内", T(">=", text="2-4以内")),
    ("各地", X("各地")),
    ("增长率5%", X("增长率5%")),                  # (a measure's name before a bare figure, as `满意度95%`)
    ("降低发病率10%以上", X("降低发病率10%以上")),
    ("新建基地若干", X("新建基地若干")),
    ("提升服务能力", X("提升服务能力")),
    ("全覆盖", X("全覆盖")),
    ("按时完成", X("按时完成")),
    ("1:1配套", X("1:1配套")),
    ("及时", X("及时")),
    ("良好", X("良好")),
    ("有效提升", X("有效提升")),
]


@pytest.mark.parametrize(("text", "want"), CELLS, ids=[c[0] for c in CELLS])
def test_cell(text, want):
    assert split_target(text) == want


def _ind(r) -> dict:
    return {i["level3"]: (i["op"], i["value"], i["value_max"], i["unit"], i["qualifier"], i["target_text"])
            for i in r.tables["indicators"]}


def test_target_form(read):
    """A 项目绩效目标表 whose 计量单位 cells are empty: each 指标值 read whole."""
    r = read("ct_s57_tg15_targets.txt")
    got = _ind(r)
    assert len(got) == 16
    assert got["新建便民服务基地"] == ("=", 3.0, None, "个", "新建基地", None)
    assert got["新增就业岗位"] == (">=", 50.0, None, "个", "新增就业岗位", None)
    assert got["老旧房屋改造"] == (None, None, None, None, None, "改造10年以上")
    assert got["农村公路改造"] == ("=", 20.0, None, "公里", "改造农村公路", None)
    assert got["培训次数"] == ("=", 1.0, None, "次", "各", None)
    assert got["服务网点覆盖率"] == ("=", 100.0, None, "%", "覆盖", None)
    assert got["资金拨付时限"] == ("<=", 5.0, None, "个工作日", "资金到位后；拨付", None)
    assert got["问题整改时限"] == ("<=", 30.0, None, "日", "验收后", None)
    assert got["申请办结时限"] == ("range", 3.0, 5.0, "个工作日", None, None)
    assert got["便民服务时间"] == ("=", 2.0, None, "小时", "延长服务时间", None)
    assert got["群众办事成本"] == ("=", 10.0, None, "%", "降低运营成本", None)
    assert got["服务覆盖人口"] == ("=", 10.0, None, "%", "新增", None)
    # kept
    assert got["验收合格率"] == (">=", 95.0, None, "%", "含", None)
    assert got["巡查频次"] == ("=", 1.0, None, "次/月", None, None)
    assert got["长效管护机制"] == (None, None, None, None, None, "健全")
    assert got["群众满意度"] == (">=", 90.0, None, "%", None, None)


def test_selfeval_form(read):
    """A 绩效自评表: the targets read as in a 目标表, the actuals as written."""
    r = read("ct_s57_tg15_selfeval.txt")
    got = _ind(r)
    act = {i["level3"]: i["actual_raw"] for i in r.tables["indicators"]}
    assert got["新建养老服务站"] == ("=", 3.0, None, "个", "新建养老服务站", None) and act["新建养老服务站"] == "3个"
    assert got["配备护理员"] == ("=", 2.0, None, "名", "各", None)
    assert got["建成年限"] == (None, None, None, None, None, "建成3年")
    assert got["服务响应时间"] == ("range", 3.0, 5.0, "个工作日", "收到申请后", None)
    assert got["办理时限"] == ("=", 3.0, None, "天", "缩短办理时限", None)
    # kept
    assert got["服务覆盖"] == (None, None, None, None, None, "全覆盖")
    assert got["服务及时性"] == (None, None, None, None, None, "及时")
    assert got["老人满意度"] == (">=", 95.0, None, "%", None, None)

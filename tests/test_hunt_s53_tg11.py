"""Hunt tg11 (session 53): target spellings (指标值) left by tg10 and rv17, and more the forms' style suggests
(tests/fixtures/review/ct_s53_tg11_declared.txt, a 绩效目标申报表; ct_s53_tg11_selfeval.txt, a 绩效自评表; both from
tests/fixtures/review/make_s53_tg11.py; each reading written by hand before the run).

Decided:
- A level above or below a reference by a percent with a bound (`高于上年5%以上`, `比上年高5%以上`, `低于上年5%以内`) is a
  comparison of one quantity, as `较上年提高5%以上` and `高于上年不低于5%` read: `>=` 5 %, the words naming the reference
  the qualifier (they were text). The bare percent (`高于上年5%`) stays text, as tg10 decided and `较上年增长10%` does (a
  share of the year before, or a level unsaid: no comparison).
- A ratio written with 比 (`1比1`, `1比1.2`) is a ratio as `1:1` is: bare, text whole as before; with a comparison before
  or after it (`不低于1比1`, `1比1以上`, `配套比例不低于1比1`), `>=` and the ratio as written its text (they were text whole).
- A counted noun holding a fixed word of 上 / 以上 (`规上企业`, `规模以上企业`, `限上企业`, `限额以上企业`, `省级以上平台`,
  `上市公司`) is a noun as `中心` is: the counter the unit, the noun the qualifier (they were `>=` and the text).
- More heads of a longer counted noun: 单位 (`≥2处文物保护单位`, `≥10家省级文明单位`), 区 (`≥1处历史文化街区`,
  `≥2个文化产业示范区`), 项目 (`≥3个高标准农田建设项目`).
- A measure named before its change (`村集体经济收入增长5%以上`, `群众满意度提高到95%以上`, `大班额比例下降至5%以内`, `覆盖率提升
  至98%`; the name's last word a rate, a degree, an amount, a share, an income or a level): the change read as without the
  name, the name and the change's words the qualifier (they were text); a bare change stays text (`收入增长5%`).
- A deed made an adjective by 式 / 型 (`开放式`, `一站式` is none) is no deed: `≥3个开放式书屋` 个, 开放式书屋 (it was `>=`
  and the text). 申报, 承担, 引进 join rv17's deeds (`≥5家企业申报项目`: text, `>=` kept, now that 项目 is a head).
Kept (rv17's rules, guards): `≥3个乡镇开放` (a short run ending in a deed: text), `≥3个乡镇开展试点`, `≥10家企业入驻孵化基地`
(text), `1:1` (text), `≥1:1.2`, `高于上年5%` (text), `高于上年度5个百分点`, `≥1个一站式服务中心`, `≥3个农家书屋`.
"""
from __future__ import annotations

import pytest

from normalize.targets import Target, split_target


def _ind(r) -> dict:
    return {i["level3"]: (i["op"], i["value"], i["value_max"], i["unit"], i["qualifier"], i["target_text"])
            for i in r.tables["indicators"]}


def test_declared_form(read):
    got = _ind(read("ct_s53_tg11_declared.txt"))
    assert len(got) == 23
    # main: `>=` and the text
    assert got["培育规上企业"] == (">=", 10.0, None, "家", "规上企业", None)
    assert got["扶持规模以上企业"] == (">=", 5.0, None, "家", "规模以上企业", None)
    assert got["新增限上商贸企业"] == (">=", 3.0, None, "家", "限上企业", None)
    assert got["培育上市后备企业"] == (">=", 2.0, None, "家", "上市公司", None)
    assert got["文物修缮"] == (">=", 2.0, None, "处", "文物保护单位", None)
    assert got["建设农家书屋"] == (">=", 3.0, None, "个", "开放式书屋", None)
    assert got["历史街区改造"] == (">=", 1.0, None, "处", "历史文化街区", None)
    assert got["创建文明单位"] == (">=", 10.0, None, "家", "省级文明单位", None)
    assert got["储备重点项目"] == (">=", 3.0, None, "个", "高标准农田建设项目", None)
    # main: text
    assert got["规上工业增加值增速"] == (">=", 5.0, None, "%", "高于上年", None)
    assert got["旅游接待人次增幅"] == (">=", 5.0, None, "%", "比上年高", None)
    assert got["财政配套比例"] == (">=", None, None, None, None, "1比1")
    assert got["村集体经济收入增幅"] == (">=", 5.0, None, "%", "村集体经济收入增长", None)
    assert got["大班额比例"] == ("<=", 5.0, None, "%", "大班额比例下降至", None)
    # right on main, kept
    assert got["申报项目企业"] == (">=", None, None, None, None, "5家企业申报项目")
    assert got["乡镇开放场馆"] == (">=", None, None, None, None, "3个乡镇开放")
    assert got["税收收入增幅"] == ("=", 5.0, None, "%", "高于上年", None)  # (hunt s55 tg13: a change and its bare figure, `=`; was text)
    assert got["社会资本投入比例"] == (None, None, None, None, None, "1比1")
    assert got["农民收入增幅"] == ("=", 5.0, None, "%", "收入增长", None)  # (hunt s55 tg13: a change and its bare figure, `=`; was text)
    assert got["验收合格率"] == ("=", 100.0, None, "%", None, None)
    assert got["项目完成时间"] == (None, None, None, None, None, "2024年12月底前")
    assert got["项目总成本"] == ("<=", 8600000.0, None, "元", None, None)
    assert got["企业满意度"] == (">=", 90.0, None, "%", None, None)


def test_selfeval_form(read):
    r = read("ct_s53_tg11_selfeval.txt")
    got = _ind(r)
    assert len(got) == 7
    # main: `>=` and the text; text
    assert got["文物保护单位修缮"] == (">=", 2.0, None, "处", "文物保护单位", None)
    assert got["开放式书屋"] == (">=", 3.0, None, "个", "开放式书屋", None)
    assert got["文化产业园区"] == (">=", 2.0, None, "个", "文化产业示范区", None)
    assert got["图书借阅量增幅"] == (">=", 5.0, None, "%", "高于上年", None)
    assert got["县级资金配套"] == (">=", None, None, None, None, "1比1")
    # right on main, kept
    assert got["参观人次增幅"] == ("=", 5.0, None, "%", "高于上年", None)  # (hunt s55 tg13: a change and its bare figure, `=`; was text)
    assert got["群众满意度"] == (">=", 90.0, None, "%", None, None)
    actual = {i["level3"]: i["actual_raw"] for i in r.tables["indicators"]}
    assert actual["文物保护单位修缮"] == "2处" and actual["县级资金配套"] == "1比1.2"


@pytest.mark.parametrize("raw, want", [
    # a difference in percent with a bound (main: text)
    ("高于上年5%以上", Target(">=", 5.0, None, "%", "高于上年")),
    ("比上年高5%以上", Target(">=", 5.0, None, "%", "比上年高")),
    ("高于全省平均水平5%以上", Target(">=", 5.0, None, "%", "高于全省平均水平")),
    ("低于上年5%以内", Target("<=", 5.0, None, "%", "低于上年")),
    ("比上年高出5%以上", Target(">=", 5.0, None, "%", "比上年高出")),
    # a ratio with 比 and a comparison (main: text whole)
    ("不低于1比1", Target(">=", target_text="1比1")),
    ("1比1以上", Target(">=", target_text="1比1")),
    ("≥1比1.5", Target(">=", target_text="1比1.5")),
    ("配套比例不低于1比1", Target(">=", qualifier="配套比例", target_text="1比1")),
    # a noun with a fixed word of 上 / 以上 (main: `>=` and the text)
    ("≥10家规上企业", Target(">=", 10.0, None, "家", "规上企业")),
    ("≥5家规模以上企业", Target(">=", 5.0, None, "家", "规模以上企业")),
    ("≥5家规模以上工业企业", Target(">=", 5.0, None, "家", "规模以上工业企业")),
    ("≥2家限额以上企业", Target(">=", 2.0, None, "家", "限额以上企业")),
    ("≥3个省级以上平台", Target(">=", 3.0, None, "个", "省级以上平台")),
    ("≥2家上市公司", Target(">=", 2.0, None, "家", "上市公司")),
    ("≥5家规上企业以上", Target(">=", 5.0, None, "家", "规上企业")),
    # more heads (main: `>=` and the text)
    ("≥2处文物保护单位", Target(">=", 2.0, None, "处", "文物保护单位")),
    ("≥1个全国重点文物保护单位", Target(">=", 1.0, None, "个", "全国重点文物保护单位")),
    ("≥2个国家级自然保护区", Target(">=", 2.0, None, "个", "国家级自然保护区")),
    ("≥5个标准化养殖小区", Target(">=", 5.0, None, "个", "标准化养殖小区")),
    ("≥2个国家级非遗项目", Target(">=", 2.0, None, "个", "国家级非遗项目")),
    # a deed made an adjective (main: `>=` and the text)
    ("≥3个开放式书屋", Target(">=", 3.0, None, "个", "开放式书屋")),
    ("≥2个开放式公园", Target(">=", 2.0, None, "个", "开放式公园")),
    # a measure named before its change (main: text)
    ("村集体经济收入增长5%以上", Target(">=", 5.0, None, "%", "村集体经济收入增长")),
    ("群众满意度提高到95%以上", Target(">=", 95.0, None, "%", "群众满意度提高到")),
    ("覆盖率提升至98%", Target("=", 98.0, None, "%", "覆盖率提升至")),
    ("发病率下降至1%以下", Target("<=", 1.0, None, "%", "发病率下降至")),
    ("农民人均收入同比增长5%以上", Target(">=", 5.0, None, "%", "农民人均收入同比增长")),
    ("满意度提高2个百分点", Target("=", 2.0, None, "个百分点", "满意度提高")),
    ("覆盖率提高到95%（2024年底前）", Target("=", 95.0, None, "%", "覆盖率提高到；2024年底前")),
])
def test_new_readings(raw, want):
    assert split_target(raw) == want


@pytest.mark.parametrize("raw, want", [
    # right on main, kept (guards)
    ("高于上年5%", Target("=", 5.0, None, "%", "高于上年")),  # (hunt s55 tg13: a change and its bare figure, `=`; was text)
    ("收入增长5%", Target("=", 5.0, None, "%", "收入增长")),  # (hunt s55 tg13: a change and its bare figure, `=`; was text)
    ("覆盖率提升", Target(target_text="覆盖率提升")),
    ("农民收入持续增长", Target(target_text="农民收入持续增长")),
    ("比上年高5%", Target("=", 5.0, None, "%", "比上年高")),  # (hunt s55 tg13: a change and its bare figure, `=`; was text)
    ("较上年增长10%", Target("=", 10.0, None, "%", "较上年增长")),  # (hunt s55 tg13: a change and its bare figure, `=`; was text)
    ("高于上年不低于5%", Target(">=", 5.0, None, "%", "高于上年")),
    ("较上年提高5%以上", Target(">=", 5.0, None, "%", "较上年提高")),
    ("高于上年度5个百分点", Target("=", 5.0, None, "个百分点", "高于上年度")),
    ("高于上年", Target(">", target_text="上年")),
    ("1比1", Target(target_text="1比1")),
    ("1:1", Target(target_text="1:1")),
    ("≥1:1.2", Target(">=", target_text="1:1.2")),
    ("不低于1:1", Target(">=", target_text="1:1")),
    ("≥3个乡镇开放", Target(">=", target_text="3个乡镇开放")),
    ("≥3个乡镇开展试点", Target(">=", target_text="3个乡镇开展试点")),
    ("≥10家企业入驻孵化基地", Target(">=", target_text="10家企业入驻孵化基地")),
    ("≥5家企业申报项目", Target(">=", target_text="5家企业申报项目")),
    ("≥2个图书馆开放", Target(">=", target_text="2个图书馆开放")),
    ("≥1个一站式服务中心", Target(">=", 1.0, None, "个", "一站式服务中心")),
    ("≥3个农家书屋", Target(">=", 3.0, None, "个", "农家书屋")),
    ("≥10家企业", Target(">=", 10.0, None, "家", "企业")),
    ("≥3个示范项目", Target(">=", 3.0, None, "个", "示范项目")),
    ("≥3个以上", Target(">=", 3.0, None, "个")),
    ("10个上下", Target("~", 10.0, None, "个")),
    ("≥2个乡镇覆盖", Target(">=", target_text="2个乡镇覆盖")),
    ("≥1座污水处理站", Target(">=", 1.0, None, "座", "污水处理站")),
])
def test_kept_readings(raw, want):
    assert split_target(raw) == want

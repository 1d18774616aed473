"""Review rv24 (session 53) of hunt tg11's target rules (normalize/targets.py): spellings on the edges of each rule,
each reading decided by hand by ../shared/CONTRACT.md (a number only when the cell is a comparison of one quantity)
before the run; tests/fixtures/review/ct_s53_rv24_declared.txt (from make_s53_rv24.py) through the pipeline.

Decided:
- tg11's fixed words (规上, 限上, 上市, 规模以上, 省级以上, 高标准, 高新, 全国) are held whole only inside a noun, a head
  after them (`≥2家上市公司`, `≥1个全国重点文物保护单位`); alone or at the end they are a deed or a word cut short, text
  as before tg11 (`≥2家上市`, `≥3个全国`, `≥2个高标准`, `≥2个高新`, `≥2家规上`, `≥2个全国性`). A name before the
  comparison (`全国≥3个`, `上市≥2家`) stays the qualifier, as `满意度≥95%` reads.
- tg11's heads 单位, 项目, 区 after a body's deed on them (承接, 争取, 招引, 谋划, 划定 join rv17's deeds): text
  (`≥5家企业承接项目`, `≥3个乡镇争取项目`, `≥2个乡镇划定保护区`; they were `>=` 家 and a sentence the qualifier).
- 达 after a measure's name reads as 达到 does (`满意度达95%`, `覆盖率达100%`: `>=`, the name the qualifier; they were
  text), not the 达 of a word (`文书送达95%`, `资金下达95%`: text).
- A measure's name with a change word inside it (`收入增长率提高到5%`): the name's every end tried (it was text, the
  first end 收入 taken); the names of a time or a count of households (`办理时间缩短至3个工作日`, `户数增长5%以上`).
Kept: a name before a bare figure stays text alone (`满意度95%`, `增长率5%`: hunt s46_lt's rule, the indicator's);
`高于上年5%` and `高于上年约5%` text; `按1比1配套`, `按不低于1比1配套`, `配套比例1比1` text (a rule, no comparison);
`≥3个项目完成验收`, `≥2个单位参与`, `≥1个区开展` text; `≥3个开放式书屋`, `≥3个示范型合作社` 个.
"""
from __future__ import annotations

import pytest

from normalize.targets import split_target


def _t(op=None, value=None, unit=None, qualifier=None, text=None, value_max=None):
    return (op, value, value_max, unit, qualifier, text)


def _x(text, op=None):
    return _t(op, text=text)


CASES = [
    # fixed words alone: text (they were `>=` and the word after tg11)
    ("≥2家上市", _x("2家上市", ">=")),
    ("≥3个全国", _x("3个全国", ">=")),
    ("≥2个高标准", _x("2个高标准", ">=")),
    ("≥2个高新", _x("2个高新", ">=")),
    ("≥2家规上", _x("2家规上", ">=")),
    ("≥2个限上", _x("2个限上", ">=")),
    ("≥2个全国性", _x("2个全国性", ">=")),
    # fixed words inside a noun: kept
    ("≥2家上市公司", _t(">=", 2.0, "家", "上市公司")),
    ("≥1个全国重点文物保护单位", _t(">=", 1.0, "个", "全国重点文物保护单位")),
    ("≥5家高新技术企业", _t(">=", 5.0, "家", "高新技术企业")),
    ("≥2家规上企业", _t(">=", 2.0, "家", "规上企业")),
    ("≥3个省级以上平台", _t(">=", 3.0, "个", "省级以上平台")),
    ("全国≥3个", _t(">=", 3.0, "个", "全国")),
    ("上市≥2家", _t(">=", 2.0, "家", "上市")),
    # heads 单位 / 项目 / 区
    ("≥3个项目完成验收", _x("3个项目完成验收", ">=")),
    ("≥2个单位参与", _x("2个单位参与", ">=")),
    ("≥1个区开展", _x("1个区开展", ">=")),
    ("≥5家企业承接项目", _x("5家企业承接项目", ">=")),
    ("≥3个乡镇争取项目", _x("3个乡镇争取项目", ">=")),
    ("≥3个县区招引项目", _x("3个县区招引项目", ">=")),
    ("≥2个乡镇划定保护区", _x("2个乡镇划定保护区", ">=")),
    ("≥2个国家级自然保护区", _t(">=", 2.0, "个", "国家级自然保护区")),
    ("≥3个项目", _t(">=", 3.0, "个", "项目")),
    # 式 / 型
    ("≥3个开放式书屋", _t(">=", 3.0, "个", "开放式书屋")),
    ("≥3个示范型合作社", _t(">=", 3.0, "个", "示范型合作社")),
    # a name before a figure
    ("满意度达95%", _t(">=", 95.0, "%", "满意度")),
    ("满意度达95%以上", _t(">=", 95.0, "%", "满意度")),
    ("覆盖率达100%", _t(">=", 100.0, "%", "覆盖率")),
    ("满意度达到95%", _t(">=", 95.0, "%", "满意度")),
    ("文书送达95%", _x("文书送达95%")),
    ("资金下达95%", _x("资金下达95%")),
    ("未达95%", _x("未达95%")),
    ("满意度95%", _x("满意度95%")),
    ("增长率5%", _x("增长率5%")),
    ("增长率≥5%", _t(">=", 5.0, "%", "增长率")),
    # changes
    ("下降至5%以内", _t("<=", 5.0, "%", "下降至")),
    ("覆盖率提升至98%", _t("=", 98.0, "%", "覆盖率提升至")),
    ("收入增长率提高到5%", _t("=", 5.0, "%", "收入增长率提高到")),
    ("办理时间缩短至3个工作日", _t("=", 3.0, "个工作日", "办理时间缩短至")),
    ("户数增长5%以上", _t(">=", 5.0, "%", "户数增长")),
    ("覆盖率提高2个百分点以上", _t(">=", 2.0, "个百分点", "覆盖率提高")),
    ("投诉率下降50%", _t("=", 50.0, "%", "投诉率下降")),  # (hunt s55 tg13: a change and its bare figure, `=`; was text)
    # a difference from a reference
    ("高于上年5%以上", _t(">=", 5.0, "%", "高于上年")),
    ("高于上年5个百分点以上", _t(">=", 5.0, "个百分点", "高于上年")),
    ("高于上年5%", _t("=", 5.0, "%", "高于上年")),  # (hunt s55 tg13: a change and its bare figure, `=`; was text)
    ("高于上年约5%", _t("~", 5.0, "%", "高于上年")),  # (hunt s55 tg13: a change and its bare figure, `=`; was text)
    # ratios
    ("按1比1配套", _x("按1比1配套")),
    ("按不低于1比1配套", _x("按不低于1比1配套")),
    ("配套比例1比1", _x("配套比例1比1")),
    ("不低于1比1", _x("1比1", ">=")),
]


@pytest.mark.parametrize("raw,want", CASES, ids=[c[0] for c in CASES])
def test_split_target(raw, want):
    t = split_target(raw)
    assert (t.op, t.value, t.value_max, t.unit, t.qualifier, t.target_text) == want


def test_declared_form(read):
    got = {i["level3"]: (i["op"], i["value"], i["value_max"], i["unit"], i["qualifier"], i["target_text"])
           for i in read("ct_s53_rv24_declared.txt").tables["indicators"]}
    assert len(got) == 12
    assert got["企业挂牌上市"] == _x("2家上市", ">=")
    assert got["培育上市后备企业"] == _t(">=", 2.0, "家", "上市公司")
    assert got["企业承接产业项目"] == _x("5家企业承接项目", ">=")
    assert got["乡镇招商引资"] == _x("3个乡镇争取项目", ">=")
    assert got["项目验收"] == _x("3个项目完成验收", ">=")
    assert got["政务服务事项网办率"] == _t(">=", 100.0, "%", "覆盖率")
    assert got["企业开办时间"] == _t("=", 3.0, "个工作日", "办理时间缩短至")
    assert got["项目总成本"] == _t("<=", 4200000.0, "元")
    assert got["招商引资到位资金增幅"] == _t(">=", 5.0, "个百分点", "高于上年")
    assert got["外贸企业收入增幅"] == _t("=", 5.0, "%", "收入增长率提高到")
    assert got["县级资金配套"] == _x("按1比1配套")
    assert got["企业满意度"] == _t(">=", 95.0, "%", "满意度")

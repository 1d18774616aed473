"""Review rv127 (session 65) of hunt pr7: near cases of its rules (tests/fixtures/review/ct_s65_rv127_*, made by
tests/fixtures/review/make_s65_rv127.py; each expectation written down by hand before the run).

Decided: a signer's empty place glued to the opinion's words after a sentence's mark (`同意。经办人：（盖章）`) is cut as
one after a space is (pr7 took the whole for a place: the opinion lost — main before pr7 kept `同意。经办人：`); a
committee's organ wrapped with its stamp's place after it (`主管部门：中共县委` / `组织部（盖章）`) is the name's end as
without it (it was lost); a bare signing word after a person's name (`王建国  签字`) is no part of it, as a seal's
word is (pr7's list of seals left 签字 / 签名); a bidder's 投标文件 buying an evaluation is a procurement's paper as a
磋商文件 is (pr7's title list, a twin of _TENDER_DOC's, left 投标文件 out), and its own title's 项目绩效
(`…财政支出项目绩效评价服务投标文件`) is no performance form's title sparing it.
Left (strict xfails, passing since hunt pr8 of session 66): an organ wrapped under the unit's colon pair, or in a
tab dump's value cell under the department's (`办公室` was lost, as before pr7).
"""
from __future__ import annotations

import pytest

from tests.hunt_tools import indicator_targets, only_project, other_fields

P = "ct_s65_rv127_"
NAME, DEPT, UNIT = "高标准农田建设项目", "县农业农村局", "县农田建设服务中心"
LEVELS = [("产出指标", "数量指标", "新建高标准农田面积"), ("产出指标", "质量指标", "工程验收合格率"),
          ("效益指标", "经济效益指标", "亩均粮食增产"), ("满意度指标", "服务对象满意度指标", "受益农户满意度")]


def _project(r, dept: str = DEPT, unit: str = UNIT) -> dict:
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"]) == (NAME, dept, unit)
    assert [t[:3] for t in indicator_targets(r)] == LEVELS
    assert p["budget_year"] == 7500000
    return p


@pytest.mark.parametrize("name, label, words", [
    ("opinion_signer_glued_tab", "财政部门审核意见", "同意。"),
    ("opinion_reviewer_glued_tab", "主管部门审核意见", "经审核，同意申报。")])
def test_a_signers_place_glued_to_the_opinions_words(read, name, label, words):
    # main: no opinion (the words and the place taken for one empty place)
    p = _project(read(P + name + ".txt"))
    assert other_fields(p) == {label: words}
    assert (p["leader"], p["contact"], p["phone"]) == ("王建国", "张三", "13812345678")


def test_a_committees_organ_wrapped_with_its_stamp(read):
    # main: department `中共县委`, `组织部（盖章）` lost
    p = _project(read(P + "dept_organ_stamp_colon.txt"), dept="中共县委组织部")
    assert other_fields(p) == {}


def test_bare_signing_words_after_the_peoples_names(read):
    # main: leader `王建国 签字`, contact `张三 签名`
    p = _project(read(P + "people_sign_words_tab.txt"))
    assert (p["leader"], p["contact"], p["phone"]) == ("王建国", "张三", "13812345678")


def test_a_bidders_paper_for_an_evaluation_gives_no_project(read):
    # main: a project `某县2024年度财政支出项目绩效评价服务` of three indicators
    r = read(P + "neg_eval_bid_doc.txt")
    assert r.tables["projects"] == [] and r.tables["indicators"] == []


def test_an_organ_wrapped_under_the_units_pair(read):
    p = _project(read(P + "unit_organ_wrapped_colon.txt"), unit="县人民政府办公室")
    assert other_fields(p) == {}


def test_an_organ_wrapped_in_a_tab_dumps_value_cell(read):
    p = _project(read(P + "dept_organ_wrapped_tab.txt"), dept="县人民政府办公室")
    assert other_fields(p) == {}

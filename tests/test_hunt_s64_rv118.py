"""Review rv118 (session 64, of hunt ng7's Q&A guides; tests/fixtures/review/ct_s64_rv118_*, made by
tests/fixtures/review/make_s64_rv118.py; each read by hand before the run).

Decided:
- an answer presenting the example form under a Q&A title is its case line however the answer is written:
  `【答】…示例如下：`, `答 ：…参照下表填写：` (a space before the colon, the table pointed to), `答：…参考下表。`, an
  answer whose colon was cut, `…示例如下` (ng7 took only `答：…示例如下：` / `…例如：`; main: the example's project,
  某区社区养老服务中心运营补助项目, 某县高标准农田建设项目, 某镇污水管网改造项目, with their indicators);
- such an example is named a worked case in a Q&A on writing forms, not in a training handout (ng7's Q&A guide,
  `预算绩效目标编制常见问题解答`, met since nw11 by the worked-case rule before the library-title rule: the worked
  case is right, the row is the example `答：…例如：` gives, as in ng7's 填报答疑; the handout's name was wrong).
Kept: a 答疑 service project's form whose goal cell runs on in a line `答疑内容…具体如下：` is read as before.
"""
from __future__ import annotations

import pytest

from tests.hunt_tools import indicator_targets, only_project, warning_codes

P = "ct_s64_rv118_"
QA = "worked case in a Q&A on writing forms ('{}')"


def _nothing_but_not_a_form(r) -> str:
    t = r.tables
    assert r.document["status"] == "ok", t["warnings"]
    assert r.document["n_projects"] == 0 and t["projects"] == []
    assert t["indicators"] == [] and t["budget_items"] == [] and t["scores"] == []
    assert r.document["layout"] == "unknown"
    assert warning_codes(r) == ["not_a_form"]
    return t["warnings"][0]["message"]


@pytest.mark.parametrize("name, title", [
    ("qa_bracket.txt", "2025年绩效目标申报常见问题解答"),      # 【答】…示例如下： / 【答】…举例如下：
    ("qa_table_word.txt", "项目支出绩效目标填报问题答疑汇编"),  # 答 ：…参照下表填写： / 答：…参考下表。
    ("qa_cut.txt", "2025年预算绩效目标编制答疑"),             # 答：…示例如下 (its colon cut)
])
def test_an_answers_example_in_any_writing_is_a_worked_case(read, name, title):
    assert QA.format(title) in _nothing_but_not_a_form(read(P + name))


def test_ng7s_qa_guide_is_named_a_qa_not_a_training_handout(read):
    # main (after nw11): "…worked case in a training handout ('预算绩效目标编制常见问题解答')…"
    assert QA.format("预算绩效目标编制常见问题解答") in _nothing_but_not_a_form(read("ct_s64_ng7_qa.txt"))


def test_a_qa_service_projects_form_still_reads(read):
    r = read(P + "keep_qa_service.txt")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"]) == ("惠企政策答疑服务项目", "某区营商环境建设局", "某区企业服务中心")
    assert indicator_targets(r) == [
        ("产出指标", "数量指标", "答疑场次", ">=", 24.0, "场"),
        ("产出指标", "质量指标", "企业问题办结率", ">=", 95.0, "%"),
        ("满意度指标", "服务对象满意度指标", "企业满意度", ">=", 90.0, "%")]
    assert "not_a_form" not in warning_codes(r)

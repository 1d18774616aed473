"""Review rv133 (session 66) of hunt pd12: the sign word of a sign-off's label spelt in ways pd12 (`单位负责人（签 字）：`,
one space inside the bracket) did not try, in text dumps and a digital PDF (tests/fixtures/review/ct_s66_rv133_*,
made by tests/fixtures/review/make_s66_rv133.py). Each reading was written down by hand before the run.

Decided: a sign or seal word spread over two spaces as a 分散对齐 word typed with ASCII or ideographic spaces is,
`（签  字）`, `（签　　名）`, `（盖　　章）`, the same place as `（签字）` (normalize.text's SEAL_WORDS / SIGN_WORDS
take up to two spaces between the characters; the label was kept whole, `单位负责人（签 字）`, as the person's key);
the sign word bare after a role, `单位负责人签字：赵立新`, `财务负责人签 字：孙丽`, is the role's sign-off (the line was an
indicator row under the table, no warning); `评审专家（签 字）：` alone under a review form is a person's signing place as
`（签字）` is (parsers.tables' remark line took no space in a label: an indicator, target_missing); the empty places
bare, `评审专家签 字：`, `专家组长签　名：______` (parsers.tables' _SIGN_OFF, parsers.forms' _PERSON_SIGN,
_SIGNER_PLACE_END, _NOT_KEPT_LABEL and _NOT_KEPT_SEAL_VALUE: twins of the sign words pd12 did not change, now
normalize.text's SIGN_WORDS / SIGN_NAME).
Kept: pd12's PDF sign-off read the same with two spaces in the bracket (the text layer's gap read as one); sign words
inside a project's own words (`电子签名证书发放数量`, `合同签字确认及时率`) stay indicators; pd12's last-row rule
takes no note drawn right under the bottom rule at the x of a last row's cell across the table (a PDF).
Left: extract.txt's own list of sign words (`签字|签章|盖章|负责人…`, for a wrapped cell's rest) is not spaced (no
reading of it seen wrong); pd12's `_read_page` scans every glyph of a ruled page for its `past_rule` mark, ungated.
"""
from __future__ import annotations

from tests.hunt_tools import indicator_targets, only_project, other_fields, warning_codes

P, E, S = "产出指标", "效益指标", "满意度指标"
N, Q, T, C = "数量指标", "质量指标", "时效指标", "成本指标"
SAT = "服务对象满意度指标"
W = 10000.0
ROAD = [(P, N, "农村公路养护里程", ">=", 320.0, "公里"), (P, Q, "优良中等路率", ">=", 80.0, "%"),
        (E, "社会效益指标", "群众出行条件改善", None, None, None), (S, SAT, "沿线群众满意度", ">=", 90.0, "%")]
PEOPLE = {"单位负责人": "赵立新", "财务负责人": "孙丽"}


def _people(p) -> dict:
    return {k: v for k, v in other_fields(p).items() if "负责人" in k}


def _road(r):
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["budget_year"]) == ("农村公路养护工程", "某县交通运输局",
                                                                        "某县公路养护中心", 480 * W)
    assert indicator_targets(r) == ROAD
    assert "target_missing" not in warning_codes(r)
    return p


def test_sign_word_over_two_spaces(read):
    """`单位负责人（签  字）：赵立新 | 财务负责人（签  字）：孙丽`: the roles' keys without the sign word, the filler the
    contact (BASE: the keys `单位负责人（签 字）`)."""
    p = _road(read("ct_s66_rv133_sign_two_spaces.txt"))
    assert _people(p) == PEOPLE
    assert (p["contact"], p["phone"]) == ("钱进", "0556-7654321")


def test_sign_and_seal_words_over_two_ideographic_spaces(read):
    """`（签　　字）`, `（签　　名）` and `填报单位（盖　　章）：` with the day: the people under their roles, the day the
    fill date, no seal's key."""
    p = _road(read("ct_s66_rv133_sign_ideo.txt"))
    assert _people(p) == PEOPLE
    assert str(p["fill_date"]) == "2025-02-20"
    assert not any("章" in k for k in other_fields(p))


def test_bare_sign_word_after_the_role(read):
    """`单位负责人签字：赵立新 | 财务负责人签 字：孙丽` under the indicator table: the sign-off's, no fifth indicator
    (BASE: an indicator `单位负责人签字：赵立新` with no warning)."""
    p = _road(read("ct_s66_rv133_sign_bare.txt"))
    assert _people(p) == PEOPLE
    assert (p["contact"], p["phone"]) == ("钱进", "0556-7654321")


def test_spaced_sign_word_of_a_reviewer_alone(read):
    """`评审专家（签 字）：王刚` alone under a review form's indicators: no indicator of it, as `（签字）` gives (BASE: a
    fourth indicator, target_missing)."""
    r = read("ct_s66_rv133_expert_spaced.txt")
    assert only_project(r)["name"] == "城区雨污分流改造工程"
    assert [i["level3"] for i in r.tables["indicators"]] == ["雨污分流改造管网长度", "城区污水收集率", "周边居民满意度"]
    assert "target_missing" not in warning_codes(r)


def test_spaced_empty_signing_places_alone(read):
    """`评审专家签 字：` and `专家组长签　名：______` alone under a review form's indicators: the sign-off's empty places, no
    indicator of them, as `评审专家签字：` gives (BASE: two indicators, each target_missing)."""
    r = read("ct_s66_rv133_expert_place.txt")
    assert only_project(r)["name"] == "城区雨污分流改造工程"
    assert [i["level3"] for i in r.tables["indicators"]] == ["雨污分流改造管网长度", "城区污水收集率", "周边居民满意度"]
    assert warning_codes(r) == []


def test_sign_words_in_a_projects_own_words(read):
    """Guard: `电子签名证书发放数量`, `合同签字确认及时率` indicators, the goal naming 电子签名 whole."""
    r = read("ct_s66_rv133_sign_guard.txt")
    p = only_project(r)
    assert p["goal_annual"] == "为全市政务服务窗口发放电子签名证书1200张，合同签字确认及时率达到95%以上。"
    assert indicator_targets(r) == [(P, N, "电子签名证书发放数量", ">=", 1200.0, "张"),
                                    (P, T, "合同签字确认及时率", ">=", 95.0, "%"),
                                    (S, SAT, "办事群众满意度", ">=", 90.0, "%")]
    assert other_fields(p) == {"单位负责人": "周敏"}
    assert (p["contact"], p["phone"]) == ("吴昊", "0551-62345678")
    assert warning_codes(r) == []


def test_pdf_sign_word_over_two_spaces(read):
    """Guard: pd12's ruled form with `单位负责人（签  字）：张建国   财务负责人（签  字）：李红` under it: eight
    indicators, the two people."""
    r = read("ct_s66_rv133_sign_two_spaces.pdf")
    p = only_project(r)
    assert (p["name"], p["budget_year"]) == ("农村饮水安全巩固提升工程", 1250 * W)
    assert len(r.tables["indicators"]) == 8
    assert _people(p) == {"单位负责人": "张建国", "财务负责人": "李红"}
    assert (p["contact"], p["phone"]) == ("王小明", "0371-65432198")
    assert warning_codes(r) == []


LIGHT = [(P, N, "维护路灯数量", ">=", 8600.0, "盏"), (P, Q, "路灯亮灯率", ">=", 98.0, "%"),
         (E, "社会效益指标", "夜间出行安全保障", None, None, None), (S, SAT, "市民满意度", ">=", 90.0, "%")]


def test_note_under_a_last_row_across_the_table(read):
    """Guard of pd12's last-row rule: the table's last row one cell across it, wrapped full to its right rule, and
    `注：…` drawn 10 points under the bottom rule at that cell's x: the four indicators, the note in no value."""
    r = read("ct_s66_rv133_span_note.pdf")
    p = only_project(r)
    assert (p["name"], p["budget_year"]) == ("城市道路照明设施维护", 260 * W)
    assert indicator_targets(r) == LIGHT
    assert not any("审核后报" in str(v) for v in [*p.values(), *other_fields(p).values()])
    assert warning_codes(r) == []

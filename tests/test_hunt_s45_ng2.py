"""Hunt NG2 (session 45): documents that are no performance form (tests/fixtures/review/ct_s45_ng2_*, read by hand
before the run) and the near-misses that are. A document of no form gives no project, indicator, budget line, score
or assessment item, and its row says so the one way: layout `unknown` and a warning saying why (`layout_unknown`, or
`not_a_form` when rows read like a form's) — as the real negatives of ../shared/negatives (tests/test_negatives.py)."""
from __future__ import annotations

import pytest

from tests.hunt_tools import only_project, warning_codes


def _no_form(r, why: str = "not_a_form") -> None:
    d = r.document
    assert d["status"] == "ok", r.tables["warnings"]
    assert d["n_projects"] == 0 and r.tables["projects"] == []
    assert r.tables["indicators"] == [] and r.tables["budget_items"] == []
    assert r.tables["assessment_items"] == [] and r.tables["scores"] == []
    assert d["layout"] == "unknown"
    assert why in warning_codes(r)


@pytest.mark.parametrize("name", [
    "ct_s44_ng_plan_main_indicators.txt", "ct_s44_ng_staff_appraisal.txt", "ct_s44_ng_staff_appraisal.docx",
    "ct_s44_ng_school_pay_plan.txt", "ct_s45_ng2_project_review_sheet.txt"])
def test_rows_read_like_a_forms_in_a_non_form_give_layout_unknown(read, name):
    # main: layout generic:target (0 projects, not_a_form): a layout's id on a document of no form, while the real
    # negatives (no form evidence) say `unknown`. The last, a 项目入库审核表 (项目名称 | … | 申请金额 over 审核内容 |
    # 审核要点 | 审核结果), is a review of a project: 0 projects, not_a_form, as on main
    _no_form(read(name))

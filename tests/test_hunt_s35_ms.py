"""Money sentences (session of 2026-12-03, MS): a line of sources each with its amount, then how much of the money
arrived (`资金来源：中央资金300万元，县级资金200万元，实际到位480万元`), was dropped whole without a word; a year's
budget written `2023年预算安排资金8,600.00万元` in a report's sentence was not read. Inputs in
tests/fixtures/review/ct_s35_ms_* and ct_s34_bt_third_party_eval_report.txt."""
from tests.hunt_tools import other_fields

W = 10000


def _lines(r):
    return [(b["group"], b["name"], b["amount"], b["kind"]) for b in r.tables["budget_items"]]


def test_sources_then_arrived_money(read):
    # the two sources as lines of kind source under the total beside them, 实际到位 as budget_issued
    r = read("ct_s35_ms_sources_then_daowei.txt")
    p = r.tables["projects"][0]
    assert p["budget_total"] == 500 * W
    assert _lines(r) == [("资金总额", "中央资金", 300 * W, "source"), ("资金总额", "县级资金", 200 * W, "source")]
    assert p["budget_issued"] == 480 * W
    assert p["spent"] is None and other_fields(p) == {}


def test_sources_then_progress_of_no_field_kept(read):
    # `已拨付150万元` names no field: kept in other_fields as written, the sources read
    r = read("ct_s35_ms_sources_then_bofu.txt")
    p = r.tables["projects"][0]
    assert _lines(r) == [("项目资金", "省级资金", 200 * W, "source"), ("项目资金", "县级配套", 100 * W, "source")]
    assert p["budget_issued"] is None and p["spent"] is None
    assert other_fields(p) == {"已拨付": "150万元"}


def test_year_budget_arranged_in_a_report_sentence(read):
    # `项目资金：2023年预算安排资金8,600.00万元，其中中央补助资金5,200.00万元，…，实际支出7,912.50万元`
    r = read("ct_s34_bt_third_party_eval_report.txt")
    p = r.tables["projects"][0]
    assert p["budget_year"] == 8600 * W
    assert p["spent"] == 7912.5 * W
    assert [(b["name"], b["amount"]) for b in r.tables["budget_items"]] == [("中央补助资金", 5200 * W),
                                                                          ("市级财政资金", 3400 * W)]


def test_total_sentence_then_arrived_money(read):
    # `资金总额：500万元，其中中央资金300万元，实际到位480万元`: the total and its source as before, 实际到位 no longer
    # skipped without a word
    r = read("ct_s35_ms_total_then_daowei.txt")
    p = r.tables["projects"][0]
    assert p["budget_total"] == 500 * W
    assert _lines(r) == [("资金总额", "中央资金", 300 * W, "source")]
    assert p["budget_issued"] == 480 * W

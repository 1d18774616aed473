"""Hunt LF (session 37): readings every reviewer found wrong and left — a 政府采购 form's purchase rows splitting it, a
基本建设 form with no year line, a 批复表 list titled by its notice, a 说明： before a money line's name, a goal's last words
on a line of their own, an indicator name cut before its document's name, deadline targets. Inputs
tests/fixtures/review/ct_s37_lf_*; each test asserts what the form shows, written down before the run."""
import pytest

from normalize.targets import split_target


def _inds(r):
    return [(i["level3"], i["op"], i["value"], i["unit"], i["target_text"]) for i in r.tables["indicators"]]


def _lines(r):
    return [(b["group"], b["name"], b["amount"], b["kind"]) for b in r.tables["budget_items"]]


def _codes(r):
    return [w["code"] for w in r.tables["warnings"]]


def test_purchase_rows_are_lines_of_the_form(read):
    # `采购项目名称 | 办公电脑 | 采购预算（万元） | 30` under the form's 项目名称: a purchase, no second project (it was
    # one with a 300,000 total against the year's 1,000,000: annual_exceeds_total)
    r = read("ct_s37_lf_caigou_rows.txt")
    ps = r.tables["projects"]
    assert len(ps) == 1
    p = ps[0]
    assert (p["name"], p["year"], p["budget_year"], p["budget_fiscal"]) == ("教育信息化设备购置项目", 2024, 1_000_000, 1_000_000)
    assert p["budget_total"] is None
    assert _lines(r) == [("政府采购", "办公电脑", 300_000, "composition"),
                         ("政府采购", "多媒体教学一体机", 700_000, "composition")]
    assert "annual_exceeds_total" not in _codes(r) and "no_indicators" not in _codes(r)
    assert len(r.tables["indicators"]) == 5


def test_construction_form_year_from_its_money_label(read):
    # no year line; `2024年计划投资 | 800` (and 填报日期：2024年3月5日): the form's year is 2024
    r = read("ct_s37_lf_jianshe_no_year.txt")
    p = r.tables["projects"][0]
    assert (p["name"], p["year"], p["budget_total"], p["budget_year"]) == ("某县农村公路提质改造工程", 2024, 20_000_000, 8_000_000)
    assert str(p["fill_date"]) == "2024-03-05"
    assert ("工程完工时间", None, None, None, "2024年12月底前") in _inds(r)     # (a deadline: text, see below)


def test_approval_list_takes_its_own_title(read):
    r = read("ct_s37_lf_pifu_own_title.txt")
    ps = r.tables["projects"]
    assert [(p["name"], p["budget_year"], p["year"]) for p in ps] == [("耕地地力保护补贴", 5_000_000, 2024),
                                                                       ("动物防疫补助", 1_200_000, 2024)]
    assert {p["title"] for p in ps} == {"2024年度县农业农村局项目支出绩效目标批复表"}


def test_beneficiaries_under_source_heads_are_no_money(read):
    # `受益情况 | 中央 | 省级 | 合计` then `受益人数 | 3000` under the 资金来源 matrix: a count, kept in other_fields (read
    # right by both trees: the left reading, 受益人数 a source line, was not reproduced)
    r = read("ct_s37_lf_beneficiary_cells.txt")
    p = r.tables["projects"][0]
    assert p["budget_total"] == 3_000_000
    assert _lines(r) == [(None, "中央", 2_000_000, "source"), (None, "省级", 1_000_000, "source")]
    assert '"受益人数": "3000"' in p["other_fields"]


def test_note_word_not_in_a_money_line_name(read):
    r = read("ct_s37_lf_matrix_note.txt")
    p = r.tables["projects"][0]
    assert (p["budget_total"], p["budget_fiscal"]) == (2_000_000, 1_500_000)
    assert _lines(r) == [("资金来源", "上年结转资金", 500_000, "source")]


def test_goal_last_words_on_their_own_line(read):
    r = read("ct_s37_lf_goal_tail_table_words.txt")
    p = r.tables["projects"][0]
    assert p["goal_annual"] == "完成全县农业普查入户登记，按时上报农业普查情况统计表"
    assert _inds(r) == [("普查入户登记户数", ">=", 20000, "户", None),
                        ("数据上报时间", None, None, None, "2024年6月30日前"),
                        ("普查工作完成时间", None, None, None, "年底前完成"),
                        ("普查对象满意度", ">=", 85, "%", None)]


def test_cut_indicator_name_with_document_tail(read):
    r = read("ct_s37_lf_cut_indicator_name.txt")
    assert _inds(r) == [("完成统计调查报表", ">=", 12, "期", None),
                        ("编制全县主要经济指标季度统计汇总表", "=", 4, "期", None),
                        ("报表报送及时率", "=", 100, "%", None),
                        ("使用单位满意度", ">=", 90, "%", None)]
    assert "target_missing" not in _codes(r)


# A deadline alone (`2023年12月底前`, `6月30日前`, `年底前完成`) stays text, op and value null: the contract's value is a
# number and extracts one "only when the cell is a comparison of one quantity"; it names a deadline only as a
# quantity's qualifier (`=100% (2022年5月底前)`), and the templates' hand-written expectations (29 of them) keep op null.
# The check deadline_out_of_period reads the date from target_raw.
@pytest.mark.parametrize("raw", ["2023年12月底前", "6月30日前", "年底前完成", "2024.12.31前"])
def test_deadline_alone_stays_text(raw):
    t = split_target(raw)
    assert (t.op, t.value, t.unit, t.qualifier, t.target_text) == (None, None, None, None, raw)


def test_deadline_qualifier_unchanged():
    t = split_target("≥95%（2024年底前）")
    assert (t.op, t.value, t.unit, t.qualifier) == (">=", 95, "%", "2024年底前")

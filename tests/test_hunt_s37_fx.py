"""Review DR (session 37) fixes: a 合计 over 中期 / 年度 (or year-column) pairs counted once per source row; rule
points and caps (累计6分封顶, 1个月内…扣2分); a level's name is no indicator name in a packed list; a table's title
line needs a table word; extension columns' text no cap; a place's 门 ending. Inputs tests/fixtures/review/ct_s37_fx_*
or inline strings."""
from tests.hunt_tools import warning_codes


# ---------------------------------------------------------------- 1. one record per source row under a 合计

def test_horizon_pair_total_counts_each_row_once(read):
    # 中期指标值 | 年度指标值 make two records of each row; the 合计 (90 / 85) sums the rows, not the records
    r = read("ct_s37_fx_horizon_pair_total.txt")
    assert [i["horizon"] for i in r.tables["indicators"]] == ["long_term", "annual"] * 2
    assert "total_row_mismatch" not in warning_codes(r)


def test_year_columns_total_counts_each_row_once(read):
    r = read("ct_s37_fx_year_cols_total.txt")
    assert [i["target_year"] for i in r.tables["indicators"]] == [2024, 2025] * 2
    assert "total_row_mismatch" not in warning_codes(r)


# ---------------------------------------------------------------- 3. rule points and caps

def _item(req, section=None):
    from normalize.records import normalize_assessment_item
    r = normalize_assessment_item({"content": "安全生产事故", "requirement": req, "section": section})
    return r["kind"], r["points"], r["cap"]


def test_cumulative_cap_is_no_stated_points():
    # 累计6分 is the cap, not the item's points (a bare 计 matched 累计 / 合计)
    assert _item("每起扣2分，累计6分封顶", "扣分项") == ("penalty", 2.0, 6.0)


def test_time_limit_and_all_at_once_are_no_counts():
    # a base item's one deduction: 1个月内 is a time limit, 三项…均 all of them at once
    assert _item("1个月内未完成扣2分") == ("base", 2.0, None)
    assert _item("三项工作均未完成扣3分") == ("base", 3.0, None)
    assert _item("少开展1次扣1分") == ("base", None, None)       # (a figure a time: the points not said)


# ---------------------------------------------------------------- 4. a level's name is no indicator name

def test_level_name_is_no_packed_indicator_name():
    from parsers.layouts.packed_list import split_packed_item
    for text in ("数量：3项", "数量指标：3项", "社会效益：≥90%", "可持续影响：5年", "满意度指标≥90%"):
        assert split_packed_item(text) == (None, text)
    assert split_packed_item("满意度≥90%") == ("满意度", "≥90%")     # (the satisfaction indicator, bare)
    assert split_packed_item("服务对象满意度≥90%") == ("服务对象满意度", "≥90%")
    assert split_packed_item("居民满意度≥85%") == ("居民满意度", "≥85%")


# ---------------------------------------------------------------- 5. a table's name line needs a table word

def test_cut_row_ending_in_biao_joins():
    from tests.hunt_tools import budget_lines
    from extract.txt import _TABLE_NAME_LINE
    assert [bool(_TABLE_NAME_LINE.match(t)) for t in ("资金分配表", "项目资金测算明细表（万元）", "分配清单", "资金使用情况表",
                                                     "更换智能水表", "走访人大代表")] == [True] * 4 + [False] * 2
    from jixiao.pipeline import process_file
    from tests.conftest import REVIEW
    r = process_file(str(REVIEW / "ct_s37_fx_cut_row_ending_biao.txt"))
    assert [(n, a) for _, n, a, _ in budget_lines(r)] == [("管网改造", 800_000.0), ("更换智能水表及配套设施", 350_000.0)]


# ---------------------------------------------------------------- 6. extension columns' text is no cap

def test_extension_column_text_is_no_cap(read):
    r = read("ct_s37_fx_evidence_no_cap.txt")
    assert [(a["content"], a["kind"], a["points"], a["cap"], a["evidence"], a["self_score"])
            for a in r.tables["assessment_items"]] == [
        ("安全生产责任落实", "base", 10.0, None, "会议记录", 9.0),
        ("宣传工作获上级推广", "bonus", 1.0, None, "宣传视频（不超过5分钟）", 2.0)]


# ---------------------------------------------------------------- 7. a place's 都 / 门 ending

def test_men_du_places_and_words():
    from normalize.orgs import PLACE_WORD, _PLACE
    for t in ("成都市", "厦门市", "石门县", "荆门市", "天门市", "海门区", "新都区"):
        assert _PLACE.search(t) and PLACE_WORD.match(t), t
    for t in ("专门区域", "校门区域", "东门市场"):
        assert not _PLACE.search(t) and not PLACE_WORD.match(t), t


# ---------------------------------------------------------------- 9. dead code, one helper, comments

def test_cleanups():
    import inspect
    from jixiao import schema
    from jixiao.checks import fmt_points
    from parsers import forms, tables
    from parsers.layouts import packed_list
    assert not hasattr(forms, "_ANY_PLACE") and not hasattr(tables, "_points_text")
    assert tables.fmt_points is fmt_points and [fmt_points(x) for x in (47.0, 45.5, 19.951, 0.0)] == ["47", "45.5", "19.95", "0"]
    assert "_lone_numbered(" in inspect.getsource(packed_list._lone_heading)
    # (review fa: the column itself, not the text of schema.py under one version's line)
    assert "assessor" in schema.columns("assessment_items")

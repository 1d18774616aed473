"""Hunt cw (session 40): labelled-but-empty money fields. Expectations written by hand before running jixiao."""
import pytest


def _money(p):
    return {k: p[k] for k in ("form", "budget_initial", "budget_year", "budget_total", "budget_fiscal", "spent",
                              "execution_rate")}


@pytest.mark.parametrize("name, expected", [
    # main gave budget_year 4200000.0 (the 年初预算数 copied over the `/` under 全年预算数)
    ("ct_s40_cw_monitor_year_slash.txt", dict(form="self_eval", budget_initial=4200000.0, budget_year=None,
                                              budget_total=None, budget_fiscal=4200000.0, spent=2100000.0,
                                              execution_rate=0.5)),
    # main gave budget_year 3600000.0 (the empty 调整后预算数 cell filled with the 年初预算数)
    ("ct_s40_cw_monitor_adjusted_blank.txt", dict(form="self_eval", budget_initial=3600000.0, budget_year=None,
                                                  budget_total=None, budget_fiscal=3600000.0, spent=1440000.0,
                                                  execution_rate=0.4)),
    # all three stated: the year's budget is the 全年 (= 调整后) figure (main right)
    ("ct_s40_cw_monitor_all_three.txt", dict(form="self_eval", budget_initial=5000000.0, budget_year=5200000.0,
                                             budget_total=None, budget_fiscal=5200000.0, spent=2600000.0,
                                             execution_rate=0.5)),
])
def test_monitor_matrix_labelled_empty(read, name, expected):
    assert _money(read(name).tables["projects"][0]) == expected


@pytest.mark.parametrize("name", ["ct_s40_cw_pairs_year_slash.txt", "ct_s40_cw_pairs_adjusted_blank.txt"])
def test_monitor_pairs_labelled_empty(read, name):
    # main gave budget_year 8600000.0 in both (the 年初预算数)
    p = read(name).tables["projects"][0]
    assert p["form"] == "self_eval"
    assert p["budget_initial"] == 8600000.0
    assert p["budget_year"] is None
    assert p["spent"] == 5160000.0 and p["execution_rate"] == 0.6


def test_monitor_only_initial_still_filled(read):
    # a form with no 全年 / 调整后 label at all: the 年初预算数 is the year's budget (hunt dt's rule, kept)
    p = read("ct_s40_dt_monitor_initial_only.txt").tables["projects"][0]
    assert p["budget_initial"] == 5800000.0 and p["budget_year"] == 5800000.0

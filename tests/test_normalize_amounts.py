"""normalize.amounts: detect_money_unit, parse_amount, parse_number, parse_fraction, parse_count."""
from __future__ import annotations

import pytest

from normalize.amounts import detect_money_unit, parse_amount, parse_count, parse_fraction, parse_number


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("金额单位：元", "元"),
        ("填报单位（盖章） 金额单位：元", "元"),
        ("金额单位：万元", "万元"),
        ("金额单位：萬元", "万元"),                  # (a Traditional 萬: the unit as the contract spells it)
        ("金额单位: 万元", "万元"),
        ("单位：元", "元"),
        ("单位：亿元", "亿元"),
        ("（单位：万元）", "万元"),
        ("单位：人民币万元", "万元"),
        ("项目资金情况（万元）", "万元"),
        ("预算金额（元）", "元"),
        ("项目总预算（元）", "元"),
        ("同名项目上年预算执行数（元）", "元"),
        ("(万元)", "万元"),
        ("【万元】", "万元"),
        ("万元", "万元"),
        ("元", "元"),
        ("项目总预算（元）\t170,000,000\t项目当年预算（元）", "元"),
        # no declaration
        ("申报单位名称：上海市知识产权局", None),
        ("填报单位（盖章）", None),
        ("每年600万元财政资金", None),
        ("项目名称", None),
        ("（元旦）", None),
        ("预算金额（元）合计（万元）", None),  # two different units: ambiguous
        ("", None),
        (None, None),
    ],
)
def test_detect_money_unit(written, expected):
    assert detect_money_unit(written) == expected


@pytest.mark.parametrize(
    ("written", "unit", "expected"),
    [
        (".32", "万元", 3200.0),                        # (no digit before the point, as a sheet may show 0.32)
        # Traditional characters: 萬元 / 億元 / 萬 after the number
        ("28.8萬元", None, 288000.0),
        ("3萬", None, 30000.0),
        ("1.5億元", None, 150_000_000.0),
        # yuan, with separators (samples 000, 001, 003)
        ("556000", "元", 556000.0),
        ("556000", None, 556000.0),
        ("30000.00", "元", 30000.0),
        ("170,000,000", "元", 170_000_000.0),
        ("169,429,617", None, 169_429_617.0),
        ("3,884,872", "元", 3_884_872.0),
        ("46,670,000", None, 46_670_000.0),
        ("1，000，000", None, 1_000_000.0),
        ("1 700 000", None, 1_700_000.0),
        ("1, 700, 000", None, 1_700_000.0),
        (" 10,000 ", None, 10_000.0),
        ("0", "元", 0.0),
        ("-3.5", None, -3.5),
        ("-3.5", "万元", -35_000.0),
        ("1.005", None, 1.01),  # rounded to the fen
        # 万元 declared by the form (sample 004)
        ("600.00", "万元", 6_000_000.0),
        ("590.46", "万元", 5_904_600.0),
        ("0.00", "万元", 0.0),
        ("270.46", "万元", 2_704_600.0),
        ("1.5", "亿元", 150_000_000.0),
        ("5", "金额单位：万元", 50_000.0),
        # a unit in the text overrides the declared one
        ("320万元", None, 3_200_000.0),
        ("320万元", "元", 3_200_000.0),
        ("1000元", "万元", 1000.0),
        ("600万", None, 6_000_000.0),
        ("1.5亿元", "元", 150_000_000.0),
        ("2亿", "万元", 200_000_000.0),
        ("1,200.50 元", None, 1200.5),
        ("￥1,200.50", None, 1200.5),
        ("１２０００", "元", 12000.0),
        # not one amount
        ("-----", "元", None),
        ("", None, None),
        (None, "万元", None),
        ("无", None, None),
        ("见附件", None, None),
        ("100万元和200万元", None, None),
        ("第三轮三年行动计划研究30000、质量工作考核资料编辑制作10000", None, None),
        ("12 34", None, None),
        ("3,5", None, None),
        ("100%", None, None),
        ("5", "千克", None),  # an unknown declared unit is not guessed
        ("9" * 400, "万元", None),
    ],
)
def test_parse_amount(written, unit, expected):
    assert parse_amount(written, unit) == expected


def test_parse_amount_is_exact_decimal():
    assert parse_amount("590.46", "万元") == 5904600.0
    assert parse_amount("0.1", "万元") == 1000.0
    assert parse_amount("19.99", "万元") == 199900.0


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("3", 3.0),
        ("19.95", 19.95),
        ("1.00", 1.0),
        ("2分", 2.0),
        ("10分", 10.0),
        (" 20 ", 20.0),
        ("96.95", 96.95),
        ("1,000", 1000.0),
        ("-2", -2.0),
        ("０.５", 0.5),
        ("3项", None),
        ("100%", None),
        ("已完成", None),
        ("-----", None),
        ("分", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_number(written, expected):
    assert parse_number(written) == expected


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("96.6%", 0.966),
        ("100%", 1.0),
        ("0%", 0.0),
        ("33.3%", 0.333),
        ("120%", 1.2),
        (" 96.6 ％ ", 0.966),
        ("5‰", 0.005),
        ("0.95", 0.95),
        ("0", 0.0),
        ("1", 1.0),
        ("95", None),  # ambiguous without %
        ("1.5", None),
        ("已完成", None),
        ("100%（10月）", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_fraction(written, expected):
    assert parse_fraction(written) == expected


@pytest.mark.parametrize("text, yuan", [
    ("壹佰万元整", 1_000_000.0), ("人民币叁仟伍佰元伍角", 3500.5), ("壹拾万零伍佰元整", 100_500.0),
    ("伍亿叁仟万元", 530_000_000.0), ("壹亿零伍拾万元整", 100_500_000.0), ("贰万元正", 20_000.0),
    ("壹万贰仟叁佰肆拾伍元陆角柒分", 12_345.67), ("拾元", 10.0),
])
def test_capital_numeral_amounts(text, yuan):
    from normalize.amounts import parse_amount, parse_capital_amount
    assert parse_capital_amount(text) == yuan
    assert parse_amount(text, "万元") == yuan          # written out in yuan, whatever the declared unit


@pytest.mark.parametrize("text", ["零发生", "壹佰", "捌角", "万元", "壹佰万", "伍元整多"])
def test_number_words_that_are_no_written_out_amount(text):
    from normalize.amounts import parse_capital_amount
    assert parse_capital_amount(text) is None


def test_bare_wan_and_yi_amounts():
    from normalize.amounts import parse_amount
    assert parse_amount("1.5亿") == 150_000_000.0 and parse_amount("671.2万") == 6_712_000.0


@pytest.mark.parametrize("rate, spent, budget, want", [
    ("20", 100000.0, 500000.0, 0.2),          # 10 of 50 万元 written `20` without its %
    ("86.19", 215475.0, 250000.0, 0.8619),
    ("20", 100000.0, 300000.0, None),         # the money does not prove it: no guess
    ("20", None, 500000.0, None),
    ("0.2", 100000.0, 500000.0, 0.2),         # a fraction as before
    ("20%", 100000.0, 500000.0, 0.2),
    ("2000", 100000.0, 500000.0, None),
])
def test_a_bare_execution_rate_is_a_percentage_only_when_the_money_proves_it(rate, spent, budget, want):
    from extract.grid import Cell
    from normalize.records import normalize_project
    fields = {"execution_rate": Cell(0, 0, rate)}
    if spent is not None:
        fields["spent"] = Cell(0, 1, str(spent))
    fields["budget_year"] = Cell(0, 2, str(budget))
    assert normalize_project(fields, year=2022, form_unit="元")["execution_rate"] == want


@pytest.mark.parametrize("rate, want", [("8619%", 0.8619), ("86.19%", 0.8619), ("9000%", 90.0)])
def test_a_rate_whose_decimal_point_a_scan_lost_is_mended_only_when_the_money_proves_it(rate, want):
    from extract.grid import Cell
    from normalize.records import normalize_project
    fields = {"execution_rate": Cell(0, 0, rate), "spent": Cell(0, 1, "215475"), "budget_year": Cell(0, 2, "250000")}
    assert normalize_project(fields, year=2022, form_unit="元")["execution_rate"] == want


@pytest.mark.parametrize(
    "written, expected",
    [
        ("2800平方米", 2800.0),
        ("96间", 96.0),
        ("3.5公里", 3.5),
        ("1,200个", 1200.0),
        ("１２个", 12.0),        # full-width digits
        ("5m²", 5.0),
        ("2024年", None),        # a year, no count
        ("若干", None),
        ("约10个", None),        # not a count as written
        ("10", None),            # a plain number is parse_number's
        ("", None),
        (None, None),
    ],
)
def test_parse_count(written, expected):
    assert parse_count(written) == expected

"""Mend md17 (session 58): what reviewers of this session found read wrong or lost under a 项目支出绩效目标表 in Word —
a table of its own after the indicator table (tests/fixtures/review/ct_s58_md17_*, made by
tests/fixtures/review/make_s58_md17.py; each file twice, as a DOCX and as a text dump of it; read by hand before the
run).

Decided:
- `单位 | 金额（万元）` (a head of offices left of an amount's, no column naming lines nor a person's name) is the form's
  breakdown by the units sharing its money: its rows the form's composition lines (main: the rows lost with no
  warning in the DOCX, `合计 | 300` an unparsed_row; in the dump a phantom indicator `200某县民政局`); so is
  `支出方向 | 金额（万元）` (支出方向, 资金投向, 资金用途 now heads of a breakdown's names: main read its rows as indicators);
- a one-cell line over two-column rows, the first of no figure (`资金安排明细` over `单位 | 金额（万元）`), is a caption
  in a text dump, no piece of a cut row (main: the four lines glued into one row of the indicators' width);
- a text line under the indicators right over the head of a table of another kind (`项目组成员` over `姓名 | 所在单位 |
  职称 | 项目分工`, `补助发放名单`, `资金测算明细：`) is that table's caption, no indicator of no target;
- `姓名 | 所在单位 | 补助金额` (`序号 | 姓名 | …`) is a table of people (a roster the project pays): its rows no
  indicators, no money and no warnings (main: one unparsed_row a person, or indicators `周德明 | 县纺织厂 | =2000`).
Kept: `支出内容 | 金额（万元）` under its caption `资金测算明细` the form's lines (main already).
"""
from __future__ import annotations

import pytest

from tests.hunt_tools import budget_lines, indicator_targets, only_project, warning_codes

P = "ct_s58_md17_"
BOTH = ("txt", "docx")
TOWNS = [(None, "城关镇", 900000.0, "composition"), (None, "东山乡", 700000.0, "composition"),
         (None, "西河乡", 800000.0, "composition"), (None, "南岭镇", 600000.0, "composition")]
OFFICES = [(None, "某县社会救助服务中心", 2000000.0, "composition"), (None, "某县民政局", 1000000.0, "composition")]
SPEND = [(None, "图书采购", 450000.0, "composition"), (None, "数字化设备购置", 380000.0, "composition"),
         (None, "流动服务车运行", 220000.0, "composition"), (None, "业务培训", 150000.0, "composition")]
RELIEF_LAST = ("满意度指标", "服务对象满意度指标", "救助对象满意度", ">=", 90.0, "%")


@pytest.mark.parametrize("ext", BOTH)
@pytest.mark.parametrize("name,lines", [("units", TOWNS), ("units_caption", OFFICES)])
def test_a_units_breakdown_after_the_form_is_its_lines(read, ext, name, lines):
    # main: the DOCX's towns lost with no warning (合计 an unparsed_row); the dump's a phantom indicator
    r = read(f"{P}{name}.{ext}")
    p = only_project(r)
    assert (p["name"], p["budget_year"], p["budget_fiscal"]) == ("2025年城乡困难群众临时救助资金", 3000000.0, 3000000.0)
    assert budget_lines(r) == lines
    assert len(r.tables["indicators"]) == 5 and indicator_targets(r)[-1] == RELIEF_LAST
    assert "unparsed_row" not in warning_codes(r) and r.document["status"] == "ok"


@pytest.mark.parametrize("ext", BOTH)
def test_a_breakdown_by_where_the_money_goes_is_its_lines(read, ext):
    # main: `支出方向 | 金额（万元）` and its rows read as indicators of the last level (`临时救助金发放`, =270)
    r = read(f"{P}directions.{ext}")
    assert budget_lines(r) == [(None, "临时救助金发放", 2700000.0, "composition"),
                               (None, "救助工作经费", 300000.0, "composition")]
    assert len(r.tables["indicators"]) == 5 and indicator_targets(r)[-1] == RELIEF_LAST


@pytest.mark.parametrize("ext", BOTH)
def test_a_caption_with_its_colon_over_a_breakdown_is_no_indicator(read, ext):
    # main: `资金测算明细：` an indicator of no target (target_missing); the lines were kept
    r = read(f"{P}spend_short.{ext}")
    assert budget_lines(r) == SPEND
    assert [i[2] for i in indicator_targets(r)] == ["新增图书册数", "设备验收合格率", "乡镇分馆年接待人次", "读者满意度"]
    assert "target_missing" not in warning_codes(r)


@pytest.mark.parametrize("ext", BOTH)
def test_a_team_tables_caption_is_no_indicator(read, ext):
    # main: `项目组成员` an indicator of no target under 服务对象满意度指标
    r = read(f"{P}team.{ext}")
    assert [i[2] for i in indicator_targets(r)] == ["示范基地", "技术规程通过验收", "示范基地农药使用量", "示范农户满意度"]
    assert "target_missing" not in warning_codes(r) and budget_lines(r) == []


@pytest.mark.parametrize("ext", BOTH)
def test_a_roster_under_the_form_is_no_row_of_it(read, ext):
    # main: `补助发放名单` an indicator; the head and each of the five people an unparsed_row, the form partial
    r = read(f"{P}roster.{ext}")
    assert only_project(r)["budget_year"] == 120000.0 and budget_lines(r) == []
    assert [i[2] for i in indicator_targets(r)] == ["补助留守儿童人数", "补助发放及时率", "留守儿童生活学习条件", "监护人满意度"]
    assert not {"unparsed_row", "target_missing"} & set(warning_codes(r)) and r.document["status"] == "ok"


@pytest.mark.parametrize("ext", BOTH)
def test_a_roster_of_no_caption_gives_no_indicators(read, ext):
    # main: its head and three people read as indicators (`周德明 | 县纺织厂`, target =2000)
    r = read(f"{P}roster_plain.{ext}")
    assert indicator_targets(r) == [("产出指标", "数量指标", "慰问困难职工人数", "=", 30.0, "人"),
                                    ("效益指标", "社会效益指标", "困难职工生活困难缓解", None, None, None),
                                    ("满意度指标", "服务对象满意度指标", "慰问对象满意度", ">=", 95.0, "%")]
    assert budget_lines(r) == [] and "unparsed_row" not in warning_codes(r)


@pytest.mark.parametrize("ext", BOTH)
def test_a_spending_breakdown_under_its_caption_stays_the_forms_lines(read, ext):
    # (guard, main already)
    r = read(f"{P}spend.{ext}")
    assert budget_lines(r) == SPEND and len(r.tables["indicators"]) == 4 and warning_codes(r) == []


def test_a_unit_of_measure_beside_the_lines_names_stays_no_name(tmp_path):
    # (guard: `品目名称 | 单位 | 数量 | 单价 | 金额（万元）` under the form: 单位 the measure, 品目名称 the lines' names)
    import sys
    from pathlib import Path

    from jixiao.pipeline import process_file
    sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "review"))
    from make_s58_md17 import CULTURE, _text
    rows = [["品目名称", "单位", "数量", "单价（万元）", "金额（万元）"], ["图书", "册", "20000", "0.0035", "70"],
            ["数字化阅读终端", "台", "25", "2", "50"]]
    path = tmp_path / "goods.txt"
    path.write_text(_text(CULTURE + [("t", rows, ())]), encoding="utf-8")
    r = process_file(str(path))
    assert [(b[1], b[2]) for b in budget_lines(r)] == [("图书", 700000.0), ("数字化阅读终端", 500000.0)]

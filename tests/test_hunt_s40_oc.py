"""Scans and photos of forms (session 40 hunt `oc`): a county 项目支出绩效目标申报表, a 项目支出绩效自评表 with
分值/得分 and a 项目清单 written as web pages, printed by chromium and degraded as archives hold them by
tests/fixtures/make_s40_oc.py (prefix ct_s40_oc_ in tests/fixtures/review): a red seal over a turned page, a photo at
an angle, a fold shadow, a copier's grey, a bilevel page with a pen tick, two page images in one PDF, small print.

The expectations were written by hand from the forms before jixiao read them. Exact: names, departments, units,
levels, ops, values, units, weights and scores; the annual goal's text may differ by a character.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.hunt_tools import only_project, warning_codes

REVIEW = Path(__file__).resolve().parent / "fixtures" / "review"

# (level1_std, level2, level3, op, value, unit): the target form as printed (money targets in 元, as jixiao writes them).
TARGET = [
    ("output", "数量指标", "补助少年宫数量", "=", 12.0, "所"),
    ("output", "数量指标", "受益学生人数", ">=", 3600.0, "人"),     # its 二级 cell left empty under 数量指标
    ("output", "质量指标", "活动开展达标率", ">=", 95.0, "%"),
    ("output", "时效指标", "资金拨付及时率", "=", 100.0, "%"),
    ("output", "成本指标", "每所少年宫补助标准", "<=", 30000.0, "元"),
    ("outcome", "社会效益指标", "学生安全事故发生率", "<=", 0.5, "‰"),
    ("outcome", "可持续影响指标", "少年宫持续运行年限", ">=", 3.0, "年"),
    ("satisfaction", "服务对象满意度指标", "学生家长满意度", ">=", 90.0, "%"),
]

# (level1_std, level2, level3, op, value, unit, actual_raw, weight, score): the self-evaluation as printed.
SELFEVAL = [
    ("output", "数量指标", "维修养护供水工程处数", ">=", 45.0, "处", "47处", 15.0, 15.0),
    ("output", "质量指标", "工程验收合格率", "=", 100.0, "%", "100%", 15.0, 15.0),
    ("output", "时效指标", "维修完成及时率", ">=", 95.0, "%", "90%", 10.0, 8.0),
    ("output", "成本指标", "单处维修平均成本", "<=", 25000.0, "元", "2.44万元", 10.0, 10.0),
    ("outcome", "社会效益指标", "受益人口", ">=", 2.1, "万人", "2.3万人", 15.0, 15.0),
    ("outcome", "可持续影响指标", "工程正常运行率", ">=", 98.0, "%", "98.5%", 15.0, 15.0),
    ("satisfaction", "服务对象满意度指标", "受益群众满意度", ">=", 90.0, "%", "93%", 10.0, 10.0),
]


def _near(a: str | None, b: str) -> bool:
    """Equal but for at most one character (OCR may miss or misread one in a long text)."""
    if a is None:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) <= 1
    short, long_ = sorted((a, b), key=len)
    return len(long_) - len(short) == 1 and any(long_[:k] + long_[k + 1:] == short for k in range(len(long_)))


def _target_project(p: dict) -> None:
    assert p["name"] == "乡村学校少年宫运行补助"
    assert p["year"] == 2026
    assert p["department"] == "湄潭县教育局"
    assert p["unit"] == "湄潭县兴隆镇中心学校"
    assert p["budget_year"] == 360000.0
    assert p["budget_fiscal"] == 300000.0
    assert p["budget_other"] == 60000.0
    assert _near(p["goal_annual"], "保障全镇12所乡村学校少年宫正常运转，每周开展兴趣活动不少于2次，惠及学生3600人。")


def _target_rows(r, pid: str | None = None) -> list[tuple]:
    return [(i["level1_std"], i["level2"], i["level3"], i["op"], i["value"], i["unit"])
            for i in r.tables["indicators"] if pid is None or i["project_id"] == pid]


def _selfeval_project(p: dict) -> None:
    assert p["name"] == "农村饮水安全工程维修养护"
    assert p["year"] == 2025
    assert p["department"] == "镇宁县水务局"
    assert p["unit"] == "镇宁县农村供水管理站"
    assert p["budget_initial"] == 1200000.0
    assert p["budget_year"] == 1200000.0
    assert p["spent"] == 1146000.0


def _selfeval_rows(r, pid: str | None = None) -> list[tuple]:
    return [(i["level1_std"], i["level2"], i["level3"], i["op"], i["value"], i["unit"], i["actual_raw"], i["weight"],
             i["score"]) for i in r.tables["indicators"] if pid is None or i["project_id"] == pid]


@pytest.mark.parametrize("name", ["ct_s40_oc_target_rot_seal.jpg", "ct_s40_oc_target_photo.jpg",
                                  "ct_s40_oc_target_fold.jpg", "ct_s40_oc_target_150_small.jpg"])
def test_target_form_scans(read, name):
    r = read(name)
    _target_project(only_project(r))
    assert _target_rows(r) == TARGET
    assert "layout_unknown" not in warning_codes(r)


@pytest.mark.parametrize("name", ["ct_s40_oc_selfeval_copier.jpg", "ct_s40_oc_selfeval_tick.png"])
def test_selfeval_scans(read, name):
    r = read(name)
    _selfeval_project(only_project(r))
    assert _selfeval_rows(r) == SELFEVAL


def test_selfeval_ticked_attribute(read):
    """A pen tick drawn over the 延续项目 box and out past its top right corner: main read `□新增项目延续项目` (the box
    and its tick one blob, no square; the box's sides, as tall as the vertical ruling kernel at 150 dpi, taken away as
    rulings; the two options read as two OCR lines of one box each) and the category was None. The copier's page
    ticks neither box."""
    assert only_project(read("ct_s40_oc_selfeval_tick.png"))["category"] == "延续项目"
    assert only_project(read("ct_s40_oc_selfeval_copier.jpg"))["category"] is None


def test_selfeval_tick_on_the_first_option(read):
    """A gray scan turned 1.5°, the pen tick over the first box (新增项目) running into 新: box and tick one blob as
    wide as high, its top side not inked along the blob's top; main read `新增项目 □延续项目` (the ticked box lost) and
    the category None."""
    r = read("ct_s40_oc_selfeval_tick_first.jpg")
    p = only_project(r)
    _selfeval_project(p)
    assert p["category"] == "新增项目"
    assert _selfeval_rows(r) == SELFEVAL


def test_tick_box_found_inside_its_overshooting_tick():
    """The box finder alone, on the ticked page: the ticked square (its tick runs out of it) and the empty one, one row."""
    from extract import scan
    gray = scan.open_image_pages((REVIEW / "ct_s40_oc_selfeval_tick.png").read_bytes())[0][0]
    g, _, _ = scan.level_and_upright(gray)
    row = sorted((x, ticked) for x, y, w, h, ticked in scan.find_boxes(g, 42.0) if 240 <= y <= 280)
    assert [t for _, t in row] == [False, True]


def test_selfeval_gray_seal_over_scores(read):
    """A seal over the 实际完成值 / 分值 / 得分 cells, copied in gray: its ring runs along the 受益人口 row through two
    column rulings, no blank column beside them, and main read the row's three cells as one: target
    `≥2.1万人2.3万人15` (op >=, value and unit None, actual and weight None). A seal ring's stroke is no ink in the
    padding test now. Under the seal's words `47处` and the 质量指标 row's 分值 15 are not read (the recognizer reads
    `47处族` from the cell alone): not asserted."""
    r = read("ct_s40_oc_selfeval_seal_gray.jpg")
    _selfeval_project(only_project(r))
    rows = _selfeval_rows(r)
    assert len(rows) == len(SELFEVAL)
    for got, exp in zip(rows[2:], SELFEVAL[2:]):
        assert got == exp
    assert rows[0][:6] == SELFEVAL[0][:6] and rows[0][7:] == SELFEVAL[0][7:]
    assert rows[1][:7] == SELFEVAL[1][:7] and rows[1][8] == SELFEVAL[1][8]
    assert "weights_not_100" in warning_codes(r)      # the lost 15 leaves the weights at 85: reported


def test_two_page_images_in_one_pdf(read):
    r = read("ct_s40_oc_two_pages.pdf")
    assert r.document["format"] == "scan"
    ps = r.tables["projects"]
    assert [p["name"] for p in ps] == ["乡村学校少年宫运行补助", "农村饮水安全工程维修养护"]
    _target_project(ps[0])
    _selfeval_project(ps[1])
    assert _target_rows(r, ps[0]["project_id"]) == TARGET
    assert _selfeval_rows(r, ps[1]["project_id"]) == SELFEVAL


LIST = [
    ["序号", "项目名称", "实施地点", "建设内容及规模", "资金规模", "责任单位"],
    ["1", "石板村产业路硬化项目", "石板村", "硬化产业路2.3公里，宽4.5米", "138.00", "县交通运输局"],
    ["2", "茶园提质增效项目", "新联村", "改造低产茶园800亩", "64.00", "县农业农村局"],
    ["3", "小型农田水利设施建设", "高坪村", "新建灌溉渠道1.2公里", "45.50", "县水务局"],
    ["4", "脱贫人口小额信贷贴息", "全县", "贴息贷款1850万元", "55.50", "县乡村振兴局"],
]


def test_project_list_photo_cells():
    """A 项目清单 photographed at an angle (keystone, 3° turn): every cell read exactly, the 合计 row merged over four
    columns. (The pipeline says `layout_unknown` of it, not `project_list`: the list's heads 资金规模 / 责任单位 are
    the parsers' matter, left alone here.)"""
    from extract import scan
    x = scan.extract_image((REVIEW / "ct_s40_oc_list_photo.jpg").read_bytes(), "d")
    g, = x.grids
    cells = [[(g.at(r, k).text if g.at(r, k) is not None else "") for k in range(g.n_cols)] for r in range(g.n_rows)]
    assert cells[:5] == LIST
    assert g.at(5, 0).text == "合计" and g.at(5, 0).colspan == 4 and g.at(5, 4).text == "303.00"


def test_square_glyphs_opening_cells_of_one_row_are_no_options(read):
    """A searchable scan (its text layer in words): 四 of `四川省文化和旅游厅` and of `四川省非物质文化遗产保护中心`, two
    cells of one row, each pass for a ticked square opening its line; options read line by line are taken only where a
    hand's tick ran out of its box (a first cut of this hunt's rule made both fields `☑`)."""
    r = read("ct_s34_bu_word_province.pdf")
    assert [(p["department"], p["unit"]) for p in r.tables["projects"]] == [
        ("四川省文化和旅游厅", "四川省非物质文化遗产保护中心")] * 2

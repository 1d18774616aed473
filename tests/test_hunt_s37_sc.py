"""Scans and photos of forms (session 37 hunt `sc`): a phone photo, a red seal, a fax, a page fed sideways and a
two-page TIFF, rendered from LibreOffice / chromium PDFs by tests/fixtures/make_s37_sc.py (prefix ct_s37_sc_ in
tests/fixtures/review). OCR takes seconds per page, so each file is read once (as tests/test_hunt_s30_scan.py does).
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from jixiao.pipeline import process_file

REVIEW = Path(__file__).resolve().parent / "fixtures" / "review"

HEALTH = [
    ("output", "数量指标", "适龄儿童国家免疫规划疫苗接种率", "≥90%", "%"),
    ("output", "数量指标", "7岁以下儿童健康管理率", "95%-98%", "%"),
    ("output", "数量指标", "高血压患者规范管理率", "不低于62%（含）", "%"),
    ("output", "数量指标", "家庭医生签约服务人次", "≥36000人·次", "人·次"),
    ("output", "质量指标", "居民电子健康档案动态使用率", "≥60%", "%"),
    ("output", "时效指标", "疑似传染病网络直报时限", None, "小时"),      # `(0,2]` read `(0,2)` on the photo: not asserted
    ("outcome", "社会效益指标", "居民健康素养水平", "较2023年提高2个百分点", "个百分点"),  # a percentage-point change reads (hunt tq4, session 45)
    ("outcome", "社会效益指标", "孕产妇死亡率", "≤0.5‰", "‰"),
    ("satisfaction", "服务对象满意度指标", "居民对基本公共卫生服务满意度", "≥85%", "%"),
]


@lru_cache(maxsize=None)
def _read(name: str):
    return process_file(REVIEW / name)


def _codes(r) -> list[str]:
    return [w["code"] for w in r.tables["warnings"]]


def _health(r) -> None:
    p, = r.tables["projects"]
    assert p["name"] == "国家基本公共卫生服务项目县级配套" and p["year"] == 2024
    assert p["department"] == "临泉县卫生健康委员会" and p["department_code"] == "423001"
    assert p["unit"] == "临泉县疾病预防控制中心"
    assert p["budget_year"] == 13865200.0 and p["budget_fiscal"] == 13865200.0
    assert p["phone"] == "0558-6412397"
    got = [(i["level1_std"], i["level2"], i["level3"], i["target_raw"], i["unit"]) for i in r.tables["indicators"]]
    assert len(got) == len(HEALTH)
    for g, e in zip(got, HEALTH):
        assert g == e if e[3] is not None else g[:3] + g[4:] == e[:3] + e[4:]


def test_photo_of_a_form_whose_text_is_as_tall_as_the_kernel():
    """A phone photo (2.5° turn, perspective, light falling off, blur) of a page cropped to its ink: its text stood
    about as tall as the vertical ruling kernel and every upright stroke of a cell's words made a column of its own
    (52 columns for a form of 5): 0 projects, `layout_unknown`. A short upright must meet row rulings at both ends."""
    r = _read("ct_s37_sc_photo_health.jpg")
    _health(r)
    assert "layout_unknown" not in _codes(r)


def test_short_uprights_must_meet_row_rulings():
    """The table finder alone: the photo's table has its own 6 column boundaries, none more."""
    from extract import scan
    gray = scan.open_image_pages((REVIEW / "ct_s37_sc_photo_health.jpg").read_bytes())[0][0]
    g, _, _ = scan.level_and_upright(gray)
    t, = scan.find_tables(g)
    assert len(t.xs) <= 7 and len(t.ys) >= 17


def test_permille_read_as_percent_under_a_red_seal_scan():
    """A flat colour scan with a red 公章 over the money cells: `≤0.5‰` was read `≤0.5%` with a score of 1.00 (the
    rate ten times larger, said nowhere); the line's tail read alone gives `%0`: ‰, and the cell is reported."""
    r = _read("ct_s37_sc_seal_health.jpg")
    _health(r)
    lows = [w["message"] for w in r.tables["warnings"] if w["code"] == "low_confidence"]
    assert any("≤0.5‰" in m for m in lows)


JIANGSU = [
    ("数量指标", "新建高标准农田面积", "1.5万亩"), ("数量指标", "农田管护技术培训", "不少于2批次/年"),
    ("数量指标", "灌排设施配套", "全覆盖"), ("质量指标", "工程质量验收合格率", "≥95%且≤100%"),
    ("质量指标", "耕地质量监测点达标率", None), ("质量指标", "工程质量事故发生率", "<5‰"),
    ("时效指标", "资金支付进度", "100%（12月底）"), ("时效指标", "问题整改时限", "3天以内"),
    ("成本指标", "亩均投资偏差率", "±3%以内"), ("成本指标", "单位面积管护成本", "≤上年"),
    ("经济效益指标", "项目区粮食亩均增产", "≥50公斤"), ("社会效益指标", "农户投诉", "0投诉"),
    ("可持续影响指标", "农田设施管护机制", "长效"), ("服务对象满意度指标", "受益农户满意度", "≥90%"),
]


def _jiangsu(r) -> None:
    p, = r.tables["projects"]
    assert p["name"] == "高标准农田建设及管护项目" and p["year"] == 2025
    assert p["department"] == "江苏省农业农村厅" and p["unit"] == "江苏省耕地质量与农业环境保护站"
    assert (p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (64200000.0, 60000000.0, 4200000.0)
    got = [(i["level2"], i["level3"], i["target_raw"]) for i in r.tables["indicators"]]
    assert len(got) == len(JIANGSU)
    for g, e in zip(got, JIANGSU):
        assert g == e if e[2] is not None else g[:2] == e[:2]     # `（含）` / `(含）`: bracket width not asserted
    rate = [i for i in r.tables["indicators"] if i["level3"] == "工程质量事故发生率"][0]
    assert rate["unit"] == "‰"


def test_page_fed_sideways_keeps_its_permille():
    """The form fed sideways: turned upright; `＜5‰` had been read `<5%`."""
    r = _read("ct_s37_sc_sideways_jiangsu.jpg")
    _jiangsu(r)
    assert "page_rotated" in _codes(r)


def test_fax_of_the_same_form():
    r = _read("ct_s37_sc_fax_jiangsu.png")
    _jiangsu(r)


def test_two_page_tiff_money_hard_against_the_ruling():
    """samples/004 printed by chromium on two pages, a G4 TIFF: the amounts written hard against their cells' left
    ruling were read `[600.00`, `|600.00`, `[0.00`: 市级预算资金 not kept (`unplaced_cell`), 预算下达资金 read as
    nothing, the spending said to exceed a budget of 0 (`spent_exceeds_budget`). The bracket or bar is dropped and the
    cell reported."""
    r = _read("ct_s37_sc_two_pages_jinzhong.tif")
    p, = r.tables["projects"]
    assert p["name"] == "质量和品牌发展及奖励经费" and p["form"] == "self_eval" and p["year"] == 2020
    assert p["department_code"] == "431" and p["unit"] == "晋中市市场监督管理局"
    assert p["budget_total"] == 6000000.0 and p["spent"] == 5904600.0
    codes = _codes(r)
    assert "spent_exceeds_budget" not in codes and "unplaced_cell" not in codes
    lows = [w["message"] for w in r.tables["warnings"] if w["code"] == "low_confidence"]
    assert any("'[600.00'" in m and "taken as '600.00'" in m for m in lows)
    inds = r.tables["indicators"]
    assert len(inds) == 17
    assert [i["target_raw"] for i in inds[:5]] == ["3项", "80项", "10项", "3项", "50家"]
    assert inds[13]["level3"] == "企业扶持补助资金" and inds[13]["target_raw"] == "320万元"
    assert inds[-1]["level2"] == "经济效益指标" and inds[-1]["target_raw"] == "较上年度提升"


def test_leading_rule_mend():
    from extract.scan import mend_leading_rule
    assert mend_leading_rule("[600.00") == ("600.00", True)
    assert mend_leading_rule("|≥90%") == ("≥90%", True)
    assert mend_leading_rule("[0,2]小时") == ("[0,2]小时", False)
    assert mend_leading_rule("600.00") == ("600.00", False)


def test_pdf_of_page_images_over_two_pages():
    """samples/003's first form printed by chromium over two landscape pages, a PDF of two grey JPEG images: read as
    the text dump is (already right before this hunt; kept as a guard)."""
    r = _read("ct_s37_sc_image_pages_minhang.pdf")
    p, = r.tables["projects"]
    assert p["name"] == "党建经费" and p["year"] == 2022 and p["unit"] == "上海市闵行区人民政府办公室"
    assert p["budget_year"] == 10000.0
    got = [(i["level2"], i["target_raw"]) for i in r.tables["indicators"]]
    assert len(got) == 15
    assert got[:4] == [("数量指标", "=45人"), ("数量指标", ">=2次"), ("数量指标", "100%"), ("数量指标", "=12场")]
    assert got[-1] == ("服务对象满意度指标", "》=90%")
    sat = r.tables["indicators"][-1]
    assert sat["op"] == ">=" and sat["unit"] == "%"

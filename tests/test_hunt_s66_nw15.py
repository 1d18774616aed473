"""Hunt nw15 (session 66): whole documents of sources and kinds hunt nw14 did not write
(tests/fixtures/review/ct_s66_nw15_*, made by tests/fixtures/review/make_s66_nw15.py; each reading written down by
hand before jixiao was run): a 县级 申报表 read back by OCR with 标 slipped to 木示 (广西; 扌旨 and 纟责: 安徽), a 市级 专项资金 form with
分配方案 columns (河南), a 乡镇 form of one indicator a line and no table (吉林), 项目绩效目标表 of an 教育 (内蒙古,
指标值 before 三级指标), a 卫健 (甘肃, 计量单位 | 指标性质 | 指标值), a 水利 (江苏, 指标方向 ↑↓ | 指标值 | 计量单位) and
an 农业 department (黑龙江, a 评分标准 column), a 部门整体支出 form with 部门职责 and 重点工作任务 blocks (青海), a
绩效自评表 whose 全年预算数 | 全年执行数 | 执行率 | 分值 | 得分 block sits under its indicators (宁夏), a 政府购买服务
form (山西), a 转移支付 form by county rows (海南), PDF-to-text dumps with `\\f` page breaks and the table head
repeated (北京; a 自评表 over three pages, 上海), an Excel-to-CSV dump (天津), an HTML-to-text dump with `|` borders (西藏).

Decided:
- an earlier OCR's text dump that read a character as its two parts, each a character (`标` as `木示`, `指` as
  `扌旨` / `才旨`, `绩` as `纟责` …: pairs no word writes), has them put back in its whole text
  (extract.txt.mend_split_glyphs, one search of the text; text dumps and CSV): the labels matched, the indicator
  table read (BASE: no indicator, no_indicators, its rows unparsed_row);
- a text dump of no tab whose first records are comma-separated of one width of three cells or more (Excel's CSV
  saved under a .txt name, `项目名称,某项目,,,`) is read as the CSV it is (jixiao.pipeline._csv_dump; BASE:
  layout_unknown, no project);
- a line's indicator of a signed day after its name (`工程完工时间≤10月底`) splits there: name `工程完工时间`, op `<=`,
  target `≤10月底` (parsers.core.split_name_and_target; BASE: one name of no target, target_missing).
Kept (BASE already): 12 of the 16 documents field by field — 分配方案 and 市县 rows as composition lines (合计 none),
指标值 before 三级指标, 计量单位 | 指标性质 | 指标值, 指标方向 ↑ / ↓, a 评分标准 column, a 部门整体 form's 部门职责 (its
overview) and 重点工作任务 lines, a 自评表's money block under its indicators and one split over PDF pages with the
title and head again, a 政府购买服务 form, `|` borders with `+---+` rules.
My reading corrected by SCHEMA: a 政府购买服务 form's 购买主体 is the unit, not the department.
Left: a lone `镇级自筹25万元` in a money sentence is budget_other with no source line of its own (SCHEMA: two such
or more are lines); no test.
"""
from __future__ import annotations

from tests.hunt_tools import indicator_targets, only_project, other_fields

W = 10_000
P = "ct_s66_nw15_"


def _fields(p, *keys):
    return tuple(p.get(k) for k in keys)


def _money(p):
    return {p["budget_year"], p["budget_total"]} - {None}


def _tail(t):
    """An indicator's (level3, op, value, unit)."""
    return t[2:]


def test_guangxi_ocr_county(read):
    """OCR'd 申报表 whose 标 reads 木示 everywhere: the form, its fields and 5 targets all the same."""
    r = read(P + "guangxi_ocr_county.txt")
    p = only_project(r)
    assert _fields(p, "name", "year", "department", "unit") == (
        "容县2019年农村人居环境整治项目", 2019, "容县农业农村局", "容县农村能源站")
    assert 650 * W in _money(p)
    t = indicator_targets(r)
    assert len(t) == 5
    assert _tail(t[0]) == ("整治行政村数量", ">=", 30.0, "个")
    assert _tail(t[1]) == ("新建无害化卫生厕所", ">=", 1500.0, "户")
    assert _tail(t[4]) == ("村民满意度", ">=", 90.0, "%")


def test_guangxi_ocr_levels(read):
    """The OCR'd level names: 标 restored (产出指木示 -> 产出指标)."""
    t = indicator_targets(read(P + "guangxi_ocr_county.txt"))
    assert t[0][:2] == ("产出指标", "数量指标")
    assert t[4][:2] == ("满意度指标", "服务对象满意度指标")


def test_henan_city_special_alloc(read):
    """市级 专项资金 form: 专项资金名称 the name, 资金总额 the money, 分配方案 rows the places' lines."""
    r = read(P + "henan_city_special_alloc.txt")
    p = only_project(r)
    assert _fields(p, "name", "year", "department") == ("洛阳市农村公路养护专项资金", 2020, "洛阳市交通运输局")
    assert 1_200 * W in _money(p)
    t = indicator_targets(r)
    assert len(t) == 5
    assert t[0] == ("产出指标", "数量指标", "农村公路养护里程", ">=", 1800.0, "公里")
    assert t[1] == ("产出指标", "质量指标", "优良中等路率", ">=", 80.0, "%")


def test_henan_alloc_lines(read):
    """The 分配方案 rows: one line a county with its amount."""
    r = read(P + "henan_city_special_alloc.txt")
    lines = {b["name"]: b["amount"] for b in r.tables["budget_items"]}
    assert lines.get("孟津区") == 420 * W and lines.get("宜阳县") == 400 * W


def test_jilin_township_lines(read):
    """A 乡镇 form of `label：value` lines and one numbered indicator a line."""
    r = read(P + "jilin_township_lines.txt")
    p = only_project(r)
    assert _fields(p, "name", "year") == ("桦甸市八道河子镇村屯道路硬化项目", 2021)
    assert 85 * W in _money(p)
    t = indicator_targets(r)
    assert len(t) == 5
    assert _tail(t[0]) == ("硬化道路长度", ">=", 3.2, "公里")
    assert _tail(t[4]) == ("群众满意度", ">=", 90.0, "%")
    assert (p["budget_fiscal"], p["budget_other"]) == (60 * W, 25 * W)


def test_jilin_signed_day(read):
    """`3.时效指标：工程完工时间≤10月底`: the name, and a signed day its target (not one name of no target)."""
    r = read(P + "jilin_township_lines.txt")
    i = r.tables["indicators"][2]
    assert (i["level2"], i["level3"], i["op"], i["target_raw"]) == ("时效指标", "工程完工时间", "<=", "≤10月底")


def test_neimenggu_edu_value_first(read):
    """指标值 before 三级指标: the name the text column, the target the figure column."""
    r = read(P + "neimenggu_edu_value_first.txt")
    p = only_project(r)
    assert _fields(p, "name", "year", "department", "unit") == (
        "赤峰市松山区义务教育薄弱学校改造项目", 2022, "赤峰市松山区教育局", "松山区教育基建办公室")
    assert 1_350 * W in _money(p)
    t = indicator_targets(r)
    assert len(t) == 5
    assert t[1][2:4] == ("购置教学设备数量", ">=") and t[1][4] == 1200.0
    assert t[2] == ("产出指标", "质量指标", "工程验收合格率", "=", 100.0, "%")
    assert t[4] == ("满意度指标", "服务对象满意度指标", "师生满意度", ">=", 90.0, "%")


def test_gansu_health_unit_apart(read):
    """计量单位 | 指标性质 | 指标值 columns: each target its op, figure and unit from three cells."""
    r = read(P + "gansu_health_unit_apart.txt")
    p = only_project(r)
    assert _fields(p, "name", "year", "department", "unit") == (
        "天水市秦州区基本公共卫生服务项目", 2023, "天水市秦州区卫生健康局", "秦州区疾病预防控制中心")
    assert 2_480 * W in _money(p)
    t = indicator_targets(r)
    assert len(t) == 6
    assert t[0] == ("产出指标", "数量指标", "适龄儿童国家免疫规划疫苗接种率", ">=", 90.0, "%")
    assert t[1] == ("产出指标", "数量指标", "高血压患者规范管理人数", ">=", 28000.0, "人")
    assert t[3] == ("产出指标", "成本指标", "人均基本公共卫生服务经费补助标准", "=", 84.0, "元")


def test_jiangsu_water_direction(read):
    """指标方向 ↑ / ↓ beside a bare figure and its unit: ↑ is >=, ↓ is <=."""
    r = read(P + "jiangsu_water_direction.txt")
    p = only_project(r)
    assert _fields(p, "name", "year", "department", "unit") == (
        "盐城市亭湖区中小河道综合整治工程", 2024, "盐城市亭湖区水利局", "亭湖区河道管理所")
    assert _fields(p, "budget_total", "budget_year") == (3_600 * W, 1_800 * W)
    t = indicator_targets(r)
    assert len(t) == 6
    assert t[0] == ("产出指标", "数量指标", "整治河道长度", ">=", 45.0, "公里")
    assert t[2] == ("产出指标", "质量指标", "工程质量合格率", ">=", 100.0, "%")
    assert t[3][2:4] == ("每公里整治成本", "<=")
    assert t[5] == ("满意度指标", "服务对象满意度指标", "沿河群众满意度", ">=", 90.0, "%")


def test_heilongjiang_agri_scoring(read):
    """A 评分标准 column right of 指标值: the target stays the 指标值, the rule no target."""
    r = read(P + "heilongjiang_agri_scoring.txt")
    p = only_project(r)
    assert _fields(p, "name", "year", "department", "unit") == (
        "绥化市北林区高标准农田建设项目", 2018, "绥化市北林区农业农村局", "北林区农田建设服务中心")
    assert 4_500 * W in _money(p)
    t = indicator_targets(r)
    assert len(t) == 5
    assert t[0] == ("产出指标", "数量指标", "建成高标准农田面积", ">=", 3.0, "万亩")
    assert t[1] == ("产出指标", "质量指标", "工程验收合格率", "=", 100.0, "%")
    assert t[4] == ("满意度指标", "服务对象满意度指标", "农户满意度", ">=", 90.0, "%")


def test_qinghai_dept_whole_blocks(read):
    """部门整体 form with 部门职责 and 重点工作任务: no project name, the tasks lines, 4 targets."""
    r = read(P + "qinghai_dept_whole_blocks.txt")
    p = only_project(r)
    assert p["name"] is None and p["year"] == 2017
    assert "海东市乐都区文化旅游广电局" in (p["department"], p["unit"])
    assert 1_126.5 * W in _money(p)
    names = [b["name"] for b in r.tables["budget_items"]]
    assert "送文化下乡" in names and "旅游宣传推介" in names
    t = indicator_targets(r)
    assert len(t) == 4
    assert t[0] == ("产出指标", "数量指标", "送戏下乡场次", ">=", 120.0, "场")
    assert t[2] == ("效益指标", "社会效益指标", "群众文化活动参与人次", ">=", 5.0, "万人次")


def test_ningxia_self_eval_money_under(read):
    """自评表 whose money block follows its indicators: budget, spent and the 总分 all read."""
    r = read(P + "ningxia_self_eval_money_under.txt")
    p = only_project(r)
    assert _fields(p, "name", "year", "department", "unit") == (
        "银川市西夏区城市社区居家养老服务项目", 2023, "银川市西夏区民政局", "西夏区养老服务指导中心")
    assert _fields(p, "budget_year", "spent", "score") == (300 * W, 288 * W, 98.6)
    t = indicator_targets(r)
    assert len(t) == 5
    assert t[0] == ("产出指标", "数量指标", "服务老人数量", ">=", 1500.0, "人")
    i0 = r.tables["indicators"][0]
    assert (i0["actual_raw"], i0["weight"], i0["score"]) == ("1480人", 20.0, 19.0)
    assert "入住机构" in (i0["deviation"] or "")


def test_shanxi_gov_purchase(read):
    """政府购买服务 form: 购买主体 the unit (SCHEMA), 承接主体 kept in other_fields, 购买服务资金 the money."""
    r = read(P + "shanxi_gov_purchase.txt")
    p = only_project(r)
    assert _fields(p, "name", "year", "unit") == (
        "榆次区城区道路清扫保洁政府购买服务项目", 2022, "晋中市榆次区城市管理局")
    assert 1_580 * W in _money(p)
    assert other_fields(p).get("承接主体") == "晋中市洁城环境服务有限公司"
    t = indicator_targets(r)
    assert len(t) == 5
    assert t[0] == ("产出指标", "数量指标", "清扫保洁面积", ">=", 420.0, "万平方米")
    assert t[2] == ("产出指标", "成本指标", "每平方米年保洁费用", "<=", 3.76, "元")


def test_hainan_transfer_counties(read):
    """转移支付 form by 市县 rows: the fund the name, each county a line, 合计 none."""
    r = read(P + "hainan_transfer_counties.txt")
    p = only_project(r)
    assert _fields(p, "name", "year") == ("海南省农村危房改造补助资金", 2021)
    assert 5_600 * W in _money(p)
    lines = {b["name"]: b["amount"] for b in r.tables["budget_items"]}
    assert lines.get("儋州市") == 1_800 * W and lines.get("五指山市") == 1_200 * W
    assert "合计" not in lines
    t = indicator_targets(r)
    assert len(t) == 4
    assert t[0] == ("产出指标", "数量指标", "危房改造户数", ">=", 2800.0, "户")


def test_beijing_pdf_pages(read):
    """PDF dump: a form feed, the title and the table head again on page 2, page footers: one table of 5."""
    r = read(P + "beijing_pdf_pages.txt")
    p = only_project(r)
    assert _fields(p, "name", "year", "department", "unit") == (
        "朝阳区社区卫生服务中心设备购置项目", 2016, "北京市朝阳区卫生和计划生育委员会", "朝阳区社区卫生服务管理中心")
    assert _fields(p, "budget_total", "budget_year") == (6_800_000.0, 6_800_000.0)
    t = indicator_targets(r)
    assert len(t) == 5
    assert t[1] == ("产出指标", "数量指标", "覆盖社区卫生服务中心数", "=", 15.0, "家")
    assert t[2] == ("产出指标", "质量指标", "设备验收合格率", "=", 100.0, "%")


def test_tianjin_excel_csv(read):
    """Excel saved as CSV: commas between cells, a quoted cell holding a comma read whole."""
    r = read(P + "tianjin_excel_csv.txt")
    p = only_project(r)
    assert _fields(p, "name", "year", "department", "unit") == (
        "天津市河西区老旧小区改造提升项目", 2025, "天津市河西区住房和建设委员会", "河西区房屋管理中心")
    assert 2_950 * W in _money(p)
    t = indicator_targets(r)
    assert len(t) == 5
    assert t[1] == ("产出指标", "数量指标", "惠及居民户数", ">=", 4200.0, "户")
    assert t[4] == ("满意度指标", "服务对象满意度指标", "居民满意度", ">=", 90.0, "%")


def test_xizang_html_pipes(read):
    """HTML dump of `|` borders and `+---+` rules: the same form as its tab dump."""
    r = read(P + "xizang_html_pipes.txt")
    p = only_project(r)
    assert _fields(p, "name", "year", "department", "unit") == (
        "拉萨市城关区农牧民技能培训项目", 2020, "拉萨市城关区人力资源和社会保障局", "城关区职业技能培训中心")
    assert 260 * W in _money(p)
    t = indicator_targets(r)
    assert len(t) == 4
    assert t[0] == ("产出指标", "数量指标", "培训农牧民人次", ">=", 1000.0, "人次")


def test_shanghai_pdf_self_eval(read):
    """自评表 PDF dump over three pages (`- 1 -` footers, title and head again after each `\\f`): one table."""
    r = read(P + "shanghai_pdf_self_eval.txt")
    p = only_project(r)
    assert _fields(p, "name", "year", "department", "unit") == (
        "闵行区社区学校老年教育项目", 2019, "上海市闵行区教育局", "闵行区社区学院")
    assert _fields(p, "budget_initial", "budget_year", "spent", "score") == (420 * W, 420 * W, 399 * W, 96.5)
    t = indicator_targets(r)
    assert len(t) == 4
    assert t[2] == ("效益指标", "社会效益指标", "社区老年人参学率", ">=", 25.0, "%")
    i2 = r.tables["indicators"][2]
    assert (i2["actual_raw"], i2["weight"], i2["score"], i2["deviation"]) == ("23%", 40.0, 37.0, "部分街镇场地不足")
    assert t[3][2] == "学员满意度" and r.tables["indicators"][3]["score"] == 10.0


def test_anhui_ocr_split_parts(read):
    """OCR'd form of 指 read 扌旨 and 绩 read 纟责: the same family as 木示, put back; 5 targets, a cost in 元."""
    r = read(P + "anhui_ocr_split_parts.txt")
    p = only_project(r)
    assert _fields(p, "name", "year", "department", "unit") == (
        "阜阳市颍州区农村学校食堂改造项目", 2025, "阜阳市颍州区教育局", "颍州区农村学校后勤服务中心")
    assert p["budget_year"] == 380 * W
    t = indicator_targets(r)
    assert len(t) == 5
    assert t[0] == ("产出指标", "数量指标", "改造食堂数量", ">=", 16.0, "所")
    assert t[2] == ("产出指标", "成本指标", "每所食堂改造成本", "<=", 230_000.0, "元")


def test_csv_dump_needs_one_width():
    """A .txt is read as CSV only when its records share one width of three cells or more: prose with commas, a
    tab dump, two-cell pairs are not."""
    from jixiao.pipeline import _csv_dump
    sheet = "项目名称,某县农村公路养护项目,,,\n主管部门,某县交通运输局,,实施单位,某县公路中心\n" \
            "绩效指标,一级指标,二级指标,三级指标,指标值\n,产出指标,数量指标,养护里程,≥100公里\n"
    assert _csv_dump(sheet.encode())
    prose = "本项目,,经研究决定,予以立项。\n资金100万元,其中中央补助80万元。\n各单位要加强管理,,确保资金安全,按期完成,不得挪用。\n" \
            "特此通知。\n"
    assert not _csv_dump(prose.encode())
    assert not _csv_dump(sheet.replace(",", "\t").encode())
    assert not _csv_dump("项目名称,,某项目\n主管部门,,某局\n".encode())


def test_split_glyphs_only_pairs():
    """The OCR split pairs put back, words of the same characters apart kept (`木`, `示范`, `指示`)."""
    from extract.txt import mend_split_glyphs
    assert mend_split_glyphs("三级指木示\t扌旨标值\t纟责效") == "三级指标\t指标值\t绩效"
    assert mend_split_glyphs("示范村木材加工指示牌") == "示范村木材加工指示牌"

"""Hunt YR (session 36): forms of other years' templates, written with their expected fields by hand before the run —
the 2012-2016 财政部 项目支出绩效目标申报表 (长期 / 年度 sections, `指标1：` numbering, 效果指标 with 经济 / 社会 / 环境效益,
可持续影响, 服务对象满意度), the 2015 专项转移支付区域绩效目标申报表 (money by source and by place, targets by place), the 2016
自评表 (年初目标值 / 实际完成值); the 2019-2021 central ones (财预〔2020〕10号 自评表, 核心绩效目标 with 指标性质 / 指标值 / 度量单位
/ 分值 / 评（扣）分标准 / 指标解释, 部门整体 with 年度主要任务); the 2023-2025 ones (成本指标 as a level 1, 定性 / 定量 and 指标方向,
一年内 / 三年内, 新增 / 延续政策, 调整前 / 调整后, 绩效运行监控表 with its options ticked). Inputs
tests/fixtures/review/ct_s36_yr_* (txt; XLSX / DOCX built by ct_s36_yr_make_office.py)."""

import pytest
from tests.hunt_tools import other_fields


def _p(r, k=0):
    return r.tables["projects"][k]


def _has(p, **want):
    assert {k: p[k] for k in want} == want


def _inds(r, *cols):
    cols = cols or ("level1", "level2", "level3", "op", "value", "unit", "horizon")
    return [tuple(i[c] for c in cols) for i in r.tables["indicators"]]


def _codes(r, code):
    return [w for w in r.tables["warnings"] if w["code"] == code]


def _lines(r):
    return [(b["name"], b["amount"], b["kind"]) for b in r.tables["budget_items"]]


# ---------------------------------------------------------------- 2012-2016

def test_2013_long_and_annual_sections(read):
    r = read("ct_s36_yr_y01_2013_long_annual_sections.txt")
    _has(_p(r), name="基层农业技术推广体系改革与建设", year=2013, category="延续项目", department="农业部",
         department_code="126", unit="全国农业技术推广服务中心", budget_year=26_000_000, budget_fiscal=24_000_000,
         budget_other=2_000_000)
    assert _p(r)["goal_total"].startswith("目标1：健全基层农技推广体系") and "目标2：农技人员" in _p(r)["goal_total"]
    got = _inds(r)
    assert len(got) == 16 and [g[6] for g in got] == ["long_term"] * 8 + ["annual"] * 8
    assert got[0] == ("产出指标", "数量指标", "培训基层农技人员", ">=", 6.0, "万人次", "long_term")
    assert got[7] == ("效果指标", "服务对象满意度指标", "示范户满意度", ">=", 90.0, "%", "long_term")
    assert [i["level1_std"] for i in r.tables["indicators"]][3:8] == ["outcome"] * 4 + ["satisfaction"]
    assert not _codes(r, "unparsed_row") and not _codes(r, "target_missing")     # (the blank `指标1：` rows: nothing)


def test_2014_numbering_in_a_cell_of_its_own(read):
    # `指标内容 | | 指标值` over `指标1 | 完成保护区基础设施建设 | ≥150个`: the name was a note `第5列：…`, no level3
    r = read("ct_s36_yr_y02_2014_numbered_cells_split.txt")
    assert [i["level3"] for i in r.tables["indicators"]] == [
        "完成保护区基础设施建设", "工程验收合格率", "保护区内森林覆盖率", "周边社区居民满意度",
        "完成保护区基础设施建设", "开展巡护监测", "工程验收合格率", "项目完成时间", "生态保护宣传受众", "巡护制度执行情况",
        "周边社区居民满意度"]
    assert not any(i["note"] for i in r.tables["indicators"])
    assert not _codes(r, "unparsed_row")
    _has(_p(r), category="延续项目", department="环境保护部", budget_year=8_500_000)


def test_2015_region_money_by_place(read):
    # 资金情况（万元） | 区域 | 中央财政资金 | 地方资金 | 其他资金 | 合计 over places and a 合计 row
    r = read("ct_s36_yr_y03_2015_region_transfer.txt")
    _has(_p(r), name="中小河流治理", department="水利部", budget_total=338_000_000, budget_fiscal=330_000_000,
         budget_other=8_000_000)
    assert other_fields(_p(r))["省级主管部门"] == "某省水利厅"
    assert _lines(r) == [("甲市", 165_000_000, "composition"), ("乙市", 105_000_000, "composition"),
                         ("丙市", 68_000_000, "composition")]
    assert r.tables["budget_items"][0]["note"] == "中央财政资金：12000万元；地方资金：4000万元；其他资金：500万元"
    assert len(r.tables["indicators"]) == 8


def test_2016_region_sources_over_a_field_row_and_targets_by_place(read):
    r = read("ct_s36_yr_y04_2015_region_rows_targets.txt")
    _has(_p(r), name="农村危房改造补助资金", department="住房城乡建设部", budget_year=1_095_000_000,
         budget_fiscal=1_075_000_000, budget_other=20_000_000)
    assert other_fields(_p(r)) == {"省级主管部门": "某省住房和城乡建设厅"}
    got = [(i["level3"], i["target_raw"], i["op"], i["value"], i["unit"], i["note"]) for i in r.tables["indicators"]]
    assert got[0] == ("改造农村危房户数", "8.6万户", "=", 8.6, "万户", "A市：3.2万户；B市：5.4万户")
    assert got[3] == ("户均补助标准", "1万元", "=", 10_000, "元", "A市：1万元；B市：1万元")
    assert [g[1] for g in got] == ["8.6万户", "≥98%", "≥95%", "1万元", "得到保障", "≥90%"]


def test_2016_region_docx(read):
    r = read("ct_s36_yr_y30_2016_region_money.docx")
    _has(_p(r), department="财政部", budget_total=150_000_000, budget_fiscal=150_000_000)
    assert _lines(r) == [("A市", 90_000_000, "composition"), ("B市", 60_000_000, "composition")]
    assert not _codes(r, "unparsed_row")


@pytest.mark.parametrize("name, dept, other", [
    ("中央主管部门\t水利部\n省级主管部门\t某省水利厅", "水利部", {"省级主管部门": "某省水利厅"}),
    ("省级主管部门\t某省水利厅\n中央主管部门\t水利部", "水利部", {"省级主管部门": "某省水利厅"}),
    ("省级主管部门\t某省水利厅", "某省水利厅", {}),
])
def test_central_department_beside_a_provincial_one(tmp_path, name, dept, other):
    from jixiao.pipeline import process_file
    f = tmp_path / "f.txt"
    f.write_text("项目支出绩效目标表\n（2016年度）\n项目名称\t某资金\n" + name +
                 "\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t治理河长\t≥10公里\n", encoding="utf-8")
    p = process_file(str(f)).tables["projects"][0]
    assert p["department"] == dept and other_fields(p) == other


def test_2016_self_eval(read):
    r = read("ct_s36_yr_y05_2016_self_eval.txt")
    _has(_p(r), form="self_eval", department="文化部", budget_initial=15_000_000, budget_year=14_500_000,
         spent=13_920_000, execution_rate=0.96, score=96.6)
    assert _inds(r, "level3", "weight", "actual_raw", "score")[1] == ("示范区创建数", 15.0, "29个", 14.0)
    assert [i["deviation"] for i in r.tables["indicators"] if i["deviation"]] == ["2个示范区验收推迟至次年",
                                                                                  "标准体系尚待完善"]


def test_2015_mid_and_annual_sides_xlsx(read):
    r = read("ct_s36_yr_y07_2015_mid_annual_side.xlsx")
    _has(_p(r), budget_total=45_000_000, budget_year=15_000_000, category="延续项目")
    got = _inds(r, "level3", "target_raw", "horizon")
    assert len(got) == 14 and got[0] == ("监测样品数量", "≥12万个", "long_term") and got[7] == ("监测样品数量", "≥4万个", "annual")
    assert not _codes(r, "unparsed_row")         # (`绩效指标 | 中期指标 | 年度指标`: the sides' names)


def test_2013_blocks_xlsx_blank_template_rows(read):
    r = read("ct_s36_yr_y09_2013_long_annual_blocks.xlsx")
    assert [(i["level3"], i["horizon"]) for i in r.tables["indicators"]] == [
        ("标准化建设乡镇卫生院", "long_term"), ("建设达标率", "long_term"), ("基层首诊率", "long_term"),
        ("群众满意度", "long_term"), ("标准化建设乡镇卫生院", "annual"), ("配备基本医疗设备", "annual"),
        ("建设完成时间", "annual"), ("乡镇卫生院门诊量增长", "annual"), ("群众满意度", "annual")]


# ---------------------------------------------------------------- 2019-2021

def test_core_targets_columns(read):
    r = read("ct_s36_yr_y11_2021_core_targets_columns.txt")
    i = r.tables["indicators"][0]
    assert (i["op"], i["value"], i["unit"], i["weight"], i["note"], i["explanation"]) == (
        ">=", 62.0, "%", 10.0, "达到目标值得满分，每低1个百分点扣1分", "建立规范化电子健康档案的人数/辖区常住人口数")
    assert _p(r)["budget_year"] == 60_350_000_000


def test_dept_overall_task_numbering_column(read):
    # `任务名称 | | 主要内容` over `任务1 | 学前教育普惠发展 | …`: the line was named 任务1, the task lost
    r = read("ct_s36_yr_y15_2019_dept_tasks_numbered.txt")
    assert [b["name"] for b in r.tables["budget_items"] if b["kind"] == "composition"] == [
        "任务1：学前教育普惠发展", "任务2：义务教育均衡发展", "任务3：教师队伍建设"]
    assert not _codes(r, "unplaced_cell")
    # 财政拨款 | 专户管理资金 | 其他资金 side by side: 专户 was 财政拨款's part, a false fiscal_other_mismatch
    # (其他资金 after 专户管理资金 is a source line as it is, and budget_other — hunt s42 mn: the income side's
    # breakdown lines, as CONTRACT.md's budget_items are; it was the field alone)
    assert [(b["group"], b["name"]) for b in r.tables["budget_items"] if b["kind"] == "source"] == [
        ("年度预算申请", "专户管理资金"), ("年度预算申请", "其他资金")]
    assert not _codes(r, "fiscal_other_mismatch")
    _has(_p(r), department="某区教育局", budget_total=463_000_000, budget_fiscal=451_000_000)


def test_self_eval_2020_weights_in_level1_xlsx(read):
    r = read("ct_s36_yr_y16_2020_self_eval_weights_in_level1.xlsx")
    _has(_p(r), budget_initial=98_000_000, budget_year=102_000_000, spent=102_000_000, score=98)
    assert _inds(r, "level3", "target_raw", "actual_raw")[1] == ("城乡居民养老保险参保率", "95%", "96.2%")


# ---------------------------------------------------------------- 2023-2025

def test_cost_level1_direction_columns(read):
    r = read("ct_s36_yr_y20_2024_cost_level1_direction.txt")
    got = _inds(r, "level1", "level3", "op", "value", "value_max", "unit", "weight")
    assert got[0] == ("成本指标", "吨垃圾处理补助单价", "<=", 280.0, None, "元/吨", 10.0)
    assert got[2] == ("成本指标", "渗滤液超标排放次数", "<=", 0.0, None, "次", 5.0)
    assert got[6] == ("产出指标", "补助资金拨付时限", "range", 3.0, 6.0, "月", 5.0)


def test_one_and_three_years_columns(read):
    r = read("ct_s36_yr_y21_2024_one_three_year_cols.txt")
    got = _inds(r, "level3", "op", "value", "unit", "horizon")
    assert len(got) == 14
    assert got[:2] == [("完成数字化改造中小企业数", ">=", 1000.0, "家", "annual"),
                       ("完成数字化改造中小企业数", ">=", 3000.0, "家", "long_term")]
    assert got[11] == ("带动社会投资", ">=", 1_500_000_000, "元", "long_term")
    _has(_p(r), category="新增政策", budget_total=300_000_000, budget_year=100_000_000)


def test_one_and_three_years_merged_head_xlsx(read):
    r = read("ct_s36_yr_y28_2024_one_three_merged.xlsx")
    assert _inds(r, "level3", "target_raw", "horizon")[:2] == [("改造乡镇商贸中心", "≥4个", "annual"),
                                                               ("改造乡镇商贸中心", "≥12个", "long_term")]
    assert len(r.tables["indicators"]) == 8


@pytest.mark.parametrize("row, want", [
    ("政策类型\t□新增政策\t☑延续政策\t□到期政策", "延续政策"),
    ("政策类型\t□新增政策 ☑延续政策 □到期政策", "延续政策"),
    ("政策属性\t☑新增政策", "新增政策"),
])
def test_policy_type_is_the_category(tmp_path, row, want):
    from jixiao.pipeline import process_file
    f = tmp_path / "f.txt"
    f.write_text("项目支出绩效目标表\n（2025年度）\n政策名称\t某补贴\n" + row +
                 "\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t发放人数\t≥10人\n", encoding="utf-8")
    r = process_file(str(f))
    assert r.tables["projects"][0]["category"] == want and not _codes(r, "unparsed_row")


def test_policy_form_2025(read):
    r = read("ct_s36_yr_y22_2025_policy_type_ticks.txt")
    _has(_p(r), category="延续政策", budget_year=6_652_800, budget_fiscal=6_652_800, other_fields=None)
    assert _inds(r, "level3", "op", "value", "unit", "weight")[4] == ("困难残疾人生活补贴标准", ">=", 90.0, "元/人·月", 10.0)


def test_adjustment_form(read):
    r = read("ct_s36_yr_y23_2023_adjust_columns.txt")
    _has(_p(r), budget_initial=50_000_000, budget_year=38_000_000, budget_fiscal=38_000_000,
         goal_annual="完成15个老旧小区改造，惠及居民4500户。")      # (`调整前：… 调整后：…` in one cell: it held both)
    assert other_fields(_p(r))["调整前年度目标"] == "完成20个老旧小区改造，惠及居民6000户。"
    assert _inds(r, "level3", "target_raw", "note")[0] == ("改造老旧小区数", "15个", "调整说明：居民表决未通过；调整前指标值：20个")


def test_monitoring_matrix_with_an_options_row(read):
    # the options row under 偏差原因分析 / 完成目标可能性 ended the money matrix: lines named `40.00%`, spending lost
    r = read("ct_s36_yr_y24_2024_monitor_ticks_reason.txt")
    _has(_p(r), budget_initial=30_000_000, budget_year=33_000_000, spent=13_200_000, execution_rate=0.4,
         budget_fiscal=33_000_000, budget_other=0)
    assert _p(r)["other_notes"] == "全年预计执行数：3300万元；完成目标可能性：确定能"
    assert _lines(r) == [("财政拨款", 33_000_000, "source"), ("其他资金", 0, "source")]
    i = r.tables["indicators"][1]
    assert (i["deviation"], i["note"]) == ("经费保障", "全年预计完成情况：0.4万亩；完成目标可能性：有可能；原因说明：省级配套资金未到位")
    assert not _codes(r, "unparsed_row")


def test_monitoring_ticks_xlsx_and_boxes_docx(read):
    r = read("ct_s36_yr_y25_2024_monitor_ticks.xlsx")
    assert [i["deviation"] for i in r.tables["indicators"]] == [None, None, None, "经费保障、制度保障", None]
    assert r.tables["indicators"][3]["note"].endswith("完成目标可能性：有可能")
    r = read("ct_s36_yr_y26_2023_monitor_boxes.docx")
    assert [i["deviation"] for i in r.tables["indicators"]] == ["经费保障", None, "人员保障", None]


def test_cost_direction_xlsx_and_layout_text(read):
    r = read("ct_s36_yr_y27_2025_cost_direction.xlsx")
    assert _inds(r, "level3", "op", "value", "value_max", "unit") == [
        ("单灯年维护成本", "<=", 180.0, None, "元/盏"), ("废旧灯具规范处置率", ">=", 100.0, None, "%"),
        ("维护路灯数量", ">=", 52000.0, None, "盏"), ("主干道亮灯率", ">=", 98.0, None, "%"),
        ("故障修复时限", "range", 24.0, 48.0, "小时"), ("夜间出行安全保障", None, None, None, None),
        ("市民满意度", ">=", 90.0, None, "%")]
    r = read("ct_s36_yr_y29_2024_cost_layout_spaces.txt")
    assert _inds(r, "level3", "op", "value", "unit", "weight")[0] == ("每公里年养护成本", "<=", 12_000, "元", 10.0)
    assert len(r.tables["indicators"]) == 7


@pytest.mark.parametrize("name, n", [
    ("ct_s36_yr_y06_2012_target_table_prose.txt", 8), ("ct_s36_yr_y08_2016_self_eval_merged.docx", 6),
    ("ct_s36_yr_y10_2020_self_eval_10hao.txt", 7), ("ct_s36_yr_y12_2021_core_targets.xlsx", 6),
    ("ct_s36_yr_y13_2020_dept_overall_tasks.txt", 7), ("ct_s36_yr_y14_2020_dept_overall.docx", 6),
    ("ct_s36_yr_y17_2021_self_eval_deviation_split.docx", 5),
])
def test_other_eras_read_whole(read, name, n):
    r = read(name)
    assert len(r.tables["projects"]) == 1 and len(r.tables["indicators"]) == n
    assert not _codes(r, "unparsed_row") and not _codes(r, "unplaced_cell")


def test_region_self_eval_2016_and_layout_text_2013(read):
    r = read("ct_s36_yr_y18_2016_region_self_eval.txt")
    _has(_p(r), form="self_eval", department="环境保护部", budget_year=120_000_000, spent=115_000_000,
         budget_fiscal=120_000_000, execution_rate=0.9583)
    assert other_fields(_p(r)) == {"地方主管部门": "某省环境保护厅"}
    assert [i["actual_raw"] for i in r.tables["indicators"]] == ["812个", "92%", "63%", "90%"]
    r = read("ct_s36_yr_y19_2013_layout_sections.txt")
    assert [(i["level3"], i["horizon"]) for i in r.tables["indicators"]][3:5] == [("师生满意度", "long_term"),
                                                                                ("改造薄弱学校", "annual")]
    _has(_p(r), department="某市教育局", department_code="204", budget_year=12_500_000, budget_fiscal=12_500_000)

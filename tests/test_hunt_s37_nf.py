"""Hunt NF (session 37): form families not seen before — a 第三方 评价报告's 评价指标体系 appendix, 政府投资 / 基本建设 forms
with 投资构成 and by-year money, 政府购买服务 forms and lists, 部门整体 forms with 年度主要任务 tables, 专项资金 管理办法 (prose
alone, with an indicator table, with a blank 指标体系框架), 事前绩效评估 reports, 绩效目标 批复 notices (one row a project),
乡村振兴 衔接资金 county lists, Traditional-character copies, bilingual (English) heads. Inputs
tests/fixtures/review/ct_s37_nf_*; each test asserts what the form shows, written down before the run (/tmp notes)."""
import datetime as dt

import pytest

from tests.hunt_tools import other_fields


def _p(r, k=0):
    return r.tables["projects"][k]


def _inds(r, k=None):
    pid = None if k is None else _p(r, k)["project_id"]
    return [(i["level1"], i["level3"], i["op"], i["value"], i["unit"]) for i in r.tables["indicators"]
            if pid is None or i["project_id"] == pid]


def _lines(r):
    return [(b["group"], b["name"], b["amount"]) for b in r.tables["budget_items"]]


def _codes(r, code):
    return [w for w in r.tables["warnings"] if w["code"] == code]


def _has(p, **want):
    got = {k: p[k] for k in want}
    assert got == want


# ---------------------------------------------------------------- 批复 notices and lists, one row a project

_PIFU = [("基本公共卫生服务补助", 8564000.0, [("产出指标", "电子健康档案建档率", ">=", 90.0, "%"),
                                      ("产出指标", "65岁及以上老年人健康管理率", ">=", 65.0, "%"),
                                      ("效益指标", None, None, None, None),
                                      ("满意度指标", "居民满意度", ">=", 85.0, "%")]),
         ("村医补助", 3120000.0, [("产出指标", "补助村医人数", "=", 230.0, "人"), ("产出指标", "补助发放及时率", "=", 100.0, "%"),
                              ("效益指标", "村卫生室正常运转率", ">=", 98.0, "%"), ("满意度指标", "村医满意度", ">=", 90.0, "%")]),
         ("计划生育家庭奖励扶助", 1986000.0, [("产出指标", "奖扶对象", "=", 2760.0, "人"),
                                     ("产出指标", "资金发放准确率", "=", 100.0, "%"), ("效益指标", None, None, None, None),
                                     ("满意度指标", "奖扶对象满意度", ">=", 95.0, "%")]),
         ("医疗设备购置", 4200000.0, [("产出指标", "购置设备数量", "=", 1.0, "台"), ("产出指标", "设备验收合格率", "=", 100.0, "%"),
                                ("效益指标", "县域就诊率", ">=", 90.0, "%"), ("满意度指标", "患者满意度", ">=", 90.0, "%")])]


@pytest.mark.parametrize("name", ["ct_s37_nf_pifu_table.txt", "ct_s37_nf_pifu_list.xlsx"])
def test_pifu_list_one_row_a_project(read, name):
    # `关于批复2024年度部门项目支出绩效目标的通知` over its 批复表 (the XLSX: the table alone): a notice approving targets
    # declares its rows' projects (it was taken for a notice's allocation: nothing read); `单位名称：…` above the list is
    # every row's unit; `65岁及以上老年人健康管理率≥65%` is a name with a figure, then its target
    r = read(name)
    assert [(p["name"], p["budget_year"], p["unit"], p["year"], p["form"]) for p in r.tables["projects"]] == [
        (n, b, "汝城县卫生健康委员会", 2024, "target") for n, b, _ in _PIFU]
    for k, (_, _, inds) in enumerate(_PIFU):
        assert _inds(r, k) == inds
    assert [i["target_text"] for i in r.tables["indicators"] if i["level3"] is None] == [
        "居民健康素养水平提高", "计生家庭生活保障水平提高"]


def test_pifu_traditional(read):
    # the same in Traditional characters: the cheap head tests folded (年度績效目標 / 項目名稱), `單位：萬元` the unit, the
    # levels as written
    r = read("ct_s37_nf_trad_pifu_list.txt")
    assert [(p["name"], p["department"], p["budget_year"], p["year"]) for p in r.tables["projects"]] == [
        ("社區養老服務中心運營補助", "東區民政局", 1500000.0, 2023), ("殘疾人康復救助", "東區殘疾人聯合會", 885000.0, 2023)]
    assert _inds(r, 0) == [("產出指標", "運營中心數量", "=", 8.0, "个"), ("產出指標", "服務老人", ">=", 2000.0, "人次"),
                           ("效益指標", None, None, None, None), ("滿意度指標", "服務對象滿意度", ">=", 90.0, "%")]
    assert [i["level1_std"] for i in r.tables["indicators"]][:4] == ["output", "output", "outcome", "satisfaction"]


def test_pifu_indicator_rows_name_merged_down(read):
    r = read("ct_s37_nf_pifu_rows_per_indicator.txt")
    assert [(p["name"], p["budget_total"], p["department"], p["year"]) for p in r.tables["projects"]] == [
        ("高标准农田建设", 15000000.0, "佛山市南海区农业农村局", 2024), ("动物防疫补助", 2865000.0, "佛山市南海区农业农村局", 2024),
        ("农村人居环境整治", 6200000.0, "佛山市南海区农业农村局", 2024)]
    assert [len(_inds(r, k)) for k in range(3)] == [4, 4, 3]
    assert _inds(r, 1)[2] == ("效益指标", "重大动物疫情发生次数", "=", 0.0, "次")


def test_purchase_service_list(read):
    # `购买主体 | 购买服务项目 | 承接主体 | 购买金额 | 绩效目标 | 绩效指标`: no head held 名 (the list was not seen); 绩效指标 packs
    # indicators of any level; `服务对象满意度≥90%` (a name a level 2 is also called) is split
    r = read("ct_s37_nf_purchase_service_list.txt")
    assert [(p["name"], p["unit"], p["budget_year"], other_fields(p).get("承接主体")) for p in r.tables["projects"]] == [
        ("市政道路清扫保洁服务", "东莞市城市管理和综合执法局", 23800000.0, "东莞市绿城环卫服务有限公司"),
        ("公共法律服务热线运营", "东莞市司法局", 960000.0, "东莞市法援服务中心"),
        ("社区社会工作服务", "东莞市民政局", 5400000.0, "东莞市启明社工服务中心")]
    assert _inds(r, 0) == [(None, "清扫面积", ">=", 420.0, "万平方米"), (None, "保洁质量达标率", ">=", 95.0, "%"),
                           (None, "市民满意度", ">=", 85.0, "%")]
    assert _inds(r, 2)[2] == (None, "服务对象满意度", ">=", 90.0, "%")
    assert not _codes(r, "no_satisfaction_indicator")


def test_xczx_county_list(read):
    r = read("ct_s37_nf_xczx_county_list.txt")
    # (s39 dl: the 乡镇 column's township is the project's unit, as a township heading's is; it was an other field)
    assert [(p["name"], p["budget_total"], p["unit"]) for p in r.tables["projects"]] == [
        ("浦市镇下坪村产业路硬化", 920000.0, "浦市镇"), ("马王溪村蔬菜基地灌溉设施", 455000.0, "浦市镇"),
        ("黄家桥村安全饮水巩固提升", 380000.0, "武溪镇"), ("达岚镇椪柑冷藏库", 1200000.0, "达岚镇"),
        ("脱贫劳动力务工交通补助", 658000.0, "合水镇")]
    _has(_p(r, 4), start_date=dt.date(2024, 1, 1), end_date=dt.date(2024, 12, 31))
    assert _inds(r, 4) == [("产出指标", "补助人数", ">=", 1316.0, "人"), ("产出指标", "补助标准", "=", 500.0, "元/人"),
                           ("效益指标", "稳定就业人数", ">=", 1300.0, "人"), ("满意度指标", "补助对象满意度", ">=", 95.0, "%")]


def test_xczx_name_wrapped(read):
    r = read("ct_s37_nf_xczx_wrapped_rows.txt")
    assert [(p["name"], p["budget_total"], p["category"]) for p in r.tables["projects"]] == [
        ("连山乡大坪村茶叶加工厂房建设", 800000.0, "产业发展"), ("高椅乡雪峰村道路硬化", 360000.0, "乡村建设"),
        ("小额信贷贴息", 1200000.0, "金融帮扶")]
    assert len(r.tables["indicators"]) == 11


def test_preassessment_results_list_is_no_project(read):
    # a 事前绩效评估结果汇总表 (others' assessments: 评估得分, 评估结论) declares no project
    assert read("ct_s37_nf_preassess_scoring_summary.txt").tables["projects"] == []


# ---------------------------------------------------------------- 政府投资 / 基本建设

@pytest.mark.parametrize("name", ["ct_s37_nf_build_invest.txt", "ct_s37_nf_build_invest.docx"])
def test_build_investment_composition(read, name):
    # `投资构成 | 工程费用 | 3800` (its parts below) was an unparsed row, the uses lost: 投资构成 opens a money block
    r = read(name)
    _has(_p(r), name="G230红安段改建工程", department="红安县交通运输局", unit="红安县公路事业发展中心", year=2024,
         budget_total=50000000.0, budget_year=22000000.0, start_date=dt.date(2023, 3, 1), end_date=dt.date(2025, 6, 30))
    assert _lines(r) == [("投资构成", "工程费用", 38000000.0), ("投资构成", "工程建设其他费用", 7000000.0),
                         ("投资构成", "预备费", 5000000.0), ("资金来源", "中央车购税资金", 20000000.0),
                         ("资金来源", "地方政府专项债券", 25000000.0), ("资金来源", "县级财政资金", 5000000.0)]
    assert len(r.tables["indicators"]) == 9
    assert _inds(r)[4] == ("产出指标", "每公里造价", "<=", 4000000.0, "元/公里")
    assert not _codes(r, "unparsed_row")


def test_build_content_table(read):
    r = read("ct_s37_nf_build_content_table.txt")
    _has(_p(r), name="大理市第二水厂扩建工程", unit="大理市城市供排水有限公司", department="大理市住房和城乡建设局",
         budget_total=86000000.0, budget_year=40000000.0)
    assert _lines(r) == [(None, "取水泵站改造", 12000000.0), (None, "净水厂房新建", 54000000.0),
                         (None, "配水管网铺设", 20000000.0), ("资金来源", "中央预算内投资", 30000000.0),
                         ("资金来源", "地方政府专项债券", 46000000.0), ("资金来源", "企业自筹", 10000000.0)]


def test_build_money_by_year(read):
    # `年度资金安排（万元） | 2023年 | 2024年 | 2025年 | 合计` over source rows: 地方政府专项债券 was no source, so the matrix was
    # not one (lines of the 2023 column with no group); now the form's year's amounts are its budget and lines
    r = read("ct_s37_nf_build_multi_year.txt")
    _has(_p(r), year=2023, budget_total=128000000.0, budget_year=40000000.0, unit="乌兰察布市集宁区教育局",
         department="乌兰察布市集宁区人民政府", start_date=dt.date(2023, 1, 1), end_date=dt.date(2025, 12, 31))
    assert [(b["name"], b["amount"]) for b in r.tables["budget_items"]] == [
        ("中央预算内投资", 20000000.0), ("地方政府专项债券", 15000000.0), ("区级财政资金", 5000000.0)]
    assert len(r.tables["indicators"]) == 6


# ---------------------------------------------------------------- 政府购买服务, 部门整体

def test_purchase_service_form_money(read):
    # `购买服务金额（万元） | 186 | 其中：财政资金 | 186`: the amount was lost, now the year's (as `购买服务预算` is,
    # tests/test_generic.py), its 其中 part in 万元
    r = read("ct_s37_nf_purchase_service.txt")
    _has(_p(r), name="居家养老上门服务", unit="天津市河西区民政局", budget_year=1860000.0, budget_fiscal=1860000.0,
         start_date=dt.date(2024, 1, 1), end_date=dt.date(2024, 12, 31))
    assert other_fields(_p(r))["承接主体"] == "天津市河西区乐龄养老服务中心"
    assert len(r.tables["indicators"]) == 7
    assert not _codes(r, "fiscal_total_gap")


def test_dept_whole_money_unit_from_tasks(read):
    # `年度预算申请 | 资金总额 | 1325.6 | 财政拨款 | 1280.6 | 其他资金 | 45` (no unit) over tasks headed `预算金额（万元）` that add
    # up to 1325.6: the form's money is in 万元 (it was 1,325.6 元)
    r = read("ct_s37_nf_dept_whole_tasks.txt")
    _has(_p(r), department="吉安市青原区自然资源局", budget_total=13256000.0, budget_fiscal=12806000.0, budget_other=450000.0)
    assert [b["amount"] for b in r.tables["budget_items"]] == [3200000.0, 2656000.0, 1800000.0, 5600000.0]


def test_dept_task_column_groups_projects(read):
    # `年度主要任务 | 主要内容 | 对应项目 | 预算金额（万元）`, the task merged down over its projects: the task heading its own
    # column is the lines' group (three `unplaced_cell`s, partial, before)
    r = read("ct_s37_nf_dept_task_rowspan.txt")
    assert _lines(r) == [("公共卫生服务", "基本公共卫生服务补助", 26000000.0), ("公共卫生服务", "重大传染病防控", 4500000.0),
                         ("医疗服务保障", "基层医疗机构运转补助", 32000000.0), ("机关运转", "人员经费及日常公用经费", 24000000.0)]
    assert not _codes(r, "unplaced_cell")
    assert r.document["status"] == "ok"


@pytest.mark.parametrize("name, dept, total, lines", [
    ("ct_s37_nf_dept_tasks_indicators.txt", "岳阳市君山区教育局", 225600000.0, [158000000.0, 28600000.0, 12000000.0, 27000000.0]),
    ("ct_s37_nf_trad_dept_whole.txt", "漳州市薌城區文化體育和旅遊局", 18600000.0, [4200000.0, 3800000.0, 2600000.0, 8000000.0]),
])
def test_dept_whole_forms(read, name, dept, total, lines):
    r = read(name)
    _has(_p(r), department=dept, budget_total=total, year=2024)
    assert [b["amount"] for b in r.tables["budget_items"]] == lines


# ---------------------------------------------------------------- 评价报告 appendices, 事前评估, 管理办法

@pytest.mark.parametrize("name", ["ct_s37_nf_eval_index_system.txt", "ct_s37_nf_eval_index_system.docx"])
def test_evaluation_index_system(read, name):
    r = read(name)
    _has(_p(r), form="self_eval", year=2023, name="农村公路养护专项资金", department="丰宁县交通运输局", score=86.5, grade="良")
    s = r.tables["scores"]
    assert [x["weight"] for x in s] == [3, 2, 3, 3, 4, 5, 5, 5, 5, 5, 15, 10, 5, 5, 10, 10, 5]
    assert [x["score"] for x in s] == [3, 2, 2, 2, 3.5, 5, 4.5, 4, 4, 4, 14, 8, 4, 5, 8, 8.5, 5]
    assert s[11]["level3"] == "路况优良率" and s[11]["level2"] == "产出质量"
    assert not _codes(r, "weights_not_100")


def test_evaluation_appendix_with_targets(read):
    r = read("ct_s37_nf_eval_appendix_targets.txt")
    _has(_p(r), form="self_eval", name="城乡居民基本医疗保险财政补助资金", department="遵义市汇川区医疗保障局", score=92.8)
    assert [(i["level3"], i["op"], i["value"], i["weight"], i["score"]) for i in r.tables["indicators"]][3] == (
        "参保人数", ">=", 52.0, 15.0, 14.8)
    assert len(r.tables["indicators"]) == 8


def test_evaluation_scoring_sheet(read):
    r = read("ct_s37_nf_eval_index_no_weights_level2.txt")
    _has(_p(r), form="self_eval", score=91.0, grade="优", name="农村义务教育学生营养改善计划")
    assert [x["score"] for x in r.tables["scores"]] == [5, 10, 4, 8, 9, 15, 15, 16, 9]


def test_pre_assessment_report_money(read):
    # `申请资金：480万元（其中2024年安排300万元）`: lost; the total, and the year's part (`2024年安排`)
    r = read("ct_s37_nf_pre_assessment_report.txt")
    _has(_p(r), name="智慧城管平台升级改造项目", unit="六安市城市管理局", budget_total=4800000.0, budget_year=3000000.0,
         score=82.0, start_date=dt.date(2024, 1, 1), end_date=dt.date(2025, 12, 31))
    assert [x["weight"] for x in r.tables["scores"]] == [10, 10, 15, 5, 10, 10, 15, 10, 15]


@pytest.mark.parametrize("name", ["ct_s37_nf_policy_prose.txt", "ct_s37_nf_policy_eval_framework.txt"])
def test_policy_text_is_no_project(read, name):
    assert read(name).tables["projects"] == []


def test_policy_with_indicator_table(read):
    r = read("ct_s37_nf_policy_with_indicators.txt")
    _has(_p(r), name="农业产业化发展专项资金", department="广西壮族自治区农业农村厅", budget_total=120000000.0, year=2024)
    assert [x[2:] for x in _inds(r)] == [(">=", 60.0, "家"), (">=", 5.0, "万吨"), (">=", 95.0, "%"), (">=", 2000.0, "元"),
                                         (">=", 90.0, "%")]


# ---------------------------------------------------------------- Traditional copies, English heads

def test_traditional_declaration(read):
    r = read("ct_s37_nf_traditional_decl.txt")
    _has(_p(r), name="農村飲水安全鞏固提升工程", department="寧都縣水利局", unit="寧都縣農村供水管理站", leader="賴志明",
         budget_total=7600000.0, budget_fiscal=7000000.0, budget_other=600000.0, year=2023)
    assert [x[2:] for x in _inds(r)] == [(">=", 35.0, "公里"), (">=", 2.1, "万人"), ("=", 100.0, "%"), (None, None, None),
                                         (">=", 92.0, "%"), (">=", 20.0, "年"), (">=", 90.0, "%")]


def test_traditional_self_evaluation(read):
    r = read("ct_s37_nf_trad_self_eval.txt")
    _has(_p(r), form="self_eval", budget_initial=12000000.0, budget_year=13500000.0, spent=12825000.0, score=97.5)
    assert [(i["weight"], i["score"]) for i in r.tables["indicators"]] == [(20, 20), (15, 15), (15, 13), (15, 15),
                                                                             (15, 15), (10, 10)]


@pytest.mark.parametrize("name", ["ct_s37_nf_english_heads.txt", "ct_s37_nf_english_heads.xlsx"])
def test_bilingual_labels(read, name):
    # `项目名称 Project Name | …`: every label with its English gloss was an unparsed row (no name, no money);
    # `项目资金 Funding (万元 10k CNY)` declares 万元; `(2024)` under the title is the year
    r = read(name)
    _has(_p(r), name="中外合作办学质量提升项目 Sino-foreign Joint Education Quality Improvement", department="浙江省教育厅",
         unit="宁波诺丁汉大学", leader="王立群", phone="0574-88180000", budget_year=3500000.0, budget_fiscal=3000000.0,
         budget_other=500000.0, year=2024)
    assert [i["level1_std"] for i in r.tables["indicators"]] == ["output", "output", "output", "outcome", "satisfaction"]
    assert _inds(r)[0][2:] == (">=", 20.0, "门")
    assert not _codes(r, "unparsed_row")


def test_english_first_note_head(read):
    # `Remarks 备注` over the notes: the note is the text (it was `Remarks 备注：SCI一区`)
    r = read("ct_s37_nf_english_indicator_heads.txt")
    assert [i["note"] for i in r.tables["indicators"]] == [None, "SCI一区", None, None, None]
    assert _inds(r)[1][2:] == (">=", 10.0, "篇")

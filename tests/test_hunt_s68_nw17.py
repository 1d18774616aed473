"""Hunt nw17 (session 68): whole documents of kinds and provinces the fixtures hold few of
(tests/fixtures/review/ct_s68_nw17_*, made by tests/fixtures/review/make_s68_nw17.py; each reading written down by
hand, field by field, before jixiao was run): a 区县 2026 form whose indicators carry 中期指标值 | 年度指标值 (桂林), a
部门整体 form with 部门职能职责概述 and 年度主要任务 rows (南通 2023), a 自评表 with 分值 | 得分 | 偏差原因分析及改进措施
(邯郸 2021), a 考核任务分解表 with 责任单位 and 完成时限 (湖州 2022), a 专项债券 form (绵阳 2023), a 省对下 区域绩效目标表
(贵州 2020), a 重点项目 监控表 with 1-6月执行数, 全年预计执行数 and 偏差原因 (兰州 2024), a 事前绩效评估 汇总表
(赣州 2025), a 乡镇 form of sparse cells (舒城 2021), a form whose 三级指标 are cut over lines under a merged 二级
(潍坊 2022), older layouts of 指标内容 | 指标值 (大连 2019, 哈尔滨 2020), a 自评表 of 指标值 | 实际完成值 (包头 2021), a
政府性基金 污水处理费 form (重庆 2024), an XLSX of merged cells (天津 2022), a DOCX (海口 2021), a name cut inside a
word over its value's line (温州 2020), a 任务分解表 whose 考核项目, 责任单位 and 完成时限 cells are merged (合肥 2021), a
监控表 with 完成目标可能性 (郑州 2022), two forms in one dump (石家庄 2019). 17 of the 20 documents read right on BASE.

Decided:
- every money field's 申请 label has its 申报 twin (`申报资金（万元） | 3,600.00` of a 事前评估 汇总表: the year's
  money; BASE: an unparsed_row, the form of no money);
- a 责任单位 / 完成时限 cell merged over the items of a section (a text dump's rows below its first left empty, the
  section's cell merged over them too) is each item's, as a 赋分办法 cell already was (BASE: null);
- a 三级指标 of no target cut one character before its count word, its value on the next line (`新建农村文化礼` over
  `堂数量 | 不少于12家`): one indicator (BASE: `新建农村文化礼` of no target and one named `堂数量`).
Kept (BASE already): 中期指标值 | 年度指标值 one record per horizon (my first reading, the year's only, was wrong:
docs/SCHEMA.md says a record per horizon); the 部门整体 tasks as money lines; the 自评表's deviation, weights and
scores; a 任务分解表's points, rules, units and deadlines; the 专项债券's money; the 省对下 form's 市县主管部门 in
other_fields; the 监控表's progress, deviations and 全年预计完成值 / 完成目标可能性 notes; the 事前评估's scores and
评估结论; the 乡镇 form's empty rows left; a name cut with its value on the first line; the 指标内容 | 指标值 forms;
the 政府性基金's 基金名称; the XLSX and DOCX; two forms in one dump.
Left: nothing of these documents open.
"""
from __future__ import annotations

from tests.hunt_tools import indicator_targets, only_project, other_fields

W = 10_000
P = "ct_s68_nw17_"


def _fields(p, *keys):
    return tuple(p.get(k) for k in keys)


def _money(p):
    return {p["budget_year"], p["budget_total"]} - {None}


def test_guilin_mid_year_cols(read):
    """2026 form with 中期 and 年度 money and 中期指标值 | 年度指标值: a record per horizon, in column order."""
    r = read(P + "guilin_mid_year_cols.txt")
    p = only_project(r)
    assert _fields(p, "name", "year", "department", "unit") == (
        "临桂区高标准农田建设项目", 2026, "桂林市临桂区农业农村局", "临桂区农田建设服务中心")
    assert _fields(p, "budget_total", "budget_year") == (9_600 * W, 3_200 * W)
    ind = r.tables["indicators"]
    assert len(ind) == 12 and [i["horizon"] for i in ind[:2]] == ["long_term", "annual"]
    annual = [(i["level3"], i["op"], i["value"], i["unit"]) for i in ind if i["horizon"] == "annual"]
    assert len(annual) == 6
    assert annual[0] == ("高标准农田建设面积", ">=", 2.0, "万亩")
    assert annual[3] == ("亩均财政投入", "<=", 1600.0, "元")
    assert (ind[0]["value"], ind[2]["value"]) == (6.0, 1.5)


def test_nantong_dept_whole(read):
    """部门整体 form: no project name, 资金总额, each 年度主要任务 a line with its money, 5 targets."""
    r = read(P + "nantong_dept_whole.txt")
    p = only_project(r)
    assert p["name"] is None and p["year"] == 2023
    assert "南通市海门区市场监督管理局" in (p["department"], p["unit"])
    assert p["budget_total"] == 4_860 * W
    lines = {b["name"]: b["amount"] for b in r.tables["budget_items"]}
    assert lines.get("食品安全监管") == 620 * W and lines.get("知识产权保护") == 160 * W
    t = indicator_targets(r)
    assert len(t) == 5
    assert t[0] == ("产出指标", "数量指标", "食品安全抽检批次", ">=", 3000.0, "批次")


def test_handan_self_eval_scoring(read):
    """自评表 with 分值 | 得分 | 偏差原因分析及改进措施: money, scores, the deviation on its row, 总分 the score."""
    r = read(P + "handan_self_eval_scoring.txt")
    p = only_project(r)
    assert _fields(p, "name", "year", "department", "unit") == (
        "邯郸市肥乡区城乡公交一体化运营补贴项目", 2021, "邯郸市肥乡区交通运输局", "肥乡区公共交通服务中心")
    assert _fields(p, "spent", "score") == (1_092.5 * W, 98.5)
    t = indicator_targets(r)
    assert len(t) == 6
    assert t[3] == ("产出指标", "成本指标", "每公里运营补贴标准", "<=", 2.5, "元")
    i1 = r.tables["indicators"][1]
    assert (i1["actual_raw"], i1["weight"], i1["score"]) == ("36辆", 10.0, 9.0)
    assert "车辆交付延迟" in (i1["deviation"] or "")


def test_huzhou_task_breakdown(read):
    """考核任务分解表: 6 items with points, rule, 责任单位 and 完成时限."""
    r = read(P + "huzhou_task_breakdown.txt")
    a = r.tables["assessment_items"]
    assert len(a) == 6
    assert [x["points"] for x in a] == [10.0, 10.0, 15.0, 15.0, 10.0, 10.0]
    assert a[2]["responsible"] == ["区投资促进局"]
    assert a[0]["deadline"] == "2022年12月底前"
    assert "新引进亿元以上产业项目3个" in a[2]["content"]
    assert a[5]["requirement"] == "发生1起扣10分"


def test_mianyang_special_bond(read):
    """专项债券 form: 项目单位 the unit, 本年度债券资金 the year's money, a 倍 target."""
    r = read(P + "mianyang_special_bond.txt")
    p = only_project(r)
    assert _fields(p, "name", "year", "department", "unit") == (
        "绵阳市游仙区老旧小区改造及配套基础设施建设项目", 2023, "绵阳市游仙区住房和城乡建设局",
        "绵阳市游仙区城市建设投资有限公司")
    assert 6_000 * W in _money(p) or 28_000 * W in _money(p)
    t = indicator_targets(r)
    assert len(t) == 6
    assert t[3] == ("效益指标", "经济效益指标", "项目收益与融资本息覆盖倍数", ">=", 1.2, "倍")


def test_guizhou_transfer_region(read):
    """省对下 区域绩效目标表: the fund its name, 省级主管部门 the department, 市县主管部门 kept."""
    r = read(P + "guizhou_transfer_region.txt")
    p = only_project(r)
    assert _fields(p, "name", "year", "department") == ("贵州省农村公路养护省级补助资金", 2020, "贵州省交通运输厅")
    assert other_fields(p).get("市县主管部门") == "黔南州交通运输局"
    assert 5_400 * W in _money(p)
    t = indicator_targets(r)
    assert len(t) == 5
    assert t[0] == ("产出指标", "数量指标", "农村公路日常养护里程", ">=", 1.2, "万公里")


def test_lanzhou_monitor_forecast(read):
    """重点项目 监控表: 1-6月执行数 the spending, 1-6月完成值 the progress, 偏差原因 the deviation."""
    r = read(P + "lanzhou_monitor_forecast.txt")
    p = only_project(r)
    assert _fields(p, "name", "year", "department", "unit") == (
        "兰州新区职业教育园区实训基地建设项目", 2024, "兰州新区教育文化卫生局", "兰州新区职教园区管理中心")
    assert _fields(p, "budget_year", "spent") == (2_400 * W, 720 * W)
    t = indicator_targets(r)
    assert len(t) == 5
    assert t[1][2:5] == ("购置实训设备数量", ">=", 600.0)
    i1 = r.tables["indicators"][1]
    assert (i1["progress_raw"], i1["deviation"]) == ("150台（套）", "部分设备进口周期长")
    assert r.tables["indicators"][0]["progress_raw"] == "1个"


def test_ganzhou_pre_assessment(read):
    """事前绩效评估 汇总表: 评估内容 | 评估要点 | 分值 | 得分 scores, 合计 the score, 评估结论 kept."""
    r = read(P + "ganzhou_pre_assessment.txt")
    p = only_project(r)
    assert _fields(p, "name", "year", "department", "unit", "score") == (
        "章贡区城市内涝治理工程", 2025, "赣州市章贡区水利局", "章贡区城市排水管理所", 85.0)
    assert 3_600 * W in _money(p)
    s = [(x["weight"], x["score"]) for x in r.tables["scores"]]
    assert s == [(20.0, 19.0), (20.0, 16.0), (20.0, 15.0), (20.0, 17.0), (20.0, 18.0)]
    assert (other_fields(p).get("评估结论") or "").startswith("予以支持")


def test_shucheng_township_sparse(read):
    """乡镇 form with empty cells: no unit, 3 filled indicators, the empty rows none."""
    r = read(P + "shucheng_township_sparse.txt")
    p = only_project(r)
    assert _fields(p, "name", "year", "department", "unit") == (
        "干汊河镇农村道路“村村通”提质工程", 2021, "舒城县干汊河镇人民政府", None)
    assert 180 * W in _money(p)
    t = indicator_targets(r)
    assert [x[2] for x in t] == ["村道提质改造里程", "完工时间", "群众出行条件"]
    assert t[0][3:] == ("=", 6.0, "公里")


def test_weifang_merged_cut(read):
    """三级指标 cut over two lines, the value on the first: joined, 7 indicators."""
    r = read(P + "weifang_merged_cut.txt")
    p = only_project(r)
    assert _fields(p, "name", "year", "department", "unit") == (
        "寒亭区中小学校园安全提升工程", 2022, "潍坊市寒亭区教育和体育局", "寒亭区教育服务中心")
    t = indicator_targets(r)
    assert [x[2] for x in t] == ["视频监控系统升级学校数量", "一键报警装置安装数量", "配备专职保安人数",
                                 "校园安全培训演练次数", "监控系统验收合格率", "校园安全事故发生起数",
                                 "师生及家长满意度"]
    assert t[0][3:] == (">=", 42.0, "所")
    assert t[5][3:] == ("=", 0.0, "起")


def test_dalian_2019_content_value(read):
    """2019 form of 指标内容 | 指标值 only: 4 indicators, no levels written."""
    r = read(P + "dalian_2019_content_value.txt")
    p = only_project(r)
    assert _fields(p, "name", "year", "department", "unit") == (
        "大连市甘井子区社区居家养老服务项目", 2019, "大连市甘井子区民政局", "甘井子区养老服务指导中心")
    assert 560 * W in _money(p)
    t = indicator_targets(r)
    assert [x[2] for x in t] == ["社区养老服务站建设数量", "居家养老上门服务人数", "上门服务时长", "服务对象满意度"]
    assert t[1][3:] == (">=", 2000.0, "人")
    assert t[3][3:] == (">=", 90.0, "%")


def test_harbin_2020_two_levels(read):
    """2020 form of 一级 | 二级 | 指标内容 | 指标值: 指标内容 the level 3, 预算部门 the department."""
    r = read(P + "harbin_2020_two_levels.txt")
    p = only_project(r)
    assert _fields(p, "name", "year", "department") == (
        "哈尔滨市道里区冬季清冰雪作业项目", 2020, "哈尔滨市道里区城市管理局")
    assert 1_380 * W in _money(p)
    t = indicator_targets(r)
    assert len(t) == 5
    assert t[0] == ("产出指标", "数量指标", "清冰雪作业道路面积", ">=", 420.0, "万平方米")
    assert t[1] == ("产出指标", "时效指标", "主干道雪停后清除时限", "<=", 24.0, "小时")


def test_baotou_target_actual(read):
    """自评表 of 指标值 | 实际完成值 side by side, the money's labels in the first column."""
    r = read(P + "baotou_target_actual.txt")
    p = only_project(r)
    assert _fields(p, "name", "year", "department", "unit") == (
        "昆都仑区老旧管网改造项目", 2021, "包头市昆都仑区住房和城乡建设局", "昆都仑区市政工程管理处")
    assert _fields(p, "spent", "score") == (1_860 * W, 98.3)
    assert 2_000 * W in _money(p)
    t = indicator_targets(r)
    assert len(t) == 5
    assert t[3] == ("效益指标", "社会效益指标", "管网漏损率", "<=", 8.0, "%")
    i0 = r.tables["indicators"][0]
    assert (i0["actual_raw"], i0["weight"], i0["score"]) == ("24公里", 20.0, 19.0)


def test_chongqing_sewage_fund(read):
    """政府性基金 form: 基金名称 kept, 资金总额 the money, 5 targets."""
    r = read(P + "chongqing_sewage_fund.txt")
    p = only_project(r)
    assert _fields(p, "name", "year", "department", "unit") == (
        "渝北区城镇污水处理设施运营项目", 2024, "重庆市渝北区城市管理局", "渝北区排水管理站")
    assert other_fields(p).get("基金名称") == "污水处理费"
    assert 5_600 * W in _money(p)
    t = indicator_targets(r)
    assert len(t) == 5
    assert t[0] == ("产出指标", "数量指标", "年污水处理量", ">=", 9000.0, "万吨")
    assert t[2] == ("产出指标", "成本指标", "吨水运营成本", "<=", 1.2, "元")


def test_tianjin_merged_xlsx(read):
    """XLSX of merged cells: fields, the money as a number, 5 targets."""
    r = read(P + "tianjin_merged.xlsx")
    p = only_project(r)
    assert _fields(p, "name", "year", "department", "unit") == (
        "西青区农村生活垃圾分类收运项目", 2022, "天津市西青区城市管理委员会", "西青区环境卫生服务中心")
    assert 1_680 * W in _money(p)
    t = indicator_targets(r)
    assert len(t) == 5
    assert t[1] == ("产出指标", "数量指标", "配置分类收集容器数量", ">=", 5000.0, "个")


def test_haikou_park_docx(read):
    """DOCX with the title a paragraph over the table: fields, money, 5 targets."""
    r = read(P + "haikou_park.docx")
    p = only_project(r)
    assert _fields(p, "name", "year", "department", "unit") == (
        "海口市美兰区滨江海岸公园管养项目", 2021, "海口市美兰区园林局", "美兰区园林绿化服务中心")
    assert 760 * W in _money(p)
    t = indicator_targets(r)
    assert len(t) == 5
    assert t[2] == ("产出指标", "时效指标", "设施损坏修复时限", "<=", 48.0, "小时")


def test_wenzhou_cut_words(read):
    """三级指标 cut inside a word, its value on the second line; targets in words (不少于, 不低于, 较上年提高)."""
    r = read(P + "wenzhou_cut_words.txt")
    p = only_project(r)
    assert _fields(p, "name", "year", "department", "unit") == (
        "鹿城区农村文化礼堂建设提升项目", 2020, "温州市鹿城区文化和广电旅游体育局", "鹿城区文化馆")
    assert 450 * W in _money(p)
    t = indicator_targets(r)
    assert [x[2] for x in t] == ["新建农村文化礼堂数量", "文化走亲活动场次", "礼堂星级评定达标率", "项目完成时间",
                                 "群众参与文化活动人次", "村民满意度"]
    assert t[0][3:] == (">=", 12.0, "家")
    assert t[1][3:] == (">=", 60.0, "场")
    assert t[4][3:] == ("=", 5.0, "个百分点")
    assert t[5][3:] == (">=", 90.0, "%")


def test_hefei_task_sections_merged(read):
    """任务分解表 whose 考核项目 (with its points), 责任单位 and 完成时限 cells are merged over items."""
    r = read(P + "hefei_task_sections_merged.txt")
    a = r.tables["assessment_items"]
    assert [x["points"] for x in a] == [15.0, 15.0, 10.0, 10.0, 20.0]
    assert [x["section"] for x in a] == ["项目建设", "项目建设", "民生实事", "民生实事", "党的建设"]
    assert [x["section_points"] for x in a] == [30.0, 30.0, 20.0, 20.0, 20.0]
    assert a[0]["responsible"] == ["区发改委", "各街道"]
    assert a[1]["responsible"] == ["区发改委", "各街道"]
    assert [x["deadline"] for x in a] == ["2021年12月底前"] * 4 + ["全年"]
    assert a[4]["requirement"] == "被上级通报批评的，每次扣2分"


def test_zhengzhou_monitor_possibility(read):
    """监控表 with 全年预计完成值, 完成目标可能性 and 偏差原因分析 columns."""
    r = read(P + "zhengzhou_monitor_possibility.txt")
    p = only_project(r)
    assert _fields(p, "name", "year", "department", "unit") == (
        "郑州市金水区智慧停车诱导系统建设项目", 2022, "郑州市金水区城市管理局", "金水区停车管理服务中心")
    assert _fields(p, "budget_year", "spent") == (900 * W, 180 * W)
    t = indicator_targets(r)
    assert len(t) == 5
    assert t[1] == ("产出指标", "数量指标", "接入停车场数量", ">=", 120.0, "个")
    i1 = r.tables["indicators"][1]
    assert (i1["progress_raw"], i1["deviation"]) == ("40个", "部分停车场业主配合度低")
    assert "有可能" in (i1["note"] or "")


def test_shijiazhuang_two_forms(read):
    """Two forms in one dump (表一, 表二): two projects, each its money and indicators."""
    r = read(P + "shijiazhuang_two_forms.txt")
    ps = r.tables["projects"]
    assert [(p["name"], p["year"], p["unit"]) for p in ps] == [
        ("长安区中小学课后服务补助项目", 2019, "长安区教育事业发展中心"),
        ("长安区学前教育资助项目", 2019, "长安区学生资助管理中心")]
    assert [p["budget_year"] or p["budget_total"] for p in ps] == [320 * W, 85 * W]
    ind = r.tables["indicators"]
    by = {}
    for i in ind:
        by.setdefault(i["project_id"], []).append((i["level3"], i["op"], i["value"]))
    assert [len(by.get(p["project_id"], [])) for p in ps] == [3, 3]
    assert by[ps[1]["project_id"]][1] == ("生均资助标准", "=", 850.0)

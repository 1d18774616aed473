"""Hunt AK (session 38): assessment / scoring tables (考核细则, 考核任务分解表, 评分表, 目标管理考核) — the last note's five
leftovers and 16 tables of other kinds and provinces as offices write them (txt dumps, XLSX, DOCX, HTML, Markdown):
tests/fixtures/review/ct_s38_ak_*, each item written down by hand before the run."""
from __future__ import annotations

import pytest

F = ("item_no", "section_no", "section", "group", "content", "points", "requirement", "responsible", "kind", "cap")
B, P, O, V = "base", "penalty", "bonus", "veto"


def _items(r) -> list[tuple]:
    return [tuple(a[k] for k in F) for a in r.tables["assessment_items"]]


def _codes(r) -> list[str]:
    return [w["code"] for w in r.tables["warnings"]]


# ---------------------------------------------------------------- 1. the last note"s leftovers
def test_a_kaohe_xize_of_two_levels_and_no_unit_column(read):
    """`一级指标 | 二级指标 | 分值 | 评分标准` (no 得分, no target, no unit column) under a 考核细则 title: an assessment table,
    its rows items (it was a blank self-evaluation form, no item: `blank_form` / `not_a_form`); the 合计 row no item."""
    r = read("ct_s38_ak_l1_xize.txt")
    assert _items(r) == [
        (None, None, "预算管理", None, "预算编制", 15.0, "按时报送预算草案得满分，每推迟1天扣1分。", None, B, None),
        (None, None, "预算管理", None, "预算执行", 25.0, "支出进度达到序时进度得满分，每低1个百分点扣1分，扣完为止。", None, B,
         None),
        (None, None, "绩效管理", None, "绩效目标管理", 30.0, "绩效目标覆盖率100%得满分，每低5个百分点扣2分。", None, B, None),
        (None, None, "绩效管理", None, "评价结果应用", 30.0, "评价结果与预算安排挂钩的得满分，未挂钩的不得分。", None, B, None),
    ]
    assert _codes(r) == [] and not r.tables["scores"] and not r.tables["projects"]


def test_the_last_sessions_w09_items_numbered_in_brackets_under_numbered_sections(read):
    """ct_s37_as_w09: `一、预算编制（20分） | （一）绩效目标编报 | 10 | …`: the （一） items under 一、 sections (they were
    unparsed rows once the table was an assessment table), numbered 1 … 4, the number out of the text."""
    r = read("ct_s37_as_w09_jixiao_guanli.txt")
    assert [(a["item_no"], a["section_no"], a["section"], a["content"], a["points"]) for a in
            r.tables["assessment_items"]] == [
        (1, "一", "预算编制", "绩效目标编报", 10.0), (2, "一", "预算编制", "目标审核", 10.0),
        (3, "二", "绩效监控", "监控覆盖", 15.0), (4, "二", "绩效监控", "整改落实", 15.0)]
    assert _codes(r) == []


def test_a_finer_items_number_is_no_part_of_its_text(read):
    """`（1）河湖长名单公示到位` / `(1)消除劣V类水体` under `1 | 组织体系（15分）`: the content without `（1）` (it kept it)."""
    r = read("ct_s38_ak_l2_finer.txt")
    assert [(a["item_no"], a["section"], a["content"], a["points"]) for a in r.tables["assessment_items"]] == [
        (1, "组织体系", "河湖长名单公示到位", 5.0), (1, "组织体系", "河湖长巡河履职", 10.0),
        (2, "水环境治理", "消除劣V类水体", 12.0), (2, "水环境治理", "入河排污口整治", 8.0)]
    assert _codes(r) == []


def test_rending_danwei_names_the_assessors(read):
    """认定单位 / 审核认定单位: the units that verify an item"s result (its score theirs), none of its work: `assessor`
    (the column was dropped); 责任单位 beside it stays the item"s units."""
    r = read("ct_s38_ak_l3_rending.txt")
    assert [(a["item_no"], a["responsible"], a["assessor"]) for a in r.tables["assessment_items"]] == [
        (1, None, ["县农业农村局"]), (2, None, ["县统计局", "县农业农村局"]), (3, None, ["县委组织部"])]
    r = read("ct_s38_ak_l3b_shenhe.txt")
    assert [(a["section"], a["responsible"], a["assessor"]) for a in r.tables["assessment_items"]] == [
        ("矛盾纠纷化解", ["司法所"], ["县委政法委"]), ("治安防控", ["派出所"], ["县公安局"])]
    assert [a["assessor"] for a in read("ct_s37_as_w06_bonus_penalty_tables.txt").tables["assessment_items"]] == [
        ["县委办"], ["县委办"], ["县督查室"]]


def test_a_penalty_of_minus_points_and_a_rule_a_time(read):
    """扣分项: `发生生产安全事故 | -5 | 每发现一次扣1分`: 1 a time, at most 5 (the points were lost); `-10 | 每次扣5分`: the
    `-10` was an unplaced cell (a sign only a full-width minus had), the rule taken for the points and lost as the rule.
    A base item"s `最多扣10分` beside its 分值 40 keeps 40 as its points."""
    r = read("ct_s38_ak_l4_penalty_minus.txt")
    assert _items(r) == [
        (1, "一", "基础工作", None, "签订安全生产目标责任书", 20.0, "未签订的不得分。", ["安监站"], B, None),
        (2, "一", "基础工作", None, "开展隐患排查治理", 40.0, "每发现一处隐患未整改扣2分，最多扣10分。", ["安监站"], B, None),
        (3, "二", "扣分项", None, "发生生产安全事故", 1.0, "每发现一次扣1分。", ["安监站"], P, 5.0),
        (4, "二", "扣分项", None, "被市级以上督查通报", 5.0, "每次扣5分。", ["安监站"], P, 10.0),
    ]
    assert _codes(r) == []


# ---------------------------------------------------------------- 2. tables of other kinds and provinces
EXPECTED = {
    "ct_s38_ak_w01_xiangzhen.txt": [
        (1, "一", "经济发展", None, "招商引资：全年引进亿元以上项目3个（10分）", 10.0, "每少1个扣3分，扣完为止。", ["经发办"], B, None),
        (2, "一", "经济发展", None, "固定资产投资：完成固定资产投资5亿元（10分）", 10.0, "按完成比例得分。", ["经发办"], B, None),
        (3, "一", "经济发展", None, "财政收入：一般公共预算收入增长6%（10分）", 10.0, "每低1个百分点扣2分。", ["财政所"], B, None),
        (4, "二", "社会治理", None, "信访稳定：无进京非访（10分）", 10.0, "每发生1起扣2分。", ["综治办"], B, None),
        (5, "二", "社会治理", None, "安全生产：全年无较大以上事故（10分）", 10.0, "发生一般事故每起扣2分。", ["安监站"], B, None),
        (6, "三", "加分项（最高加5分）", None, "争先创优：获市级以上表彰", None, "市级每项加1分，省级每项加2分。", ["党政办"], O, 5.0),
        (7, "四", "一票否决", None, "重大事故：发生重大安全生产责任事故的", None, "实行一票否决。", ["安监站"], V, None),
    ],
    "ct_s38_ak_w02_bumen.xlsx": [
        (None, None, "预算编制", None, "预算编制及时性", 10.0, "按规定时间报送得满分，每推迟1天扣1分。", ["预算科"], B, None),
        (None, None, "预算编制", None, "预算编制准确性", 10.0, "预算调整率每超过5%扣2分。", ["预算科"], B, None),
        (None, None, "预算执行", None, "支出进度", 15.0, "达到序时进度得满分，每低1个百分点扣0.5分。", ["国库科"], B, None),
        (None, None, "预算执行", None, "结转结余", 5.0, "结转结余率每超过5%扣1分，最多扣5分。", ["国库科"], B, None),
        (None, None, "加分项（最高加3分）", None, "创新工作：绩效管理改革经验被上级推广", None, "省级推广加3分，市级推广加2分。", ["绩效科"], O, 3.0),
    ],
    "ct_s38_ak_w03_xiangcun.docx": [
        (1, "一", "产业振兴", None, "粮食生产：粮食播种面积稳定在10万亩以上", 15.0, "完成得满分，每少1000亩扣1分。", None, B, None),
        (2, "一", "产业振兴", None, "产业融合：新增市级以上龙头企业2家", 15.0, "每少1家扣5分。", None, B, None),
        (3, "二", "生态振兴", None, "人居环境：农村生活垃圾收运处置体系覆盖率100%（行政村全覆盖）", 20.0, "每低1个百分点扣1分，扣完为止。", None, B, None),
        (4, "三", "扣分项", None, "发生规模性返贫", 5.0, "每发生1户扣5分。", None, P, None),
    ],
    "ct_s38_ak_w04_yingshang.html": [
        (1, None, "开办企业", None, "企业开办时间压缩至1个工作日内", 5.0, "超过1个工作日的不得分。", ["县市场监管局", "县税务局"], B, None),
        (2, None, "开办企业", None, "企业开办全程网办率达到90%", 5.0, "每低1个百分点扣0.5分。", ["县市场监管局"], B, None),
        (3, None, "获得电力", None, "低压小微企业办电时间不超过5个工作日", 5.0, "每超过1个工作日扣1分。", ["县供电公司", "县发改局"], B, None),
        (4, None, "政务服务", None, "“好差评”差评整改率100%", 5.0, "未整改的每件扣1分，最多扣5分。", ["县行政审批局"], B, None),
    ],
    "ct_s38_ak_w05_pingan.txt": [
        (1, "一", "基层基础", None, "综治中心实体化运行，配备专职工作人员不少于3名。", 10.0, "未实体化运行扣5分；人员不足的，每少1名扣2分，扣完为止。", None, B, None),
        (2, "一", "基层基础", None, "网格化服务管理全覆盖。", 15.0, "每发现1个网格未配备网格员扣1分。", ["综治办"], B, None),
        (3, "二", "矛盾化解", None, "矛盾纠纷排查调处成功率达到95%以上。", 25.0, "每低1个百分点扣2分。", ["司法所"], B, None),
        (4, "三", "扣分项目（累计扣分不超过10分）", None, "发生群体性事件的", 3.0, "每起扣3分。", ["综治办"], P, 10.0),
        (5, "三", "扣分项目（累计扣分不超过10分）", None, "发生命案的", 5.0, "每起扣5分。", ["派出所"], P, 10.0),
    ],
    "ct_s38_ak_w06_caizheng.xlsx": [
        (1, None, "预算管理", None, "预算编制质量（8分）", 8.0, "按财政部门审核意见扣分，每发现1处问题扣1分。", None, B, None),
        (2, None, "预算管理", None, "预算公开（4分）", 4.0, "未按规定公开的不得分。", None, B, None),
        (3, None, "国库管理", None, "库款保障水平（6分）", 6.0, "库款保障水平低于0.8的扣3分。", None, B, None),
    ],
    "ct_s38_ak_w07_renda.txt": [
        (None, None, "办理程序", None, "按时交办", 10.0, "未在规定时间内交办的，每件扣1分。", None, B, None),
        (None, None, "办理程序", None, "按时答复", 20.0, "超期答复的每件扣2分，扣完为止。", None, B, None),
        (None, None, "办理质量", None, "代表满意率", 30.0, "满意率达到95%以上得满分，每低1个百分点扣1分。", None, B, None),
        (None, None, "办理质量", None, "问题解决率", 20.0, "按解决率折算得分。", None, B, None),
        (None, None, "加分项", None, "获评优秀建议办理单位", None, "获评加2分。", None, O, 2.0),
        (None, None, "扣分项", None, "代表对办理结果不满意的", 1.0, "每件扣1分。", None, P, 2.0),
    ],
    "ct_s38_ak_w08_continued.txt": [
        (1, None, "党的建设", None, "落实全面从严治党主体责任", 10.0, "未落实的扣10分。", ["机关党委"], B, None),
        (2, None, "依法行政", None, "规范性文件合法性审查率100%", 5.0, "每发现1件未审查扣1分。", ["法制股"], B, None),
        (3, None, "重点工作", None, "完成年度重点工作任务", 20.0, "每项未完成扣2分。", ["办公室"], B, None),
        (4, None, "信息公开", None, "政府信息主动公开及时率100%", 5.0, "每延迟公开1件扣0.5分。", ["办公室"], B, None),
    ],
    "ct_s38_ak_w09_three_levels.txt": [
        (None, None, "履职效能", "重点工作", "重点工作完成率", 20.0, "完成率100%得满分，每低1%扣1分。", ["办公室"], B, None),
        (None, None, "履职效能", "重点工作", "重点工作及时性", 10.0, "未按时完成的每项扣2分。", ["办公室"], B, None),
        (None, None, "履职效能", "预算管理", "预算执行率", 10.0, "执行率低于90%的不得分。", ["财务股"], B, None),
    ],
    "ct_s38_ak_w10_yingshang.md": [
        (1, "一", "基础指标", None, "政务服务事项网上可办率达到98%以上", 20.0, "每低1个百分点扣2分，扣完为止", ["县数据局"], B, None),
        (2, "一", "基础指标", None, "12345热线诉求按期办结率100%", 20.0, "每低1个百分点扣1分", ["县政务服务中心"], B, None),
        (3, "二", "加分指标", None, "改革创新举措被省级以上推广", 1.0, "每项加1分", ["各责任单位"], O, 3.0),
        (4, "三", "扣分指标", None, "被省级以上营商环境督查通报", 2.5, "每次扣2.5分", ["各责任单位"], P, 5.0),
    ],
    "ct_s38_ak_w11_two_row_head.docx": [
        (1, None, None, None, "耕地保护：完成耕地保护目标任务", 10.0, "未完成的不得分。", ["自然资源所", "农业服务中心"], B, None),
        (2, None, None, None, "河长制：河长巡河率100%", 5.0, "每少1次扣0.5分。", ["水利站"], B, None),
    ],
    "ct_s38_ak_w12_anquan_veto.txt": [
        (1, None, None, None, "安全生产责任制落实", 15.0, "未签订责任书扣5分，未开展考核扣5分。", None, B, None),
        (2, None, None, None, "重大事故隐患整改", None, "存在重大隐患未整改的，实行一票否决。", None, V, None),
        (3, None, None, None, "安全生产宣传教育", 5.0, "未开展“安全生产月”活动扣5分。", None, B, None),
    ],
    "ct_s38_ak_w13_caizheng.html": [
        (None, "一", "预算管理", None, "预算编制：按时编报部门预算（5分）", 5.0, "未按时编报的扣5分。", ["各预算单位"], B, None),
        (None, "一", "预算管理", None, "预算编制：预算绩效目标编报完整（10分）", 10.0, "每缺1个项目扣1分。", ["各预算单位"], B, None),
        (None, "二", "资产管理", None, "资产清查：按时完成资产清查（10分）", 10.0, "未完成的不得分。", ["资产科"], B, None),
    ],
    "ct_s38_ak_w14_wrapped.txt": [
        (1, None, None, None, "建立健全防汛抗旱指挥体系，落实各级防汛责任人。", 10.0, "未落实的扣5分。", ["应急局"], B, None),
        (2, None, None, None, "完成水毁工程修复。", 10.0, "未完成的不得分。", ["水利局"], B, None),
    ],
    "ct_s38_ak_w15_two_pages.docx": [
        (1, "一", "基础工作", None, "建立健全内部控制制度", 15.0, "未建立的不得分。", ["财务科"], B, None),
        (2, "一", "基础工作", None, "按时报送工作总结", 15.0, "每迟报1天扣1分。", ["办公室"], B, None),
        (3, "二", "加分项（最高加2分）", None, "工作经验被市级以上推广", 1.0, "每次加1分。", ["办公室"], O, 2.0),
    ],
    "ct_s38_ak_w16_section_points_cell.txt": [
        (None, "一", "组织领导", None, "成立工作领导小组", 5.0, "未成立的扣5分。", None, B, None),
        (None, "一", "组织领导", None, "制定工作方案", 5.0, "未制定的扣5分。", None, B, None),
        (None, "二", "工作落实", None, "按时报送统计数据", 20.0, "每迟报1次扣2分。", None, B, None),
    ],
    "ct_s38_ak_x1_linzhang.txt": [
        (1, None, "林长制组织体系", None, "建立县乡村三级林长体系，未建立的扣5分。", 5.0, None, ["县林业局"], B, None),
        (2, None, "森林防火", None, "全年未发生重大森林火灾，发生一起扣5分。", 10.0, None, ["县林业局", "各乡镇"], B, None),
    ],
    "ct_s38_ak_x2_veto_line.txt": [
        (1, None, None, None, "地区生产总值增速", 10.0, "增速达到7%得满分，每低0.1个百分点扣0.5分。", None, B, None),
        (2, None, None, None, "规上工业增加值增速", 10.0, "增速达到8%得满分，每低0.1个百分点扣0.5分。", None, B, None),
        (None, None, "一票否决", None, "发生重大安全生产事故、重大群体性事件的，实行一票否决。", None, None, None, V, None),
    ],
    "ct_s38_ak_x3_rule_in_content.txt": [
        (1, "一", "基本工作", None, "完成年度招商引资任务。（50分）", 50.0, None, ["商务局"], B, None),
        (2, "一", "基本工作", None, "完成项目入库任务。（40分）", 40.0, None, ["发改局"], B, None),
        (3, "二", "加分项", None, "获得国家级荣誉的，每项加2分（最高加4分）。", 2.0, None, ["各单位"], O, 4.0),
        (4, "三", "扣分项", None, "被上级通报批评的，每次扣2分（最多扣6分）。", 2.0, None, ["各单位"], P, 6.0),
    ],
    "ct_s38_ak_x6_leibie_first.txt": [
        (1, None, "共性指标", None, "党风廉政建设", 20.0, "未落实“一岗双责”的扣5分。", ["纪检组"], B, None),
        (2, None, "共性指标", None, "意识形态工作", 20.0, "发生意识形态领域重大问题的不得分。", ["办公室"], B, None),
        (3, None, "个性指标", None, "完成年度重点项目建设", 60.0, "每项未完成扣10分。", ["项目办"], B, None),
    ],
    "ct_s38_ak_x7_points_text.xlsx": [
        (1, "一", "组织保障", None, "成立领导小组", 5.0, "未成立扣5分", ["办公室"], B, None),
        (2, "一", "组织保障", None, "制定实施方案", 5.0, "未制定扣5分", ["办公室"], B, None),
        (3, "二", "工作推进", None, "按月报送进度", 20.0, "每迟报一次扣2.5分", ["业务科"], B, None),
    ],
    "ct_s38_ak_y1_both_wrapped.txt": [
        (1, None, None, None, "全面推行河长制，建立河长公示牌。", 10.0, "未建立的扣5分；未公示的扣5分。", ["水利局"], B, None),
        (2, None, None, None, "开展河湖“清四乱”专项行动。", 10.0, "每发现1处未整改扣2分。", ["水利局"], B, None),
    ],
    "ct_s38_ak_y3_score_column.txt": [
        (None, None, "经济发展", None, "完成地区生产总值增长目标", 20.0, "每低1个百分点扣2分。", None, B, None),
        (None, None, "经济发展", None, "完成固定资产投资目标", 20.0, "按完成比例计分。", None, B, None),
        (None, None, "社会事业", None, "义务教育巩固率达到98%", 10.0, "未达到的不得分。", None, B, None),
    ],
    "ct_s38_ak_y4_le_cap.txt": [
        (1, "一", "加分项", None, "获得市级以上表彰", None, "国家级加3分，省级加2分，市级加1分。", ["办公室"], O, 3.0),
        (2, "二", "扣分项", None, "工作被上级通报批评", 1.0, "每次扣1分。", ["办公室"], P, 5.0),
    ],
    "ct_s38_ak_y6_merged_number.docx": [
        (1, None, "组织领导", None, "成立档案工作领导小组", 5.0, "未成立的扣5分。", ["办公室"], B, None),
        (1, None, "组织领导", None, "制定年度工作计划", 5.0, "未制定的扣5分。", ["办公室"], B, None),
        (2, None, "业务建设", None, "完成年度档案归档任务", 10.0, "每少归档1卷扣1分。", ["档案室"], B, None),
    ],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_items_as_the_table_says(read, name):
    r = read(name)
    assert _items(r) == EXPECTED[name]
    # (a filled table's 得分 column: assessment_items.score since schema 11, hunt s39 as; hunt LK named it in a warning)
    assert _codes(r) == []
    if name == "ct_s38_ak_y3_score_column.txt":
        assert [a["score"] for a in r.tables["assessment_items"]] == [18.0, 20.0, 10.0]


def test_assessors_of_other_tables(read):
    """认定单位 over a DOCX"s items (乡村振兴实绩考核), 考核单位 alone after the rule (安全生产)."""
    assert [a["assessor"] for a in read("ct_s38_ak_w03_xiangcun.docx").tables["assessment_items"]] == [
        ["县农业农村局"], ["县农业农村局"], ["县住建局", "县城管局"], ["县乡村振兴局"]]
    assert [a["assessor"] for a in read("ct_s38_ak_w12_anquan_veto.txt").tables["assessment_items"]] == \
        [["县应急管理局"]] * 3
    assert [a["assessor"] for a in read("ct_s38_ak_x2_veto_line.txt").tables["assessment_items"]] == \
        [["县统计局"], ["县工信局"], None]


# ---------------------------------------------------------------- 3. printed: the same items from the PDF
@pytest.mark.parametrize("pdf,source", [("ct_s38_ak_x8_caizheng_print.pdf", "ct_s38_ak_w13_caizheng.html"),
                                        ("ct_s38_ak_x9_two_pages.pdf", "ct_s38_ak_w15_two_pages.docx"),
                                        ("ct_s38_ak_x10_bumen.pdf", "ct_s38_ak_w02_bumen.xlsx")])
def test_a_print_reads_as_its_source(read, pdf, source):
    """chromium's print of the HTML (its footer `file:///….html 1/1` was an unparsed row), LibreOffice's of the DOCX
    cut over two pages and of the XLSX (borders, fit to the page's width): the items of the source."""
    r = read(pdf)
    assert _items(r) == EXPECTED[source]
    assert _codes(r) == []

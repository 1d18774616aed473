"""Hunt AT (目标管理考核 / 考核任务分解表 / 考核细则 of other provinces and years): tests/fixtures/review/ct_s36_at_*,
each file's assessment_items as written by hand before the run: (section_no, section, item_no, the content's start,
points, kind, cap, responsible, the requirement's start)."""
from __future__ import annotations

import pytest

EXPECTED = {
    'ct_s36_at_xiaoshan_lead_resp_deadline.txt': [
        ('一', '经济发展', 1, '规上工业增加值增长', 10, 'base', None, ['经发办', '企业服务中心'], '完成得满分'),
        ('一', '经济发展', 2, '完成固定资产投资', 10, 'base', None, ['经发办', '规划建设办', '财政所'], '按完成比例'),
        ('一', '经济发展', 3, '新引进亿元以上', 10, 'base', None, ['招商中心', '各村（社区）'], '每少1个'),
        ('二', '社会治理', 4, '信访积案化解率', 10, 'base', None, ['信访办', '综治中心'], '每低5个'),
        ('二', '社会治理', 5, '安全生产事故起数', 10, 'base', None, ['应急办', '安监站', '派出所'], '发生一般事故'),
    ],
    'ct_s36_at_hunan_kaohe_yaodian.txt': [
        (None, '党建工作', 1, '落实全面从严治党', 8, 'base', None, ['机关党委'], '未召开专题'),
        (None, '党建工作', 2, '开展主题教育', 7, 'base', None, ['机关党委'], '活动少于4次'),
        (None, '业务工作', 3, '完成年度重点工作', 15, 'base', None, ['办公室'], '未完成的每项'),
    ],
    'ct_s36_at_anhui_penalty_bonus_veto.txt': [
        ('一', '重点工作', 1, '完成年度招商引资', 20, 'base', None, ['县投资促进中心'], '完成得满分'),
        ('一', '重点工作', 2, '推进项目建设', 20, 'base', None, ['县发改委'], '每滞后1个'),
        ('二', '扣分项', 3, '被市级以上通报', 0.5, 'penalty', 5, ['县督查室'], '每发现一次'),
        ('二', '扣分项', 4, '发生安全生产责任', 2, 'penalty', 10, ['县应急局'], '每起扣2分'),
        ('三', '加分项', 5, '工作经验被省级', 1, 'bonus', 3, ['县委办'], '每次加1分'),
        ('四', '一票否决', 6, '发生重大安全', None, 'veto', None, ['县应急局'], '实行一票否决'),
    ],
    'ct_s36_at_hebei_scores_filled.txt': [
        (None, '组织领导', 1, '成立工作领导小组', 5, 'base', None, ['党政办'], '未成立的'),
        (None, '组织领导', 2, '制定年度工作计划', 5, 'base', None, ['党政办'], '计划不完善'),
        (None, '工作落实', 3, '完成人居环境', 20, 'base', None, ['村建办'], '按完成比例'),
    ],
    'ct_s36_at_guangdong_circled_items.txt': [
        ('一', '营商环境', 1, '企业开办时间', 10, 'base', None, ['市场监管所'], '查阅系统'),
        ('一', '营商环境', 2, '政务服务事项', 10, 'base', None, ['政务服务中心'], '抽查'),
        ('二', '生态环境', 1, '空气质量优良', 10, 'base', None, ['生态办'], '以生态环境局'),
    ],
    'ct_s36_at_henan_parent_subitems.txt': [
        ('一', '经济发展', 1, '新签约项目', 10, 'base', None, ['招商办'], '每少1个'),
        ('一', '经济发展', 1, '到位资金', 10, 'base', None, ['招商办'], '按比例'),
        ('一', '经济发展', 2, '财政收入', 10, 'base', None, ['财政所'], '完成预算'),
    ],
    'ct_s36_at_shaanxi_page_break.txt': [
        (None, None, 1, '完成年度脱贫攻坚', 15, 'base', None, ['县乡村振兴局'], '未完成的每项'),
        (None, None, 2, '完成农村饮水安全', 15, 'base', None, ['县水利局'], '工程未按期完工的扣5分；水质检测'),
        (None, None, 3, '完成高标准农田', 10, 'base', None, ['县农业农村局'], '每少1000亩'),
    ],
    'ct_s36_at_yunnan_penalty_table_caption.txt': [
        ('一', '基础工作', 1, '预算执行率', 10, 'base', None, ['县财政局'], '每低1个'),
        ('一', '基础工作', 2, '绩效目标编报', 10, 'base', None, ['县财政局'], '缺报一项'),
        ('二', '扣分项（最高扣10分）', 1, '审计发现违规', 2, 'penalty', 10, ['县审计局'], '每发现一次'),
        ('二', '扣分项（最高扣10分）', 2, '被媒体曝光', 3, 'penalty', 10, ['县委宣传部'], '每次扣3分'),
    ],
    'ct_s36_at_hubei_prose_outline.txt': [
        ('一', '经济发展', 1, '地区生产总值', 10, 'base', None, ['县发改局', '县统计局'], None),
        ('一', '经济发展', 2, '一般公共预算收入', 10, 'base', None, ['县财政局'], None),
        ('二', '加分项（最高加5分）', 3, '争取中央预算内', 1, 'bonus', 5, ['县发改局'], None),
    ],
    'ct_s36_at_liaoning_two_row_head.txt': [
        (None, None, 1, '完成棚户区改造', 10, 'base', None, ['区住建局', '区财政局', '各街道'], '每少50户'),
        (None, None, 2, '新增城镇就业', 10, 'base', None, ['区人社局', '各街道'], '按比例计分'),
    ],
    'ct_s36_at_heilongjiang_broken_row.txt': [
        (None, None, 1, '完成黑土地保护性耕作面积30万亩', 10, 'base', None, ['县农业农村局'], '每少1万亩'),
        (None, None, 2, '秸秆综合利用率', 10, 'base', None, ['县农业农村局'], '每低1个'),
    ],
    'ct_s36_at_tianjin_negative_points.txt': [
        (None, '基础工作', None, '落实河长制', 10, 'base', None, ['河长办'], '制度缺失'),
        (None, '扣分项', None, '发生黑臭水体', 1, 'penalty', 5, ['河长办'], '每处扣1分'),   # (s38: the rule's figure a time)
        (None, '加分项', None, '获评市级美丽', 1, 'bonus', 2, ['河长办'], '每条加1分'),
    ],
    'ct_s36_at_zhejiang_rowspan.html': [
        ('一', '数字化改革', 1, '完成重大应用', 10, 'base', None, ['县大数据局', '县经信局'], '未上线'),
        ('一', '数字化改革', 2, '数据共享率', 10, 'base', None, ['县大数据局', '各部门'], '每低1个'),
        ('二', '扣分项（最高扣5分）', 3, '数据安全事件', 1, 'penalty', 5, ['县大数据局', '县委网信办'], '每起扣1分'),
    ],
    'ct_s36_at_xlsx_merged_sections.xlsx': [
        (None, '组织领导', 1, '成立由书记', 5, 'base', None, ['党政办'], '未成立的'),
        (None, '组织领导', 2, '每季度召开', 5, 'base', None, ['党政办'], '每少1次'),
        (None, '项目建设', 3, '完成重点项目', 20, 'base', None, ['经发办'], '按完成比例'),
        (None, '项目建设', 4, '新开工项目', 10, 'base', None, ['经发办'], '每少1个'),
    ],
    'ct_s36_at_xlsx_item_over_two_rows.xlsx': [
        (None, '乡村振兴', 1, '高标准农田建设', 10, 'base', None, ['农办', '各村'], '完成1万亩得5分'),
        (None, '加分项（最高加3分）', 2, '获评省级乡村', 1.5, 'bonus', 3, ['农办', '各村'], '每个加1.5分'),
    ],
    'ct_s36_at_docx_merged_category.docx': [
        ('一', '党建引领', 1, '深化“红色网格”', 10, 'base', None, ['组织办'], '网格党支部'),
        ('一', '党建引领', 2, '开展“四下基层”', 5, 'base', None, ['党政办'], '少1次'),
        ('二', '基层治理', 3, '完成矛盾纠纷', 15, 'base', None, ['综治中心'], '化解率低于'),
    ],
    'ct_s36_at_docx_bonus_penalty_tables.docx': [
        (None, None, 1, '完成年度征兵', 10, 'base', None, ['人武部'], '未完成的'),
        (None, None, 2, '完成年度民兵', 10, 'base', None, ['人武部'], '不规范的'),
        ('二', '加分项（最高加5分）', 1, '征兵工作获市级', 2, 'bonus', 5, ['人武部'], '加2分'),
        ('三', '扣分项', 1, '发生新兵退兵', 3, 'penalty', 6, ['人武部'], '每退1人'),
    ],
    'ct_s36_at_gong_section_points_veto_line.txt': [
        ('一', '党建工作', 1, '组织生活规范开展', 10, 'base', None, ['组织办'], '少开展1次扣1分'),
        ('一', '党建工作', 2, '党员教育管理', 10, 'base', None, ['组织办'], '未建立台账扣2分'),
        ('二', '扣分项', 3, '村干部违纪违法被查处的', 2, 'penalty', None, ['纪委'], '每人次扣2分，扣完为止'),
        (None, '一票否决', None, '发生重大安全生产事故或群体性事件的，年度考核实行一票否决。', None, 'veto', None, None, None),
    ],
    'ct_s36_at_docx_veto_row_spanning.docx': [
        (None, None, 1, '营商环境评价排名进入全市前五', 10, 'base', None, ['县发改局', '县市场监管局', '县政务服务中心'], '第一名得满分'),
        (None, None, 2, '规上企业新增10家', 10, 'base', None, ['县工信局', '各乡镇'], '每少1家扣1分'),
        (None, '一票否决', None, '年度内发生较大以上生产安全事故的，实行一票否决。', None, 'veto', None, None, None),
    ],
}


def _row(a):
    return (a["section_no"], a["section"], a["item_no"], a["content"], a["points"], a["kind"], a["cap"],
            a["responsible"], a["requirement"])


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_items_as_the_table_says(read, name):
    r = read(name)
    got = r.tables["assessment_items"]
    want = EXPECTED[name]
    assert len(got) == len(want), [(_row(a)[:5]) for a in got]
    for a, (sno, sec, no, start, pts, kind, cap, resp, req) in zip(got, want):
        g = _row(a)
        assert g[:3] == (sno, sec, no), g
        assert (g[3] or "").startswith(start), g
        assert g[4:8] == (None if pts is None else float(pts), kind, None if cap is None else float(cap), resp), g
        if req is not None:
            assert (g[8] or "").startswith(req), g
    # (a 考核得分 column's figures, of no column of assessment_items, are named in one warning: hunt LK)
    score_col = [w for w in r.tables["warnings"] if w["message"].startswith("assessment-table column ")]
    assert r.document["status"] == ("partial" if score_col else "ok"), r.tables["warnings"]
    assert not [w for w in r.tables["warnings"] if w["code"] in ("unparsed_row", "unplaced_cell") and w not in score_col]


def test_a_heading_item_is_the_group_of_its_parts(read):
    """`1.招商引资（20分） | 20` with no rule and no unit over `（1）… | 10` and `（2）… | 10`: the parts are the items
    (the first was joined to the heading, 20 points, the second lost as an unparsed row), the heading their group."""
    got = read("ct_s36_at_henan_parent_subitems.txt").tables["assessment_items"]
    assert [(a["group"], a["item_no"], a["points"]) for a in got] == [
        ("招商引资（20分）", 1, 10.0), ("招商引资（20分）", 1, 10.0), (None, 2, 10.0)]


def test_units_of_every_unit_column_lead_first(read):
    """牵头单位 | 责任单位: both columns' units (only the lead's were kept, the others' cells went to nothing); a unit cell
    merged over two items is each one's (the second had none)."""
    got = read("ct_s36_at_zhejiang_rowspan.html").tables["assessment_items"]
    assert [a["responsible"] for a in got] == [["县大数据局", "县经信局"], ["县大数据局", "各部门"],
                                               ["县大数据局", "县委网信办"]]
    got = read("ct_s36_at_xlsx_merged_sections.xlsx").tables["assessment_items"]
    assert [a["responsible"] for a in got] == [["党政办"], ["党政办"], ["经发办"], ["经发办"]]

"""Hunt i4: indicator tables of four levels (`一级指标 | 二级指标 | 三级指标 | 四级指标 | 指标值`, the 三级 merged over the
四级 rows under it). The indicator is the 四级, the item carrying the target; its name (level3) is `三级：四级`, as the
scores table's level3 (one name when the 四级 is empty). Expectations written by hand from the forms before running.

On main the 四级 was a note (`四级指标：…`) beside the 三级 as the name, and a row under a merged, empty 三级 had no
name (level3 None and an `unparsed_row` warning); where the merged 三级 was spread (xlsx/docx) two indicators shared
one name and a duplicate_indicator warning was raised.
"""
from tests.hunt_tools import warning_codes


def _rows(r, *keys):
    return [tuple(i[k] for k in keys) for i in r.tables["indicators"]]


def test_four_level_targets_dump(read):
    r = read("ct_s41_i4_four_level_targets.txt")
    # main: ('产出指标','数量指标','农田建设面积',…) with note '四级指标：新建高标准农田面积', the second row level3 None
    assert _rows(r, "level1", "level2", "level3", "op", "value", "unit") == [
        ("产出指标", "数量指标", "农田建设面积：新建高标准农田面积", ">=", 1.2, "万亩"),
        ("产出指标", "数量指标", "农田建设面积：改造提升面积", ">=", 0.3, "万亩"),
        ("产出指标", "数量指标", "配套工程：新建灌溉渠道", ">=", 15.0, "公里"),
        ("产出指标", "质量指标", "工程验收合格率", "=", 100.0, "%"),
        ("产出指标", "时效指标", "项目完工时间", None, None, None),
        ("效益指标", "经济效益指标", "亩均粮食增产", ">=", 50.0, "公斤"),
        ("效益指标", "可持续影响指标", "工程管护机制：管护制度建立", None, None, None),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", ">=", 90.0, "%"),
    ]
    assert [i["target_raw"] for i in r.tables["indicators"]][4:7] == ["2025年12月底前", "≥50公斤", "建立"]
    assert all(i["note"] is None for i in r.tables["indicators"])      # main: '四级指标：…' on three rows
    # main: an unparsed_row for `| | | 改造提升面积 | ≥0.3万亩`; the target `建立` only repeats the 四级's word
    assert warning_codes(r) == ["vague_target"]


def test_four_level_selfeval(read):
    r = read("ct_s41_i4_four_level_selfeval.txt")
    assert _rows(r, "level2", "level3", "target_raw", "actual_raw", "weight", "score") == [
        ("数量指标", "参保人数：城乡居民参保人数", "≥620万人", "618.3万人", 10.0, 9.0),
        # main: level3 None (an unparsed_row), note '四级指标：其中：困难群众资助参保人数'
        ("数量指标", "参保人数：其中：困难群众资助参保人数", "≥28万人", "29.1万人", 10.0, 10.0),
        ("数量指标", "待遇支付：住院费用报销人次", "≥45万人次", "47.2万人次", 10.0, 10.0),
        ("质量指标", "政策范围内住院费用支付比例", "≥70%", "70.6%", 10.0, 10.0),
        ("时效指标", "资金拨付及时率", "100%", "100%", 10.0, 10.0),
        ("社会效益指标", "减轻群众就医负担：个人自付比例", "≤30%", "28.9%", 20.0, 20.0),
        ("服务对象满意度指标", "参保群众满意度", "≥90%", "93%", 30.0, 30.0),
    ]
    assert r.tables["indicators"][0]["deviation"] == "部分外出务工人员在外地参保"
    assert all(i["note"] is None for i in r.tables["indicators"])
    assert r.tables["projects"][0]["score"] == 99.0
    assert warning_codes(r) == []                                      # main: unparsed_row


def test_four_level_merged_xlsx(read):
    r = read("ct_s41_i4_four_level_merged.xlsx")
    assert _rows(r, "level1", "level2", "level3", "target_raw", "note") == [
        ("产出指标", "数量指标", "改造小区：完成改造小区数量", "32个", None),
        ("产出指标", "数量指标", "改造小区：惠及居民户数", "≥4200户", None),
        # main: note '以备案数计；四级指标：新增加装电梯数', level3 '加装电梯'
        ("产出指标", "数量指标", "加装电梯：新增加装电梯数", "≥15部", "以备案数计"),
        ("产出指标", "质量指标", "工程质量：竣工验收合格率", "100%", None),
        ("产出指标", "质量指标", "工程质量：安全生产事故", "0起", None),
        ("产出指标", "成本指标", "改造成本控制", "≤800元/平方米", None),   # (四级 empty: the 三级 alone)
        ("效益指标", "社会效益指标", "居住环境改善：小区环境整治完成率", "≥95%", None),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", "第三方测评"),
    ]
    assert [(i["op"], i["value"], i["unit"]) for i in r.tables["indicators"]][4:6] == [
        ("=", 0.0, "起"), ("<=", 800.0, "元/平方米")]
    assert "duplicate_indicator" not in warning_codes(r)                # main: two (改造小区, 工程质量)


def test_four_level_merged_docx_keeps_explanation(read):
    r = read("ct_s41_i4_four_level_merged.docx")
    assert _rows(r, "level1", "level2", "level3", "target_raw", "explanation") == [
        ("产出指标", "数量指标", "供水工程建设：新建集中供水工程", "≥6处", "当年新建并通水的工程数"),
        ("产出指标", "数量指标", "供水工程建设：改造提升供水工程", "≥12处", "管网延伸及水厂改造"),
        ("产出指标", "质量指标", "水质达标率", "≥95%", "按卫生部门抽检结果"),
        ("效益指标", "社会效益指标", "饮水保障：受益人口", "≥2.6万人", "工程覆盖范围内常住人口"),
        ("效益指标", "社会效益指标", "饮水保障：农村自来水普及率", "≥92%", None),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "问卷调查"),
    ]
    assert all(i["note"] is None for i in r.tables["indicators"])       # main: '四级指标：…' on four rows
    assert "duplicate_indicator" not in warning_codes(r)


def test_four_level_cut_cell(read):
    r = read("ct_s41_i4_four_level_cut_cell.txt")
    assert _rows(r, "level2", "level3", "target_raw", "note") == [
        ("数量指标", "受助学生：享受营养膳食补助的农村义务教育学生人数", "≥1.85万人", None),
        ("数量指标", "受助学生：供餐学校", "＝126所", "含教学点"),       # main: level3 None, an unparsed_row
        # main: '补助资金拨付' with note '四级指标：资金按季度拨付至', the cut piece `学校食堂账户` lost
        ("时效指标", "补助资金拨付：资金按季度拨付至学校食堂账户", "每季度首月", None),
        ("社会效益指标", "学生营养状况：学生体质健康达标率", "≥92％", None),
        ("服务对象满意度指标", "学生及家长满意度", "≥90％", None),
    ]
    assert [(i["op"], i["value"], i["unit"]) for i in r.tables["indicators"]][1:2] == [("=", 126.0, "所")]
    assert warning_codes(r) == []


def test_content_column_is_no_level(read):
    # guard: `三级指标 | 指标内容 | 指标值` — the 指标内容 describes the name, no fourth level (as before)
    r = read("ct_s36_ol_content_column.txt")
    assert [i["level3"] for i in r.tables["indicators"]] == ["维修学校数", "验收合格率", "校舍安全隐患消除率", "师生满意度"]

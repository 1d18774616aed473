"""Hunt ls (space-aligned text dumps: `pdftotext -layout` of forms drawn as PDFs, tests/fixtures/make_s46_ls.py):
tests/fixtures/review/ct_s46_ls_*, each read as the form says."""
from __future__ import annotations

from tests.hunt_tools import indicator_targets, only_project, warning_codes


def test_score_table_level_one_with_its_points_beside_it(read):
    # 一级指标 | 二级指标 | 三级指标 | 分值 | 评分标准 | 得分, the head 一级指标 over two columns of its rows: the outline-
    # numbered level 1 and its points (`一、决策  15  项目立项 …`), on its block's first row only. main: 2 score rows of
    # 10 (level 2 / 3 shifted, 7 unparsed_row warnings, goal_annual `绩效目标明确性`, the level-1 rows in
    # other_fields): the row had a cell more than its head, which ended the table's columns
    r = read("ct_s46_ls_score_outline_points.txt")
    assert [(s["level1"], s["level2"], s["level3"], s["weight"], s["score"]) for s in r.tables["scores"]] == [
        ("决策", "项目立项", "立项依据充分性", 5.0, 5.0), ("决策", "项目立项", "立项程序规范性", 5.0, 5.0),
        ("决策", "绩效目标", "绩效目标明确性", 5.0, 4.0), ("过程", "资金管理", "资金到位率", 5.0, 5.0),
        ("过程", "资金管理", "预算执行率", 10.0, 9.0), ("过程", "组织实施", "制度执行有效性", 10.0, 8.0),
        ("产出", "产出数量", "养护里程完成率", 15.0, 15.0), ("产出", "产出质量", "路况优良率", 15.0, 14.0),
        ("效益", "项目效益", "群众出行条件改善", 20.0, 18.0), ("效益", "满意度", "服务对象满意度", 10.0, 9.0)]
    p = only_project(r)
    assert p["score"] == 92.0 and p["goal_annual"] is None and p["other_fields"] in (None, "{}")
    assert "unparsed_row" not in warning_codes(r)


def test_numbered_indicator_table_name_centred_around_its_row(read):
    # 序号 | 一级指标 | 二级指标 | 三级指标 | 指标值 | 备注, two names of two lines printed around their row's other cells
    # (centred by height: `农村集中供水工程水质` / `3  质量指标  ≥95%` / `检测合格率`). main: 9 indicators, the name's first
    # line joined to the row above's name (`更新净水消毒设备数量农村集中供水工程水质`), the row itself nameless and its
    # second line an indicator of its own with no target
    r = read("ct_s46_ls_seq_wrapped_name.txt")
    assert indicator_targets(r) == [
        ("产出指标", "数量指标", "新建改造供水管网长度", ">=", 35.0, "公里"),
        ("产出指标", "数量指标", "更新净水消毒设备数量", "=", 12.0, "套"),
        ("产出指标", "质量指标", "农村集中供水工程水质检测合格率", ">=", 95.0, "%"),
        ("产出指标", "时效指标", "工程完工时间", None, None, None),
        ("效益指标", "社会效益指标", "农村自来水普及率", ">=", 98.0, "%"),
        ("效益指标", "可持续影响指标", "供水工程长效运行管护机制建立情况", None, None, None),
        ("满意度指标", "服务对象满意度", "受益群众满意度", ">=", 90.0, "%")]
    assert [i["target_raw"] for i in r.tables["indicators"]][5] == "长期"
    assert not {"unparsed_row", "target_missing"} & set(warning_codes(r))

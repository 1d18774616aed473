"""Rows a line break inside a cell cut, put back to the width of the table they are in (extract.txt `_join_wrapped`).

The forms of tests/fixtures/review/ay_* (README there): a cut row of an indicator table under a money table with
more rows of another width, a dump writing one trailing empty cell more in some rows; and ba_b04, a complete row
whose last cell goes on, alone, on the next line. The line that still cannot be put back is said (`unparsed_row`).
"""
from __future__ import annotations

from pathlib import Path

from extract.txt import _join_wrapped, build_grids
from jixiao.pipeline import process_file

REVIEW = Path(__file__).resolve().parent / "fixtures" / "review"


def _rows(lines: list[str]) -> list[list[str]]:
    return [ln.split("\t") for _, ln in _join_wrapped(lines) if ln.strip()]


# a form's money table of 8 fields (5 rows and the head) over an indicator table of 9 with fewer rows
MONEY8 = ["项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分"] + [
    f"\t{name}\t1.00\t1.00\t1.00\t—\t100%\t—" for name in ("年度资金总额", "中央资金", "省级资金", "县级资金", "其他资金")]
HEAD9 = "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t权重\t得分\t偏差原因分析及改进措施"
ROW9 = "\t\t\t资助对象认定准确率\t≥98%\t99.1%\t5\t5\t"


def test_a_cut_name_in_a_table_of_the_rarer_width_is_one_indicator():
    """b03: `||质量指标|义务教育阶段家庭经济困难学` / `生资助覆盖率|100%|100%|10|10|` between rows of 9 in a block with
    more rows of 8 (the money table): one indicator, not two."""
    t = process_file(REVIEW / "ay_b03_cut_name_in_the_rarer_width.txt").tables
    names = [i["level3"] for i in t["indicators"]]
    assert "义务教育阶段家庭经济困难学生资助覆盖率" in names and "生资助覆盖率" not in names and len(names) == 10
    row = next(i for i in t["indicators"] if i["level3"] == "义务教育阶段家庭经济困难学生资助覆盖率")
    assert (row["level2"], row["target_raw"], row["actual_raw"], row["weight"], row["line"]) == (
        "质量指标", "100%", "100%", 10, 19)
    assert not [w for w in t["warnings"] if w["code"] == "target_missing"]


def test_the_width_to_reach_is_the_tables_not_the_blocks_most_frequent():
    cut = ["\t\t质量指标\t义务教育阶段家庭经济困难学", "生资助覆盖率\t100%\t100%\t10\t10\t"]
    rows = _rows(MONEY8 + [HEAD9, ROW9] + cut + [ROW9, ROW9])
    assert ["", "", "质量指标", "义务教育阶段家庭经济困难学生资助覆盖率", "100%", "100%", "10", "10", ""] in rows
    assert len(rows) == 6 + 5
    # its head cut too, under the money table: put back over its first row of 9
    head = [HEAD9[:HEAD9.index("三级") + 2], HEAD9[HEAD9.index("三级") + 2:]]
    rows = _rows(MONEY8 + head + [ROW9, ROW9] + cut + [ROW9])
    assert HEAD9.split("\t") in rows and len(rows) == 6 + 5
    # rows cut one after the other: each put back
    two = ["\t\t\t资助对象认定", "准确率\t≥98%\t99.1%\t5\t5\t", "\t\t时效指标\t补助资金发放", "及时率\t100%\t98.2%\t5\t4\t"]
    rows = _rows(MONEY8 + [HEAD9, ROW9] + cut + two + [ROW9])
    assert ["", "", "", "资助对象认定准确率", "≥98%", "99.1%", "5", "5", ""] in rows
    assert ["", "", "时效指标", "补助资金发放及时率", "100%", "98.2%", "5", "4", ""] in rows and len(rows) == 6 + 6


def test_a_row_with_one_trailing_empty_cell_more_loses_no_line():
    """b02 with one trailing empty cell more in the goal rows (10 fields, the indicator head 9): the goal's broken-off
    end `农村居民人均可支配收入增长9.1%，无规模性返贫。` is part of goal_actual, not lost."""
    t = process_file(REVIEW / "ay_b02_one_trailing_cell_more.txt").tables
    p = t["projects"][0]
    assert p["goal_actual"].endswith("合格率99.2%，农村居民人均可支配收入增长9.1%，无规模性返贫。")
    assert p["goal_annual"].endswith("农村居民人均可支配收入增长8%以上。") and len(t["indicators"]) == 13
    assert not [w for w in t["warnings"] if w["code"] == "unparsed_row"]


def test_empty_cells_after_the_tables_width_count_for_no_field():
    goal = ["年度总体目标\t预期目标\t\t\t\t实际完成情况\t\t\t\t", "\t建设高标准农田。\t\t\t\t建成高标准农田，",
            "农村居民收入增长9.1%。\t\t\t\t"]
    rows = _rows(MONEY8 + goal + [HEAD9] + [ROW9] * 3)
    assert ["", "建设高标准农田。", "", "", "", "建成高标准农田，农村居民收入增长9.1%。", "", "", "", ""] in rows
    # but pieces wider than any row of the block are rows of their own (`…|市场所` over `加分项|||||`)
    lines = ["序号\t考核项目\t考核内容\t单项分值\t考核要求\t责任单位"] * 3 + [
        "扣分项\t\t\t\t\t", "\t5、考核周期内发生事故的扣1分\t\t\t市场所", "加分项\t\t\t\t\t", "\t6、受表彰的加1分\t\t\t经发办"]
    assert _rows(lines) == [ln.split("\t") for ln in lines]


def test_a_complete_rows_last_cell_going_on_alone_on_the_next_line():
    """b04: `…|√||||争取市级专项资金，` then `扩大可回收物收运网络` (no tab) then the table's next row: the line ends the
    row's last cell (完善措施), it is neither lost nor a break in the indicator table."""
    t = process_file(REVIEW / "ba_b04_monitor_one_tick_group_repeated_head.txt").tables
    row = next(i for i in t["indicators"] if i["level3"] == "城区生活垃圾回收利用率")
    assert row["note"].endswith("完善措施：争取市级专项资金，扩大可回收物收运网络")
    nxt = next(i for i in t["indicators"] if i["level3"] == "居民垃圾分类知晓率")
    assert (nxt["level1"], nxt["level2"], nxt["line"]) == ("效益指标", "社会效益指标", 30)


W5 = "一级指标\t二级指标\t三级指标\t指标值\t备注"


def test_a_line_after_a_complete_row_that_is_no_cells_end_stays_a_line():
    row = "\t\t培训人数\t≥300人\t无"
    ends = [W5, W5, "\t\t补助资金\t100%\t部分乡镇报送，"]
    # a text that goes on under a row of the table: the row's last cell
    assert _rows(ends + ["延迟", row, row])[2][-1] == "部分乡镇报送，延迟"
    for last, line in (("≥300人", "（续表）"), ("≥300人", "续上表"), ("无", "表2（续）"),   # a value: no words cut
                       ("部分路段因征地问题延期", "1"),                                # a page's number
                       ("部分乡镇报送，", "二、效益指标"), ("部分乡镇报送，", "注：单位为万元")):
        lines = [W5, W5, "\t\t补助资金\t100%\t" + last, line, row, row]
        assert _rows(lines) == [ln.split("\t") for ln in lines], line
    # a caption over a table's head (the row after starts with text, the cell ended with no comma)
    lines = [W5, W5, "\t\t补助资金\t100%\t无", "分解目标", W5, row]
    assert _rows(lines) == [ln.split("\t") for ln in lines]


def test_the_table_below_does_not_glue_label_rows_or_section_rows():
    """The cut head of a table is put back to the width of the rows under it only from pieces of 3 fields or more,
    none starting with a section's number: `实施单位|X` / `项目期|Y` over a money table of 3 are two rows, and so are
    `三、产出|40||38` / `（一）产出数量|` over a score row of 5."""
    lines = ["项目名称\t农村公路提质改造工程\t项目负责人\t邓国华", "实施单位\t黔西市农村公路管理所",
             "项目期\t2025年1月1日-2025年12月31日", "项目资金\t项目总预算\t6,960.00", "\t当年预算\t3,480.00",
             "\t其他资金\t0"]
    assert _rows(lines) == [ln.split("\t") for ln in lines]
    score = ["指标\t分值\t评分标准\t自评得分\t扣分原因", "二、过程\t20\t\t19", "（一）资金管理\t",
             "4.预算执行率\t10\t执行率≥95%得满分\t9\t执行率93.2%", "5.资金使用合规性\t10\t无截留挪用得10分\t10"]
    lines = score + ["三、产出\t40\t\t38", "（一）产出数量\t", "6.医疗救助人次\t20\t救助≥1.2万人次得20分\t20",
                     "（二）产出时效\t", "7.救助资金发放及时率\t20\t发放率100%得满分\t18\t个别乡镇报送延迟"] + score[1:]
    assert _rows(lines) == [ln.split("\t") for ln in lines]


def test_a_cut_row_that_cannot_be_put_back_is_said(tmp_path):
    """The goal rows of b02 with one trailing empty cell more only in the goal's second piece (no row of the block is
    10 fields wide): the pieces are not put back, and the line read as a row of its own is said."""
    goal = ["年度总体目标\t预期目标\t\t\t\t实际完成情况\t\t\t", "\t建设高标准农田。\t\t\t\t建成高标准农田，",
            "农村居民收入增长9.1%。\t\t\t\t"]
    warnings: list = []
    build_grids(MONEY8 + goal + [HEAD9] + [ROW9] * 3, warnings)
    said = [w for w in warnings if w.code == "unparsed_row"]
    assert len(said) == 1 and said[0].line == 9 and "农村居民收入增长9.1%。" in said[0].message
    # in the records: the form's warnings say it (b02 with its goal head of 9 fields, the goal's end of 5)
    text = (REVIEW / "ay_b02_one_trailing_cell_more.txt").read_text(encoding="utf-8")
    text = text.replace("实际完成情况\t\t\t\t\n", "实际完成情况\t\t\t\n")
    (tmp_path / "b02.txt").write_text(text, encoding="utf-8")
    t = process_file(tmp_path / "b02.txt").tables
    said = [w for w in t["warnings"] if w["code"] == "unparsed_row" and w["line"] == 15]
    assert len(said) == 1 and "农村居民人均可支配收入增长9.1%，无规模性返贫。" in said[0]["message"]
    # none for rows of a narrower table, nor for a dump that drops its empty cells
    warnings = []
    build_grids(["\t".join("abcde"), "\t".join("fghij"), "\t".join("klmno"), "项目名称\t某项目\t主管部门",
                 "一级指标\t二级指标\t三级指标\t指标值", "产出指标\t数量指标\t道路里程\t≥20公里"], warnings)
    assert not warnings


def test_a_middle_cell_cut_its_second_line_at_full_width():
    """A row cut inside 实际完成值, its second line written at the table's full width with the cells before the cut one
    empty (hunt F, a 贵州 自评表): one row, the cut cell's pieces joined, the later cells after it (a phantom
    indicator `延迟至1月初发放）` took the points and the deviation)."""
    head = "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施"
    full = "\t\t\t奖励扶助对象人数\t≥8000人\t8126人\t10\t10\t"
    cut = ["\t\t时效指标\t扶助资金发放及时率\t≥95%\t93.5%（第四季度特别扶助资金",
           "\t\t\t\t\t延迟至1月初发放）\t10\t9\t第四季度省级资金到位较晚"]
    rows = _rows([head, full, full, *cut, full])
    assert ["", "", "时效指标", "扶助资金发放及时率", "≥95%", "93.5%（第四季度特别扶助资金延迟至1月初发放）", "10", "9",
            "第四季度省级资金到位较晚"] in rows and len(rows) == 5


def test_a_page_number_is_no_piece_of_a_cut_row():
    """Hunt G: `…|94元|…|5` then a page's `2` then the head repeated: the weight stays 5 (it was 52); a cut row's last
    cell goes on over `开工` but not over `- 2 -` under it (`…9月底前全部开工- 2 -`)."""
    head = "一级指标\t二级指标\t指标\t指标解释\t目标值\t评分标准\t权重"
    row = "\t成本指标\t人均基本公共卫生服务经费补助标准\t\t94元\t按标准足额安排得满分，否则不得分\t5"
    rows = _rows([head, row, row, "2", head, row])
    assert row.split("\t") in rows and not any(r[-1] == "52" for r in rows)
    head9 = "\t一级指标\t二级指标\t三级指标\t年度指标值\t1-8月完成值\t预计年底完成值\t偏差原因\t纠偏措施"
    full = "\t\t\t耕地质量等级提升\t≥0.5个等级\t—\t0.5个等级\t耕地质量评价年底开展\t"
    cut = ["\t\t时效指标\t项目开工率\t》=95%\t92%\t100%\t部分项目受梅雨期影响推迟", "开工\t督促各地加快开工，9月底前全部开工",
           "- 2 -"]
    rows = _rows([head9, full, full, *cut, head9, full])
    assert any(r[-1] == "督促各地加快开工，9月底前全部开工" for r in rows)

"""Hunt BM (session 34): assessment tables (考核细则, 绩效考核评分细则, 综合考核指标及评分标准 …) of other places and
years than sample 002, written by hand (tests/fixtures/review/ct_s34_bm_*, README there), each read as the table says.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from jixiao.pipeline import process_file

REVIEW = Path(__file__).parent / "fixtures" / "review"
FIELDS = ("item_no", "section_no", "section", "content", "points", "responsible", "kind", "cap")


@lru_cache(maxsize=None)
def _read(name: str):
    return process_file(REVIEW / name)


def _items(name: str, fields: tuple[str, ...] = FIELDS) -> list[tuple]:
    return [tuple(it[k] for k in fields) for it in _read(name).tables["assessment_items"]]


def _codes(name: str) -> list[str]:
    return [w["code"] for w in _read(name).tables["warnings"]]


def test_lead_department_head_names_the_units():
    """`序号 | 考核指标 | 分值 | 评分标准 | 牵头部门 | 备注` (牵头部门 no head of the units): the table was not found, every
    item lost under `layout_unknown`; a cap in 备注 is the item's, a 扣分项's -10 its cap."""
    assert _items("ct_s34_bm_lead_dept_head_remark_caps.txt") == [
        (1, "一", "营商环境", "企业开办便利度", 10.0, ["区市场监管局"], "base", None),
        (2, "一", "营商环境", "政务服务满意度", 15.0, ["区政务服务中心"], "base", None),
        (3, "二", "基层治理", "矛盾纠纷化解率", 10.0, ["区司法局"], "base", None),
        (4, "二", "基层治理", "信访积案化解", 15.0, ["区信访局"], "base", 15.0),
        (5, "三", "扣分项", "安全生产事故", 5.0, ["区应急局"], "penalty", 10.0),   # (s38: the rule's figure a time)
        (6, "四", "加分项", "创新工作获国家级表彰", None, ["区委办"], "bonus", 3.0),
    ]
    assert _read("ct_s34_bm_lead_dept_head_remark_caps.txt").document["status"] == "ok"


def test_named_items_without_content_or_unit_column():
    """`序号 | 考核指标 | 分值 | 评分标准 | 备注`: the 考核指标 cells are the items (no 考核内容, no 责任单位 column)."""
    assert _items("ct_s34_bm_named_items_no_unit_column.txt") == [
        (1, None, None, "预算编制及时性", 10.0, None, "base", None),
        (2, None, None, "预算调整率", 10.0, None, "base", None),
        (3, None, None, "绩效目标完整性", 15.0, None, "base", None),
        (4, None, None, "结转结余控制率", 15.0, None, "base", 15.0),
    ]


def test_every_row_cut_by_a_wrapped_cell_in_a_tab_dump():
    """A tab dump whose every item row a line break in a cell cut (only the head and 合计 whole): the rows put back
    together (two items were lost, the third given another's unit)."""
    got = _items("ct_s34_bm_every_row_wrapped.txt", ("item_no", "section", "content", "points", "requirement",
                                                       "responsible"))
    assert got == [
        (1, "预算编制", "部门预算编制完整，项目支出细化到具体项目。", 10.0, "未细化的每项扣1分；报送逾期的扣2分。", ["预算科"]),
        (2, "绩效目标", "绩效目标与预算同步申报，指标明确、可衡量。", 10.0, "未同步申报的不得分。", ["绩效科"]),
        (3, "运行监控", "按要求开展绩效运行监控。", 10.0, "未开展的不得分；监控结果未应用的扣3分。", ["绩效科", "国库科"]),
    ]
    assert "unparsed_row" not in _codes("ct_s34_bm_every_row_wrapped.txt")


def test_cap_in_the_points_column_tells_a_bonus_item():
    """`4 | 获县级以上表彰。 | 最多加3分 | …` under no 加分项 section: a bonus item (it was `base`); `一票否决` where the
    points go: veto."""
    assert [x[4:] for x in _items("ct_s34_bm_cap_in_points_veto.txt")] == [
        (20.0, ["农经站"], "base", None), (30.0, ["建管办"], "base", None), (20.0, ["综治办"], "base", None),
        (None, ["党政办"], "bonus", 3.0), (None, ["应急办"], "veto", None), (None, ["卫健办"], "veto", None),
    ]


def test_points_inside_the_items_text():
    """`粮食播种面积稳定在8万亩以上（6分）。完成得满分，…` (a DOCX, 序号 / 考核项目 merged): the item's points written after
    its task, the rule after them (they were lost); the 备注 paragraph under the table is no lost row."""
    assert _items("ct_s34_bm_points_inside_item.docx", ("item_no", "section", "points", "kind", "cap")) == [
        (1, "乡村振兴", 6.0, "base", None), (2, "乡村振兴", 4.0, "base", None),
        (3, "平安建设", 5.0, "base", None), (4, "平安建设", 5.0, "base", None),
        (5, "扣分项", 1.0, "penalty", 3.0), (6, "一票否决项", None, "veto", None),   # (s38: the figure a time its text states)
    ]
    assert _read("ct_s34_bm_points_inside_item.docx").document["status"] == "ok"


def test_a_workbooks_notes_sheet_is_no_item():
    """Sheet 2 `考核说明` over `1.本细则由区财政局负责解释。`: not items of the 考核细则 on sheet 1 (they were two
    phantom 扣分项 items, the section carried over from the sheet before)."""
    got = _items("ct_s34_bm_notes_sheet_after.xlsx", ("item_no", "section", "content", "points", "kind", "cap"))
    assert len(got) == 7
    # (its rule `每发现一个问题扣1分。`: 1 point a time, since hunt AS of session 37)
    assert got[-1] == (7, "扣分项", "被审计、巡察发现绩效管理问题的。", 1.0, "penalty", 5.0)
    assert "unparsed_row" not in _codes("ct_s34_bm_notes_sheet_after.xlsx")


def test_numbered_title_merged_over_bracketed_subitems():
    """`1.党风廉政建设` merged over `（1）…` and `（2）…` (a workbook's merged cell; a dump's cell left empty below its first
    row): the second sub-item is item 1's too, after its title (it was lost as `unparsed_row`)."""
    for name in ("ct_s34_bm_merged_title_over_subitems.xlsx", "ct_s34_bm_title_over_subitems.txt"):
        got = _items(name, ("item_no", "content", "points", "responsible"))
        assert got[:3] == [
            (1, "党风廉政建设：落实主体责任清单。", 5.0, ["纪工委"]),
            (1, "党风廉政建设：开展廉政教育不少于4次。", 5.0, ["纪工委"]),
            (2, "意识形态工作：落实意识形态工作责任制。", 10.0, ["宣传办"]),
        ], name
        assert "unparsed_row" not in _codes(name)


def test_continued_table_and_captions_are_no_lost_rows():
    """`（续表）` between a DOCX table's two parts, `表2  个性指标` over a second table's head: no row lost (the documents
    were `partial` with an `unparsed_row`)."""
    assert len(_items("ct_s34_bm_continued_table.docx")) == 6
    assert _items("ct_s34_bm_continued_table.docx")[-1][-2:] == ("veto", None)
    assert _read("ct_s34_bm_continued_table.docx").document["status"] == "ok"
    assert [x[0] for x in _items("ct_s34_bm_two_tables_captions.txt")] == [1, 2, 3, 1, 2]
    assert _read("ct_s34_bm_two_tables_captions.txt").document["status"] == "ok"


def test_guards_cell_per_line_and_pdf_across_pages():
    """Guards read right before: one cell per line with 加分项（最多加5分） / 扣分项 / 一票否决 sections; a PDF whose row is
    cut by the page break under a repeated head."""
    got = _items("ct_s34_bm_cell_per_line_veto.txt", ("item_no", "kind", "points", "cap"))
    assert got[4:] == [(5, "bonus", 2.0, 5.0), (6, "bonus", 1.0, 5.0), (7, "penalty", 5.0, 10.0),
                       (8, "veto", None, None)]
    pdf = _read("ct_s34_bm_row_across_pages.pdf").tables["assessment_items"]
    assert [x["item_no"] for x in pdf] == list(range(1, 16))
    assert pdf[11]["content"] == "个性指标第5项：按时完成年度第12项工作任务，工作台账完整规范，资料归档及时，群众满意度达到90%以上。"
    assert [(x["kind"], x["cap"]) for x in pdf[13:]] == [("bonus", 3.0), ("penalty", 5.0)]


def test_negatives_results_notice_and_score_matrix():
    """A 考核结果通报 listing units' scores and a 评分汇总表 of units × indicators: no item, no project."""
    for name in ("ct_s34_bm_neg_results_notice.txt", "ct_s34_bm_neg_score_matrix.xlsx"):
        res = _read(name)
        assert res.tables["assessment_items"] == [] and res.tables["projects"] == [], name


def test_points_a_time_in_the_points_column_and_units_on_lines():
    """`加分项 | … | 每次加1分 | | 2` (分值 a figure a time, its 评分标准 empty, 封顶分值 2): the points a time (it went to
    the requirement, points null); `财务科` / `各业务科室` on two lines of one 责任单位 cell: two units (they were one,
    `财务科各业务科室`)."""
    got = _items("ct_s34_bm_each_points_cap_column.xlsx", ("item_no", "points", "requirement", "responsible", "kind",
                                                            "cap"))
    assert got == [
        (1, 10.0, "每低1个百分点扣1分。", ["财务科", "各业务科室"], "base", None),
        (2, 5.0, "账实不符的每项扣1分。", ["办公室"], "base", None),
        (3, 1.0, None, ["办公室"], "bonus", 2.0),
        (4, 2.0, None, ["财务科"], "penalty", 4.0),
    ]

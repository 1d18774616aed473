"""Tests for extract.txt: decoding text dumps, and building grids and text lines from them."""
from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from extract.grid import Cell, ExtractError, Extracted, Grid, TextLine
from extract.txt import build_grids, decode_text, extract_txt, split_lines

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def sample(prefix: str) -> Path:
    return next(SAMPLES.glob(f"{prefix}_*.txt"))


# The first 20 lines of sample 000: a title, `（ 2020 年）`, `金额单位：元` and a tabbed table.
HEAD = "\n".join(sample("000").read_text("utf-8").split("\n")[:20])


# (label, bytes of HEAD, codec the reported encoding starts with, encoding_guessed expected)
ENCODED = [
    pytest.param(HEAD.encode("utf-8"), "utf-8", False, id="utf-8"),
    pytest.param(codecs.BOM_UTF8 + HEAD.encode("utf-8"), "utf-8", False, id="utf-8-bom"),
    pytest.param(HEAD.encode("gb18030"), "gb18030", True, id="gb18030"),
    pytest.param(HEAD.encode("gbk"), "gb18030", True, id="gbk"),
    pytest.param(codecs.BOM_UTF16_LE + HEAD.encode("utf-16-le"), "utf-16-le", False, id="utf-16-le-bom"),
    pytest.param(codecs.BOM_UTF16_BE + HEAD.encode("utf-16-be"), "utf-16-be", False, id="utf-16-be-bom"),
    pytest.param(HEAD.encode("utf-16-le"), "utf-16-le", True, id="utf-16-le"),
    pytest.param(HEAD.encode("utf-16-be"), "utf-16-be", True, id="utf-16-be"),
]


# --------------------------------------------------------------------------- encodings

def test_head_is_chinese_and_has_a_table():
    assert "财政项目支出绩效目标申报表" in HEAD and "\t" in HEAD and len(HEAD.split("\n")) == 20


@pytest.mark.parametrize("data, codec, guessed", ENCODED)
def test_same_text_in_every_encoding(data, codec, guessed):
    text, encoding, warnings = decode_text(data)
    assert text == HEAD
    assert encoding.startswith(codec)
    assert [w.code for w in warnings] == (["encoding_guessed"] if guessed else [])


@pytest.mark.parametrize("data, codec, guessed", ENCODED)
def test_same_grids_in_every_encoding(data, codec, guessed):
    ref = extract_txt(HEAD.encode("utf-8"), "d")
    ex = extract_txt(data, "d")
    assert ex.grids == ref.grids
    assert ex.lines == ref.lines
    assert [w.code for w in ex.warnings] == (["encoding_guessed"] if guessed else [])


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_bomless_utf16_of_mostly_ascii_text_is_recognised(codec):
    text = "金额\t100\t200\tok\n" * 30
    decoded, encoding, warnings = decode_text(text.encode(codec))
    assert decoded == text
    assert encoding == codec
    assert [w.code for w in warnings] == ["encoding_guessed"]


def test_utf8_bom_is_not_part_of_the_text():
    text, _, _ = decode_text(codecs.BOM_UTF8 + "项目名称\t甲".encode())
    assert text == "项目名称\t甲"
    assert not text.startswith("\ufeff")


def test_damaged_utf16_with_bom_is_an_extract_error():
    with pytest.raises(ExtractError, match="damaged"):
        decode_text(codecs.BOM_UTF16_LE + b"a\x00b")   # odd length: a truncated code unit


def test_neither_utf8_nor_gb18030_is_replaced_with_a_warning():
    data = "项目名称\t甲\n".encode() + b"\xff" + "金额\t1\n".encode()
    text, encoding, warnings = decode_text(data)
    assert text == "项目名称\t甲\n\ufffd金额\t1\n"
    assert encoding.startswith("utf-8")
    assert [w.code for w in warnings] == ["encoding_errors"]


@pytest.mark.parametrize("data, what", [(b"", "empty"), (b" \r\n\t \n", "whitespace"),
                                        (b"\x89PNG\r\n\x1a\n" + b"\0" * 200, "binary")])
def test_not_text_raises(data, what):
    with pytest.raises(ExtractError, match=what):
        extract_txt(data, "d")


# --------------------------------------------------------------------------- line endings

@pytest.mark.parametrize("nl", ["\r\n", "\r"])
def test_crlf_and_cr_give_the_same_lines(nl):
    assert split_lines(HEAD.replace("\n", nl)) == HEAD.split("\n")
    ref = extract_txt(HEAD.encode(), "d")
    ex = extract_txt(HEAD.replace("\n", nl).encode(), "d")
    assert ex.grids == ref.grids          # same cells, same 1-based line numbers
    assert ex.lines == ref.lines
    assert [t.line for t in ex.lines] == [3, 4, 6]


@pytest.mark.parametrize("prefix", ["000", "002"])   # horizontal and vertical dumps
@pytest.mark.parametrize("nl", [b"\r\n", b"\r"])
def test_crlf_and_cr_on_whole_samples(prefix, nl):
    data = sample(prefix).read_bytes()
    assert b"\r" not in data
    ref = extract_txt(data, "d")
    ex = extract_txt(data.replace(b"\n", nl), "d")
    assert ex.grids == ref.grids and ex.lines == ref.lines


def test_mixed_line_endings():
    assert split_lines("a\r\nb\rc\nd") == ["a", "b", "c", "d"]
    assert split_lines("a\r\n\r\nb") == ["a", "", "b"]
    assert split_lines("a\u2028b\x0cc") == ["a\u2028b\x0cc"]   # no other breaks


# --------------------------------------------------------------------------- horizontal grids

def test_head_of_sample_000():
    ex = extract_txt(HEAD.encode(), "doc", "x.txt")
    assert isinstance(ex, Extracted)
    assert (ex.doc_id, ex.format, ex.pages, ex.path, ex.encoding) == ("doc", "txt", None, "x.txt", "utf-8")
    assert [(t.line, t.text) for t in ex.lines] == [
        (3, "财政项目支出绩效目标申报表（项目总体情况）"), (4, "（ 2020 年）"),
        (6, "填报单位（盖章） 金额单位：元")]
    assert all(t.page is None for t in ex.lines)
    [g] = ex.grids
    assert g.origin == "txt" and g.order == 8.0
    assert g.n_rows == 13
    assert g.at(0, 0).text == "项目名称" and g.at(0, 1).text == "质量强区专项经费"
    assert g.at(0, 2) is None                                # empty fields are not stored
    assert [(c.col, c.text) for c in g.row_cells(2)] == [
        (0, "项目负责人："), (1, "顾爱民"), (2, "联系人："), (4, "联系电话："), (5, "64982846")]
    assert all(c.page is None for c in g.cells)
    assert all(c.line == c.row + 8 for c in g.cells)         # rows 0.. are lines 8..20
    # `\t2. 本级财政安排：\t\t556000\t\t`: the field index is the column
    assert [(c.col, c.text) for c in g.row_cells(12)] == [(1, "2. 本级财政安排："), (3, "556000")]


def test_cells_lines_and_columns():
    lines = ["财政项目支出绩效目标申报表", "（ 2020 年）", "金额单位：元",
             "项目名称\t测试项目\t\t",
             "\t一级指标\t  \t目标值",
             "产出指标\t数量指标\t\t≥95%"]
    grids, texts = build_grids(lines)
    assert texts == [TextLine("财政项目支出绩效目标申报表", line=1, order=1.0),
                     TextLine("（ 2020 年）", line=2, order=2.0),
                     TextLine("金额单位：元", line=3, order=3.0)]
    [g] = grids
    assert (g.n_rows, g.n_cols, g.order, g.page_breaks) == (3, 4, 4.0, frozenset())
    assert g.cells == [
        Cell(0, 0, "项目名称", line=4), Cell(0, 1, "测试项目", line=4),
        Cell(1, 1, "一级指标", line=5), Cell(1, 3, "目标值", line=5),
        Cell(2, 0, "产出指标", line=6), Cell(2, 1, "数量指标", line=6), Cell(2, 3, "≥95%", line=6)]
    assert g.at(1, 2) is None          # whitespace-only field: not stored
    assert g.at(1, 0) is None


def test_cell_text_is_kept_as_written():
    [g], _ = build_grids(["  项目名称 \t（万元）＞5 <p>x</p>"])
    assert [c.text for c in g.cells] == ["  项目名称 ", "（万元）＞5 <p>x</p>"]


def test_blank_line_inside_a_table_is_a_page_break_not_a_new_grid():
    lines = ["标题", "a\tb", "c\td", "", "", "e\tf", "", "g\th", "尾注"]
    grids, texts = build_grids(lines)
    [g] = grids
    assert g.n_rows == 4
    assert g.page_breaks == frozenset({2, 3})
    assert [c.line for c in g.cells] == [2, 2, 3, 3, 6, 6, 8, 8]
    assert [(t.line, t.text) for t in texts] == [(1, "标题"), (9, "尾注")]


def test_text_line_between_tables_splits_them():
    grids, texts = build_grids(["a\tb", "（ 2020 年）", "c\td\te"])
    assert [(g.n_rows, g.n_cols, g.order) for g in grids] == [(1, 2, 1.0), (1, 3, 3.0)]
    assert texts == [TextLine("（ 2020 年）", line=2, order=2.0)]
    assert grids[1].at(0, 0) == Cell(0, 0, "c", line=3)


def test_blank_lines_outside_tables_start_no_grid():
    grids, texts = build_grids(["", "标题", "", "  ", "a\tb"])
    assert len(grids) == 1 and grids[0].page_breaks == frozenset()
    assert [(t.line, t.text) for t in texts] == [(2, "标题")]


@pytest.mark.parametrize("sep", ["--\t--\t--", "--\t--\t--\t---------\t--", "-----\t-------\t",
                                 ":--\t--:\t—", "| -- | -- |\t| -- |"])
def test_separator_rows_are_dropped(sep):
    grids, texts = build_grids(["一级指标\t二级指标\t目标值", sep, "产出指标\t数量\t≥95%"])
    assert texts == []
    [g] = grids
    assert g.n_rows == 2
    assert [c.text for c in g.row_cells(1)] == ["产出指标", "数量", "≥95%"]
    assert [c.line for c in g.row_cells(1)] == [3, 3, 3]
    assert not any(set(c.text) <= set(" -—|:") for c in g.cells)


def test_separator_rows_of_sample_003_are_dropped():
    ex = extract_txt(sample("003").read_bytes(), "d")
    lines = sample("003").read_text("utf-8").split("\n")
    seps = [no for no, ln in enumerate(lines, 1) if ln.startswith("--\t")]
    assert seps                                             # lines 67, 70, 185
    cell_lines = {c.line for g in ex.grids for c in g.cells}
    assert not cell_lines & set(seps)
    assert not any(t.line in seps for t in ex.lines)


def test_a_row_with_a_label_and_dashes_is_data_not_a_separator():
    [g], _ = build_grids(["名称\t金额", "金额合计\t\t-----\t-----"])
    assert [c.text for c in g.row_cells(1)] == ["金额合计", "-----", "-----"]


def test_rows_keeps_empty_rows_and_sorts_by_column():
    [g], _ = build_grids(["a\tb", "\t\t", "c\t\td"])
    assert g.n_rows == 3
    rows = g.rows()
    assert [[c.text for c in r] for r in rows] == [["a", "b"], [], ["c", "d"]]
    assert [[c.col for c in r] for r in rows] == [[0, 1], [], [0, 2]]
    assert g.row_cells(1) == []
    assert g.at(2, 2).text == "d" and g.at(2, 1) is None
    assert g.at(5, 0) is None and g.at(-1, 0) is None


def test_grid_at_covers_merged_slots():
    big = Cell(0, 0, "项目资金", rowspan=2, colspan=2)
    g = Grid([Cell(0, 2, "x"), big, Cell(1, 2, "y"), Cell(2, 0, "z", colspan=3)], 3, 3, "pdf_lines")
    assert g.at(0, 0) is big and g.at(0, 1) is big and g.at(1, 0) is big and g.at(1, 1) is big
    assert g.at(0, 2).text == "x" and g.at(1, 2).text == "y"
    assert g.at(2, 0) is g.at(2, 2)
    assert g.at(3, 0) is None
    assert [c.text for c in g.row_cells(0)] == ["项目资金", "x"]
    assert [[c.text for c in r] for r in g.rows()] == [["项目资金", "x"], ["y"], ["z"]]


# --------------------------------------------------------------------------- vertical dumps

def test_vertical_sample_002():
    ex = extract_txt(sample("002").read_bytes(), "d")
    assert [(t.line, t.text) for t in ex.lines] == [(1, "附件："), (2, "2020年度浦江镇质量管理绩效评估任务分解表")]
    [g] = ex.grids
    header = g.rows()[0]
    assert [c.text for c in header] == ["序号", "考核项目", "考核内容", "单项\n分值", "考核要求", "责任单位"]
    assert [c.col for c in header] == [0, 1, 2, 3, 4, 5]
    assert [c.line for c in header] == [4, 5, 6, 7, 9, 10]   # a continued cell keeps its first line
    assert g.n_cols == 6
    assert all(c.page is None for c in g.cells)
    penalty = [r for r in g.rows() if any(c.text == "扣分项" for c in r)]
    assert len(penalty) == 1
    [row] = penalty
    assert len(row) == 4
    assert [c.text for c in row[:2]] == ["五", "扣分项"]
    assert row[2].text.startswith("14、考核周期内辖区发生特种设备事故")
    assert row[3].text == "市场所、安委办"
    # row 1 (一 组织领导 …) starts at line 12; rows 2.. have empty 序号/考核项目 slots
    assert [c.text for c in g.rows()[1][:2]] == ["一", "组织领导"] and g.rows()[1][0].line == 12
    assert g.at(2, 0) is None and g.at(2, 1) is None and g.at(2, 3).text == "3分"


def test_vertical_synthetic():
    lines = ["标题", "", "\t甲", "\t乙", "\t丙", "", "\t1", "\t", "\t第一行", "续行", "", "\t2", "\tx", "\ty"]
    grids, texts = build_grids(lines)
    assert texts == [TextLine("标题", line=1, order=1.0)]
    [g] = grids
    assert (g.n_rows, g.n_cols, g.order) == (3, 3, 3.0)
    assert [[(c.col, c.text, c.line) for c in r] for r in g.rows()] == [
        [(0, "甲", 3), (1, "乙", 4), (2, "丙", 5)],
        [(0, "1", 7), (2, "第一行\n续行", 9)],
        [(0, "2", 12), (1, "x", 13), (2, "y", 14)]]


# --------------------------------------------------------------------------- properties

@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_give_extracted_or_extract_error(data):
    try:
        ex = extract_txt(data, "d")
    except ExtractError:
        return
    assert isinstance(ex, Extracted)
    for g in ex.grids:
        assert all(0 <= c.row < g.n_rows and 0 <= c.col < g.n_cols for c in g.cells)
        assert all(c.line is not None and c.line >= 1 and c.page is None for c in g.cells)


_TEXT = st.text(alphabet=st.one_of(st.characters(blacklist_categories=("Cs", "Cc")),
                                   st.sampled_from("\t\n\r 项目名称金额１")), max_size=300)


@settings(max_examples=300, deadline=None)
@given(_TEXT.filter(lambda s: s.encode("utf-8").strip() and not s.startswith("\ufeff")))
def test_arbitrary_text_as_utf8_decodes_to_itself(text):
    decoded, encoding, warnings = decode_text(text.encode("utf-8"))
    assert decoded == text
    assert encoding == "utf-8"
    assert warnings == []


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab项\t\n -|", max_size=200).filter(lambda s: s.strip()))
def test_line_endings_never_change_grids(text):
    ref = extract_txt(text.encode(), "d")
    for nl in ("\r\n", "\r"):
        ex = extract_txt(text.replace("\n", nl).encode(), "d")
        assert ex.grids == ref.grids and ex.lines == ref.lines


def _rows(text: str) -> list[list[str]]:
    from extract.txt import _join_wrapped
    return [ln.split("\t") for _, ln in _join_wrapped(text.split("\n")) if ln.strip()]


W4 = "一级指标\t二级指标\t三级指标\t指标值\n"       # a block of 4-field rows


def test_a_row_cut_by_line_breaks_inside_cells_is_put_back_together():
    text = W4 + W4 + "产出指标\n（50分）\t数量指标\t完成数\t≥6座\n" + W4
    rows = _rows(text)
    assert rows[2] == ["产出指标（50分）", "数量指标", "完成数", "≥6座"]
    assert len(rows) == 4


def test_cells_cut_several_times_and_the_last_cell_going_on():
    text = W4 + W4 + "效益\n指标\t社会效益\n指标\t城区易涝点排\n涝时间\t暴雨集中时段个别\n点位超时，将增配泵车\n" + W4
    rows = _rows(text)
    assert rows[2] == ["效益指标", "社会效益指标", "城区易涝点排涝时间", "暴雨集中时段个别点位超时，将增配泵车"]
    assert len(rows) == 4


def test_a_caption_line_above_a_complete_row_stays_a_line():
    rows = _rows(W4 + W4 + "分解目标\n" + W4)
    assert rows[2] == ["分解目标"] and rows[3] == W4.strip().split("\t")


def test_a_label_whose_unit_wrapped_onto_a_complete_row():
    rows = _rows(W4 + W4 + "项目资金\n（万元）\t\t年初预算数\t全年预算数\n" + W4)
    assert rows[2] == ["项目资金（万元）", "", "年初预算数", "全年预算数"]


def test_blocks_of_mixed_widths_are_left_alone():
    text = "a\tb\tc\nd\te\tf\ng\th\ti\nx\ty\tz\tw\tv\nshort\nk\tl\tm\n"
    assert _rows(text) == [ln.split("\t") for ln in text.strip().split("\n")]


def test_a_row_cut_inside_a_number_is_put_back_together():
    from extract.txt import _join_wrapped
    lines = ["一级指标\t二级指标\t三级指标\t指标值", "产出指标\t数量指标\t项目数\t=8项",
             "\t成本指标\t平均资助额度\t≤15", "0万元", "\t时效指标\t完成时间\t2025年4月30日前",
             "合计\t\t\t100", "2025年3月1日"]
    got = [t for _, t in _join_wrapped(lines)]
    assert "\t成本指标\t平均资助额度\t≤150万元" in got
    assert got[-2:] == ["合计\t\t\t100", "2025年3月1日"]     # a date line after the table stays itself


def test_label_value_rows_one_after_another_are_not_one_cut_row():
    from extract.txt import _join_wrapped
    lines = ["项目类型\t新增项目\t项目分类\t专项工作经费", "资金用途\t业务类项目\t项目主管部门\t文旅局",
             "基本情况\t保障博物馆正常运转", "项目立项必要性\t保障各项业务正常运行", "保证项目实施的制度措施\t绩效考核",
             "组织实施单位\t文物局\t监督管理单位\t文旅局"]
    assert [t for _, t in _join_wrapped(lines)] == lines


def test_rows_of_a_narrower_table_are_not_glued_to_the_lines_after_them():
    money = ("资金情况(万元)\t全年预算数(A)\t全年执行数(B)\t预算执行率(B/A)\n\t年度资金总额:\t127\t27.9\t22%\n"
             "\t其中:中央财政资金\t127\t27.9\t22%\n\t地方资金\t0\t0\t0\n\t其他资金\t0\t0\t0\n")
    goals = "总体目标\t全年实际完成情况\n完成布展面积300平方米\t展陈方案待审核\n"
    table = "绩效指标\t一级指标\t二级指标\t三级指标\t指标值\t全年实际完成值\t未完成原因\n" * 5
    rows = _rows(money + goals + table)
    assert rows[4] == ["", "其他资金", "0", "0", "0"]
    assert rows[5] == ["总体目标", "全年实际完成情况"] and rows[6] == ["完成布展面积300平方米", "展陈方案待审核"]


def test_two_cut_rows_one_after_the_other_are_both_put_back_together():
    w5 = "一级指标\t二级指标\t三级指标\t指标值\t备注\n"
    text = (w5 * 3 + "产出指标\t数量指标\t农村公路\n验收合格率\t100%\t\n"
            "\t质量指标\t桥梁\n验收合格率\t100%\t\n" + w5)
    rows = _rows(text)
    assert ["", "质量指标", "桥梁验收合格率", "100%", ""] in rows
    assert ["产出指标", "数量指标", "农村公路验收合格率", "100%", ""] in rows


def test_prose_paragraphs_and_numbered_rows_of_a_narrower_table_are_not_glued():
    w7 = "排名\t单位名称\t基础工作得分\t加分\t扣分\t考核总分\t等次\n"
    rows7 = "".join(f"{k}\t单位{k}\t9{k}.0\t1\t0\t9{k}.0\t优秀\n" for k in range(1, 5))
    prose = "".join(f"（{n}）第{n}段说明文字，没有表格。\n" for n in "一二三四五")
    text = w7 + rows7 + "二、存在的问题\n" + prose + "序号\t单位名称\t扣分事项\t扣分\n" \
        + "1\t区卫生健康局\t目标未公开\t0.5\n2\t东城街道\t监控报告逾期\t1\n3\t西湖街道\t偏差超过10分\t2\n"
    rows = _rows(text)
    assert ["二、存在的问题"] in rows and ["1", "区卫生健康局", "目标未公开", "0.5"] in rows
    assert ["2", "东城街道", "监控报告逾期", "1"] in rows and ["3", "西湖街道", "偏差超过10分", "2"] in rows


def test_without_trailing_empty_cells_a_row_starting_with_a_label_is_its_own():
    from extract.txt import _join_wrapped
    from parsers.core import starts_a_row
    text = ("项目支出绩效目标表\n\n项目名称\t城区公共厕所提升改造工程\n主管部门\t区住建局\t\t\t实施单位\t区环卫中心\n"
            "项目资金\t年度资金总额\t236.40\t\t其中：财政拨款\t236.40\t其他资金\n"
            "年度目标\t完成32座公共厕所提升改造。\n项目明细\t金额\t测算依据\t备注\t单价\t数量\t单位\n"
            + "一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t权重\n" * 3)
    rows = [ln.split("\t") for _, ln in _join_wrapped(text.split("\n"), starts_a_row) if ln.strip()]
    assert ["项目名称", "城区公共厕所提升改造工程"] in rows and ["年度目标", "完成32座公共厕所提升改造。"] in rows
    # the fields alone would glue them (2 + 6 - 1 fields = the table's 7)
    assert ["项目名称", "城区公共厕所提升改造工程"] not in _rows(text)
    assert starts_a_row("项目名称") and starts_a_row("项目资金") and starts_a_row("一级指标")
    assert not starts_a_row("部门") and not starts_a_row("（万元）") and not starts_a_row("项目名称：某项目")


def _single(lines: list[str]):
    from parsers.core import line_kind, starts_a_row
    return build_grids(lines, [], starts_a_row, line_kind)


def test_one_cell_per_line_texts_lose_no_cell():
    """Reading a one-cell-per-line text puts every line somewhere, in a column of its grid (a review found texts
    under more labels' width placed at column -1, and a word before two level words dropped)."""
    head = ["项目支出绩效目标表", "项目名称", "某某项目", "中期资金总额", "年度资金总额", "财政拨款", "其他资金",
            "100", "60", "40", "200", "120", "80", "长期目标", "年度目标", "完成全部建设任务。", "完成年度建设任务。",
            "第三段说明文字。"]
    table = ["一级指标", "二级指标", "三级指标", "指标值", "产出指标", "数量指标", "培训人数", "≥100人",
             "质量指标", "合格率", "≥95%", "效益指标", "3", "(万元)", "绩效标准", "≥100人"]
    lines = head + table
    grids, texts = _single(lines)
    assert grids and all(c.col >= 0 for g in grids for c in g.cells)
    got = [c.text for g in grids for c in g.cells] + [t.text for t in texts]
    for ln in lines:
        assert any(ln in x for x in got), ln


def test_spaced_text_keeps_a_line_a_cut_piece_follows():
    """A single-space text: `指标` on a line of its own after a line it is no end of (no level name when joined)
    leaves that line as it is (the line was dropped, `指标` took its place)."""
    lines = ["项目名称 某项目", "一级指标 二级指标 三级指标 指标值", "产出指标 数量指标 培训人数 ≥100人",
             "质量指标 合格率 95%", "本表由项目单位填写说明", "指标", "效益指标 社会效益指标 群众满意度 ≥90%"]
    grids, texts = _single(lines)
    got = [c.text for g in grids for c in g.cells] + [t.text for t in texts]
    assert any("本表由项目单位填写说明" in x for x in got) and "质量指标" in got


def test_a_tick_after_a_value_is_a_cell_of_its_own():
    """Flattened text: `95% √` (a value, then the tick of another column) stays two cells; `部门预算 □` one."""
    from extract.txt import _flat_cells
    assert [t for _, _, t in _flat_cells("质量指标 合格率 95% √")] == ["质量指标", "合格率", "95%", "√"]
    assert [t for _, _, t in _flat_cells("部门预算 □              切块预算 □")] == ["部门预算 □", "切块预算 □"]
    assert [t for _, _, t in _flat_cells("项目类别   □ 一次性项目 ☑ 经常性项目")] == ["项目类别", "□ 一次性项目", "☑ 经常性项目"]


_FORM_WORDS = ["项目名称", "某项目", "主管部门", "年度目标", "完成任务。", "一级指标", "二级指标", "三级指标", "指标值",
               "产出指标", "数量指标", "质量指标", "成本指标", "效益指标", "满意度指标", "服务对象满意度指标", "指标", "目标",
               "培训人数", "≥100人", "95%", "≥", "10", "2024", "年", "12", "月底前", "至", "平方米", "总分", "100",
               "项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "年度资金总额", "200", "—", "说明：",
               "本表由项目单位填写", "(盖章)", "□ 一次性项目", "☑ 经常性项目", "绩效标准", "计划标准", "中期资金总额",
               "财政拨款", "其他资金", "60", "40", "长期目标", "完成全部建设任务。", ""]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_FORM_WORDS), min_size=1, max_size=5), min_size=0, max_size=40),
       st.sampled_from(["\n", " "]))
def test_one_cell_and_single_space_texts_give_well_formed_grids(rows, joiner):
    """Any text of form words, one cell per line or cells set apart by one space: reading it raises nothing, and
    every cell lies inside its grid (a column of 0 or more, its span within the rows)."""
    from parsers.core import line_kind, starts_a_row
    lines = [w for r in rows for w in r] if joiner == "\n" else [" ".join(r) for r in rows]
    grids, texts = build_grids(lines, [], starts_a_row, line_kind)
    for g in grids:
        for c in g.cells:
            assert c.col >= 0 and c.row >= 0 and c.row + c.rowspan <= g.n_rows and c.col + c.colspan <= g.n_cols


def test_a_judgement_word_after_a_number_is_no_unit():
    """Flattened text: `10 无` is a score and the deviation 无 (read as the number with a unit `无`); `12 个` is one."""
    from extract.txt import _flat_cells
    assert [t for _, _, t in _flat_cells("成本指标 保洁成本 ≤50万元 48万元 10 10 无")][-3:] == ["10", "10", "无"]
    assert [t for _, _, t in _flat_cells("数量 12 个")] == ["数量", "12 个"]


def test_a_web_pages_links_and_buttons_are_no_part_of_a_form():
    """A copied web page's own links and buttons on lines of their own (`文件下载`, `【打印】`, `标签:`) are page
    furniture, as page numbers are (a one-cell text read `文件下载` as an indicator named so, `政策咨询` its target)."""
    from extract.grid import is_page_furniture
    assert all(is_page_furniture(t) for t in ("文件下载", "【打印】", "标签:", "上一篇", "第 3 页"))
    assert not any(is_page_furniture(t) for t in ("项目名称", "打印费", "政策咨询服务人次"))
    # a site's footer
    assert all(is_page_furniture(t) for t in ("临邑县人民政府主办  临邑县人民政府办公室承办", "鲁ICP备06032897号",
                                              "京公网安备 11010502030143号", "政府网站标识码:3714240016"))
    assert not any(is_page_furniture(t) for t in ("主办单位：区文旅局", "承办单位", "活动由区文旅局主办"))


def test_inline_pinyin_of_a_mirror_site_is_left_out():
    """`一級(jí)指標(biāo) | 二級(jí)指標(biāo)`: a mirror site's copy of a page writes the pinyin of some characters in brackets
    after them (real pages of the 2026-12-01 hunt, ai_*): read without them, when a text does so three times or more
    (no head or label was found: no form); a bracket of letters without a tone mark, or a lone one, stays."""
    from extract.txt import strip_inline_pinyin
    assert strip_inline_pinyin("一級(jí)指標(biāo)\t二級(jí)指標(biāo)\t指標(biāo)值") == "一級指標\t二級指標\t指標值"
    assert strip_inline_pinyin("項目(a)\t指標(b)\t值(c)\t級(ji)") == "項目(a)\t指標(b)\t值(c)\t級(ji)"
    assert strip_inline_pinyin("一級(jí)指標") == "一級(jí)指標"
    t = extract_txt("項(xiàng)目名稱\t衛片執法\n一級(jí)指標(biāo)\t二級指標\t三級指標\t指標值\n".encode(), "d")
    assert [c.text for g in t.grids for c in g.cells][:3] == ["項目名稱", "衛片執法", "一級指標"]

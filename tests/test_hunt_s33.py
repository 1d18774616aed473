"""Session of 2026-12-03: faults the last session noticed and left, each read as the form says (inputs in
tests/fixtures/review/ct_s33_*)."""
from __future__ import annotations

from pathlib import Path

from jixiao.pipeline import process_file

REVIEW = Path(__file__).parent / "fixtures" / "review"


def _review(name):
    return process_file(REVIEW / name)


def _inds(t):
    return [(i["level1"], i["level2"], i["level3"], i["target_raw"], i["unit"], i["note"]) for i in t["indicators"]]


def test_a_name_end_cut_into_the_blank_column_ends_the_name():
    """An export writing an empty column after every label, a name cut at the cell's width: `服务对象满意 | 度 | ≥95%`.
    The lone 度 was taken for a column of units (the name lost 度, silently); then noted as `第6列：度`."""
    t = _review("ct_s33_name_end_piece.txt").tables
    assert _inds(t) == [("产出指标", "数量指标", "培训人数", "≥500人", "人", None),
                        ("产出指标", "质量指标", "合格率", "≥90%", "%", None),
                        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥95%", "%", None)]
    assert not t["warnings"]


def test_a_transparent_picture_is_read_on_white_paper():
    """A screenshot saved as a PNG with alpha (its background transparent, RGB black): the page read black, the
    black text invisible on it; an image file and a picture in a document are both read on white paper."""
    import numpy as np
    from PIL import Image, ImageDraw

    from extract.scan import to_gray
    for mode, clear, ink in (("RGBA", (0, 0, 0, 0), (0, 0, 0, 255)), ("LA", (0, 0), (0, 255))):
        im = Image.new(mode, (60, 30), clear)
        ImageDraw.Draw(im).rectangle([10, 5, 30, 20], fill=ink)
        g = to_gray(im)
        assert g.dtype == np.uint8 and g[0, 0] == 255 and g[10, 20] == 0
    p = Image.new("P", (20, 20), 0)
    p.putpalette([0, 0, 0] * 256)
    p.info["transparency"] = 0
    assert to_gray(p)[0, 0] == 255


def test_a_veto_section_of_an_assessment_is_its_own_kind_and_takes_no_number_from_above():
    """`| 一票否决项 | 18、…发生重大质量安全事故…实行一票否决 | 一票否决 | …` between 四 质量特色 and 五 扣分项 (a section of
    no number): it was an item of kind base numbered 四 (the section above's number carried down)."""
    t = _review("ct_s33_veto_section.txt").tables
    items = t["assessment_items"]
    veto = [a for a in items if a["kind"] == "veto"]
    assert [(a["section_no"], a["section"], a["item_no"], a["points"], a["cap"], a["requirement"]) for a in veto] == [
        (None, "一票否决项", 18, None, None, "以有关部门认定为准。")]
    assert veto[0]["content"].startswith("考核周期内辖区发生重大质量安全事故")
    # the sections around it as before
    assert [(a["section_no"], a["section"], a["kind"]) for a in items if a["item_no"] in (13, 14, 15)] == [
        ("四", "质量特色", "base"), ("五", "扣分项", "penalty"), ("六", "加分项", "bonus")]


def test_an_item_whose_points_say_veto_is_a_veto():
    from normalize.records import normalize_assessment_item
    rec = normalize_assessment_item({"section": "安全生产", "content": "发生较大及以上安全生产事故的", "points": "一票否决"})
    assert (rec["kind"], rec["points"], rec["cap"]) == ("veto", None, None)


def test_a_composition_total_row_with_its_figure_and_dashes_is_the_tables_total():
    """Hunt BE (闵行 2021, the layout of sample 000 with its 金额合计 filled in): `金额合计 | 682000.00 | ----- | -----`
    under the 项目构成分解 lines was an unparsed_row (the document partial) and kept in other_fields; the template's
    dashes are no words: it is the table's total, skipped as a line."""
    r = _review("ct_s33_be_total_row_with_figure.txt")
    t = r.tables
    assert r.document["status"] == "ok"
    assert [w["code"] for w in t["warnings"]] == ["vague_target"]
    assert [p["other_fields"] for p in t["projects"]] == [None]
    assert [(b["name"], b["amount"]) for b in t["budget_items"] if b["kind"] == "composition"] == [
        ("粮食及粮食制品抽检", 310000.0), ("肉及肉制品抽检", 372000.0)]


def test_html_left_in_a_target_cell_is_no_part_of_target_raw():
    """`100%<br/>(每月10日前)` (a converter's `<br/>` inside the cell): target_raw kept the tag while every other text
    field had it removed; op, value and qualifier were right."""
    from normalize.text import strip_tags
    t = _review("ct_s33_be_br_in_target.txt").tables
    got = [(i["target_raw"], i["op"], i["value"], i["unit"], i["qualifier"]) for i in t["indicators"]
           if "每月" in (i["target_raw"] or "")]
    assert got == [("100% (每月10日前)", "=", 100.0, "%", "每月10日前")]
    assert not [i for i in t["indicators"] if "<" in (i["target_raw"] or "") and ">" in i["target_raw"]]
    assert strip_tags("<2次") == "<2次" and strip_tags("< 2次") == "< 2次" and strip_tags("a<br>b") == "a\nb"


def test_lines_ten_thousand_times_the_total_are_named_a_unit_mix_up():
    """Hunt BD (13b): a composition table whose amounts were typed in 元 under a 万元 head (the lines 10,000 times
    the annual budget): the mismatch was reported with its difference only; the message now names the likely cause,
    and the money fields are named by the form's labels."""
    from jixiao.checks import _wan_mixup
    t = _review("ct_s33_bd_wanyuan_mixup.txt").tables
    [w] = [w for w in t["warnings"] if w["code"] == "budget_sum_mismatch"]
    assert "(年度资金总额, budget_year) is 850,000 元" in w["message"]
    assert "the lines are 10,000 times the other, 元 written where 万元 was meant or the reverse?" in w["message"]
    assert _wan_mixup(85.0, 850000.0) .startswith(": the total is 10,000 times") and _wan_mixup(110.0, 100.0) == ""


def test_a_drives_system_folders_are_no_inputs(tmp_path):
    """Hunt BA: a shared drive's `$RECYCLE.BIN` holds deleted drafts of the forms (read, they gave each project a
    second time and its money counted twice); `System Volume Information` and macOS's `__MACOSX` hold no documents."""
    from jixiao.pipeline import collect_inputs
    for d in ("$RECYCLE.BIN/S-1-5-21", "System Volume Information", "__MACOSX", "2024年/教育局"):
        (tmp_path / d).mkdir(parents=True)
    (tmp_path / "$RECYCLE.BIN" / "S-1-5-21" / "$R1A2B3C.txt").write_text("项目名称\t旧稿\n", encoding="utf-8")
    (tmp_path / "System Volume Information" / "tracking.log").write_bytes(b"\0\1")
    (tmp_path / "__MACOSX" / "._表.docx").write_bytes(b"\0\5\26\7")
    (tmp_path / "2024年" / "教育局" / "绩效目标表.txt").write_text("项目名称\t新稿\n", encoding="utf-8")
    got = [p[len(str(tmp_path)) + 1:] for p in collect_inputs([str(tmp_path)])]
    assert got == ["2024年/教育局/绩效目标表.txt"]

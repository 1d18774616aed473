"""Hunt BD's fault 12 (a 晋中 self-evaluation whose 评分表 lost its header row): tests/fixtures/review/ct_s33_bd12_*,
each read as the form says."""
from __future__ import annotations

from pathlib import Path

from jixiao.pipeline import process_file

REVIEW = Path(__file__).parent / "fixtures" / "review"
GOLDEN = Path(__file__).parent / "golden"


def _review(name):
    return process_file(REVIEW / name)


def _scores(t):
    return [(s["level1"], s["level2"], s["level3"], s["weight"], s["score"], s["is_subtotal"]) for s in t["scores"]]


def test_a_score_table_whose_header_row_was_lost_is_read():
    """Sample 004's layout (its indicator table, then `投入: | | 20 | 19.50`, `评分表 | 项目目标 | 项目立项规范性 | 3 |
    3.00`, `| | 绩效目标合理性 | 4 | 4.00` …, `综合得分: | | 100 | 92.50`, `评价结果等次: | | 良`) without the header row
    `| 二级指标 | 三级指标 | | 指标分值 | 评价得分` (a dump converter dropped it): the whole 评分表 was dropped, 0 score
    rows and 24 unparsed_row. Read as with its header (25 rows, 4 level-1 subtotals, the form's score and grade),
    with a `table_header_implied` warning."""
    r = _review("ct_s33_bd12_jz_score_table_header_lost.txt")
    t = r.tables
    got = _scores(t)
    assert len(got) == 25 and [g for g in got if g[5]] == [("投入", None, None, 20.0, 19.5, True),
                                                          ("过程", None, None, 20.0, 18.0, True),
                                                          ("产出", None, None, 30.0, 28.0, True),
                                                          ("效果", None, None, 30.0, 27.0, True)]
    assert got[1] == ("投入", "项目目标", "项目立项规范性", 3.0, 3.0, False)
    assert got[21] == ("效果", "项目效果", "社会效益", 5.0, 4.0, False)      # `社会效益 | | 5 | 4.00`: its level 3
    assert got[24] == ("效果", "项目效果", "社会公众或服务对象满意度", 10.0, 9.0, False)
    assert (t["projects"][0]["score"], t["projects"][0]["grade"]) == (92.5, "良")
    codes = [w["code"] for w in t["warnings"]]
    assert "unparsed_row" not in codes and codes.count("table_header_implied") == 1
    assert r.document["status"] == "ok"
    # the indicators of the form's own table are untouched
    assert [i["level3"] for i in t["indicators"]][:2] == ["食品监督抽检批次", "风险监测批次"]


def test_the_same_rows_as_sample_004_read_with_its_header():
    """The fixture with sample 004's header row put back gives the same score rows (the implied header reads as the
    form's own)."""
    lines = (REVIEW / "ct_s33_bd12_jz_score_table_header_lost.txt").read_text(encoding="utf-8").split("\n")
    at = next(k for k, x in enumerate(lines) if x.startswith("\t投入:"))
    lines.insert(at, "\t二级指标\t三级指标\t\t指标分值\t评价得分\t")
    import tempfile
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "with_header.txt"
        p.write_text("\n".join(lines), encoding="utf-8")
        headed = process_file(p).tables
    lost = _review("ct_s33_bd12_jz_score_table_header_lost.txt").tables
    assert _scores(headed) == _scores(lost)
    assert "table_header_implied" not in [w["code"] for w in headed["warnings"]]


def test_a_score_table_opened_by_its_block_label_without_level1_lines():
    """The same 评分表 without its level-1 lines, opened by `评分表 | 项目目标 | 项目立项规范性 | 3 | 3.00`: its rows
    were unparsed (20 unparsed_row); read under the implied 二级指标 | 三级指标 | 分值 | 得分."""
    t = _review("ct_s33_bd12_score_label_without_level1_lines.txt").tables
    got = _scores(t)
    assert len(got) == 21 and got[0] == (None, "项目目标", "项目立项规范性", 3.0, 3.0, False)
    assert got[-1] == (None, "项目效果", "社会公众或服务对象满意度", 10.0, 9.0, False)
    codes = [w["code"] for w in t["warnings"]]
    assert "unparsed_row" not in codes and "table_header_implied" in codes


def test_points_in_an_indicator_table_imply_no_score_header():
    """A self-evaluation whose indicator table has 分值 | 得分 columns and level-1 lines `产出指标: | 50 | 48`: its
    rows are the indicator table's (targets, actuals, points and scores), no 评分表 is implied."""
    t = _review("ct_s33_bd12_points_in_indicator_table.txt").tables
    got = [(i["level1"], i["level3"], i["target_raw"], i["weight"], i["score"]) for i in t["indicators"]]
    assert got[0] == ("产出指标", "食品监督抽检批次", "4500批次", 20.0, 20.0) and len(got) == 7
    assert not t["scores"]
    assert "table_header_implied" not in [w["code"] for w in t["warnings"]]

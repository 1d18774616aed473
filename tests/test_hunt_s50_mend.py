"""Review mend (session 50): the final review's findings on the session's change (/tmp/s50/review-final.md), each
fixture's reading written by hand before the run (tests/fixtures/review/ct_s50_mend_*).

Decided: a 扣分项 / 否决项's points (`扣分项（10分）`) are a cap, no level 1's weight (as 加分项's): the name kept whole, no
level1_weight, no subtotal_mismatch; a level 1's name cut from its points is kept as written (`決策（20分）` -> `決策`,
not the folded `决策`); a print-only or alternate stylesheet (`<link rel="stylesheet" media="print">`) hides nothing a
browser shows; `不超5%`, `不超出10%`, `不突破100万元` are `<=` as `不超过` (as `不超预算` was); a quarter said with a Chinese
count, `1次/两季`, is `次/2季度` as `≥1次/2季`; `无法排放` (cannot) is no zero and stays text, `无法定传染病感染` is `=` 0.
"""
from __future__ import annotations

from normalize.targets import split_target


def _ind(r) -> dict:
    return {i["level3"]: (i["op"], i["value"], i["unit"], i["qualifier"], i["target_text"])
            for i in r.tables["indicators"]}


# ---------------------------------------------------------------- (1) a scoring table with a 扣分项 (#6, #9)
def test_deduct_section_points_are_no_level1_weight(read):
    r = read("ct_s50_mend_deduct.txt")
    rows = {s["level3"]: (s["level1"], s["level1_weight"]) for s in r.tables["scores"]}
    # main: ('扣分项', 10.0) and a subtotal_mismatch "扣分项: the weights of its 1 row add up to -10 but the label says 10"
    assert rows["发生安全事故"] == ("扣分项（10分）", None)
    assert not [w for w in r.tables["warnings"] if w["code"] == "subtotal_mismatch"]
    assert rows["资金使用合规性"] == ("过程", 80.0)


def test_level1_name_kept_as_written(read):
    r = read("ct_s50_mend_deduct.txt")
    rows = {s["level3"]: (s["level1"], s["level1_weight"]) for s in r.tables["scores"]}
    # main: ('决策', 20.0) — the folded (Simplified) name
    assert rows["立项程序规范性"] == ("決策", 20.0)
    assert rows["绩效目标合理性"] == ("決策", 20.0)


# ---------------------------------------------------------------- (2) a print-only stylesheet (#7)
def test_print_stylesheet_hides_nothing(read):
    r = read("ct_s50_mend_print.html")
    got = _ind(r)
    # main: 2 indicators, 优良路率 dropped by the print stylesheet's `.ind2{display:none}`
    assert len(got) == 3
    assert got["优良路率"] == (">=", 80.0, "%", None, None)


# ---------------------------------------------------------------- (3) targets (#13, #14, #15)
def test_targets(read):
    got = _ind(read("ct_s50_mend_targets.txt"))
    assert len(got) == 10
    # main: unit 次/2季, 次/4季
    assert got["河道巡查频次"] == ("=", 1.0, "次/2季度", None, None)
    assert got["水质监测频次"] == (">=", 2.0, "次/4季度", None, None)
    assert got["设备检修频次"] == (">=", 1.0, "次/2季度", None, None)
    # main: text 不超5%, 不超出10%, 不突破100万元
    assert got["管网漏损率"] == ("<=", 5.0, "%", None, None)
    assert got["成本偏差率"] == ("<=", 10.0, "%", None, None)
    assert got["设备购置成本"] == ("<=", 1000000.0, "元", None, None)
    assert got["项目支出"] == ("<=", None, None, None, "预算")
    # main: `=` 0, qualifier 法排放
    assert got["污水处理情况"] == (None, None, None, None, "无法排放")
    assert got["传染病防控"] == ("=", 0.0, None, "法定传染病感染", None)


def test_not_over_words_stay_text_before_no_figure():
    # (unchanged on main: the new prefix words need a figure or the budget after them)
    for text in ("不超标", "不超期", "不超出范围", "不突破底线"):
        t = split_target(text)
        assert (t.op, t.target_text) == (None, text)


# ---------------------------------------------------------------- (4) a library code before the name (#9)
def test_coded_name_kept_as_written(read):
    p = read("ct_s50_mend_code_fullwidth.txt").tables["projects"][0]
    # main: name 农村公路(一期)养护工程 (folded brackets)
    assert (p["name"], p["project_code"]) == ("农村公路（一期）养护工程", "2024-017")
    p = read("ct_s50_mend_code_trad.txt").tables["projects"][0]
    # main: name 农村公路日常养护 (Simplified) beside the department 新化縣交通運輸局 as written
    assert (p["name"], p["project_code"], p["department"]) == ("農村公路日常養護", "2024-017", "新化縣交通運輸局")


# ---------------------------------------------------------------- (5) a 失分理由 column (#10)
def test_score_reason_head_is_the_note(read):
    r = read("ct_s50_mend_reason.txt")
    notes = {s["level3"]: s["note"] for s in r.tables["scores"]}
    # main: no row has a note (失分理由 unknown to the score table's heads, known to the 考核评分表's)
    assert notes == {"立项程序规范性": None, "绩效目标合理性": "目标不够细化", "资金使用合规性": "支付滞后",
                     "安装波形护栏公里数": None, "交通事故下降率": "下降8%"}



# ---------------------------------------------------------------- (6) an Office 97 file's kind (#16)
def test_ole_kind_of_a_bytearray():
    from pathlib import Path

    from jixiao import pipeline
    data = (Path(__file__).parent / "fixtures" / "review" / "ct_s49_fm7_workbook_named.wps").read_bytes()
    assert pipeline.detect_format("x.wps", data) == "xlsx"
    # main: TypeError (unhashable type: 'bytearray'), of the cache on _ole_kind's bytes (which kept the last Office 97
    # file alive); now asked once per file, no cache
    assert pipeline.detect_format("x.wps", bytearray(data)) == "xlsx"


# ---------------------------------------------------------------- (7) counts of months / quarters no deadline (#17a)
def test_counts_are_no_deadline(read):
    r = read("ct_s50_mend_deadline.txt")
    late = sorted(w["message"].split(":")[0] for w in r.tables["warnings"] if w["code"] == "deadline_out_of_period")
    # main: also 设备质保期限 (`验收后12月完成`, twelve months after) and 运维资金拨付 (`分4季度完成`, in four quarters)
    # read as 2024-12, after the project's end 2024-09
    assert late == ["设施建设完成时间"]

"""Lead's mends after the read of the session's change (2026-12-05, second)."""
from tests.hunt_tools import only_project


def test_an_adjustment_row_keeps_the_indicator_s_weight(read):
    # hunt fam2 merges a 绩效目标调整情况 row into the indicator it adjusts; the row has no 分值 column, and its blank
    # weight wiped the indicator's (main after fam2: weight None on both adjusted indicators). The target in force is
    # the adjusted one, a text target replacing a figure whole.
    r = read("ct_s47_lead_adjusted_weights.txt")
    only_project(r)
    got = [(i["level3"], i["weight"], i["op"], i["value"], i["unit"], i["target_text"]) for i in r.tables["indicators"]]
    assert got == [("养护农村公路里程", 30.0, ">=", 180.0, "公里", None),
                   ("路况优良率", 30.0, ">=", 85.0, "%", None),
                   ("群众出行条件改善", 30.0, None, None, None, "有所改善"),
                   ("群众满意度", 10.0, ">=", 90.0, "%", None)]
    notes = [i["note"] or "" for i in r.tables["indicators"]]
    assert "调整前指标值：≥200公里" in notes[0] and "调整前指标值：明显改善" in notes[2]

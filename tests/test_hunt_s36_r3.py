"""Fix R3 (session 36), from review rv4 of the fix-yr / fix-r1 rules on other forms: words of no change after 调整后
(`不变`, `同调整前`, `无变化` …) keep the goal before; a results table by county gives no targets; a numbered name cell
followed by its target or a level name; an 已下达 row under source heads. Inputs tests/fixtures/review/ct_s36_r3_*."""
import json


def _p(r, k=0):
    return r.tables["projects"][k]


def _other(p):
    of = p["other_fields"]
    return json.loads(of) if isinstance(of, str) else (of or {})


def _inds(r, *cols):
    cols = cols or ("level1", "level2", "level3", "op", "value", "unit")
    return [tuple(i[c] for c in cols) for i in r.tables["indicators"]]


def _codes(r, code):
    return [w for w in r.tables["warnings"] if w["code"] == code]


# ---------------------------------------------------------------- 1-2: 调整后：不变 / 同调整前

def test_adjust_goal_unchanged_keeps_goal_before(read):
    r = read("ct_s36_r3_r19_adjust_goal_unchanged.txt")
    p = _p(r)
    assert p["goal_annual"] == "完成乡村道路硬化20公里。"
    assert _other(p).get("调整后年度目标") == "不变"
    assert "调整前年度目标" not in _other(p)
    assert _inds(r, "level3", "value", "unit") == [("硬化道路里程", 15.0, "公里")]


def test_adjust_goal_same_as_before_and_real_change(read):
    r = read("ct_s36_r3_r33_adjust_goal_same_as.txt")
    p = _p(r)
    assert p["goal_total"] == "建成社区养老服务站10个。"
    assert p["goal_annual"] == "建成社区养老服务站8个。"          # a real change: the goal after
    o = _other(p)
    assert o.get("调整前年度目标") == "建成社区养老服务站10个。"
    assert o.get("调整后总体目标") == "同调整前"


def test_adjust_goal_no_change_words(read):
    p = _p(read("ct_s36_r3_adjust_goal_no_change_lines.txt"))
    assert p["goal_total"] == "解决3个村饮水安全问题。"
    assert p["goal_annual"] == "新建供水管网12公里。"


# ---------------------------------------------------------------- 3: place columns of a results table

def test_results_by_county_give_no_targets(read):
    r = read("ct_s36_r3_r29_results_by_county.txt")
    assert len(r.tables["projects"]) == 1 and not _codes(r, "blank_form")
    assert _inds(r, "level3", "target_raw", "value") == [("新建产业项目数", None, None), ("项目完工率", None, None),
                                                         ("带动增收户数", None, None)]
    assert [i["note"] for i in r.tables["indicators"]] == ["甲县：12；乙县：9；丙县：15", "甲县：100%；乙县：95%；丙县：98%",
                                                           "甲县：3200；乙县：2800；丙县：4100"]


def test_target_table_by_place_takes_the_total(read):
    r = read("ct_s36_r3_r11_place_targets_total.txt")
    assert _inds(r, "level3", "value", "unit") == [("改造小区个数", 200.0, "个"), ("竣工验收合格率", 100.0, "%"),
                                                   ("惠及居民户数", 5.0, "万户")]
    assert r.tables["indicators"][0]["note"].startswith("甲市：120个")

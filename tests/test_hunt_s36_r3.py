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

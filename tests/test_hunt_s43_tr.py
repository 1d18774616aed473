"""Hunt s43 tr: indicator targets — a score on a scale written in brackets (`≥4.8（5分制）`: unit 分, the scale the
qualifier), who 名 counts (`每校1名专职`: 1 名/校, qualifier 专职, the kind of post; the unit was `名专职/校`; a noun after 名 stays
the unit's, `≥200名用户`), what money per a thing is
(`每户补助2000元`: 2000 元/户, qualifier 补助, as `每人每月300元`), tce (`吨（tce）`: 吨标准煤, as `吨（标准煤）`), a year's
label before a bare figure (`2024年：95%`: 95 %, qualifier 2024年), a clause of what a figure ensures
(`100%，确保应保尽保`: 100 %, the clause the qualifier). Each expected reading written by hand before running jixiao;
what main gave is said beside each (cases without a comment guard the rules' bounds: right on main too)."""
from __future__ import annotations

import pytest

from normalize.records import normalize_indicator
from normalize.targets import split_target
from tests.hunt_tools import only_project, warning_codes

# (op, value, value_max, unit, qualifier, target_text)
CASES = [
    ("≥4.8（5分制）", (">=", 4.8, None, "分", "5分制", None)),               # main: no unit
    ("90（百分制）", ("=", 90.0, None, "分", "百分制", None)),               # main: no unit
    ("4.5（满分5分）", ("=", 4.5, None, "分", "满分5分", None)),             # main: no unit
    ("≥4.8分（5分制）", (">=", 4.8, None, "分", "5分制", None)),
    ("每校1名专职", ("=", 1.0, None, "名/校", "专职", None)),                # main: unit 名专职/校
    ("2名专职人员", ("=", 2.0, None, "名", "专职人员", None)),              # main: unit 名专职人员
    ("≥1名", (">=", 1.0, None, "名", None, None)),
    ("≥200名用户", (">=", 200.0, None, "名", "用户", None)),       # (was 名用户 until review tq2: who 名 counts)
    ("每户补助2000元", ("=", 2000.0, None, "元/户", "补助", None)),          # main: text
    ("每户2000元", ("=", 2000.0, None, "元/户", None, None)),
    ("每户年均增收≥2000元", (">=", 2000.0, None, "元", "每户年均增收", None)),  # (no money per a thing alone, review rw)
    ("≥1200吨（tce）", (">=", 1200.0, None, "吨标准煤", None, None)),        # main: 吨, tce dropped
    ("≥1200吨（t）", (">=", 1200.0, None, "吨", None, None)),
    ("2024年：95%", ("=", 95.0, None, "%", "2024年", None)),                # main: text
    ("2024年：≥95%", (">=", 95.0, None, "%", "2024年", None)),
    ("2024年：12月底前", (None, None, None, None, "2024年", "2024年12月底前")),
    ("100%，确保应保尽保", ("=", 100.0, None, "%", "确保应保尽保", None)),    # main: text
    ("≥95%，确保按时完成", (">=", 95.0, None, "%", "确保按时完成", None)),    # main: `>=`, the text
    ("每人每月300元", ("=", 300.0, None, "元/人/月", None, None)),
]


@pytest.mark.parametrize("raw, expected", CASES, ids=[c[0] for c in CASES])
def test_split_target_spellings(raw, expected):
    t = split_target(raw)
    assert (t.op, t.value, t.value_max, t.unit, t.qualifier, t.target_text) == expected


def test_tce_unit_cell():
    # a 计量单位 cell `吨（tce）` (main: 吨)
    r = normalize_indicator({"level2": "数量指标", "level3": "年节约能源", "target_raw": "≥1200吨（tce）",
                             "target_value_raw": "≥1200", "unit_raw": "吨（tce）"}, 2025)
    assert (r["op"], r["value"], r["unit"], r["qualifier"]) == (">=", 1200.0, "吨标准煤", None)


def test_social_assistance_text_dump(read):
    r = read("ct_s43_tr_social_assistance.txt")
    p = only_project(r)
    assert (p["name"], p["budget_year"]) == ("2025年城乡居民基本生活保障项目", 2_600_000.0)
    got = {i["level3"]: (i["op"], i["value"], i["value_max"], i["unit"], i["qualifier"], i["target_text"])
           for i in r.tables["indicators"]}
    assert got == {
        "配备学校心理健康教师": ("=", 1.0, None, "名/校", "专职", None),                   # main: unit 名专职/校
        "困难家庭临时救助": ("=", 2000.0, None, "元/户", "补助", None),                    # main: text
        "低保对象应保尽保率": ("=", 100.0, None, "%", "确保应保尽保", None),              # main: text
        "2024-2025年资金发放准确率": ("=", 95.0, None, "%", "2024年", None),               # main: text
        "年节约能源": (">=", 1200.0, None, "吨标准煤", None, None),                        # main: 吨
        "救助对象满意度评分": (">=", 4.8, None, "分", "5分制", None),                      # main: no unit
    }
    assert warning_codes(r) == []

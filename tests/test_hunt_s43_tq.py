"""Hunt s43 tq: indicator targets — a part counted in a target after a comma (`≥1000人，其中脱贫人口≥500人`: the
qualifier of the target, as `≥1000人（其中脱贫人口≥500人）` reads, in one cell and in a summary's indicator cell where it
was an indicator named `其中脱贫人口`), a condition of each one counted (`≥3场次，每场不少于50家企业`), a mass's gloss in
brackets (`≥1200吨（标准煤）`, `（标煤）`, `（折标）`: the unit 吨标准煤, as its actual `1265吨标准煤` is written), a thousand
of a counted thing (`两千株`, `2千株`, `2` | `千株`: 2000 株, comparable with an actual `2100株`; 万 stays the unit's),
a tolerance in percent after a figure above 100 (`220±10%`: a share of an unsaid unit, text), a second condition after
a comma (`≥90%，不低于上年`), per a thing and a period (`每人每月300元`), a mean's change (`人均增收1000元以上`), footnotes
numbered under the table (`注：1.…；2.…`, also `注：` over one line per note). Each expected reading written by hand from
the form before running jixiao; what main gave is said beside each (cases without a comment guard the rules' bounds:
right on main too). tests/fixtures/make_s43_tq.py makes the binaries."""
from __future__ import annotations

import pytest

from normalize.records import normalize_indicator
from normalize.targets import split_target
from tests.hunt_tools import only_project, warning_codes

# (op, value, value_max, unit, qualifier, target_text)
CASES = [
    # a part counted in the target, after a comma (main: `>=` and the text, the figure lost; `不低于…` all text)
    ("≥1000人，其中脱贫人口≥500人", (">=", 1000.0, None, "人", "其中脱贫人口≥500人", None)),
    ("≥1200亩，其中新建800亩", (">=", 1200.0, None, "亩", "其中新建800亩", None)),
    ("不低于70%，其中脱贫人口不低于60%", (">=", 70.0, None, "%", "其中脱贫人口不低于60%", None)),
    # a condition of each one counted (main: `>=` and the text)
    ("≥3场次，每场不少于50家企业", (">=", 3.0, None, "场次", "每场不少于50家企业", None)),
    # a mass's gloss in brackets: part of the unit (main: unit 吨, qualifier 标准煤 / 标煤 / 折标)
    ("≥1200吨（标准煤）", (">=", 1200.0, None, "吨标准煤", None, None)),
    ("1200吨（标煤）", ("=", 1200.0, None, "吨标准煤", None, None)),
    ("≤500吨（折标准煤）", ("<=", 500.0, None, "吨标准煤", None, None)),
    ("≥3000吨（折标）", (">=", 3000.0, None, "吨标准煤", None, None)),
    ("≥1.2万吨（标准煤）", (">=", 1.2, None, "万吨标准煤", None, None)),
    ("≥1200吨（标准煤）①", (">=", 1200.0, None, "吨标准煤", "①", None)),     # main: qualifier `标准煤；①`
    ("≥50吨（其他）", (">=", 50.0, None, "吨", "其他", None)),                # a note stays a note (as on main)
    # a thousand of a counted thing, in ones (main: 2 千株, 5 千人 …); 万 stays the unit's, 千米 / 千克 / 千瓦 units
    ("两千株", ("=", 2000.0, None, "株", None, None)),
    ("2千株", ("=", 2000.0, None, "株", None, None)),
    ("≥1.5千人次/年", (">=", 1500.0, None, "人次/年", None, None)),
    ("2-3千人", ("range", 2000.0, 3000.0, "人", None, None)),
    ("3千万元", ("=", 30_000_000.0, None, "元", None, None)),                 # main: 3 千万元, no money
    ("两万人", ("=", 2.0, None, "万人", None, None)),
    ("3千米", ("=", 3.0, None, "千米", None, None)),
    ("≥1.5人/千人", (">=", 1.5, None, "人/千人", None, None)),
    # a second condition comparing with a reference, no figure, as `≥90%，且不低于上年` reads; a trend (main: `>=`, text)
    ("≥90%，不低于上年", (">=", 90.0, None, "%", "不低于上年", None)),
    ("≥92%，高于全省平均水平", (">=", 92.0, None, "%", "高于全省平均水平", None)),
    ("≥95%，逐年提高", (">=", 95.0, None, "%", "逐年提高", None)),
    ("≥90%，不低于85%", (">=", None, None, None, None, "90%,不低于85%")),      # two figures: no one quantity (as main)
    # per a thing and a period (main: text)
    ("每人每月300元", ("=", 300.0, None, "元/人/月", None, None)),
    ("每户每年不少于2次", (">=", 2.0, None, "次/户/年", None, None)),
    # a mean's change compared with a figure, as `同比增长5%以上` (main: text); a bare change stays text
    ("人均增收1000元以上", (">=", 1000.0, None, "元", "人均增收", None)),
    ("户均增收不低于2000元", (">=", 2000.0, None, "元", "户均增收", None)),            # (right on main: lead words)
    ("亩均增产50公斤以上", (">=", 50.0, None, "公斤", "亩均增产", None)),
    ("人均增收1000元", ("=", 1000.0, None, "元", "人均增收", None)),  # (hunt s55 tg13: a change and its bare figure, `=`; was text)
    # a tolerance in percent after a figure: points of a percentage up to 100, a share of an unsaid unit above it
    ("220±10%", (None, None, None, None, None, "220±10%")),                 # main: a range 210-230 %
    ("1000±5%", (None, None, None, None, None, "1000±5%")),                 # main: a range 995-1005 %
    ("5±1%", ("range", 4.0, 6.0, "%", None, None)),                         # (as `5%±1%`: right on main)
]


@pytest.mark.parametrize("raw, expected", CASES, ids=[c[0] for c in CASES])
def test_split_target_spellings(raw, expected):
    t = split_target(raw)
    assert (t.op, t.value, t.value_max, t.unit, t.qualifier, t.target_text) == expected


# (name, the target cell as the table reader joins it, the value cell, the 计量单位 cell) -> (op, value, value_max, unit,
# qualifier, target_text)
UNIT_CELL_CASES = [
    ("年节约标准煤", "≥1200吨（标准煤）", "≥1200", "吨（标准煤）", (">=", 1200.0, None, "吨标准煤", None, None)),   # main: 吨, 标准煤
    ("年节约能源", "≥1.2万吨（标煤）", "≥1.2", "万吨（标煤）", (">=", 1.2, None, "万吨标准煤", None, None)),      # main: 万吨, 标煤
    ("新植行道树", "2千株", "2", "千株", ("=", 2000.0, None, "株", None, None)),                               # main: 2 千株
    ("开展防火宣传", "≥1.5千人次", "≥1.5千", "人次", (">=", 1500.0, None, "人次", None, None)),                # main: 1.5 千人次
    ("林木管护面积", "≥3.2万亩（含补植）", "≥3.2", "万亩（含补植）", (">=", 3.2, None, "万亩", "含补植", None)),  # (as on main)
]


@pytest.mark.parametrize("name, target, value, unit, expected", UNIT_CELL_CASES, ids=[c[0] for c in UNIT_CELL_CASES])
def test_unit_cell_spellings(name, target, value, unit, expected):
    r = normalize_indicator({"level2": "数量指标", "level3": name, "target_raw": target, "target_value_raw": value,
                             "unit_raw": unit}, 2025)
    assert (r["op"], r["value"], r["value_max"], r["unit"], r["qualifier"], r["target_text"]) == expected


# ---------------------------------------------------------------- the spellings carried through forms
def _ind(r) -> dict:
    return {i["level3"]: (i["op"], i["value"], i["value_max"], i["unit"], i["qualifier"], i["target_text"])
            for i in r.tables["indicators"]}


def _notes(r) -> dict:
    return {i["level3"]: i["note"] for i in r.tables["indicators"] if i["note"]}


def test_employment_training_text_dump(read):
    """A 2025 目标申报表 dumped as text, 指标值 | 计量单位, two targets marked `¹` / `²` and their notes under the table
    as `注：` over one numbered line each."""
    r = read("ct_s43_tq_employment_training.txt")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["year"], p["budget_year"]) == (
        "2025年农村劳动力就业技能培训项目", "XX县人力资源和社会保障局", "XX县公共就业服务中心", 2025, 1_800_000.0)
    assert _ind(r) == {
        "开展职业技能培训": (">=", 1000.0, None, "人", "其中脱贫人口≥500人", None),      # main: `>=`, the text
        "组织专场招聘会": (">=", 3.0, None, "场次", "每场不少于50家企业", None),          # main: `>=`, the text
        "职业技能等级认定": ("=", 2000.0, None, "人次", None, None),                      # main: 2 千人次
        "发放培训生活补贴": (">=", 1500.0, None, "人", None, None),                       # main: 1.5 千人
        "培训合格率": (">=", 90.0, None, "%", "¹", None),
        "就业推荐率": (">=", 85.0, None, "%", "²", None),
        "培训课时偏差": ("range", 4.0, 6.0, "%", None, None),
        "培训任务完成时间": (None, None, None, None, None, "2025年11月底前"),
        "人均培训成本": ("<=", 1800.0, None, "元/人", None, None),
        "培训期间生活补贴标准": ("=", 300.0, None, "元/人/月", None, None),               # main: text
        "带动参训农民增收": (">=", 1000.0, None, "元", "人均增收", None),                  # main: text
        "培训后就业率": (">=", 70.0, None, "%", "其中脱贫人口不低于60%", None),           # main: all text
        "参训学员满意度": (">=", 90.0, None, "%", "不低于上年", None),                   # main: `>=`, the text
    }
    # main: both notes lost (`注：` alone, then `1.…` / `2.…` lines: no mark it knew)
    assert _notes(r) == {"培训合格率": "以人社部门职业技能等级认定结果为准", "就业推荐率": "以公共就业服务平台推荐登记为准"}
    assert warning_codes(r) == []


def test_summary_cells_parts_no_indicators(read):
    """A 2025 县级 目标汇总表, each project's indicators in one cell: a part after `，其中` is the qualifier of the target
    before it, no indicator of its own (main: indicators named `其中脱贫人口` and `其中学校`, the parts' targets theirs); a
    name closed by a figure in Chinese numerals (`补植苗木两千株`) is an item of its own as `补植苗木2000株` is."""
    r = read("ct_s43_tq_summary_cells.txt")
    assert [p["name"] for p in r.tables["projects"]] == ["农村劳动力职业技能培训", "公共机构节能改造", "农田防护林补植补造"]
    assert [(i["level3"], i["target_raw"], i["op"], i["value"], i["unit"], i["qualifier"])
            for i in r.tables["indicators"]] == [
        ("培训农村劳动力", "≥1000人，其中脱贫人口≥500人", ">=", 1000.0, "人", "其中脱贫人口≥500人"),
        ("培训合格率", "≥90%", ">=", 90.0, "%", None),
        ("培训后就业率", "≥70%", ">=", 70.0, "%", None),
        ("学员满意度", "≥90%", ">=", 90.0, "%", None),
        ("完成节能改造", "≥12家，其中学校≥5家", ">=", 12.0, "家", "其中学校≥5家"),
        ("年节约能源", "≥1200吨（标准煤）", ">=", 1200.0, "吨标准煤", None),            # main: 吨, 标准煤 the qualifier
        ("使用单位满意度", "≥90%", ">=", 90.0, "%", None),
        # a figure in Chinese numerals closing a name (main: one item named `补植苗木两千株，苗木成活率`)
        ("补植苗木", "两千株", "=", 2000.0, "株", None),
        ("苗木成活率", "≥85%", ">=", 85.0, "%", None),
        ("群众满意度", "≥90%", ">=", 90.0, "%", None),
    ]


def test_energy_self_eval_excel(read):
    """A 2024 自评表 in Excel: each target's unit the one its actual is written in (`两千株` | `2100株`,
    `≥1200吨（标准煤）` | `1265吨标准煤`)."""
    r = read("ct_s43_tq_energy_self_eval.xlsx")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["year"], p["budget_year"]) == (
        "公共机构节能改造及庭院绿化项目", "XX市机关事务管理局", "XX市公共机构节能中心", 2024, 2_600_000.0)
    assert _ind(r) == {
        "完成节能改造公共机构": (">=", 12.0, None, "家", "其中学校≥5家", None),          # main: `>=`, the text
        "补植庭院绿化苗木": ("=", 2000.0, None, "株", None, None),                       # main: 2 千株
        "改造工程验收合格率": ("=", 100.0, None, "%", None, None),
        "办公区冬季室内温度": ("range", 18.0, 22.0, "℃", None, None),
        "年节约能源": (">=", 1200.0, None, "吨标准煤", None, None),                      # main: 吨, 标准煤
        "年节约用电": (">=", 80.0, None, "万千瓦时", None, None),
        "干部职工满意度": (">=", 90.0, None, "%", None, None),
    }
    assert [i["actual_raw"] for i in r.tables["indicators"]][:2] == ["12家，其中学校6家", "2100株"]
    assert warning_codes(r) == []


def test_greening_units_docx(read):
    """A 2025 目标申报表 in Word, 指标值 | 计量单位: a thousand and a mass's gloss in the unit cell, numbered notes in
    paragraphs under the table (`注：` over `1.…` over `2.…`)."""
    r = read("ct_s43_tq_greening_units.docx")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["year"], p["budget_year"]) == (
        "城区绿化提升及林木管护项目", "XX区园林绿化局", "XX区园林绿化服务中心", 2025, 6_400_000.0)
    assert _ind(r) == {
        "新植行道树": ("=", 2000.0, None, "株", None, None),                            # main: 2 千株
        "林木管护面积": (">=", 3.2, None, "万亩", "含补植", None),
        "开展森林防火宣传": (">=", 1500.0, None, "人次", None, None),                    # main: 1.5 千人次
        "新植苗木成活率": (">=", 95.0, None, "%", "¹", None),
        "病虫害成灾率": ("<=", 3.0, None, "‰", "²", None),
        "苗木栽植完成时间": (None, None, None, None, None, "2025年4月底前"),
        "年固碳释氧折合节约能源": (">=", 1200.0, None, "吨标准煤", None, None),          # main: 吨, 标准煤
        "周边居民满意度": (">=", 90.0, None, "%", None, None),
    }
    # main: both notes lost
    assert _notes(r) == {"新植苗木成活率": "以次年春季成活率抽样调查结果为准", "病虫害成灾率": "以区林业有害生物防治检疫站监测数据为准"}


def test_numbered_footnotes_in_one_line():
    """`注：1.以…为准；2.以…为准` in one line: each numbered note joined to the target its mark (`¹`, `注2`, `[3]`)
    follows (main: none joined, only `①` / `注1：` forms)."""
    from parsers.tables import join_footnotes
    recs = [{"target_raw": "≥90%¹"}, {"target_raw": "≥85%注2"}, {"target_raw": "≥95%[3]"}, {"target_raw": "≥2.5%"}]
    assert join_footnotes(recs, "注：1.以认定结果为准；2.以平台登记为准；3、以抽查为准。")
    assert [r.get("note") for r in recs] == ["以认定结果为准", "以平台登记为准", "以抽查为准", None]
    # a number in a note's text is no mark (`以2.5%为准`), nor a line of no lead
    recs = [{"target_raw": "≥90%¹"}]
    assert not join_footnotes(recs, "1.以认定结果为准")
    assert recs[0].get("note") is None

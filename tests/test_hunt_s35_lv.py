"""Hunt LV (session 35): faults the last session's hunts left open — a report's prose chapter and schedule, level
names cut over lines in a dump, a 考核等次 scale, funding lines that break down the fiscal part. Inputs in
tests/fixtures/review/ct_s35_lv_*; each test asserts what the form shows."""
import json

import pytest

from jixiao import checks


def _levels(r):
    return [(i["level1"], i["level2"], i["level3"], i["target_raw"]) for i in r.tables["indicators"]]


def _unparsed(r):
    return [w["message"] for w in r.tables.get("warnings", []) if w["code"] == "unparsed_row"]


def _other(r):
    of = r.tables["projects"][0]["other_fields"]
    return json.loads(of) if isinstance(of, str) else (of or {})


def test_level2_cut_inside_word(read):
    # `服务对象满` over `意度指标` in the level-2 column of a dump: one level name, no indicator `意度指标`
    r = read("ct_s35_lv_level2_cut_mid_word.txt")
    assert _levels(r) == [
        ("产出指标", "数量指标", "补助养老服务站点数", "20个"),
        ("产出指标", "质量指标", "服务达标率", "≥95%"),
        ("效益指标", "社会效益指标", "受益老年人数", "≥3000人"),
        ("效益指标", "可持续影响指标", "服务站持续运营年限", "≥3年"),
        ("满意度指标", "服务对象满意度指标", "老年人满意度", "≥90%")]


def test_level_over_three_lines_and_name_wrapped(read):
    # `服务对象` / `满意度` / `指标`; `指标 | 指标 | 面貌 |` (the labels' ends with the name's) under `村庄环境卫生`
    r = read("ct_s35_lv_level_three_lines_name_wrap.txt")
    assert _levels(r) == [
        ("产出指标", "数量指标", "清运生活垃圾", "≥8000吨"),
        ("产出指标", "时效指标", "垃圾日产日清率", "100%"),
        ("效益指标", "生态效益指标", "村庄环境卫生面貌", "明显改善"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥85%")]
    assert not any(w["code"] == "target_missing" for w in r.tables["warnings"])


def test_schedule_of_time_and_content_is_the_plan(read):
    # a 实施方案's 进度安排 table `时间 | 工作内容`: the plan, not four unparsed rows
    r = read("ct_s35_lv_schedule_time_content.docx")
    assert len(r.tables["projects"]) == 1
    plan = r.tables["projects"][0]["plan"]
    assert plan == "2024年1-3月 完成项目初步设计和招标；2024年4-9月 组织工程施工；2024年10-12月 完成竣工验收"
    assert not _unparsed(r)


@pytest.mark.parametrize("name", ["ct_s35_lv_prose_chapter_budget_table.docx",
                                  "ct_s35_lv_prose_chapter_budget_table.pdf"])
def test_prose_chapter_with_budget_table_is_the_forms_project(read, name):
    # `（一）项目名称：某镇农村生活污水治理项目（2024年）` with a 预算明细表 under it, the form further on: one project
    r = read(name)
    assert [p["name"] for p in r.tables["projects"]] == ["某镇农村生活污水治理项目"]
    p = r.tables["projects"][0]
    assert p["leader"] == "张伟" and p["budget_year"] == 4500000.0
    assert p["budget_total"] == 4500000.0              # `（三）项目总投资：450万元。`, the sentence's full stop after it
    assert "2024年3月 完成设计和招标" in p["plan"]
    assert sorted(b["amount"] for b in r.tables["budget_items"] if b["kind"] == "composition") == \
        [300000.0, 1200000.0, 3000000.0]
    assert not _unparsed(r)


def test_last_sessions_prose_chapter_fixture_one_project(read):
    r = read("ct_s34_bx_cover_and_prose_names.docx")
    assert [p["name"] for p in r.tables["projects"]] == ["职业技能提升培训项目"]
    p = r.tables["projects"][0]
    assert p["leader"] == "王某某" and p["budget_year"] == 1200000.0
    assert "组织实施培训 培训人数≥500人" in p["plan"]
    assert "组织实施培训" not in _other(r)


@pytest.mark.parametrize("name, want", [
    ("ct_s35_lv_grade_scale_row.txt", "优秀：90分（含）以上；良好：80-89分；合格：60-79分；不合格：60分以下"),
    ("ct_s35_lv_grade_scale_table.txt", "优秀：≥90分；良好：80-89分；合格：60-79分；不合格：<60分"),
    ("ct_s35_lv_grade_scale_captioned.docx", "优秀：90分及以上；良好：80分（含）-90分；合格：60分（含）-80分；"
                                             "不合格：60分以下，扣减下年度预算"),
])
def test_grade_scale_in_other_fields(read, name, want):
    r = read(name)
    assert _other(r)["考核等次"] == want
    assert not _unparsed(r)
    # (its 得分 column: assessment_items.score since schema 11, hunt s39 as; hunt LK named it in a warning, partial)
    if name == "ct_s35_lv_grade_scale_table.txt":
        assert [a["score"] for a in r.tables["assessment_items"]] == [38.0, 27.0, 29.0]
    assert r.document["status"] == "ok"
    assert len(r.tables["assessment_items"]) == 3
    assert "不合格" not in _other(r)


def test_fiscal_parts_in_the_totals_unit(read):
    # `年度资金总额（万元） | 100` over `其中：财政拨款 | 70` and its `| 中央补助 | 40`: 40 万元, not 40 元
    r = read("ct_s35_lv_fiscal_parts_unit.txt")
    assert sorted((b["name"], b["amount"]) for b in r.tables["budget_items"] if b["kind"] == "source") == \
        [("中央补助", 400000.0), ("省级补助", 300000.0)]
    assert not checks.run_checks(r.tables)[0]


def test_fiscal_parts_not_counted_twice(read):
    # the fiscal part's own sources are no third source added to it: 700,000 of 1,000,000, not 1,400,000
    r = read("ct_s35_lv_fiscal_parts_gap.txt")
    msgs = [f["message"] for f in checks.run_checks(r.tables)[0] if f["code"] == "fiscal_total_gap"]
    assert len(msgs) == 1 and "is 700,000 元 of" in msgs[0] and "300,000 元 have no stated source" in msgs[0]


def test_page_break_cuts_level2(read):
    # guard: `服务对象满意度指` on page 1, `标` on page 2, the level-1 and level-2 cells merged over the break
    r = read("ct_s35_lv_page_break_level_cut.pdf")
    got = _levels(r)
    assert len(got) == 13
    assert got[-1] == ("满意度指标", "服务对象满意度指标", "居民用水满意度", "≥90%")
    assert got[7] == ("产出指标", "质量指标", "管网漏损率", "≤9%")

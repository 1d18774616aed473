"""Review rv90 (session 62) of hunt tg23: its rules tried on near shapes, a regression and a twin mended.

- a seal's noun named in a project's own words is no stamp's place (`印章管理方式 | 集中制发…`, `建设规模 | …制发电子印章
  1500枚`): kept in other_fields — forms._NOT_KEPT_LABEL took SEAL_WORDS whole in tg23 and dropped them, 印章 anywhere;
  the seal's nouns now only at the text's end or opening a bracket, its verbs (盖章, 签章) anywhere as before;
- an age bound's `（含）` before 以内 opens a name as before 以上 / 以下 (`3周岁（含）以内儿童健康管理率≥85%`);
- a 评分表 of one column of the unit's own scores headed `单位评分` / `部门打分` (SELF_SCORE's, tg23): the score table, as
  a lone `财政评分` column is (it was a blank_form, the table lost);
- the count names of a long name before a comparison one list with parsers.forms' row labels counting things
  (normalize.targets COUNT_NAME_END): `新建标准化村级卫生室个数≥6个` reads, `扶持企业家数 | 12 | 8 | 20` under source
  heads is a count (it was kept as `20万元`).

Fixtures ct_s62_rv90_* from make_s62_rv90.py. Expected readings written by hand before jixiao was run."""
from __future__ import annotations

import datetime as dt

import pytest

from normalize.targets import Target, split_target
from tests.hunt_tools import budget_lines, only_project, other_fields, warning_codes

D = dt.date
W = 10_000


def _ind(r) -> dict:
    return {i["level3"]: (i["op"], i["value"], i["unit"], i["qualifier"], i["target_text"])
            for i in r.tables["indicators"]}


# ------------------------------------------------------------------ a seal named in the project's own words

def test_seal_in_a_projects_own_words_kept(read):
    """main: `建设规模` and `印章管理方式` dropped as stamp places (印章 anywhere in label or value), unparsed rows."""
    r = read("ct_s62_rv90_eseal.txt")
    p = only_project(r)
    of = other_fields(p)
    assert of.get("建设规模") == "建设电子印章平台1个，为全市各部门制发电子印章1500枚"
    assert of.get("印章管理方式") == "集中制发、统一备案、分级使用"
    assert "unparsed_row" not in warning_codes(r)
    # kept: the stamp's places spaced out no value (tg23's), the project's own fields
    assert p["fill_date"] == D(2024, 3, 5)
    assert not [k for k in of if "填报日期" in k or "盖" in k or "签章" in k]
    assert (p["name"], p["unit"]) == ("政务服务电子印章系统建设", "长沙市数据资源管理局")


# ------------------------------------------------------------------ names opening with an age bound, count names

def test_age_bound_within_and_count_names(read):
    """main: `3周岁（含）以内…` and `…卫生室个数≥6个` text."""
    got = _ind(read("ct_s62_rv90_age_within.txt"))
    assert got["婴幼儿健康管理率"] == (">=", 85.0, "%", "3周岁(含)以内儿童健康管理率", None)
    assert got["卫生室建设"] == (">=", 6.0, "个", "新建标准化村级卫生室个数", None)
    # kept: tg23's count names and age bounds, a short age name
    assert got["签约机构"] == (">=", 4.0, "家", "参与家庭医生签约民营机构家数", None)
    assert got["老年人体检"] == (">=", 3000.0, "人", "65岁(含)以上老年人体检人数", None)
    assert got["儿童管理率"] == (">=", 90.0, "%", "0-6岁儿童健康管理率", None)
    assert got["群众满意度"] == (">=", 90.0, "%", None, None)
    # kept text: a sentence of a means and a result ending in 个数 (the clause guard of the long names)
    assert split_target("通过培训提高合格村医个数≥30个").target_text == "通过培训提高合格村医个数≥30个"


@pytest.mark.parametrize("raw,want", [
    ("6岁（含）以内儿童健康管理率≥85%", Target(">=", 85.0, None, "%", "6岁(含)以内儿童健康管理率", None)),
    ("辖区内建成村级综合服务站个数不少于12个", Target(">=", 12.0, None, "个", "辖区内建成村级综合服务站个数", None)),
])
def test_age_within_and_count_names_split(raw, want):
    assert split_target(raw) == want


# ------------------------------------------------------------------ a lone column of the unit's own scores

def test_lone_unit_score_column(read):
    """main: a blank_form, no project (the `单位评分` column no score head alone)."""
    r = read("ct_s62_rv90_unit_score_alone.txt")
    p = only_project(r)
    assert p["score"] == 94
    assert [(x["weight"], x["score"]) for x in r.tables["scores"]] == [(10, 10), (20, 19), (25, 23), (15, 15), (30, 27)]
    assert "blank_form" not in warning_codes(r)


# ------------------------------------------------------------------ a money row counting firms

def test_firms_counted_under_source_heads(read):
    """main: `扶持企业家数` kept as `20万元` (家数 no count word of parsers.forms')."""
    r = read("ct_s62_rv90_firm_count.txt")
    p = only_project(r)
    assert other_fields(p).get("扶持企业家数") == "中央：12；省级：8；合计：20"
    assert p["budget_total"] == 500 * W
    assert budget_lines(r) == [(None, "中央", 300 * W, "source"), (None, "省级", 200 * W, "source")]


# ------------------------------------------------------------------ left

def test_expert_score_line_left(read):
    """Left here, read since hunt tg25: `专家评分：95` under 总分 the form's score, the 总分 kept aside."""
    p = only_project(read("ct_s62_rv90_expert_line.txt"))
    assert p["score"] == 95 and "总分" in other_fields(p)

"""Review ra (session 39): the session's merged rules (hunt as: assessment score / part_no / score_note /
explanation, 权重 as points, 扣分项 in 分值, figure sections; hunt tg: change ranges, 及以内, 万分之, 3A级, 100%按时发放,
a one-cell year target's target_year, 目标值（2024年）, a bare unit in 备注, a comparison word in 计量单位) tried on forms
other than their own fixtures. Every expectation was written by hand from the form before jixiao was run; where main
(merged, before this review) differed it is said beside the assertion."""
from __future__ import annotations

def _ind(r) -> dict:
    return {i["level3"]: (i["op"], i["value"], i["value_max"], i["unit"], i["qualifier"], i["note"])
            for i in r.tables["indicators"]}


def _items(r) -> list[tuple]:
    return [(a["seq"], a["part_no"], a["content"], a["points"], a["kind"], a["requirement"], a["score"])
            for a in r.tables["assessment_items"]]


def _warn(r, code="unplaced_cell") -> list[str]:
    return [w["message"] for w in r.tables["warnings"] if w["code"] == code]


# ---- targets ----

def test_unit_suffix_after_a_nature_column(read):
    # 指标性质 ≥ | 指标值 | 计量单位 `公里以上`: the comparison is read once, the unit bare (start: unit `公里以上`)
    got = _ind(read("ct_s39_ra_unit_suffix_with_op.txt"))
    assert got["养护里程"] == (">=", 320.0, None, "公里", None, None)
    assert got["优良路率"] == (">=", 80.0, None, "%", None, None)
    assert got["病害处治时间"] == ("<=", 7.0, None, "天", None, None)
    assert got["每公里养护成本"] == ("<=", 8000.0, None, "元", None, None)     # (0.8万元, 万元 read as 元)
    assert got["沿线群众满意度"] == (">=", 90.0, None, "%", None, None)   # (`≥ | 90% | 以上`: one ≥, no double)
    assert got["群众出行条件"][1] is None


def test_unit_bracket_date_and_change_range(read):
    got = _ind(read("ct_s39_ra_unit_bracket_and_date.txt"))
    assert got["组织参加境内展会"][:2] == ("=", 6.0)                  # `次（省内）`: no comparison taken from 内
    assert got["资金兑付时间"][1] is None                              # `2024年12月 | 年内`: no number 2024
    assert got["出口额增长"] == ("range", 5.0, 8.0, "%", "同比增长", None)   # (start: no value)


def test_note_unit_and_note_words(read):
    got = _ind(read("ct_s39_ra_note_words_and_units.txt"))
    assert got["救助人次"] == (">=", 12000.0, None, "人次", None, None)
    assert got["资助参保人数"][:2] == (">=", 8600.0) and got["资助参保人数"][5] == "县级"    # a word, kept a note
    assert got["救助资金拨付时限"] == ("<=", 15.0, None, "工作日", None, None)   # (merged main: unit None, note 工作日)
    assert got["人均救助标准"] == ("<=", 1500.0, None, "元/人", None, None)
    assert got["因病致贫返贫户数"] == ("=", 0.0, None, "户", None, None)
    assert got["救助对象满意度"][:2] == (">=", 90.0) and got["救助对象满意度"][5] == "无"


def test_note_beside_a_unit_column_stays_a_note(read):
    got = _ind(read("ct_s39_ra_note_beside_unit_col.txt"))
    assert got["生均补助标准"] == ("=", 5.0, None, "元/天", None, "国家标准")
    assert got["家长满意度"] == ("=", 90.0, None, "%", None, "问卷")


def test_chinese_fractions(read):
    got = _ind(read("ct_s39_ra_cn_fractions.txt"))
    # 十万分之十五: no 15‱ (nor 1015‱) read from its 万分之, but 15 per 10万, as `≤15/10万` (it was text; hunt tg5)
    assert got["孕产妇死亡率"] == ("<=", 15.0, None, "/10万", None, None)
    assert got["婴儿死亡率"] == ("<=", 5.0, None, "‰", None, None)
    assert got["出生缺陷发生率"] == ("<=", 5.0, None, "‱", None, None)


def test_year_cell_and_a_change_over_a_base_year(read):
    r = read("ct_s39_ra_year_cell_and_basis_year.txt")
    got = _ind(r)
    assert got["快递进村覆盖率"] == (">=", 90.0, None, "%", "2024年", "2025年：≥95%")
    ty = {i["level3"]: i["target_year"] for i in r.tables["indicators"]}
    assert ty["快递进村覆盖率"] == 2024
    # `较2023年增长10%以上`: as `较上年增长10%以上` (main: no value); 2023 the base year, no target_year
    assert got["农村网络零售额"] == (">=", 10.0, None, "%", "较2023年增长", None)
    assert ty["农村网络零售额"] is None
    assert got["项目完工时间"][1] is None


def test_full_period_column_beside_a_year_head(read):
    r = read("ct_s39_ra_full_period_and_year_head.txt")
    assert r.tables["projects"][0]["year"] == 2024
    got = _ind(r)
    assert got["建设高标准农田面积"] == ("=", 2.0, None, "万亩", None, "全周期目标值：6万亩")
    assert got["亩均增产粮食"][:4] == (">=", 50.0, None, "公斤")


def test_weight_column_of_an_indicator_table(read):
    r = read("ct_s39_ra_weight_in_indicator_table.txt")
    assert r.tables["assessment_items"] == []                     # 权重 heads no assessment table here
    assert [i["weight"] for i in r.tables["indicators"]] == [20.0, 15.0, 15.0, 10.0, 20.0, 20.0]
    assert _ind(r)["救助资金按月发放率"] == ("=", 100.0, None, "%", "按时发放", None)   # (start: no value)


def test_change_ranges_and_done_words(read):
    got = _ind(read("ct_s39_ra_change_ranges_done_words.txt"))
    assert got["资金足额拨付率"] == ("=", 100.0, None, "%", "足额拨付", None)
    assert got["资金兑现时间"] == ("<=", 30.0, None, "个工作日", None, None)
    assert got["工业投资增速"] == ("range", 8.0, 10.0, "%", "同比增长", None)
    assert got["单位工业增加值能耗"] == ("range", 2.0, 3.0, "个百分点", "较上年下降", None)
    assert got["规上工业增加值"][:2] == ("=", 5.0)  # (hunt s55 tg13: a change and its bare figure, `=`; was text)
    assert got["创建国家4A级旅游景区"] == ("=", 1.0, None, "个", None, None)


def test_time_suffix_in_unit_cells(read):
    got = _ind(read("ct_s39_ra_unit_time_suffix.txt"))
    assert got["新申请审核时限"] == ("<=", 10.0, None, "个工作日", None, None)
    assert got["残疾人满意度"] == (">=", 90.0, None, "%", None, None)
    assert got["资金拨付完成时间"][1] is None                   # `2024 | 年内`: no ≤2024
    assert got["补贴发放时间"][1] is None


def test_docx_year_head_and_unit_suffix(read):
    r = read("ct_s39_ra_year_unit.docx")
    assert r.tables["projects"][0]["year"] == 2024
    got = _ind(r)
    assert got["运维污水处理站"] == ("=", 32.0, None, "座", None, None)
    assert got["出水水质达标率"] == (">=", 95.0, None, "%", None, None)
    assert got["故障处置时限"] == ("<=", 48.0, None, "小时", None, None)
    assert got["周边群众满意度"] == (">=", 90.0, None, "%", None, None)


# ---- assessment tables ----

def test_scoring_basis_is_the_rule(read):
    # 序号 | 考核内容 | 分值 | 评分依据 | 得分: 评分依据 is the rule (merged main: the rules in score_note, requirement empty;
    # start: requirement empty, the column dropped)
    r = read("ct_s39_ra_scoring_basis_head.txt")
    got = _items(r)
    assert [x[5] for x in got] == ["未签订目标责任书扣5分，未召开专题会议扣5分",
                                   "空气质量优良天数比例未完成目标的，每低1个百分点扣2分", "国控断面水质未达标的不得分",
                                   "每发生1起扣5分"]
    assert all(a["score_note"] is None for a in r.tables["assessment_items"])
    assert [x[6] for x in got] == [10.0, 16.0, 20.0, 0.0]
    assert [x[4] for x in got] == ["base", "base", "base", "penalty"]


def test_kind_word_under_content_keeps_the_row(read):
    # `3 | 信访工作 | 扣分项 | (empty 权重) | 每起扣2分 | 扣2分` (merged main: 扣分项 taken for the points, the row lost
    # as unparsed_row `3`)
    r = read("ct_s39_ra_weight_parts.xlsx")
    got = _items(r)
    assert [(x[2], x[3], x[6]) for x in got] == [("刑事案件发案率同比下降", 10.0, 9.0), ("群众安全感测评", 10.0, 10.0),
                                                ("网格化管理全覆盖", 15.0, 15.0), ("扣分项", 2.0, -2.0)]
    # (review fa: the item whose text is `扣分项` alone is a penalty item, its points the rule's 2 a time, as any
    # `每起扣2分` penalty item's; before, kind base, and its `扣2分` read as −2 only because base items were read so)
    assert got[3][4] == "penalty"
    assert got[3][5] == "发生赴京非访的每起扣2分"
    assert not _warn(r, "unparsed_row")


def test_figure_sections_beside_plain_items(read):
    got = [(a["section"], a["content"], a["points"]) for a in read("ct_s39_ra_figure_sections_mixed.txt").tables["assessment_items"]]
    assert got == [(None, "安全生产责任落实", 15.0), ("隐患排查治理", "重大隐患整改销号", 15.0),
                   ("隐患排查治理", "一般隐患整改率达到95%以上", 10.0), (None, "应急管理", 10.0),
                   (None, "安全生产事故控制", 20.0)]


def test_kind_sections_and_signed_scores(read):
    got = _items(read("ct_s39_ra_kind_sections_scores.txt"))
    assert [(x[4], x[6]) for x in got] == [("base", 18.0), ("base", 20.0), ("bonus", 2.0), ("penalty", -2.0)]


def test_plain_score_head_explanation_weight(read):
    r = read("ct_s39_ra_score_col_explanation.txt")
    items = r.tables["assessment_items"]
    assert [(a["points"], a["score"], a["explanation"]) for a in items] == [
        (30.0, 28.0, "按目录公开政府信息"), (30.0, 30.0, "依法按时答复"), (20.0, None, "重要政策同步解读"),
        (20.0, 19.5, "网站栏目规范")]
    assert any("待核定" in m for m in _warn(r))


def test_parts_in_a_content_column(read):
    got = [(a["section"], a["part_no"], a["content"]) for a in read("ct_s39_ra_parts_in_content_col.txt").tables["assessment_items"]]
    assert got == [("组织建设", 1, "按期完成社区“两委”换届"), ("组织建设", 2, "规范党组织设置"),
                   ("党员教育", 1, "开展“三会一课”"), ("党员教育", 2, "党员年度培训全覆盖"),
                   ("作风建设", None, "落实中央八项规定精神")]


def test_bracket_numbers_as_running_items(read):
    got = [(a["seq"], a["part_no"], a["points"]) for a in read("ct_s39_ra_bracket_numbers_as_items.txt").tables["assessment_items"]]
    assert got == [(1, None, 5.0), (2, None, 5.0), (3, None, 10.0)]

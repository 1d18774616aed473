"""Hunt pr11 (session 69): label/value pairs and sign-off lines — persons, posts, days, phones, opinions (fixtures
ct_s69_pr11_*, from tests/fixtures/review/make_s69_pr11.py: a Hunan county's 农村公路养护 绩效目标申报表 of 2024 with
six indicators, each tail a sign-off; each reading written down by hand before jixiao was run).

Decided:
- a sign-off's labels line over names that pair with none of them (`填报人  审核人  单位负责人` over `李娟  王强`, in a
  dump or a PDF's text lines) is said in an `unparsed_row` naming them (they were dropped with no word: rv160's left);
- one opinion word among the names (`李娟  同意  赵敏`, a line or cells) is no name: the others pair with their labels
  (the contact 李娟, `单位负责人：赵敏`), the word said in an `unplaced_cell` (every name was lost, an unparsed_row);
- _labels_over_names' and _signoff_labels_line's gate is a label test of the row's first word (no `人` / `领导`
  substring): officers' posts alone in cells over names (`办公室主任 | 财务科长 | 分管副局长` over three names) are
  the sign-off's (they were an indicator `财务科长` of target `分管副局长` and one `欧阳明华` of target `刘卫平`);
- a post over a two-character word target (`院长 | 轮训`) or an `应…尽…` target (`站长 | 应训尽训`) is an indicator's
  (both were sign-off pairs in other_fields, the indicators lost);
- a signer and a day in one cell (`填报人 | 李娟 2024.3.12`): the contact and the fill_date, a role's day under its
  day label (`单位负责人日期`) — the name and day were kept whole under the label, no contact;
- a role's phone after its name (`单位负责人：钟国平（0731-4821001）`): the name, `单位负责人电话` apart (kept whole);
- an opinion's words then a blank and a day, no signer (`主管部门审核意见 | 同意申报。 2024年3月13日`): the words, the
  day under `主管部门审核日期` (kept inside the opinion).
Kept: a two-column block `单位负责人 | 张建军 | 财务负责人 | 李秀英` with the filer's phone and days; `经办人：李娟139…`
(the contact, the phone beside the form's under `联系人电话`); `（盖章）` after the unit's name in its cell or on the
seal's line (the name alone); a post's duty row (`办公室主任 | 负责资料收集`) kept under the post as written (a foot's
pair, as pr10 left it: no person's reading is given to it, the value is the form's words).
Left: a post's duty row is not told apart from a person's name by any test of its own.
"""
from __future__ import annotations

import datetime

from tests.hunt_tools import indicator_targets, only_project, other_fields, warning_codes

P = "ct_s69_pr11_"
LEVEL3 = ["日常养护里程", "优良中等路率", "养护资金拨付及时率", "群众出行条件", "养护长效机制", "沿线群众满意度"]


def _project(r, level3: list[str] = LEVEL3) -> dict:
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"]) == ("安仁县农村公路日常养护项目", "安仁县交通运输局", "安仁县公路建设养护中心")
    assert [t[2] for t in indicator_targets(r)] == level3
    assert p["budget_year"] == 5200000 and p["leader"] == "谭志刚"
    return p


def _messages(r, code: str) -> list[str]:
    return [w["message"] for w in r.tables["warnings"] if w["code"] == code]


def test_names_pairing_with_no_label_are_said(read):
    r = read(P + "names_unpaired.txt")
    p = _project(r)
    assert p["contact"] is None and other_fields(p) == {}
    assert p["fill_date"] == datetime.date(2024, 3, 12)
    assert any("李娟" in m and "王强" in m for m in _messages(r, "unparsed_row"))    # BASE: no warning


def test_pdf_names_pairing_with_no_label_are_said(read):
    r = read("ct_s68_rv160_unequal_line.pdf")
    assert only_project(r)["contact"] is None
    assert any("李娟" in m and "王强" in m for m in _messages(r, "unparsed_row"))    # BASE: no warning


def test_one_opinion_word_among_names(read):
    for stem in ("opinion_among_names.txt", "opinion_among_cells.txt"):
        r = read(P + stem)
        p = _project(r)
        # BASE: contact None, {}, the names' row an unparsed_row
        assert p["contact"] == "李娟" and other_fields(p) == {"单位负责人": "赵敏"}
        assert "unparsed_row" not in warning_codes(r)
        assert any("同意" in m for m in _messages(r, "unplaced_cell"))


def test_posts_alone_over_names(read):
    r = read(P + "posts_over_names.txt")
    p = _project(r)                  # BASE: two more indicators, `财务科长` and `欧阳明华`
    assert other_fields(p) == {"办公室主任": "陈晓东", "财务科长": "欧阳明华", "分管副局长": "刘卫平"}
    assert p["contact"] is None


def test_labels_line_gate_is_a_label_test():
    from parsers.forms import _signoff_labels_line
    assert _signoff_labels_line("办公室主任  财务科长  分管副局长")
    assert _signoff_labels_line("填报人  审核人  单位负责人")
    assert not _signoff_labels_line("受益人口  覆盖人群")
    assert not _signoff_labels_line("单位负责人")
    assert not _signoff_labels_line("单位负责人：张三  财务负责人：李四")


def test_short_word_targets_under_posts(read):
    r = read(P + "post_word_targets.txt")
    p = _project(r, LEVEL3[:1] + ["乡镇道班院长", "养护站站长"] + LEVEL3[1:])
    assert other_fields(p) == {}     # BASE: {"乡镇道班院长": "轮训", "养护站站长": "应训尽训"}
    got = {i["level3"]: (i["level1"], i["level2"], i["target_raw"]) for i in r.tables["indicators"]}
    assert got["乡镇道班院长"] == ("产出指标", "数量指标", "轮训")
    assert got["养护站站长"] == ("产出指标", "数量指标", "应训尽训")


def test_gate_words():
    from parsers.core import no_person_under
    assert no_person_under("院长", "轮训") and no_person_under("站长", "达标") and no_person_under("站长", "应训尽训")
    assert not no_person_under("办公室主任", "王强") and not no_person_under("财务科长", "应勇")
    assert not no_person_under("单位负责人", "陈加强")


def test_duty_row_kept_as_written(read):
    p = _project(read(P + "duty_row.txt"))
    assert other_fields(p) == {"办公室主任": "负责资料收集", "单位负责人": "钟国平"}


def test_signer_and_day_in_one_cell(read):
    p = _project(read(P + "signer_day_cell.txt"))
    # BASE: contact None, no fill_date, {"单位负责人": "钟国平 2024.3.15", "填报人": "李娟 2024.3.12"}
    assert (p["contact"], p["fill_date"]) == ("李娟", datetime.date(2024, 3, 12))
    assert other_fields(p) == {"单位负责人": "钟国平", "单位负责人日期": "2024.3.15"}


def test_phones_after_signers_names(read):
    p = _project(read(P + "clerk_phone.txt"))
    # BASE: {"单位负责人": "钟国平（0731-4821001）", …}
    assert (p["contact"], p["phone"]) == ("李娟", "0731-4821234")
    assert other_fields(p) == {"单位负责人": "钟国平", "单位负责人电话": "0731-4821001", "联系人电话": "13907310001"}


def test_opinions_with_their_days(read):
    p = _project(read(P + "opinion_days.txt"))
    # BASE: the days kept inside the opinions
    assert other_fields(p) == {"主管部门审核意见": "同意申报。", "主管部门审核日期": "2024年3月13日",
                               "财政部门审核意见": "不同意，资金来源未落实。", "财政部门审核日期": "2024年3月18日"}


def test_two_column_block(read):
    p = _project(read(P + "two_column_block.txt"))
    assert (p["contact"], p["phone"], p["fill_date"]) == ("王丽", "0731-4825678", datetime.date(2024, 3, 12))
    assert other_fields(p) == {"单位负责人": "张建军", "财务负责人": "李秀英", "项目负责人电话": "0731-4821234",
                               "审核日期": "2024年3月13日"}


def test_seal_beside_the_units_name(read):
    for stem in ("seal_unit.txt", "seal_only.txt"):
        p = _project(read(P + stem))
        assert other_fields(p) == {"单位负责人": "钟国平"}

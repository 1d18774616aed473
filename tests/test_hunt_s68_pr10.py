"""Hunt pr10 (session 68): label/value pairs and sign-off lines — people, posts, phones, days, 审核意见 (fixtures
ct_s68_pr10_*, from tests/fixtures/review/make_s68_pr10.py; each reading written down by hand before jixiao was run).

Decided:
- one gate for a person's label and its value, parsers.core's no_person_under, asked by parsers.forms' sign-off pairs
  and extract.txt's person labels (md67 gated the forms' only): under a post, 负责人 or 领导 a word target
  (`乡镇卫生院院长 | 全部轮训`, `村卫生室负责人 | 全部培训`, blank merged levels before them) is an indicator's, no
  sign-off pair (they went to other_fields, the indicators lost), and in an OCR'd flattened text `全部 轮训` under such a
  name is no list of people (it was kept spaced and read as a name and a target);
- an officer of no signing word closing an opinion (`同意申报。分管领导：赵立新`, its day after it) is its signer, as
  `审核人：` is (it stayed in the opinion);
- a placeholder where a signer goes (`财务负责人：XXX`, `填报人：＿＿＿＿`) names nobody (`XXX` was kept), and a fill day
  cut over cells (`填报日期： | 2025年 | 2月 | 20日`) is one day (its year was kept alone in other_fields);
- a sign-off person's day past one blank (`填报人：李娟 2025年2月18日`) is off the name: the filer's the fill_date, a
  role's under the opinion's signer's label (`审核日期`, `单位负责人日期`) — it was kept in the contact and the names;
- a mobile in its groups (`139 0797 0001`) one number, `13907970001`, beside the contact's name too (`李娟 139 0797
  0001`: the contact and the phone; the leader's beside the form's phone kept as `项目负责人电话`); two phones a line each in a workbook's cell
  (`13907970001⏎0797-6221234`) two numbers, `13907970001，0797-6221234` (they were one of 19 digits: rv148's note);
- `单位地址：… | 邮政编码：…` under the indicator table in a dump's cells is the sign-off's (it was an indicator).
Kept: a phone with its extension as written; `联系人及电话 | 李娟 13907970001`; `电子邮箱` in other_fields; 单位负责人 /
财务负责人 / 经办人 in one row; a sign-off block in two columns; two people one blank apart (`李娟 张敏`) in a flattened
text; a post's duty row (`办公室主任 | 负责资料收集和报送`) kept under the post as written — a foot's pair, no indicator
(read as no person's by the gate it became an indicator of no target: left as it was).
Left: a post's duty row is still kept as its label's value, not told apart from a person's name.
"""
from __future__ import annotations

import datetime

from tests.hunt_tools import indicator_targets, only_project, other_fields, warning_codes

P = "ct_s68_pr10_"
NAME, DEPT, UNIT = "于都县基层医疗卫生机构能力提升项目", "于都县卫生健康委员会", "于都县基层卫生服务指导中心"
LEVEL3 = ["培训基层医务人员", "培训考核合格率", "基层就诊率", "患者满意度"]


def _project(r, level3: list[str] = LEVEL3) -> dict:
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"]) == (NAME, DEPT, UNIT)
    assert [t[2] for t in indicator_targets(r)] == level3
    assert p["budget_year"] == 3600000 and p["leader"] == "刘建华"
    return p


# ------------------------------------------------------------------ one gate: posts beside word targets

def test_post_named_indicators_with_word_targets(read):
    r = read(P + "post_word_targets.txt")
    p = _project(r, ["培训基层医务人员", "乡镇卫生院院长", "培训考核合格率", "基层就诊率", "村卫生室负责人", "患者满意度",
                     "乡镇卫生院负责人满意度"])
    # BASE: {"乡镇卫生院院长": "全部轮训", "村卫生室负责人": "全部培训"}, two indicators lost
    assert other_fields(p) == {}
    got = {i["level3"]: (i["level1"], i["level2"], i["target_raw"]) for i in r.tables["indicators"]}
    assert got["乡镇卫生院院长"] == ("产出指标", "数量指标", "全部轮训")
    assert got["村卫生室负责人"] == ("效益指标", "社会效益指标", "全部培训")
    assert "unparsed_row" not in warning_codes(r)


def test_flattened_word_target_under_a_post_is_no_people(read):
    r = read(P + "flat_post_word.txt")
    p = only_project(r)
    # BASE: {"乡镇卫生院院长": "全部 轮训"} (kept spaced as a list of people, then a sign-off pair)
    got = {i["level3"]: i["target_raw"] for i in r.tables["indicators"]}
    assert got.get("乡镇卫生院院长") == "全部轮训"
    assert p["contact"] == "李娟 张敏" and other_fields(p) == {}


def test_one_gate_for_both_readers():
    from extract.txt import _person_label
    from parsers.core import no_person_under
    assert no_person_under("乡镇卫生院院长", "全部轮训") and no_person_under("村卫生室负责人", "明显提升")
    assert no_person_under("培训中小学校长", "≥150人") and not no_person_under("单位负责人", "2025年2月20日")
    assert not any(no_person_under(lab, v) for lab, v in (("分管领导", "赵立新"), ("办公室主任", "陈晓东"),
                                                          ("财务科长", "欧阳明华"), ("联系人", "全部")))
    assert _person_label("联系人", "李娟 张敏") and not _person_label("乡镇卫生院院长", "全部 轮训")
    assert not _person_label("主管部门", "县农业 农村局")


# ------------------------------------------------------------------ signers

def test_an_officer_signing_an_opinion(read):
    p = _project(read(P + "opinion_leader.txt"))
    # BASE: {"主管部门审核意见": "经委党组会议研究，同意申报。分管领导：赵立新"}
    assert other_fields(p) == {"主管部门审核意见": "经委党组会议研究，同意申报。", "分管领导": "赵立新"}
    p = _project(read(P + "opinion_leader_colon.txt"))
    assert other_fields(p) == {"主管部门审核意见": "经委党组会议研究，同意申报。", "分管领导": "赵立新",
                               "分管领导日期": "2025年2月20日"}


def test_placeholder_signers_and_a_day_cut_over_cells(read):
    p = _project(read(P + "signer_placeholders.txt"))
    # BASE: {"财务负责人": "XXX", "填报日期": "2025年"}, no fill_date
    assert other_fields(p) == {} and p["contact"] is None
    assert p["fill_date"] == datetime.date(2025, 2, 20) and p["phone"] == "0797-6221234"


def test_signers_with_their_days(read):
    p = _project(read(P + "signoff_days.txt"))
    # BASE: contact `李娟 2025年2月18日`, {"审核人": "王强 2025年2月19日", "单位负责人": "钟国平 2025年2月20日"}
    assert (p["contact"], p["fill_date"]) == ("李娟", datetime.date(2025, 2, 18))
    assert other_fields(p) == {"审核人": "王强", "审核日期": "2025年2月19日", "单位负责人": "钟国平",
                               "单位负责人日期": "2025年2月20日"}


def test_officers_in_one_row(read):
    p = _project(read(P + "finance_head.txt"))
    assert p["contact"] == "李娟"
    assert other_fields(p) == {"单位负责人": "钟国平", "财务负责人": "钱丽华", "经办人": "孙倩"}


def test_a_signoff_block_in_two_columns(read):
    p = _project(read(P + "signoff_two_columns.txt"))
    assert (p["contact"], p["phone"], p["fill_date"]) == ("李娟", "0797-6221234", datetime.date(2025, 2, 20))
    assert other_fields(p) == {"单位负责人": "钟国平", "财务负责人": "钱丽华", "审核人": "王强"}


def test_duty_rows_stay_the_foots_pairs(read):
    r = read(P + "duty_rows.txt")
    p = _project(r)      # (no indicator of name 办公室主任: the gate left duties alone)
    assert other_fields(p) == {"办公室主任": "负责资料收集和报送", "财务股长": "负责资金拨付和核算", "单位负责人": "钟国平"}


# ------------------------------------------------------------------ phones and other ways to reach

def test_a_phone_with_its_extension(read):
    p = _project(read(P + "phone_extension.txt"))
    assert (p["contact"], p["phone"]) == ("李娟", "0797-6221234转8012") and other_fields(p) == {}


def test_a_mobile_in_groups(read):
    p = _project(read(P + "phone_spaced.txt"))
    assert p["phone"] == "13907970001"       # BASE: `139 0797 0001`


def test_the_contact_and_the_number_in_one_cell(read):
    p = _project(read(P + "contact_phone_cell.txt"))
    assert (p["contact"], p["phone"]) == ("李娟", "13907970001") and other_fields(p) == {}


def test_the_contact_and_a_mobile_in_groups_in_one_cell(read):
    p = _project(read(P + "contact_phone_spaced.txt"))
    # BASE: contact `李娟 139 0797 0001`, no phone
    assert (p["contact"], p["phone"]) == ("李娟", "13907970001") and other_fields(p) == {}


def test_the_leaders_mobile_in_groups_beside_the_forms_phone(read):
    p = _project(read(P + "leader_phone_spaced.txt"))
    # BASE: leader `刘建华 139 0797 0002` (the name with its number); joined in the column alone it was lost
    assert (p["contact"], p["phone"]) == ("李娟", "0797-6221234")
    assert other_fields(p) == {"项目负责人电话": "13907970002"}


def test_emails_and_an_address_row_under_the_table(read):
    r = read(P + "emails.txt")
    p = _project(r)      # BASE: an indicator `单位地址：于都县贡江镇长征大道88号` of target `邮政编码：342300`
    assert other_fields(p) == {"电子邮箱": "ydwjw@163.com", "单位地址": "于都县贡江镇长征大道88号", "邮政编码": "342300"}


def test_two_phones_a_line_each_in_a_workbook_cell(read):
    p = _project(read(P + "two_phones.xlsx"))
    assert p["phone"] == "13907970001，0797-6221234"     # BASE: `139079700010797-6221234`

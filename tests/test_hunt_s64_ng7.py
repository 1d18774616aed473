"""Hunt ng7 (session 64, negatives): more documents an archive of 绩效 files holds beside the forms that must give no
form (tests/fixtures/review/ct_s64_ng7_*, made by tests/fixtures/review/make_s64_ng7.py; each read by hand before
the run), and near misses that must still read.

Decided:
- a Q&A on writing forms (`预算绩效目标编制常见问题解答`, `…填报答疑（第二期）`) is a guide as an 编制指引 is: its one
  example row under `问3：指标值应当如何填写？` is no project (main: generic:target, a project named null with
  培训人次 ≥500人次), and an example form under an answer presenting it (`答：按照…填写，示例如下：`) is a worked
  case in a handout (main: a project `某县农村公路养护项目` with its 3 indicators); a form of a 问答 system's project
  (`12345政务服务热线智能问答系统建设项目`) is read as before.
Kept (main already): a 财政局's 评价报告 with a score table of six projects (TXT, HTML) and a 项目库 export of 300
projects (TXT, XLSX) are project_lists; a 收入支出决算总表 (TXT, XLSX), an 审计整改报告 (TXT, DOCX), a 考核结果通报's
ranking, a 中标候选人公示, a 中标结果公告 page, a 政府采购合同 (TXT, DOCX) with its 验收标准 ≥, a 施工日志, a 签到表, a
统计公报 of 增长%, a 课程表, a 政策通知 whose 附件 list names the forms, an 招聘公告, a 资产盘点表: nothing
(layout_unknown); an empty 申报表 is a blank_form, one of ×× marks the placeholder-named example (not_a_form); a
自评结果汇总表 and a 批复 notice's list of targets are packed lists, one project a row, as docs/SCHEMA.md says.
"""
from __future__ import annotations

import pytest

from tests.hunt_tools import indicator_targets, only_project, warning_codes

P = "ct_s64_ng7_"
QUIET = {"layout_unknown", "not_a_form", "project_list"}


def _nothing(r, allowed=QUIET) -> None:
    t = r.tables
    assert r.document["status"] == "ok", t["warnings"]
    assert r.document["n_projects"] == 0 and t["projects"] == []
    assert t["indicators"] == [] and t["budget_items"] == [] and t["scores"] == []
    assert t["assessment_items"] == [] and r.document["layout"] == "unknown"
    assert warning_codes(r) and set(warning_codes(r)) <= allowed


def test_a_qa_on_writing_forms_is_a_guide(read):
    # main: generic:target, a project named null with 培训人次 ≥500人次 (the answer's one example row)
    r = read(P + "qa.txt")
    _nothing(r)
    assert warning_codes(r) == ["not_a_form"]
    # (its row is the example an answer gives, `答：…例如：`: a worked case of the Q&A, review rv118)
    assert "worked case in a Q&A on writing forms ('预算绩效目标编制常见问题解答')" in r.tables["warnings"][0]["message"]


def test_an_example_form_under_an_answer_is_a_worked_case(read):
    # main: generic:target, 某县农村公路养护项目 of 500万元 with 养护里程 ≥500公里 … as a project of the archive
    r = read(P + "qa_fields.txt")
    _nothing(r)
    assert warning_codes(r) == ["not_a_form"]
    assert "worked case in a Q&A on writing forms ('2025年项目支出绩效目标填报答疑（第二期）')" \
        in r.tables["warnings"][0]["message"]


def test_a_qa_systems_project_still_reads(read):
    # near miss: 问答 / 答疑 in the project's name, title and goal, no answer line over the form
    r = read(P + "keep_qa_system.txt")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"]) == (
        "12345政务服务热线智能问答系统建设项目", "某市政务服务数据管理局", "某市12345热线服务中心")
    assert indicator_targets(r) == [
        ("产出指标", "数量指标", "知识库问答条目", ">=", 5000.0, "条"),
        ("产出指标", "质量指标", "智能答疑准确率", ">=", 90.0, "%"),
        ("效益指标", "社会效益指标", "热线接通率", ">=", 95.0, "%"),
        ("满意度指标", "服务对象满意度指标", "来电群众满意度", ">=", 90.0, "%")]
    assert "not_a_form" not in warning_codes(r)


NOTHING = [
    "final_total.txt",         # 收入支出决算总表: 收入 | 决算数 | 支出 | 决算数, 公开01表
    "final_total.xlsx",
    "audit_rectify.txt",       # 审计整改报告: 审计发现问题 | 涉及金额 | 整改措施 (设备到位率≥95%) | 整改情况
    "audit_rectify.docx",
    "assess_ranking.txt",      # 考核结果的通报: 排名 | 单位名称 | 绩效目标管理（30分）… | 总分 | 等次
    "award_publicity.txt",     # 中标候选人公示: 项目名称：…, 预算金额：1,280.00万元, 投标报价 | 工期 | 质量标准
    "award_result.html",       # 中标结果公告 page: 服务要求 配送及时率≥98%, 项目名称 | …, 预算金额 | 500.00万元
    "contract.txt",            # 政府采购合同: 项目名称 | …, 合同金额 | …, 验收标准 探头数量≥4把
    "contract.docx",
    "work_log.txt",            # 施工日志: 工程名称 | … | 日期 | …, 完成率约65%, 搭接宽度≥100mm
    "sign_in.txt",             # 培训会签到表: 序号 | 单位 | 姓名 | 职务 | 联系电话 | 签到
    "stats_growth.txt",        # 统计公报: 指标 | 单位 | 2024年 | 比上年增长（%）
    "timetable.txt",           # 课程表: 节次 | 星期一 … 星期五
    "policy_annex.txt",        # 编报通知: 附件：1.项目支出绩效目标申报表 2.部门整体支出绩效目标申报表 (absent)
    "recruit.txt",             # 招聘公告: 岗位 | 招聘人数 | 学历要求 | 年龄要求 ≤35周岁
    "asset_count.txt",         # 资产盘点表: 资产编号 | 资产名称 | 账面数量 | 实盘数量 | 账面原值
]


@pytest.mark.parametrize("name", NOTHING)
def test_documents_beside_the_forms_give_nothing(read, name):
    r = read(P + name)
    _nothing(r)
    assert warning_codes(r) == ["layout_unknown"]


@pytest.mark.parametrize("name", ["eval_summary.txt", "eval_summary.html", "library.txt", "library.xlsx"])
def test_tables_of_many_projects_are_lists(read, name):
    # a 评价报告's 项目名称 | 主管部门 | 预算金额 | 评价得分 | 评价等级 over six projects, a 项目库 export of
    # 项目名称 | 金额 | 申报单位 over 300: no goal or indicator column, so no form (CONTRACT: a project_list)
    r = read(P + name)
    _nothing(r)
    assert warning_codes(r) == ["project_list"]


@pytest.mark.parametrize("name", ["blank_empty.txt", "blank_empty.docx"])
def test_an_empty_target_form_is_blank(read, name):
    r = read(P + name)
    t = r.tables
    assert t["projects"] == [] and t["indicators"] == [] and t["budget_items"] == []
    assert warning_codes(r) == ["blank_form"] and r.document["layout"] == "generic:target"


@pytest.mark.parametrize("name", ["blank_crosses.txt", "blank_crosses.docx"])
def test_a_form_of_cross_marks_is_the_placeholder_example(read, name):
    r = read(P + name)
    _nothing(r)
    assert warning_codes(r) == ["not_a_form"]
    assert "'××××××项目' (a filled-in example)" in r.tables["warnings"][0]["message"]


def test_a_self_evaluation_summary_is_a_packed_list(read):
    # near miss: docs/SCHEMA.md's packed_list of self-evaluation results, one project a row with its score
    r = read(P + "self_eval_summary.txt")
    assert r.document["layout"] == "packed_list"
    assert [(p["name"], p["score"], p["grade"]) for p in r.tables["projects"]] == [
        ("学前教育保教费补助", 96.0, "优"), ("义务教育公用经费", 94.0, "优"), ("校舍维修改造", 86.0, "良"),
        ("教师培训", 78.0, "中")]


def test_a_notice_approving_targets_lists_its_projects(read):
    # near miss: `关于批复…绩效目标的通知` declares the targets of its list (docs/SCHEMA.md, project_list)
    r = read(P + "goals_approved_list.txt")
    assert r.document["layout"] == "packed_list"
    assert [p["name"] for p in r.tables["projects"]] == ["校舍维修改造", "基本公共卫生服务", "农村公路养护"]
    assert indicator_targets(r) == [
        (None, None, "维修面积", ">=", 6000.0, "平方米"), (None, None, "验收合格率", "=", 100.0, "%"),
        (None, None, "居民健康档案建档率", ">=", 90.0, "%"), (None, None, "养护里程", ">=", 500.0, "公里"),
        (None, None, "优良路率", ">=", 85.0, "%")]

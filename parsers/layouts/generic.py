from normalize._lazy_re import lazy

from extract.grid import Extracted, unit_error_warning
from normalize.text import strict_on
from parsers import labels as L
from parsers.core import document_rows, fold, is_title, label_key
from parsers.forms import scored_sentence
from parsers.layouts.base import _CONTACT_FIELDS, FormLayout, profile
from parsers.layouts.packed_list import region_forms
from parsers.registry import register

# a procurement's own papers (`采购需求`, `磋商文件`): in _PROCUREMENT, _TENDER_DOC and a paper's title
# (_PROCUREMENT_TITLE; each wrote its own list, review rv127)
_PROCUREMENT_PAPER = r"采购(?:需求|公告|意向|合同|清单)"
_TENDER_PAPER = r"(?:招标|采购|磋商|谈判|询价|比选|投标)文件"

# words of a procurement's bid evaluation (a 评分表 of bidders, not of a project's performance)
# (and a procurement's own papers, `…采购需求` / `…采购公告` / `…采购意向` / `…采购合同`: its 技术指标 table of `指标名称 |
# 指标值` over the goods' parameters, its 采购预算 no project's money — it gave a project of four indicators, hunt ng6)
_PROCUREMENT = lazy(rf"比选|招标|投标|评标|磋商|询价|竞价|供应商|中标|采购评分|{_PROCUREMENT_PAPER}")


# a tender's own document or its bid price scored (评标基准价 / 投标报价 / 磋商报价): a procurement's 评分标准 even when
# its title names 绩效 (a 绩效评价服务 磋商文件) or no 招标 word (`某县政府采购项目评分标准` over `投标报价`) — unless a
# performance form's title is among its titles
# (a 考核 of bodies' procurement work, `2024年度政府采购管理工作考核细则`, is read as before: no tender's document)
_TENDER_DOC = lazy(rf"{_TENDER_PAPER}|评标办法")
_BID_PRICE = lazy(r"基准价|投标报价|投标价格|磋商报价|响应报价|报价得分")


def _tender(p, doc: Extracted) -> bool:
    """A procurement's bid evaluation (hunt ng3): a tender's title, or a cell scoring the bid price, and no title of
    a performance form (…绩效目标表, …绩效自评表) among the document's titles."""
    if _performance_titled(p.text):
        return False
    return bool(_TENDER_DOC.search(p.text)) or any(
        not r.is_text_line and _BID_PRICE.search(c.text) for r in document_rows(doc) for c in r.cells)


# a procurement's paper's own title at its head (`…绩效评价服务采购需求`, `…磋商文件`): whatever service it buys
_PROCUREMENT_TITLE = lazy(rf"(?:{_PROCUREMENT_PAPER}|{_TENDER_PAPER})$")


def _performance_titled(text: str) -> bool:
    """Is a performance form's title (…绩效目标表, …绩效自评表) among TEXT's lines? Not a procurement paper's own
    (`…财政支出项目绩效评价服务投标文件`: its 项目绩效 spared the paper it titles, review rv127)."""
    return any("绩效" in t and L.FORM_TITLE.search(t.strip()) and not _PROCUREMENT_TITLE.search(fold(t.strip()))
               for t in text.split("\n"))


def _procurement_titled(text: str) -> bool:
    """Does a procurement's paper's title open the document (one of its first three lines: `某县…绩效评价服务采购需求`),
    no performance form's title among its lines? (A report's prose naming a 采购合同 is no title: read as before.)"""
    lines = [t.strip() for t in text.split("\n") if t.strip()]
    return any(_PROCUREMENT_TITLE.search(fold(t)) for t in lines[:3]) \
        and not _performance_titled(text)


# the labels of an employee's appraisal sheet (a company's 绩效考核表), none a fiscal form has
_STAFF_LABELS = frozenset({"被考核人", "被考核人姓名", "被考核者", "考核人", "考核人姓名", "被考评人", "员工姓名", "姓名", "职位",
                           "员工职位", "职务", "岗位", "岗位名称", "岗位编制", "直接上级", "入职日期", "工号", "员工编号",
                           "被考核人签名确认", "被考核人签字", "考核人签字", "员工签字", "直接上级签字"})
_FISCAL_TITLE_WORD = lazy(r"财政|预算|项目支出|部门整体|专项资金|绩效自评")
# a fiscal form's own fields: a project's name or money
_PROJECT_FIELDS = frozenset({"name", "budget_total", "budget_year", "budget_fiscal", "budget_other", "spent",
                             "budget_initial", "execution_rate", "goal_annual", "goal_total"})
_SELF_EVAL_TITLE = lazy(r"(?:自评|评价)表")
# a self-evaluation report's title (`…项目绩效自评报告`): the unit's own scoring of its project
# (the line ends with it, a bracket after it at most, `…自评报告（送审稿）`: a title, not a line citing one — review rv97)
_SELF_REPORT_TITLE = lazy(r"自评报告\s*(?:[(（][^()（）]{1,8}[)）])?\s*$")
# the title of an evaluation's result sent back to the body evaluated (绩效评价结果反馈表, 评价结果通知单, 评价结果反馈意见书)
# the title of an assessment or review of a project (事前绩效评估表, 绩效目标评审表, 审核表)
# (`…项目支出绩效评估表`, no 事前, too: review rv28)
_ASSESSMENT_TITLE = lazy(r"事前(?:绩效)?评估|(?:评估|评审|审核|审查)(?:意见|结论)?[表单书]")
_RESULT_TITLE = lazy(r"评价结果[^，。；;,]{0,4}(?:表|单|意见书|通知书)")
# the title of a review's opinion on a project's targets (绩效目标审核意见表): a review, no form (base's _no_project)
_REVIEW_TITLE = lazy(r"(?:审核|审查|评审)意见[表单书]")


def _titled_matrix(rows) -> bool:
    """A 自评表's title (not an `附件：…` line naming it) above its money matrix, whose total row is the form's
    (年度资金总额 …, not a report's 基本支出 / 项目支出 table)."""
    title = next((k for k, r in enumerate(rows) if is_title(r) and _SELF_EVAL_TITLE.search(fold(r.cells[0].text))
                  and not _ATTACHED.match(r.cells[0].text)), None)
    if title is None:
        return False
    return any(not r.is_text_line and sum(label_key(c.text) in L.MATRIX_COLUMNS for c in r.cells) >= 3
               and any(L.MATRIX_TOTAL_ROW.search(label_key(c.text)) for x in rows[k + 1:k + 3] for c in x.cells)
               for k, r in enumerate(rows) if k > title)


_ATTACHED = lazy(r"^\s*附\s*[件表]\s*[\d一二三四五六七八九十]{0,3}\s*[:：]\s*\S")


def _narrated_report(p, doc: Extracted) -> bool:
    """A 自评报告 of no table naming its project whose indicators are numbered sentences each stating its score
    (`（1）数量指标：培训人数1200人，实际完成1250人，得分10分。`, two or more): the unit's own scoring of its indicators,
    read as its 自评表's (it was layout_unknown — hunt ly9's leftover, ly14). A 评价报告's sentences of a target and what
    was done, no score each, give nothing (hunt ng3)."""
    if "name" not in p.fields:
        return False
    rows = document_rows(doc)
    # (the report's own title, not a 评价报告's line citing the unit's 自评报告, `评价组审阅了…提交的自评报告`: that is a
    # third party's scoring, review rv97)
    if not any(r.is_text_line and _SELF_REPORT_TITLE.search(fold(r.cells[0].text)) for r in rows[:3]):
        return False
    return sum(1 for r in rows if r.is_text_line and scored_sentence(r.cells[0].text)) >= 2


@register
class Generic(FormLayout):
    """Any form the shared core can read by its labels: used when no known layout clears the threshold.

    It claims a document only with evidence of a form: a table header of an
    indicator, score or assessment table, or a 制度保障 (safeguard) table
    under a project name label (a form's sheet saved alone).
    """
    id = "generic"
    description = "any template, read by labels (项目名称 …) and table headers (一级指标 … 目标值)"

    def detect(self, doc: Extracted) -> float:
        p = profile(doc)
        if _PROCUREMENT.search(p.text) and "绩效" not in p.text:
            return 0.0      # 比选 / 招标 / 磋商 评分表: bidders scored by 分值 | 得分, no performance form
        if _procurement_titled(p.text):
            return 0.0      # `…绩效评价服务采购需求` over its 服务指标 `指标名称 | 指标值`: a procurement's paper, though its
            # service is an evaluation (it gave a project, review rv106's leftover)
        if "assessment" in p.headers and _tender(p, doc):
            return 0.0      # 一级指标 | 二级指标 | 分值 | 评分标准 over 投标报价 …: a tender's 评分标准, no 考核 breakdown
        if len(p.labels & _STAFF_LABELS) >= 2 and not p.fields & _PROJECT_FIELDS \
                and not L.TARGET_FORM_TITLE.search(p.text) and not _FISCAL_TITLE_WORD.search(p.text):
            return 0.0      # 被考核人 | … | 职位 | …: an employee's KPI sheet (指标 | 权重 | 目标值 | 得分), no project's
            # (a fiscal form's title over a contact's 姓名 | 王丽 | 职务 | 办公室主任: a form)
        tables = p.headers & {"indicator", "score", "assessment"}
        titled_form = "绩效" in p.text and bool(L.FORM_TITLE.search(p.text)) and "name" in p.fields and (
            "绩效目标" in p.text and bool(p.fields & {"goal_total", "goal_annual"}) and (
                len(p.fields) >= 5
                # (绩效目标表 over 项目名称 | 区级主管部门 | 年度资金总额 | 年度总体目标, the page cut there)
                or len(p.fields) >= 4 and bool(p.fields & L.MONEY_FIELDS) and bool(L.TARGET_FORM_TITLE.search(p.text))
                and any(is_title(r) for r in document_rows(doc)))
            or {"department", "unit"} <= p.fields and any(is_title(r) for r in document_rows(doc))
            # (a 绩效评价结果反馈表's title over the project evaluated, its 评价得分 / 评价等级 and its money or the body
            # evaluated — no indicator table: it was layout_unknown, hunt fam6)
            or bool(p.fields & {"score", "grade"}) and bool(p.fields & (L.MONEY_FIELDS | {"department", "unit",
                                                                                          "_assessed"}))
            and bool(_RESULT_TITLE.search(p.text)) and any(is_title(r) for r in document_rows(doc))
            # (a 绩效目标审核意见表's title over the project reviewed, its money or its body: read, to be told a review,
            # not_a_form — it was layout_unknown, no form evidence found: hunt fam9)
            or bool(p.fields & (L.MONEY_FIELDS | {"department", "unit"})) and bool(_REVIEW_TITLE.search(p.text))
            and any(is_title(r) for r in document_rows(doc))
            or len(p.table_fields) >= 5 and len(p.table_fields - _CONTACT_FIELDS) >= 3 and "name" in p.table_fields
            and bool(L.TARGET_FORM_TITLE.search(p.text))
            and any(is_title(r) for r in document_rows(doc))) or (
            # a 自评表's title over its money matrix (年初预算数 / 全年执行数 / 执行率 …) and its 年度总体目标, the
            # page cut before the indicator table (a 部门整体 自评表 has no 项目名称)
            "绩效" in p.text and bool(_SELF_EVAL_TITLE.search(p.text))
            and len(p.fields & {"budget_initial", "budget_year", "spent", "execution_rate"}) >= 3
            and bool(p.fields & {"goal_annual", "goal_actual"}) and _titled_matrix(document_rows(doc)))
        # a review's or an assessment's title (…绩效目标审核意见表, …评审表, …项目评估结论表) over the project it is of,
        # its name and its money or body, whatever else the title says (no 绩效 / 项目支出 in it: `某某县2025年度新增项目
        # 评估结论表`, `2025年度项目绩效目标审核意见表` were layout_unknown, no form evidence — hunt fam11): read, to be
        # told a review (not_a_form) or an assessment read as the project's (its conclusions)
        titled_form = titled_form or "name" in p.fields and bool(p.fields & (L.MONEY_FIELDS | {"department", "unit"})) \
            and any(is_title(r) and (_REVIEW_TITLE.search(fold(r.cells[0].text))
                                     or _ASSESSMENT_TITLE.search(fold(r.cells[0].text))) for r in document_rows(doc))
        # no title, but a table of a project's labels with their values: its name, money, goals and more (the targets
        # written in sentences under 年度绩效总目标, no indicator table)
        labelled_form = "name" in p.table_fields and bool(p.table_fields & L.MONEY_FIELDS) \
            and bool(p.table_fields & {"goal_total", "goal_annual"}) and bool(p.table_fields & {"department", "unit"}) \
            and len(p.table_fields - _CONTACT_FIELDS) >= 6
        if not tables and not ("safeguard" in p.headers and "name" in p.fields) and not titled_form \
                and not labelled_form and not _narrated_report(p, doc):
            # (a 制度保障 sheet saved alone names its project: a form too; so does a 绩效目标 form's title
            # over its 项目名称, its goals and more fields, or over its 项目名称, 主管部门 and 实施单位, or a
            # 绩效目标申报表's title over a table of its 项目名称 and four more fields (two of them not a
            # contact's), when the page was cut before the indicator table)
            return 0.0
        evidence = ("name" in p.fields) + bool(p.fields & {"unit", "department", "budget_total",
                                                            "goal_annual", "goal_total"})
        return 0.5 + 0.05 * evidence

    def parse(self, doc: Extracted):
        res = super().parse(doc)
        for f in res.forms:
            if not f.indicators and not f.scores and any(_RESULT_TITLE.search(fold(t)) for t in f.titles):
                # (a 绩效评价结果反馈表: the score, grade, problems and 整改要求 of an evaluation, no indicator table by
                # design — it said no_indicators, hunt fam6)
                f.has_indicator_table = False
            elif not f.indicators and not f.scores and f.verdict_rows and any(_ASSESSMENT_TITLE.search(fold(t))
                                                                              for t in f.titles):
                # (an 事前绩效评估表 / 评审表 of conclusions only, `评估内容 | 评估要点 | 评估结论`: its assessment is
                # those, no indicator table by design — it said no_indicators, hunt fam10)
                f.has_indicator_table = False
        # (a 转移支付 分配表 over places attached to the form, `序号 | 地区 | 分配资金 | 区域绩效目标`: one project a place,
        # after the form's; the places were lost)
        # (their fund the form's project when the list's title names none, `区域绩效目标` over it: `…专项资金（长沙市）`)
        named = [f.fields["name"].text for f in res.forms if "name" in f.fields]
        try:
            places = region_forms(doc, named[0] if len(named) == 1 else None)
        except Exception as e:
            # (an error reading the places' list: the forms read kept — it failed the whole file: hunt rb2)
            if strict_on():
                raise
            res.warnings.append(unit_error_warning("the list of places' shares of a fund (区域绩效目标) beside the "
                                                   "forms", e, "its places", "forms"))
            places = []
        if len(res.forms) == 1:
            # (the places' 合计 row, `合计 | 10,000.00`, is the fund's form's: its total_row_mismatch there, not on the
            # first place's project, which the list reader gave it)
            for f in places:
                res.forms[0].totals += [t for t in f.totals if t["table"] == "projects"]
                f.totals[:] = [t for t in f.totals if t["table"] != "projects"]
        res.forms.extend(places)
        return res

"""A department's list of projects whose 绩效目标 cell packs each project's goal and indicators.

`单位编码 | 单位名称(项目类别/支出项目) | 年度预算安排 | 项目内容 | 绩效目标` over one row per project, the last cell
`【总体目标】 保障… 【产出指标-数量指标】 指标1:机柜数量(≥77台) 【产出指标-质量指标】 指标1:视频监控在线率(≥0.97比例) …`
(黄山市公安局 2025年项目绩效目标和指标, a 部门预算公开 table). Each such row is a project: its name and year's budget
from the columns their heads name, its overview from 项目内容, its goal from 【总体目标】, its indicators from the
`【一级指标-二级指标】 指标N:名称(目标)` runs. Subtotal rows (a unit, a 项目类别 and its sum) are no projects.
"""
from __future__ import annotations

import re
from normalize._lazy_re import lazy
import unicodedata
from dataclasses import replace
from functools import lru_cache

from extract.grid import Cell, Extracted, unit_error_warning
from normalize.amounts import misgrouped_figure
from normalize.orgs import district, org_kind, plural, town_government, township
from normalize.dates import DEADLINE_SUFFIX, STEP_TIME, YEAR_PART_TIME
from normalize.records import TIMELY_NAME, form_year, lead_unit
from normalize.targets import EACH_ONE, split_target
from normalize.text import CIRCLED_NO, strict_on
from parsers import labels as L
from parsers.labels import SHARE_TOTAL
from parsers.core import (BARE_FIGURE, FIELD_INDEX, Row, bare_fold, clean, detect_header, document_rows, fold, is_placeholder, is_title, label_key,
                          level_info, match_field, NAME_COLON_TARGET, OP_TARGET, _DIGITS, _HEADING_NO, _HEADING_PREFIX,
                          _THREE_DIGITS, _BRACKETED, _PAIR_NAME_FIGURE, _PAIR_NAME_WORD, _heading_unit)
from parsers.forms import _USE_NAMES, misgrouped_warning, RawForm, RawValue, declared_unit
from parsers.registry import LayoutParser, ParseResult, register
from parsers.tables import _NAME_OP_TARGET, is_remark, target_strength, total_scope

# 【产出指标-数量指标】: a level 1 and a level 2 in brackets, a dash between
_HEADING = lazy(r"【\s*([^【】\-—－–]{2,12}?)\s*[-—－–]\s*([^【】]{2,12}?)\s*】")
# 指标1:机柜数量(≥77台): an indicator, its name and its target in brackets at the end
_ITEM = lazy(r"指标\s*\d{1,2}\s*[:：]\s*(?P<name>.+?)\s*[(（](?P<target>[^()（）]*)[)）]\s*(?=指标\s*\d{1,2}\s*[:：]|$)")
_GOAL = re.compile(r"【\s*(?:总体目标|年度目标|绩效目标|年度总体目标)\s*】\s*[:：]?\s*(?P<text>[^【]+)")
_OVERVIEW = lazy(r"^\s*【\s*项目概况\s*】\s*[:：]?\s*")
_NAME_HEAD = lazy(r"名称|支出项目")
_MONEY_HEAD = lazy(r"预算|金额|资金")


def packed_indicators(text: str) -> list[tuple[str, str, str, str]]:
    """Given a 绩效目标 cell, return its indicators as (level 1, level 2, name, target), in order; [] when it packs
    none (`【产出指标-数量指标】 指标1:机柜数量(≥77台)` -> ("产出指标", "数量指标", "机柜数量", "≥77台"))."""
    t = fold(text)
    heads = list(_HEADING.finditer(t))
    out = []
    for k, h in enumerate(heads):
        l1, l2 = h.group(1).strip(), h.group(2).strip()
        if not (level_info(l1)[0] or level_info(l1)[1]) or not (level_info(l2)[1] or level_info(l2)[0]):
            continue
        end = heads[k + 1].start() if k + 1 < len(heads) else len(t)
        body = t[h.end():end].strip()
        for m in _ITEM.finditer(body):
            out.append((l1, l2, m.group("name").strip(), m.group("target").strip()))
    return out


def _any_packed(rows: list) -> bool:
    """Does a table cell of the rows pack a project's indicators (`_packed`)? (Plain loops, the cheap test of `_packed`
    first, inline: a cell holding two 【 or more; most hold none — asked of every document by `detect`.)"""
    for r in rows:
        if r.is_text_line:
            continue
        for c in r.cells:
            t = c.text
            if "【" in t and t.count("【") >= 2 and _packed(t):      # (`in` first: no call for the cells holding none)
                return True
    return False


def _packed(text: str) -> bool:
    return text.count("【") >= 2 and len(_HEADING.findall(fold(text))) >= 2 and bool(packed_indicators(text))


@register
class PackedList(LayoutParser):
    """A list of projects whose 绩效目标 cells pack each project's goal and indicators (module docstring); claims a
    document with a table cell holding two `【一级-二级】` headings or more and an `指标N:名称(目标)` under them, or a
    list of target declarations (a row a project, a goal or indicator columns; notes above `_target_lists`) in a
    document holding no form besides."""
    id = "packed_list"
    max_score = 0.9              # (detect gives 0.9 or 0.0)
    description = ("a list of projects, each row's 绩效目标 cell packing its goal and indicators (【产出指标-数量指标】 指标1:名称(目标)), "
                   "or each row with its goal or indicator columns (a 项目库 of target declarations)")

    def detect(self, doc: Extracted) -> float:
        rows = document_rows(doc)
        if _any_packed(rows):
            return 0.9
        return 0.9 if _target_lists(rows) else 0.0

    def parse(self, doc: Extracted) -> ParseResult:
        rows = document_rows(doc)
        if not _any_packed(rows):
            lists = _target_lists(rows)
            if lists:
                return _read_target_lists(rows, lists)
        res = ParseResult()
        lines = [r.cells[0].text for r in rows if r.is_text_line]
        # the page's title (黄山市公安局2025年项目绩效目标和指标): the forms' year
        titles = [r.cells[0].text for r in rows if r.is_text_line and is_title(r)] or [t for t in lines if "绩效" in t][:2]
        heads: dict[str, int] = {}
        grid = None
        for k, row in enumerate(rows):
            if row.is_text_line:
                continue
            goal = next((c for c in row.cells if _packed(c.text)), None)
            if row.grid is not grid or not heads:
                heads, grid = self._heads(rows, k, goal), row.grid
            if not heads:
                continue
            cells = {c.col: c for c in row.cells}
            goal = goal or cells.get(heads.get("goal", -1))
            over = cells.get(heads.get("overview", -1))
            if not (goal is not None and _packed(goal.text) or over is not None and _OVERVIEW.match(over.text)):
                continue                             # (黄山市公安局 | 92156434: a unit's or a class's sum, no project)
            name = cells.get(heads["name"])
            if name is None:
                continue
            # (one project's error is that project's: its row left out, said by `internal_error`, the list's other
            # projects kept — it failed the whole file: hunt rb2; strict, raised)
            try:
                form = RawForm(titles=titles, year_texts=lines[:6], first=name)
                form.fields["name"] = RawValue(name.text, name)
                money = cells.get(heads.get("money", -1))
                if money is not None:
                    form.fields["budget_year"] = RawValue(money.text, money, heads.get("_money_unit"))
                for col in ("department", "unit"):
                    c = cells.get(heads.get(col, -1))
                    if c is not None and clean(c.text):
                        form.fields[col] = RawValue(c.text, c)
                if over is not None and _OVERVIEW.sub("", over.text).strip():
                    form.fields["overview"] = RawValue(_OVERVIEW.sub("", over.text).strip(), over)
                if goal is not None:
                    g = _GOAL.search(fold(goal.text))
                    if g:
                        form.fields["goal_total"] = RawValue(g.group("text").strip(), goal)
                    for l1, l2, n, target in packed_indicators(goal.text):
                        form.indicators.append({"level1": l1, "level2": l2, "level3": n, "target_raw": target,
                                                "page": goal.page, "line": goal.line})
                res.forms.append(form)
            except Exception as e:
                if strict_on():
                    raise
                res.warnings.append(unit_error_warning(
                    f"the project `{' '.join(name.text.split())[:40]}` of a packed list", e, "its row",
                    "projects", name.page, name.line))
        return res

    @staticmethod
    def _heads(rows: list, k: int, goal: Cell | None) -> dict[str, int]:
        """The list's head row above row k (same grid, short texts, no figure): name, money, overview and goal
        columns by their heads (单位名称(项目类别/支出项目), 年度预算安排, 项目内容, 绩效目标)."""
        grid = rows[k].grid
        for j in range(k - 1, max(-1, k - 40), -1):
            r = rows[j]
            if r.grid is not grid:
                break
            if len(r.cells) < 3 or any(_THREE_DIGITS.search(c.text) or len(c.text) > 30 for c in r.cells):
                continue
            heads: dict[str, int] = {}
            for c in r.cells:
                key = label_key(clean(c.text) or "")
                if "绩效目标" in key or "绩效指标" in key:
                    heads.setdefault("goal", c.col)
                elif "项目内容" in key or "概况" in key:
                    heads.setdefault("overview", c.col)
                elif FIELD_INDEX.get(key) in ("department", "unit") and not re.search(r"项目", c.text):
                    # 主管部门 | 实施单位 beside 项目名称 (not 单位名称(项目类别/支出项目), the projects' own column)
                    heads.setdefault(FIELD_INDEX[key], c.col)
                    if FIELD_INDEX[key] == "unit" and "名称" in key:
                        heads.setdefault("_unit_head", c.col)   # (单位名称: the list's names, none other given)
                elif _NAME_HEAD.search(key):
                    heads.setdefault("name", c.col)
                elif _MONEY_HEAD.search(key):
                    heads.setdefault("money", c.col)
            if "name" not in heads and "_unit_head" in heads:
                heads["name"] = heads.pop("unit")     # 单位名称 the list's only name column: the projects'
            heads.pop("_unit_head", None)
            if "name" in heads and "goal" in heads:
                unit = next((declared_unit(c.text) for c in r.cells if c.col == heads.get("money")), None)
                if unit is None:
                    # 金额单位：万元 on a line above the list
                    unit = next((declared_unit(x.cells[0].text) for x in rows[max(0, j - 8):j]
                                 if x.is_text_line and declared_unit(x.cells[0].text)), None)
                if unit is not None:
                    heads["_money_unit"] = unit
                return heads
        return {}


# ---------------------------------------------------------------- lists of target declarations, one project a row
# `序号 | 项目名称 | 项目类型 | 资金规模（万元） | 绩效目标 | … | 主管部门` over one row per project (a county's 衔接资金 项目库,
# a 项目绩效目标表 or 公示 of the year's projects), or `… | 产出指标 | 效益指标 | 满意度指标` (indicator columns, a level 1 over
# its level 2 heads when the head has two rows): each row declares its project's performance target. A list of names and
# money only (a 汇总表 before one sheet per project, a 分配表) is none of these: it stays a `project_list`.

_LIST_TOTAL = lazy(r"^\S{0,4}(?:合计|小计|总计)$")
_GOAL_HEAD = lazy(r"目标")
_ITEM_SEP = lazy(r"\s*[；;\n]\s*")
# a level's label opening its items in an indicator cell (`产出指标：…；效益指标：…`), and the stop before it when a
# sentence's stop or comma ends the items before (`资助资金发放及时率100%。效益指标：…`)
_LEVEL_RUN = lazy(r"^\s*(?P<lab>[^\s:：；;，,。、]{2,12}?指标)\s*[:：]\s*(?P<rest>.*)$", re.S)
_LEVEL_RUN_SEP = lazy(r"\s*[。，,]\s*(?=[^\s:：；;，,。、]{2,12}?指标\s*[:：])")
# a target alone, an operator or a figure first (`≥90%`, `100%`)
_BARE_TARGET = lazy(r"^\s*(?:[≥≤≧≦><=]|不低于|不少于|不高于|不超过|达到)?\s*\d")
# a lead-in before an item, no level and no indicator's name (`培训农民≥300人次，其中考核指标：培训合格率≥90%`)
_LEAD_IN = lazy(r"^(?:其中)?(?:考核|主要|核心|关键|具体|其他|其它|绩效)?指标$")
_REFERENCE = lazy(r"^(?:详|具体|参)?见(?:附件|附表|附录|附页|另表|下表|后附|申报表|绩效目标表)\S{0,12}$|^另附$|^(?:附后|后附)$"
                  r"|^另行(?:公开|下达|报送|批复)$")
# a title naming a body's whole spending, 部门整体支出 / 单位整体支出 (its form's key projects are no list of projects)
_WHOLE_FORM = lazy(r"(?:部门|单位)(?:（单位）|\(单位\))?整体")
# a notice's head, its addressees: the list under it allocates money, it declares no project's target
_NOTICE = lazy(r"^关于.{2,60}的(?:通知|批复|函)$|^\S{2,20}文件$|^各\S{2,30}[:：]$")
# a meeting's minutes or record (`县人民政府第25次常务会议纪要`, `区财政局局长办公会议记录`): a list under them is what the
# meeting agreed on — projects, their money and goals as discussed — no declaration of targets, whether its head says
# 绩效目标 or 主要绩效目标 (one word made the same minutes three projects or none, hunt ng4)
# (the line the minutes' own name, no line citing them: `依据：县人民政府第12次常务会议纪要` under a notice that approves
# targets is the notice's ground, its list the declarations — it was dropped as a project_list, review rv11; `…常务会议决定
# 事项`, `…会议决议` its decisions as 议定事项 are — they were the projects of a form, review rv11)
# so an audit's or an inspection's report (`…预算执行情况的审计报告`, `…审计结果公告`, `…专项检查情况的通报`): its list
# of projects with their targets and what was done is what the auditors found, no declaration (`序号 | 项目名称 | 绩效目标 |
# 实际完成情况` under `某县审计局关于…的审计报告` gave three projects; hunt ng6)
# (a cover letter's line naming an attachment, `附件3.县审计局审计报告`, is no name of the document's own: its list is
# the declarations it sends — it was dropped, review rv106)
_MINUTES = lazy(r"^(?!附件)[^:：]*(?:纪要|会议记录|议定事项|会议决定(?:事项)?|会议决议"
                r"|审计(?:工作)?报告|审计结果公告|审计决定书?|(?:检查|督查|核查)(?:情况)?的?(?:报告|通报))"
                r"(?:[(（][^()（）]{1,12}[)）])?$")
# a notice whose subject is the targets (关于批复2024年度部门项目支出绩效目标的通知, 关于下达…绩效目标的通知): its list declares them
# (one that issues them: 批复 / 下达 / 核定 …; not a notice asking for them, 编报 / 报送, nor one about their 执行监控 or
# 评价, whose list names the projects concerned, no declaration)
_TARGET_NOTICE = lazy(r"^关于(?=.*(?:批复|下达|核定|审定|批准|核批|公开|公布))"
                            r"(?!.*(?:监控|执行|自评|评价|编报|申报|报送|编制|填报)).{0,40}绩效(?:目标|指标).{0,20}的(?:通知|批复|函)$")
_NOT_CATEGORY = frozenset({"建设性质"})
# a money column of one year in a list of several years' (`2024年 | 2025年 | 2026年`, a 中期规划 list's)
_YEAR_HEAD = lazy(r"^(?P<y>20\d\d)年度?(?P<w>预算|资金|安排|计划|需求|预计|执行|决算|实际|完成)?(?:数|额|金额|资金)?$")
# a year's head naming money already spent (`2024年执行数`, a 中期规划 list's year before the budget year's)
_PAST_YEAR_WORDS = frozenset({"执行", "决算", "实际", "完成"})
_SEQ_HEADS = frozenset({"序号", "编号"})
# a list's bare head over its projects' names (no 名称 in it), taken when no other names them and the list declares goals
_BARE_NAME_HEADS = frozenset({"项目", "建设项目", "支出项目", "项目简称"})
_MONEY_WORD = lazy(r"资金|经费|投资|补助|拨款|配套")   # (`中央资金`, not `中央` / `乡镇` alone: a place's head)      # 新建 / 续建 / 改建: how it is built, not the project's category


_COMPILER = lazy(r"填报|填表|编制|报送|汇总")
_PURCHASE_MONEY = frozenset({"购买金额", "购买服务金额", "购买服务资金", "购买服务预算", "购买服务预算金额",
                             # (a list's bare money head, or the money a list allots each project: `补助金额（万元）`,
                             # `分配资金`, `资金（万元）`: the project's money of the year, as in a form — it was kept in
                             # other_fields, the budget lost)
                             "金额", "资金", "资金额", "资金数", "补助金额", "补助资金", "分配金额", "分配资金",
                             "安排金额", "拟安排资金", "拟安排金额", "计划安排资金", "计划安排金额", "资金安排"})
# a list's column of a project's indicators of any level (`清扫面积≥420万平方米；保洁质量达标率≥95%`)
_ANY_LEVEL_HEADS = frozenset({"绩效指标", "主要绩效指标", "年度绩效指标", "绩效指标及指标值", "绩效指标及目标值",
                              "主要绩效指标及指标值", "具体绩效指标",
                              # (`主要指标` / `核心指标` over `主要指标：a，b` or `数量指标：…，质量指标：…`: was an
                              # other field, the indicators lost)
                              "主要指标", "核心指标", "关键指标", "主要指标及指标值",
                              # (a 绩效目标批复表's `核心绩效指标 | 指标值`: was two other fields, no indicator — hunt fam3)
                              "核心绩效指标", "关键绩效指标", "核心指标及指标值", "核心绩效指标及指标值"})
# a second head row's name column under an indicator group head (`核心绩效指标` over `指标名称 | 指标值`)
_NAME_SUBHEADS = frozenset({"指标名称", "指标", "名称", "指标内容", "三级指标"})


def _named_values(row: Row, roles: dict, sub: Row) -> bool:
    """Is SUB a second head row of names and targets only (`指标名称 | 指标值`) under one indicator group head of ROW
    (`核心绩效指标`): each project's indicators in those two columns, not a table of levels under a group head?"""
    keys = [label_key(c.text) for c in sub.cells if clean(c.text)]
    if len(keys) != 2 or keys[0] not in _NAME_SUBHEADS or keys[1] not in _VALUE_HEADS:
        return False
    first = min((c for c in sub.cells if clean(c.text)), key=lambda c: c.col)
    top = next((t for t in sorted(row.cells, key=lambda c: c.col, reverse=True) if t.col <= first.col), None)
    return top is not None and (roles.get(top.col) or ("",))[0] == "level"


# a list's indicator column whose head calls its indicators core (`核心指标`, `核心绩效指标`): each one's `core`
_CORE_HEAD = lazy(r"^(?:核心|关键)")
# a column of the targets of the indicators named in the column on its left (`主要指标 | 指标值`, `绩效指标 | 目标值`): each
# row's name and target one item (the name was read as a target of no name, the value an other field; review rx)
_VALUE_HEADS = frozenset({"指标值", "目标值", "年度指标值", "年度目标值", "指标目标值", "预期指标值", "预期目标值",
                          "绩效指标值", "绩效目标值"})
# a level's column of assessed indicators (`产出考核指标 | 效益考核指标`): the level its head names, as written
_LEVEL_ASSESSED = lazy(r"^(?P<lvl>\S{2,6}?)考核指标$")


# a list's heads in the words offices write over a project list's columns that are no form's label (a 重点项目清单, a 民生
# 实事 list, a 衔接资金 项目库: `责任单位 | 投资规模 | 建设年限 | 建设规模 | 预期效果 | 考核指标`), as word classes: who carries
# it out, its investment, its term, its content, its expected effect (its goal), its assessed indicators (of any level)
_CLASS_HEADS = (
    # (the department leading it, `牵头部门 | 责任单位` in a 民生实事 list: the department, the unit the one doing it —
    # the 牵头部门 was the unit, the 责任单位 beside it an other field; review rv)
    ("department", re.compile(r"^(?:项目)?(?:牵头|主责)部门$")),
    ("unit", re.compile(r"^(?:项目)?(?:责任|主责|牵头|承办|承担|负责|具体实施|实施|建设|业主)(?:单位|主体|部门)$")),
    # (`项目资金` over a 主要指标 list's amounts: the project's money, as the generic reader took it before such a list
    # was one — it was an other field, review rx)
    ("budget_total", re.compile(r"^(?:项目|计划|估算|概算)?总?投资(?:规模|总额|金额|额)?$|^(?:项目)?资金规模$|^项目资金$")),
    ("period", re.compile(r"^(?:项目)?(?:实施|建设|起止|完成|执行)(?:期限|年限|时限|时间|周期|年度|起止时间)$")),
    ("overview", re.compile(r"^(?:主要|项目)?(?:建设|实施)?(?:内容|建设规模)(?:及(?:规模|内容))?$|^建设规模(?:及内容)?$")),
    # (`主要绩效目标` over a 项目库 list's goals, as `年度绩效目标` — it stayed a project_list, hunt ng5's leftover, fam7;
    # a meeting's minutes so headed stay what they agreed on, _MINUTES)
    ("goal", re.compile(r"^(?:项目|年度)?预期(?:效果|效益|成效|绩效|目标)$|^(?:项目|年度)?主要绩效目标$")),
    ("level", re.compile(r"^(?:主要|年度|项目)?(?:绩效)?考核指标(?:及(?:指标|目标)值)?$")),
)


# a progress report's column heads (a 重点项目建设进度表's `形象进度`, `工程进展情况`, `1-9月完成投资`, `存在问题`); not
# a plan's (`进度安排`, `计划进度`, `时间进度`: a 项目计划表's schedule, a target list still), nor what the plan is to
# reach (`年度进度目标`, `进度要求`, `节点目标`: a 民生实事计划表's schedule target — the list was lost, review rv)
# a progress list's head of the share of each project's budget spent (`执行进度`, `预算执行进度`, `支出进度`)
# a progress list's head of the money spent so far (`累计支出`, `累计执行数`, `截至目前支出数`)
_SPENT_SO_FAR_HEAD = lazy(r"^(?:累计|截至目前|截止目前|至今)(?:已)?(?:支出|执行|拨付支出)(?:数|金额|资金)?$")
_SPENT_SHARE_HEAD = lazy(r"^(?:预算|资金|项目)?(?:执行|支出)进度$")
_BUDGET_SHARE_HEAD = lazy(r"^(?:预算|资金)|支出")     # (`预算执行进度`, `支出进度`: the budget's own, no works')
# a rate's cell opening with its figure (`95%`, `≥90%`, `0.95`, `96.19%（得分9.6分）`), not with words (`完成管网5公里`)
_FIGURE_FIRST = lazy(r"^\s*(?:[≥≤<>=约]|不低于|达到)?\s*[-+]?\.?\d")
_PROGRESS_HEAD = lazy(r"^(?!.*(?:安排|计划|时间|目标|要求|节点))(?:.*(?:进度|进展|完成投资|完成额|存在(?:的)?问题))")


def _class_role(key: str) -> tuple[str, str] | None:
    """The role of a list head of no form's label by its word class (_CLASS_HEADS), else None."""
    for role, rx in _CLASS_HEADS:
        if rx.match(key):
            return ("goal", "") if role == "goal" else ("level", "") if role == "level" else ("field", role)
    return None


@lru_cache(maxsize=4096)
def _head_role(text: str) -> tuple[str, str] | None:
    """A list head's role: ("field", name) for a field of the project (项目名称, 主管部门, 资金规模 …), ("goal", "") for its
    goal (绩效目标 / 年度目标 / 预期目标), ("level", level) for an indicator column (产出指标 / 数量指标 …), else None."""
    key = label_key(clean(text) or "")
    if not key:
        return None
    l1, l2, _ = level_info(key)
    if (l1 or l2) and key.endswith(("指标", "满意度")):
        # (the level as written: 產出指標 in a Traditional list stays so, its key is only for matching)
        return ("level", key if unicodedata.normalize("NFKC", text) == fold(text) else (clean(text) or key))
    if (m := _LEVEL_ASSESSED.match(key)) and any(level_info(m.group("lvl") + "指标")[:2]):
        return ("level", clean(text) or key)
    if key in _ANY_LEVEL_HEADS:
        return ("level", "")         # 绩效指标: each project's indicators of every level, `；` between
    if key.startswith("区域") and _head_role(key[2:]) == ("goal", ""):
        return ("goal", "")          # 区域绩效目标 (a 转移支付 分配表's place's goal): the row's goal
    if key in _PURCHASE_MONEY:
        return ("field", "budget_year")      # 购买金额 (a 政府购买服务 list's), the year's money as in a form
    if _SPENT_SHARE_HEAD.match(key):
        return ("field", "execution_rate")   # 执行进度 / 支出进度 (a 预算执行进度表's): the share of the budget spent
    m = match_field(text)
    if m is None or m[0] in ("_weak_overview", "_weak_goal_annual"):
        r = _class_role(key)         # (责任单位 / 投资规模 / 建设年限 / 建设内容 / 预期效果 / 考核指标: no list was found)
        if r is not None and r[0] in ("goal", "level") and declared_unit(text) is not None:
            return None              # (`预期效益（万元）` over figures, a bond list's expected revenue: money, no goal —
            # it was the goal, `16850`, or lost beside a 考核指标 column; review rv)
        return r
    if m[1] is not None:
        return None
    if m[0] in ("_weak_name", "_weak_budget_total"):
        m = (m[0][len("_weak_"):], None)   # 购买服务项目 | 采购预算: a list's own name and money columns
    if m[0] in ("goal_annual", "goal_total") and _GOAL_HEAD.search(key):
        return ("goal", "")
    if m[0] == "category" and key in _NOT_CATEGORY:
        return None
    if m[0] in ("name", "department", "unit", "category", "period", "overview") or m[0] in L.MONEY_FIELDS \
            or m[0] in _RESULT_FIELDS:
        return ("field", m[0])
    return None


# a list of self-evaluation results (自评结果汇总表, 绩效自评情况汇总表: `序号 | 项目名称 | 主管部门 | 预算数 | 执行数 | 执行率 |
# 自评得分 | 等级`): each row a project's self-evaluation, its score and grade the columns a list of target declarations
# holds its goal in; a list's bare `得分` / `等级` head is its projects' (no field's label alone)
_RESULT_FIELDS = ("score", "grade", "execution_rate")
_RESULT_HEADS = {label_key(k): v for k, v in (("得分", "score"), ("自评分", "score"), ("评分", "score"),
                                              ("等级", "grade"), ("自评结论", "grade"), ("评价结论", "grade"))}
_RESULT_CHEAP = lazy(r"得分|评分|自评分|总分|等级|等次|评价结果|自评结果|结论")
# a results list's heads or title naming the projects' own report: a 自评, or a 绩效运行监控 (`绩效运行监控情况汇总表` over
# `项目名称 | 2025年预算数 | 1-6月执行数 | 执行率 | 偏差原因`, one project's monitoring a row — it was layout_unknown, review sq)
_OWN_REPORT = lazy(r"自评|监控|(?:执行|支出)进度")


def _result_role(text: str) -> tuple[str, str] | None:
    """A head of a list of self-evaluation results: ("field", "score") for 自评得分 / 综合得分 / 得分, ("field", "grade") for
    等级 / 评价等次 / 自评结果, else None."""
    key = label_key(clean(text) or "")
    if key in _RESULT_HEADS:
        return ("field", _RESULT_HEADS[key])
    r = _head_role(text)
    return r if r is not None and r[1] in ("score", "grade") else None


# the columns whose cell merged down over several projects' rows is each one's: their unit, department, category,
# period, a tier over them, an other column (a 备注 over both) — not a money column (one sum for two projects)
_CARRIED = frozenset({"field", "tier", "other"})
_CARRIED_FIELDS = frozenset({"department", "unit", "category", "period"})

_AMONG = lazy(r"\s*其中\s*[:：]?\s*")     # `其中` over a money's parts (label_key drops it: nothing left)

# a tier of a project library's names (`一级项目 | 二级项目`, `一级项目名称 | 二级项目名称`): the lowest tier the list's
# projects, the tiers over it what they belong to
_PROJECT_TIER = lazy(r"^(?P<n>[一二三四1-4])级项目(?:名称)?$")


@lru_cache(maxsize=1 << 16)
def _head_hints(text: str) -> tuple[bool, bool]:
    """Could a cell head a list's goal, indicator or result column, and could it head its names' column? (folded first:
    Traditional heads, 年度績效目標, 項目名稱; worked out once a text, asked of every row of a document)"""
    t = bare_fold(text)
    return bool("目标" in t or "指标" in t or "满意度" in t or "预期" in t or "执行率" in t or "进度" in t or _RESULT_CHEAP.search(t)), \
        "名" in t or "对象" in t or "服务项目" in t or bool(_PROJECT_TIER.match(t)) or t in _BARE_NAME_HEADS \
        or bool(_REGION_HEAD.match(t))


# a list's head over the places a fund is shared among (labels.REGION_HEAD): a 转移支付 分配表's rows
_REGION_HEAD = L.REGION_HEAD
# a 分配表's title: the fund's name before its table words (`2025年农村综合改革转移支付资金分配表`: 农村综合改革转移支付资金)
_FUND_TITLE = lazy(r"^\s*(?:(?:19|20)\d{2}\s*年度?)?\s*(?P<fund>\S{4,40}?)\s*"
                         r"(?:(?:区域)?(?:分配|分配明细|分配方案|分配结果|安排|下达|绩效目标)(?:情况)?(?:一览)?(?:明细)?)+表\s*$")


# a money group's sub-head naming a stage or a measure of one sum, not a part of it (`资金（万元）` over `下达数 | 已拨付数`,
# `预算数 | 调整数 | 执行数`): the group's columns are not summed
_MONEY_STAGE = lazy(r"下达|拨付|到位|执行|支出|结余|结转|调整|实际|完成|使用|累计|批复|年初|全年|预算数|计划数|申请|比例|率")


def _money_group_head(text: str) -> bool:
    """Is a list's head cell of no field's role the label of a money block (`资金来源（万元）`, `项目资金（万元）`,
    `资金构成`): the head of a group of money columns below it."""
    key = label_key(_BRACKETED.sub("", clean(text) or ""))
    return bool(key) and key in _MONEY_GROUP_KEYS


_MONEY_GROUP_KEYS = frozenset(label_key(x) for x in L.MONEY_SECTION_LABELS)


def _bodies_targets(orgs: list, roles: dict) -> bool:
    """Is a head row with no project's name one of bodies' whole targets by its columns alone: one body's name column
    (`单位名称` / `部门名称`), its money (`预算金额`) and its year's goal (`年度绩效目标`)? (`2024年度县直单位绩效目标表` over
    `单位名称 | 预算金额 | 年度绩效目标 | 产出指标`: a 部门整体 list with no 整体 in its title or head; it gave nothing)
    `orgs`: the head's cells of a unit's or a department's role."""
    return len(orgs) == 1 and "名称" in label_key(orgs[0].text) \
        and any(r == ("goal", "") for r in roles.values()) \
        and any(r is not None and r[0] == "field" and r[1] in L.MONEY_FIELDS for r in roles.values())


def _list_columns(rows: list, k: int) -> dict | None:
    """Given a list's head row k, return its columns {col: (role, detail, level 1 of a group)} and where its rows start,
    else None: a name column, and a goal column or an indicator column, under a head of short labels; a second head row
    (合计 | 财政衔接资金 | 其他资金 under 资金规模, 数量指标 | 质量指标 under 产出指标) is read under its group's head."""
    row = rows[k]
    if row.is_text_line or row.grid is None or len(row.cells) < 3:
        return None
    aim = name = False                       # (a goal, indicator or result head; a name head: one plain loop)
    for c in row.cells:
        h = _head_hints(c.text)
        aim = aim or bool(h[0])
        name = name or bool(h[1])
    remark = _remark_goals(rows, k) if not aim and name else None
    if not aim and remark is None or not name:
        return None                  # (no goal, indicator or result head, or no name head — every name label holds
        # 名, 对象 or 服务项目: the cheap tests first, most rows stop here)
    yearly = bool(_year_roles(row.cells))     # (`2024年 | 2025年 | 2026年`: years, no figure)
    # (the list's year, its title's: the column of that year is the year's money, see _year_roles)
    list_year = form_year([" ".join(c.text for c in r.cells) for r in rows[max(0, k - 6):k]])
    if any(_THREE_DIGITS.search(c.text) and not ((m := _YEAR_HEAD.match(label_key(c.text)))
                                                 and (yearly or list_year is not None and int(m.group("y")) == list_year))
           or len(c.text.strip()) > 30 for c in row.cells):
        # (a year's head, `2024年 | 2025年`, or the list's own year's alone, `2025年预算数`, is no figure)
        return None
    roles = {c.col: _head_role(c.text) or _result_role(c.text) for c in row.cells}
    if remark is not None:
        roles[remark] = ("goal", clean(next(c.text for c in row.cells if c.col == remark)) or "备注")
    if not any(r == ("field", "budget_year") for r in roles.values()):
        # `2024年 | 2025年 | 2026年 | 合计` (a 中期规划 list's money by year): see _year_roles (the head was no list's, a
        # year in it: no project read)
        for col, r in _year_roles([c for c in row.cells if roles[c.col] is None], list_year).items():
            roles[col] = r[:2] if r[0] == "field" else None
    if not any(r == ("field", "budget_year") for r in roles.values()):
        # `2025年预算数` alone (a monitoring list's `2025年预算数 | 1-6月执行数`): the year's money when the year is the
        # list's own (or its title names none), as beside the other years' (`_year_roles`; it was no field, lost)
        lone = [c for c in row.cells if roles[c.col] is None and (m := _YEAR_HEAD.match(label_key(c.text)))
                and m.group("w") == "预算" and (list_year is None or int(m.group("y")) == list_year)]
        if len(lone) == 1:
            roles[lone[0].col] = ("field", "budget_year")
    if any(r == ("field", "execution_rate") for r in roles.values()) and not any(r == ("field", "spent")
                                                                                 for r in roles.values()):
        # `全年预算 | 累计支出 | 支出进度` (a 项目支出进度表's): the money spent so far this year beside its share
        # of the budget (it was an other field)
        spent = [c for c in row.cells if roles[c.col] is None and _SPENT_SO_FAR_HEAD.match(label_key(c.text))]
        if len(spent) == 1:
            roles[spent[0].col] = ("field", "spent")
    if not any(r is not None and r[0] == "field" and (r[1] in L.MONEY_FIELDS or r[1] == "spent") for r in roles.values()):
        # `工作任务 | 执行进度 | 完成时间` (a works' progress list, no money column): the work's progress, no share of a
        # budget (the list was read as self-evaluations of a budget execution_rate, hunt fam) — an `执行进度` / `支出进度`
        # head is the budget's only beside its money (a head naming the budget's or the spending's, `预算执行进度`,
        # `资金支出进度`, is the rate with no money column too: a 自评结果汇总表's, review rv8 — it was dropped)
        for c in row.cells:
            if roles[c.col] == ("field", "execution_rate") and _SPENT_SHARE_HEAD.match(key := label_key(c.text)) \
                    and not _BUDGET_SHARE_HEAD.match(key):
                roles[c.col] = None
    names = [c for c in row.cells if roles[c.col] == ("field", "name")]
    if not names and any(r is not None and r[0] in ("goal", "level") for r in roles.values()) \
            and any(r is not None and r[0] == "field" and r[1] in L.MONEY_FIELDS for r in roles.values()) \
            and not any(_RESULT_CHEAP.search(bare_fold(c.text)) or re.search(r"分值|权数|权重|评分|考评|考核内容", c.text)
                        for c in row.cells):
        # `序号 | 项目 | 实施单位 | 预算金额 | 年度绩效目标`: a bare `项目` over the names of a list declaring goals or
        # indicators, with its money (the list was lost, no name head; not a scoring table's, `项目 | 考核内容 | 考核指标 |
        # 年度工作目标 | 权数 | 考评得分`, nor a results list's)
        bare = [c for c in row.cells if roles[c.col] is None and label_key(c.text) in _BARE_NAME_HEADS]
        if len(bare) == 1:
            roles[bare[0].col] = ("field", "name")
            names = bare
    weak = [c for c in names if (m := match_field(c.text)) is not None and m[0] == "_weak_name"]
    if weak and len(names) - len(weak) == 1:
        # (`项目名称 | 购买服务项目 | 购买金额`: the list's names are 项目名称's, the service a column of its own — the list
        # was given up as one of two name columns)
        for c in weak:
            roles[c.col] = None
        names = [c for c in names if c not in weak]
    tiers = sorted((c for c in row.cells if _PROJECT_TIER.match(label_key(c.text))),
                   key=lambda c: "一二三四".find(m.group("n")) if (m := _PROJECT_TIER.match(label_key(c.text))).group("n")
                   in "一二三四" else int(m.group("n")) - 1)
    if len(tiers) >= 2 and all(roles[c.col] in (None, ("field", "name")) for c in tiers) \
            and not any(roles[c.col] == ("field", "name") for c in row.cells if c not in tiers):
        # `一级项目 | 二级项目 | 实施单位 | 资金 | 年度绩效目标`: each row a 二级项目 (the projects declared), the 一级项目 it
        # belongs to merged down over its rows, kept under its head (the list was no list: no name head of its own)
        for c in tiers[:-1]:
            roles[c.col] = ("tier", clean(c.text) or "")
        roles[tiers[-1].col] = ("field", "name")
        names = [tiers[-1]]
    for c in row.cells:
        r = roles[c.col]
        if r is None or r[0] not in ("field", "goal") or _class_role(label_key(clean(c.text) or "")) != r:
            continue
        if any(roles[x.col] == r for x in row.cells if x is not c and (x.col < c.col or match_field(x.text) is not None
                                                                         and not match_field(x.text)[0].startswith("_weak_"))):
            roles[c.col] = None      # (a second column of a word class's role, `建设内容 | 建设规模`, `年度目标 | 预期效果`:
            # a column of its own, the form's label or the first the role's)
    aims = [c for c in row.cells if roles[c.col] is not None and roles[c.col][0] in ("goal", "level")]
    if aims and all(_class_role(label_key(clean(c.text) or "")) == roles[c.col] for c in aims) \
            and any(_PROGRESS_HEAD.search(label_key(clean(c.text) or "")) for c in row.cells):
        return None      # (`总投资 | 建设内容 | 预期效果 | 形象进度 | 完成投资`: a 建设进度表 reporting the works' progress,
        # no list of targets — its goal only a word class's head, 预期效果; it was read as one, 形象进度 an other field)
    orgs = [c for c in row.cells if roles[c.col] in (("field", "unit"), ("field", "department"))]
    if not names and any(r and r[0] in ("goal", "level") for r in roles.values()) and (any(
            "整体" in bare_fold(t) for t in [c.text for c in row.cells]
            + [r.cells[0].text for r in rows[max(0, k - 8):k] if r.is_text_line])
            or _bodies_targets(orgs, roles)):
        # `单位名称 | 预算金额 | 年度绩效目标 | 产出指标` under `关于批复2024年度乡镇部门整体支出绩效目标的通知`: one body's
        # 部门整体 targets a row, named by its body, no project's name (the list gave nothing)
        if len(orgs) == 1:
            names = orgs
            roles[orgs[0].col] = ("field", "_whole_org")
    if not names and any(r is not None and r[0] in ("goal", "level") for r in roles.values()) \
            and any(r is not None and r[0] == "field" and r[1] in L.MONEY_FIELDS for r in roles.values()):
        # `序号 | 地区 | 资金（万元） | 绩效目标` (a 转移支付 分配表 over its 市 / 县, each with its money and goals): one
        # place a row, the fund's share there, named by the fund and the place (the list gave nothing)
        places = [c for c in row.cells if roles[c.col] is None and _REGION_HEAD.match(bare_fold(clean(c.text) or ""))]
        if len(places) == 1:
            names = places
            roles[places[0].col] = ("field", "_region")
    if len(names) != 1 or not any(r and (r[0] in ("goal", "level") or r[1] in _RESULT_FIELDS)
                                  for r in roles.values()):
        return None
    h = detect_header(row)
    if h is not None and h.kind == "indicator" and any(r in h.cols for r in ("level1", "level2", "level3")):
        return None                  # 一级指标 | 二级指标 | … columns: one indicator a row (split_summary_table reads it)
    sub = rows[k + 1] if k + 1 < len(rows) else None
    if sub is not None and sub.grid is row.grid and not sub.is_text_line \
            and (hs := detect_header(sub)) is not None and hs.kind == "indicator" \
            and any(r in hs.cols for r in ("level1", "level2", "level3")) and not _named_values(row, roles, sub):
        return None                  # (the same under a group head: `绩效指标` over `一级指标 | 二级指标 | …`, the levels
        # a head row below; each head was read as one indicator a project, all but its first row lost)
    cols: dict[int, tuple] = {}
    for c in row.cells:
        r = roles[c.col]
        if r is not None:
            cols[c.col] = (r[0], r[1], None)
        elif clean(c.text) and label_key(c.text) not in _SEQ_HEADS:
            cols[c.col] = ("other", clean(c.text), None)   # 建设性质 / 联农带农机制 / 受益户数: projects.other_fields
    for c in row.cells:
        left = max((col for col in cols if col < c.col), default=None)
        if label_key(c.text) in _VALUE_HEADS and cols.get(c.col, ("",))[0] == "other" and left is not None \
                and cols[left][0] == "level":
            cols[c.col] = ("value", left, None)          # (`主要指标 | 指标值`: the targets of the names on the left)
    start = k + 1
    sub = rows[k + 1] if k + 1 < len(rows) else None
    name_col = names[0].col
    sub_years = bool(sub is not None and sub.cells and _year_roles(sub.cells))   # (asked once, not per cell)
    if sub is not None and sub.grid is row.grid and sub.cells and all(c.col != name_col for c in sub.cells) \
            and not any(_DIGITS.search(c.text)
                        and not (sub_years and _YEAR_HEAD.match(label_key(c.text)))
                        or len(c.text.strip()) > 20 for c in sub.cells) \
            and not _lone_numbered(sub.cells, name_col):
        # (not `一、城关镇` / `一、中心镇` alone in the 序号 column: the first heading of the projects below, see
        # _lone_heading; a class of them was read as a second head row, `{"一、中心镇": "1"}` in every project)
        start = k + 2
        tops = sorted(row.cells, key=lambda c: c.col)
        subcells = list(sub.cells)
        low = rows[k + 2] if k + 2 < len(rows) else None
        if any(_AMONG.fullmatch(fold(c.text)) for c in sub.cells) and low is not None and low.grid is row.grid \
                and low.cells and all(c.col != name_col for c in low.cells) \
                and not any(_DIGITS.search(c.text) or len(c.text.strip()) > 20 for c in low.cells):
            # a third head row: `资金（万元）` over `合计 | 其中` over `财政拨款 | 其他资金` — each column's lowest head
            # its own (`其中` read as the fiscal part's head, `其中（万元）`: 260; the other part and the row's first
            # figure lost)
            by = {c.col: c for c in sub.cells}
            by.update({c.col: c for c in low.cells})
            subcells = [c for col, c in sorted(by.items()) if not _AMONG.fullmatch(fold(c.text))]
            start = k + 3
        by_year = _year_roles(subcells, list_year) if not any(r == ("field", "budget_year") for r in roles.values()) \
            else {}
        for c in subcells:
            if c.col in by_year:
                # (`资金需求（万元）` over `2025年 | 2026年 | 2027年 | 合计`: the years' heads a row of their own, read as
                # one of `2024年 | 2025年` in the head row is, below; the row was no head, a year in it, no money read)
                cols[c.col] = by_year[c.col]
                continue
            # the group's head: the head cell whose span covers the column (a merged cell), else the nearest on its
            # left (a text dump writes the group's head over its first column only)
            parent = next((t for t in tops if t.col <= c.col < t.col + max(1, getattr(t, "colspan", 1) or 1)), None) \
                or next((t for t in reversed(tops) if t.col <= c.col), None)
            if parent is None:
                continue
            prole = roles.get(parent.col)
            own = _head_role(c.text)
            if prole is None and _money_group_head(parent.text) and not any(
                    (o := _head_role(x.text)) is not None and o[0] == "field"
                    and (o[1] in L.MONEY_FIELDS or o[1] in _RESULT_FIELDS)
                    for x in subcells if parent.col <= x.col < parent.col + max(1, getattr(parent, "colspan", 1) or 1)
                    or x.col == c.col):
                # `资金来源（万元）` over `中央 | 省级 | 县级` (a money block's label, no field of its own): the group of the
                # project's money, read as `资金规模（万元）` is (its columns were other fields, no money read) — not
                # `预算执行情况` over `预算数 | 执行数 | 执行率`, each sub-head a field of its own (below)
                prole = ("field", "budget_total")
            if prole is None:
                if own is not None and own[0] == "field" and (own[1] in L.MONEY_FIELDS or own[1] in _RESULT_FIELDS):
                    # 预算执行情况 over 预算数 | 执行数 | 执行率: each sub-head the field it names
                    cols[c.col] = (own[0], own[1], None)
                elif clean(c.text):  # 受益对象 over 受益户数（户） | 受益脱贫人口数（人）: each sub-head's column its own
                    cols[c.col] = ("other", clean(c.text), None)
                continue
            if prole[0] == "level" and label_key(c.text) in _NAME_SUBHEADS:
                cols[c.col] = ("level", prole[1], None)   # (`核心绩效指标` over `指标名称 | 指标值`: the group's names)
            elif prole[0] == "level" and label_key(c.text) in _VALUE_HEADS \
                    and (left := max((col for col in cols if col < c.col), default=None)) is not None \
                    and cols[left][0] == "level":
                cols[c.col] = ("value", left, None)       # (… and their targets, as `主要指标 | 指标值` side by side)
            elif prole[0] == "level":
                cols[c.col] = ("level", clean(c.text) or "", prole[1])   # (over the group head's own column)
            elif prole == ("goal", "") and any(level_info(label_key(clean(c.text) or ""))[:2]):
                # `绩效目标` over `产出目标 | 效益目标 | 满意度`: each a level's column, its items that level's indicators
                # (the goal was the first column's text alone, the others lost)
                cols[c.col] = ("level", clean(c.text) or "", None)
            elif prole[0] == "field" and prole[1] in L.MONEY_FIELDS:
                key = label_key(c.text)
                field = own[1] if own is not None and own[0] == "field" and own[1] in L.MONEY_FIELDS else \
                    prole[1] if _LIST_TOTAL.match(key) or key in ("总额", "总计", "合计") else None
                if parent.col == c.col:
                    cols.pop(parent.col, None)
                if field is not None:
                    cols[c.col] = ("field", field, None)
                elif clean(c.text) and sum(1 for x in subcells if x is not c and clean(x.text) and (
                        (next((t for t in tops if t.col <= x.col < t.col + max(1, getattr(t, "colspan", 1) or 1)),
                                   None) or next((t for t in reversed(tops) if t.col <= x.col), None)) is parent)) \
                        and not any(_LIST_TOTAL.match(label_key(x.text)) or label_key(x.text) in ("总额", "总计", "合计")
                                    or _MONEY_STAGE.search(label_key(x.text))
                                    or (o := _head_role(x.text)) is not None and o[1] == prole[1] for x in subcells):
                    # `资金规模（万元）` over `上级补助 | 本级安排`, no total written: each a part of the project's
                    # money, which is their sum (the first part was read as the whole, the others lost)
                    cols[c.col] = ("part", prole[1], clean(parent.text))
                elif not any(v == ("field", prole[1], None) for v in cols.values()):
                    cols[c.col] = ("field", prole[1], None)   # 中央衔接资金 alone under 资金规模: the project's money
                elif clean(c.text):
                    # (`资金规模（万元）` over `小计 | 中央资金 | 县级资金`: the sources beside the total kept under their
                    # heads in the group's unit, `中央资金（万元）`; they were dropped)
                    u = declared_unit(parent.text)
                    cols[c.col] = ("other", clean(c.text) + (f"（{u}）" if u and not declared_unit(c.text) else ""), None)
            # (绩效目标 over 年度目标: the goal column as it is)
    levels = [col for col, v in cols.items() if v[0] == "other" and L.LEVEL_FISCAL.match(label_key(v[1]))
              and (_MONEY_WORD.search(v[1]) or declared_unit(v[1]) is not None)]
    money = [col for col, v in cols.items() if v[0] in ("field", "part") and v[1] in L.MONEY_FIELDS]
    selfs = [col for col in money if cols[col][:2] == ("field", "budget_other") and cols[col][2] is None]
    if len(levels) >= 2 and (not money or money == selfs and len(selfs) == 1):
        # `中央资金 | 省级资金 | 市县资金` in the head row, no money column besides, no group head over them: the parts of
        # the project's money by the level of government giving them, read as under `资金来源（万元）` (they were other
        # fields, no money read). A `自筹资金` beside them (budget_other) is one more part: the project's money the sum
        # of all, its fiscal money the levels' (below; it was budget_other alone, no total, hunt lr)
        for col in levels + selfs:
            cols[col] = ("part", "budget_total", None)
    elif len(levels) >= 2 and len([c for c in money if c not in selfs]) == 1 \
            and cols[next(c for c in money if c not in selfs)][:2] in (("field", "budget_total"), ("field", "budget_year")):
        # (the same levels beside the project's own total, `中央资金 | 省级资金 | 自筹资金 | 总投资`: the total as written,
        # the levels' sum its fiscal money — they were other fields only, budget_fiscal null, review rv)
        for col in levels:
            cols[col] = ("part", "budget_fiscal", None)
    grids = _list_grids(rows, k, name_col)
    body = [r for r in rows[start:start + 200] if id(r.grid) in grids and not r.is_text_line]
    selfs = [col for col, v in cols.items() if v == ("field", "budget_other", None)]
    # (a column of words under `其他` beside 自筹资金, `跨年度实施` / `新建`, is no money: it was summed as none, its
    # words lost, review rw — a source's column holds amounts or nothing)
    others = [col for col, v in cols.items() if v[0] == "other" and L.OTHER_MONEY.fullmatch(
        label_key(_BRACKETED.sub("", v[1])))
        and all(BARE_FIGURE.match(c.text) or is_placeholder(c.text) for r in body for c in r.cells if c.col == col
                and c.text.strip() and clean(c.text) != clean(v[1]))]
    if len(selfs) == 1 and others and all(abs(col - selfs[0]) <= len(others) for col in others):
        # `自筹资金 | 社会资本` beside the fiscal money (under `资金规模` or a `其他资金` group head): two sources of the
        # project's money other than the fiscal, each a part of its other money — budget_other their sum (it was the
        # 自筹 alone, the 社会资本 an other field: a false fiscal_other_mismatch)
        for col in selfs + others:
            cols[col] = ("part", "budget_other", None)
    projects = uses = 0
    for r in body:
        by_col = {c.col: c.text.strip() for c in r.cells}
        name = by_col.get(name_col, "")
        if not name or _LIST_TOTAL.match(label_key(name)) or any(_LIST_TOTAL.match(label_key(t)) for t in by_col.values()):
            continue
        if any(by_col.get(col) for col, v in cols.items() if _declares(v)):
            projects += 1
            uses += label_key(_AMONG.sub("", name)) in _USE_NAMES
    if not projects or uses == projects:
        # (every row a use of the budget, `基本支出 | 其中：人员经费 | 公用经费 | 项目支出` under `项目名称 | 2025年预算数 |
        # 1-6月执行数 | 执行率`: a department's budget execution by its uses, titled 监控 — no list of projects; it was four
        # projects, review rx2)
        return None
    results = not any(v[0] in ("goal", "level") for v in cols.values())
    if results and not any(_OWN_REPORT.search(c.text) for c in row.cells) and not any(
            _OWN_REPORT.search(r.cells[0].text) and _title_line(r.cells[0].text)
            for r in rows[max(0, k - 4):k] if r.is_text_line) \
            and not (_neutral_results_title([r for r in rows[max(0, k - 4):k] if r.is_text_line])
                     and not any(_EVALUATOR_HEAD.search(bare_fold(c.text)) for c in row.cells)):
        return None                  # (a 重点绩效评价结果 公示 or 通报, a meeting's minutes quoting a few projects' 评价得分:
        # results of others' evaluations, no project's self-evaluation; only 自评 heads or a 自评结果汇总表 title, not
        # a lead-in's `在部门绩效自评基础上，县财政局委托第三方…`)
    tops = sorted(row.cells, key=lambda c: c.col)
    core = frozenset(col for col, v in cols.items() if v[0] == "level" and (top := next(
        (t for t in reversed(tops) if t.col <= col), None)) is not None and _CORE_HEAD.match(label_key(top.text)))
    return {"head": k, "start": start, "name": name_col, "cols": cols, "results": results, "grids": grids,
            "core": core}


_REMARK_HEADS = frozenset({"备注", "备注说明", "说明"})


def _remark_goal(text: str) -> bool:
    """Does a cell open with a goal's label (`绩效目标：…`, `年度目标：…`)?"""
    m = _GOAL_LABEL.match(fold(text or "").strip())
    f = match_field(m.group("lab")) if m is not None else None
    return f is not None and f[1] is None and f[0] in ("goal_annual", "goal_total")


def _remark_goals(rows: list, k: int) -> int | None:
    """The column of a list's 备注 head (row k) whose cells write its projects' goals (`绩效目标：硬化道路≥8公里`, a
    计划表 or 分配表 with no goal column of its own: the list was lost, no layout), else None: half its filled cells or
    more open with a goal's label."""
    col = next((c.col for c in rows[k].cells if label_key(c.text) in _REMARK_HEADS), None)
    if col is None:
        return None
    texts = [c.text for r in rows[k + 1:k + 60] if not r.is_text_line and r.grid is rows[k].grid
             for c in r.cells if c.col == col and c.text.strip()]
    goals = sum(1 for t in texts if _remark_goal(t))
    return col if goals and goals * 2 >= len(texts) else None


def _year_roles(cells: list, year: int | None = None) -> dict[int, tuple]:
    """A list's money heads by year (`2024年 | 2025年 | 2026年 | 合计`, a 中期规划 list's; two years or more, each later
    than the one before, a year skipped or not, or the same year again naming other money) as {col: role}: the budget year's column the budget year's money — the
    one year whose head names its 预算 (`2024年执行数 | 2025年预算数 | 2026年计划数`), else the list's YEAR's (its
    title's) when a head names it, else the first whose head names no money spent —, a 合计 / 总计 beside them the
    period's total, each other year an other field under its head; else {}."""
    years = [(int(m.group("y")), m.group("w"), c) for c in sorted(cells, key=lambda c: c.col)
             if (m := _YEAR_HEAD.match(label_key(c.text)))]
    # (a year again beside itself naming other money, `2024年预算数 | 2024年执行数 | 2025年预算数`: last year's budget and
    # spending before this year's budget — it was no list, review rv)
    if len({y for y, _, _ in years}) < 2 or any(b[0] < a[0] or b[:2] == a[:2] for a, b in zip(years, years[1:])):
        return {}
    budget = [c for _, w, c in years if w == "预算"]
    # (`2024年预算数 | 2025年预算数` in a list titled 2025年…: the year's money is 2025's, the year before an other
    # field — it was the budget year, review rx)
    first = budget[0] if len(budget) == 1 else next((c for y, _, c in years if y == year), None) \
        or next((c for _, w, c in years if w not in _PAST_YEAR_WORDS), None)
    if first is None:
        # (`2024年执行数 | 2025年执行数`: every year's money spent, none the budget year's — each an other field under its
        # head, no budget_year; the head was no list's, nothing read, hunt lr)
        return {c.col: ("other", clean(c.text), None) for _, _, c in years} \
            if all(w in _PAST_YEAR_WORDS for _, w, _ in years) else {}
    out = {c.col: ("other", clean(c.text), None) for _, _, c in years if c is not first}
    out[first.col] = ("field", "budget_year", None)
    total = next((c for c in cells if label_key(c.text) in ("合计", "总计", "小计")), None)
    if total is not None:
        out[total.col] = ("field", "budget_total", None)
    return out


def _heading_line(row) -> bool:
    """Whether a text line is a heading of a list's projects (`城关镇`, `一、产业发展类`, `（二）县教育局`): one short
    text, numbered as headings are or naming a body or a township, no sentence."""
    if len(row.cells) != 1:
        return False
    t = fold(row.cells[0].text).strip()
    if not t or len(t) > 30 or re.search(r"[。；;：:，,]|\d", _HEADING_PREFIX.sub("", t)):
        return False
    if _HEADING_PREFIX.match(t) or _heading_unit(row.cells[0]) is not None:
        return True
    # (`老城区`, `农村地区`, `自然保护区`: a short bare word or two of a class or area heading the rows below, no body —
    # it cut the list in two as well; not a title, a unit's declaration nor a note's label)
    return len(t) <= 8 and bool(re.fullmatch(r"[\u4e00-\u9fff]+", t)) and not is_title(row) \
        and not re.search(r"单位|说明|备注|注释|附件|附表|续表|填报|审核|负责人|联系", t)


def _closes_list(row) -> bool:
    """Is ROW a total of a whole list (`合计 | | 150`; not a 小计 nor a page's 本页合计)?"""
    return row is not None and any(_LIST_TOTAL.match(label_key(c.text)) and (s := total_scope(c.text)) is not None
                                   and s[0] == "all" for c in row.cells)


def _list_grids(rows: list, k: int, name_col: int) -> set[int]:
    """The ids of the grids holding the list headed by rows[k]: its own, and those a text dump cut it into at a heading
    line between its rows (`城关镇` alone on a line, no tab: the rows after it were a grid of their own and the list
    stopped there, or was not seen at all) — of the head's width, only heading lines before each, no head of its
    own."""
    grid = rows[k].grid
    out, last, heading, prev, seen = {id(grid)}, grid, False, None, set()
    above = {_running(r) for r in rows[max(0, k - 4):k] if r.is_text_line} - {""}
    for r in rows[k + 1:]:
        if r.is_text_line:
            if len(r.cells) == 1 and _PAGE_MARK.fullmatch(fold(r.cells[0].text).strip()) or _running(r) in above:
                continue             # (`续表`, `（续）`: a page's mark between a list's pages; the list's
                # title or `单位：万元` over it printed again on the new page, `（续）` or not)
            if not _heading_line(r):
                break
            heading = True
            continue
        if r.grid is last:
            prev = r
            seen.update(c.col for c in r.cells if c.text.strip())
            continue
        if _texts(r) == _texts(rows[k]) and r.grid.n_cols == grid.n_cols and not _closes_list(prev):
            # (the list's head printed again word for word atop a new page of a dump, after its title with `（续）`:
            # the same list — it began a list of its own, a 合计 written first checked against the first page's; not
            # after a 合计 of the whole list: `一、续建项目` … `合计`, `二、新建项目` under the same head, a list of its
            # own — its 合计 was checked against both lists' projects, a false mismatch, review rz)
            out.add(id(r.grid))
            last, heading, prev = r.grid, False, None
            continue
        if not (heading or prev is not None and _continues(prev, r, name_col, seen)) \
                or r.grid.n_cols != grid.n_cols or r.grid.origin != grid.origin \
                or any(match_field(c.text) is not None or label_key(c.text) in _SEQ_HEADS for c in r.cells) \
                or detect_header(r) is not None:
            break
        out.add(id(r.grid))
        last, heading, prev = r.grid, False, r
    return out


# a mark printed between a list's pages, `续表` / `（续）` (folded to `(续)`); its number (`第 2 页`, `- 3 -`, `2/3`) is
# page furniture, never a row (document_rows drops it)
_PAGE_MARK = lazy(r"续表|\(续\)")


# a sign-off's cells under a list (`填报人：王xx | 审核人：李xx | 联系电话：…`), a note's (`注：…`, `说明：…`)
_LIST_SIGN_OFF = lazy(r"签字|签章|盖章|负责人|填报人|填表人|审核人|经办人|联系人|联系电话|填报日期|^\s*(?:注|说明|备注)\s*[:：]")


def _running(row) -> str:
    """A text line's words as a page's running head repeats them: no spaces, no `（续）` / `续表` after them."""
    t = re.sub(r"\s+", "", fold(" ".join(c.text for c in row.cells)))
    return re.sub(r"(?:[(（]续表?[)）]|续表)$", "", t)


def _continues(prev, row, name_col: int, seen: set) -> bool:
    """Does ROW, the first row of a grid of its own with no heading before it, go on from PREV, the list's last row (a
    long list printed over pages, LibreOffice Calc's next page-row without the list's head: a grid of its own)? A
    project's row as the last one is: a name in the name column, no 合计; numbered the next number in the same column
    when the last one is numbered, else its figures in the same columns as the last one's and its cells in columns the
    list's rows fill (SEEN: a 备注 some rows fill)."""
    def by(r):
        return {c.col: fold(c.text).strip() for c in r.cells if c.text.strip()}
    a, b = by(prev), by(row)
    name = b.get(name_col, "")
    if not name or BARE_FIGURE.match(name) or any(_LIST_TOTAL.match(label_key(t)) for t in b.values()) \
            or any(_LIST_SIGN_OFF.search(t) for t in b.values()):
        return False
    serial = [col for col, t in a.items() if col < name_col and re.fullmatch(r"\d{1,4}", t)]
    if serial:
        col = serial[0]
        return re.fullmatch(r"\d{1,4}", b.get(col, "")) is not None and int(b[col]) == int(a[col]) + 1
    if any(col < name_col for col in a):
        return False
    figures = {col for col, t in a.items() if BARE_FIGURE.match(t)}
    return bool(figures) and figures == {col for col, t in b.items() if BARE_FIGURE.match(t)} and b.keys() <= seen


# a results list's own title (`2023年度项目支出绩效评价结果汇总表`), and the words of others' evaluations (a 重点评价's 公示 /
# 通报, a 复核, a third party's 评审, a 事前绩效评估 of proposals) that make its results none of the projects' own
_RESULTS_TITLE = lazy(r"(?:绩效|评价|得分).{0,12}(?:结果|情况|得分|等级)(?:汇总|统计|一览)?表?$|(?:汇总|一览|统计)表$")
# (`序号 | 项目名称 | 评价机构 | 评价得分`: a column naming who evaluated, a firm, a panel: the results are theirs)
_EVALUATOR_HEAD = lazy(r"评价机构|评价单位|评价主体|评审机构|评估机构|实施机构|第三方|中介|专家组|评价组")
_OTHERS_EVAL = lazy(r"重点|公示|公告|通报|通知|第三方|委托|抽查|抽评|复核|复评|再评价|评审|中介|考核|排名|排序|会议|纪要|事前|评估")


def _neutral_results_title(lines: list) -> bool:
    """Do the text lines above a results list (`序号 | 项目名称 | 评价得分 | 评价等级`, no 自评 in its heads) title it as
    the projects' own results (`2023年度项目支出绩效评价结果汇总表`, `单位：万元`): title lines only, one naming a list of
    results, none naming another's evaluation (重点, 公示, 通报, 复核, 第三方 …) nor a lead-in's sentence?"""
    texts = [fold(r.cells[0].text).strip() for r in lines if r.cells and r.cells[0].text.strip()]
    return bool(texts) and all(_title_line(t) and not _OTHERS_EVAL.search(t) for t in texts) \
        and any(_RESULTS_TITLE.search(t.rstrip("。：:")) for t in texts)


def _title_line(text: str) -> bool:
    """A line that titles a list (`2023年度项目支出绩效自评结果汇总表`, `（单位：万元）`), no sentence of a lead-in
    (`根据…，在部门绩效自评基础上，县财政局委托…现将评价结果公示如下：`): short, no clause apart by `，。；`."""
    t = fold(text).strip()
    return len(t) <= 40 and not re.search(r"[,，。;；]", t.rstrip("。；;：:"))


def _head_text(head: Row, col: int, detail: str) -> str:
    """The text of the head over column COL of a list's head row, else the field's name DETAIL."""
    return next((h.text for h in head.cells if h.col == col), None) or detail


def _misgrouped_total(cells: dict, spec: dict, head: Row, total: Cell, form: RawForm) -> None:
    """A list's 合计 row whose figure under a money column is misgrouped (`合计 | | 2,40,000` under 分配资金): no sure
    sum, said by amount_unreadable at its row as a place's `1,20,000` is (hunt mn23), on the project over it — the sum
    went unread without a word, the list unchecked (review rv84)."""
    for col, c in cells.items():
        role, detail = spec["cols"].get(col, ("", ""))[:2]
        if role == "field" and detail in L.MONEY_FIELDS and misgrouped_figure(c.text):
            own = f"{label_key(clean(total.text) or '')}{label_key(_head_text(head, col, detail))}"
            form.warnings.append(misgrouped_warning(own, c.text, c))


def _money_of(cell: Cell, cols: dict) -> bool:
    """Is CELL an amount under one of a list's money columns?"""
    role = cols.get(cell.col)
    return role is not None and role[0] == "field" and role[1] in L.MONEY_FIELDS and bool(BARE_FIGURE.match(cell.text))


def _lone_numbered(cells: list, name_col: int) -> bool:
    """Whether CELLS are one heading numbered `一、` alone on its row left of the list's name column (`一、城关镇`,
    `一、中心镇`), whether or not it names a body."""
    return len(cells) == 1 and cells[0].col < name_col and bool(_HEADING_PREFIX.match(fold(cells[0].text)))


def _lone_heading(cells: list, name_col: int) -> Cell | None:
    """A heading numbered `一、` naming a body, alone on its row left of the list's name column (`一、城关镇` written in
    the 序号 column, the merge across the row lost in a dump): the body, as _heading_unit gives it; else None."""
    return _heading_unit(cells[0]) if _lone_numbered(cells, name_col) else None


# a class of projects a heading row names (`一、产业发展类`, `（二）基础设施类项目`): the category of the projects below
_CLASS_NAME = lazy(r"^[\u4e00-\u9fff]{2,12}类(?:项目)?$")


def _num_style(text: str) -> str:
    """A heading's numbering: `paren` (`（一）`, `(1)`) or `plain` (`一、`, `1.`, none)."""
    return "paren" if re.match(r"^\s*[(（]", fold(text)) else "plain"


def _class_below(klass: Cell | None, klass_style: str | None, named: Cell | None, style: str | None):
    """The class over the projects below a list's heading numbered in `style` (`plain` / `paren`), as (its cell, its
    numbering's style), after the class `klass` numbered in `klass_style`: the class the heading names (`named`, from
    _class_heading), else none when the heading is numbered as that class was (`三、项目管理费` after `二、基础设施类`: no
    class over the projects below), else that class still (`（一）…` under `一、产业发展类`)."""
    if named is not None:
        return named, style
    return (None if style == klass_style else klass), klass_style


def _class_heading(cell: Cell, style: str | None = None, lei: frozenset = frozenset()) -> Cell | None:
    """A list's heading row naming a class of projects (`一、产业发展类`, `产业发展类`) as the category's cell, its number
    and a trailing 项目 taken off; else None. A heading numbered in STYLE (its number in the cell or in the 序号 column
    beside it) naming no body and no 类 (`一、基础设施建设`, `（一）教育`) names a class too in a list none of whose
    headings numbered so names a 类 (LEI: the styles whose headings do, `_lei_styles`; `三、项目管理费` after
    `二、基础设施类` names none, hunt rw)."""
    t = _HEADING_PREFIX.sub("", fold(cell.text).strip()).strip()
    if _heading_unit(cell) is not None:
        return None
    if not _CLASS_NAME.match(t):
        if _HEADING_PREFIX.match(fold(cell.text)):
            style = _num_style(cell.text)
        if style is None or style in lei or not _BARE_CLASS.fullmatch(t) or _LIST_TOTAL.match(t) \
                or township(t) or district(t) or plural(t) or _VILLAGE.fullmatch(t):
            return None
    return Cell(cell.row, cell.col, re.sub(r"(?<=..)项目$", "", t), page=cell.page, line=cell.line, bbox=cell.bbox)


# a class's bare name (`基础设施建设`, `教育`): words only, no figure, no mark
_BARE_CLASS = lazy(r"[\u4e00-\u9fff]{2,12}")
# one village or community named as a place (`一、龙潭村`, `（二）桃花社区`: where a heading's projects are done, as a
# township's heading; no class of projects — it was their category, review rw); `美丽乡村`, `新农村` and a class of
# villages, `中心村`, `重点村`, `脱贫村` (as `中心镇` is one of towns), are classes
_VILLAGE = lazy(r"(?!(?:中心|重点|一般|示范|试点|贫困|脱贫|民族|边远|偏远|山区|其他|其它|城郊|新型|行政|自然|美丽|传统|特色"
                      r"|文明|移民|搬迁|集体|经济薄弱|薄弱|整治)(?:村|社区)$)"
                      r"(?:[\u4e00-\u9fff]{1,6}(?<![乡农])村|[\u4e00-\u9fff]{2,6}社区)")


_PUSHED_NO = lazy(r"^(?P<head>.+?\S)\s+(?P<no>\d{1,3})$")


def _pushed_heading(r, head, seq_col: int | None) -> tuple | None:
    """A list's row carrying the heading line above it (`一、义务教育类 | 1 | 营养改善计划 | …`, one cell more than the
    head, or `一、义务教育类 1 | 营养改善计划 | …`, the heading in the 序号 cell before the row's number): (the heading as
    a text line, the row as its head's columns), else None."""
    if r.is_text_line or seq_col != 0 or len(r.cells) < 3 or r.cells[0].col != 0 or not head.cells:
        return None
    first, last = r.cells[0], max(c.col for c in head.cells)
    t = fold(first.text).strip()
    if not _HEADING_PREFIX.match(t) or not _BARE_CLASS.search(_HEADING_PREFIX.sub("", t)):
        return None
    if r.cells[1].col == 1 and max(c.col for c in r.cells) == last + 1 and re.fullmatch(r"\d{1,3}", r.cells[1].text.strip()):
        line = Row([first], None, r.r, r.order - 0.01)
        return line, Row([replace(c, col=c.col - 1) for c in r.cells[1:]], r.grid, r.r, r.order, r.page_break)
    m = _PUSHED_NO.match(t)
    if m is not None and _HEADING_PREFIX.match(m.group("head")) and max(c.col for c in r.cells) <= last:
        line = Row([replace(first, text=m.group("head"))], None, r.r, r.order - 0.01)
        return line, Row([replace(first, text=m.group("no"))] + r.cells[1:], r.grid, r.r, r.order, r.page_break)
    return None


def _lei_styles(rows: list, seq_col: int | None, name_col: int) -> frozenset:
    """The numbering styles (`plain`, `paren`) of a list's headings naming a 类 (`一、产业发展类`, `一 | 产业发展类`):
    a heading numbered so naming no 类 names no class (`三、项目管理费`)."""
    out = set()
    for r in rows:
        cells = {c.col: c for c in r.cells if c.text.strip()}
        if len(cells) == 1:
            c = next(iter(cells.values()))
            if _HEADING_PREFIX.match(fold(c.text)) and _CLASS_NAME.match(_HEADING_PREFIX.sub("", fold(c.text).strip())
                                                                         .strip()):
                out.add(_num_style(c.text))
        elif seq_col in cells and name_col in cells and _HEADING_NO.fullmatch(cells[seq_col].text) \
                and _CLASS_NAME.match(_HEADING_PREFIX.sub("", fold(cells[name_col].text).strip()).strip()):
            out.add(_num_style(cells[seq_col].text))
    return frozenset(out)


def _share_key(head: str, unit: str | None) -> str | None:
    """The other field a list's column of a level's share beside the projects' money is kept under (`其中：中央` under
    `金额单位：万元`: `中央（万元）`), or None when the column is no such share (no unit, or a head of its own unit)."""
    if not unit or declared_unit(head) is not None or not L.LEVEL_FISCAL.match(label_key(head)):
        return None
    return f"{_AMONG.sub('', head, count=1) if _AMONG.match(head) else head}（{unit}）"


def _total_values(cells: dict, cols: dict, unit: str | None = None) -> dict[str, str]:
    """A list's 合计 row's figures by the money column each is of: under its column's head, or — when a figure stands
    under another column (a dump that lost the 合计 cell's merge: `合计 | | 18,770.00 | 17,909.62 | 95.41%`, the sums one
    column left) — in order, when the row holds as many amounts as the list has money columns; else none. A figure
    under a level's share column (`其中：中央 | 省级` beside 下达资金, kept in the projects' other_fields) is that
    share's, keyed SHARE_TOTAL + its other field's key (`other_fields:中央（万元）`), checked against the projects' too
    (it was not read, and the row's other figures then neither: not all under money heads, hunt ck2)."""
    shares = {}
    for col, c in list(cells.items()):
        role = cols.get(col)
        if role is not None and role[0] == "other" and (key := _share_key(role[1], unit)) is not None \
                and BARE_FIGURE.match(c.text):
            shares[SHARE_TOTAL + key] = c.text
            cells = {k: v for k, v in cells.items() if k != col}
    out = _money_total_values(cells, cols)
    return {**out, **shares}


def _money_total_values(cells: dict, cols: dict) -> dict[str, str]:
    money = sorted((col, detail) for col, (role, detail, _) in cols.items() if role == "field" and detail in L.MONEY_FIELDS)
    figures = sorted((col, c.text) for col, c in cells.items() if BARE_FIGURE.match(c.text))
    parts = {col: detail for col, (role, detail, _) in cols.items() if role == "part"}
    heads = dict(money)
    if parts and figures and all(col in parts or col in heads for col, _ in figures) \
            and not any(detail == d for _, d in money for detail in parts.values()):
        # (`合计 | | | 450 | 110 | 70` under `中央 | 省级 | 市县`, the parts of the projects' money: the sum of its figures
        # under each field's parts, as a project's money is theirs — it was not checked; so beside the fields' own
        # columns, `合计 | 790 | 540 | 130 | 120` under `合计 | 财政资金 | 自筹资金 | 社会资本`, hunt lq2)
        out: dict[str, str] = {heads[col]: text for col, text in figures if col in heads}
        for detail in dict.fromkeys(parts.values()):
            got = [text for col, text in figures if parts.get(col) == detail]
            if not got:
                continue
            places = max((len(t.split(".")[1]) for t in got if "." in t), default=0)
            out[detail] = f"{sum(_number(t) for t in got):.{places}f}"
        return out
    if not money or not figures:
        return {}
    if all(col in heads for col, _ in figures):
        return {heads[col]: text for col, text in figures}
    if len(figures) == len(money):
        return {detail: text for (_, detail), (_, text) in zip(money, figures)}
    return {}


# a list's column of the township (or a city list's county / district) each project is done in
_TOWN_HEADS = frozenset(label_key(x) for x in L.TOWN_HEADS + L.COUNTY_HEADS)


def _declares(role: tuple) -> bool:
    """Is a list's column one a row of a project fills (its goal, an indicator, its self-evaluation's score or grade,
    or a monitoring list's execution rate, `项目名称 | 2025年预算数 | 1-6月执行数 | 执行率 | 偏差原因`)?"""
    return role[0] in ("goal", "level") or role[0] == "field" and role[1] in _RESULT_FIELDS


def _declares_any(rows: list, spec: dict) -> bool:
    """Does any row of a list (`_list_columns`' SPEC) fill a column that declares (`_declares`) with more than a pointer
    elsewhere? A 预算表's `绩效目标` column of `详见绩效目标表` / `见附件` / `另行公开` declares nothing: its rows are no
    target declarations but a list of projects (they were projects of no goal, no indicator)."""
    cols = {col for col, role in spec["cols"].items() if _declares(role)}
    return any(c.col in cols and clean(c.text) and not _REFERENCE.match(fold(c.text).strip())
               for r in rows[spec["start"]:] if id(r.grid) in spec["grids"] for c in r.cells)


def _head_like(row) -> bool:
    """Could a row of a list's grid head another list (short texts, a goal or indicator head and a name head)?"""
    if len(row.cells) < 3:
        return False
    aim = name = False                       # (one plain loop: asked of every row of a list's grid)
    for c in row.cells:
        h = _head_hints(c.text)
        aim = aim or bool(h[0])
        name = name or bool(h[1])
    return aim and name and not any(_DIGITS.search(c.text) for c in row.cells)


def _texts(row) -> list[str]:
    return [clean(c.text) for c in row.cells if clean(c.text)]


def _other_head(row) -> bool:
    """Does a row of a list's grid head another table (a 序号 head over short labels, no figure): a list's own head
    repeated is skipped before (`again`), so this one is some other table's (`附：资金拨付计划` then `序号 | 乡镇 |
    拨付批次 | 金额（万元）` in the same frame: its rows were read as the list's projects)."""
    return len(row.cells) >= 3 and any(label_key(c.text) in _SEQ_HEADS for c in row.cells) \
        and not any(_DIGITS.search(c.text) or len(c.text.strip()) > 20 for c in row.cells)


def _head_again(row, head) -> bool:
    """Is a 序号-headed row of a list's grid its head printed again, its words shortened or cut (`项目` for `项目名称`,
    `绩效目标` for `年度绩效目标`, a cell left empty): each of its texts one of the head's cell in its column, or part
    of it, or that cell part of it (not `序号 | 乡镇 | 拨付批次 | 金额（万元）`, another table's head)."""
    own = {c.col: label_key(c.text) for c in head.cells if label_key(c.text)}
    texts = {c.col: label_key(c.text) for c in row.cells if label_key(c.text)}
    same = [col for col, t in texts.items() if (o := own.get(col)) and (t in o or o in t)]
    return len(same) == len(texts) and len([col for col in same if texts[col] not in _SEQ_HEADS]) >= 2


def _same_columns(cols: dict, first: dict) -> bool:
    """Do a list's head's columns (`_list_columns`) read as another's: the same columns, each of the same role (the
    texts of columns of no role, `other`, may differ: `建设性质（续）`)."""
    return cols.keys() == first.keys() and all(cols[c][:2] == first[c][:2] or cols[c][0] == first[c][0] == "other"
                                               for c in cols)


def _target_lists(rows: list, with_form: bool = False) -> list[dict]:
    """The document's lists of target declarations (module notes above); [] when it has none, or when it holds a form
    too (a 项目名称 label beside its value, an indicator table): the lists are then that document's summaries (WITH_FORM:
    the lists all the same, see `region_forms`)."""
    out, grids = [], set()
    for k, r in enumerate(rows):
        if not r.is_text_line and id(r.grid) in grids and k >= out[-1]["start"] and _texts(r) == out[-1]["texts"]:
            # (the list's head repeated word for word on a new page of a dump: no project, nor its second head row)
            spec = _list_columns(rows, k)
            out[-1]["again"].update(range(k, spec["start"]) if spec is not None else (k,))
            continue
        if r.is_text_line or len(r.cells) < 3 or id(r.grid) in grids and (k < out[-1]["start"]
                                                                         or k in out[-1]["again"] or not _head_like(r)):
            continue                 # (a row of fewer than three cells heads no list: `_list_columns` says None)
        # (a second head row further down a list's grid, `二、县教育局` then `序号 | 项目名称 | 预算金额 | 年度绩效目标`
        # in one sheet: a list of its own, its columns its own — it was read as a project of the first list's, and
        # its rows under the first list's columns)
        spec = _list_columns(rows, k)
        if spec is not None and id(r.grid) in grids and _same_columns(spec["cols"], out[-1]["cols"]):
            # (the list's head repeated on a new page, `项目名称（续）` or its cells cut otherwise, one head row or two:
            # the same list, its head rows no project — it started a list of its own when its texts differed at all)
            out[-1]["again"].update(range(k, spec["start"]))
            continue
        if spec is not None:
            spec["again"], spec["texts"] = set(), _texts(r)
            out.append(spec)
            grids |= spec["grids"]
    out = [spec for spec in out if _declares_any(rows, spec)]
    if not out:
        return []
    notice = [fold(r.cells[0].text).strip() for r in rows[:out[0]["head"]]
              if r.is_text_line and _NOTICE.search(fold(r.cells[0].text).strip())]
    if any(_MINUTES.search(fold(r.cells[0].text).strip()) for r in rows[:out[0]["head"]][:8] if r.is_text_line) \
            and not any(_TARGET_NOTICE.search(t) for t in notice):
        return []                    # (minutes: what a meeting agreed on, no declarations — see _MINUTES; not under a
        #                              notice approving targets, which may name the minutes it rests on)
    if notice and not any(_TARGET_NOTICE.search(t) for t in notice) \
            and not all(spec["cols"][spec["name"]][:2] == ("field", "_region") for spec in out):
        return []                    # 关于下达…资金的通知 / 各乡镇人民政府：: a notice's allocation (分配表), no declarations
        # (but a 转移支付 分配表 over places with their goals, `地区 | 资金 | 绩效目标`: the 区域绩效目标 issued with the
        # money, one a place — they were lost under the notice)
        # (关于批复2024年度项目支出绩效目标的通知: the targets it approves are the rows' own, one a project)
    heads = {}                       # (each list's grid: the row its first head is on)
    for spec in out:
        for g in spec["grids"]:
            heads[g] = min(heads.get(g, spec["head"]), spec["head"])
    whole = {g for spec in out for g in spec["grids"]
             if spec["cols"][spec["name"]][:2] != ("field", "_whole_org") and _WHOLE_FORM.search(
                 "".join(bare_fold(r.cells[0].text) for r in rows[:spec["head"]] if r.is_text_line))}
    for k, r in enumerate(rows if not with_form else ()):
        if id(r.grid) in whole and not r.is_text_line and k > heads[id(r.grid)] \
                and (h := detect_header(r)) is not None and h.kind == "indicator":
            return []                # (a 部门整体 form's key projects, `重点项目 | 项目名称 | 项目金额 | 主要绩效目标`, over
            # the form's `一级指标 | 二级指标 | 三级指标 | 指标值` in one run of rows: the form's table of its projects,
            # no list of them — the form was lost, the projects read as a list, hunt fam8)
        if id(r.grid) in grids and not r.is_text_line and k >= heads.get(id(r.grid), 0):
            continue                 # (a list's rows; the rows of its grid above its head are a form's own — a dump's
            # `资金名称 | …` over `县市区 | 资金额度 | 区域绩效目标`, one run of tabbed rows: the form was lost, hunt fam3)
        for a, b in zip(r.cells, r.cells[1:]):
            if (label_key(a.text) == "项目名称" or (m := match_field(a.text)) is not None and m == ("name", None)) \
                    and clean(b.text) and match_field(b.text) is None:
                return []            # 项目名称 | 某项目 (专项资金名称 | 某专项资金): a form of its own in the document
        h = detect_header(r) if not r.is_text_line else None
        if h is not None and h.kind == "indicator":
            return []
    return out


def region_forms(doc: Extracted, fund: str | None = None) -> list[RawForm]:
    """The places' shares of a fund (`序号 | 地区 | 分配资金 | 区域绩效目标`, a 转移支付 分配表 attached to its 区域绩效目标表)
    in a document that holds a form besides: one project a place, read as in a document of the list alone (the form's
    reader read none: the places and their goals were lost). Not a list of projects there: that is the form's summary.
    FUND: the name of the form's project (its one form's), the fund the places share when the list's title names
    none."""
    rows = document_rows(doc)
    if not any(not r.is_text_line and any(_REGION_HEAD.match(bare_fold(clean(c.text) or "")) for c in r.cells)
               for r in rows):
        return []                    # (the cheap test first: no place's head, no list of places)
    lists = [spec for spec in _target_lists(rows, with_form=True)
             if spec["cols"][spec["name"]][:2] == ("field", "_region")]
    return _read_target_lists(rows, lists, clean(fund) if fund else None).forms if lists else []



# `65岁及以上老年人健康管理率≥65%`: a name holding a figure (an age, a grade), its operator then the target after it
_FIGURED_NAME_OP_TARGET = re.compile(r"^\s*(?P<name>(?=(?:[^\u4e00-\u9fff]*[\u4e00-\u9fff]){4})[^≥≤≧≦＞＜<>=＝》《:：]{4,40}?"
                                     r"[\u4e00-\u9fff])\s*" + OP_TARGET)


def _level_label(name: str) -> bool:
    """Whether NAME is a level's label (`数量指标`, `数量`, `社会效益`, `满意度指标`), not an indicator a level 2 is also
    called (`服务对象满意度`, and a bare `满意度`: `满意度≥90%` in a list is the satisfaction indicator an auditor asks
    for, and no_satisfaction_indicator must not fire on it)."""
    l1, l2, key = level_info(name)
    return bool(l1 or l2) and (fold(name).strip().endswith("指标") or not key.endswith("满意度"))


def _levelled_items(text: str) -> bool:
    """Does a list's goal cell hold levels' indicators only (`产出指标：建档率≥90%；效益指标：素养水平≥28%`): opening with
    a level's label, two levels' labels or more, each item after them a name and its target?"""
    t = fold(text or "")
    if not _LEVEL_RUN.match(t) or not _level_label(_LEVEL_RUN.match(t).group("lab")):
        return False
    items = _cell_items(t)
    labs = [m for x in items if (m := _LEVEL_RUN.match(x)) is not None and _level_label(m.group("lab"))]
    return len(labs) >= 2 and all(split_packed_item(m.group("rest") if (m := _LEVEL_RUN.match(x)) is not None
                                                    and _level_label(m.group("lab")) else x)[0] is not None
                                  for x in items)


# a goal's label opening a part of a list's goal cell (`总体目标：…。年度目标：…`), at its start or after a stop
_GOAL_LABEL = lazy(r"(?:^|(?<=[。；;\n]))\s*(?P<lab>[^\s:：；;，,。、]{2,8}目标)\s*[:：]\s*")


def _goal_parts(text: str) -> dict[str, str]:
    """A list's goal cell as {field: text}: goal_annual, the cell as written; a cell opening with a long-term goal's
    label and holding the year's (`总体目标：…。年度目标：…`, `中期目标：…；年度目标：…`) each part under its field, its label
    and the stop before the next label left out (the whole was goal_annual, the labels in it)."""
    marks = [(m, match_field(m.group("lab"))) for m in _GOAL_LABEL.finditer(text)]
    marks = [(m, f[0]) for m, f in marks if f is not None and f[1] is None and f[0] in ("goal_total", "goal_annual")]
    if len(marks) == 1 and marks[0][0].start() == 0 and text[marks[0][0].end():].strip():
        # (`总体目标：…` alone in the cell: the long-term goal, under its field without its label — it was goal_annual,
        # the label in it; `年度目标：…` alone the year's, its label left out the same)
        return {marks[0][1]: text[marks[0][0].end():].strip()}
    if not marks or marks[0][0].start() != 0 or {f for _, f in marks} != {"goal_total", "goal_annual"} \
            or len(marks) != 2:
        return {"goal_annual": text}
    out = {}
    for (m, f), nxt in zip(marks, marks[1:] + [(None, None)]):
        part = text[m.end():nxt[0].start() if nxt[0] is not None else len(text)]
        part = re.sub(r"[。；;，,\s]+$", "", part) if nxt[0] is not None else part.strip()
        if part:
            out[f] = part
    return out or {"goal_annual": text}


# a piece after `，` in an indicator cell that is a condition of the piece before (`培训农民≥200人次，每次不少于3天`,
# `亩均增产≥50公斤，持续3年`, `且…`), or a part counted in it (`培训农村劳动力≥1000人，其中脱贫人口≥500人`: the
# qualifier of its target, as `≥1000人（其中脱贫人口≥500人）` reads — it was an indicator named `其中脱贫人口`), no indicator
# of its own; a rate of each one is (`培训农民≥1000人，每期培训合格率≥90%`: two indicators — it was one, the rate its
# qualifier, review rv)
# (a rate or a percent of the clause's own, `每期培训合格率≥90%`, is an indicator of its own, review rv; one in brackets
# after its count is the count's note, `每期不少于50人（其中脱贫劳动力占比不低于30%）`: it took the item's name, review rw)
_CONDITION = lazy(rf"^(?:{EACH_ONE}(?![^，,；;（(]*?(?:率|%|％))|持续|连续|保持|且|并且|同时|其中)")
_CONDITION_TAIL = lazy(r"\s*[，,]\s*" + _CONDITION.pattern[1:])


# (a piece's number: the circled runs of normalize.text, `①`, `❶`, `➀` — `[①-⑳]` was a twin of them, review rv120)
_PIECE_NO = lazy(rf"^\s*(?:[{CIRCLED_NO}]|\d{{1,2}}\s*[.．、](?!\d)|[(（]\d{{1,2}}[)）])\s*")


def _cell_items(text: str) -> list[str]:
    """An indicator cell's items: split at `；` / a new line, and at `，` when every piece (after the item's level label or
    lead-in, if any) is an indicator of its own, a name and its target (`主要指标：新建高标准农田1.2万亩，亩均粮食产能提高≥50公斤`, `数量指标：完成改造
    120户，新建厕所50座`: they were one unread item); the label stays on the first piece (its level the pieces' after it)."""
    out = []
    for item in (x for x in _ITEM_SEP.split(_LEVEL_RUN_SEP.sub("；", text)) if x.strip()):
        lab = _LEVEL_RUN.match(item)
        head, rest = (item[:lab.start("rest")], lab.group("rest")) if lab is not None \
            and (_level_label(lab.group("lab")) or _LEAD_IN.match(fold(lab.group("lab")).strip())) else ("", item)
        parts, pieces = re.split(r"\s*([，,])\s*", rest), []
        if re.match(rf"\s*[{CIRCLED_NO}]", rest) and len(re.findall(f"[{CIRCLED_NO}]", rest)) >= 2:
            parts = [x for p in re.split(f"(?=[{CIRCLED_NO}])", rest) for x in (p, "") if p.strip()][:-1]
            # (`①补贴公交车辆≥80辆②线路覆盖率100%`: items numbered one after the other, no separator between)
        for k in range(0, len(parts), 2):
            if not parts[k].strip():
                continue
            if pieces and _CONDITION.match(parts[k]):
                pieces[-1] += parts[k - 1] + parts[k]   # (`每次不少于3天`, `持续3年`: a condition of the piece before,
                # no indicator of its own — they were `每次不少于` 3天, `持续` 3年, review rw)
            else:
                pieces.append(parts[k])
        # (a piece's own number, `1.新建客运站3个，2.配套停车位60个`, `①…②…`: no part of its name — the cell was one
        # unread item, review rx)
        pieces = [_PIECE_NO.sub("", x, count=1) for x in pieces] if len(pieces) >= 2 else pieces
        if len(pieces) >= 2 and all(split_packed_item(x)[0] is not None for x in pieces):
            out += [head + pieces[0]] + pieces[1:]
        else:
            out.append(item)
    return out


# a name, then a figure in Chinese numerals and a short unit closing the item (`补植苗木两千株`, `开展培训三次`)
_NAME_CN_FIGURE = lazy(r"^\s*(?P<name>[^≥≤≧≦＞＜<>=＝》《\d:：，,；;。]{2,40}?)\s*"
                             r"(?P<target>(?:不少于|不低于|约)?[一二两三四五六七八九十百千万]+[^\d\s，,；;。一二两三四五六七八九十]{1,4})\s*$")


# a name of a time then the time it is due at (`完工时间2024年10月底前`, `竣工日期：2024年12月31日前`): no figure of a count,
# so none of the figure patterns took it — a narrated `（2）时效指标：完工时间2024年10月底前，…` was no indicator (hunt ly13's
# leftover, ly14); the name must name a time (`建成2024年示范村` is one unread item); the time a month or a day, or the
# year's end or a quarter (`完工时间2024年底前`: it was no item, and the narrated list cut there, its next ones lost)
_NAME_TIME_TARGET = lazy(rf"^\s*(?P<name>[^\d:：，,；;。]{{2,20}}?)\s*[:：]?\s*"
                         rf"(?P<target>(?:不晚于|不迟于)?\s*(?:{STEP_TIME}|{YEAR_PART_TIME})\s*{DEADLINE_SUFFIX})\s*$")


def split_packed_item(text: str) -> tuple[str | None, str]:
    """An indicator cell's item as (name, target): `新建机耕路8.2公里` -> ("新建机耕路", "8.2公里"), `补助人数≥380人` ->
    ("补助人数", "≥380人"), `受益人口：≥3200人` -> ("受益人口", "≥3200人"); (None, the text) when it is a target alone
    (`≥95%`, `2023年12月31日前完工`) or a sentence (`脱贫人口务工收入稳定增长`)."""
    cond = _CONDITION_TAIL.search(text)
    if cond is not None and cond.start() > 0 and (got := split_packed_item(text[:cond.start()]))[0] is not None:
        return got[0], got[1] + text[cond.start():].strip()   # (`培训农村劳动力≥1000人，其中脱贫人口≥500人`: the name,
        # the target with its part, `≥1000人，其中脱贫人口≥500人`; a sign in the part kept it from splitting)
    # (a word operator before the figure, `培训人数不少于500人`, is the target's: it was the name's, `培训人数不少于`, the
    # target `500人` read as `=`, hunt nw2 — the pair tables' own pattern, core's)
    for rx in (NAME_COLON_TARGET, _NAME_OP_TARGET, _PAIR_NAME_WORD, _PAIR_NAME_FIGURE, _FIGURED_NAME_OP_TARGET):
        m = rx.match(text)
        # (a level's label is no name, `数量指标：3项`, `数量：3项`; a name a level 2 is also called whose satisfaction is
        # someone's, `服务对象满意度≥90%`, is one)
        if m is not None and not _level_label(m.group("name")) and target_strength(m.group("target")) == 2:
            return m.group("name").strip(), m.group("target").strip()
    m = _NAME_TIME_TARGET.match(text)
    if m is not None and TIMELY_NAME.search(m.group("name")) and not _level_label(m.group("name")):
        return m.group("name").strip(), m.group("target").strip()
    m = _NAME_CN_FIGURE.match(text)
    if m is not None and not _level_label(m.group("name")) and (t := split_target(m.group("target"))).value is not None \
            and t.unit is not None:
        return m.group("name").strip(), m.group("target").strip()   # `补植苗木两千株`: 补植苗木, `两千株` (a figure in
        # Chinese numerals and its counted unit; `新建三星级厕所` no count, one unread item)
    return None, text.strip()


def _read_target_lists(rows: list, lists: list[dict], fund_name: str | None = None) -> ParseResult:
    res = ParseResult()
    lines = [r.cells[0].text for r in rows if r.is_text_line]
    # (…乡村振兴项目库: the list's title, a text line's; a sheet's row holding it alone over the list's head too,
    # `2026年度项目库入库项目清单` atop a CSV export — the list's year was lost, hunt nw8)
    first = lists[0]["head"] if lists else 0
    tops = [r.cells[0].text for k, r in enumerate(rows) if r.is_text_line or k < first and len(r.cells) == 1]
    # (a field's pair or a note is no title, `填报单位：市发展改革委项目管理科` atop the sheet: its 项目 took the title's
    # place, the year lost; `备注：2027年前完工的项目列入` gave its year — review rv94)
    titles = [r.cells[0].text for r in rows if r.is_text_line and is_title(r)] or [
        t for t in tops[:4] if re.search(r"绩效|项目库|项目", t) and match_field(t) is None and not is_remark(t)][:1]
    for spec in lists:
        head = rows[spec["head"]]
        grid = head.grid
        # the list's own title, the nearest title line above its head (`2024年度…项目支出绩效目标批复表` under the notice's
        # heading `关于下达2024年度项目支出绩效目标的通知` and its `附件：…` line), first; the document's others after it
        own = next((r.cells[0].text for r in reversed(rows[:spec["head"]]) if r.is_text_line and is_title(r)), None)
        list_titles = [own] + [t for t in titles if t != own] if own is not None else titles
        # the money's unit: the money head's (资金规模（万元）), else a line or cell above the list (单位：万元)
        unit = next((declared_unit(c.text) for r in rows[spec["head"]:spec["start"]] for c in r.cells
                     if spec["cols"].get(c.col, ("",))[0] in ("field", "part") and declared_unit(c.text)), None)
        if unit is None:
            unit = next((declared_unit(c.text) for r in rows[:spec["head"]] for c in r.cells[:1] + r.cells[1:]
                         if declared_unit(c.text) and "单位" in bare_fold(c.text)), None)
        has_unit = any(v == ("field", "unit", None) for v in spec["cols"].values())
        has_dept = any(v == ("field", "department", None) for v in spec["cols"].values())
        # `单位名称：汝城县卫生健康委员会 | 单位：万元` over the list (a 批复表's or 汇总表's owner): every row's, when no
        # column names it (not `填报单位：景德镇市财政局`, the office compiling a summary of others' projects)
        owner = {}
        for r in rows[max(0, spec["head"] - 4):spec["head"]]:
            for c in r.cells:
                m = match_field(c.text)
                if m is not None and m[0] in ("department", "unit") and m[1] and not is_placeholder(m[1]) \
                        and not _COMPILER.search(c.text.split(m[1])[0]) \
                        and not any(v == ("field", m[0], None) for v in spec["cols"].values()):
                    owner.setdefault(m[0], (m[1], c))
        dept_col = next((col for col, v in spec["cols"].items() if v == ("field", "department", None)), None)
        if owner and dept_col is not None:
            # (`单位名称：县财政局（盖章）` over a 汇总表 whose 主管部门 column names other departments: the office
            # compiling it, no row's unit; one of the column's own departments stays the rows' unit)
            depts = {clean(c.text) for r in rows[spec["start"]:] if not r.is_text_line and id(r.grid) in spec["grids"]
                     for c in r.cells if c.col == dept_col and c.text.strip()}
            if len(depts) >= 2:
                owner = {k: v for k, v in owner.items() if clean(v[0]) in depts}
                # (one department in every row under `单位名称：县第一中学`: its unit's list, the line the rows' unit)
        heading, style = None, None  # the unit a heading row names (一 | 县农业农村局), how that heading is numbered
        for r in reversed(rows[max(0, spec["head"] - 3):spec["head"]]):
            # `二、县教育局` alone on its line right over the list's head (lists of two bodies one under the other, each
            # with its own head): the body of the projects below, as between its rows (they had none; the first list's
            # `一、县农业农村局` over its head was lost the same)
            if len(r.cells) != 1 or not r.is_text_line and r.grid is not grid:
                break                # (a row of the list's grid holding that heading alone, merged across a sheet's
                # width over the head, is one as well: Calc prints it in the table's frame)
            if _HEADING_PREFIX.match(fold(r.cells[0].text)):
                org = _heading_unit(r.cells[0])
                if org is not None:
                    heading, style = org, "plain"
                break
        seq_col = next((c.col for c in head.cells if label_key(c.text) in _SEQ_HEADS), None)
        klass: Cell | None = None    # the class a heading row names over the projects below (`一、产业发展类`)
        klass_style = None           # its numbering's (`一、` plain, `（一）` paren): a heading numbered so ends it
        kseq: str | None = None      # the 序号 of the parent row whose name is that class (`1` over `1.1`, `1.2`)
        kaims: list = []             # that parent's own goal and indicators, kept in its projects' other fields
        mine: list[RawForm] = []     # the list's projects, and those since its last 小计
        tier: dict[int, Cell] = {}   # the higher tiers' names now in force (一级项目), by column
        merged: dict[int, Cell] = {}  # a cell merged down over the rows below (not money: one sum is no two projects')
        merged_grid: dict[int, object] = {}
        since = 0
        last, last_cols = -1, set()  # the row of the list's last project, the columns it filled
        heads, ahead, grouped = False, None, {}   # 小计 rows heading their groups; the one whose sum is pending; its text
        groups: dict[int, dict] = {}  # a heading's or a parent row's sum over its projects, pending until they end,
        # by its depth (`一` 0, `（一）` 1, a `1` parent over `1.n` rows 2)
        doubt = None                 # a 小计 not summing the projects above it: theirs, or the next ones'?
        lead = None                  # a 合计 before the list's first project: the sum of those below
        end = min((x["head"] for x in lists if x["head"] >= spec["start"]), default=len(rows))
        # (`一、义务教育类 | 1 | 营养改善计划 | …`: a heading line pushed onto the row below it, in a cell of its own or in
        # the 序号 cell, `一、义务教育类 1` — read as the heading line and the row; the row was read one column off,
        # its name `1`, its money lost)
        walk = [(at, x) for at, r in enumerate(rows[spec["start"]:end], spec["start"])
                for x in (_pushed_heading(r, head, seq_col) or (r,))]
        lei = _lei_styles([x for _, x in walk], seq_col, spec["name"])   # (the styles of the headings naming a 类)
        for at, r in walk:
            if at in spec.get("again", ()):
                continue    # (the list's head repeated on a new page, its columns the same: no project)
            if r.is_text_line:
                # `一、城关镇` merged across the list's width between its rows (a workbook's, a page's): a heading of the
                # projects below, as in the 序号 column (an unnumbered line too when it names a township or a district:
                # `永安乡`, `海淀区`)
                cell = r.cells[0] if len(r.cells) == 1 else None
                if cell is not None and _HEADING_PREFIX.match(fold(cell.text)):
                    _close_groups(groups, mine, 1 if _num_style(cell.text) == "paren" else 0)
                if cell is not None and (named := _class_heading(cell, lei=lei)) is not None:
                    klass, klass_style = _class_below(klass, klass_style, named, _num_style(cell.text))
                    if _HEADING_PREFIX.match(fold(cell.text)) and _num_style(cell.text) == style:
                        heading, style = None, None   # (`二、其他项目` after `一、城关镇`: a class, no body's)
                elif cell is not None and (_HEADING_PREFIX.match(fold(cell.text)) or township(cell.text.strip())
                                           or district(cell.text.strip())):
                    if _HEADING_PREFIX.match(fold(cell.text)):
                        klass, klass_style = _class_below(klass, klass_style, None, _num_style(cell.text))
                    org = _heading_unit(cell)
                    if org is not None:
                        heading, style = org, "plain"
                continue
            if id(r.grid) not in spec["grids"]:
                break
            cells = {c.col: c for c in r.cells if c.text.strip()}
            carried: dict[int, Cell] = {}   # the merged cells over this row, joined to its own only once it is a project
            for col, c in list(merged.items()):
                if c.row + c.rowspan <= r.r or r.grid is not merged_grid.get(col):
                    del merged[col]
                elif col not in cells and cells and spec["cols"].get(col, ("",))[0] in _CARRIED:
                    carried[col] = c    # (实施单位 merged down over two projects' rows: written on the first, each's)
            for c in r.cells:
                # (a tier column, 一级项目, is carried by `tier` below, merged or written once over blank cells: in
                # force until the next one, not only to the merge's end; it is not carried twice)
                if c.rowspan > 1 and c.text.strip() and spec["cols"].get(c.col, ("",))[0] in _CARRIED \
                        and spec["cols"][c.col][0] != "tier" \
                        and (spec["cols"][c.col][0] != "field" or spec["cols"][c.col][1] in _CARRIED_FIELDS):
                    merged[c.col], merged_grid[c.col] = c, r.grid
            if not _other_head(r) and (h := detect_header(r)) is not None and h.kind in ("indicator", "score") \
                    and len(h.cols) >= 3:
                break       # (`一级指标 | 二级指标 | 三级指标 | 指标值` right under a 区域绩效目标 list in one frame: the form's
                # indicator table, no place — its rows were read as places named 产出指标)
            if _other_head(r):
                if _head_again(r, head):
                    continue    # (`序号 | 项目 | 实施单位 | 资金规模（万元） | 绩效目标` over page 2 of a list headed `序号 |
                    # 项目名称 | … | 年度绩效目标`, or its goal head cut away: its head again, worded otherwise; it cut
                    # the list, every later page's projects lost)
                break       # (`序号 | 乡镇 | 拨付批次 | 金额（万元）` under the list, in its frame: another table's head)
            if cells and all(_LIST_SIGN_OFF.search(fold(c.text)) for c in cells.values()):
                break       # (`填报人：刘xx | 审核人：陈xx | 填报日期：…` in the list's frame, its last grid: no project;
                # `填报人：刘xx` was read as one once its pages went on)
            name = cells.get(spec["name"])
            total = next((c for c in cells.values() if _LIST_TOTAL.match(label_key(c.text))), None)
            for col, v in spec["cols"].items():
                if v[0] == "tier" and col in cells and total is None:
                    tier[col] = cells[col]      # (a 一级项目 merged down over its 二级项目' rows: written on the first)
            if total is not None:
                # 合计 | | 680: the list's sum (小计: of the projects since the last 小计), kept for the checks
                # (本页合计: the page's, since the last; `合计（万元）`: in its own unit; `合计（含上年结转）`: unsure, none)
                values = _total_values(cells, spec["cols"], unit)
                scope = total_scope(total.text)
                if mine:
                    _misgrouped_total(cells, spec, rows[spec["head"]], total, mine[-1])
                if ahead is not None:
                    _head_total(ahead, mine)
                    ahead = None
                if 2 in groups:
                    klass, kseq = None, None
                _close_groups(groups, mine, 0 if scope is not None and scope[0] == "all" else 2)
                if doubt is not None:
                    # (a 小计 that was not the sum of the projects above it: the projects since it decide — their sum
                    # it heads them, as a named 小计 does; else it closes those above, and its mismatch is said)
                    heads = _settle(doubt, mine, values if scope is not None and scope[0] == "since" else None) \
                        or heads
                    doubt = None
                summed = mine[since:] if scope is not None and scope[0] == "since" else mine
                labelled = {col: c for col, c in cells.items() if c is not total
                            and spec["cols"].get(col, ("",))[0] == "other" and not BARE_FIGURE.match(c.text)}
                grouped = {}
                if scope is not None and scope[0] == "since" and (heads or not summed and mine == [] or (
                        labelled and summed and values and scope[1] in (None, unit) and seq_col in cells
                        and _HEADING_NO.fullmatch(cells[seq_col].text) and not _sums_to(values, summed))):
                    # (a list opening with projects of no group, `1 | 县本级 | …`, then `一 | 城关镇 | 小计 | | 230`
                    # over its own: a 小计 numbered `一` naming its group, not the sum of the projects above, heads the
                    # projects below — it was checked against those above, a false mismatch, its region lost)
                    # `一 | 城关镇 | 小计 | | 230` over its projects (a 分配明细表's): the 小计 rows head their groups, each
                    # the sum of the projects to the next (it was checked against the group above: a false mismatch),
                    # and a region or other text written on it is each project's under it (it was lost)
                    heads, summed = True, []
                    if values:
                        ahead = {"values": values, "unit": scope[1] or unit, "label": clean(total.text),
                                 "page": total.page, "line": total.line, "from": len(mine)}
                    grouped = labelled
                elif scope is not None and scope[0] == "since" and values and summed \
                        and scope[1] in (None, unit) and not _sums_to(values, summed):
                    # `小计 | | 230` after projects of no group that add up to 150, no number, no name: it may head
                    # the projects below (a 分配表 whose 小计 rows head their groups, the first group's unnamed) —
                    # decided at the next total row, by the projects since (it was checked against those above, a
                    # false mismatch when it heads those below)
                    doubt = {"values": values, "unit": scope[1] or unit, "label": clean(total.text),
                             "page": total.page, "line": total.line, "from": len(mine), "above": since}
                    summed = []
                if values and not mine and scope is not None and scope[0] == "all" and lead is None:
                    # `合计 | | 1000` right under the head, before any project (a list stating its sum first): the sum
                    # of the projects below, checked at the list's end (it was never checked)
                    lead = {"values": values, "unit": scope[1] or unit, "label": clean(total.text),
                            "page": total.page, "line": total.line, "from": 0}
                if values and summed and scope is not None:
                    summed[0].totals.append({"table": "projects", "values": values, "unit": scope[1] or unit,
                                             "recs": list(summed), "label": clean(total.text), "page": total.page,
                                             "line": total.line})
                if scope is None or scope[0] == "since":
                    since = len(mine)
                continue
            if name is None and mine and last == at - 1 and _goes_on_below(cells, mine[-1], last_cols, spec, unit):
                last = at   # (the project's goal's next lines, its money's next source, on rows of their own)
                continue
            if name is None:
                lone = _lone_heading(list(cells.values()), spec["name"])
                first = list(cells.values())[0]
                if _lone_numbered(list(cells.values()), spec["name"]):
                    _close_groups(groups, mine, 1 if _num_style(first.text) == "paren" else 0)
                if _lone_numbered(list(cells.values()), spec["name"]):
                    named = _class_heading(first, lei=lei)
                    klass, klass_style = _class_below(klass, klass_style, named, _num_style(first.text))
                    if named is not None:
                        if _num_style(first.text) == style:
                            heading, style = None, None   # (`二、其他项目` after `一、城关镇`: a class, no body's)
                        continue
                if lone is not None:
                    heading, style = lone, "plain"
                elif _lone_numbered(list(cells.values()), spec["name"]) and style == "plain":
                    heading, style = None, None      # (`二、一般乡镇` after `一、城关镇`: no body heads the projects below)
                continue
            if mine and last == at - 1 and _row_goes_on(cells, mine[-1], last_cols, spec, seq_col):
                # `1 | 农村公路安全生命防护 | 县农村公路管理所 | | 完成… | …` over ` | 工程 | | 420 | |`: one project written
                # over two rows, its name's end and its money on the second (no number, no goal, each cell in a column
                # the row above left empty): joined (the second row was taken for a heading, the money lost)
                prev = mine[-1]
                for col, c in sorted(cells.items()):
                    role, detail, _ = spec["cols"][col]
                    if role == "field" and detail == "name":
                        old = prev.fields["name"]
                        prev.fields["name"] = RawValue(old.text + c.text.strip(), old.cell)
                    elif role == "field" and detail not in prev.fields:
                        prev.fields[detail] = RawValue(c.text, c, unit if detail in L.MONEY_FIELDS else None)
                    elif role == "other" and clean(c.text):
                        prev.other.append((detail, clean(c.text), c))
                    elif role == "goal":
                        # (the goal's end beside the name's: the last goal part read from that cell goes on)
                        f = next((f for f in ("goal_annual", "goal_total") if f in prev.fields
                                  and prev.fields[f].cell is not None and prev.fields[f].cell.col == col), None)
                        if f is not None:
                            prev.fields[f] = RawValue(prev.fields[f].text + c.text.strip(), prev.fields[f].cell)
                last = at
                continue
            no = fold(cells[seq_col].text).strip() if seq_col in cells else None
            if kseq is not None and no is not None and not _numbered_under(no, kseq):
                klass, kseq = None, None      # (past the parent's `1.n` rows: its name is no category of these)
                _close_groups(groups, mine, 2)
            kids = _child_rows(rows, at, end, seq_col, no) if no is not None and re.fullmatch(r"\d{1,3}", no) else []
            if kids and (not any(cells.get(col) for col, v in spec["cols"].items() if _declares(v))
                         or any(c.text.strip() for k in kids for c in rows[k].cells
                                if _declares(spec["cols"].get(c.col, ("",))))):
                # `1 | 农村基础设施建设 | | 800` over `1.1 | 村组道路硬化工程 | …`, `1.2 | …`: a parent row, the group of
                # the numbered projects under it — their category, as a class row's (it was read as a heading, lost);
                # so when it writes a goal of its own beside its sum (`1 | 高标准农田建设项目 | … | 1500 | 新建…3万亩`)
                # over children declaring theirs: the group's aim, no project of its own (it was a project, its money
                # counted twice in the list's). Its sum is checked against its projects' (it was not checked)
                klass, kseq = Cell(name.row, name.col, clean(name.text), page=name.page, line=name.line,
                                   bbox=name.bbox), no
                # (its own goal or indicators beside its sum, `1 | 农村饮水安全巩固提升工程 | … | 500 | 巩固提升…`: the
                # group's aim, kept in each of its projects under `上级项目` and the column's head — it was dropped)
                kaims = [("上级项目" + label_key(_lowest_head(rows, spec, col) or ""), clean(c.text), c)
                         for col, c in sorted(cells.items()) if _declares(spec["cols"].get(col, ("",)))
                         and not is_placeholder(c.text) and clean(c.text)]
                values = _total_values({col: c for col, c in cells.items() if col != seq_col}, spec["cols"], unit)
                if values:
                    groups[2] = {"values": values, "unit": unit, "label": clean(name.text), "page": name.page,
                                 "line": name.line, "from": len(mine)}
                continue
            if not any(cells.get(col) for col, v in spec["cols"].items() if _declares(v)) \
                    and not _undeclared_project(cells, spec, seq_col):
                # 一 | 产业发展类: a class heading the rows below (no goal, no indicator: no row of a declaration; a
                # sign-off `县财政局办公室 | 2024年3月1日印发` neither); 一 | 县农业农村局 (or 一、县农业农村局 alone): the
                # unit of the projects below, until a heading numbered the same way
                others = [c for col, c in cells.items() if col != spec["name"] and not _money_of(c, spec["cols"])]
                # (`一 | 城关镇 | | 100`: a heading with its projects' sum in a money column)
                if all(col < spec["name"] and _HEADING_NO.fullmatch(c.text) for c in others for col in (c.col,)) \
                        and (others or _HEADING_PREFIX.match(fold(name.text))) \
                        and (len(others) == len(cells) - 1 - sum(1 for c in cells.values() if _money_of(c, spec["cols"]))
                             or _heading_unit(name) is not None):
                    own = _num_style((others or [name])[0].text)
                    # (`一 | 产业发展类 | | 680`: a class's heading with its sum — it gave no category, the sum
                    # beside the class read as no heading's; the sum is checked against the projects to the next
                    # heading numbered so, or a 合计)
                    depth = 1 if own == "paren" else 0
                    _close_groups(groups, mine, depth)
                    values = _total_values({col: c for col, c in cells.items() if col != spec["name"]
                                            and c not in others}, spec["cols"])
                    if values:
                        groups[depth] = {"values": values, "unit": unit, "label": clean(_HEADING_PREFIX.sub(
                            "", fold(name.text)).strip()), "page": name.page, "line": name.line, "from": len(mine)}
                    org = _heading_unit(name)
                    named = _class_heading(name, own if others else None, lei)
                    klass, klass_style = _class_below(klass, klass_style, named, own)
                    if named is None and org is not None:
                        heading, style = org, own
                    elif own == style:
                        heading, style = None, None   # (a class numbered as the body's heading was ends it too)
                continue
            # (a 备注 merged from project 1 down over `二 | 县教育局` is joined only now: in a heading, sign-off or 合计
            # row it hid the heading, the projects below kept the previous department)
            cells.update(carried)
            for col, c in grouped.items():
                cells.setdefault(col, c)
            form = RawForm(titles=list_titles, year_texts=lines[:6], first=name,
                           has_indicator_table=any(v[0] == "level" for v in spec["cols"].values()),
                           kind="self_eval" if spec["results"] else "target")
            for col, (text, c) in owner.items():
                form.fields[col] = RawValue(text, c)
            if klass is not None and not any(v == ("field", "category", None) for v in spec["cols"].values()):
                form.fields["category"] = RawValue(klass.text, klass)   # (`一、产业发展类` over its projects: their
                # category, as a 项目类别 column's; it was lost)
            if kseq is not None:
                form.other.extend(kaims)
            if heading is not None:
                # (a body of government heading its projects, `一 | 县农业农村局`, is their department, as a title naming
                # it is; an institution their unit: normalize.orgs)
                kind = org_kind(heading.text.strip())
                col = "department" if kind is not None and kind[1] == "department" and not has_dept \
                    and not township(heading.text) else "unit"   # (a township, `一、城关镇`: where they are done;
                # a district in a city's list, `海淀区`, the same)
                if not (col == "unit" and has_unit):
                    form.fields[col] = RawValue(heading.text, heading)
            place, parts = None, {}
            for col, (role, detail, group) in sorted(spec["cols"].items()):
                c = cells.get(col)
                if role == "goal" and not detail and c is not None and _levelled_items(c.text):
                    role = "level"   # (a goal cell of levels' items, `产出指标：建档率≥90%；效益指标：…`: read as a
                    # 绩效指标 cell, each item its level's indicator — it was goal_annual alone, no indicator)
                if role == "tier":
                    c = c or tier.get(col)
                    if c is not None and clean(c.text):
                        form.other.append((detail, clean(c.text), c))
                    continue
                if c is None:
                    continue
                if role == "field" and detail == "_region":
                    # (a 分配表's place: the project the fund's share there, `农村综合改革转移支付资金（桃源县）`, the
                    # place kept under its head)
                    place_name = clean(c.text) or c.text.strip()
                    fund = next((m for r in reversed(rows[max(0, spec["head"] - 6):spec["head"]]) if len(r.cells) == 1
                                 and (m := _FUND_TITLE.match(fold(r.cells[0].text)))), None)   # (its title above)
                    fund_of = fund.group("fund") if fund else fund_name   # (else the form's project, region_forms)
                    if fund is not None and fund_name and fund_name != fund_of and fund_name.startswith(fund_of):
                        fund_of = fund_name  # (the title's fund cut short, `…转移支付区域绩效目标表` over `资金名称 |
                        #                      …转移支付资金`: the form's fund whole, as its own project's name — the
                        #                      places were `…转移支付（长沙市）`, hunt fam4)
                    form.fields["name"] = RawValue(f"{fund_of}（{place_name}）" if fund_of else place_name, c)
                    own = next((h.text for h in rows[spec["head"]].cells if h.col == col), None) or "地区"
                    form.other.append((clean(own) or "地区", place_name, c))
                elif role == "field" and detail == "_whole_org":
                    # (a 部门整体 list's body: a government's its department, an institution its unit)
                    kind = org_kind(c.text.strip())
                    form.fields["unit" if kind is not None and kind[1] == "unit" else "department"] = RawValue(c.text, c)
                elif role == "field" and detail in ("department", "unit") and detail not in form.fields:
                    text = c.text
                    if clean(text) in ("同上", "〃", '"', "同前") and mine and detail in mine[-1].fields:
                        text = mine[-1].fields[detail].text   # (食堂改造 | 同上 under 校舍维修 | 某县第一中学: that unit)
                    if detail == "unit" and (office := lead_unit(text)) is not None:
                        # (`县住建局牵头，县财政局配合`: the lead office the project's unit, its partners kept as 配合单位,
                        # as an assessment's 责任单位 drops the role words; it was the cell whole, hunt lr)
                        form.fields[detail] = RawValue(office[0], c)
                        if office[1]:
                            form.other.append(("配合单位", "、".join(office[1]), c))
                    elif plural(clean(text) or ""):
                        # (村庄道路硬化 | 各乡镇人民政府: many bodies, no one's; kept under the column's head, as a form's
                        # 实施单位 | 各乡镇人民政府 is)
                        own = next((h.text for h in rows[spec["head"]].cells if h.col == col), None) or "实施单位"
                        form.other.append((label_key(own), clean(text), c))
                    else:
                        form.fields[detail] = RawValue(text, c)
                elif role == "field" and (detail in L.MONEY_FIELDS and not _DIGITS.search(fold(c.text))
                                          or detail == "execution_rate" and not _FIGURE_FIRST.match(fold(c.text))):
                    # (`资金 | 中央衔接资金`: a money head over words, no amount — a fund's name, kept under its head; it
                    # was lost, no budget read of it; `执行进度 | 主体结构完工，完成形象进度70%` in a 建设进度表, the works'
                    # progress in words, no share of the budget: it was lost, no rate read of it, review rv4)
                    if not is_placeholder(c.text) and clean(c.text):
                        form.other.append((label_key(_head_text(rows[spec["head"]], col, detail)), clean(c.text), c))
                elif role == "field" and detail in L.MONEY_FIELDS and misgrouped_figure(c.text):
                    # (`1,20,000` among `120,000`, `80,000` in a list's money column: no sure amount — kept under its
                    # head and said by amount_unreadable naming the head and the cell, as a form's `12,5000` is; the
                    # place's money was null without a word, its 合计 unchecked; hunt mn23)
                    own = label_key(_head_text(rows[spec["head"]], col, detail))
                    form.other.append((own, clean(c.text), c))
                    form.warnings.append(misgrouped_warning(own, c.text, c))
                elif role == "field" and detail not in form.fields:
                    form.fields[detail] = RawValue(c.text, c, unit if detail in L.MONEY_FIELDS else None)
                elif role == "goal" and detail and not _remark_goal(c.text):
                    if not is_placeholder(c.text) and clean(c.text):
                        form.other.append((detail, clean(c.text), c))   # (a 备注 of goals writing none: `续建`)
                elif role == "goal" and _REFERENCE.match(fold(c.text).strip()):
                    # (`另行下达`, `详见绩效目标表` in one row's 绩效目标 cell, other rows' goals written: a pointer, no
                    # goal — it was the row's goal_annual, review rv58; kept under its head)
                    own = next((h.text for h in rows[spec["head"]].cells if h.col == col), None) or "绩效目标"
                    form.other.append((label_key(own), clean(c.text), c))
                elif role == "goal" and "goal_annual" not in form.fields:
                    for goal, text in _goal_parts(c.text).items():
                        form.fields.setdefault(goal, RawValue(text, c))
                elif role == "part" and _DIGITS.search(fold(c.text)):
                    parts.setdefault(detail, []).append(c)
                    own = _lowest_head(rows, spec, col, part=True)
                    if own:
                        # (each part kept under its own head in the group's unit: `上级补助（万元）`)
                        form.other.append((label_key(own) + (f"（{unit}）" if unit else ""), clean(c.text), c))
                elif role == "other" and label_key(detail) in _TOWN_HEADS and (
                        township(c.text.strip()) or district(c.text.strip()) or town_government(c.text.strip())) \
                        and not has_unit and place is None:
                    place = (detail, c)        # `乡镇 | 城关镇`: where the project is done, its unit (below); `乡镇 |
                    # 城关镇人民政府`, the town's government doing it, the same (it was an other field)
                elif role == "other" and (share := _share_key(detail, unit)) is not None and BARE_FIGURE.match(fold(c.text)):
                    # (`下达资金 | 其中：中央 | 省级` over `800.00 | 500.00 | 300.00` under `金额单位：万元`: a level's share
                    # beside the total, kept under its head in the list's unit, `中央（万元）`; it was `其中：中央`, no unit)
                    form.other.append((share, clean(c.text), c))
                elif role == "other" and not is_placeholder(c.text) and clean(c.text):
                    form.other.append((detail, clean(c.text), c))
                elif role == "level":
                    _level_cell(form, spec, cells, col, c, group, detail)
            for detail, got in parts.items():
                if detail not in form.fields:
                    form.fields[detail] = RawValue("合计", got[0], unit, parts=[c.text for c in got])
                    _split_fiscal(form, [(_lowest_head(rows, spec, c.col, part=True) or "", c.text, c) for c in got],
                                  unit)
            if place is not None:
                # (a 下达 notice's `乡镇 | 项目名称 | 资金 | 绩效目标`: the township named as a place is the project's unit,
                # as a `一、城关镇` heading's is; it was an other field. A heading's unit, or none named by the column's
                # value, keeps it under its head)
                if "unit" in form.fields:
                    form.other.append((place[0], clean(place[1].text), place[1]))
                else:
                    form.fields["unit"] = RawValue(place[1].text.strip(), place[1])
            res.forms.append(form)
            mine.append(form)
            last, last_cols = at, set(cells)
        if doubt is not None:
            _settle(doubt, mine)
        _close_groups(groups, mine, 0)
        for pending in (ahead, lead):
            if pending is not None:
                _head_total(pending, mine)
    return res


# no name's end alone on a row: a filler under a list's last project (`以下空白`, `（此页无正文）`) and a group of
# projects by how far along they are (`续建项目`, `新建项目`: a heading over those below; they were glued to the name
# above, `农村人居环境整治新建项目`, review rx)
# (nor a part of the money above, `其中：中央资金 | 300` under a project of no amount: it was glued to the name,
# `农村饮水安全巩固提升其中：中央资金`, the part taken for the project's money)
_NO_NAME_END = lazy(r"^[(（]?(?:以下|此页|本页|下)?(?:空白|无内容|无正文)[)）]?$|^其中"
                          r"|^(?:新建|续建|新开工|改扩建|改建|扩建|新增|延续性?|结转|储备|跨年度?|一次性|经常性)(?:类)?项目$")


def _numbered_under(no: str, parent: str) -> bool:
    """Is a 序号 one numbered under PARENT's: `1.1`, `1.2` under `1`, also `1-1`, `1－2`, `1.1.1`."""
    return re.fullmatch(re.escape(parent) + r"\s*[.．\-－—_]\s*\d{1,3}(?:[.．\-－—_]\d{1,3})*", no) is not None


def _child_rows(rows: list, at: int, end: int, seq_col: int | None, no: str) -> list[int]:
    """The rows numbered under row AT's number NO in the 序号 column (`1.1`, `1.2` under `1`), in its grid, up to the
    first row numbered otherwise (rows with no number between them, a name's end wrapped, go on)."""
    out = []
    for k in range(at + 1, end):
        r = rows[k]
        if r.is_text_line or r.grid is not rows[at].grid:
            break
        n = next((fold(c.text).strip() for c in r.cells if c.col == seq_col and c.text.strip()), None)
        if n is None:
            if not out:
                break
            continue
        if not _numbered_under(n, no):
            break
        out.append(k)
    return out


def _row_goes_on(cells: dict, prev: RawForm, filled: set, spec: dict, seq: int | None = None) -> bool:
    """Does a list's row finish the project of the row above (its name's end and its money, nothing in the columns that
    row filled, no number, no goal or indicator, no total, no heading; or its name's end alone, or with its goal's end,
    unnumbered under a row numbered in the 序号 column SEQ)?"""
    name = cells.get(spec["name"])
    if name is None or "name" not in prev.fields or any(col not in spec["cols"] for col in cells):
        return False
    t = fold(name.text).strip()
    if len(t) > 12 or _HEADING_PREFIX.match(t) or _heading_unit(name) is not None or _class_heading(name) is not None \
            or _DIGITS.search(t) or _NO_NAME_END.match(t):
        return False
    if all(col == spec["name"] or col in filled and spec["cols"][col][0] == "goal" for col in cells) and (
            seq is not None and seq in filled
            or seq is None and len(t) <= 6 and len(fold(prev.fields["name"].text).strip()) >= 10):
        # (` | 项目 | | | |` under `1 | 城区老旧小区改造配套基础设施建设 | … | 560 | …`: its name's end alone, or beside
        # its goal's end, in a list whose rows are numbered and this one not — the cell wrapped in a dump; it was a
        # heading, or a project of its own when the goal's end was beside it. In a list with no 序号 column, a short
        # end, `提升工程`, under a long name that filled its cell's width: a heading there names a body or a class)
        return True
    if len(cells) < 2 or any(col in filled and col != spec["name"] for col in cells):
        return False
    if any(_declares(spec["cols"][col]) or spec["cols"][col][0] == "tier" for col in cells):
        return False
    return any(spec["cols"][col][0] == "field" and spec["cols"][col][1] in L.MONEY_FIELDS and BARE_FIGURE.match(c.text)
               for col, c in cells.items())


def _level_cell(form: RawForm, spec: dict, cells: dict, col: int, c: Cell, group, detail) -> None:
    """The indicators of a list's indicator cell C (column COL, its head's level DETAIL under GROUP), with the target
    its `指标值` column beside it gives, added to FORM (a project's row, or a row of its below: _goes_on_below)."""
    l1, l2 = (group, detail) if group else (detail or None, None)
    if l1 is not None and l2 is None and level_info(l1)[1] and not level_info(l1)[0]:
        l1, l2 = None, l1      # 数量指标 as a column's only head: a level 2
    text = c.text
    value = next((cells.get(vc) for vc, v in spec["cols"].items() if v[:2] == ("value", col)), None)
    if value is not None and clean(value.text) and not re.search(r"[；;\n]", c.text) \
            and split_packed_item(c.text.strip())[0] is None:
        text = c.text.strip() + value.text.strip()   # (`提档升级农村公路里程` | `≥45公里`: one item)
    for item in _cell_items(text):
        if _REFERENCE.match(fold(item).strip()):
            continue   # `详见附表`, `见附件2`: the indicators are elsewhere, none here
        lab = _LEVEL_RUN.match(item)
        if lab is not None and _level_label(lab.group("lab")):
            # `产出指标：培训农民≥500人次；建设示范基地2个；效益指标：…` in one 绩效指标 cell: each
            # level's label opens its items (they were the first item's name, `产出指标：培训农民`, no
            # level read); a level 1 under the column's group, a level 2 under its level 1
            a, b, _ = level_info(lab.group("lab"))
            if a:
                l1, l2 = clean(lab.group("lab")), None
            elif b:
                l2 = clean(lab.group("lab"))
            item = lab.group("rest")
            if not item.strip():
                continue
            if split_packed_item(item)[0] is None and _BARE_TARGET.match(fold(item)):
                # `满意度指标：≥90%`: the label names its one target (it lost its name, no level 3
                # for the satisfaction checks; a sentence, `效益指标：居民健康素养水平提升`, stays the
                # target it is)
                form.indicators.append({"level1": l1, "level2": l2, "level3": clean(lab.group("lab")),
                                        "target_raw": item.strip(), "page": c.page, "line": c.line})
                continue
        elif lab is not None and _LEAD_IN.match(fold(lab.group("lab")).strip()) \
                and not re.search(r"[，,。]", lab.group("rest")) \
                and split_packed_item(lab.group("rest"))[0] is not None:
            item = lab.group("rest")   # (the indicator after `其中考核指标：`, its own name; the
            # lead-in was read as its name, `其中考核指标 | 培训合格率≥90%`. Several items after it,
            # `主要指标：开展培训1500人次，培训合格率≥90%`, stay one unread item: no name of two)
        n, target = split_packed_item(item)
        form.indicators.append({"level1": l1, "level2": l2, "level3": n, "target_raw": target,
                                "page": c.page, "line": c.line,
                                **({"core": True} if col in spec.get("core", ()) else {})})


def _goes_on_below(cells: dict, prev: RawForm, filled: set, spec: dict, unit: str | None) -> bool:
    """Does a list's row of no name, right under a project's, carry more of that project — its goal's next line
    (`| | | | 2.低保金按时足额发放率100%；`, the goal cell's lines each a row of a dump) or its money's next source
    (`| | | 省级资金 | 100 |` under `1 | 高标准农田建设 | … | 中央资金 | 300 | …`, a project's rows one a source)? If so,
    add it to PREV and say so (they were lost: the goal cut to its first line, the money to its first source's); or
    its next indicators (cells in its indicator columns only)."""
    if not cells or any(col not in spec["cols"] or col not in filled for col in cells):
        return False
    texts = [fold(c.text).strip() for c in cells.values()]
    if any(_HEADING_PREFIX.match(t) or _LIST_TOTAL.match(label_key(t)) or _LIST_SIGN_OFF.search(t) for t in texts):
        return False
    roles = {col: spec["cols"][col] for col in cells}
    if all(v[0] in ("level", "value") for v in roles.values()) and any(v[0] == "level" for v in roles.values()):
        # (`| | | | 高血压患者规范管理率 | ≥65%` under a project's row: its next indicator, the project's cells merged
        # down over its rows of indicators, a 批复表's — it was lost)
        for col, c in sorted(cells.items()):
            if roles[col][0] == "level":
                _level_cell(prev, spec, cells, col, c, roles[col][2], roles[col][1])
        return True
    if all(v[0] == "goal" and not v[1] for v in roles.values()):
        for col, c in cells.items():
            f = next((f for f in ("goal_annual", "goal_total") if f in prev.fields and prev.fields[f].cell is not None
                      and prev.fields[f].cell.col == col), None)
            if f is None:
                return False
            prev.fields[f] = RawValue(prev.fields[f].text + c.text.strip(), prev.fields[f].cell)
        return True
    money = [col for col, v in roles.items() if v[0] == "field" and v[1] in L.MONEY_FIELDS]
    words = [col for col, v in roles.items() if v[0] == "other"]
    if len(money) != 1 or len(words) != 1 or len(cells) != 2 or not BARE_FIGURE.match(fold(cells[money[0]].text)):
        return False
    detail, word = spec["cols"][money[0]][1], cells[words[0]]
    head = spec["cols"][words[0]][1]
    sources = prev.sources.get(detail)
    if sources is None:
        # (the project's own row: its source under the column's head, its amount the money field's)
        mine = next((x for x in prev.other if x[0] == head and x[2].col == word.col), None)
        if mine is None or detail not in prev.fields or prev.fields[detail].parts:
            return False
        sources = [(mine[1], prev.fields[detail].text, prev.fields[detail].cell)]
    if not _SOURCE_HEAD.search(label_key(head)) or BARE_FIGURE.match(fold(word.text)) or not clean(word.text):
        return False
    sources = prev.sources[detail] = sources + [(clean(word.text), cells[money[0]].text, cells[money[0]])]
    cell = prev.fields[detail].cell
    prev.fields[detail] = RawValue("合计", cell, unit, parts=[t for _, t, _ in sources])
    # (each source kept under its name in the list's unit, `省级资金（万元）`, as a list's columns of sources are; the
    # levels' money the project's fiscal money, a 自筹资金 its other money, as `中央 | 省级 | 自筹` columns make them)
    keys = [n + (f"（{unit}）" if unit else "") for n, _, _ in sources]
    prev.other[:] = [x for x in prev.other if not (x[0] == head and x[2].col == word.col) and x[0] not in keys] + [
        (k, clean(t), c) for k, (_, t, c) in zip(keys, sources)]
    for f in ("budget_fiscal", "budget_other"):
        if f in prev.fields and prev.fields[f].parts:
            del prev.fields[f]          # (the sums the rows above gave: read again with this row's)
    _split_fiscal(prev, sources, unit)
    return True


def _split_fiscal(form: RawForm, parts: list[tuple[str, str, Cell]], unit: str | None) -> None:
    """A project's money in PARTS, each (its source's name, its amount, its cell): the levels' parts (`中央 | 省级 | 县级`,
    `上级补助 | 本级安排`: some government's money) summed its budget_fiscal, as a form's source lines by level make it,
    and the rest, when each is other money (`中央资金 | 省级资金 | 自筹资金`: the 自筹), its budget_other; a field the form
    has already kept (a list's columns of parts, a project's rows one a source: _goes_on_below)."""
    fiscal = [x for x in parts if L.LEVEL_FISCAL.match(label_key(x[0]))]
    rest = [x for x in parts if x not in fiscal]
    if "budget_fiscal" in form.fields or not fiscal \
            or not all(_head_role(x[0]) == ("field", "budget_other") for x in rest):
        return
    form.fields["budget_fiscal"] = RawValue("合计", fiscal[0][2], unit, parts=[t for _, t, _ in fiscal])
    if rest and "budget_other" not in form.fields:
        form.fields["budget_other"] = RawValue("合计", rest[0][2], unit, parts=[t for _, t, _ in rest])


# a list's column naming where a project's money comes from, one source a row (`资金来源`, `资金性质`, `资金渠道`)
_SOURCE_HEAD = lazy(r"来源|性质|渠道|类别")


def _number(text: str) -> float | None:
    """A list cell's amount (`1,350.00`), else None."""
    t = fold(text or "").replace(",", "").replace("，", "").strip()
    return float(t) if BARE_FIGURE.match(t) else None


def _sums_to(values: dict, recs: list) -> bool:
    """Do a total row's VALUES ({money field: text}) each equal the sum of that field over the projects RECS (within a
    hundredth; a field some project lacks, or a figure not read, counts as not; a share's figure is not weighed)?"""
    values = {k: v for k, v in values.items() if not k.startswith(SHARE_TOTAL)}
    for field, text in values.items():
        want = _number(text)
        got = [_number(f.fields[field].text) if field in f.fields and f.fields[field].parts is None else None
               for f in recs]
        if want is None or None in got or abs(sum(got) - want) > 0.01:
            return False
    return bool(values)


def _undeclared_project(cells: dict, spec: dict, seq_col: int | None) -> bool:
    """Is a list's row that declares no goal nor indicator a project all the same: numbered as the projects are (`3`,
    not `一` nor `1.1`), with its money or its unit written (`3 | 脱贫劳动力技能培训 | 县人社局 | 45 | 开展技能培训 |`:
    its goal cell left empty — it was taken for a heading, the project lost)?"""
    no = cells.get(seq_col) if seq_col is not None else None
    if no is None or not re.fullmatch(r"\d{1,4}", fold(no.text).strip()):
        return False
    return any(_money_of(c, spec["cols"]) or spec["cols"].get(col, ("",))[:2] in (("field", "unit"), ("field", "department"))
               for col, c in cells.items() if col != spec["name"])


def _close_groups(groups: dict, mine: list, depth: int) -> None:
    """Check the pending sums of headings and parent rows at DEPTH or deeper against the projects read since each, and
    drop them (a heading numbered as one of them, or a 合计, ends its group)."""
    for d in sorted(x for x in groups if x >= depth):
        _head_total(groups.pop(d), mine)


def _lowest_head(rows: list, spec: dict, col: int, part: bool = False) -> str | None:
    """The lowest head over a list's column COL: its own in a second head row (`产出指标` over `数量指标`; the lowest of
    a head of three rows, `资金（万元）` over `合计 | 其中` over `中央资金 | 省级资金`: `中央资金`, not the `其中` over it),
    else the head row's cell. `part`: a money part's head — its head row's cell only for a part of no group head
    (`中央资金 | 省级资金 | 市县资金` in the head row; under `资金来源（万元）`, `中央 | 省级` of its own or None)."""
    own = next((h.text for r in reversed(rows[spec["head"] + 1:spec["start"]]) for h in r.cells
                if h.col == col and clean(h.text)), None)
    if own is None and not (part and spec["cols"][col][2] is not None):
        own = next((h.text for h in rows[spec["head"]].cells if h.col == col), None)
    return own


def _settle(doubt: dict, mine: list, closer: dict | None = None) -> bool:
    """A 小计 of no number or name that was not the sum of the projects above it (`doubt`), settled at the next total
    row or the list's end: when the projects read since it add up to it, it heads them (True: the list's 小计 rows head
    their groups) and is checked against them; else it is checked against those above it, since the last 小计.
    `closer`: the next total row's values when it is a 小计 too — when they are the sum of the projects since, that 小计
    closes them, so the list's 小计 rows close their groups and the doubted one is a mismatch above (`1 | 90`, `2 | 60`,
    `小计 | 160`, `3 | 100`, `4 | 60`, `小计 | 160`: both add up to the second 160; the first is a typo, review rz)."""
    if closer and doubt["from"] < len(mine) and _sums_to(closer, mine[doubt["from"]:]):
        _head_total({**doubt, "from": doubt["above"]}, mine[:doubt["from"]])
        return False
    if doubt["from"] < len(mine) and _sums_to(doubt["values"], mine[doubt["from"]:]):
        _head_total(doubt, mine)
        return True
    _head_total({**doubt, "from": doubt["above"]}, mine[:doubt["from"]])
    return False


def _head_total(ahead: dict, mine: list) -> None:
    """A 小计 heading its group (`一 | 城关镇 | 小计 | | 230` over its projects): its sum checked against the projects
    read since it."""
    recs = mine[ahead["from"]:]
    if recs:
        recs[0].totals.append({"table": "projects", "values": ahead["values"], "unit": ahead["unit"], "recs": list(recs),
                               "label": ahead["label"], "page": ahead["page"], "line": ahead["line"]})

"""Whose a form is, from what it says outside its fields: an organisation's name in a title (`县教育局2024年项目支出
绩效目标表`), a cover letter's first line (`县交通运输局关于报送2024年项目绩效目标的报告`), a sheet's, a file's or a
folder's name (`各单位/县农业农村局/…`).

A name is an organisation's only by how it ends: a government body's (局, 委员会, 办公室, 厅, 人民政府, 街道, 镇, 乡 …:
a 主管部门, `department`) or an institution's (中心, 院, 所, 站, 学校 …: an implementing unit, `unit`). A project's
name (`县城污水处理厂提标改造项目`) ends otherwise and gives nothing; so does a name holding two bodies or a project's
words (资金, 项目, 工程 …). Nothing here guesses: what is not plainly one body's name is None.
"""
from __future__ import annotations

import regex

from normalize.text import fold_width, to_simplified

# a government body's endings (a 主管部门); the longer first
_DEPT_END = (r"(?:人民法院|人民检察院|检察院|法院|人民政府|政府|街道办事处|街道|管理委员会|管委会|委员会|联合会|总工会|"
             r"办公室|局|委|办|厅|署|部|镇|乡)")
# an institution's endings (an implementing unit: 事业单位, schools, hospitals)
_UNIT_END = r"(?:中心|研究院|医院|卫生院|学院|院|研究所|所|站|馆|学校|中学|小学|幼儿园|大队|支队|队)"
_ORG = regex.compile(rf"^(?P<org>[\p{{Han}}A-Za-z][\p{{Han}}A-Za-z0-9（）()]*?(?:(?P<dept>{_DEPT_END})|(?P<unit>{_UNIT_END})))$")
# words of a project, a fund or a list, never of a body's name
_NOT_ORG = regex.compile(r"项目|资金|经费|工程|专项|补助|补贴|汇总|绩效|预算|目标|申报|自评|考核|表$|、|，|,|及|与"
                         r"|(?:局|委|办|厅)和")
# where a title's organisation ends: a year, a cover letter's 关于报送, the form's own words
_BOUNDARY = regex.compile(r"(?:19|20)\d{2}\s*年|[〇零一二三四五六七八九]{4}\s*年|关于|部门整体|单位整体|整体支出|部门预算|部门"
                          r"|本级|项目支出|项目绩效|项目预算|预算项目|重点项目|绩效目标|绩效自评|绩效评价")
# a cover letter sends its own forms (报送, 上报); a notice sends others' (下达, 批复, 印发): no owner of the forms
_SENDS_OWN = regex.compile(r"关于\s*(?:报送|上报|呈报|提交|申报|报请|报)")
_OTHERS = regex.compile(r"下达|批复|印发|转发|通知|审核意见|审核表|评审")
# bodies whose 汇总表 gathers other departments' forms
_COMPILER = regex.compile(r"财政|政府$")
# a day after the body's name: the sign-off (落款) under a letter or a published page, not a title
_SIGNED = regex.compile(r"(?:19|20)\d{2}年\d{1,2}月(?:\d{1,2}日)?$|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]+月")
_LEAD_YEAR = regex.compile(r"^\s*(?:(?:19|20)\d{2}|[〇零一二三四五六七八九]{4})\s*年度?\s*")
_NUMBERING = regex.compile(r"^\s*(?:\d{1,3}\s*[-_.、．\s]\s*|[(（]\d{1,3}[)）]\s*|[一二三四五六七八九十]+\s*[、.．]\s*)")
_TRAILING_BRACKET = regex.compile(r"[(（]([^()（）]+)[)）]\s*$")


def org_kind(name: str | None) -> tuple[str, str] | None:
    """(name, column) when the whole text is one organisation's name: `县教育局` -> ('县教育局', 'department'),
    `县疾病预防控制中心` -> ('县疾病预防控制中心', 'unit'); None otherwise (a project's name, two bodies, a word).
    Traditional characters are read as their Simplified ones (`縣教育局`), the name given as written."""
    if not name:
        return None
    t = regex.sub(r"\s+", "", name)
    s = to_simplified(t)                  # (one character for one: the places are the same)
    if len(t) < 3 or _NOT_ORG.search(s):
        return None
    m = _ORG.match(s)
    if not m:
        return None
    if m.group("dept") in ("镇", "乡", "部") and m.end("org") < 3:
        return None
    return t[:m.end("org")], "department" if m.group("dept") else "unit"


def title_org(title: str | None) -> tuple[str, str] | None:
    """The organisation a title or a cover letter's line opens with, as org_kind gives it:
    `县教育局2024年项目支出绩效目标汇总表`, `2024年度县住房和城乡建设局项目支出绩效目标表`, `XX区卫生健康局部门整体支出
    绩效目标表`, `县交通运输局关于报送2024年项目绩效目标的报告`; or one the title closes with in brackets
    (`2024年项目支出绩效目标表（县水利局）`). None for a notice sending others' forms (`县财政局关于下达…的通知`,
    `…批复表`), a sign-off line (`县财政局 2022年3月18日`), a title opening with a project's name, or one naming no
    body."""
    if not title:
        return None
    t = regex.sub(r"\s+", "", fold_width(title)).replace("(", "（").replace(")", "）")
    s = to_simplified(t)                  # (matched in Simplified, the name taken as written)
    if _OTHERS.search(s):
        return None
    lead = _LEAD_YEAR.match(s)
    if lead:
        t, s = t[lead.end():], s[lead.end():]
    m = _BOUNDARY.search(s)
    if m and m.start() > 0:
        if _SIGNED.match(s, m.start()):
            return None          # (`杭州市临平区财政局 2022年3月18日`: a sign-off line, whoever published the page)
        if m.group().startswith("关于") and not _SENDS_OWN.match(s, m.start()):
            return None
        got = org_kind(t[:m.start()])
        if got and "汇总" in s and _COMPILER.search(to_simplified(got[0])):
            return None          # (a finance bureau's or a government's 汇总表 lists other departments' projects)
        if got:
            return got
    b = _TRAILING_BRACKET.search(s)
    if b and b.start() > 0 and regex.search(r"表$|报告$", s[:b.start()]):
        return org_kind(t[b.start(1):b.end(1)])
    return None


def name_org(name: str | None) -> tuple[str, str] | None:
    """The organisation a sheet's, a file's or a folder's name states: the whole name one body's (`县教育局`,
    `03-县农业农村局`), or a title's opening one (`县农业农村局2023年项目绩效目标表`)."""
    if not name:
        return None
    t = _NUMBERING.sub("", name.strip(), count=1)
    return org_kind(t) or title_org(t)

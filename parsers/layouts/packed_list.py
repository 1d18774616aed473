"""A department's list of projects whose 绩效目标 cell packs each project's goal and indicators.

`单位编码 | 单位名称(项目类别/支出项目) | 年度预算安排 | 项目内容 | 绩效目标` over one row per project, the last cell
`【总体目标】 保障… 【产出指标-数量指标】 指标1:机柜数量(≥77台) 【产出指标-质量指标】 指标1:视频监控在线率(≥0.97比例) …`
(黄山市公安局 2025年项目绩效目标和指标, a 部门预算公开 table). Each such row is a project: its name and year's budget
from the columns their heads name, its overview from 项目内容, its goal from 【总体目标】, its indicators from the
`【一级指标-二级指标】 指标N:名称(目标)` runs. Subtotal rows (a unit, a 项目类别 and its sum) are no projects.
"""
from __future__ import annotations

import re

from extract.grid import Cell, Extracted
from parsers.core import FIELD_INDEX, clean, document_rows, fold, is_title, label_key, level_info
from parsers.forms import RawForm, RawValue, declared_unit
from parsers.registry import LayoutParser, ParseResult, register

# 【产出指标-数量指标】: a level 1 and a level 2 in brackets, a dash between
_HEADING = re.compile(r"【\s*([^【】\-—－–]{2,12}?)\s*[-—－–]\s*([^【】]{2,12}?)\s*】")
# 指标1:机柜数量(≥77台): an indicator, its name and its target in brackets at the end
_ITEM = re.compile(r"指标\s*\d{1,2}\s*[:：]\s*(?P<name>.+?)\s*[(（](?P<target>[^()（）]*)[)）]\s*(?=指标\s*\d{1,2}\s*[:：]|$)")
_GOAL = re.compile(r"【\s*(?:总体目标|年度目标|绩效目标|年度总体目标)\s*】\s*[:：]?\s*(?P<text>[^【]+)")
_OVERVIEW = re.compile(r"^\s*【\s*项目概况\s*】\s*[:：]?\s*")
_NAME_HEAD = re.compile(r"名称|支出项目")
_MONEY_HEAD = re.compile(r"预算|金额|资金")


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


def _packed(text: str) -> bool:
    return text.count("【") >= 2 and len(_HEADING.findall(fold(text))) >= 2 and bool(packed_indicators(text))


@register
class PackedList(LayoutParser):
    """A list of projects whose 绩效目标 cells pack each project's goal and indicators (module docstring); claims a
    document with a table cell holding two `【一级-二级】` headings or more and an `指标N:名称(目标)` under them."""
    id = "packed_list"
    description = "a list of projects, each row's 绩效目标 cell packing its goal and indicators (【产出指标-数量指标】 指标1:名称(目标))"

    def detect(self, doc: Extracted) -> float:
        return 0.9 if any(_packed(c.text) for r in document_rows(doc) if not r.is_text_line for c in r.cells) else 0.0

    def parse(self, doc: Extracted) -> ParseResult:
        res = ParseResult()
        rows = document_rows(doc)
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
            if len(r.cells) < 3 or any(re.search(r"\d{3}", c.text) or len(c.text) > 30 for c in r.cells):
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

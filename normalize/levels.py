"""Standard names of the first indicator level (一级指标).

`level1_std` is one of ``input``, ``output``, ``outcome``, ``impact``,
``satisfaction`` (see the contract's indicators table).
"""
from __future__ import annotations

from normalize._cache import text_cache

from normalize._lazy_re import lazy_regex

from normalize.text import clean_text, fold_width, guarded, to_simplified

LEVELS = ("input", "output", "outcome", "impact", "satisfaction")

# Any mention of satisfaction (满意度, 满意率) in level1 or level2 wins.
SATISFACTION_KEYWORDS = ("满意",)

# Keywords of a first level. When several occur, the one written first wins
# (`效益指标（可持续影响）` -> outcome).
LEVEL1_KEYWORDS: dict[str, str] = {
    "投入": "input",       # 投入, 投入和管理, 投入管理
    "过程": "input",
    "产出": "output",
    "成本": "output",      # templates with 成本指标 as a first level
    "效益": "outcome",
    "效果": "outcome",
    "影响力": "impact",
    "可持续": "impact",
    # a 部门整体 form's 履职效能 (its duties done: its outputs, beside 管理效率 / 社会效应); the whole word, as
    # 履职效益 / 履职效果 (an outcome level, 经济效益 / 社会效益 under it) and 重点履职 are not outputs
    "履职效能": "output",
}

# Second-level names of the standard templates, used only when the first
# level is empty (a first level that is written but unknown gives None). Matched on the whole (suffix-stripped) name.
LEVEL2_NAMES: dict[str, str] = {
    "数量": "output",
    "质量": "output",
    "时效": "output",
    "成本": "output",
    "经济效益": "outcome",
    "社会效益": "outcome",
    "生态效益": "outcome",
    "环境效益": "outcome",
    "可持续影响": "impact",
    "投入管理": "input",
    "财务管理": "input",
    "资产管理": "input",
    "预算管理": "input",
    "资金管理": "input",
    "资金落实": "input",
    "业务管理": "input",
    "项目管理": "input",
    "项目实施": "input",
    "项目立项": "input",
    "项目目标": "input",
}

# Decoration around a level name: `(50分)`, `：`, `指标`, `目标`, numbering.
_PARENTHESES = lazy_regex(r"\([^()]*\)|\[[^\[\]]*\]|【[^【】]*】")
_DECORATION = lazy_regex(r"[\s:;,.、★*☆\d]+|指标|目标|类|方面|分值|分")


def _core(text: str | None) -> str | None:
    """Given a level cell, return its name without brackets, numbering and 指标/目标 suffixes."""
    cleaned = clean_text(text)
    if cleaned is None:
        return None
    t = to_simplified(fold_width(cleaned))
    t = _PARENTHESES.sub("", t)
    t = _DECORATION.sub("", t)
    return t or None


# A weaker keyword, read only when none of LEVEL1_KEYWORDS occurs: 部门管理 / 预算管理 (a 部门整体 framework's first
# level) are input, as 投入和管理 is, but 管理效益 is an outcome.
# 决策 (the 2020 评价 framework's first level: 决策 / 过程 / 产出 / 效益) is input too, unless the level 2 under it is
# of another known kind (`项目决策` over 数量指标 / 质量指标: a template's slip, the indicators are outputs).
WEAK_KEYWORDS: dict[str, str] = {"管理": "input", "决策": "input"}


def _by_keyword(name: str, weak: bool = True) -> str | None:
    best: tuple[int, str] | None = None
    for keyword, level in LEVEL1_KEYWORDS.items():
        pos = name.find(keyword)
        if pos >= 0 and (best is None or pos < best[0]):
            best = (pos, level)
    if best is None:
        return next((level for keyword, level in WEAK_KEYWORDS.items() if keyword in name), None) if weak else None
    return best[1]


# an indicator's name that measures satisfaction (周边群众满意度, 服务对象满意率), not one about it (满意度调查覆盖率,
# 不满意工单回访率)
_SATISFACTION_NAME = lazy_regex(r"(?<!不)满意(?:度|率)\s*(?:[（(][^）)]*[）)])?$")


def names_satisfaction(level3: str | None) -> bool:
    """Is an indicator's name one of satisfaction (ends in 满意度 / 满意率)?"""
    return bool(level3) and _SATISFACTION_NAME.search(level3.strip()) is not None


@guarded(lambda *args, **kwargs: None)   # (an error: no standard level1, noted — it returned None unnoted, review rd67)
@text_cache()
def standardize_level1(level1: str | None, level2: str | None = None, level3: str | None = None) -> str | None:
    """Given the first (and second) indicator level as written, return the standard level1, or None.

    `"产出指标"` -> `"output"`; `"投入和管理目标"` -> `"input"`; `"效果目标"` -> `"outcome"`;
    `"影响力目标"` -> `"impact"`; `("影响力目标", "满意度目标")` -> `"satisfaction"`;
    `"其他"` -> None. Without a first and a second level (a table of names and targets only), an indicator's name
    (`level3`) of satisfaction (`周边群众满意度`) gives `"satisfaction"`; no other level is told by a name.
    """
    name1 = _core(level1)
    name2 = _core(level2)
    for name in (name1, name2):
        if name and any(k in name for k in SATISFACTION_KEYWORDS):
            return "satisfaction"
    if name1:
        found = _by_keyword(name1, weak=False) or LEVEL2_NAMES.get(name1)
        if found:
            return found
        weak = _by_keyword(name1)
        if weak:
            return (LEVEL2_NAMES.get(name2) if name2 and "决策" in name1 else None) or weak
    if name2:                  # no level 1, or one of no known kind (`项目完成指标`): the level 2 tells
        return LEVEL2_NAMES.get(name2) or _by_keyword(name2)
    if not name1 and level3 and names_satisfaction(level3):
        return "satisfaction"
    return None

from extract.grid import Extracted
from parsers.layouts.base import FormLayout, profile
from parsers.registry import register


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
        tables = p.headers & {"indicator", "score", "assessment"}
        if not tables and not ("safeguard" in p.headers and "name" in p.fields):
            return 0.0                   # (a 制度保障 sheet saved alone names its project: a form too)
        evidence = ("name" in p.fields) + bool(p.fields & {"unit", "department", "budget_total",
                                                            "goal_annual", "goal_total"})
        return 0.5 + 0.05 * evidence

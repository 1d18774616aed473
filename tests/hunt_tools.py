"""Small readers shared by the hunt tests (tests/test_hunt_*.py)."""
from __future__ import annotations

import json


def other_fields(project: dict) -> dict:
    """A project's other_fields as a dict, whether it is stored as JSON text, a dict or null."""
    of = project.get("other_fields")
    return json.loads(of) if isinstance(of, str) else (of or {})


def budget_lines(result) -> list[tuple]:
    """A result's budget lines as (group, name, amount, kind), in order."""
    return [(b["group"], b["name"], b["amount"], b["kind"]) for b in result.tables["budget_items"]]


def warning_codes(result) -> list[str]:
    """A result's warning codes, in order."""
    return [w["code"] for w in result.tables["warnings"]]


def only_project(result) -> dict:
    """The one project of a result (asserting there is exactly one)."""
    assert len(result.tables["projects"]) == 1
    return result.tables["projects"][0]


def indicator_targets(result) -> list[tuple]:
    """A result's indicators as (level1, level2, level3, op, value, unit), in order."""
    return [(i["level1"], i["level2"], i["level3"], i["op"], i["value"], i["unit"]) for i in result.tables["indicators"]]

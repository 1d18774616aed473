"""Small readers shared by the hunt tests (tests/test_hunt_*.py)."""
from __future__ import annotations

import json


def other_fields(project: dict) -> dict:
    """A project's other_fields as a dict, whether it is stored as JSON text, a dict or null."""
    of = project.get("other_fields")
    return json.loads(of) if isinstance(of, str) else (of or {})

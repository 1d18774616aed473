"""Comparing records: a value jixiao produced with one written by hand in a template's expected.json, or
with the value another reading of the same form produced (tests/test_templates.py and the quirk tests of
DOCX, HTML and XLSX files)."""
from __future__ import annotations

import json
import math
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path

TEMPLATES = Path(__file__).resolve().parent / "templates"


@lru_cache(maxsize=None)
def expected(tid: str) -> dict:
    """The hand-written expectations of template `tid` (tests/templates/<tid>/expected.json)."""
    return json.loads((TEMPLATES / tid / "expected.json").read_text(encoding="utf-8"))


def norm(v):
    """Dates as ISO strings (a datetime as its date), tuples and arrays as lists; anything else as is."""
    if isinstance(v, datetime):
        return v.date().isoformat()
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, tuple) or type(v).__name__ == "ndarray":
        return list(v)
    return v


def same(a, b) -> bool:
    """Equal as records mean it: null only with null, a boolean only with a boolean, numbers within 1e-9
    relative (1e-6 absolute), the rest exactly."""
    a, b = norm(a), norm(b)
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and a == b
    if isinstance(a, (int, float)) or isinstance(b, (int, float)):
        return isinstance(a, (int, float)) and isinstance(b, (int, float)) \
            and math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-6)
    return a == b

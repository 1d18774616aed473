"""Docs must not drift: schema columns, warning codes and layout ids are documented."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from jixiao.schema import TABLES
from parsers import registry

ROOT = Path(__file__).resolve().parent.parent
SCHEMA_DOC = (ROOT / "docs" / "SCHEMA.md").read_text(encoding="utf-8")
CONTRACT = ROOT.parent / "shared" / "CONTRACT.md"


def _section(table: str) -> str:
    m = re.search(rf"^## {table}\n(.*?)(?=^## |\Z)", SCHEMA_DOC, re.S | re.M)
    assert m, f"docs/SCHEMA.md has no section for {table}"
    return m.group(1)


@pytest.mark.parametrize("table", list(TABLES))
def test_every_column_documented_with_its_type(table):
    sec = _section(table)
    for name, _ in TABLES[table]:
        assert f"| `{name}` |" in sec, f"{table}.{name} is not in docs/SCHEMA.md"


def emitted_warning_codes() -> set[str]:
    codes = set()
    for p in list((ROOT / "parsers").rglob("*.py")) + list((ROOT / "extract").rglob("*.py")) + \
            list((ROOT / "jixiao").rglob("*.py")):
        src = p.read_text(encoding="utf-8")
        codes |= set(re.findall(r'(?:ParseWarning|warn)\(\s*"([a-z_]+)"', src))
    return codes


def test_every_warning_code_documented():
    codes = emitted_warning_codes()
    assert {"unparsed_row", "header_missing", "layout_unknown", "encoding_guessed"} <= codes
    for code in codes:
        assert f"`{code}`" in SCHEMA_DOC, f"warning code {code} is not documented in docs/SCHEMA.md"


def test_every_check_documented():
    from jixiao.checks import RULES
    for code in RULES:
        assert f"`{code}`" in SCHEMA_DOC, f"check {code} is not documented in docs/SCHEMA.md"


def test_every_layout_documented():
    for p in registry.all_layouts():
        assert f"`{p.id}`" in SCHEMA_DOC, f"layout {p.id} not in docs/SCHEMA.md"
        assert p.description and p.__doc__, f"layout {p.id} needs a description and a docstring"


def test_readme_opens_with_the_two_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    head = readme[:1500]
    assert "make run" in head and "make test" in head


@pytest.mark.skipif(not CONTRACT.exists(), reason="../shared/CONTRACT.md not beside the checkout")
def test_every_contract_column_exists():
    text = CONTRACT.read_text(encoding="utf-8")
    tables = re.split(r"^\*\*(\w+)\*\*:", text.split("## Tables", 1)[1], flags=re.M)
    names = dict(zip(tables[1::2], tables[2::2]))
    assert set(names) >= {"documents", "projects", "indicators", "budget_items", "scores",
                          "assessment_items", "safeguards", "warnings"}
    for table, body in names.items():
        body = re.sub(r"\([^)]*\)", "", body)       # drop explanations in brackets
        cols = set(re.findall(r"`([a-z][a-z0-9_]*)`", body))
        ours = {n for n, _ in TABLES[table]}
        values = {"input", "output", "outcome", "impact", "satisfaction", "annual", "long_term",
                  "base", "penalty", "bonus", "target", "self_eval", "txt", "pdf", "scan", "image",
                  "docx", "xlsx", "html", "ok", "partial", "failed", "unknown",
                  "budget_sum_mismatch", "header_missing", "truncated_cell", "unparsed_row", "range"}
        missing = cols - ours - values
        assert not missing, f"contract columns of {table} missing from the schema: {sorted(missing)}"


def test_schema_doc_states_the_current_schema_version():
    # (the doc said 12 after sc6 made the schema 13, the lead)
    from jixiao.schema import SCHEMA_VERSION
    said = re.search(r"^Schema version: (\d+) ", SCHEMA_DOC, re.M)
    assert said is not None and int(said.group(1)) == SCHEMA_VERSION
    assert f"version {SCHEMA_VERSION} `" in SCHEMA_DOC      # what that version added

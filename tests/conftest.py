"""Fixtures shared by the test modules."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import settings

from jixiao.pipeline import process_file
from normalize.text import STRICT_NORMALIZERS

REVIEW = Path(__file__).parent / "fixtures" / "review"

# No deadline on the property tests: a deadline is a timed assertion, and on a shared, loaded host the first call
# (which compiles the normalizers' lazy patterns) took 469 ms against hypothesis's 200 ms and failed the run.
settings.register_profile("jixiao", deadline=None)
settings.load_profile("jixiao")


@pytest.fixture(scope="module")
def read():
    """`read(name)`: tests/fixtures/review/<name> read by process_file, once per test module."""
    cache: dict = {}

    def get(name):
        if name not in cache:
            cache[name] = process_file(str(REVIEW / name))
        return cache[name]
    return get


@pytest.fixture(autouse=True, scope="session")
def strict_normalizers():
    """A normalizer's error raised in the tests, not read quietly as the cell's text (review rv64)."""
    token = STRICT_NORMALIZERS.set(True)
    yield
    STRICT_NORMALIZERS.reset(token)

"""Review rv74 (session 60) of hunt sp5 (the value caches plain lru_caches, emptied where a list of failures is opened
or closed after a caught error). Each answer written by hand before the run.

What this review found: in one thread the caches give no stale value (a batch of 1,493 spoiled and 500 clean fixtures
in one process, forward, backward and shuffled, read as each file alone and as before sp5), but two threads reading at
once share the caches and not the lists: a failure one thread's list met was cached, and the other thread, its own
list opened before, read the same cell from the cache — no failure noted, a strict reading not raised (before sp5 the
set of failed arguments made it fail again). The lists are now opened one thread at a time (a process-wide lock the
outermost list of a thread holds): a thread's reading never meets a value another thread's failure left in a cache.
And a cell failing leniently outside any list, then read strict still outside any list, gave the cached fallback:
turning strict on or off now empties the caches after a failure as opening a list does (normalize.text
_ForgettingVar, both context variables).

tests/conftest.py makes normalizers strict in every test; these tests turn that off (the `lenient` fixture).
"""
from __future__ import annotations

import threading

import pytest

from normalize import text as T
from parsers import tables

_BAD = "坏格rv74"
_WAIT = 1.0        # seconds a thread waits for the other one's step (a wait, no assertion on time)


@pytest.fixture
def lenient(monkeypatch):
    """Normalizers not strict (a normal run): conftest's STRICT_NORMALIZERS off, no JIXIAO_STRICT_NORMALIZERS."""
    monkeypatch.delenv("JIXIAO_STRICT_NORMALIZERS", raising=False)
    token = T.STRICT_NORMALIZERS.set(False)
    yield
    T.STRICT_NORMALIZERS.reset(token)


@pytest.fixture
def broken(monkeypatch):
    """mend_ocr_digits's pattern raising on a text holding _BAD (a bug one cell meets), as tests/test_hunt_s59_md31.py."""
    real = T._OCR_RUN

    class Ocr:
        def sub(self, repl, s):
            if _BAD in s:
                raise ValueError("a bug in the OCR mend")
            return real.sub(repl, s)
    monkeypatch.setattr(T, "_OCR_RUN", Ocr())


def _two_readers(text: str, second_strict: bool = False) -> dict:
    """Thread `second` opens its list first and waits; thread `first` opens its own, reads TEXT with
    tables.is_number (a failure) and says so, its list left open until `second` has read TEXT too. What each list
    noted (or the error raised)."""
    opened, read, done = threading.Event(), threading.Event(), threading.Event()
    got: dict = {}

    def first():
        opened.wait(_WAIT)
        token = T.NORMALIZER_FAILURES.set(noted := [])
        try:
            tables.is_number(text)
            read.set()
            done.wait(_WAIT)
        finally:
            T.NORMALIZER_FAILURES.reset(token)
        got["first"] = [n for n, _, _ in noted]

    def second():
        # (a new thread starts with the context variables' defaults: not strict unless set here)
        if second_strict:
            T.STRICT_NORMALIZERS.set(True)
        token = T.NORMALIZER_FAILURES.set(noted := [])
        try:
            opened.set()
            read.wait(_WAIT)
            try:
                tables.is_number(text)
            except ValueError as e:
                got["raised"] = str(e)
            done.set()
        finally:
            T.NORMALIZER_FAILURES.reset(token)
        got["second"] = [n for n, _, _ in noted]

    threads = [threading.Thread(target=second), threading.Thread(target=first)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return got


def test_failure_in_one_thread_noted_in_another(broken, lenient):
    """Two threads reading the failing cell `9O坏格` each in its own list: each list notes it (main: the second
    thread's call a hit of the fallback the first cached, nothing noted — its file `ok`)."""
    got = _two_readers(f"9O{_BAD}甲")
    assert got == {"first": ["mend_ocr_digits"], "second": ["mend_ocr_digits"]}


def test_failure_in_one_thread_raised_in_a_strict_one(broken, lenient):
    """A strict thread (process_file(strict=True)) reading the cell another thread's lenient reading failed on: the
    error raised (main: the cached fallback given, the bug hidden)."""
    got = _two_readers(f"8O{_BAD}乙", second_strict=True)
    assert got == {"first": ["mend_ocr_digits"], "second": [], "raised": "a bug in the OCR mend"}


def test_strict_after_a_lenient_failure_outside_any_list(broken, lenient):
    """A failing cell read leniently where no list is open (a caller of the parsers' helpers outside process_file),
    then read again once strict is turned on, still outside any list: the error raised (main: the fallback the lenient
    call cached given, the bug hidden — the caches were emptied only where a list is opened or closed)."""
    text = f"6O{_BAD}丁"
    assert T.NORMALIZER_FAILURES.get() is None
    tables.is_number(text)
    token = T.STRICT_NORMALIZERS.set(True)
    try:
        with pytest.raises(ValueError, match="a bug in the OCR mend"):
            tables.is_number(text)
    finally:
        T.STRICT_NORMALIZERS.reset(token)

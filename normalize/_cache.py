"""Memoise pure text -> value functions: forms repeat the same cells (`100%`, `健全`) thousands of times."""
from __future__ import annotations

import inspect
from functools import lru_cache, wraps

_MISSING = object()
_POSITIONAL = (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
# the errors normalize.text.guarded caught (and noted) in this process, counted: a result computed while the count
# rose was built on a normalizer's fallback, so no cache here may give it where the failure is to be noted again (a
# worker process's caches outlive a file, and the same cell in the next file came out `ok`, review rd2, mend md31)
CAUGHT = [0]
# every cache made here (their lru_caches), and CAUGHT's count when they were last emptied (forget_failed)
_CACHES: list = []
_CLEARED_AT = [0]


def forget_failed() -> None:
    """Empty every cache made here when a normalizer's error was caught since they were last emptied (CAUGHT rose):
    called where a list of failures is opened or closed or strict is turned on or off (normalize.text's
    NORMALIZER_FAILURES's and STRICT_NORMALIZERS's set and reset), so a result built on a fallback is not given in
    another list's reading — each list notes its own failures, the file's rows', a record's, the next file's — nor in
    a strict one, and a run with no error keeps its caches. (Within one list a second call may be a hit: its failure
    is one the list holds already. A plain lru_cache, no Python wrapper a hit pays: a check of the arguments that
    failed before each call cost ~0.7% of the profile, session 60, sp5.)"""
    if CAUGHT[0] != _CLEARED_AT[0]:
        _CLEARED_AT[0] = CAUGHT[0]
        for cached in _CACHES:
            cached.cache_clear()


def _kept(cached):
    """CACHED (an lru_cache), put among those forget_failed empties."""
    _CACHES.append(cached)
    return cached


def _one_text(fn) -> bool:
    """Does FN take exactly one argument, given by position (`split_target(raw)`, `clean_text(s)`)?"""
    params = list(inspect.signature(fn).parameters.values())
    return len(params) == 1 and params[0].kind in _POSITIONAL and params[0].default is inspect.Parameter.empty


def value_cache(maxsize: int = 1 << 16):
    """Decorator: lru_cache of a pure function of hashable arguments (a cell's text and flags), emptied by
    forget_failed after a normalizer's caught error: the parsers' caches over split_target or mend_ocr_digits."""
    def deco(fn):
        return _kept(lru_cache(maxsize=maxsize)(fn))
    return deco


def text_cache(maxsize: int = 1 << 16):
    """Decorator: cache calls whose arguments are all str/None/int (hashable and immutable); others pass through.
    Emptied by forget_failed after a normalizer's caught error."""
    def deco(fn):
        cached = _kept(lru_cache(maxsize=maxsize)(fn))

        if _one_text(fn):
            # a function of one text (most of them): a wrapper of one positional parameter, no packing of the rest
            # (the same calls cached: a str, None or an int; anything else passes through)
            @wraps(fn)
            def one(a, /):
                if type(a) is str or a is None or type(a) is int:
                    return cached(a)
                return fn(a)
            one.cache_info = cached.cache_info  # type: ignore[attr-defined]
            one.cache_clear = cached.cache_clear  # type: ignore[attr-defined]
            return one

        @wraps(fn)
        def wrapper(a=_MISSING, /, *rest, **kwargs):
            # (the common call first: one text, or None; the same as the loop below. A first parameter of its own, not
            # *args: packing and unpacking a tuple cost a third of the call)
            if not rest and not kwargs and (type(a) is str or a is None):
                return cached(a)
            args = rest if a is _MISSING else (a, *rest)
            if kwargs:
                return fn(*args, **kwargs)
            for x in args:
                if x is not None and type(x) not in (str, int):
                    return fn(*args)
            return cached(*args)
        wrapper.cache_info = cached.cache_info  # type: ignore[attr-defined]
        wrapper.cache_clear = cached.cache_clear  # type: ignore[attr-defined]
        return wrapper
    return deco

"""Memoise pure text -> value functions: forms repeat the same cells (`100%`, `健全`) thousands of times."""
from __future__ import annotations

import inspect
from functools import lru_cache, wraps

_MISSING = object()
_POSITIONAL = (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
# the errors normalize.text.guarded caught (and noted) in this process, counted: a result computed while the count
# rose was built on a normalizer's fallback, so the caches here keep it out (its arguments computed afresh on each
# later call, the failure noted again: a worker process's caches outlive a file, and the same cell in the next file
# came out `ok`, review rd2, mend md31)
CAUGHT = [0]


def _one_text(fn) -> bool:
    """Does FN take exactly one argument, given by position (`split_target(raw)`, `clean_text(s)`)?"""
    params = list(inspect.signature(fn).parameters.values())
    return len(params) == 1 and params[0].kind in _POSITIONAL and params[0].default is inspect.Parameter.empty


def _noting_failed(fn, failed: set, one: bool = False):
    """FN, adding to FAILED the arguments of a call that met a caught error (see CAUGHT): the function a cache calls on
    a miss (a hit pays only the look at FAILED, empty in a run with no error)."""
    if one:
        def call_one(a, /):
            seen = CAUGHT[0]
            got = fn(a)
            if CAUGHT[0] != seen:
                failed.add(a)
            return got
        return call_one

    def call(*args):
        seen = CAUGHT[0]
        got = fn(*args)
        if CAUGHT[0] != seen:
            failed.add(args)
        return got
    return call


def value_cache(maxsize: int = 1 << 16):
    """Decorator: lru_cache of a pure function of hashable arguments (a cell's text and flags), keeping no result built
    on a normalizer's caught error (see CAUGHT): the parsers' caches over split_target or mend_ocr_digits."""
    def deco(fn):
        failed: set = set()
        cached = lru_cache(maxsize=maxsize)(_noting_failed(fn, failed))

        @wraps(fn)
        def wrapper(*args):
            if failed and args in failed:
                return fn(*args)
            return cached(*args)
        wrapper.cache_info = cached.cache_info  # type: ignore[attr-defined]
        wrapper.cache_clear = cached.cache_clear  # type: ignore[attr-defined]
        return wrapper
    return deco


def text_cache(maxsize: int = 1 << 16):
    """Decorator: cache calls whose arguments are all str/None/int (hashable and immutable); others pass through.
    No result built on a normalizer's caught error is kept (see CAUGHT)."""
    def deco(fn):
        failed: set = set()

        if _one_text(fn):
            cached = lru_cache(maxsize=maxsize)(_noting_failed(fn, failed, one=True))

            # a function of one text (most of them): a wrapper of one positional parameter, no packing of the rest
            # (the same calls cached: a str, None or an int; anything else passes through)
            @wraps(fn)
            def one(a, /):
                if type(a) is str or a is None or type(a) is int:
                    if failed and a in failed:
                        return fn(a)
                    return cached(a)
                return fn(a)
            one.cache_info = cached.cache_info  # type: ignore[attr-defined]
            return one

        cached = lru_cache(maxsize=maxsize)(_noting_failed(fn, failed))

        @wraps(fn)
        def wrapper(a=_MISSING, /, *rest, **kwargs):
            # (the common call first: one text, or None; the same as the loop below. A first parameter of its own, not
            # *args: packing and unpacking a tuple cost a third of the call)
            if not rest and not kwargs and (type(a) is str or a is None):
                if failed and (a,) in failed:
                    return fn(a)
                return cached(a)
            args = rest if a is _MISSING else (a, *rest)
            if kwargs:
                return fn(*args, **kwargs)
            for x in args:
                if x is not None and type(x) not in (str, int):
                    return fn(*args)
            if failed and args in failed:
                return fn(*args)
            return cached(*args)
        wrapper.cache_info = cached.cache_info  # type: ignore[attr-defined]
        return wrapper
    return deco

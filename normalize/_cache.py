"""Memoise pure text -> value functions: forms repeat the same cells (`100%`, `健全`) thousands of times."""
from __future__ import annotations

import inspect
from functools import lru_cache, wraps

_MISSING = object()
_POSITIONAL = (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)


def _one_text(fn) -> bool:
    """Does FN take exactly one argument, given by position (`split_target(raw)`, `clean_text(s)`)?"""
    params = list(inspect.signature(fn).parameters.values())
    return len(params) == 1 and params[0].kind in _POSITIONAL and params[0].default is inspect.Parameter.empty


def text_cache(maxsize: int = 1 << 16):
    """Decorator: cache calls whose arguments are all str/None/int (hashable and immutable); others pass through."""
    def deco(fn):
        cached = lru_cache(maxsize=maxsize)(fn)

        if _one_text(fn):
            # a function of one text (most of them): a wrapper of one positional parameter, no packing of the rest
            # (the same calls cached: a str, None or an int; anything else passes through)
            @wraps(fn)
            def one(a, /):
                if type(a) is str or a is None or type(a) is int:
                    return cached(a)
                return fn(a)
            one.cache_info = cached.cache_info  # type: ignore[attr-defined]
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
        return wrapper
    return deco

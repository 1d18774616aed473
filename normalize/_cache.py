"""Memoise pure text -> value functions: forms repeat the same cells (`100%`, `健全`) thousands of times."""
from __future__ import annotations

from functools import lru_cache, wraps


def text_cache(maxsize: int = 1 << 16):
    """Decorator: cache calls whose arguments are all str/None/int (hashable and immutable); others pass through."""
    def deco(fn):
        cached = lru_cache(maxsize=maxsize)(fn)

        @wraps(fn)
        def wrapper(*args, **kwargs):
            if len(args) == 1 and not kwargs and (type(args[0]) is str or args[0] is None):
                return cached(args[0])          # (the common call: one text, or None; the same as the loop below)
            if kwargs:
                return fn(*args, **kwargs)
            for a in args:
                if a is not None and type(a) not in (str, int):
                    return fn(*args)
            return cached(*args)
        wrapper.cache_info = cached.cache_info  # type: ignore[attr-defined]
        return wrapper
    return deco

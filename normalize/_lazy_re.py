"""Module-level patterns compiled on first use: a run compiles only the patterns its formats ask.

A reader's module holds hundreds of patterns (about 990 in all); a run of text dumps uses about half of them, and
compiling one costs 0.1-1 ms, so a one-file run spent a fifth of its CPU compiling patterns it never used. `lazy(p)`
stands for `re.compile(p)` (`lazy_regex(p)` for the `regex` module's): the text is kept, compiled at the first
`.search` / `.match` / …, whose bound methods then sit in the object's own dict (a call costs what the compiled
pattern's does). `.pattern` is the text itself (composing a pattern of others compiles none).

Only for patterns whose methods are called (`PAT.search(s)`): one passed whole to a function (`re.sub(PAT, …)`,
`isinstance(PAT, re.Pattern)`) stays a compiled pattern.
"""
from __future__ import annotations

import re

_METHODS = ("match", "search", "fullmatch", "sub", "subn", "split", "findall", "finditer", "scanner", "flags",
            "groups", "groupindex")


class LazyPattern:
    """`re.compile(pattern, flags)` done when a method is first asked for."""

    def __init__(self, pattern, flags: int = 0, module=re, kwargs=None):
        self.pattern = pattern
        self._flags = flags
        self._module = module
        self._kwargs = kwargs or {}

    def compiled(self):
        """The compiled pattern (compiled now if not yet); its methods put in the object's own dict."""
        c = self.__dict__.get("_compiled")
        if c is None:
            c = self.__dict__["_compiled"] = self._module.compile(self.pattern, self._flags, **self._kwargs)
            for name in _METHODS:
                if hasattr(c, name):
                    self.__dict__[name] = getattr(c, name)
        return c

    def __getattr__(self, name: str):
        # (only names not found in the object's dict come here: the first use of each method, or a name a pattern
        # has that the list above lacks)
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.compiled(), name)

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r})"


def lazy(pattern, flags: int = 0) -> LazyPattern:
    """`re.compile(pattern, flags)`, compiled on first use."""
    return LazyPattern(pattern, flags)


def lazy_regex(pattern, flags: int = 0, **kwargs) -> LazyPattern:
    """`regex.compile(pattern, flags, **kwargs)` (the `regex` module's), compiled on first use."""
    import regex
    return LazyPattern(pattern, flags, regex, kwargs)

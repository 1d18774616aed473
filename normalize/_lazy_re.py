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
import sys

_METHODS = ("match", "search", "fullmatch", "sub", "subn", "split", "findall", "finditer", "scanner")


class LazyPattern:
    """`re.compile(pattern, flags)` done when a method is first called.

    The methods are the class's own functions (not a `__getattr__`: a class with one has every attribute lookup go
    through a slower hook, which cost the run more than the compiles saved); the first call compiles, puts the
    compiled pattern's bound methods in the object's dict, which a lookup finds before the class's function."""

    def __init__(self, pattern, flags: int = 0, module=re, kwargs=None, home: dict | None = None):
        self.pattern = pattern
        self._flags = flags
        self._module = module
        self._kwargs = kwargs or {}
        self._home = home

    def compiled(self):
        """The compiled pattern (compiled now if not yet); its methods put in the object's own dict."""
        c = self.__dict__.get("_compiled")
        if c is None:
            c = self.__dict__["_compiled"] = self._module.compile(self.pattern, self._flags, **self._kwargs)
            for name in _METHODS:
                if hasattr(c, name):
                    self.__dict__[name] = getattr(c, name)
            home, self._home = self._home, None
            if home is not None:
                # the defining module's own names now the compiled pattern: its functions call it as they called the
                # compiled one before (a call through this object's dict is not specialised by the interpreter: the
                # run of the bench's 690 files took 2% longer with the module's names left lazy)
                for k in [k for k, v in home.items() if v is self]:
                    home[k] = c
        return c

    # (each the first call only: later calls find the compiled pattern's method in the object's dict)
    def match(self, *args, **kwargs):
        return self.compiled().match(*args, **kwargs)

    def search(self, *args, **kwargs):
        return self.compiled().search(*args, **kwargs)

    def fullmatch(self, *args, **kwargs):
        return self.compiled().fullmatch(*args, **kwargs)

    def sub(self, *args, **kwargs):
        return self.compiled().sub(*args, **kwargs)

    def subn(self, *args, **kwargs):
        return self.compiled().subn(*args, **kwargs)

    def split(self, *args, **kwargs):
        return self.compiled().split(*args, **kwargs)

    def findall(self, *args, **kwargs):
        return self.compiled().findall(*args, **kwargs)

    def finditer(self, *args, **kwargs):
        return self.compiled().finditer(*args, **kwargs)

    def scanner(self, *args, **kwargs):
        return self.compiled().scanner(*args, **kwargs)

    @property
    def flags(self) -> int:
        return self.compiled().flags

    @property
    def groups(self) -> int:
        return self.compiled().groups

    @property
    def groupindex(self):
        return self.compiled().groupindex

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r})"


def lazy(pattern, flags: int = 0) -> LazyPattern:
    """`re.compile(pattern, flags)`, compiled on first use (then the name the calling module gave it too)."""
    return LazyPattern(pattern, flags, re, None, sys._getframe(1).f_globals)


def lazy_regex(pattern, flags: int = 0, **kwargs) -> LazyPattern:
    """`regex.compile(pattern, flags, **kwargs)` (the `regex` module's), compiled on first use."""
    import regex
    return LazyPattern(pattern, flags, regex, kwargs, sys._getframe(1).f_globals)

"""The layout registry: every layout parser registers here; the runner asks it which one fits.

    @register
    class Target2022(LayoutParser):
        id = "minhang_2022_target"
        def detect(self, doc) -> float: ...   # 0..1, cheap, no side effects
        def parse(self, doc) -> ParseResult: ...
"""
from __future__ import annotations

from dataclasses import dataclass, field

from extract.grid import Extracted, ParseWarning
from parsers.forms import RawForm

DETECT_THRESHOLD = 0.5
_REGISTRY: dict[str, "LayoutParser"] = {}


@dataclass
class ParseResult:
    forms: list[RawForm] = field(default_factory=list)
    warnings: list[ParseWarning] = field(default_factory=list)


class LayoutParser:
    """Base class: a layout has an id, a one-line description, detect() and parse()."""
    id: str = ""
    description: str = ""
    # the highest score detect() can give, when below 1.0: `detect_layout` asked for the winner only asks it last, and
    # not at all once another layout scored above it (it could not win)
    max_score: float = 1.0

    def detect(self, doc: Extracted) -> float:
        raise NotImplementedError

    def parse(self, doc: Extracted) -> ParseResult:
        raise NotImplementedError


def register(cls: type[LayoutParser]) -> type[LayoutParser]:
    """Class decorator: register one instance of a layout parser under its id (ids are unique)."""
    if not cls.id:
        raise ValueError(f"{cls.__name__} has no id")
    if cls.id in _REGISTRY:
        raise ValueError(f"layout id {cls.id!r} registered twice ({cls.__name__} and {type(_REGISTRY[cls.id]).__name__})")
    _REGISTRY[cls.id] = cls()
    return cls


def get(layout_id: str) -> LayoutParser:
    """Given a layout id, return its parser; an unknown id raises KeyError listing the known ones."""
    _load()
    try:
        return _REGISTRY[layout_id]
    except KeyError:
        raise KeyError(f"unknown layout {layout_id!r}; known layouts: {', '.join(sorted(_REGISTRY))}") from None


def all_layouts() -> list[LayoutParser]:
    _load()
    return [_REGISTRY[k] for k in sorted(_REGISTRY)]


def detect_layout(doc: Extracted, only: "set[str] | None" = None, all_scores: bool = True,
                  errors: "list[tuple[str, Exception]] | None" = None) -> tuple[LayoutParser | None, float,
                                                                              dict[str, float]]:
    """Given a document, return (best parser or None if none clears the threshold, its score, all scores).

    `only` restricts the candidates (`{"generic"}` reads every document with the general parser). `all_scores=False`:
    the scores returned may leave out a layout whose `max_score` is below a score found (it could not win; the parser
    and its score are the same). `errors`: a layout whose detect() raises (a bug met by this document) scores 0
    and its (id, error) is put there, the other layouts asked (its error failed the whole file: hunt rb2); without
    it, or strict (normalize.text.strict_on), raised.
    """
    _load()
    if only is not None:
        unknown = set(only) - set(_REGISTRY)
        if unknown:
            raise KeyError(f"unknown layout(s) {sorted(unknown)}; known layouts: {', '.join(sorted(_REGISTRY))}")
    if all_scores:
        scores = {lid: _score(lid, p, doc, errors) for lid, p in _REGISTRY.items() if only is None or lid in only}
    else:
        # (the capped layouts asked last, and only while no score found beats their cap: the winner is the same, as
        # a layout left out scored less than it — `max` below keeps the registry's order, for ties)
        got = {lid: _score(lid, p, doc, errors) for lid, p in _REGISTRY.items()
               if (only is None or lid in only) and p.max_score >= 1.0}
        for lid, p in _REGISTRY.items():
            if (only is None or lid in only) and p.max_score < 1.0 \
                    and not any(v > p.max_score for v in got.values()):
                got[lid] = _score(lid, p, doc, errors)
        scores = {lid: got[lid] for lid in _REGISTRY if lid in got}
    best = max(scores, key=lambda k: (scores[k], k != "generic"), default=None)
    if best is None or scores[best] < DETECT_THRESHOLD:
        return None, scores.get(best, 0.0) if best else 0.0, scores
    return _REGISTRY[best], scores[best], scores


def _score(lid: str, p: LayoutParser, doc: Extracted, errors: list | None) -> float:
    """P's detect(DOC); an error raised 0.0 and (LID, the error) put in ERRORS, when given and not strict."""
    if errors is None:
        return float(p.detect(doc))
    try:
        return float(p.detect(doc))
    except Exception as e:
        from normalize.text import strict_on
        if strict_on():
            raise
        errors.append((lid, e))
        return 0.0


def _load() -> None:
    import parsers.layouts  # noqa: F401  (registers the built-in layouts)

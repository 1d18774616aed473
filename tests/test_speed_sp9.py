"""Speed sp9's short cuts read as the long way: cell_header_matches' head-word prefilter and label_key's Chinese-only
key (parsers.core). Each is checked against the same function with the short cut turned off."""
import random
import re

import parsers.core as C
from parsers import labels as L

_DECOR_BEFORE = ["", "一、", "（一）", "1.", "2024年", "2025年度", "1-6月", "上年", "*", "截至6月底", "其中：", "中长期（实施期）"]
_DECOR_AFTER = ["", "（万元）", "（%）", "%", "：", "(实施期)", "（调整后）", "*", "（元）", "A", "的", "说明", "。三级"]


def _texts() -> list[str]:
    rnd = random.Random(9)
    heads = sorted({s for roles in L.HEADER_ROLES.values() for syns in roles.values() for s in syns})
    out = set(heads)
    for s in heads:
        for _ in range(4):
            out.add(rnd.choice(_DECOR_BEFORE) + s + rnd.choice(_DECOR_AFTER))
        out.add(s.replace("指标", "目标"))
        out.add(s.replace("年度", "2024年"))
        if len(s) > 2:
            i = rnd.randrange(len(s))
            out.add(s[:i] + s[i + 1:])                 # a character lost
            out.add(s[:i] + " " + s[i:])               # a space inside
    words = "".join(heads) + "的截其中一二三四五六七八九十年度目标指值完成率≥95%（）"
    for _ in range(3000):
        out.add("".join(rnd.choice(words) for _ in range(rnd.randint(1, 14))))
    for _ in range(1000):
        out.add("".join(chr(rnd.randint(0x4E00, 0x9FFF)) for _ in range(rnd.randint(1, 8))))
    return sorted(out)


def _clear() -> None:
    for f in (C.cell_header_matches, C._role_keys, C.header_key, C.label_key, C.bare_fold, C.fold,
              C._text_header_matches):
        f.cache_clear()


def test_head_word_prefilter_reads_as_the_long_way(monkeypatch):
    texts = _texts()
    _clear()
    short = [C.cell_header_matches(t) for t in texts]
    assert sum(1 for m in short if m) > 1000          # (the synonyms and their variants: most name a role)
    monkeypatch.setattr(C, "_may_name_a_head", lambda text: True)
    _clear()
    try:
        long = [C.cell_header_matches(t) for t in texts]
    finally:
        monkeypatch.undo()
        _clear()
    assert [(t, m) for t, m, n in zip(texts, short, long) if m != n] == []


def test_chinese_only_label_key_reads_as_the_long_way(monkeypatch):
    texts = _texts()
    _clear()
    short = [C.label_key(t) for t in texts]
    monkeypatch.setattr(C, "_HAN_ONLY", re.compile(r"(?!)"))     # (the short cut never taken)
    _clear()
    try:
        long = [C.label_key(t) for t in texts]
    finally:
        monkeypatch.undo()
        _clear()
    assert [(t, a, b) for t, a, b in zip(texts, short, long) if a != b] == []

"""jieba's dictionary read a first character at a time cuts exactly as jieba's whole dictionary."""
from __future__ import annotations

from pathlib import Path

import jieba
import pytest

from jixiao import lexicon
from jixiao.search import USER_DICT

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def pair(tmp_path_factory):
    import os
    old = os.environ.get("JIXIAO_CACHE")
    os.environ["JIXIAO_CACHE"] = str(tmp_path_factory.mktemp("cache"))
    try:
        lazy = lexicon.lazy_tokenizer()
        lazy.load_userdict(str(USER_DICT))
    finally:
        if old is None:
            os.environ.pop("JIXIAO_CACHE")
        else:
            os.environ["JIXIAO_CACHE"] = old
    full = jieba.Tokenizer()
    full.initialize()
    full.load_userdict(str(USER_DICT))
    return lazy, full


def _lines():
    for f in sorted((ROOT / "samples").glob("*.txt")):
        yield from (ln for ln in f.read_text(encoding="utf-8").splitlines() if ln.strip())


def test_cuts_the_samples_as_the_whole_dictionary(pair):
    lazy, full = pair
    lines = list(_lines())
    assert len(lines) > 500
    for ln in lines:
        assert list(lazy.cut(ln, HMM=False)) == list(full.cut(ln, HMM=False)), ln
        assert list(lazy.cut_for_search(ln, HMM=False)) == list(full.cut_for_search(ln, HMM=False)), ln


def test_user_words_keep_their_frequency_and_totals_agree(pair):
    lazy, full = pair
    words = [ln.split()[0] for ln in USER_DICT.read_text(encoding="utf-8").splitlines() if ln.strip()]
    assert words
    for w in words:
        assert lazy.FREQ.get(w) == full.FREQ.get(w), w
        assert list(lazy.cut(w, HMM=False)) == list(full.cut(w, HMM=False))
    assert lazy.total == full.total


def test_only_the_blocks_of_characters_seen_are_read(tmp_path, monkeypatch):
    monkeypatch.setenv("JIXIAO_CACHE", str(tmp_path))
    tok = lexicon.lazy_tokenizer()
    assert list(tmp_path.glob("jieba-blocks-*.bin")), "the block file is written to the cache folder"
    assert not tok.FREQ
    assert list(tok.cut("满意度", HMM=False)) == ["满意度"]
    assert tok.FREQ and all(k[0] in "满意度" for k in tok.FREQ)


def test_a_broken_dictionary_line_names_file_and_line(tmp_path):
    src = tmp_path / "dict.txt"
    src.write_text("满意度 10 n\n坏行\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"dict\.txt at line 2"):
        lexicon._build(src, tmp_path / "out.bin")
    assert not list(tmp_path.glob("out.bin*")), "nothing half-written is left"


def test_a_damaged_block_file_is_made_again(tmp_path, monkeypatch):
    monkeypatch.setenv("JIXIAO_CACHE", str(tmp_path))
    lexicon.lazy_tokenizer()
    (f,) = tmp_path.glob("jieba-blocks-*.bin")
    f.write_bytes(f.read_bytes()[:100])
    tok = lexicon.lazy_tokenizer()
    assert list(tok.cut("满意度", HMM=False)) == ["满意度"]
    assert f.stat().st_size > 1_000_000

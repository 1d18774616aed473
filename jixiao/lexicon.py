"""jieba's dictionary, loaded a first character at a time.

`jieba.Tokenizer.initialize()` loads its whole prefix dictionary (about
580,000 words and prefixes) before it cuts anything: 1.0-1.4 CPU s per
process, the biggest fixed cost of a `jixiao extract` run (measured; see
CHANGELOG). jieba only ever looks a fragment up by the fragment itself, and a
word and all its prefixes share their first character, so the dictionary is
kept here as one block per first character and a block is read the first time
a fragment starting with that character is looked up. A run over fiscal forms
reads the blocks of the few thousand characters its text uses.

The block file is made from jieba's own `dict.txt` (inside the jieba package;
nothing is downloaded) the first time it is needed, written atomically into
the user's cache folder (`$JIXIAO_CACHE`, else `$XDG_CACHE_HOME/jixiao`, else
`~/.cache/jixiao`, else the temp folder), and named by the size and time of
`dict.txt`, so a new jieba makes a new file. The words and frequencies are
exactly jieba's: `segment()` cuts the same words either way (tested).
"""
from __future__ import annotations

import marshal
import os
import tempfile
from pathlib import Path

FORMAT = 1


def cache_dir() -> Path:
    for d in (os.environ.get("JIXIAO_CACHE"),
              os.path.join(os.environ["XDG_CACHE_HOME"], "jixiao") if os.environ.get("XDG_CACHE_HOME") else None,
              os.path.join(os.path.expanduser("~"), ".cache", "jixiao")):
        if d:
            try:
                Path(d).mkdir(parents=True, exist_ok=True)
                if os.access(d, os.W_OK):
                    return Path(d)
            except OSError:
                continue
    return Path(tempfile.gettempdir())


def _build(dict_txt: Path, dest: Path) -> None:
    """Write the blocks of `dict_txt` (jieba's `word freq [tag]` lines) to `dest`, atomically."""
    blocks: dict[str, dict[str, int]] = {}
    total = 0
    with open(dict_txt, "rb") as f:
        for lineno, line in enumerate(f, 1):
            line = line.strip().decode("utf-8")
            if not line:
                continue
            try:
                word, freq = line.split(" ")[:2]
                freq = int(freq)
            except ValueError:
                raise ValueError(f"invalid dictionary entry in {dict_txt} at line {lineno}: {line}") from None
            b = blocks.setdefault(word[0], {})
            b[word] = freq                      # as jieba: a later line of the same word wins
            total += freq
            for i in range(1, len(word)):
                b.setdefault(word[:i], 0)
    body = bytearray()
    index: dict[str, tuple[int, int]] = {}
    for ch, b in blocks.items():
        blob = marshal.dumps(b)
        index[ch] = (len(body), len(blob))
        body += blob
    head = marshal.dumps((FORMAT, total, index))
    fd, tmp = tempfile.mkstemp(dir=dest.parent, prefix=dest.name, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(len(head).to_bytes(8, "little"))
            out.write(head)
            out.write(body)
        os.replace(tmp, dest)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class Blocks:
    """The block file: `ensure(text)` puts the words of every first character in `text` into `freq`."""

    def __init__(self, path: Path):
        data = path.read_bytes()
        n = int.from_bytes(data[:8], "little")
        fmt, self.total, self._index = marshal.loads(data[8:8 + n])
        if fmt != FORMAT:
            raise ValueError(f"{path}: dictionary block format {fmt}, expected {FORMAT}")
        self._body = memoryview(data)[8 + n:]
        self._loaded: set[str] = set()
        self.freq: dict[str, int] = {}

    def ensure(self, text: str) -> None:
        new = set(text) - self._loaded
        if not new:
            return
        self._loaded |= new
        for ch in new:
            span = self._index.get(ch)
            if span is not None:
                self.freq.update(marshal.loads(self._body[span[0]:span[0] + span[1]]))


def import_jieba():
    """jieba, imported without pkg_resources: jieba's `_compat` imports it only to open its own data files
    (`finalseg`'s probability tables) and opens them by path when it is absent, the same bytes. pkg_resources'
    import is 0.15-0.19 CPU s at every start of a process against 0.03-0.05 s for jieba's own (measured), the
    biggest part of what `jixiao extract` spent starting up; zhconv's is left out the same way (normalize/text.py)."""
    import sys
    if "jieba" in sys.modules or "pkg_resources" in sys.modules:
        import jieba
        return jieba
    sys.modules["pkg_resources"] = None          # (an ImportError inside jieba._compat: its by-path branch)
    try:
        import jieba
    finally:
        if sys.modules.get("pkg_resources", 0) is None:
            del sys.modules["pkg_resources"]
    return jieba


def lazy_tokenizer():
    """A jieba Tokenizer on jieba's main dictionary, which reads the words of a character's block before
    it cuts a text holding that character or adds a word starting with it."""
    jieba = import_jieba()

    class Tokenizer(jieba.Tokenizer):
        def cut(self, sentence, cut_all=False, HMM=True, use_paddle=False):
            sentence = jieba.strdecode(sentence)      # str as it is, bytes decoded
            self.blocks.ensure(sentence)
            return super().cut(sentence, cut_all, HMM, use_paddle)

        def add_word(self, word, freq=None, tag=None):
            word = jieba.strdecode(word)
            self.blocks.ensure(word)
            return super().add_word(word, freq, tag)

    src = Path(jieba.__file__).resolve().parent / "dict.txt"
    st = src.stat()
    dest = cache_dir() / f"jieba-blocks-v{FORMAT}-{st.st_size}-{int(st.st_mtime)}.bin"
    if not dest.is_file():
        _build(src, dest)
    try:
        blocks = Blocks(dest)
    except (ValueError, EOFError, TypeError, IndexError):
        _build(src, dest)                 # a damaged cache file is made again
        blocks = Blocks(dest)
    tok = Tokenizer()
    tok.blocks = blocks
    tok.FREQ, tok.total = tok.blocks.freq, tok.blocks.total
    tok.initialized = True
    return tok

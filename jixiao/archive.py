"""Archives as inputs: every member file of a `.zip` / `.tar` / `.tar.gz` … is an input of its own.

A member is named by the archive's path, `!/` and its name in the archive: `/data/2022.zip!/县教育局/表.docx`;
a member of an archive inside an archive by the chain of both: `/data/all.zip!/2022/教育.zip!/表.docx`. The part
before the first `!/` is a file on disk (a file has no children, so no real path reads so), and each further
`!/` follows a member that is itself an archive; a name is looked up in its archive as it is, never joined to a
folder on disk: nothing is extracted to disk, so `../` in a member's name goes nowhere.

Members are read in memory, one at a time, by whoever reads the input (the main process hashing it, a worker
reading it): `read_member` opens the archive (kept open for the next member, per process) and returns the member's
bytes; `expand` lists an archive's member files (folders skipped, nested archives opened up to MAX_DEPTH). A member
that cannot be read (damaged, encrypted, a link, above MAX_MEMBER_BYTES) raises OSError naming the problem; an
archive that cannot be opened stays one input, and `problem` says why it was not read.
"""
from __future__ import annotations

import io
import lzma
import os
import stat
import zipfile
import zlib

SEP = "!/"
# the largest member read (its declared size, and the bytes it actually inflates to): a zip bomb is refused
MAX_MEMBER_BYTES = 512 << 20
# archives inside archives opened at most (the disk file's archive is depth 1)
MAX_DEPTH = 5

_TAR_NAMES = (".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tbz", ".tar.xz", ".txz")
_NOT_READ = {".7z": "7z", ".rar": "RAR"}
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
_OTHER_MAGIC = ((b"7z\xbc\xaf\x27\x1c", "7z"), (b"Rar!\x1a\x07", "RAR"))


class ArchiveError(Exception):
    """An archive that cannot be opened (damaged, of a kind not read): the reason, worded for a failed row."""


class MemberError(OSError):
    """A member that is not read (encrypted, a link, too large): the reason, worded for a failed row."""


def archive_kind(name: str) -> str | None:
    """Given a file or member name, return `zip`, `tar`, `7z` or `RAR` when its name is an archive's, else None."""
    low = name.lower()
    if low.endswith(".zip"):
        return "zip"
    if low.endswith(_TAR_NAMES):
        return "tar"
    return next((k for ext, k in _NOT_READ.items() if low.endswith(ext)), None)


def is_member(path: str) -> bool:
    """Is `path` a member of an archive (`a.zip!/form.docx`), not a file on disk?"""
    return SEP in path and _split_disk(path) is not None


def _split_disk(path: str) -> tuple[str, str] | None:
    """(the archive on disk, the rest after its `!/`) of a member path, or None for a path that is no member."""
    if os.path.lexists(path):
        return None
    i = path.find(SEP)
    while i > 0:
        head = path[:i]
        if archive_kind(head) and os.path.isfile(head):
            return head, path[i + len(SEP):]
        i = path.find(SEP, i + 1)
    return None


def shown(path: str, show) -> str:
    """A member path as the dataset writes it: its disk part through `show` (pipeline.shown_path)."""
    parts = _split_disk(path) if SEP in path else None
    return path if parts is None else show(parts[0]) + SEP + parts[1]


def depth(path: str) -> int:
    """How many archives hold `path` (0 for a file on disk)."""
    parts = _split_disk(path) if SEP in path else None
    return 0 if parts is None else 1 + parts[1].count(SEP)


def decoded_name(name: str) -> str:
    """A name read as UTF-8 with its other bytes kept as surrogates (a tar member's, a file's on disk): a name in
    GBK (a Chinese Windows tool) decoded as GB18030, else its bytes escaped (`\\xd6`)."""
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        raw = name.encode("utf-8", "surrogateescape")
        try:
            return raw.decode("gb18030")
        except UnicodeDecodeError:
            return raw.decode("utf-8", "backslashreplace")


def zip_member_name(info: zipfile.ZipInfo) -> str:
    """A zip member's name as it was written: without the UTF-8 flag (0x800) its bytes are in the writer's code
    page, which zipfile decodes as cp437; they are decoded as UTF-8 when valid (tools that write UTF-8 without the
    flag), else as GB18030 (a zip made on Chinese Windows), else kept as zipfile read them."""
    name = info.filename
    if info.flag_bits & 0x800:
        return name
    try:
        raw = name.encode("cp437")
    except UnicodeEncodeError:                # (decoded already from an Info-ZIP Unicode Path field)
        return name
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            pass
    return name


def _is_office_package(names) -> bool:
    """A zip that is an Office (OOXML) or OpenDocument file, or an OFD (its OFD.xml at the root), under an archive's
    name: read as that file."""
    names = set(names)
    return ("[Content_Types].xml" in names and any(n.startswith(("word/", "xl/")) for n in names)) \
        or "mimetype" in names and "content.xml" in names or "OFD.xml" in names


class _Archive:
    """An opened archive: its member files by name (folders left out), read one by one."""

    def __init__(self, label: str, src, head: bytes):
        """`src`: a path on disk or the archive's bytes; `label`: how errors name it; `head`: its first bytes."""
        import tarfile                           # (here: a run without archives never imports it)
        self.label = label
        self.kind = archive_kind(label) or "zip"
        other = next((k for m, k in _OTHER_MAGIC if head.startswith(m)), None)
        if other is not None or self.kind in ("7z", "RAR"):
            k = other or self.kind
            named = f" (named {os.path.splitext(label)[1] or 'without an extension'})" if k != self.kind else ""
            raise ArchiveError(f"a {k} archive{named}: not read; unpack it first")
        fileobj = io.BytesIO(src) if isinstance(src, (bytes, bytearray)) else src
        self.members: dict[str, object] = {}
        self.office = False
        try:
            if head.startswith(_ZIP_MAGIC):
                self.kind = "zip"
                self.zf = zipfile.ZipFile(fileobj)
                infos = self.zf.infolist()
                self.office = _is_office_package(i.filename for i in infos)
                for info in infos:
                    name = zip_member_name(info)
                    folder = info.is_dir() or name.endswith("\\") or (info.external_attr & 0x10 and not info.file_size)
                    if not folder and name not in self.members:
                        self.members[name] = info
            else:
                self.kind = "tar"
                if isinstance(fileobj, str):
                    self.tf = tarfile.open(fileobj, mode="r:*", encoding="utf-8", errors="surrogateescape")
                else:
                    self.tf = tarfile.open(fileobj=fileobj, mode="r:*", encoding="utf-8", errors="surrogateescape")
                for info in self.tf.getmembers():
                    name = decoded_name(info.name)
                    while name.startswith("./"):      # (`tar -C dir .` names every member ./…)
                        name = name[2:]
                    if not info.isdir() and name and name not in self.members:
                        self.members[name] = info
        except ArchiveError:
            raise
        except (zipfile.BadZipFile, tarfile.TarError, EOFError, OSError, ValueError, NotImplementedError,
                RuntimeError, zlib.error, lzma.LZMAError) as e:
            what = "zip" if head.startswith(_ZIP_MAGIC) else archive_kind(label) or "tar"
            why = f"{type(e).__name__}: {e}" if str(e) else type(e).__name__
            raise ArchiveError(f"a damaged {what} archive, or no {what} archive: {why}") from None

    def read(self, name: str) -> bytes:
        """The bytes of member `name`; OSError naming the problem when they cannot be read."""
        import tarfile
        info = self.members.get(name)
        if info is None:
            raise MemberError(f"no member {name!r} in the archive (changed since it was listed?)")
        try:
            if self.kind == "zip":
                mode = info.external_attr >> 16
                if stat.S_ISLNK(mode):
                    raise MemberError("a symbolic link in the archive: not followed")
                if info.flag_bits & 0x1:
                    raise MemberError("an encrypted member (password-protected): not read")
                _check_size(info.file_size, "declares")
                with self.zf.open(info) as f:
                    return _read_bounded(f)
            if info.issym():
                raise MemberError(f"a symbolic link in the archive (to {decoded_name(info.linkname)!r}): not followed")
            if not (info.isreg() or info.islnk()):
                kind = ("a character device" if info.ischr() else "a block device" if info.isblk()
                        else "a named pipe" if info.isfifo() else "not a regular file")
                raise MemberError(f"{kind} in the archive: not read")
            _check_size(info.size, "declares")
            f = self.tf.extractfile(info)
            if f is None:
                raise MemberError("not a regular file in the archive: not read")
            with f:
                return _read_bounded(f)
        except MemberError:
            raise
        except NotImplementedError as e:         # (Deflate64, PPMd … : methods zipfile has no decoder for)
            raise MemberError(f"a member compressed by a method not read ({e})") from None
        except (zipfile.BadZipFile, tarfile.TarError, EOFError, ValueError, RuntimeError, KeyError, OSError,
                zlib.error, lzma.LZMAError) as e:      # (a gzip / bz2 stream's errors are OSErrors)
            raise MemberError(f"a damaged member: {type(e).__name__}: {e}") from None

    def files(self) -> list[str]:
        """The member files that are inputs: hidden ones left out, as hidden files on disk are (`.DS_Store`,
        names under a `.` folder) and so is the `__MACOSX/` folder of macOS's resource forks (`._表.docx`)."""
        return [n for n in self.members
                if not any(part.startswith(".") and part not in (".", "..") for part in n.replace("\\", "/").split("/"))
                and n.replace("\\", "/").split("/")[0] != "__MACOSX"]

    def close(self) -> None:
        for f in (getattr(self, "zf", None), getattr(self, "tf", None)):
            if f is not None:
                f.close()


def _check_size(n: int, how: str) -> None:
    if n > MAX_MEMBER_BYTES:
        raise MemberError(f"a member that {how} {n:,} bytes uncompressed, above the limit of "
                      f"{MAX_MEMBER_BYTES:,} bytes (a zip bomb, or a file too large to read): not read")


def _read_bounded(f) -> bytes:
    """A member's bytes, stopped (OSError) past MAX_MEMBER_BYTES whatever its header declared."""
    chunks, n = [], 0
    while True:
        b = f.read(1 << 20)
        if not b:
            return b"".join(chunks)
        n += len(b)
        if n > MAX_MEMBER_BYTES:
            _check_size(n, "inflates to at least")
        chunks.append(b)


def open_bytes(label: str, data: bytes) -> _Archive:
    """An archive from its bytes (a nested archive, or an input being read); ArchiveError when it cannot be."""
    return _Archive(label, data, data[:8])


# per process: the archives opened last, of one disk file (a worker reads the members of one archive one after
# another); a forked worker never uses its parent's open file, whose offset the two would share
_CACHE: dict = {}
_CACHE_NESTED = 4                      # nested archives kept open (their bytes are held in memory)


def _container(disk: str, chain: tuple[str, ...]) -> _Archive:
    """The archive that holds the last name of `chain`: the disk archive, or the nested archive reached
    through chain[:-1]."""
    st = os.stat(disk)
    file_key = (os.getpid(), disk, st.st_mtime_ns, st.st_size)
    inner = chain[:-1]
    got = _CACHE.get((file_key, inner))
    if got is not None:
        return got
    if not inner:
        for (fk, _), old in list(_CACHE.items()):       # another file (or this one changed): closed
            if fk[0] == os.getpid():
                old.close()
        _CACHE.clear()
        with open(disk, "rb") as f:
            head = f.read(8)
        arc = _Archive(disk, disk, head)
    else:
        parent = _container(disk, inner)
        arc = open_bytes(disk + SEP + SEP.join(inner), parent.read(inner[-1]))
        nested = [k for k in _CACHE if k[1]]
        for k in nested[:max(0, len(nested) - _CACHE_NESTED + 1)]:
            _CACHE.pop(k).close()
    _CACHE[(file_key, inner)] = arc
    return arc


def _resolve(path: str) -> tuple[str, tuple[str, ...]] | None:
    """(disk archive, the chain of member names) of a member path, looked up in the archives themselves (a
    member name may hold `!/`); None when `path` is no member path."""
    parts = _split_disk(path)
    if parts is None:
        return None
    disk, rest = parts
    chain: list[str] = []
    while True:
        arc = _container(disk, tuple(chain) + ("",))
        if rest in arc.members:
            return disk, tuple(chain + [rest])
        i = rest.find(SEP)
        while i > 0 and not (rest[:i] in arc.members and archive_kind(rest[:i])):
            i = rest.find(SEP, i + 1)
        if i <= 0:
            return disk, tuple(chain + [rest])      # (read() says it is missing)
        chain.append(rest[:i])
        rest = rest[i + len(SEP):]


def read_member(path: str) -> bytes:
    """The bytes of an archive member; OSError naming the problem when they cannot be read."""
    try:
        found = _resolve(path)
        if found is None:
            raise OSError(f"no such file or archive member: {path}")
        disk, chain = found
        return _container(disk, chain).read(chain[-1])
    except ArchiveError as e:                  # (an archive of the chain that cannot be opened)
        raise OSError(str(e)) from None


def member_exists(path: str) -> bool:
    """Is `path` a member of an archive that still holds it?"""
    try:
        found = _resolve(path)
        return found is not None and found[1][-1] in _container(*found).members
    except (ArchiveError, OSError):
        return False


def expand(path: str) -> list[str]:
    """Given a file, return the inputs it stands for: an archive's member files (nested archives opened, up to
    MAX_DEPTH), in the archive's order; the file itself when it is no archive, cannot be opened, has no member
    files, or is an Office package under an archive's name."""
    if not archive_kind(path):
        return [path]
    try:
        if SEP in path and is_member(path):            # (a nested archive given as an input of its own)
            level = depth(path) + 1
            if level > MAX_DEPTH:
                return [path]
            arc = open_bytes(path, read_member(path))
        else:
            level = 1
            with open(path, "rb") as f:
                head = f.read(8)
            arc = _Archive(path, path, head)
    except (ArchiveError, OSError):
        return [path]
    try:
        return _expand(arc, path, level)
    finally:
        arc.close()


def _expand(arc: _Archive, label: str, level: int) -> list[str]:
    if arc.office or not arc.files():
        return [label]
    out: list[str] = []
    for name in arc.files():
        member = label + SEP + name
        if archive_kind(name) and level < MAX_DEPTH:
            try:
                inner = open_bytes(member, arc.read(name))
            except (ArchiveError, OSError):
                out.append(member)             # read as an input: its failed row says why
                continue
            out.extend(_expand(inner, member, level + 1))
            inner.close()
        else:
            out.append(member)
    return out


def problem(path: str, data: bytes, url: bool = False) -> str | None:
    """Why an archive given as one input (not expanded: damaged, empty, nested too deep, of a kind not read)
    gives no document; None when its bytes are an Office package read as a file."""
    if depth(path) >= MAX_DEPTH:
        return (f"an archive inside {depth(path)} other archive{'s' if depth(path) > 1 else ''}: not opened (at most "
                f"{MAX_DEPTH} archive{'s' if MAX_DEPTH > 1 else ''} nested one in another are opened: a zip bomb "
                "of nested archives; unpack it first)")
    try:
        arc = open_bytes(path, data)
    except ArchiveError as e:
        return str(e)
    if arc.office:
        return None
    if not arc.files():
        return ("an archive with no member files (empty, or folders only)" if not arc.members else
                f"an archive of hidden member files only ({len(arc.members)}: `.` names, macOS's __MACOSX/)") \
            + ": nothing to read"
    if url:
        return ("an archive at a URL: its members are not read (archives are opened from local paths; copy it to "
                "a local disk first)")
    return (f"an archive of {len(arc.files())} member files: each member is an input of its own "
            f"(`jixiao extract` reads them as {os.path.basename(path)}{SEP}<member>)")

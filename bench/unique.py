"""Copies of a fixture that are distinct documents: jixiao reads files with the same bytes once.

A comment the readers ignore makes each copy's bytes (and doc_id) its own:
a trailing PDF comment line, a ZIP archive comment (DOCX, XLSX), an HTML
comment, a text line.
"""
from __future__ import annotations

import io
import zipfile


def unique_copy(data: bytes, ext: str, k: int) -> bytes:
    """Given a file's bytes, its extension (`.pdf`, `.docx` …) and a copy number, return distinct bytes."""
    ext = ext.lower()
    if ext == ".pdf":
        return data + b"\n%copy " + str(k).encode() + b"\n"
    if ext in (".docx", ".xlsx"):
        buf = io.BytesIO(data)
        with zipfile.ZipFile(buf, "a") as z:
            z.comment = f"copy {k}".encode()
        return buf.getvalue()
    if ext in (".html", ".htm"):
        return data + f"\n<!-- copy {k} -->\n".encode()
    return data + f"\n副本 {k}\n".encode()

"""What the browser tests share: finding Debian's Chromium, and serving a dataset on a free local port."""
from __future__ import annotations

import contextlib
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

BROWSERS = ("chromium", "chromium-browser", "google-chrome")


def find_browser() -> str | None:
    """The path of a Chromium on PATH, or None."""
    for name in BROWSERS:
        path = shutil.which(name)
        if path:
            return path
    return None


@contextlib.contextmanager
def serving(outdir: Path) -> Iterator[str]:
    """Serve `jixiao serve OUTDIR` on 127.0.0.1 in a thread; yield its base URL."""
    from jixiao.web import make
    srv = make(outdir, "127.0.0.1", 0)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{srv.server_port}"
    finally:
        srv.shutdown()
        srv.server_close()

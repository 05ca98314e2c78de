"""The user cache folder, where eventlib keeps what it builds once from installed data (the gazetteer's
compact table), and an atomic write into it.

The folder is ``$EVENTLIB_CACHE_DIR`` when set, else ``$XDG_CACHE_HOME/eventlib``, else
``~/.cache/eventlib``. Nothing here raises on a folder that cannot be made or written: callers then
build what they need in memory.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

__all__ = ["CACHE_ENV", "cache_folder", "write_atomically"]

#: The environment variable naming eventlib's cache folder.
CACHE_ENV = "EVENTLIB_CACHE_DIR"


def cache_folder() -> Path:
    """The cache folder (see the module docstring); it may not exist yet."""
    given = os.environ.get(CACHE_ENV)
    if given:
        return Path(given).expanduser()
    base = os.environ.get("XDG_CACHE_HOME")
    return (Path(base).expanduser() if base else Path.home() / ".cache") / "eventlib"


def write_atomically(path: Path, data: bytes) -> bool:
    """Write ``data`` to ``path`` through a temporary file in the same folder renamed over it, so that a
    reader (another process, at the same time) sees the whole file or none; the folder is made if missing.
    False, and nothing left behind, when the folder cannot be made or written (read-only, no space)."""
    temporary = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp",
                                         delete=False) as handle:
            temporary = Path(handle.name)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except OSError:
        if temporary is not None:
            with contextlib.suppress(OSError):
                temporary.unlink()
        return False
    return True

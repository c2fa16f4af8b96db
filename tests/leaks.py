"""Finding a secret in files: as typed, and in base64 and hex."""

from __future__ import annotations

import base64
import os
from collections.abc import Iterable
from pathlib import Path


def forms(secret: str) -> list[bytes]:
    raw = secret.encode()
    return [raw, base64.b64encode(raw), raw.hex().encode(), secret.encode("utf-16-le")]


def files_containing(secret: str, roots: Iterable[str | os.PathLike[str]]) -> list[Path]:
    needles = forms(secret)
    hits = []
    for root in roots:
        for path in Path(root).rglob("*"):
            if not path.is_file() or path.is_symlink():
                continue
            try:
                data = path.read_bytes()
            except OSError:
                continue
            if any(n in data for n in needles):
                hits.append(path)
    return hits


def private_dirs() -> list[str]:
    """HOME and the XDG folders the app may write to (throwaway ones under make test)."""
    names = ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME")
    return sorted({os.environ[n] for n in names if os.environ.get(n)})

"""Finding a secret in files: as typed, and in base64 and hex."""

from __future__ import annotations

import base64
import os
from collections.abc import Collection, Iterable
from pathlib import Path


def forms(secret: str) -> list[bytes]:
    raw = secret.encode()
    return [raw, base64.b64encode(raw), raw.hex().encode(), secret.encode("utf-16-le")]


def files_containing(
    secret: str,
    roots: Iterable[str | os.PathLike[str]],
    skip_dirs: Collection[str] = (),
    max_size: int | None = None,
) -> list[Path]:
    """Files under ``roots`` holding ``secret`` in any of its forms."""
    needles = forms(secret)
    hits = []
    for root in roots:
        for folder, dirs, files in os.walk(root):
            dirs[:] = [d for d in dirs if d not in skip_dirs]
            for name in files:
                path = Path(folder, name)
                try:
                    if path.is_symlink() or (max_size and path.stat().st_size > max_size):
                        continue
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

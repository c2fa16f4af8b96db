"""Help -> Copy diagnostics: what support needs to know, and nothing secret."""

from __future__ import annotations

import platform
import sys
from importlib.metadata import PackageNotFoundError, version

from btse_gui import app_version
from btse_gui.core import logs


def _version(package: str) -> str:
    try:
        return version(package)
    except PackageNotFoundError:
        return "not installed"


def diagnostics_text(keychain: str | None, keychain_backend: str) -> str:
    from PySide6.QtCore import qVersion

    build = "frozen" if getattr(sys, "frozen", False) else "source"
    lines = [
        f"btse-gui {app_version()} ({build})",
        f"Python {platform.python_version()}",
        f"Platform {platform.platform()}",
        f"Qt {qVersion()}, PySide6 {_version('PySide6-Essentials')}, httpx {_version('httpx')}, "
        f"keyring {_version('keyring')}",
        f"Keychain: {keychain or 'none usable'} ({keychain_backend})",
        f"Log file: {logs.log_file() or 'not set up'}",
        "Recent log (keys and secrets redacted):",
    ]
    lines += [f"  {line}" for line in logs.recent()] or ["  (empty)"]
    return logs.REDACT.redact("\n".join(lines))

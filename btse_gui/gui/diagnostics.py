"""Help -> Copy diagnostics: what support needs to know, and nothing secret."""

from __future__ import annotations

import platform
import sys
from importlib.metadata import PackageNotFoundError, version
from urllib.parse import urlsplit

from btse_gui import app_version
from btse_gui.core import logs


def _version(package: str) -> str:
    try:
        return version(package)
    except PackageNotFoundError:
        return "not installed"


def diagnostics_text(keychain: str | None, keychain_backend: str, server: str = "") -> str:
    """``server``: the base URL on screen (``""``: none), whose proxy is named."""
    from PySide6.QtCore import qVersion

    from btse_gui.api.connections import certificates_source, proxy_for, shown
    from btse_gui.api.server import is_loopback_host

    url = server or "https://api.btse.com"
    host = urlsplit(url).hostname or ""
    proxy = proxy_for(url, loopback=is_loopback_host(host))

    build = "frozen" if getattr(sys, "frozen", False) else "source"
    lines = [
        f"btse-gui {app_version()} ({build})",
        f"Python {platform.python_version()}",
        f"Platform {platform.platform()}",
        f"Qt {qVersion()}, PySide6 {_version('PySide6-Essentials')}, httpx {_version('httpx')}, "
        f"keyring {_version('keyring')}",
        f"Keychain: {keychain or 'none usable'} ({keychain_backend})",
        f"Certificates: {certificates_source()}",
        f"Proxy for {host}: {shown(proxy) if proxy else 'none (direct)'}",
        f"Log file: {logs.log_file() or 'not set up'}",
        "Recent log (keys and secrets redacted):",
    ]
    lines += [f"  {line}" for line in logs.recent()] or ["  (empty)"]
    return logs.REDACT.redact("\n".join(lines))

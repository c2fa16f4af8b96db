"""btse-gui: a desktop viewer for a BTSE account."""

from __future__ import annotations

from functools import cache


@cache
def app_version() -> str:
    """The installed version, from the package metadata (the one place it is set).

    Read on first use, not at import; and read from the METADATA file itself when it
    can be found on ``sys.path``, since importing importlib.metadata (email, zipfile,
    csv) costs more than the rest of ``btse-gui --version``.
    """
    found = _version_from_dist_info()
    if found:
        return found
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("btse-gui")
    except PackageNotFoundError:  # a source tree that was never installed
        return "0+unknown"


def _version_from_dist_info() -> str | None:
    """The ``Version:`` of the first ``btse_gui-*.dist-info`` on ``sys.path`` (the one
    importlib.metadata would read), or ``None``."""
    import os
    import sys

    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:  # a zip file, a folder that is gone
            continue
        for name in names:
            if name.lower().startswith(("btse_gui-", "btse-gui-")) and name.endswith(".dist-info"):
                try:
                    with open(os.path.join(entry, name, "METADATA"), encoding="utf-8") as meta:
                        for line in meta:
                            if line.startswith("Version:"):
                                return line.split(":", 1)[1].strip()
                            if not line.strip():  # the headers end at the first blank line
                                break
                except OSError:
                    pass
                return None
    return None


def __getattr__(name: str) -> str:
    if name == "__version__":
        return app_version()
    raise AttributeError(name)

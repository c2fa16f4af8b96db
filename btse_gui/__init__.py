"""btse-gui: a desktop viewer for a BTSE account."""

from __future__ import annotations

from functools import cache


@cache
def app_version() -> str:
    """The installed version, from the package metadata (the one place it is set).

    Read on first use, not at import: importlib.metadata costs about 30 ms of a start.
    """
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("btse-gui")
    except PackageNotFoundError:  # a source tree that was never installed
        return "0+unknown"


def __getattr__(name: str) -> str:
    if name == "__version__":
        return app_version()
    raise AttributeError(name)

"""PySide6's import hook, made to read bytes instead of every module's source.

Once PySide6 is loaded it asks of each module imported after it whether the module
uses PySide6 (for ``from __feature__ import snake_case``): it answers by reading the
module's source with ``inspect.getsource``, which decodes the file, splits it into lines
and keeps them in ``linecache`` for the rest of the process. For the window's ~300
modules that cost about 50 ms and 6 MB of memory (``linecache`` held 3.3 million
characters).

:func:`read_bytes_only` keeps the question and its answer ("PySide6" appears in the
module's file) and only changes how the file is read: as bytes, kept nowhere. Where
PySide6 has no such hook (another version), nothing changes.

Measured (``benchmarks/ab_start.py``, 15 interleaved pairs of ``--demo kyc3
--quit-after-load``, 2026-12-03): without it, data shown +39 ms idle and +23 ms with
one core busy, first paint +12 / +7 ms, peak memory +8 MB. It reaches into PySide6's
private ``support.feature._mod_uses_pyside`` (PySide6 6.8 to 6.11; 6.11.3 in the lock):
``tests/test_startup.py`` fails when that hook is gone or answers differently.
"""

from __future__ import annotations

import sys
from types import ModuleType

#: Where PySide6 keeps its import hook's helpers (the name changed across versions).
_FEATURE_MODULES = ("PySide6.support.feature", "shibokensupport.feature")


def uses_pyside(module: ModuleType) -> bool:
    """Whether ``module``'s source file mentions PySide6 (False when it has none)."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False  # an extension module, or a frozen one: no source to read
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False


def read_bytes_only() -> bool:
    """Put :func:`uses_pyside` in place of PySide6's source-reading check; call it once
    PySide6.QtCore is imported. Returns whether the hook was found."""
    import linecache

    import PySide6.QtCore  # noqa: F401  (loads the hook)

    for name in _FEATURE_MODULES:
        feature = sys.modules.get(name)
        if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
            feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
            linecache.clearcache()  # what it read before (PySide6's own start): a cache
            return True
    return False

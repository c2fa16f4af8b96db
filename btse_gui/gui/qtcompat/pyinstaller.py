"""In the frozen bundle: the embedded ``qt.conf`` check that PyInstaller's own PySide6
run-time hook makes at every start, made by the window's start instead, right after its
own QtCore import.

Why: PyInstaller's hook (``pyi_rth_pyside6``, PyInstaller 6.x) imports PySide6.QtCore at
every start of the bundle only for this check, which costs ~0.11 s before
``btse-gui --version``, every command of the command line (which never needs Qt) and the
lookups' process. ``packaging/rthook_pyside6.py`` replaces that hook: it sets Qt's
environment as PyInstaller's does and leaves the check here. Measured: the bundle's
``--version`` took 0.26 s with PyInstaller's hook, 0.10 s with this one.
``tests/test_packaging.py`` runs the frozen window and the command line.
"""

from __future__ import annotations

import sys


def qt_conf() -> None:
    """What ``packaging/rthook_pyside6.py`` left for after QtCore's import (nothing
    outside the bundle)."""
    check = getattr(sys, "_btse_gui_qt_conf", None)
    if check is not None:
        check()

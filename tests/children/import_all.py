"""Imports every module of btse_gui; prints how many."""

from __future__ import annotations

import importlib
import pkgutil

import btse_gui

if __name__ == "__main__":
    names = [m.name for m in pkgutil.walk_packages(btse_gui.__path__, "btse_gui.")]
    for name in names:
        importlib.import_module(name)
    print(len(names))

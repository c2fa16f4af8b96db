"""Put on PYTHONPATH, this makes the interpreter refuse to import the top-level modules
named in ``BTSE_GUI_TEST_REFUSE`` (comma-separated): ``PySide6`` for a command line
that must never load Qt, the Unix-only ``resource``, ``fcntl``... for the nearest check
of a Windows or macOS start this machine can make."""

from __future__ import annotations

import os
import sys
from importlib.machinery import ModuleSpec
from types import ModuleType

REFUSED = {name for name in os.environ.get("BTSE_GUI_TEST_REFUSE", "").split(",") if name}


class _Refuse:
    def find_spec(
        self, name: str, path: object = None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if name.split(".")[0] in REFUSED:
            raise ImportError(f"{name} is refused in this test")
        return None


sys.meta_path.insert(0, _Refuse())
for _name in list(sys.modules):
    if _name.split(".")[0] in REFUSED:
        del sys.modules[_name]

"""Prints whether this process may be dumped, before and after
``keep_out_of_core_dumps``."""

from __future__ import annotations

from btse_gui.core.no_dumps import dumpable, keep_out_of_core_dumps

if __name__ == "__main__":
    print(dumpable())
    keep_out_of_core_dumps()
    print(dumpable())

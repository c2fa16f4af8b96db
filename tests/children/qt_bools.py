"""PySide6 emitting Python bools through Python-defined signals keeps the reference
counts of ``True`` and ``False`` as they were (6.12.0 dropped one per emit, and the
process aborted). Exits 0 when they match."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication


class Emitter(QObject):
    flag = Signal(bool)
    value = Signal(object)


if __name__ == "__main__":
    app = QApplication([])
    seen: list[object] = []
    e = Emitter()
    e.flag.connect(seen.append)
    e.value.connect(seen.append)
    before = sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(50):
        e.flag.emit(True)
        e.flag.emit(False)
        e.value.emit(True)
    seen.clear()
    after = sys.getrefcount(True), sys.getrefcount(False)
    print(before, after)
    sys.exit(0 if before == after else 1)

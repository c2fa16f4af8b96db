"""Guards against Qt binding bugs the app would hit."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_bool_signals_keep_reference_counts() -> None:
    # PySide6 6.12.0 decrements True/False on every emit of a bool through a Python-defined
    # Signal; the session's busyChanged(bool) then aborts the process. Run in a child
    # process so a broken binding fails this test instead of killing the test run.
    script = textwrap.dedent(
        """
        import os, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtCore import QObject, Signal
        from PySide6.QtWidgets import QApplication

        app = QApplication([])

        class Emitter(QObject):
            flag = Signal(bool)
            value = Signal(object)

        seen = []
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
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr

"""Guards against Qt binding bugs the app would hit."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_bool_signals_keep_reference_counts() -> None:
    # PySide6 6.12.0 decrements True/False on every emit of a bool through a Python-defined
    # Signal; the session's busyChanged(bool) then aborts the process. Run in a child
    # process so a broken binding fails this test instead of killing the test run.
    result = subprocess.run(
        [sys.executable, "-m", "tests.children.qt_bools"],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr

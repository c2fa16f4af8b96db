"""The frozen app: cold start to first paint, start to data shown, and peak RSS of the
bundle `make package` built (build/dist/btse-gui), whole process.

Floor: a frozen empty window, benchmarks/floor_window.py built by PyInstaller (onedir,
stripped, like the app) with the same build venv in this run, then run alternately with
`build/dist/btse-gui --demo kyc3 --quit-after-load`. Only in `make bench` (building the
floor takes a minute), not in the smoke run of make test.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import ROOT, build_python, report_start, reps, start_runs

APP = ROOT / "build" / "dist" / "btse-gui" / "btse-gui"
WORK = ROOT / "build" / "bench-frozen-floor"


def build_floor() -> Path:
    """benchmarks/floor_window.py frozen: PyInstaller onedir, stripped, no filtering."""
    subprocess.run(
        [
            build_python(),
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--onedir",
            "--strip",
            "--log-level",
            "ERROR",
            "--clean",
            "--distpath",
            str(WORK / "dist"),
            "--workpath",
            str(WORK / "work"),
            "--specpath",
            str(WORK),
            "--name",
            "floor-window",
            str(ROOT / "benchmarks" / "floor_window.py"),
        ],
        check=True,
    )
    return WORK / "dist" / "floor-window" / "floor-window"


def main() -> None:
    if not APP.exists():
        sys.exit(f"frozen: no bundle at {APP}; run `make package` first")
    floor_exe = build_floor()
    runs = start_runs([str(floor_exe)], [str(APP), "--demo", "kyc3", "--quit-after-load"], reps(7))
    report_start(runs, ", frozen", "frozen empty QMainWindow", (1.3, 2.0, 1.5))


if __name__ == "__main__":
    main()

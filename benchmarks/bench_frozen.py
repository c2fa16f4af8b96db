"""The frozen app: cold start to first paint, start to data shown, and peak RSS of the
bundle `make package` built (build/dist/btse-gui), whole process.

Floor: a frozen empty window, benchmarks/floor_window.py built by PyInstaller (onedir,
stripped, like the app) with the same build venv in this run, then run alternately with
`build/dist/btse-gui --demo kyc3 --quit-after-load`. Only in `make bench` (building the
floor takes a minute), not in the smoke run of make test.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import ROOT, Result, build_python, report, reps, run_json, spread

OFFSCREEN = {"QT_QPA_PLATFORM": "offscreen"}
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
    n = reps(7)
    floor_paint, floor_rss, app_paint, app_shown, app_rss = [], [], [], [], []
    for _ in range(n):
        floor, started = run_json([str(floor_exe)], OFFSCREEN)
        floor_paint.append(floor["first_paint_at"] - started)
        floor_rss.append(floor["peak_rss_mb"])
        app, started = run_json([str(APP), "--demo", "kyc3", "--quit-after-load"], OFFSCREEN)
        assert app["state"] == "loaded", app
        app_paint.append(app["first_paint_at"] - started)
        app_shown.append(app["data_shown_at"] - started)
        app_rss.append(app["peak_rss_mb"])
    fp = statistics.median(floor_paint)
    report(
        Result(
            "cold start -> first paint, frozen",
            "frozen empty QMainWindow",
            fp,
            statistics.median(app_paint),
            "s",
            "<= 1.3x",
            1.3,
            detail=f"{n} runs each; floor {spread(floor_paint)}; app {spread(app_paint)}",
        )
    )
    report(
        Result(
            "start -> data shown, frozen",
            "frozen empty QMainWindow first paint",
            fp,
            statistics.median(app_shown),
            "s",
            "<= 1.5x",
            1.5,
            detail=f"app {spread(app_shown)}",
        )
    )
    report(
        Result(
            "peak RSS after load, frozen",
            "frozen empty QMainWindow",
            statistics.median(floor_rss),
            statistics.median(app_rss),
            "MB",
            "<= 1.3x",
            1.3,
            detail=f"floor {spread(floor_rss)}; app {spread(app_rss)}",
        )
    )


if __name__ == "__main__":
    main()

"""Cold start to first paint, start to data shown, and peak RSS, whole process.

Floor: an empty QMainWindow that quits at its first paint (floor_window.py), run
alternately with `btse-gui --demo kyc3 --quit-after-load` in the same run.
"""

from __future__ import annotations

import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import ROOT, Result, python, report, reps, run_json, spread

OFFSCREEN = {"QT_QPA_PLATFORM": "offscreen"}


def main() -> None:
    n = reps(7)
    floor_paint, floor_rss, app_paint, app_shown, app_rss = [], [], [], [], []
    for _ in range(n):
        floor, started = run_json(
            [python(), str(ROOT / "benchmarks" / "floor_window.py")], OFFSCREEN
        )
        floor_paint.append(floor["first_paint_at"] - started)
        floor_rss.append(floor["peak_rss_mb"])
        app, started = run_json(
            [python(), "-m", "btse_gui", "--demo", "kyc3", "--quit-after-load"], OFFSCREEN
        )
        assert app["state"] == "loaded", app
        app_paint.append(app["first_paint_at"] - started)
        app_shown.append(app["data_shown_at"] - started)
        app_rss.append(app["peak_rss_mb"])
    fp = statistics.median(floor_paint)
    report(
        Result(
            "cold start -> first paint",
            "empty QMainWindow",
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
            "start -> data shown",
            "empty QMainWindow first paint",
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
            "peak RSS after load",
            "empty QMainWindow",
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

"""Cold start to first paint, start to data shown, peak RSS, and close to exit, whole
process.

Floor: an empty QMainWindow that quits at its first paint (floor_window.py), run
alternately with `btse-gui --demo kyc3 --quit-after-load` in the same run. Close to
exit is measured from outside: from the wall time the app says it asked its window to
close (``close_at``) to the time this script sees the process end; the target is
absolute (50 ms), the floor's quit-to-end is shown beside it.
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
    floor_exit, app_exit = [], []
    for _ in range(n):
        floor, started = run_json(
            [python(), str(ROOT / "benchmarks" / "floor_window.py")], OFFSCREEN
        )
        floor_paint.append(floor["first_paint_at"] - started)
        floor_rss.append(floor["peak_rss_mb"])
        floor_exit.append((floor["ended_at"] - floor["close_at"]) * 1000)
        app, started = run_json(
            [python(), "-m", "btse_gui", "--demo", "kyc3", "--quit-after-load"], OFFSCREEN
        )
        assert app["state"] == "loaded", app
        app_paint.append(app["first_paint_at"] - started)
        app_shown.append(app["data_shown_at"] - started)
        app_rss.append(app["peak_rss_mb"])
        app_exit.append((app["ended_at"] - app["close_at"]) * 1000)
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
            "<= 2.0x",
            2.0,
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
            "<= 1.5x",
            1.5,
            detail=f"floor {spread(floor_rss)}; app {spread(app_rss)}",
        )
    )
    report(
        Result(
            "close -> process gone",
            "empty QMainWindow, quit -> process gone",
            statistics.median(floor_exit),
            statistics.median(app_exit),
            "ms",
            "<= 50 ms",
            None,
            50.0,
            detail=f"floor {spread(floor_exit)}; app {spread(app_exit)}",
        )
    )


if __name__ == "__main__":
    main()

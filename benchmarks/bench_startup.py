"""Cold start to first paint, start to data shown, peak RSS, and close to exit, whole
process.

Floor: an empty QMainWindow that quits at its first paint (floor_window.py), run
alternately with `btse-gui --demo kyc3 --quit-after-load` in the same run; then both
again with one core kept busy (``yes > /dev/null``), as on a desktop doing other things. Close to
exit is measured from outside: from the wall time the app says it asked its window to
close (``close_at``) to the time this script sees the process end; the target is
absolute (50 ms), the floor's quit-to-end is shown beside it.
"""

from __future__ import annotations

import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import ROOT, Result, python, report, report_start, reps, spread, start_runs


def main() -> None:
    runs_floor = [python(), str(ROOT / "benchmarks" / "floor_window.py")]
    runs_app = [python(), "-m", "btse_gui", "--demo", "kyc3", "--quit-after-load"]
    runs = start_runs(runs_floor, runs_app, reps(7))
    report_start(runs, "", "empty QMainWindow", (1.3, 2.0, 1.5))
    # The same with one core kept busy, the floor under the same load (no RSS row: the
    # load does not change what the app keeps in memory).
    busy = start_runs(runs_floor, runs_app, reps(7), busy=True)
    report_start(busy, ", one core busy", "empty QMainWindow, one core busy", (1.4, 2.2, None))
    floor_exit = [(f["ended_at"] - f["close_at"]) * 1000 for f in runs.floors]
    app_exit = [(a["ended_at"] - a["close_at"]) * 1000 for a in runs.apps]
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

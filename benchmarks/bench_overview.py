"""The accounts overview at scale: `btse-gui --demo --overview --demo-accounts N
--quit-after-load`, each N (30, 300, 1000 generated accounts plus the demo accounts) in
a fresh process, medians of 3.

Ratios against N = 30 in the same run: the time until every row is filled (the demo's
`slow` account alone takes 2 s, so small N sit on that floor) and the peak RSS, the
window's process and the lookups' own process (btse_gui/worker/process.py) together.
And the longest event-loop stall while the rows arrive (a 1 ms QTimer in the window's
process), against one frame at 60 Hz.
"""

from __future__ import annotations

import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import Result, python, report, reps, run_json, spread

SIZES = (30, 300, 1000)
FRAME_MS = 16.0


def one(n: int) -> dict[str, float]:
    cmd = [python(), "-m", "btse_gui", "--demo", "--overview", "--demo-accounts", str(n)]
    data, _ = run_json([*cmd, "--quit-after-load"], env={"QT_QPA_PLATFORM": "offscreen"})
    data["window_rss_mb"] = data["peak_rss_mb"]
    data["peak_rss_mb"] += data["lookups_peak_rss_mb"]  # both processes
    return data


def main() -> None:
    runs = {n: [one(n) for _ in range(reps(3))] for n in SIZES}
    med = {n: {k: statistics.median(r[k] for r in runs[n]) for k in runs[n][0]} for n in SIZES}
    for n in SIZES[1:]:
        report(
            Result(
                f"overview, all rows filled, {n} + demo accounts",
                f"{SIZES[0]} + demo accounts",
                med[SIZES[0]]["data_shown_s"],
                med[n]["data_shown_s"],
                "s",
                f"<= {n / SIZES[0]:.0f}x (linear)",
                n / SIZES[0],
                detail=f"s: {spread([r['data_shown_s'] for r in runs[n]])}",
            )
        )
        report(
            Result(
                f"overview, peak RSS, {n} + demo accounts",
                f"{SIZES[0]} + demo accounts",
                med[SIZES[0]]["peak_rss_mb"],
                med[n]["peak_rss_mb"],
                "MB",
                "<= 1.5x",
                1.5,
                detail=f"MB, both processes: {spread([r['peak_rss_mb'] for r in runs[n]])}; "
                f"the window's {med[n]['window_rss_mb']:.1f}, the lookups' "
                f"{med[n]['lookups_peak_rss_mb']:.1f} (medians; at {SIZES[0]}: "
                f"{med[SIZES[0]]['window_rss_mb']:.1f} and "
                f"{med[SIZES[0]]['lookups_peak_rss_mb']:.1f})",
            )
        )
    for n in SIZES:
        stalls = [r["longest_stall_ms"] for r in runs[n]]
        report(
            Result(
                f"overview, longest event-loop stall while {n} + demo rows arrive",
                "one frame (60 Hz)",
                FRAME_MS,
                statistics.median(stalls),
                "ms",
                "<= 16 ms",
                None,
                FRAME_MS,
                detail=f"ms: {spread(stalls)}; rows {med[n]['rows']:.0f}, failed "
                f"{med[n]['rows_failed']:.0f}, batches {med[n]['batches']:.0f}",
            )
        )


if __name__ == "__main__":
    main()

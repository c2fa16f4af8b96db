"""Does each start-up trick pay its way? Interleaved A/B runs of the app as shipped (A)
against the app with one trick taken out (B, ``variant.py``), idle and with one core
kept busy (``yes > /dev/null``), on ``--demo kyc3 --quit-after-load``: first paint and
data shown, seconds from the process's start, medians of the pairs and the median of
the pairs' differences (B - A: what the trick saves).

``python benchmarks/ab_start.py [PAIRS] [TRICK...]`` (default 15 pairs, every trick).
Prints one Markdown table; RESULTS.md keeps the one the keep/drop decisions rest on.
"""

from __future__ import annotations

import compileall
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import one_core_busy
from benchmarks.variant import TRICKS

#: Every trick ab_start.py can take out (or, window_parser, put back).
ALL = [*TRICKS, "window_parser"]

ROOT = Path(__file__).resolve().parent.parent
WINDOW = ["--demo", "kyc3", "--quit-after-load"]
COMMAND_LINE = ["lookup", "--demo", "kyc3", "--json"]
#: The tricks whose saving is on the command line (timed whole, from outside).
CLI_TRICKS = {"no_httpx_cli"}


def run(trick: str, args: list[str]) -> dict[str, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    started = time.time()
    proc = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "variant.py"), trick, "--", *args],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        check=True,
        timeout=120,
    )
    ended = time.time()
    if args is COMMAND_LINE:
        return {"whole": ended - started}
    report = json.loads(proc.stdout.strip().splitlines()[-1])
    assert report["state"] == "loaded", report
    return {
        "first_paint": report["first_paint_at"] - started,
        "data_shown": report["data_shown_at"] - started,
    }


def pairs(trick: str, n: int, busy: bool) -> dict[str, tuple[float, float, float]]:
    """figure -> (median A, median B, median of B - A), over ``n`` interleaved pairs."""
    args = COMMAND_LINE if trick in CLI_TRICKS else WINDOW
    a_runs: list[dict[str, float]] = []
    b_runs: list[dict[str, float]] = []
    with one_core_busy(busy):
        for i in range(n):
            order = [("none", a_runs), (trick, b_runs)]
            for variant, into in order if i % 2 == 0 else reversed(order):
                into.append(run(variant, args))
    out = {}
    for figure in a_runs[0]:
        a = [r[figure] for r in a_runs]
        b = [r[figure] for r in b_runs]
        diff = [y - x for x, y in zip(a, b, strict=True)]
        out[figure] = (statistics.median(a), statistics.median(b), statistics.median(diff))
    return out


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    tricks = sys.argv[2:] or ALL
    # From compiled bytecode, as an installed app starts.
    compileall.compile_dir(ROOT / "btse_gui", quiet=1)
    print(f"{n} interleaved pairs each; seconds from the process's start; medians\n")
    print("| trick taken out | load | figure | as shipped (A) | without (B) | B - A |")
    print("|---|---|---|---|---|---|")
    for trick in tricks:
        for busy in (False, True):
            for figure, (a, b, d) in pairs(trick, n, busy).items():
                load = "one core busy" if busy else "idle"
                print(
                    f"| {trick} | {load} | {figure} | {a:.3f} | {b:.3f} | {d * 1000:+.0f} ms |",
                    flush=True,
                )


if __name__ == "__main__":
    main()

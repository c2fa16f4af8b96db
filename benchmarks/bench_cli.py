"""The command line's start: `btse-gui --version` and one `lookup` on a real socket.

Floors, run alternately with the app in the same run:
- `python -c 'import httpx'`, for `python -m btse_gui --version` (the version must not
  cost more than the HTTP library the tool is built on);
- `python -c 'import httpx; httpx.get(<sandbox>/v1/login_status)'` (import httpx and one
  round trip), for `python -m btse_gui lookup --server <sandbox>`: its three reads go out
  together, so one lookup should cost one round trip.

The sandbox runs in its own process (`btse-gui sandbox`), as in bench_network.py.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.bench_network import KYC3, sandbox_process
from benchmarks.common import Result, python, report, reps, spread, timed


def run_quietly(cmd: list[str], env: dict[str, str] | None = None) -> None:
    subprocess.run(
        cmd,
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        stdin=subprocess.DEVNULL,
        env={**os.environ, **(env or {})},
    )


def compare(
    metric: str,
    floor_label: str,
    floor_cmd: list[str],
    app_cmd: list[str],
    target: float,
    n: int,
    env: dict[str, str] | None = None,
) -> None:
    run_quietly(floor_cmd)  # warm the file cache for both
    run_quietly(app_cmd, env)
    floor, app = [], []
    for _ in range(n):
        floor.append(timed(lambda: run_quietly(floor_cmd)))
        app.append(timed(lambda: run_quietly(app_cmd, env)))
    report(
        Result(
            metric,
            floor_label,
            statistics.median(floor),
            statistics.median(app),
            "s",
            f"<= {target}x",
            target,
            detail=f"{n} runs each; floor {spread(floor)}; app {spread(app)}",
        )
    )


def main() -> None:
    n = reps(9)
    compare(
        "btse-gui --version",
        "python -c 'import httpx'",
        [python(), "-c", "import httpx"],
        [python(), "-m", "btse_gui", "--version"],
        1.2,
        n,
    )
    with sandbox_process() as url:
        compare(
            "btse-gui lookup --server (one account)",
            "import httpx + one round trip",
            [python(), "-c", f"import httpx; httpx.get({url + '/v1/login_status'!r})"],
            [python(), "-m", "btse_gui", "lookup", "--server", url],
            1.5,
            n,
            env={"BTSE_API_KEY": KYC3.key, "BTSE_API_SECRET": KYC3.secret},
        )


if __name__ == "__main__":
    main()

"""Shared by the benchmark scripts: repetitions, statistics, the results table."""

from __future__ import annotations

import compileall
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS_JSON = ROOT / "build" / "bench-results.jsonl"


@dataclass
class Result:
    metric: str
    floor_label: str
    floor: float
    app: float
    unit: str
    target: str
    target_ratio: float | None  # None: the target is absolute (app <= target_value)
    target_value: float | None = None
    detail: str = ""

    @property
    def ratio(self) -> float:
        return self.app / self.floor if self.floor else float("inf")

    @property
    def met(self) -> bool:
        if self.target_ratio is not None:
            return self.ratio <= self.target_ratio
        return self.target_value is not None and self.app <= self.target_value


def spread(values: Sequence[float]) -> str:
    return f"min {min(values):.3f} / median {statistics.median(values):.3f} / max {max(values):.3f}"


def reps(default: int) -> int:
    """Repetitions: BENCH_REPS overrides (the smoke run in make test uses 1)."""
    return max(1, int(os.environ.get("BENCH_REPS", default)))


def report(result: Result) -> None:
    verdict = "ok" if result.met else "MISSED"
    print(
        f"{result.metric}: floor {result.floor:.3f} {result.unit} ({result.floor_label}), "
        f"app {result.app:.3f} {result.unit}, ratio {result.ratio:.2f} "
        f"(target {result.target}) {verdict}"
    )
    if result.detail:
        print(f"  {result.detail}")
    RESULTS_JSON.parent.mkdir(parents=True, exist_ok=True)
    with RESULTS_JSON.open("a") as out:
        out.write(json.dumps(asdict(result)) + "\n")


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as info:
            cpu = next(
                line.split(":", 1)[1].strip() for line in info if line.startswith("model name")
            )
    except (OSError, StopIteration):
        pass
    return (
        f"{cpu}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}"
    )


def run_json(cmd: list[str], env: dict[str, str] | None = None) -> tuple[dict[str, float], float]:
    """Run a command that prints a JSON line; returns it and the wall time it started.

    The JSON gets ``ended_at``: the wall time the process was seen to end."""
    started = time.time()
    proc = subprocess.Popen(
        cmd,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
        env={**os.environ, **(env or {})},
    )
    out, err = proc.communicate()
    ended = time.time()
    if proc.returncode:
        raise subprocess.CalledProcessError(proc.returncode, cmd, out, err)
    return {**json.loads(out.strip().splitlines()[-1]), "ended_at": ended}, started


def python() -> str:
    return sys.executable


def build_python() -> str:
    """The build venv's Python (the lock file's PyInstaller and PySide6, as in the
    package), for the benchmarks' own frozen builds; this Python when there is none."""
    built = ROOT / ".venv-build" / "bin" / "python"
    return str(built) if built.exists() else sys.executable


def timed(fn: Callable[[], object]) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


@dataclass
class StartRuns:
    """Alternate runs of a floor window and the app (each ``--quit-after-load``-style,
    printing one JSON line): seconds from start to first paint and to data shown, peak
    RSS, and each run's JSON for whatever else a script reads from it."""

    floor_paint: list[float]
    floor_rss: list[float]
    app_paint: list[float]
    app_shown: list[float]
    app_rss: list[float]
    floors: list[dict[str, float]]
    apps: list[dict[str, float]]


@contextmanager
def one_core_busy(busy: bool = True) -> Iterator[None]:
    """With ``busy``: one process spinning on a core (``yes > /dev/null``) meanwhile, as
    on a real desktop doing other things."""
    if not busy:
        yield
        return
    load = subprocess.Popen(["yes"], stdout=subprocess.DEVNULL)
    try:
        time.sleep(0.5)  # running before the first measurement
        yield
    finally:
        load.kill()
        load.wait()


def start_runs(floor_cmd: list[str], app_cmd: list[str], n: int, busy: bool = False) -> StartRuns:
    """``n`` alternate runs of the floor and the app (with ``busy``: one core kept busy
    all along, the floor's runs too)."""
    # The unfrozen app runs from compiled bytecode, as an installed one does (pip
    # compiles at install): with PYTHONDONTWRITEBYTECODE set, a source tree is compiled
    # again on every run (~160 ms of CPU here), which no user's start pays.
    compileall.compile_dir(ROOT / "btse_gui", quiet=1)
    with one_core_busy(busy):
        return _start_runs(floor_cmd, app_cmd, n)


def _start_runs(floor_cmd: list[str], app_cmd: list[str], n: int) -> StartRuns:
    env = {"QT_QPA_PLATFORM": "offscreen"}
    runs = StartRuns([], [], [], [], [], [], [])
    for _ in range(n):
        floor, started = run_json(floor_cmd, env)
        runs.floor_paint.append(floor["first_paint_at"] - started)
        runs.floor_rss.append(floor["peak_rss_mb"])
        runs.floors.append(floor)
        app, started = run_json(app_cmd, env)
        assert app["state"] == "loaded", app
        runs.app_paint.append(app["first_paint_at"] - started)
        runs.app_shown.append(app["data_shown_at"] - started)
        runs.app_rss.append(app["peak_rss_mb"])
        runs.apps.append(app)
    return runs


def report_start(
    runs: StartRuns, suffix: str, floor: str, targets: tuple[float, float, float | None]
) -> None:
    """The three start-up rows: first paint, data shown and peak RSS against the floor,
    with the given ratio targets (``suffix`` names the variant, e.g. ", frozen")."""
    paint, shown, rss = targets
    fp = statistics.median(runs.floor_paint)
    n = len(runs.app_paint)
    report(
        Result(
            f"cold start -> first paint{suffix}",
            floor,
            fp,
            statistics.median(runs.app_paint),
            "s",
            f"<= {paint:g}x",
            paint,
            detail=f"{n} runs each; floor {spread(runs.floor_paint)}; app {spread(runs.app_paint)}",
        )
    )
    report(
        Result(
            f"start -> data shown{suffix}",
            f"{floor} first paint",
            fp,
            statistics.median(runs.app_shown),
            "s",
            f"<= {shown:g}x",
            shown,
            detail=f"app {spread(runs.app_shown)}",
        )
    )
    if rss is None:
        return
    report(
        Result(
            f"peak RSS after load{suffix}",
            floor,
            statistics.median(runs.floor_rss),
            statistics.median(runs.app_rss),
            "MB",
            f"<= {rss:g}x",
            rss,
            detail=f"floor {spread(runs.floor_rss)}; app {spread(runs.app_rss)}",
        )
    )

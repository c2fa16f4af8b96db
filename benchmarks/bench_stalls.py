"""The longest Qt event-loop stall during sign-in and refresh, and while the HTTP stack
loads after the start.

A 1 ms QTimer records when it fires; the largest gap between two firings while the
window signs in to the demo account and refreshes is the longest the UI was frozen.
Floor: one frame at 60 Hz (16 ms). Runs the real App offscreen, on the built-in demo
server (in-process, so no server thread competes with the UI for the GIL).

After the start: when the start's sign-in came from its own process
(btse_gui.start_fetch), the window imports the HTTP stack in a worker thread once the
data is shown. Each run is a fresh process (``--after-start``: the import happens once
per process), timed from the data on screen to the import's end.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import itertools

from PySide6.QtCore import QTimer

from benchmarks.common import Result, report, reps, spread
from btse_gui.app import App, GuiOptions, make_application
from btse_gui.event_loop import EventLoop
from btse_gui.session import SessionState

FRAME_MS = 16.0


async def until(condition, timeout: float = 30.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError
        await asyncio.sleep(0.002)


async def measure(app: App, refreshes: int) -> float:
    app.window.show()
    start = asyncio.ensure_future(app.start())
    await until(lambda: "first_paint_s" in app.timings)
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(1)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    await start  # preloads, finds the keychain, picks kyc3
    await app.login.on_sign_in()
    await until(lambda: app.session.state is SessionState.LOADED)
    for _ in range(refreshes):
        await app.session.refresh()
    timer.stop()
    await app.session.aclose()
    app.window.close()
    return max(b - a for a, b in itertools.pairwise(ticks)) * 1000


def main() -> None:
    qt_app = make_application([])
    worst = []
    for _ in range(reps(5)):
        loop = EventLoop(qt_app)
        asyncio.set_event_loop(loop)
        app = App(GuiOptions(demo=""))
        worst.append(loop.run_until_complete(measure(app, refreshes=5)))
        loop.close()
    report(
        Result(
            "longest event-loop stall, sign-in + 5 refreshes",
            "one frame (60 Hz)",
            FRAME_MS,
            statistics.median(worst),
            "ms",
            "<= 16 ms",
            None,
            FRAME_MS,
            detail=f"longest gap per run, ms: {spread(worst)}",
        )
    )
    after = [
        float(
            subprocess.run(
                [sys.executable, __file__, "--after-start"],
                capture_output=True,
                text=True,
                check=True,
                timeout=120,
            ).stdout.split()[-1]
        )
        for _ in range(reps(5))
    ]
    report(
        Result(
            "longest event-loop stall while the HTTP stack loads after the start",
            "one frame (60 Hz)",
            FRAME_MS,
            statistics.median(after),
            "ms",
            "<= 16 ms",
            None,
            FRAME_MS,
            detail=f"longest gap per run, ms: {spread(after)}",
        )
    )


async def measure_after_start(app: App) -> float:
    app.window.show()
    await app.start()  # the answer comes from the start's process
    assert app.session.state is SessionState.LOADED
    assert app.start_fetch is not None
    assert app.start_fetch.answered
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(1)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    await asyncio.wrap_future(app.start_over.http_ready)  # imported in a worker thread
    timer.stop()
    await app.session.aclose()
    app.window.close()
    return max(b - a for a, b in itertools.pairwise(ticks)) * 1000


def after_start() -> None:
    """One run of the second measurement (a fresh process: see the module's doc)."""
    from concurrent.futures import Future

    import btse_gui.api.models  # noqa: F401  (as the start imports it: see launch.run_gui)
    from btse_gui.start_fetch import StartFetch

    assert "httpx" not in sys.modules
    qt_app = make_application([])
    loop = EventLoop(qt_app)
    asyncio.set_event_loop(loop)
    fetch = StartFetch.for_demo("kyc3")
    assert fetch is not None
    tls: Future[None] = Future()
    tls.set_result(None)  # as launch.run_gui does when the start's process signs in
    app = App(GuiOptions(demo="kyc3"), tls=tls, start_fetch=fetch)
    print(loop.run_until_complete(measure_after_start(app)))


if __name__ == "__main__":
    after_start() if sys.argv[1:] == ["--after-start"] else main()

"""The longest Qt event-loop stall during sign-in and refresh.

A 1 ms QTimer records when it fires; the largest gap between two firings while the
window signs in to the demo account and refreshes is the longest the UI was frozen.
Floor: one frame at 60 Hz (16 ms). Runs the real App offscreen, on the built-in demo
server (in-process, so no server thread competes with the UI for the GIL).
"""

from __future__ import annotations

import asyncio
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import itertools

import qasync
from PySide6.QtCore import QTimer

from benchmarks.common import Result, report, reps, spread
from btse_gui.core.session import SessionState
from btse_gui.gui.app import App
from btse_gui.gui.options import GuiOptions
from btse_gui.gui.startup.sequence import make_application

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
    await until(app.window.isVisible)
    await asyncio.sleep(0.05)  # its first paint
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
        loop = qasync.QEventLoop(qt_app)
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


if __name__ == "__main__":
    main()

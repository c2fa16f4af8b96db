"""``--quit-after-load``: the one recorder of the start's timings, for the benchmarks and
the smoke tests. It watches the first frame and the window from outside (their paints),
waits for the data or the overview's rows, prints one JSON line and closes the window.
Nothing in the app itself keeps timings. Made before the first frame, so it imports
nothing the first frame does not (the session comes with the app).
"""

from __future__ import annotations

import gc
import itertools
import json
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from btse_gui.gui.widgets.frame import PaintProbe

if TYPE_CHECKING:
    import asyncio

    from btse_gui.gui.app import App

#: How long the recorder waits for the data (or every overview row) before it gives up.
DATA_WAIT_S = 60.0
OVERVIEW_WAIT_S = 900.0


class Recorder:
    """When the window first painted and when the account's data first painted,
    counted from ``started`` (``time.perf_counter()`` when the process started)."""

    def __init__(self, started: float) -> None:
        self.started = started
        #: name -> (seconds since ``started``, wall-clock time).
        self.marks: dict[str, tuple[float, float]] = {}

    def mark(self, name: str) -> None:
        if name not in self.marks:
            self.marks[name] = (time.perf_counter() - self.started, time.time())

    def watch_paint(self, widget: QWidget, name: str) -> None:
        PaintProbe(widget, lambda: self.mark(name))

    def _seconds(self, name: str) -> float:
        return round(self.marks[name][0], 4) if name in self.marks else -1

    def _at(self, name: str) -> float:
        return self.marks[name][1] if name in self.marks else -1

    async def report(self, app: App, startup: asyncio.Future[None]) -> int:
        if app.options.overview:
            return await self._report_overview(app)
        return await self._report_account(app, startup)

    async def _report_account(self, app: App, startup: asyncio.Future[None]) -> int:
        """Wait for the data (or an error) on screen, report, and close the window."""
        from btse_gui.core.memory import peak_rss_mb
        from btse_gui.core.session import SessionState

        session = app.session
        import asyncio

        deadline = time.monotonic() + DATA_WAIT_S
        # Polled: "painted" has no event to wait on; a 5 ms poll costs the loop nothing.
        while time.monotonic() < deadline:
            if session.state is SessionState.ERROR:
                break
            if session.state is SessionState.LOADED and "data_shown" in self.marks:
                break
            await asyncio.sleep(0.005)
        await asyncio.wait({startup}, timeout=5)  # what the start held back is done too
        report: dict[str, object] = {
            "state": session.state.value,
            "first_paint_s": self._seconds("first_paint"),
            "data_shown_s": self._seconds("data_shown"),
            "peak_rss_mb": peak_rss_mb(),
            # Wall-clock times, for measuring from outside the process (benchmarks).
            "first_paint_at": self._at("first_paint"),
            "data_shown_at": self._at("data_shown"),
            # The start's pause in garbage collection is over (startup.gc_pause).
            "gc_enabled": gc.isenabled(),
        }
        if session.state is not SessionState.LOADED:
            report["error"] = session.message
        return await self._finish(app, report, 0 if session.state is SessionState.LOADED else 1)

    async def _report_overview(self, app: App) -> int:
        """Wait until every row is filled, report (rows, the longest stall, both
        processes' memory), and close the window."""
        import asyncio

        from btse_gui.core.memory import peak_rss_mb

        loader = app.overview_loader
        model = app.window.overview.page.model
        probe = StallProbe()
        deadline = time.monotonic() + OVERVIEW_WAIT_S

        def filled() -> bool:
            done = bool(loader.rows) and not loader.busy
            return done and all(row.result is not None for row in loader.rows)

        while not loader.busy and not filled() and time.monotonic() < deadline:  # noqa: ASYNC110
            await asyncio.sleep(0.002)
        probe.start()
        while loader.busy and time.monotonic() < deadline:  # noqa: ASYNC110
            await asyncio.sleep(0.005)
        if model is not None:
            model.flush()  # the last batch, now, not in up to 50 ms
        stall_ms = probe.stop()
        rows = loader.rows
        lookups_peak = getattr(loader.lookups, "peak_rss_mb", -1.0)
        report: dict[str, object] = {
            "rows": len(rows),
            "rows_loaded": sum(row.snapshot is not None for row in rows),
            "rows_failed": sum(row.result is not None and row.snapshot is None for row in rows),
            "first_paint_s": self._seconds("first_paint"),
            "data_shown_s": round(time.perf_counter() - self.started, 4),
            "longest_stall_ms": round(stall_ms, 2),
            "batches": model.batches if model is not None else 0,
            "peak_rss_mb": peak_rss_mb(),
            # The lookups run in a process of their own (btse_gui.worker): its peak too.
            "lookups_peak_rss_mb": lookups_peak,
        }
        return await self._finish(app, report, 0 if filled() else 1)

    async def _finish(self, app: App, report: dict[str, object], code: int) -> int:
        import asyncio

        if app.options.screenshot:
            await asyncio.sleep(0.3)  # let the last paint settle
            app.window.grab().save(app.options.screenshot)
        # When the window is asked to close: benchmarks measure from here to the
        # process's end (``close_to_exit_ms``), from outside.
        report["close_at"] = time.time()
        print(json.dumps(report), flush=True)
        app.window.close()
        return code


class StallProbe:
    """A 1 ms timer: the longest gap between its firings is the longest the event loop
    was busy with something else (a frame at 60 Hz is 16 ms)."""

    def __init__(self) -> None:
        self.ticks: list[float] = []
        self._timer = QTimer()
        self._timer.setInterval(1)
        self._timer.timeout.connect(lambda: self.ticks.append(time.perf_counter()))

    def start(self) -> None:
        self.ticks = [time.perf_counter()]
        self._timer.start()

    def stop(self) -> float:
        self._timer.stop()
        self.ticks.append(time.perf_counter())
        return max((b - a for a, b in itertools.pairwise(self.ticks)), default=0.0) * 1000

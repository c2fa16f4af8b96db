"""The accounts overview's part of the running app: where its rows come from, and the
``--overview --quit-after-load`` report (rows, timings, memory, the longest stall).

The demo's overview lists every demo account (and ``--demo-accounts N`` generated ones)
on the in-process sandbox; otherwise it lists the saved profiles.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from btse_gui.api.server import Credentials
from btse_gui.memory import peak_rss_mb
from btse_gui.session import ClientFactory

if TYPE_CHECKING:
    from btse_gui.app import App
    from btse_gui.overview_loader import OverviewLoader, OverviewSource
    from btse_gui.profiles import ProfileBook
    from btse_gui.sandbox.accounts import DemoAccount

#: The window's size on the overview, unless the person's own size is bigger.
OVERVIEW_SIZE = (1260, 720)


def demo_accounts(generated: int) -> dict[str, DemoAccount]:
    """The demo accounts plus ``generated`` generated ones (``gen-00001``...)."""
    from btse_gui.sandbox.accounts import DEMO_ACCOUNTS, generated_accounts

    return {**DEMO_ACCOUNTS, **generated_accounts(generated)}


def make_loader(
    factory: ClientFactory,
    book: ProfileBook | None,
    demo_base_url: str,
    demo: Mapping[str, DemoAccount] | None,
) -> OverviewLoader:
    from btse_gui.overview_loader import DemoSource, OverviewLoader, ProfileSource

    source: OverviewSource
    if demo is not None:
        credentials = {a.name: Credentials(a.key, a.secret) for a in demo.values()}
        source = DemoSource(credentials, demo_base_url)
    else:
        assert book is not None
        source = ProfileSource(book)
    return OverviewLoader(source, factory)


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


async def quit_after_overview(app: App) -> int:
    """Wait until every row is filled, print one JSON line, close the window."""
    loader = app.overview_loader
    model = app.window.overview.page.model
    probe = StallProbe()
    deadline = time.monotonic() + 900

    def filled() -> bool:
        done = bool(loader.rows) and not loader.busy
        return done and all(row.result is not None for row in loader.rows)

    # Polling, not an event: the loader has no "done" to wait on, and a poll every few
    # milliseconds costs the loop nothing measurable.
    while not loader.busy and not filled() and time.monotonic() < deadline:  # noqa: ASYNC110
        await asyncio.sleep(0.002)
    probe.start()
    while loader.busy and time.monotonic() < deadline:  # noqa: ASYNC110
        await asyncio.sleep(0.005)
    if model is not None:
        model.flush()  # the last batch, now, not in up to 50 ms
    stall_ms = probe.stop()
    shown = time.perf_counter() - app.options.started
    rows = loader.rows
    report = {
        "rows": len(rows),
        "rows_loaded": sum(row.snapshot is not None for row in rows),
        "rows_failed": sum(row.result is not None and row.snapshot is None for row in rows),
        "first_paint_s": round(app.timings.get("first_paint_s", -1), 4),
        "data_shown_s": round(shown, 4),
        "longest_stall_ms": round(stall_ms, 2),
        "batches": model.batches if model is not None else 0,
        "peak_rss_mb": peak_rss_mb(),
        # The lookups run in a process of their own (see lookup_worker): its peak too.
        "lookups_peak_rss_mb": loader.lookups.peak_rss_mb,
    }
    if app.options.screenshot:
        await asyncio.sleep(0.3)  # let the last paint settle
        app.window.grab().save(app.options.screenshot)
    print(json.dumps(report), flush=True)
    app.window.close()
    return 0 if filled() else 1

"""``--quit-after-load``: load, paint, print one JSON line of timings, and close. The
benchmarks and the smoke tests read that line."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import json
import time
from typing import TYPE_CHECKING

from btse_gui.memory import peak_rss_mb
from btse_gui.session import SessionState

if TYPE_CHECKING:
    from btse_gui.app import App


async def quit_after_load(app: App, startup: asyncio.Future[None]) -> int:
    """Wait for the data (or an error) on screen, report, and close the window."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        done = app.session.state in (SessionState.LOADED, SessionState.ERROR)
        if done and app.session.state is SessionState.ERROR:
            break
        if done and "data_shown_s" in app.timings:
            break
        await asyncio.sleep(0.005)
    await asyncio.wait({startup}, timeout=5)  # what it put off is done too...
    fetch = app.start_fetch
    with contextlib.suppress(Exception):  # ...the HTTP stack included (peak RSS)
        await asyncio.wait_for(asyncio.wrap_future(app.start_over.http_ready), 10)
    report = {
        "state": app.session.state.value,
        "first_paint_s": round(app.timings.get("first_paint_s", -1), 4),
        "data_shown_s": round(app.timings.get("data_shown_s", -1), 4),
        "peak_rss_mb": peak_rss_mb(),
        # Wall-clock times, for measuring from outside the process (benchmarks).
        "first_paint_at": app.timings.get("first_paint_at", -1),
        "data_shown_at": app.timings.get("data_shown_at", -1),
        # The start's pause in garbage collection is over (collect_again).
        "gc_enabled": gc.isenabled(),
        # Where the start's sign-in was made (btse_gui.start_fetch), and whether this
        # process had imported the HTTP stack when the data was first painted.
        "fetched_by": "start process" if fetch and fetch.answered else "window",
        "http_stack_at_data_shown": app.http_at_data_shown,
        # How long the sign-in waited for the start process's answer (ms).
        "answer_wait_ms": round(fetch.waited_s * 1000, 1) if fetch and fetch.waited_s else None,
    }
    if app.session.state is not SessionState.LOADED:
        report["error"] = app.session.message
    if app.options.screenshot:
        await asyncio.sleep(0.2)  # let the last paint settle
        app.window.grab().save(app.options.screenshot)
    # When the window is asked to close: benchmarks measure from here to the
    # process's end (``close_to_exit_ms``), from outside.
    report["close_at"] = time.time()
    print(json.dumps(report), flush=True)
    app.window.close()
    return 0 if app.session.state is SessionState.LOADED else 1

"""The app's asyncio loop (``btse_gui.gui.qtcompat.event_loop``): qasync's, with timers that never
make PySide's ``Qt`` namespace. Callbacks run once, in order, after their delay; a
cancelled one never runs; a closed loop runs none."""

from __future__ import annotations

import asyncio
import time

from btse_gui.gui.qtcompat.event_loop import EventLoop, _Timers


def test_the_loop_runs_its_callbacks_through_its_own_timers(qloop: EventLoop) -> None:
    assert isinstance(qloop._timer, _Timers)  # qasync kept its timers where we swap them
    ran: list[str] = []

    async def main() -> None:
        qloop.call_soon(ran.append, "soon 1")
        qloop.call_later(0.05, ran.append, "later")
        qloop.call_soon(ran.append, "soon 2")
        cancelled = qloop.call_later(0.01, ran.append, "cancelled")
        cancelled.cancel()
        started = time.monotonic()
        await asyncio.sleep(0.1)
        ran.append(f"slept {time.monotonic() - started >= 0.09}")

    qloop.run_until_complete(main())
    assert ran == ["soon 1", "soon 2", "later", "slept True"]
    assert qloop._timer._pending == {}  # every timer that fired was stopped and forgotten


def test_stopped_timers_run_nothing_more(qloop: EventLoop, qtbot) -> None:  # type: ignore[no-untyped-def]
    ran: list[int] = []
    timers = _Timers()
    timers.add_callback(asyncio.Handle(ran.append, (1,), qloop), 0)
    timers.add_callback(asyncio.Handle(ran.append, (2,), qloop), 0.02)
    timers.stop()  # as the loop's close does
    qtbot.wait(60)  # Qt's own loop runs: any timer still set would fire here
    assert ran == []
    assert timers._pending == {}
    live = _Timers()
    live.add_callback(asyncio.Handle(ran.append, (3,), qloop), 0)
    qtbot.waitUntil(lambda: ran == [3], timeout=2000)  # the same thing, not stopped, runs

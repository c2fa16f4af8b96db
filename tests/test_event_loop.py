"""The app's asyncio loop (``btse_gui.gui.qtcompat.event_loop``): qasync's, with timers
that never make PySide's ``Qt`` namespace. Callbacks run once, in order, after their
delay; a cancelled one never runs; a closed loop runs none."""

from __future__ import annotations

import asyncio

from btse_gui.gui.qtcompat.event_loop import EventLoop, _Timers
from tests.test_startup import child


def test_the_loop_runs_its_callbacks_in_order_through_timers_that_make_no_qt_enums() -> None:
    """qasync ends its own timers with ``killTimer``, whose PySide overloads make the
    ``Qt`` namespace: if qasync stopped using the timers the app gives it (they live in
    its private ``_timer``), the child sees the namespace made."""
    report = child("loop_timers")
    assert report["ran"] == ["soon 1", "soon 2", "later", "slept True"]
    assert report["qt_namespace"] is False


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

"""asyncio on Qt's event loop: qasync's loop, with its timers kept off PySide's ``Qt``
namespace.

qasync runs every asyncio callback (each ``call_soon``, each ``call_later``) from a Qt
timer, and ends each timer with ``QObject.killTimer``. Since Qt 6.8 that has two
overloads, ``killTimer(int)`` and ``killTimer(Qt.TimerId)``, and PySide weighs them by
making the ``Qt`` namespace's Python enums: all ~100 of them at once (``Qt.Key`` alone
has 471 members), 35-40 ms on this machine, at the loop's first callback, before the
account's data can be shown. :class:`EventLoop` gives qasync's loop timers that run the
same callbacks in the same order from a ``QBasicTimer`` each, which stops without
``killTimer``. The widgets on the way to the data do their part (``ui.props``); the
``Qt`` namespace is made when something later needs it.

The loop keeps its timers in qasync's ``_timer`` (qasync 0.28, pinned in the lock);
``tests/test_event_loop.py`` checks that the swap took and ``tests/test_launch.py``
that the namespace is not made, so a qasync that changes this fails there and not at a
user's start.
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

import qasync
from PySide6.QtCore import QBasicTimer, QObject, QTimerEvent

log = logging.getLogger("btse_gui.loop")


class _Timers(QObject):
    """What qasync's timer object does (``add_callback``, ``stop``, ``set_debug``), with a
    ``QBasicTimer`` per callback."""

    def __init__(self) -> None:
        super().__init__()
        self._pending: dict[int, tuple[QBasicTimer, asyncio.Handle]] = {}
        self._stopped = False
        self._debug = False

    def add_callback(self, handle: asyncio.Handle, delay: float = 0) -> asyncio.Handle:
        timer = QBasicTimer()
        timer.start(int(max(0, delay) * 1000), self)
        self._pending[timer.timerId()] = (timer, handle)
        return handle

    def timerEvent(self, event: QTimerEvent) -> None:
        pending = self._pending.pop(event.timerId(), None)
        if pending is None:
            return
        timer, handle = pending
        timer.stop()  # each callback runs once
        if self._stopped or handle.cancelled():
            return
        if not self._debug:
            handle._run()
            return
        loop = asyncio.get_event_loop()
        loop._current_handle = handle  # type: ignore[attr-defined]  # as qasync does
        started = time.monotonic()
        try:
            handle._run()
        finally:
            loop._current_handle = None  # type: ignore[attr-defined]
        took = time.monotonic() - started
        if took >= loop.slow_callback_duration:
            log.warning("Executing %r took %.3f seconds", handle, took)

    def stop(self) -> None:
        self._stopped = True
        for timer, _ in self._pending.values():
            timer.stop()
        self._pending.clear()

    def set_debug(self, enabled: bool) -> None:
        self._debug = enabled


class EventLoop(qasync.QEventLoop):  # type: ignore[misc]  # qasync has no types
    """qasync's loop (its own docs apply), with :class:`_Timers` for its timers."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._timer = _Timers()
        self._timer.set_debug(self.get_debug())

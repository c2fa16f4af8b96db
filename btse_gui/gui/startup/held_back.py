"""What the window's start holds back until its first sign-in is over (or
``START_MAX_S`` has passed, for a slow server), begun and ended here, together:

- Garbage collection. The start builds ~150,000 objects that live as long as the app
  (modules, classes, Qt's wrappers) and nearly no garbage; collecting while they are
  built walks them again and again. Once the start is over they are frozen
  (``gc.freeze``), so no later full pass walks them either: each would otherwise take
  50-120 ms with the window frozen, at moments nobody chooses.
- The log file: the lines logged until then are kept in memory and written to the file
  first (``btse_gui.core.logs``); opening it (its folder, platformdirs, the handler)
  is not on the way to the data.

Measured (``benchmarks/ab_start.py``, interleaved pairs of ``--demo kyc3
--quit-after-load``, 2026-12-03), what each saves of the time to the data shown: the
pause in garbage collection 13 ms idle and 15 ms with one core busy (15 pairs); the log
file opened later 6 ms idle and 14 ms busy (30 pairs). No Qt here.
"""

from __future__ import annotations

import gc

#: What the start holds back waits at most this long for the first sign-in.
START_MAX_S = 3.0


class HeldBack:
    """Begun when made: the collector stops; :meth:`release` ends it, once."""

    def __init__(self) -> None:
        self._released = False
        self._paused = gc.isenabled()
        if self._paused:
            gc.disable()

    def release(self) -> None:
        if self._released:
            return
        self._released = True
        if self._paused:
            gc.freeze()
            gc.enable()
        from btse_gui.core import logs

        logs.setup()

"""The start's pause in garbage collection: begun before Qt is imported, ended once the
first sign-in's data has painted (or after ``START_MAX_S`` for a slow server).

The start builds ~150,000 objects that live as long as the app (modules, classes, Qt's
wrappers) and nearly no garbage; collecting while they are built walks them again and
again. When the pause ends they are frozen (``gc.freeze``), so no later full pass walks
them either: each would otherwise take 50-120 ms with the window frozen, at moments
nobody chooses.

Measured (``benchmarks/ab_start.py``, interleaved pairs of ``--demo kyc3
--quit-after-load``, 2026-12-03), data shown without the pause, idle / one core busy:
+13 / +15 ms (15 pairs), +40 / +6 ms (15 pairs), +6 / +7 ms (20 pairs, the pause ending
after the data's paint). No Qt here.
"""

from __future__ import annotations

import gc

#: The pause waits at most this long for the first sign-in.
START_MAX_S = 3.0


class GcPause:
    """Begun when made (the collector stops); :meth:`end` ends it, once."""

    def __init__(self) -> None:
        self._ended = False
        self._paused = gc.isenabled()
        if self._paused:
            gc.disable()

    def end(self) -> None:
        if self._ended:
            return
        self._ended = True
        if self._paused:
            gc.freeze()
            gc.enable()

"""Nonces that stay valid on a machine whose clock is wrong.

Every answer carries the server's ``time`` (ms). :class:`ClockSkew` keeps a running
estimate of server minus local time from those, and :class:`NonceSequence` hands out
``max(now_ms + skew, last + 1)``: unique and strictly increasing per key even when many
requests are signed in the same millisecond.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

#: A sample this far from the estimate means the clock jumped: adopt it outright.
JUMP_MS = 1000.0
#: Half a round trip above this makes a sample too vague to move the estimate alone.
SLOW_MS = 100.0
#: Weight of a new sample in the running estimate.
SMOOTHING = 0.25


class ClockSkew:
    """Running estimate of (server clock - local clock) in milliseconds."""

    def __init__(self, wall: Callable[[], float] = time.time) -> None:
        self._wall = wall
        self.skew_ms = 0.0
        self.samples = 0

    def observe(self, server_ms: int, sent_s: float, received_s: float) -> None:
        """Fold in one answer: server time vs. the midpoint of the local round trip."""
        sample = server_ms - (sent_s + received_s) * 500.0
        # The server stamped its time somewhere within the round trip: a slow answer
        # (2 s) places the clock only within ±1 s. Such a sample that agrees with the
        # estimate within its own uncertainty says nothing new, and is not taken.
        uncertainty = max(0.0, received_s - sent_s) * 500.0
        difference = sample - self.skew_ms
        self.samples += 1
        if uncertainty > SLOW_MS and abs(difference) <= uncertainty:
            return
        if self.samples == 1 or abs(difference) > JUMP_MS + uncertainty:
            self.skew_ms = sample
        else:
            self.skew_ms += difference * SMOOTHING

    def now_ms(self) -> float:
        """The server's clock as best we know it."""
        return self._wall() * 1000.0 + self.skew_ms


class NonceSequence:
    """Strictly increasing nonces for one API key."""

    def __init__(self, clock: ClockSkew) -> None:
        self._clock = clock
        self._last = 0
        self._lock = threading.Lock()

    def next(self) -> int:
        with self._lock:
            nonce = max(int(self._clock.now_ms()), self._last + 1)
            self._last = nonce
            return nonce

    def note(self, nonce: int) -> None:
        """``nonce`` was used (given out elsewhere, see ``KeyLedger``): never again."""
        with self._lock:
            self._last = max(self._last, nonce)

    def rebase(self) -> None:
        """Let the sequence restart from the corrected clock.

        Called only after the server refused a nonce and its answer moved our clock
        estimate. Only a sequence that runs more than a second ahead of the corrected
        clock is pulled back: those nonces were signed against the wrong clock and
        refused. When several refused requests come back together, the first rebase
        does the work and the later ones change nothing, so nonces issued after the
        correction are never issued again.
        """
        with self._lock:
            now = int(self._clock.now_ms())
            if self._last > now + JUMP_MS:
                self._last = now - 1

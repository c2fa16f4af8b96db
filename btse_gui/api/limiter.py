"""A per-key rate limiter that never exceeds the server's limit in any window.

Why not a leaky bucket (e.g. aiolimiter): a bucket of capacity N refilling at N/s lets a
full burst through and then keeps dripping, so a sliding one-second window on the server
can see nearly 2N requests, and BTSE escalates repeated 429s into long blocks. A sliding
log admits at most ``limit`` requests in any ``window`` (plus a margin for the jitter
between our send time and the server's receive time), while still letting the three
reads of a refresh go out at once.
"""

from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import Awaitable, Callable


class SlidingWindowLimiter:
    def __init__(
        self,
        limit: int,
        window: float = 1.0,
        margin: float = 0.1,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        if limit < 1:
            raise ValueError("limit must be at least 1")
        self.limit = limit
        self.span = window + margin
        self._clock = clock
        self._sleep = sleep
        self._sent: deque[float] = deque()
        #: Slots granted with ``hold``: their requests have not gone out yet, so they
        #: cannot leave the window (see :meth:`restamp`).
        self._held: list[float] = []
        self._paused_until = 0.0
        self._lock: asyncio.Lock | None = None

    def delay(self) -> float:
        """Seconds until one more request may go out (0 when it may go now)."""
        now = self._clock()
        while self._sent and now - self._sent[0] >= self.span:
            self._sent.popleft()
        wait = max(self._paused_until - now, 0.0)
        if len(self._sent) + len(self._held) >= self.limit:
            # With every slot held, the next one frees when a held request goes out
            # and then leaves the window: at least a window from now.
            oldest = self._sent[0] if self._sent else now
            wait = max(wait, oldest + self.span - now)
        return wait

    async def acquire(self, *, hold: bool = False) -> float:
        """Wait for a slot, first come first served; returns the slot's stamp.

        With ``hold`` the slot stays in the window until :meth:`restamp` says its
        request went out (it may first wait for another limiter's slot).
        """
        if self._lock is None:
            self._lock = asyncio.Lock()
        async with self._lock:
            # The wait is computed from the window, not polled.
            while (wait := self.delay()) > 0:
                await self._sleep(wait)
            stamp = self._clock()
            (self._held if hold else self._sent).append(stamp)
            return stamp

    def restamp(self, stamp: float) -> float:
        """Count slot ``stamp`` from now instead; returns the new stamp.

        The server counts a request when it arrives, which may be well after its slot
        was granted: while it waited for another limiter's slot, for a connection, for
        a busy loop. The client restamps a slot when the request goes out and again when
        its answer is in: arrival is never later than the answer, so the next request
        granted a window after that arrives a window after this one did. A slot that
        already left the window is counted again: its request did go out.
        """
        if stamp in self._held:
            self._held.remove(stamp)
        else:
            # A restamped slot is recent: look for it from the new end (the window may
            # hold thousands of stamps when the limit is high).
            for i in range(len(self._sent) - 1, -1, -1):
                if self._sent[i] == stamp:
                    del self._sent[i]
                    break
                if self._sent[i] < stamp:
                    break
        now = max(self._clock(), self._sent[-1] if self._sent else 0.0)
        self._sent.append(now)  # the newest stamp: the log stays in order
        return now

    def absorb(self, other: SlidingWindowLimiter) -> None:
        """Count ``other``'s recent sends here too (a key found to belong to a user whose
        budget this is: what it sent before it was known still counts)."""
        merged = sorted([*self._sent, *other._sent, *other._held])
        self._sent = deque(merged)

    def pause(self, seconds: float) -> None:
        """Send nothing for ``seconds`` (the server said 429 with ``Retry-After``)."""
        self._paused_until = max(self._paused_until, self._clock() + seconds)

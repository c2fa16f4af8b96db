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
from collections.abc import Callable


class SlidingWindowLimiter:
    def __init__(
        self,
        limit: int,
        window: float = 1.0,
        margin: float = 0.2,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if limit < 1:
            raise ValueError("limit must be at least 1")
        self.limit = limit
        self.span = window + margin
        self._clock = clock
        self._sent: deque[float] = deque()
        self._paused_until = 0.0
        self._lock: asyncio.Lock | None = None

    def delay(self) -> float:
        """Seconds until one more request may go out (0 when it may go now)."""
        now = self._clock()
        while self._sent and now - self._sent[0] >= self.span:
            self._sent.popleft()
        wait = max(self._paused_until - now, 0.0)
        if len(self._sent) >= self.limit:
            wait = max(wait, self._sent[0] + self.span - now)
        return wait

    async def acquire(self) -> None:
        """Wait for a slot, first come first served."""
        if self._lock is None:
            self._lock = asyncio.Lock()
        async with self._lock:
            # The wait is computed from the window, not polled.
            while (wait := self.delay()) > 0:  # noqa: ASYNC110
                await asyncio.sleep(wait)
            self._sent.append(self._clock())

    def absorb(self, other: SlidingWindowLimiter) -> None:
        """Count ``other``'s recent sends here too (a key found to belong to a user whose
        budget this is: what it sent before it was known still counts)."""
        merged = sorted([*self._sent, *other._sent])
        self._sent = deque(merged)

    def pause(self, seconds: float) -> None:
        """Send nothing for ``seconds`` (the server said 429 with ``Retry-After``)."""
        self._paused_until = max(self._paused_until, self._clock() + seconds)

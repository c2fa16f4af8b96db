"""What the client keeps per API key: its nonces, its rate limit, the user it belongs to."""

from __future__ import annotations

from btse_gui.api.clock import ClockSkew, NonceSequence
from btse_gui.api.errors import UnauthorizedError
from btse_gui.api.limiter import SlidingWindowLimiter


class NonceRejected(Exception):
    """401 signed with a clock estimate the answer has since corrected: sign again."""

    def __init__(self, error: UnauthorizedError) -> None:
        super().__init__()
        self.error = error


#: The spec's query limit per user: several keys of one user share it.
USER_LIMIT_PER_SECOND = 30


class PerKey:
    def __init__(self, clock: ClockSkew, limiter: SlidingWindowLimiter) -> None:
        self.nonces = NonceSequence(clock)
        self.limiter = limiter
        #: The user this key belongs to, once ``/v1/user`` has named it.
        self.user: str | None = None

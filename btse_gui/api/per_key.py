"""What the client keeps per API key: its nonces, its rate limit, the user it belongs to;
and what it may share with other processes about a key (:class:`KeyLedger`)."""

from __future__ import annotations

from typing import Protocol

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


class KeyLedger(Protocol):
    """Nonces and send slots for a key, shared by the processes of this computer (the
    app gives one: ``btse_gui.core.key_ledger``; this package knows no file)."""

    def claim(self, key: str, nonce_at_least: int, now: float) -> tuple[int, float]:
        """``(nonce, 0.0)`` to send now with ``nonce`` (at least ``nonce_at_least``), or
        ``(0, wait)``: the key has had its requests for this second."""
        ...

    def answered(self, key: str, claimed_at: float, now: float) -> None:
        """The request claimed at ``claimed_at`` has its answer (it counts from now)."""
        ...

"""How long the client waits, how often it retries, how many connections it keeps."""

from __future__ import annotations

from dataclasses import dataclass

import httpx


@dataclass(frozen=True, slots=True)
class Timeouts:
    """Connect fails fast; reads wait a little longer than the server's own 30 s."""

    connect: float = 5.0
    read: float = 35.0
    #: Whole-request deadline: stops a body that drips one byte at a time.
    total: float = 45.0

    @classmethod
    def for_read(cls, read: float | None) -> Timeouts:
        """``read`` seconds to wait for an answer (``None``: the defaults)."""
        if read is None:
            return cls()
        # What the person asked for is the whole wait, not a wait per read.
        return cls(connect=min(5.0, read), read=read, total=read)


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """429s are retried after the server's ``Retry-After``, within bounds."""

    attempts: int = 4
    #: A longer ``Retry-After`` (BTSE's 5 and 15 minute blocks) is reported, not waited.
    max_wait: float = 10.0


def httpx_timeout(timeouts: Timeouts) -> httpx.Timeout:
    """The read timeout is for the server's silence only, never a wait for a connection.

    httpx would otherwise give a wait for a free connection the read timeout too, and a
    request queued behind busy connections would be reported as "the server did not
    answer". Callers keep at most ``max_connections`` requests in flight (``lookups``
    does), so none waits; if one ever does, the whole-request deadline still bounds it.
    """
    return httpx.Timeout(timeouts.read, connect=timeouts.connect, pool=None)

"""Faults the sandbox can inject, for tests and benchmarks.

A fault spec is a comma-separated list, e.g. ``"latency=200,status=500"``:

==================  ===============================================================
``latency=MS``      wait MS milliseconds before answering
``status=CODE``     answer with HTTP status CODE (an error envelope)
``code=N``          answer 200 with envelope ``code`` N (``success: false``)
``unsuccessful``    answer 200 with ``code: 1`` but ``success: false``
``garbage``         answer 200 with an HTML page instead of JSON
``truncate``        answer 200 with the JSON cut in half (a consistent length)
``drop``            send the headers and half the body, then drop the connection
``slow-body=MS``    send the body one byte every MS milliseconds
==================  ===============================================================

Faults come from the account (``DemoAccount.faults``), the sandbox (``Sandbox.faults``,
settable while it runs) and the request header ``x-sandbox-fault``; all of them apply.
"""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass, fields, replace
from typing import Any

from btse_gui.sandbox.asgi import Answer, Receive, Scope, Send

_FLAGS = {"unsuccessful", "garbage", "truncate", "drop"}
_NUMBERS = {
    "latency": "latency_ms",
    "status": "status",
    "code": "code",
    "slow-body": "slow_body_ms",
}
#: What each number may be: a fault spec comes from a flag or a header, never trusted.
_RANGES = {
    "latency": (0, 600_000),
    "status": (100, 599),
    "code": (-(2**31), 2**31 - 1),
    "slow-body": (0, 60_000),
}


@dataclass(frozen=True)
class Faults:
    latency_ms: int = 0
    status: int | None = None
    code: int | None = None
    unsuccessful: bool = False
    garbage: bool = False
    truncate: bool = False
    drop: bool = False
    slow_body_ms: int = 0

    @classmethod
    def parse(cls, spec: str) -> Faults:
        """Parse ``"latency=200,garbage"``; raises ValueError on anything unknown."""
        values: dict[str, Any] = {}
        for item in filter(None, (part.strip() for part in spec.split(","))):
            name, _, value = item.partition("=")
            if name in _FLAGS and not value:
                values[name] = True
            elif name in _NUMBERS and re.fullmatch(r"-?[0-9]{1,12}", value):
                low, high = _RANGES[name]
                number = int(value)
                if not low <= number <= high:
                    raise ValueError(f"sandbox fault {name} must be between {low} and {high}")
                values[_NUMBERS[name]] = number
            else:
                raise ValueError(f"unknown sandbox fault {item!r}")
        return cls(**values)

    def merge(self, other: Faults) -> Faults:
        """Both sets of faults; where both set a value, ``other`` wins."""
        changes = {
            f.name: getattr(other, f.name)
            for f in fields(other)
            if getattr(other, f.name) not in (None, False, 0)
        }
        return replace(self, **changes)

    def __bool__(self) -> bool:
        return self != Faults()


class FaultyBodyResponse(Answer):
    """Sends its body badly: half of it then a dropped connection, or a drip."""

    def __init__(self, body: bytes, status: int, *, drop: bool, drip_ms: int) -> None:
        super().__init__(body, status)
        self.drop = drop
        self.drip_ms = drip_ms

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await send(
            {"type": "http.response.start", "status": self.status, "headers": self.raw_headers()}
        )
        body = self.body
        if self.drop:
            await send(
                {"type": "http.response.body", "body": body[: len(body) // 2], "more_body": True}
            )
            raise ConnectionResetError("sandbox fault: connection dropped mid-response")
        for i in range(len(body)):
            await asyncio.sleep(self.drip_ms / 1000)
            await send(
                {
                    "type": "http.response.body",
                    "body": body[i : i + 1],
                    "more_body": i + 1 < len(body),
                }
            )

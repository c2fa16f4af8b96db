"""The little of ASGI the sandbox needs: a request read whole, an answer sent whole.

The sandbox is a plain ASGI app, with no web framework under it: the same object serves
the demo in-process (``httpx.ASGITransport``) and the tests and ``btse-gui sandbox`` over
a socket (uvicorn). A framework (Starlette, with anyio under it) took the demo ~45 ms and
3 MB to import, for three GET routes.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, MutableMapping
from dataclasses import dataclass
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

#: Requests bodies are read up to this size; the API takes none bigger than a few bytes.
MAX_BODY = 1 << 20


class BodyTooLargeError(Exception):
    """The request's body is bigger than :data:`MAX_BODY`."""


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    query: str
    #: Header names in lower case; a repeated header keeps its first value.
    headers: Mapping[str, str]
    body: bytes

    @classmethod
    async def read(cls, scope: Scope, receive: Receive) -> Request:
        headers: dict[str, str] = {}
        for name, value in scope.get("headers", ()):
            headers.setdefault(name.decode("latin-1").lower(), value.decode("latin-1"))
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                break
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > MAX_BODY:
                raise BodyTooLargeError
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        return cls(
            method=scope["method"],
            path=scope["path"],
            query=scope.get("query_string", b"").decode("latin-1"),
            headers=headers,
            body=b"".join(chunks),
        )


class Answer:
    """An HTTP answer: status, headers and a body sent in one piece."""

    def __init__(
        self,
        body: bytes,
        status: int = 200,
        *,
        media_type: str = "application/json",
        headers: Mapping[str, str] | None = None,
    ) -> None:
        self.body = body
        self.status = status
        self.headers = {
            **(headers or {}),
            "content-type": media_type,
            "content-length": str(len(body)),
        }

    def raw_headers(self) -> list[tuple[bytes, bytes]]:
        return [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in self.headers.items()]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await send(
            {"type": "http.response.start", "status": self.status, "headers": self.raw_headers()}
        )
        await send({"type": "http.response.body", "body": self.body})


async def lifespan(receive: Receive, send: Send) -> None:
    """Start-up and shut-down: nothing to do, said so (for servers that ask)."""
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return

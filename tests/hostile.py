"""A small hostile HTTP server on raw asyncio sockets, for what Starlette won't produce:
wrong shapes, wrong content types, resets mid-answer, bodies that drip or never end.

It answers every request with whatever ``behaviour`` says; ``good`` answers like the
API (without checking signatures), so a test can sign in first and then turn hostile.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import socket
import struct
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

USER = {
    "username": "hostile",
    "email": "h@example.invalid",
    "is2FA": True,
    "isKyc": True,
    "userStatus": 1,
    "kycLevel": 2,
    "allowCryptoDeposit": True,
    "allowCryptoWithdrawal": True,
    "allowFiatDeposit": False,
    "allowFiatWithdrawal": False,
    "allowTrade": True,
    "allowTransfer": True,
}
GOOD_DATA = {
    "/v1/user": USER,
    "/v1/user/vip_info": {"isVIP": False, "spread": 0.1},
    "/v1/login_status": {"isLogin": True},
}


def envelope(data: object, **changes: object) -> bytes:
    body = {
        "code": 1,
        "msg": "Success",
        "time": int(time.time() * 1000),
        "data": data,
        "success": True,
    }
    body.update(changes)
    return json.dumps(body).encode()


def response(
    body: bytes,
    status: str = "200 OK",
    content_type: str = "application/json",
    length: int | None = None,
) -> bytes:
    head = (
        f"HTTP/1.1 {status}\r\ncontent-type: {content_type}\r\n"
        f"content-length: {len(body) if length is None else length}\r\n\r\n"
    )
    return head.encode() + body


@dataclass
class Answer:
    """What to send: ``data`` at once, then ``drip`` one byte per ``drip_delay`` seconds;
    ``reset`` drops the connection (RST) after ``data``; ``hang`` sends nothing more."""

    data: bytes = b""
    drip: bytes = b""
    drip_delay: float = 0.0
    reset: bool = False
    hang: bool = False


def good(path: str) -> Answer:
    return Answer(response(envelope(GOOD_DATA.get(path, {}))))


class HostileServer:
    def __init__(self) -> None:
        self.behaviour: Callable[[str], Answer] = good
        self.requests = 0

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                self.requests += 1
                path = head.split(b" ", 2)[1].decode().split("?")[0]
                answer = self.behaviour(path)
                writer.write(answer.data)
                await writer.drain()
                for i in range(len(answer.drip)):
                    await asyncio.sleep(answer.drip_delay)
                    writer.write(answer.drip[i : i + 1])
                    await writer.drain()
                if answer.hang:
                    await asyncio.sleep(3600)
                if answer.reset:
                    sock = writer.get_extra_info("socket")
                    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    writer.transport.abort()
                    return
        except (asyncio.IncompleteReadError, ConnectionError, asyncio.CancelledError):
            pass
        finally:
            writer.close()

    @contextlib.contextmanager
    def serve(self) -> Iterator[str]:
        """Serve on a free 127.0.0.1 port in a thread; everything stops when the block ends."""
        loop = asyncio.new_event_loop()
        ready = threading.Event()
        holder: dict[str, object] = {}
        handlers: set[asyncio.Task[None]] = set()

        async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            task = asyncio.current_task()
            assert task is not None
            handlers.add(task)
            try:
                await self._handle(reader, writer)
            finally:
                handlers.discard(task)

        async def main() -> None:
            stop = asyncio.Event()
            holder["stop"] = stop
            server = await asyncio.start_server(handle, "127.0.0.1", 0)
            holder["port"] = server.sockets[0].getsockname()[1]
            ready.set()
            await stop.wait()
            server.close()
            for task in list(handlers):
                task.cancel()
            await asyncio.gather(*handlers, return_exceptions=True)
            await server.wait_closed()

        thread = threading.Thread(target=lambda: loop.run_until_complete(main()), daemon=True)
        thread.start()
        ready.wait(10)
        try:
            yield f"http://127.0.0.1:{holder['port']}"
        finally:
            stop = holder["stop"]
            loop.call_soon_threadsafe(stop.set)  # type: ignore[attr-defined]
            thread.join(10)
            loop.close()

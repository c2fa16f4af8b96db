"""Serving the sandbox over a real socket with uvicorn (tests, ``btse-gui sandbox``)."""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Iterator
from typing import TYPE_CHECKING

from btse_gui.sandbox.app import Sandbox

if TYPE_CHECKING:
    import uvicorn


def bind_loopback(host: str = "127.0.0.1", port: int = 0) -> socket.socket:
    """A listening socket; port 0 picks a free one."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # proto must say TCP: asyncio only sets TCP_NODELAY on accepted sockets whose proto
    # is IPPROTO_TCP, and without it every keep-alive answer waits ~40 ms for a delayed
    # ACK (headers and body go out as two writes).
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(128)
    return sock


def _server(sandbox: Sandbox, log_level: str) -> uvicorn.Server:
    import uvicorn  # only the sandbox needs it; the app never imports it

    config = uvicorn.Config(
        sandbox, log_level=log_level, access_log=False, lifespan="off", timeout_graceful_shutdown=1
    )
    return uvicorn.Server(config)


@contextlib.contextmanager
def serve_in_thread(sandbox: Sandbox, host: str = "127.0.0.1") -> Iterator[str]:
    """Serve ``sandbox`` on a free loopback port in a thread; yields its base URL.

    The server stops when the block exits, whatever happened inside it.
    """
    sock = bind_loopback(host)
    server = _server(sandbox, "critical")
    thread = threading.Thread(
        target=server.run,
        kwargs={"sockets": [sock]},
        name="sandbox",
        daemon=True,
    )
    thread.start()
    try:
        while not server.started:
            if not thread.is_alive():
                raise RuntimeError("the sandbox server did not start")
            threading.Event().wait(0.01)
        port = sock.getsockname()[1]
        shown = f"[{host}]" if ":" in host else host
        yield f"http://{shown}:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


def serve_on(sandbox: Sandbox, sock: socket.socket) -> None:
    """Serve on ``sock``, already bound (``btse-gui sandbox`` binds before it says where
    it listens), in the foreground until interrupted; the socket is closed after."""
    server = _server(sandbox, "warning")
    try:
        server.run(sockets=[sock])
    finally:
        sock.close()

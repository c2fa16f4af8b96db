"""A small network of this computer's own for the tests: a certificate authority and a
TLS sandbox under a made-up name (``sandbox.test``), and the two kinds of proxy a
company puts in front of it (HTTP CONNECT, SOCKS5), each on 127.0.0.1, each noting what
it was asked for. The proxies send every name to the TLS sandbox: the client never
resolves ``sandbox.test`` itself (the proxy does, as a real one would)."""

from __future__ import annotations

import asyncio
import contextlib
import os
import socket
import ssl
import struct
import subprocess
import sys
import threading
from collections.abc import Awaitable, Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from btse_gui.sandbox.accounts import DEMO_ACCOUNTS
from btse_gui.sandbox.app import Sandbox

NAME = "sandbox.test"
ROOT = Path(__file__).resolve().parent.parent
APP = (sys.executable, "-m", "btse_gui")


def lookup(
    url: str,
    *,
    program: Sequence[str] = APP,
    drop: Iterable[str] = (),
    env: Mapping[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """``PROGRAM lookup --server URL --json`` with the kyc2 demo key, as a desk would
    run it: the environment without ``drop`` (any case) and with ``env``."""
    demo = DEMO_ACCOUNTS["kyc2"]
    gone = {name.upper() for name in drop}
    run_env = {
        k: v
        for k, v in os.environ.items()
        if k.upper() not in gone and not k.startswith("BTSE_API_")
    }
    run_env |= {"BTSE_API_KEY": demo.key, "BTSE_API_SECRET": demo.secret, **(env or {})}
    return subprocess.run(
        [*program, "lookup", "--server", url, "--json"],
        cwd=ROOT,
        env=run_env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@dataclass(frozen=True)
class Authority:
    """A test CA (``ca``) and a certificate it signed for ``sandbox.test`` (and
    127.0.0.1)."""

    ca: Path
    cert: Path
    key: Path


def make_authority(folder: Path) -> Authority:
    folder.mkdir(parents=True, exist_ok=True)
    ca_key, ca = folder / "ca.key", folder / "ca.pem"
    key, request, cert = folder / "server.key", folder / "server.csr", folder / "server.pem"
    extensions = folder / "server.ext"
    extensions.write_text(
        f"subjectAltName=DNS:{NAME},IP:127.0.0.1\n"
        "basicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\n"
        "extendedKeyUsage=serverAuth\n"
    )
    for command in (
        ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj",
         "/CN=btse-gui test CA", "-keyout", ca_key, "-out", ca],
        ["req", "-newkey", "rsa:2048", "-nodes", "-subj", f"/CN={NAME}", "-keyout", key,
         "-out", request],
        ["x509", "-req", "-in", request, "-CA", ca, "-CAkey", ca_key, "-CAcreateserial",
         "-days", "2", "-extfile", extensions, "-out", cert],
    ):  # fmt: skip
        subprocess.run(["openssl", *map(str, command)], check=True, capture_output=True)
    return Authority(ca, cert, key)


@contextlib.contextmanager
def serve_tls(sandbox: Sandbox, authority: Authority) -> Iterator[int]:
    """The sandbox over TLS on a free 127.0.0.1 port (yielded), with ``authority``'s
    certificate for ``sandbox.test``."""
    import uvicorn

    from btse_gui.sandbox.server import bind_loopback

    sock = bind_loopback()
    config = uvicorn.Config(
        sandbox,
        log_level="critical",
        access_log=False,
        lifespan="off",
        timeout_graceful_shutdown=1,
        ssl_certfile=str(authority.cert),
        ssl_keyfile=str(authority.key),
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        while not server.started:
            if not thread.is_alive():
                raise RuntimeError("the TLS sandbox did not start")
            threading.Event().wait(0.01)
        yield sock.getsockname()[1]
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


Handler = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]
Reader, Writer = asyncio.StreamReader, asyncio.StreamWriter


@dataclass
class Proxy:
    """A proxy on 127.0.0.1 (``url``) that sends every tunnel to ``target_port``."""

    target_port: int
    kind: str = "http"
    url: str = ""
    #: What it was asked to reach ("sandbox.test:443"), in order.
    asked: list[str] = field(default_factory=list)

    async def _relay(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        upstream_reader, upstream_writer = await asyncio.open_connection(
            "127.0.0.1", self.target_port
        )

        async def pump(source: asyncio.StreamReader, sink: asyncio.StreamWriter) -> None:
            with contextlib.suppress(OSError, asyncio.IncompleteReadError):
                while data := await source.read(65536):
                    sink.write(data)
                    await sink.drain()
            with contextlib.suppress(OSError):
                sink.close()

        await asyncio.gather(pump(reader, upstream_writer), pump(upstream_reader, writer))

    async def connect_handler(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        head = await reader.readuntil(b"\r\n\r\n")
        method, target, _ = head.split(b"\r\n", 1)[0].decode().split(" ", 2)
        self.asked.append(target)
        if method != "CONNECT":
            writer.write(b"HTTP/1.1 405 Method Not Allowed\r\ncontent-length: 0\r\n\r\n")
            writer.close()
            return
        writer.write(b"HTTP/1.1 200 Connection established\r\n\r\n")
        await writer.drain()
        await self._relay(reader, writer)

    async def socks_handler(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        _version, count = await reader.readexactly(2)
        await reader.readexactly(count)  # the methods offered
        writer.write(bytes([5, 0]))  # no authentication
        _, _connect, _, address_type = await reader.readexactly(4)
        if address_type == 3:  # a name: the proxy resolves it
            host = (await reader.readexactly((await reader.readexactly(1))[0])).decode()
        elif address_type == 1:
            host = socket.inet_ntoa(await reader.readexactly(4))
        else:
            host = socket.inet_ntop(socket.AF_INET6, await reader.readexactly(16))
        (port,) = struct.unpack(">H", await reader.readexactly(2))
        self.asked.append(f"{host}:{port}")
        writer.write(bytes([5, 0, 0, 1, 127, 0, 0, 1]) + struct.pack(">H", port))
        await writer.drain()
        await self._relay(reader, writer)


@contextlib.contextmanager
def run_proxy(target_port: int, kind: str = "http", port: int = 0) -> Iterator[Proxy]:
    """A CONNECT (``http``) or SOCKS5 (``socks5``) proxy in a thread of its own, on
    ``port`` (0: a free one)."""
    proxy = Proxy(target_port, kind)
    loop = asyncio.new_event_loop()
    ready = threading.Event()
    stop: list[asyncio.Event] = []

    async def main() -> None:
        handler = proxy.socks_handler if kind == "socks5" else proxy.connect_handler

        async def guarded(reader: Reader, writer: Writer) -> None:
            with contextlib.suppress(OSError, asyncio.IncompleteReadError, ValueError):
                await handler(reader, writer)

        server = await asyncio.start_server(guarded, "127.0.0.1", port, reuse_address=True)
        proxy.url = f"{kind}://127.0.0.1:{server.sockets[0].getsockname()[1]}"
        stop.append(asyncio.Event())
        ready.set()
        await stop[0].wait()
        server.close()

    thread = threading.Thread(target=lambda: loop.run_until_complete(main()), daemon=True)
    thread.start()
    ready.wait(10)
    try:
        yield proxy
    finally:
        loop.call_soon_threadsafe(stop[0].set)
        thread.join(10)
        loop.close()


def dead_port() -> int:
    """A port on 127.0.0.1 where nothing listens."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def trusted_context(authority: Authority) -> ssl.SSLContext:
    return ssl.create_default_context(cafile=str(authority.ca))

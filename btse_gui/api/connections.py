"""The client's connections to one server: a fixed number, each lent to one request.

Why not httpx's own pool: httpcore re-plans its whole pool whenever a request starts or
finishes, and for every idle connection it counts all the others, so each request
costs O(connections²). Requests that start together are also all given the same idle
connection, and all but one of them fail over and re-plan again. With 100 connections
and a few hundred accounts' reads in flight, the client spent 20 ms of CPU per request
(1.5 ms here) and the lookup of 300 accounts took ten times as long as the server.
Here each connection is its own one-connection httpx transport; a request borrows one
that is free (the most recently used first, so cold ones expire) and gives it back when
its answer has been read or dropped. Starting and finishing a request is O(1).

A request that finds every connection lent out waits its turn, first come first
served. ``lookups`` keeps at most as many requests in flight as there are connections,
so it never waits here.

Behind a proxy (:func:`proxy_for`) each connection is a tunnel through it (HTTP CONNECT
or SOCKS5), lent in the same way: httpx's own pool, with its costs, is never used.
"""

from __future__ import annotations

import asyncio
import os
import ssl
import threading
from collections import Counter, deque
from collections.abc import AsyncIterator, Callable
from http.cookiejar import CookieJar, DefaultCookiePolicy
from urllib.parse import urlsplit
from urllib.request import getproxies, proxy_bypass

import httpx

from btse_gui.api.server import names_a_proxy

#: A connection idle for longer than this is closed rather than reused (httpx's default;
#: servers close idle keep-alive connections after 5 s or more).
KEEPALIVE_SECONDS = 5.0


def tls_context() -> ssl.SSLContext:
    """One TLS context per process: certificates are checked against the operating
    system's trust store (``truststore``: the Windows and macOS stores, the
    distribution's bundle on Linux), where a company adds its own root certificate;
    ``SSL_CERT_FILE`` / ``SSL_CERT_DIR`` win when set. Made once, with the first client
    of a real server (loading the certificates costs ~30 ms), never before the window's
    first paint."""
    where = (os.environ.get("SSL_CERT_FILE"), os.environ.get("SSL_CERT_DIR"))
    with _tls_lock:
        context = _tls_contexts.get(where)
        if context is None:
            if any(where):
                context = ssl.create_default_context(cafile=where[0], capath=where[1])
            else:
                import truststore

                context = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
            _tls_contexts[where] = context
        return context


def certificates_source() -> str:
    """Where the certificates come from, for diagnostics (English: support reads it)."""
    file, folder = os.environ.get("SSL_CERT_FILE"), os.environ.get("SSL_CERT_DIR")
    if file or folder:
        return f"SSL_CERT_FILE={file or ''} SSL_CERT_DIR={folder or ''}"
    return "the operating system's trust store (truststore)"


_tls_lock = threading.Lock()
_tls_contexts: dict[tuple[str | None, str | None], ssl.SSLContext] = {}


def proxy_for(url: str, *, loopback: bool = False, desktop: str | None = None) -> str | None:
    """The proxy the environment names for ``url`` (HTTPS_PROXY, HTTP_PROXY, ALL_PROXY,
    minus NO_PROXY; the system settings on Windows and macOS), as given; else, when the
    environment names no proxy at all, ``desktop`` (the desktop's own setting, which the
    window reads from Qt); ``None``: none. A server on this computer (``loopback``) never
    has one: a proxy would see its signed requests, over plain HTTP."""
    if loopback:
        return None
    parts = urlsplit(url)
    proxies = getproxies()
    chosen = proxies.get(parts.scheme) or proxies.get("all")
    if not chosen and not names_a_proxy(proxies):
        chosen = desktop
    if not chosen or proxy_bypass(parts.hostname or ""):
        return None
    return chosen if "://" in chosen else f"http://{chosen}"


def shown(proxy: str) -> str:
    """A proxy's address as it may be shown: scheme, host and port, never a user name
    or password."""
    parts = urlsplit(proxy)
    try:
        port = f":{parts.port}" if parts.port else ""
    except ValueError:
        port = ""
    return f"{parts.scheme}://{parts.hostname or '?'}{port}"


def no_cookies() -> CookieJar:
    """A cookie jar that keeps no cookie from any answer (and so sends none)."""
    return CookieJar(policy=DefaultCookiePolicy(allowed_domains=[]))


class ConnectionSlots(httpx.AsyncBaseTransport):
    """At most ``max_connections`` connections; each carries one request at a time."""

    def __init__(
        self,
        max_connections: int,
        *,
        keepalive: float = KEEPALIVE_SECONDS,
        counters: Counter[str] | None = None,
        tls: bool = True,
        proxy: str | None = None,
    ) -> None:
        if max_connections < 1:
            raise ValueError("max_connections must be at least 1")
        self.max_connections = max_connections
        #: ``waited_for_connection``: requests that found every connection lent out.
        self.counters: Counter[str] = Counter() if counters is None else counters
        self._limits = httpx.Limits(
            max_connections=1, max_keepalive_connections=1, keepalive_expiry=keepalive
        )
        self.tls = tls
        #: Every connection goes through this proxy (http, https or socks5), if any.
        self.proxy = proxy
        # Plain HTTP (the loopback sandbox) needs no certificates: a context that is
        # never used costs nothing, while loading the certificates costs ~30 ms.
        self._ssl = tls_context() if tls else ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        self._made: set[httpx.AsyncHTTPTransport] = set()
        self._free: list[httpx.AsyncHTTPTransport] = []
        self._waiting: deque[asyncio.Future[httpx.AsyncHTTPTransport]] = deque()
        if proxy is not None:  # a proxy httpx cannot use fails here, before any request
            self._free.append(self._new())

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if not self.tls and request.url.scheme != "http":
            raise httpx.UnsupportedProtocol("these connections carry plain HTTP only")
        connection = await self._borrow()
        try:
            response = await connection.handle_async_request(request)
        except BaseException:
            self._give_back(connection)
            raise
        assert isinstance(response.stream, httpx.AsyncByteStream)
        response.stream = _GivenBackWhenClosed(response.stream, lambda: self._give_back(connection))
        return response

    async def aclose(self) -> None:
        made, self._made, self._free = self._made, set(), []
        await asyncio.gather(*(connection.aclose() for connection in made))

    def _new(self) -> httpx.AsyncHTTPTransport:
        connection = httpx.AsyncHTTPTransport(
            verify=self._ssl, limits=self._limits, proxy=self.proxy
        )
        self._made.add(connection)
        return connection

    async def _borrow(self) -> httpx.AsyncHTTPTransport:
        if self._free:
            return self._free.pop()
        if len(self._made) < self.max_connections:
            return self._new()
        self.counters["waited_for_connection"] += 1
        turn: asyncio.Future[httpx.AsyncHTTPTransport] = asyncio.get_running_loop().create_future()
        self._waiting.append(turn)
        try:
            return await turn
        except asyncio.CancelledError:
            # Given a connection just as it was cancelled: pass it on, or it is lost.
            if turn.done() and not turn.cancelled():
                self._give_back(turn.result())
            raise

    def _give_back(self, connection: httpx.AsyncHTTPTransport) -> None:
        if connection not in self._made:
            return  # closed meanwhile (the client was closed with requests in flight)
        while self._waiting:
            turn = self._waiting.popleft()
            if not turn.done():
                turn.set_result(connection)
                return
        self._free.append(connection)


class _GivenBackWhenClosed(httpx.AsyncByteStream):
    """A response body that returns its connection once it is closed."""

    def __init__(self, stream: httpx.AsyncByteStream, give_back: Callable[[], None]) -> None:
        self._stream = stream
        self._give_back: Callable[[], None] | None = give_back

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._stream:
            yield chunk

    async def aclose(self) -> None:
        try:
            await self._stream.aclose()
        finally:
            give_back, self._give_back = self._give_back, None
            if give_back is not None:
                give_back()

"""The signed async client: one long-lived ``httpx.AsyncClient`` per server.

Per API key it keeps a nonce sequence and a rate limiter; per server a clock-skew
estimate. Every call returns a model or raises an :class:`ApiError` subclass — never an
``httpx`` exception, never a message holding a key or secret.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections import Counter
from collections.abc import Awaitable, Callable

import httpx

from btse_gui.api.clock import JUMP_MS, ClockSkew
from btse_gui.api.connections import ConnectionSlots, no_cookies, proxy_for, shown
from btse_gui.api.envelope import Envelope, parse_envelope, require_ok, server_words
from btse_gui.api.errors import (
    ApiError,
    CertificateRefusedError,
    ConnectFailedError,
    ConnectionLostError,
    InvalidServerError,
    MalformedResponseError,
    MissingCredentialsError,
    NonceReusedError,
    ProxyFailedError,
    ProxySettingError,
    RateLimitedError,
    RedirectRefusedError,
    SessionExpiredError,
    TimedOutError,
    UnauthorizedError,
    UnfinishedAnswerError,
    status_error,
)
from btse_gui.api.i18n import QT_TRANSLATE_NOOP
from btse_gui.api.inflate import Inflater
from btse_gui.api.limiter import SlidingWindowLimiter
from btse_gui.api.models import AccountSnapshot, LoginStatus, Part, UserProfile, VipInfo
from btse_gui.api.per_key import USER_LIMIT_PER_SECOND, KeyLedger, NonceRejected, PerKey
from btse_gui.api.policy import RetryPolicy, Timeouts, httpx_timeout
from btse_gui.api.server import Credentials, ServerProfile
from btse_gui.api.signing import sign
from btse_gui.api.wire import (
    MAX_BODY_BYTES,
    certificate_refused,
    connect_reason,
    retry_after_seconds,
    too_large,
)

__all__ = ["MAX_BODY_BYTES", "BtseClient", "RetryPolicy", "Timeouts"]

LOGIN_STATUS_PATH = "/v1/login_status"
USER_PATH = "/v1/user"
VIP_INFO_PATH = "/v1/user/vip_info"

#: The spec's query limit per API key.
QUERY_LIMIT_PER_SECOND = 15
#: Requests one account's refresh sends at once (user, VIP info, login status).
READS_PER_ACCOUNT = 3
#: Connections per server (httpx's own default). Callers that send many requests keep
#: at most this many in flight (``lookups`` does), so none waits for a connection.
DEFAULT_MAX_CONNECTIONS = 100
#: The User-Agent without a version (the app's client factories add theirs: this
#: package knows nothing of the app around it).
USER_AGENT = "btse-gui"


class BtseClient:
    """Talks to one server. Use as ``async with BtseClient(server) as client``."""

    def __init__(
        self,
        server: ServerProfile,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        timeouts: Timeouts | None = None,
        retry: RetryPolicy | None = None,
        rate_limit: int = QUERY_LIMIT_PER_SECOND,
        user_limit: int = USER_LIMIT_PER_SECOND,
        wall: Callable[[], float] = time.time,
        monotonic: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        max_connections: int = DEFAULT_MAX_CONNECTIONS,
        user_agent: str = USER_AGENT,
        ledger: KeyLedger | None = None,
        desktop_proxy: str | None = None,
    ) -> None:
        if max_connections < READS_PER_ACCOUNT:
            raise ValueError(f"max_connections must be at least {READS_PER_ACCOUNT}")
        self.server = server
        #: Requests that can be on the wire at once; more would queue for a connection.
        self.max_connections = max_connections
        self.timeouts = timeouts or Timeouts()
        self.retry = retry or RetryPolicy()
        self.rate_limit = rate_limit
        self.user_limit = user_limit
        self.clock = ClockSkew(wall)
        self._wall = wall
        # The rate limits' clock and their (and a 429's) wait: a test's virtual time.
        self._monotonic = monotonic
        self._sleep = sleep
        #: Nonces and send slots shared with this computer's other processes.
        self._ledger = ledger
        self._keys: dict[str, PerKey] = {}
        #: One budget per user (by username), shared by all of that user's keys.
        self._users: dict[str, SlidingWindowLimiter] = {}
        #: What happened on the wire: "sent", "status_<code>", "retried_429", ...
        self.counters: Counter[str] = Counter()
        proxy = (
            proxy_for(server.base_url, loopback=server.loopback, desktop=desktop_proxy)
            if transport is None
            else None
        )
        #: The proxy the requests go through, as shown (``None``: straight to the server).
        self.proxy = shown(proxy) if proxy else None
        try:
            if transport is None:
                tls = not server.base_url.lower().startswith("http:")  # http: loopback only
                transport = ConnectionSlots(
                    max_connections, counters=self.counters, tls=tls, proxy=proxy
                )
            self._http = self._make_http(server, transport, user_agent)
        except (ValueError, ImportError, httpx.InvalidURL) as exc:  # a proxy it cannot use
            raise ProxySettingError(proxy=self.proxy or "?", reason=type(exc).__name__) from None

    def _make_http(
        self, server: ServerProfile, transport: httpx.AsyncBaseTransport, user_agent: str
    ) -> httpx.AsyncClient:
        return httpx.AsyncClient(
            base_url=server.base_url,
            transport=transport,
            # The transport goes through the environment's proxy itself (proxy_for).
            trust_env=False,
            # One client serves every key of a server: nothing one account's answers set
            # may reach another's requests. The API uses no cookies; none are kept.
            cookies=no_cookies(),
            timeout=httpx_timeout(self.timeouts),
            follow_redirects=False,
            headers={
                "user-agent": user_agent,
                "accept": "application/json",
                # Only what `Inflater` decodes, a bounded amount at a time.
                "accept-encoding": "gzip, deflate",
            },
        )

    async def __aenter__(self) -> BtseClient:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._http.aclose()

    @property
    def closed(self) -> bool:
        return self._http.is_closed

    # --- the API ------------------------------------------------------------------------

    async def login_status(self, credentials: Credentials | None = None) -> LoginStatus:
        """``GET /v1/login_status``; signed when credentials are given.

        The endpoint is public: a nonce the server refuses (a wrong clock) gets
        ``isLogin: false`` instead of a 401. So when the answer is false and the clock
        estimate moved by more than a second since the request was signed, it is asked
        again, once, with the corrected clock.
        """
        skew_before = self.clock.skew_ms
        envelope = await self._get(LOGIN_STATUS_PATH, credentials)
        status = LoginStatus.from_data(envelope.data, LOGIN_STATUS_PATH)
        if (
            status.is_login is False
            and credentials is not None
            and abs(self.clock.skew_ms - skew_before) > JUMP_MS
        ):
            self.counters["retried_login_status"] += 1
            self._key_state(credentials.key).nonces.rebase()
            envelope = await self._get(LOGIN_STATUS_PATH, credentials)
            status = LoginStatus.from_data(envelope.data, LOGIN_STATUS_PATH)
        return status

    async def user(self, credentials: Credentials) -> UserProfile:
        """``GET /v1/user``; :class:`SessionExpiredError` when the token has expired.

        ``data: null`` means expiry whatever ``code`` and ``success`` say alongside it.
        """
        creds = self._require(credentials, USER_PATH)
        envelope = await self._get(USER_PATH, creds, expiry_path=True)
        profile = UserProfile.from_data(envelope.data, USER_PATH)
        if profile.username:
            self._join_user(creds.key, profile.username)
        return profile

    async def vip_info(self, credentials: Credentials) -> VipInfo:
        """``GET /v1/user/vip_info``."""
        envelope = await self._get(VIP_INFO_PATH, self._require(credentials, VIP_INFO_PATH))
        return VipInfo.from_data(envelope.data, VIP_INFO_PATH)

    async def fetch_account(self, credentials: Credentials) -> AccountSnapshot:
        """The three reads, sent concurrently: a refresh costs one round trip.

        Each read stands alone: one that fails leaves its error in the snapshot and the
        others still show. Only when the account itself cannot be read — the session
        expired, or neither the profile nor the VIP read answered — is an error raised,
        the most useful one: the profile's, then VIP's.
        """
        results = await asyncio.gather(
            self.user(credentials),
            self.vip_info(credentials),
            self.login_status(credentials),
            return_exceptions=True,
        )
        for result in results:
            if isinstance(result, BaseException) and not isinstance(result, ApiError):
                raise result
        profile, vip, login = results
        if isinstance(profile, SessionExpiredError):
            raise profile
        if isinstance(profile, ApiError) and isinstance(vip, ApiError):
            raise profile
        errors = {
            part: result
            for part, result in zip(Part, results, strict=True)
            if isinstance(result, ApiError)
        }
        return AccountSnapshot(
            profile=profile if isinstance(profile, UserProfile) else None,
            vip=vip if isinstance(vip, VipInfo) else None,
            login=login if isinstance(login, LoginStatus) else None,
            fetched_at=self._wall(),
            clock_skew_ms=self.clock.skew_ms,
            errors=errors,
        )

    def _join_user(self, key: str, username: str) -> None:
        """Key ``key`` belongs to ``username``: from now on it shares that user's budget."""
        state = self._key_state(key)
        if state.user != username:
            state.user = username
            shared = self._users.get(username)
            if shared is None:
                shared = self._users[username] = self._limiter(self.user_limit)
            shared.absorb(state.limiter)  # what this key already sent counts for the user

    # --- one request ---------------------------------------------------------------------

    @staticmethod
    def _require(credentials: Credentials | None, path: str) -> Credentials:
        if credentials is None:
            raise MissingCredentialsError(path=path)
        return credentials

    def _key_state(self, key: str) -> PerKey:
        state = self._keys.get(key)
        if state is None:
            state = self._keys[key] = PerKey(self.clock, self._limiter(self.rate_limit))
        return state

    async def _claim(self, state: PerKey, key: str) -> tuple[int, float | None]:
        """The nonce to sign with: this process's next, or, with a ledger, one above any
        other process's too, once the key has a free place in this second for all of
        them (a wait here is before the request, never part of its time-outs); and when
        the ledger counted it (``None``: no ledger)."""
        nonce = state.nonces.next()
        if self._ledger is None:
            return nonce, None
        while True:
            at = self._wall()
            claimed, wait = self._ledger.claim(key, nonce, at)
            if not wait:
                state.nonces.note(claimed)
                return claimed, at
            self.counters["waited_for_other_processes"] += 1
            await self._sleep(wait)
            nonce = state.nonces.next()

    def _limiter(self, limit: int) -> SlidingWindowLimiter:
        return SlidingWindowLimiter(limit, clock=self._monotonic, sleep=self._sleep)

    async def get(
        self,
        path: str,
        credentials: Credentials | None = None,
        params: dict[str, str] | None = None,
    ) -> Envelope:
        """Any GET of the API, signed when credentials are given; the checked envelope."""
        return await self._get(path, credentials, query=str(httpx.QueryParams(params or {})))

    async def _get(
        self,
        path: str,
        credentials: Credentials | None,
        *,
        expiry_path: bool = False,
        query: str = "",
    ) -> Envelope:
        policy = self.retry
        for attempt in range(1, max(1, policy.attempts) + 1):  # at least one try
            try:
                return await self._send_once(
                    "GET", path, credentials, expiry=expiry_path, query=query
                )
            except (NonceRejected, RateLimitedError) as exc:
                # A refused nonce is sent again at once with a new one; a 429 after the
                # wait the server asked for, unless that is longer than the policy allows.
                rejected = isinstance(exc, NonceRejected)
                wait = 0.0 if isinstance(exc, NonceRejected) else exc.retry_after
                if attempt >= policy.attempts or wait > policy.max_wait:
                    if isinstance(exc, NonceRejected):
                        raise exc.error from None
                    raise
                self.counters["retried_nonce" if rejected else "retried_429"] += 1
                await self._sleep(wait)
        raise AssertionError("unreachable: the last attempt returns or raises")

    async def _send_once(
        self,
        method: str,
        path: str,
        credentials: Credentials | None,
        body: bytes = b"",
        *,
        expiry: bool = False,
        query: str = "",
    ) -> Envelope:
        headers: dict[str, str] = {}
        claimed_at: float | None = None
        skew_used = self.clock.skew_ms
        state = self._key_state(credentials.key) if credentials else None
        slots: list[tuple[SlidingWindowLimiter, float]] = []
        if state and credentials:
            slots.append((state.limiter, await state.limiter.acquire(hold=True)))
            if state.user is not None and (shared := self._users.get(state.user)):
                slots.append((shared, await shared.acquire(hold=True)))
            skew_used = self.clock.skew_ms
            nonce, claimed_at = await self._claim(state, credentials.key)
            prefix = self.server.header_prefix
            headers[prefix + "api"] = credentials.key
            headers[prefix + "nonce"] = str(nonce)
            headers[prefix + "sign"] = sign(
                credentials.secret, self.server.signed_path(path, query), nonce, body
            )
        if body:
            headers["content-type"] = "application/json"
        sent = self._wall()
        self.counters["sent"] += 1
        target = f"{path}?{query}" if query else path
        # Each slot counts from when the request goes out, then from its answer (the
        # server's arrival lies between): waiting for one limiter never wears out another.
        slots = [(limiter, limiter.restamp(stamp)) for limiter, stamp in slots]
        try:
            status, response_headers, raw = await self._transfer(method, target, headers, body)
        finally:
            for limiter, stamp in slots:
                limiter.restamp(stamp)
            if claimed_at is not None and self._ledger is not None and credentials is not None:
                self._ledger.answered(credentials.key, claimed_at, self._wall())
        received = self._wall()
        self.counters[f"status_{status}"] += 1

        envelope: Envelope | None = None
        try:
            envelope = parse_envelope(raw, path)
        except MalformedResponseError:
            if 200 <= status < 300:
                raise
        if envelope is not None:
            if envelope.time is not None:
                self.clock.observe(envelope.time, sent, received)
            else:
                self.counters["implausible_time"] += 1

        if 300 <= status < 400:
            raise RedirectRefusedError(path=path, status=status)
        if not 200 <= status < 300:
            retry_after = retry_after_seconds(response_headers, self._wall())
            error = status_error(status, path, retry_after, server_words(raw))
            if isinstance(error, RateLimitedError) and state is not None:
                state.limiter.pause(error.retry_after)
            if isinstance(error, NonceReusedError) and state is not None:
                raise NonceRejected(error)  # another program's nonce: sign again, a newer one
            if (
                isinstance(error, UnauthorizedError)
                and state is not None
                and abs(self.clock.skew_ms - skew_used) > 1000
            ):
                state.nonces.rebase()
                raise NonceRejected(error)
            raise error
        assert envelope is not None
        if expiry and envelope.data is None:
            raise SessionExpiredError(path=path, server=envelope.words if not envelope.ok else None)
        require_ok(envelope, path)
        return envelope

    async def _transfer(
        self, method: str, path: str, headers: dict[str, str], body: bytes
    ) -> tuple[int, httpx.Headers, bytes]:
        """Send and read the whole answer, mapping every transport failure to ApiError."""
        url = self.server.api_prefix + path
        host = self.server.host
        try:
            async with asyncio.timeout(self.timeouts.total):
                request = self._http.build_request(method, url, headers=headers, content=body)
                response = await self._http.send(request, stream=True)
                try:
                    declared = response.headers.get("content-length", "")
                    if declared.isdigit() and int(declared) > MAX_BODY_BYTES:
                        raise too_large(path)  # refused before reading any of it
                    encoding = response.headers.get("content-encoding", "")
                    inflater = Inflater(encoding, path, MAX_BODY_BYTES)
                    chunks: list[bytes] = []
                    size = 0
                    # aclosing: a body cut short by the deadline closes its stream here,
                    # on this loop, not later in the garbage collector with no loop.
                    # The raw bytes are inflated here, a bounded amount at a time: a
                    # small compressed answer may not grow past MAX_BODY_BYTES.
                    async with contextlib.aclosing(response.aiter_raw()) as stream:  # type: ignore[type-var]
                        async for raw_chunk in stream:
                            for piece in inflater.feed(raw_chunk, MAX_BODY_BYTES - size):
                                size += len(piece)
                                chunks.append(piece)
                        for piece in inflater.finish(MAX_BODY_BYTES - size):
                            size += len(piece)
                            chunks.append(piece)
                finally:
                    await response.aclose()
        except TimeoutError:
            raise UnfinishedAnswerError(host=host, seconds=self.timeouts.total) from None
        except httpx.ProxyError as exc:
            raise ProxyFailedError(
                proxy=self.proxy or "?", host=host, reason=connect_reason(exc)
            ) from None
        except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
            if self.proxy is not None:  # what was not reached is the proxy
                raise ProxyFailedError(
                    proxy=self.proxy, host=host, reason=connect_reason(exc)
                ) from None
            if isinstance(exc, httpx.ConnectTimeout):
                raise TimedOutError(host=host, seconds=self.timeouts.connect) from None
            if certificate_refused(exc):
                raise CertificateRefusedError(host=host, reason=connect_reason(exc)) from None
            raise ConnectFailedError(host=host, reason=connect_reason(exc)) from None
        except httpx.TimeoutException:
            raise TimedOutError(host=host, seconds=self.timeouts.read) from None
        except (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError):
            raise ConnectionLostError(host=host) from None
        except (httpx.UnsupportedProtocol, httpx.InvalidURL) as exc:
            raise InvalidServerError(url=self.server.base_url, reason=type(exc).__name__) from None
        except httpx.DecodingError:
            raise MalformedResponseError(
                path=path,
                reason=QT_TRANSLATE_NOOP("Reason", "its compression could not be decoded"),
            ) from None
        except httpx.HTTPError:
            raise ConnectionLostError(host=host) from None
        return response.status_code, response.headers, b"".join(chunks)

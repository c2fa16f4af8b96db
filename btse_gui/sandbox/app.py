"""The sandbox server: the spec's contract, enforced as strictly as the real thing.

Signatures are verified exactly as the spec says; nonces outside the window or seen
before are refused; 15 requests per second per key and 30 per user are enforced over a
sliding one-second window (429 with ``Retry-After``); every answer is an envelope.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import math
import re
import time
from collections import Counter, deque
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from btse_gui.api.signing import sign
from btse_gui.sandbox.accounts import DEMO_ACCOUNTS, DemoAccount
from btse_gui.sandbox.asgi import (
    Answer,
    BodyTooLargeError,
    Receive,
    Request,
    Scope,
    Send,
    lifespan,
)
from btse_gui.sandbox.faults import Faults, FaultyBodyResponse

#: A nonce: milliseconds since the epoch, ASCII digits only (``isdigit`` would take "²").
_NONCE = re.compile(r"[0-9]{1,19}")

STATUS_MESSAGES = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    405: "Method Not Allowed",
    408: "Request Timeout",
    413: "Payload Too Large",
    429: "Too Many Requests",
    500: "Internal Server Error",
}


@dataclass(frozen=True)
class SandboxConfig:
    accounts: Mapping[str, DemoAccount] = field(default_factory=lambda: DEMO_ACCOUNTS)
    #: The sandbox's clock runs this far ahead of the machine's (negative: behind).
    clock_offset_ms: int = 0
    header_prefix: str = "btse-"
    #: Signed prefix in front of ``/v1/...``.
    api_prefix: str = ""
    #: Routing-only prefix in front of the API prefix; not part of the signed path.
    route_prefix: str = ""
    #: Whether the signed path includes ``?query`` (btse-mcp's convention on GET).
    sign_query: bool = False
    #: A nonce more than this far from the sandbox's clock is refused.
    nonce_window_ms: int = 30_000
    key_limit: int = 15
    user_limit: int = 30
    #: Faults applied to every request, as a spec string (see ``faults.py``).
    faults: str = ""


class _Reject(Exception):
    def __init__(self, status: int, msg: str, headers: Mapping[str, str] | None = None) -> None:
        super().__init__(msg)
        self.status = status
        self.msg = msg
        self.headers = dict(headers or {})


class _SlidingWindow:
    """Arrival times of the last second; ``retry_after`` when full."""

    def __init__(self, limit: int, clock: Callable[[], float]) -> None:
        self.limit = limit
        self._clock = clock
        self._hits: deque[float] = deque()

    def retry_after(self) -> float:
        now = self._clock()
        while self._hits and now - self._hits[0] >= 1.0:
            self._hits.popleft()
        return 0.0 if len(self._hits) < self.limit else self._hits[0] + 1.0 - now

    def hit(self) -> None:
        self._hits.append(self._clock())


Route = Callable[[Request], Awaitable[Answer]]


class Sandbox:
    """An ASGI app. ``Sandbox()`` serves the demo accounts; pass a config for the rest."""

    def __init__(
        self,
        config: SandboxConfig | None = None,
        *,
        monotonic: Callable[[], float] = time.monotonic,
        wall: Callable[[], float] = time.time,
    ) -> None:
        self.config = config or SandboxConfig()
        self.faults = Faults.parse(self.config.faults)
        #: "requests", "status_<code>", "max_in_flight": what tests and benchmarks check.
        self.stats: Counter[str] = Counter()
        self._in_flight = 0
        #: Accounts whose token has expired since the sandbox started.
        self.expired: set[str] = set()
        self._wall = wall
        self._monotonic = monotonic
        self._by_key = {account.key: account for account in self.config.accounts.values()}
        self._seen_nonces: dict[str, dict[int, float]] = {}
        self._key_windows: dict[str, _SlidingWindow] = {}
        self._user_windows: dict[str, _SlidingWindow] = {}
        base = self.config.route_prefix + self.config.api_prefix
        #: GET only: another method on one of these paths is a 405, any other path a 404.
        self._routes: dict[str, Route] = {
            base + "/v1/login_status": self._login_status,
            base + "/v1/user": self._user,
            base + "/v1/user/vip_info": self._vip_info,
        }

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await lifespan(receive, send)
            return
        if scope["type"] != "http":
            raise ValueError(f"the sandbox serves HTTP, not {scope['type']!r}")
        route = self._routes.get(scope["path"])
        if route is None:
            answer = self._error(404, STATUS_MESSAGES[404])
        elif scope["method"] != "GET":
            answer = self._error(405, STATUS_MESSAGES[405], {"Allow": "GET"})
        else:
            try:
                answer = await route(await Request.read(scope, receive))
            except BodyTooLargeError:
                answer = self._error(413, STATUS_MESSAGES[413])
        await answer(scope, receive, send)

    def set_faults(self, spec: str) -> None:
        """Change the faults every request gets from now on ('' for none)."""
        self.faults = Faults.parse(spec)

    def expire(self, account_name: str) -> None:
        """From now on ``/v1/user`` answers ``data: null`` for this account's key."""
        self.expired.add(account_name)

    def now_ms(self) -> int:
        return int(self._wall() * 1000) + self.config.clock_offset_ms

    # --- answers -----------------------------------------------------------------------

    def envelope(
        self,
        data: Any,
        *,
        status: int = 200,
        code: int = 1,
        msg: str = "Success",
        success: bool = True,
        headers: Mapping[str, str] | None = None,
    ) -> Answer:
        body = {"code": code, "msg": msg, "time": self.now_ms(), "data": data, "success": success}
        return Answer(json.dumps(body, separators=(",", ":")).encode(), status, headers=headers)

    def _error(self, status: int, msg: str, headers: Mapping[str, str] | None = None) -> Answer:
        self.stats[f"status_{status}"] += 1
        return self.envelope(
            None, status=status, code=status, msg=msg, success=False, headers=headers
        )

    # --- the contract --------------------------------------------------------------------

    async def _authenticate(self, request: Request) -> DemoAccount:
        """The account whose key signed this request correctly, or a 401."""
        prefix = self.config.header_prefix
        key = request.headers.get(prefix + "api")
        nonce_text = request.headers.get(prefix + "nonce")
        signature = request.headers.get(prefix + "sign")
        if not key or not nonce_text or not signature:
            raise _Reject(401, f"Missing {prefix}api, {prefix}nonce or {prefix}sign header")
        account = self._by_key.get(key)
        if account is None:
            raise _Reject(401, "Unknown API key")
        if not _NONCE.fullmatch(nonce_text):
            raise _Reject(401, "Invalid nonce: it must be milliseconds since the epoch")
        path = request.path.removeprefix(self.config.route_prefix)
        query = request.query
        if self.config.sign_query and query:
            path = f"{path}?{query}"
        body = request.body
        expected = sign(account.secret, path, nonce_text, body)
        # Lower-case hex, as the spec's examples show: anything else is a wrong signature.
        if not hmac.compare_digest(expected.encode(), signature.encode("utf-8", "replace")):
            raise _Reject(401, "Invalid signature")
        self._check_nonce(account.key, int(nonce_text))
        return account

    def _check_nonce(self, key: str, nonce: int) -> None:
        now = self.now_ms()
        window = self.config.nonce_window_ms
        if abs(nonce - now) > window:
            raise _Reject(401, "Nonce is outside the allowed time window; check the clock")
        seen = self._seen_nonces.setdefault(key, {})
        for old in [n for n, at in seen.items() if now - at > 2 * window]:
            del seen[old]
        if nonce in seen:
            raise _Reject(401, "Nonce was already used")
        seen[nonce] = now

    def _rate_limit(self, account: DemoAccount) -> None:
        key_window = self._key_windows.setdefault(
            account.key, _SlidingWindow(self.config.key_limit, self._monotonic)
        )
        user_window = self._user_windows.setdefault(
            account.owner, _SlidingWindow(self.config.user_limit, self._monotonic)
        )
        wait = max(key_window.retry_after(), user_window.retry_after())
        if wait > 0:
            raise _Reject(429, "Too many requests", {"Retry-After": str(max(1, math.ceil(wait)))})
        key_window.hit()
        user_window.hit()

    async def _handle(
        self, request: Request, answer: Callable[[DemoAccount | None], Any], *, public: bool
    ) -> Answer:
        self.stats["requests"] += 1
        self._in_flight += 1
        self.stats["max_in_flight"] = max(self.stats["max_in_flight"], self._in_flight)
        try:
            return await self._respond(request, answer, public=public)
        finally:
            self._in_flight -= 1

    async def _respond(
        self, request: Request, answer: Callable[[DemoAccount | None], Any], *, public: bool
    ) -> Answer:
        faults = self.faults
        header_faults = request.headers.get("x-sandbox-fault")
        try:
            if header_faults:
                faults = faults.merge(Faults.parse(header_faults))
            if request.query and not public:
                raise _Reject(400, "This endpoint takes no parameters")
            try:
                account: DemoAccount | None = await self._authenticate(request)
            except _Reject:
                if not public:
                    raise
                account = None
            if account is not None:
                faults = faults.merge(Faults.parse(account.faults))
                self._rate_limit(account)
                if not account.can_read and not public:
                    raise _Reject(403, "This API key may not read account data")
        except _Reject as reject:
            return self._error(reject.status, reject.msg, reject.headers)
        except ValueError:  # a bad x-sandbox-fault header: no Python text in the answer
            return self._error(400, "Invalid x-sandbox-fault header")
        return await self._faulty(faults, answer(account))

    async def _faulty(self, faults: Faults, data: Any) -> Answer:
        if faults.latency_ms:
            await asyncio.sleep(faults.latency_ms / 1000)
        if faults.status is not None:
            return self._error(faults.status, STATUS_MESSAGES.get(faults.status, "Error"))
        if faults.code is not None:
            return self.envelope(None, code=faults.code, msg="Refused", success=False)
        if faults.unsuccessful:
            return self.envelope(None, msg="Not successful", success=False)
        if faults.garbage:
            return Answer(b"<html><body>502 Bad Gateway</body></html>", media_type="text/html")
        response = self.envelope(data)
        if faults.truncate:
            return Answer(response.body[: len(response.body) // 2])
        if faults.drop or faults.slow_body_ms:
            return FaultyBodyResponse(
                response.body, 200, drop=faults.drop, drip_ms=faults.slow_body_ms
            )
        return response

    async def _login_status(self, request: Request) -> Answer:
        def status(account: DemoAccount | None) -> Any:
            # An expired token is not signed in, as a real server would say.
            valid = account is not None and account.user is not None
            return {"isLogin": valid and account.name not in self.expired}  # type: ignore[union-attr]

        return await self._handle(request, status, public=True)

    async def _user(self, request: Request) -> Answer:
        def user(account: DemoAccount | None) -> Any:
            if account is None or account.name in self.expired:
                return None
            return account.user

        return await self._handle(request, user, public=False)

    async def _vip_info(self, request: Request) -> Answer:
        return await self._handle(
            request, lambda account: account.vip if account else None, public=False
        )

"""The client against the sandbox served by uvicorn on 127.0.0.1 (a real socket)."""

from __future__ import annotations

import asyncio
import itertools

import httpx
import pytest

from btse_gui.api.client import BtseClient, RetryPolicy
from btse_gui.api.errors import (
    ForbiddenError,
    MethodNotAllowedError,
    NotFoundError,
    RateLimitedError,
    SessionExpiredError,
    UnauthorizedError,
)
from btse_gui.api.models import Permission
from btse_gui.api.server import Credentials, ServerProfile
from btse_gui.sandbox.accounts import DEMO_ACCOUNTS
from btse_gui.sandbox.app import Sandbox, SandboxConfig
from tests.conftest import demo_credentials
from tests.helpers import signed_headers

pytestmark = pytest.mark.anyio

ALL = set(Permission)
EXPECTED_ALLOWED = {
    "kyc0": set(),
    "kyc1": {Permission.CRYPTO_DEPOSIT, Permission.TRANSFER},
    "kyc2": ALL - {Permission.FIAT_DEPOSIT, Permission.FIAT_WITHDRAWAL},
    "kyc3": ALL,
    "kyc3b": ALL,
    "kyc3c": ALL,
    "locked": set(),
    "inactive": set(),
    "vip": ALL,
    "mismatch": {Permission.CRYPTO_WITHDRAWAL, Permission.FIAT_DEPOSIT, Permission.TRANSFER},
    "slow": ALL - {Permission.FIAT_DEPOSIT, Permission.FIAT_WITHDRAWAL},
}


@pytest.mark.parametrize("name", sorted(EXPECTED_ALLOWED))
async def test_every_demo_account(client: BtseClient, name: str) -> None:
    account = DEMO_ACCOUNTS[name]
    snapshot = await client.fetch_account(demo_credentials(name))
    assert account.user is not None
    assert snapshot.profile.username == account.user["username"]
    assert snapshot.profile.kyc_level == account.user["kycLevel"]
    assert snapshot.vip.is_vip == account.vip["isVIP"]
    assert snapshot.vip.spread == account.vip["spread"]
    assert snapshot.login.is_login is True
    allowed = {c.permission for c in snapshot.permissions if c.allowed}
    assert allowed == EXPECTED_ALLOWED[name]
    mismatched = {c.permission for c in snapshot.permissions if c.mismatch}
    if name == "mismatch":
        assert mismatched == {
            Permission.CRYPTO_DEPOSIT,
            Permission.CRYPTO_WITHDRAWAL,
            Permission.FIAT_DEPOSIT,
        }
    else:
        assert mismatched == set()
    if name == "locked":
        assert all(c.locked for c in snapshot.permissions)


async def test_expired_token_is_session_expired(client: BtseClient) -> None:
    with pytest.raises(SessionExpiredError):
        await client.fetch_account(demo_credentials("expired"))


async def test_wrong_secret_is_401_and_not_logged_in(client: BtseClient) -> None:
    wrong = Credentials(DEMO_ACCOUNTS["kyc3"].key, "not-the-secret")
    with pytest.raises(UnauthorizedError, match="401"):
        await client.user(wrong)
    assert (await client.login_status(wrong)).is_login is False
    assert (await client.login_status(None)).is_login is False


async def test_unknown_key_is_401(client: BtseClient) -> None:
    with pytest.raises(UnauthorizedError):
        await client.vip_info(Credentials("no-such-key", "whatever"))


async def test_key_without_read_permission_is_403(client: BtseClient) -> None:
    with pytest.raises(ForbiddenError, match="403"):
        await client.user(demo_credentials("noread"))


async def test_wrong_api_prefix_is_404(sandbox_url: str) -> None:
    async with BtseClient(ServerProfile(sandbox_url, api_prefix="/api/v9")) as c:
        with pytest.raises(NotFoundError, match="404"):
            await c.user(demo_credentials("kyc3"))


async def test_raw_status_paths(sandbox_url: str, sandbox: Sandbox) -> None:
    async with httpx.AsyncClient(base_url=sandbox_url) as raw:
        missing = await raw.get("/v1/user")
        assert missing.status_code == 401
        assert missing.json()["success"] is False
        assert isinstance(missing.json()["time"], int)

        with_query = await raw.get(
            "/v1/user", params={"x": "1"}, headers=signed_headers("kyc3", "/v1/user")
        )
        assert with_query.status_code == 400

        post = await raw.post("/v1/user", headers=signed_headers("kyc3", "/v1/user"))
        assert post.status_code == 405
        assert post.json()["code"] == 405

        nowhere = await raw.get("/v2/none")
        assert nowhere.status_code == 404
        assert nowhere.json()["data"] is None


async def test_an_oversized_body_is_refused_with_an_envelope(sandbox_url: str) -> None:
    async with httpx.AsyncClient(base_url=sandbox_url) as raw:
        big = await raw.request(
            "GET", "/v1/user", content=b"x" * (2 << 20), headers=signed_headers("kyc3", "/v1/user")
        )
    assert big.status_code == 413
    assert big.json()["success"] is False
    assert big.json()["code"] == 413


async def test_the_sandbox_answers_the_lifespan_protocol() -> None:
    inbox = [{"type": "lifespan.startup"}, {"type": "lifespan.shutdown"}]
    sent: list[str] = []

    async def receive() -> dict[str, str]:
        return inbox.pop(0)

    async def send(message: dict[str, str]) -> None:
        sent.append(message["type"])

    await Sandbox()({"type": "lifespan"}, receive, send)  # type: ignore[arg-type]
    assert sent == ["lifespan.startup.complete", "lifespan.shutdown.complete"]


@pytest.mark.parametrize(
    ("status", "error"),
    [(405, MethodNotAllowedError), (404, NotFoundError), (403, ForbiddenError)],
)
async def test_statuses_from_faults_map_to_their_errors(
    client: BtseClient, sandbox: Sandbox, status: int, error: type[Exception]
) -> None:
    sandbox.set_faults(f"status={status}")
    with pytest.raises(error):
        await client.user(demo_credentials("kyc3"))


async def test_replayed_nonce_is_refused(sandbox_url: str) -> None:
    headers = signed_headers("kyc3", "/v1/user")
    async with httpx.AsyncClient(base_url=sandbox_url) as raw:
        first = await raw.get("/v1/user", headers=headers)
        again = await raw.get("/v1/user", headers=headers)
    assert first.status_code == 200
    assert again.status_code == 401
    assert "already used" in again.json()["msg"]


async def test_stale_nonce_is_refused(sandbox_url: str) -> None:
    import time

    old = int(time.time() * 1000) - 120_000
    async with httpx.AsyncClient(base_url=sandbox_url) as raw:
        answer = await raw.get("/v1/user", headers=signed_headers("kyc3", "/v1/user", nonce=old))
    assert answer.status_code == 401
    assert "time window" in answer.json()["msg"]


async def test_fifty_concurrent_requests_on_one_key(serve) -> None:  # type: ignore[no-untyped-def]
    # Limits raised so all fifty are in flight together: this is about nonces.
    sandbox = Sandbox(SandboxConfig(key_limit=1000, user_limit=1000))
    url = serve(sandbox)
    creds = demo_credentials("kyc3")
    async with BtseClient(ServerProfile(url), rate_limit=1000) as c:
        profiles = await asyncio.gather(*(c.user(creds) for _ in range(50)))
    assert len(profiles) == 50
    assert sandbox.stats["requests"] == 50
    assert sandbox.stats["status_401"] == 0


@pytest.mark.parametrize("offset_ms", [600_000, -600_000])
async def test_server_clock_ten_minutes_off(serve, offset_ms: int) -> None:  # type: ignore[no-untyped-def]
    sandbox = Sandbox(SandboxConfig(clock_offset_ms=offset_ms))
    url = serve(sandbox)
    async with BtseClient(ServerProfile(url)) as c:
        # The first answer (a 401 for the nonce) carries the server's time; the client
        # corrects its clock and signs again once.
        first = await c.user(demo_credentials("kyc3"))
        assert first.username == "kyc3demo"
        assert c.counters["retried_nonce"] == 1
        assert c.clock.skew_ms == pytest.approx(offset_ms, abs=2_000)
        await c.fetch_account(demo_credentials("kyc3"))
        assert c.counters["retried_nonce"] == 1
    assert sandbox.stats["status_401"] == 1


async def test_burst_of_100_on_one_key_gets_no_429(client: BtseClient, sandbox: Sandbox) -> None:
    creds = demo_credentials("kyc3")
    await asyncio.gather(*(client.vip_info(creds) for _ in range(100)))
    assert sandbox.stats["requests"] == 100
    assert sandbox.stats["status_429"] == 0
    assert client.counters["status_429"] == 0


async def test_429_is_retried_after_retry_after(serve) -> None:  # type: ignore[no-untyped-def]
    # A server stricter than the spec: 4 per second. The client (at 15/s) runs into it,
    # waits what Retry-After says and gets every answer.
    sandbox = Sandbox(SandboxConfig(key_limit=4))
    url = serve(sandbox)
    async with BtseClient(ServerProfile(url)) as c:
        await asyncio.gather(*(c.vip_info(demo_credentials("kyc1")) for _ in range(6)))
        assert c.counters["status_429"] >= 1
        assert c.counters["retried_429"] >= 1


async def test_429_beyond_the_wait_bound_is_reported(serve) -> None:  # type: ignore[no-untyped-def]
    sandbox = Sandbox(SandboxConfig(key_limit=1))
    url = serve(sandbox)
    policy = RetryPolicy(attempts=3, max_wait=0.5)  # Retry-After is at least 1 s
    async with BtseClient(ServerProfile(url), retry=policy) as c:
        await c.vip_info(demo_credentials("kyc1"))
        with pytest.raises(RateLimitedError, match="wait 1 seconds"):
            await c.vip_info(demo_credentials("kyc1"))


async def test_per_user_limit_spans_the_users_keys(sandbox_url: str, sandbox: Sandbox) -> None:
    # kyc3, kyc3b and kyc3c belong to one user: 3 x 12 = 36 requests in a second > 30.
    async with httpx.AsyncClient(base_url=sandbox_url) as raw:
        nonce = itertools.count(int(__import__("time").time() * 1000))
        requests = [
            raw.get(
                "/v1/user/vip_info",
                headers=signed_headers(name, "/v1/user/vip_info", nonce=next(nonce)),
            )
            for name in ("kyc3", "kyc3b", "kyc3c")
            for _ in range(12)
        ]
        answers = await asyncio.gather(*requests)
    statuses = [a.status_code for a in answers]
    assert statuses.count(200) == 30
    assert statuses.count(429) == 6
    limited = next(a for a in answers if a.status_code == 429)
    assert int(limited.headers["retry-after"]) >= 1


async def test_routing_prefix_is_not_signed_but_api_prefix_is(serve) -> None:  # type: ignore[no-untyped-def]
    url = serve(Sandbox(SandboxConfig(route_prefix="/spot", api_prefix="/api/v3.2")))
    right = ServerProfile(url + "/spot", api_prefix="/api/v3.2")
    async with BtseClient(right) as c:
        assert (await c.user(demo_credentials("kyc2"))).kyc_level == 2
    wrong = ServerProfile(url, api_prefix="/spot/api/v3.2")  # signs the routing prefix
    async with BtseClient(wrong) as c:
        with pytest.raises(UnauthorizedError):
            await c.user(demo_credentials("kyc2"))


async def test_header_prefix_is_a_server_setting(serve) -> None:  # type: ignore[no-untyped-def]
    url = serve(Sandbox(SandboxConfig(header_prefix="request-")))
    async with BtseClient(ServerProfile(url, header_prefix="request-")) as c:
        assert (await c.vip_info(demo_credentials("vip"))).is_vip is True
    async with BtseClient(ServerProfile(url)) as c:
        with pytest.raises(UnauthorizedError):
            await c.vip_info(demo_credentials("vip"))


async def test_refresh_sends_the_three_reads_together(client: BtseClient, sandbox: Sandbox) -> None:
    sandbox.set_faults("latency=300")
    await client.fetch_account(demo_credentials("kyc3"))
    assert sandbox.stats["requests"] == 3
    assert sandbox.stats["max_in_flight"] == 3


async def test_client_closes(sandbox_url: str) -> None:
    c = BtseClient(ServerProfile(sandbox_url))
    await c.login_status()
    await c.aclose()
    assert c.closed


def test_sandbox_sockets_are_tcp_so_answers_are_not_delayed() -> None:
    # asyncio sets TCP_NODELAY only on accepted sockets whose proto is IPPROTO_TCP;
    # without it each keep-alive answer waited ~40 ms for a delayed ACK.
    import socket

    from btse_gui.sandbox.server import bind_loopback

    sock = bind_loopback()
    try:
        assert sock.proto == socket.IPPROTO_TCP
    finally:
        sock.close()


@pytest.mark.parametrize("offset_ms", [600_000, -600_000])
async def test_clock_off_with_the_three_reads_together(serve, offset_ms: int) -> None:  # type: ignore[no-untyped-def]
    # All three first requests are refused together; each retries once, and no retry may
    # reuse another's nonce. Repeated with fresh clients to catch an unlucky interleaving.
    sandbox = Sandbox(SandboxConfig(clock_offset_ms=offset_ms))
    url = serve(sandbox)
    for _ in range(5):
        async with BtseClient(ServerProfile(url)) as c:
            snapshot = await c.fetch_account(demo_credentials("kyc3"))
            assert snapshot.profile.username == "kyc3demo"
    assert "already used" not in str(sandbox.stats)

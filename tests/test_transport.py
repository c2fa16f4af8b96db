"""Transport failures and rules: each ends in its own ApiError, nothing else escapes."""

from __future__ import annotations

import socket

import pytest
from starlette.applications import Starlette
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from btse_gui.api.client import BtseClient, Timeouts
from btse_gui.api.errors import (
    ApiCodeError,
    BadRequestError,
    ConnectFailedError,
    ConnectionLostError,
    InsecureServerError,
    InvalidCredentialsError,
    InvalidPrefixError,
    InvalidServerError,
    MalformedResponseError,
    RedirectRefusedError,
    RequestTimeoutError,
    ServerError,
    SessionExpiredError,
    TimedOutError,
    UnsuccessfulError,
)
from btse_gui.api.server import Credentials, ServerProfile
from btse_gui.sandbox.app import Sandbox
from btse_gui.sandbox.server import serve_in_thread
from tests.conftest import demo_credentials

pytestmark = pytest.mark.anyio

KYC3 = demo_credentials("kyc3")


@pytest.mark.parametrize(
    ("fault", "error", "fragment"),
    [
        ("status=400", BadRequestError, "400"),
        ("status=408", RequestTimeoutError, "408"),
        ("status=500", ServerError, "500"),
        ("code=8", ApiCodeError, "code 8, “Refused”"),
        ("unsuccessful", UnsuccessfulError, "did not succeed.*Not successful"),
        ("garbage", MalformedResponseError, "not JSON"),
        ("truncate", MalformedResponseError, "not JSON"),
        ("drop", ConnectionLostError, "lost"),
    ],
)
async def test_faults(
    client: BtseClient, sandbox: Sandbox, fault: str, error: type[Exception], fragment: str
) -> None:
    sandbox.set_faults(fault)
    with pytest.raises(error, match=fragment):
        await client.vip_info(KYC3)


@pytest.mark.parametrize("fault", ["code=8", "unsuccessful", ""])
async def test_data_null_on_user_is_expiry_whatever_code_and_success_say(
    client: BtseClient, sandbox: Sandbox, fault: str
) -> None:
    sandbox.expire("kyc3")
    sandbox.set_faults(fault)
    with pytest.raises(SessionExpiredError, match="new API key"):
        await client.fetch_account(KYC3)


async def test_fault_by_request_header(sandbox_url: str) -> None:
    import httpx

    async with httpx.AsyncClient(base_url=sandbox_url) as raw:
        answer = await raw.get("/v1/login_status", headers={"x-sandbox-fault": "status=500"})
        bad = await raw.get("/v1/login_status", headers={"x-sandbox-fault": "explode"})
    assert answer.status_code == 500
    assert bad.status_code == 400


async def test_slow_read_times_out(sandbox: Sandbox, sandbox_url: str) -> None:
    sandbox.set_faults("latency=1500")
    async with BtseClient(ServerProfile(sandbox_url), timeouts=Timeouts(read=0.3)) as c:
        with pytest.raises(TimedOutError, match=r"0\.3 seconds"):
            await c.user(KYC3)


async def test_dripping_body_hits_the_total_deadline(sandbox: Sandbox, sandbox_url: str) -> None:
    # Each byte arrives well within the read timeout; only the whole-request deadline
    # stops a body that would take minutes.
    sandbox.set_faults("slow-body=50")
    timeouts = Timeouts(read=5.0, total=0.6)
    async with BtseClient(ServerProfile(sandbox_url), timeouts=timeouts) as c:
        with pytest.raises(TimedOutError, match=r"0\.6 seconds"):
            await c.user(KYC3)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def test_dead_server_is_connection_refused() -> None:
    async with BtseClient(ServerProfile(f"http://127.0.0.1:{free_port()}")) as c:
        with pytest.raises(ConnectFailedError, match="refused"):
            await c.fetch_account(KYC3)


async def test_unresolvable_host_fails_cleanly(monkeypatch: pytest.MonkeyPatch) -> None:
    # A real DNS failure needs a resolver on the network, which tests must not use: the
    # name lookup is replaced by one that fails as glibc does for an unknown name.
    def no_such_host(*args: object, **kwargs: object) -> None:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_host)
    async with BtseClient(ServerProfile("https://btse-gui.invalid")) as c:
        with pytest.raises(ConnectFailedError, match="host name could not be found"):
            await c.user(KYC3)


def test_plain_http_to_a_remote_host_is_refused_before_sending() -> None:
    with pytest.raises(InsecureServerError, match="HTTPS"):
        ServerProfile("http://api.example.com")
    # A name under .localhost is this computer only if the resolver says so; it may ask
    # DNS. Only the numbers and localhost itself count.
    for url in ("http://api.localhost", "http://localhost.", "http://127.0.0.1.nip.io"):
        with pytest.raises(InsecureServerError):
            ServerProfile(url)
    for url in ("http://127.0.0.1:8787", "http://localhost", "http://[::1]:1", "https://x.io"):
        assert ServerProfile(url).base_url == url


@pytest.mark.parametrize(
    ("url", "api_prefix", "header_prefix"),
    [
        ("ftp://host", "", "btse-"),
        ("https://", "", "btse-"),
        ("https://user:pw@host", "", "btse-"),
        ("https://host?x=1", "", "btse-"),
        ("https://host:port", "", "btse-"),
        ("https://host", "api/v3.2", "btse-"),
        ("https://host", "", "btse"),
        ("https://host", "", "bad prefix-"),
    ],
)
def test_invalid_server_settings(url: str, api_prefix: str, header_prefix: str) -> None:
    # The error names the setting that is wrong: the address, or a prefix.
    expected = (
        InvalidServerError
        if api_prefix in ("", "/") and header_prefix == "btse-"
        else InvalidPrefixError
    )
    with pytest.raises(expected):
        ServerProfile(url, api_prefix, header_prefix)


def test_server_profile_normalises_and_builds_urls() -> None:
    server = ServerProfile(" https://host/spot/ ", "/api/v3.2/")
    assert server.base_url == "https://host/spot"
    assert server.url("/v1/user") == "https://host/spot/api/v3.2/v1/user"
    assert server.signed_path("/v1/user") == "/api/v3.2/v1/user"


async def test_redirect_is_not_followed_with_credentials() -> None:
    target = Sandbox()
    with serve_in_thread(target) as target_url:
        redirector = Starlette(
            routes=[
                Route(
                    "/{path:path}",
                    lambda request: RedirectResponse(target_url + request.url.path, 302),
                )
            ]
        )
        with serve_in_thread(redirector) as url:  # type: ignore[arg-type]
            async with BtseClient(ServerProfile(url)) as c:
                with pytest.raises(RedirectRefusedError, match="302"):
                    await c.user(KYC3)
    assert target.stats["requests"] == 0


async def test_oversized_body_is_refused() -> None:
    huge = Starlette(
        routes=[Route("/v1/user", lambda request: Response(b" " * (10 * 1024 * 1024)))]
    )
    with serve_in_thread(huge) as url:  # type: ignore[arg-type]
        async with BtseClient(ServerProfile(url)) as c:
            with pytest.raises(MalformedResponseError, match="larger than"):
                await c.user(KYC3)


def test_credentials_never_show_the_secret() -> None:
    creds = Credentials("my-api-key-123456", "TOP-SECRET-VALUE")
    for text in (repr(creds), str(creds), f"{creds}", repr([creds])):
        assert "TOP-SECRET-VALUE" not in text
        assert "my-api-key-123456" not in text


@pytest.mark.parametrize(
    ("key", "secret"),
    [
        ("", "SECRET-abcdef"),
        ("KEY-abcdef", ""),
        ("KEY abcdef", "SECRET-abcdef"),
        ("KEY-abcdef", "SECRET-abcdef\n"),
        ("KEY-abcdef", "SECRET-abcdéf"),
    ],
)
def test_credentials_reject_unsendable_values_without_echoing_them(key: str, secret: str) -> None:
    with pytest.raises(InvalidCredentialsError) as caught:
        Credentials(key, secret)
    assert "abcd" not in str(caught.value)
    assert "abcd" not in repr(caught.value)


class CookieSetter:
    """The sandbox behind a layer that sets a cookie naming the key on every answer and
    notes every Cookie header that arrives."""

    def __init__(self, app: Sandbox) -> None:
        self.app = app
        self.cookies_seen: list[str] = []

    async def __call__(self, scope, receive, send):  # type: ignore[no-untyped-def]
        headers = dict(scope.get("headers") or [])
        if b"cookie" in headers:
            self.cookies_seen.append(headers[b"cookie"].decode())
        key = headers.get(b"btse-api", b"none").decode()[:8]

        async def with_cookie(message):  # type: ignore[no-untyped-def]
            if message["type"] == "http.response.start":
                cookie = f"sid={key}; Path=/".encode()
                message = {**message, "headers": [*message["headers"], (b"set-cookie", cookie)]}
            await send(message)

        await self.app(scope, receive, with_cookie)


async def test_no_cookie_from_one_account_reaches_another_s_requests(sandbox: Sandbox) -> None:
    """One client serves every key of a server: a cookie one account's answer sets must
    never ride along with another's signed requests."""
    setter = CookieSetter(sandbox)
    with serve_in_thread(setter) as url:  # type: ignore[arg-type]
        async with BtseClient(ServerProfile(url)) as client:
            for name in ("kyc1", "kyc2", "kyc3", "kyc1"):
                await client.fetch_account(demo_credentials(name))
    assert sandbox.stats["requests"] == 12
    assert setter.cookies_seen == []


async def test_requests_to_this_computer_never_go_through_a_proxy(
    sandbox_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A proxy set in the environment would see the signed requests (key and signature)
    in clear text: for a server on this computer it is never used."""
    seen: list[bytes] = []
    with socket.socket() as proxy:
        proxy.bind(("127.0.0.1", 0))
        proxy.listen()
        proxy.setblocking(False)
        address = f"http://127.0.0.1:{proxy.getsockname()[1]}"
        for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "all_proxy"):
            monkeypatch.setenv(name, address)
        monkeypatch.delenv("NO_PROXY", raising=False)
        monkeypatch.delenv("no_proxy", raising=False)
        async with BtseClient(ServerProfile(sandbox_url)) as client:
            snapshot = await client.fetch_account(KYC3)
        try:
            connection, _ = proxy.accept()
            seen.append(connection.recv(4096))
        except BlockingIOError:
            pass
    assert snapshot.profile is not None
    assert seen == []

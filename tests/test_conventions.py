"""Real servers' conventions: each preset against a sandbox configured the same way,
signed by an independent few lines following the published clients' layout, and the
app's client byte-identical to them; clock skew, the server's words, the per-user limit.

Published clients and their conventions (the note on the issue has the table):
btse-python, vnpy-btse and ccxt sign ``path + nonce + body`` with ``request-*`` headers,
``/api/v3.2`` (spot) or ``/api/v2.1`` (futures) signed, ``/spot`` or ``/futures`` routed;
btse-mcp does the same and also signs ``?query`` on GET. The spec uses ``btse-*`` and
``/v1/...`` paths.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import time

import httpx
import pytest

from btse_gui.__main__ import main as cli_run
from btse_gui.api.client import BtseClient
from btse_gui.api.errors import ApiError
from btse_gui.api.presets import PRESETS, preset_of
from btse_gui.api.server import Credentials, ServerProfile
from btse_gui.sandbox.accounts import DEMO_ACCOUNTS
from btse_gui.sandbox.app import Sandbox, SandboxConfig
from tests.hostile import GOOD_DATA, Answer, HostileServer, envelope, response
from tests.lookup_json import account

pytestmark = pytest.mark.anyio
KYC2 = DEMO_ACCOUNTS["kyc2"]


def third_party_headers(prefix: str, signed_path: str, nonce: int, key: str, secret: str) -> dict:  # type: ignore[type-arg]
    """What btse-python / vnpy-btse / ccxt send: hex HMAC-SHA384 of path + nonce + body."""
    message = f"{signed_path}{nonce}".encode()
    signature = hmac.new(secret.encode(), message, hashlib.sha384).hexdigest()
    return {f"{prefix}api": key, f"{prefix}nonce": str(nonce), f"{prefix}sign": signature}


def sandbox_for(name: str, **extra: object) -> Sandbox:
    preset = PRESETS[name]
    return Sandbox(
        SandboxConfig(
            header_prefix=preset.header_prefix,
            api_prefix=preset.api_prefix,
            route_prefix=preset.route_prefix,
            **extra,  # type: ignore[arg-type]
        )
    )


@pytest.mark.parametrize("name", sorted(PRESETS))
async def test_an_independent_signer_is_accepted_by_each_convention(serve, name: str) -> None:  # type: ignore[no-untyped-def]
    preset = PRESETS[name]
    url = serve(sandbox_for(name))
    signed = preset.api_prefix + "/v1/user"
    nonce = int(time.time() * 1000)
    headers = third_party_headers(preset.header_prefix, signed, nonce, KYC2.key, KYC2.secret)
    async with httpx.AsyncClient(base_url=url) as raw:
        good = await raw.get(preset.route_prefix + signed, headers=headers)
        # The routing prefix is not signed: signing it is refused, as a real server would.
        wrong = third_party_headers(
            preset.header_prefix, preset.route_prefix + signed, nonce + 1, KYC2.key, KYC2.secret
        )
        refused = await raw.get(preset.route_prefix + signed, headers=wrong)
    assert good.status_code == 200, good.text
    assert good.json()["data"]["username"] == "kyc2demo"
    if preset.route_prefix:
        assert refused.status_code == 401


@pytest.mark.parametrize("name", sorted(PRESETS))
async def test_the_app_signs_each_preset_byte_for_byte_like_them(serve, name: str) -> None:  # type: ignore[no-untyped-def]
    preset = PRESETS[name]
    sandbox = sandbox_for(name)
    url = serve(sandbox)
    server = preset.apply(url)
    assert preset_of(server) is preset
    sent: list[httpx.Request] = []

    async def record(request: httpx.Request) -> None:
        sent.append(request)

    fixed = 1_700_000_000_000
    async with BtseClient(server, wall=lambda: fixed / 1000) as client:
        client._http.event_hooks["request"] = [record]
        state = client._key_state(KYC2.key)
        state.nonces._last = fixed - 1  # the next nonce is exactly `fixed`
        # The sandbox's clock is not 2023's: the first answer is a 401 (then a retry with
        # the corrected clock). Only the first request's headers matter here.
        with contextlib.suppress(ApiError):
            await client.user(Credentials(KYC2.key, KYC2.secret))
    request = sent[0]
    expected = third_party_headers(
        preset.header_prefix, preset.api_prefix + "/v1/user", fixed, KYC2.key, KYC2.secret
    )
    assert {k: request.headers[k] for k in expected} == expected
    assert request.url.path == preset.route_prefix + preset.api_prefix + "/v1/user"


@pytest.mark.parametrize("name", sorted(PRESETS))
def test_a_lookup_through_each_preset(serve, name: str, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    url = serve(sandbox_for(name))
    monkeypatch.setenv("BTSE_API_KEY", KYC2.key)
    monkeypatch.setenv("BTSE_API_SECRET", KYC2.secret)
    code = cli_run(["lookup", "--server", url, "--preset", name, "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert account(out)["profile"]["kycLevel"] == 2


async def test_a_signed_query_string_when_the_convention_signs_it(serve) -> None:  # type: ignore[no-untyped-def]
    url = serve(Sandbox(SandboxConfig(sign_query=True)))
    credentials = Credentials(KYC2.key, KYC2.secret)
    async with BtseClient(ServerProfile(url, sign_query=True)) as client:
        envelope_ = await client.get("/v1/login_status", credentials, {"symbol": "BTC-USDT"})
    assert envelope_.data == {"isLogin": True}
    # Signed without the query, the same request is not logged in: the server checked it.
    async with BtseClient(ServerProfile(url)) as client:
        unsigned = await client.get("/v1/login_status", credentials, {"symbol": "BTC-USDT"})
    assert unsigned.data == {"isLogin": False}


@pytest.mark.parametrize("offset_ms", [600_000, -600_000])
async def test_signed_in_yes_with_the_clock_ten_minutes_off(serve, offset_ms: int) -> None:  # type: ignore[no-untyped-def]
    url = serve(Sandbox(SandboxConfig(clock_offset_ms=offset_ms)))
    async with BtseClient(ServerProfile(url)) as client:
        snapshot = await client.fetch_account(Credentials(KYC2.key, KYC2.secret))
        assert client.counters["retried_login_status"] <= 1
    assert snapshot.login is not None
    assert snapshot.login.is_login is True
    assert snapshot.profile is not None
    assert abs(snapshot.clock_skew_ms - offset_ms) < 5_000


@pytest.mark.parametrize("offset_ms", [600_000, -600_000])
def test_the_command_line_says_signed_in_yes_ten_minutes_off(  # type: ignore[no-untyped-def]
    serve, offset_ms: int, capsys, monkeypatch
) -> None:
    url = serve(Sandbox(SandboxConfig(clock_offset_ms=offset_ms)))
    monkeypatch.setenv("BTSE_API_KEY", KYC2.key)
    monkeypatch.setenv("BTSE_API_SECRET", KYC2.secret)
    assert cli_run(["lookup", "--server", url]) == 0
    out = capsys.readouterr().out
    assert any(line.startswith("Signed in") and line.endswith("yes") for line in out.splitlines())


def test_a_401_shows_the_servers_reference_number(capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    body = envelope(None, code=401, msg="Invalid API key (ref 7c1f-22a9)", success=False)
    server = HostileServer()
    server.behaviour = lambda path: Answer(response(body, "401 Unauthorized"))
    monkeypatch.setenv("BTSE_API_KEY", "hostile-key-0001")
    monkeypatch.setenv("BTSE_API_SECRET", "hostile-secret-0001")
    with server.serve() as url:
        code = cli_run(["lookup", "--server", url])
    err = capsys.readouterr().err
    assert code == 1
    assert "(401)" in err
    assert "ref 7c1f-22a9" in err


def test_a_failing_vip_read_still_shows_the_profile(capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def behaviour(path: str) -> Answer:
        if path == "/v1/user/vip_info":
            return Answer(response(envelope(None, code=500, msg="vip down"), "500 Oops"))
        return Answer(response(envelope(GOOD_DATA[path])))

    server = HostileServer()
    server.behaviour = behaviour
    monkeypatch.setenv("BTSE_API_KEY", "hostile-key-0001")
    monkeypatch.setenv("BTSE_API_SECRET", "hostile-secret-0001")
    with server.serve() as url:
        code = cli_run(["lookup", "--server", url])
    out, err = capsys.readouterr()
    assert code == 1
    assert "hostile" in out  # the profile still shows
    assert "VIP: could not be read" in out
    assert "vip down" in err


def test_the_sandbox_speaks_each_convention_from_its_command_line() -> None:
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "btse_gui", "sandbox", "--port", "1", "--route-prefix", "spot"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert "--route-prefix must start with '/'" in result.stderr


async def test_expired_token_is_not_signed_in_and_bad_nonces_are_plain(serve) -> None:  # type: ignore[no-untyped-def]
    sandbox = Sandbox()
    url = serve(sandbox)
    sandbox.expire("kyc2")
    async with BtseClient(ServerProfile(url)) as client:
        status = await client.login_status(Credentials(KYC2.key, KYC2.secret))
    assert status.is_login is False
    async with httpx.AsyncClient(base_url=url) as raw:
        for nonce in ("12a", "-5", "1" * 40, "0x10"):
            headers = {"btse-api": KYC2.key, "btse-nonce": nonce, "btse-sign": "0" * 96}
            answer = await raw.get("/v1/user", headers=headers)
            assert answer.status_code == 401
            assert "Traceback" not in answer.text
            assert answer.json()["msg"].startswith("Invalid nonce")


async def test_keys_of_one_user_share_thirty_requests_a_second(serve) -> None:  # type: ignore[no-untyped-def]
    import asyncio

    sandbox = Sandbox()
    url = serve(sandbox)
    keys = [DEMO_ACCOUNTS[n] for n in ("kyc3", "kyc3b", "kyc3c")]
    async with BtseClient(ServerProfile(url)) as client:
        # The first read names the user behind each key.
        for account in keys:
            await client.user(Credentials(account.key, account.secret))
        started = time.monotonic()
        await asyncio.gather(
            *(client.fetch_account(Credentials(a.key, a.secret)) for a in keys for _ in range(10))
        )
        elapsed = time.monotonic() - started
    # 90 requests of one user: at most 30 in any second, so about 3 s and no 429 at all.
    assert sandbox.stats["status_429"] == 0
    assert elapsed >= 1.9

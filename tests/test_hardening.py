"""Hammering, a broken or slow keychain, and TLS that cannot be switched off."""

from __future__ import annotations

import asyncio
import gc
import inspect
import itertools
import ssl
import subprocess
import time
import tracemalloc
from pathlib import Path

import keyring
import keyring.backend
import keyring.errors
import pytest
from PySide6.QtCore import QTimer

from btse_gui.api.client import BtseClient
from btse_gui.api.errors import CertificateRefusedError
from btse_gui.api.server import Credentials, ServerProfile
from btse_gui.core.session import SessionState
from btse_gui.sandbox.accounts import DEMO_ACCOUNTS
from tests.gui_helpers import click, run, until
from tests.test_window import sign_in


def ticker(interval_ms: int = 10) -> tuple[QTimer, list[float]]:
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(interval_ms)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    return timer, ticks


def longest_gap(ticks: list[float]) -> float:
    return max((b - a for a, b in itertools.pairwise(ticks)), default=0.0)


# --- hammering ------------------------------------------------------------------------------


def test_a_thousand_refresh_clicks(qtbot, qloop, make_app, sandbox, sandbox_url) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    timer, ticks = ticker()
    button = app.window.account.refresh_button
    sizes: list[int] = []

    async def clicks(count: int) -> None:
        for i in range(count):
            click(qtbot, button)
            if i % 10 == 0:
                await asyncio.sleep(0)  # the loop runs between bursts, as between real clicks
        await until(
            lambda: app.session.state is SessionState.LOADED and not app.session.busy,
            timeout=60,
            what="the last refresh",
        )

    async def scenario() -> None:
        await sign_in(qtbot, app, sandbox_url, "kyc3")
        timer.start()
        await clicks(500)
        gc.collect()
        sizes.append(tracemalloc.get_traced_memory()[0])
        await clicks(500)
        gc.collect()
        sizes.append(tracemalloc.get_traced_memory()[0])
        timer.stop()

    tracemalloc.start()
    try:
        run(qloop, scenario(), timeout=180)
    finally:
        tracemalloc.stop()
    assert sandbox.stats["status_429"] == 0
    client = next(iter(app.session._clients.values()))
    assert client.counters["status_429"] == 0
    # A second batch of 500 clicks holds on to no more memory than the first left.
    assert sizes[1] - sizes[0] < 1_000_000, f"grew {sizes[1] - sizes[0]} bytes"
    assert longest_gap(ticks) < 0.25


class VirtualTime:
    """A clock that moves only when something waits on it: a wait of 2 s takes no time.
    Both ends use it (the client's limiters and waits, the sandbox's windows and its
    clock), so "never more than 15 a second" is checked exactly, in milliseconds."""

    def __init__(self) -> None:
        self.now = 1_000.0

    def monotonic(self) -> float:
        return self.now

    def wall(self) -> float:
        return 1_700_000_000.0 + self.now

    async def sleep(self, seconds: float) -> None:
        self.now += max(0.0, seconds)
        await asyncio.sleep(0)


@pytest.mark.anyio
async def test_a_hundred_lookups_of_one_key_stay_under_the_limit() -> None:
    """300 requests of one key: the client's own limiter keeps every second of them
    under the server's 15, so none is refused (about 20 s of virtual time)."""
    import httpx

    from btse_gui.core.lookups import Target, fetch_all
    from btse_gui.sandbox.app import Sandbox

    time_ = VirtualTime()
    sandbox = Sandbox(monotonic=time_.monotonic, wall=time_.wall)
    server = ServerProfile("http://127.0.0.1")
    account = DEMO_ACCOUNTS["kyc2"]
    targets = [
        Target(f"lookup {n}", server, Credentials(account.key, account.secret)) for n in range(100)
    ]

    def client(for_server: ServerProfile) -> BtseClient:
        transport = httpx.ASGITransport(app=sandbox)  # type: ignore[arg-type]
        return BtseClient(
            for_server,
            transport=transport,
            wall=time_.wall,
            monotonic=time_.monotonic,
            sleep=time_.sleep,
        )

    started = time_.now
    rows = await fetch_all(targets, client)
    assert [row.ok for row in rows] == [True] * 100
    assert sandbox.stats["requests"] == 300
    assert sandbox.stats["status_429"] == 0
    assert time_.now - started >= (300 / 15) - 1.5  # the limit was the pace


# --- keychain faults -------------------------------------------------------------------------


class BrokenKeyring(keyring.backend.KeyringBackend):
    """A backend that fails every call, as a misconfigured one does."""

    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringError("the backend broke")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.KeyringError("the backend broke")

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.KeyringError("the backend broke")


class SlowKeyring(keyring.backend.KeyringBackend):
    """A backend that takes 1.5 s to answer, like one waiting on an OS prompt."""

    priority = 1  # type: ignore[assignment]

    def __init__(self, saved: dict[tuple[str, str], str]) -> None:
        super().__init__()
        self.saved = saved

    def get_password(self, service: str, username: str) -> str | None:
        time.sleep(1.5)
        return self.saved.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.saved[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.saved.pop((service, username), None)


# keyring registers every KeyringBackend subclass for its own discovery: left there, these
# test backends would join the chainer of whichever test first asks for the keyring.
keyring.backend.KeyringBackend._classes.discard(BrokenKeyring)  # type: ignore[attr-defined]
keyring.backend.KeyringBackend._classes.discard(SlowKeyring)  # type: ignore[attr-defined]


@pytest.fixture
def use_keyring():  # type: ignore[no-untyped-def]
    before = keyring.get_keyring()
    yield keyring.set_keyring
    keyring.set_keyring(before)


def test_a_backend_that_raises_leaves_a_session_only_sign_in(  # type: ignore[no-untyped-def]
    qtbot, qloop, make_app, sandbox_url, use_keyring
) -> None:
    use_keyring(BrokenKeyring())
    app = make_app()

    async def scenario() -> None:
        await app.start()
        await sign_in(qtbot, app, sandbox_url, "kyc3", remember=True)

    run(qloop, scenario())
    assert app.session.state is SessionState.LOADED  # signed in all the same
    assert not app.session.profile.remembered
    assert "The keychain refused the request (KeyringError)" in app.session.message


def test_a_slow_keychain_never_blocks_the_window(  # type: ignore[no-untyped-def]
    qtbot, qloop, make_app, sandbox_url, book, use_keyring, settings_file
) -> None:
    from PySide6.QtCore import QSettings

    from btse_gui.gui.settings import Settings
    from btse_gui.profiles.book import Profile

    account = DEMO_ACCOUNTS["kyc1"]
    slow = SlowKeyring({})
    use_keyring(slow)
    book.set_last(book.add(Profile("slow", sandbox_url), Credentials(account.key, account.secret)))
    # The window was closed signed in to it: this start signs in again.
    Settings(QSettings(str(settings_file), QSettings.Format.IniFormat)).opening_profile = "slow"
    app = make_app()
    timer, ticks = ticker()

    async def start() -> None:
        timer.start()
        await app.start()  # loads the saved key from the keychain: 1.5 s
        timer.stop()

    run(qloop, start())
    assert app.session.state is SessionState.LOADED
    assert ticks[-1] - ticks[0] > 1.4  # it really waited on the keychain...
    assert longest_gap(ticks) < 0.25  # ...and the window kept going meanwhile


# --- transport rules -------------------------------------------------------------------------


@pytest.fixture
def tls_server(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A TLS server on 127.0.0.1 with a self-signed certificate nobody trusts."""
    import threading

    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-subj",
            "/CN=127.0.0.1",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        check=True,
        capture_output=True,
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    loop = asyncio.new_event_loop()
    holder: dict[str, object] = {}
    ready = threading.Event()

    async def main() -> None:
        async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            writer.close()

        server = await asyncio.start_server(handle, "127.0.0.1", 0, ssl=context)
        holder["port"] = server.sockets[0].getsockname()[1]
        stop = holder["stop"] = asyncio.Event()
        ready.set()
        await stop.wait()
        server.close()
        await server.wait_closed()

    thread = threading.Thread(target=lambda: loop.run_until_complete(main()), daemon=True)
    thread.start()
    ready.wait(10)
    yield f"https://127.0.0.1:{holder['port']}"
    loop.call_soon_threadsafe(holder["stop"].set)  # type: ignore[attr-defined]
    thread.join(10)
    loop.close()


@pytest.mark.anyio
async def test_tls_certificates_are_always_verified(tls_server: str) -> None:
    async with BtseClient(ServerProfile(tls_server)) as client:
        with pytest.raises(CertificateRefusedError, match="is not one this computer trusts"):
            await client.user(Credentials("k-123456", "s-123456"))
    # Nothing in the client, the server profile or the window can turn verification off.
    assert "verify" not in inspect.signature(BtseClient).parameters
    assert "verify" not in inspect.signature(ServerProfile).parameters


def test_the_window_offers_no_way_to_skip_tls_checks(qtbot, qloop, make_app) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QWidget

    app = make_app()
    names = [w.objectName().lower() for w in app.window.findChildren(QWidget)]
    texts = [getattr(w, "text", lambda: "")().lower() for w in app.window.findChildren(QWidget)]
    for word in ("verify", "insecure", "certificate", "tls", "ssl"):
        assert not any(word in n for n in names)
        assert not any(word in t for t in texts if isinstance(t, str))

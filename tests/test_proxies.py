"""Proxies as a desk meets them (``btse_gui.api.connections``): HTTPS through an HTTP
CONNECT proxy and through SOCKS5, a proxy that does not answer (named as the proxy, not
the server), and a proxy setting that cannot be used (one line, no traceback), on the
command line and in the window. The server is the sandbox over TLS as
``https://sandbox.test:PORT``, its certificate from a test CA (``tests/network.py``)."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator

import pytest

from btse_gui.core.session import SessionState
from btse_gui.sandbox.app import Sandbox
from tests.gui_helpers import run
from tests.network import NAME, Authority, dead_port, make_authority, run_proxy, serve_tls
from tests.network import lookup as network_lookup
from tests.test_window import sign_in

PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY")


@pytest.fixture(scope="module")
def authority(tmp_path_factory: pytest.TempPathFactory) -> Authority:
    return make_authority(tmp_path_factory.mktemp("ca"))


@pytest.fixture
def tls_port(authority: Authority) -> Iterator[int]:
    with serve_tls(Sandbox(), authority) as port:
        yield port


def lookup(url: str, authority: Authority, **proxies: str) -> subprocess.CompletedProcess[str]:
    """``btse-gui lookup --server URL --json`` as a desk would run it, with ``proxies``
    for the environment (every other proxy variable unset)."""
    env = {"SSL_CERT_FILE": str(authority.ca), **proxies}
    return network_lookup(url, drop=PROXY_VARIABLES, env=env)


@pytest.mark.parametrize("kind", ["http", "socks5"])
def test_https_through_a_proxy(authority: Authority, tls_port: int, kind: str) -> None:
    with run_proxy(tls_port, kind) as proxy:
        variable = "HTTPS_PROXY" if kind == "http" else "ALL_PROXY"
        result = lookup(f"https://{NAME}:{tls_port}", authority, **{variable: proxy.url})
    assert result.returncode == 0, result.stderr
    assert '"username": "kyc2demo"' in result.stdout
    # Each of the three reads went through it, and the proxy (not this computer)
    # resolved the name.
    assert set(proxy.asked) == {f"{NAME}:{tls_port}"}
    assert len(proxy.asked) >= 1


def test_a_proxy_that_does_not_answer_is_named_as_the_proxy(
    authority: Authority, tls_port: int
) -> None:
    proxy = f"http://127.0.0.1:{dead_port()}"
    result = lookup(f"https://{NAME}:{tls_port}", authority, HTTPS_PROXY=proxy)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1, result.stderr
    assert f"The proxy {proxy} did not carry the request to {NAME}" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("setting", ["ftp://127.0.0.1:1", "socks4://127.0.0.1:1"])
def test_a_proxy_setting_that_cannot_be_used_is_one_line(
    authority: Authority, tls_port: int, setting: str
) -> None:
    result = lookup(f"https://{NAME}:{tls_port}", authority, ALL_PROXY=setting)
    assert result.returncode in (1, 2)
    assert result.stderr.count("\n") == 1, result.stderr
    assert "proxy" in result.stderr
    assert "Traceback" not in result.stderr


def test_no_proxy_sends_the_server_straight(authority: Authority, tls_port: int) -> None:
    with run_proxy(tls_port) as proxy:
        result = lookup(
            f"https://127.0.0.1:{tls_port}",
            authority,
            HTTPS_PROXY=proxy.url,
            NO_PROXY="127.0.0.1",
        )
    assert result.returncode == 0, result.stderr
    assert proxy.asked == []


def test_the_window_says_which_proxy_failed_and_can_retry(  # type: ignore[no-untyped-def]
    qtbot, qloop, make_app, authority, tls_port, monkeypatch
) -> None:
    """A SOCKS proxy that is down: the sign-in form says so (never "Signing in…" for
    ever); once it is up, signing in again works."""
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    monkeypatch.setenv("SSL_CERT_FILE", str(authority.ca))
    port = dead_port()
    monkeypatch.setenv("ALL_PROXY", f"socks5://127.0.0.1:{port}")
    app = make_app()
    url = f"https://{NAME}:{tls_port}"

    async def scenario() -> None:
        await app.start()
        await sign_in(qtbot, app, url, "kyc3")
        assert app.session.state is SessionState.ERROR
        words = app.login.message.text()
        assert f"The proxy socks5://127.0.0.1:{port} did not carry the request" in words
        with run_proxy(tls_port, "socks5", port=port):  # the proxy is back
            await sign_in(qtbot, app, url, "kyc3")
        assert app.session.state is SessionState.LOADED

    run(qloop, scenario())


def test_the_window_uses_the_desktop_s_proxy_when_the_environment_names_none(  # type: ignore[no-untyped-def]
    qtbot, qloop, make_app, authority, tls_port, monkeypatch
) -> None:
    """No proxy variable set: the window asks Qt for the desktop's proxy and goes
    through it, and tells the lookups' process the same. What the desktop answers is
    stood in for here (a Windows or macOS proxy setting, or a PAC file, cannot be set on
    this Linux machine): Qt's system query returns a local CONNECT proxy."""
    from PySide6.QtNetwork import QNetworkProxy, QNetworkProxyFactory

    from btse_gui.core.clients import from_description

    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    monkeypatch.setenv("SSL_CERT_FILE", str(authority.ca))
    with run_proxy(tls_port) as proxy:
        port = int(proxy.url.rsplit(":", 1)[1])
        answer = [QNetworkProxy(QNetworkProxy.ProxyType.HttpProxy, "127.0.0.1", port)]
        monkeypatch.setattr(QNetworkProxyFactory, "systemProxyForQuery", lambda _query: answer)
        app = make_app()
        assert app.factory.proxy() == f"http://127.0.0.1:{port}"
        worker = from_description(app.factory.describe())  # the lookups' process
        assert worker.describe() == app.factory.describe()
        assert worker.proxy() == f"http://127.0.0.1:{port}"

        async def scenario() -> None:
            await app.start()
            await sign_in(qtbot, app, f"https://{NAME}:{tls_port}", "kyc3")

        run(qloop, scenario())
        assert app.session.state is SessionState.LOADED
        assert proxy.asked
        assert set(proxy.asked) == {f"{NAME}:{tls_port}"}


def test_the_environment_s_proxy_wins_over_the_desktop_s(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from btse_gui.api.connections import proxy_for

    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    desktop = "http://desk.example:3128"
    assert proxy_for("https://api.example", desktop=desktop) == desktop
    assert proxy_for("https://api.example", desktop=None) is None
    assert proxy_for("http://127.0.0.1:8787", loopback=True, desktop=desktop) is None
    monkeypatch.setenv("NO_PROXY", "api.example")
    assert proxy_for("https://api.example", desktop=desktop) is None
    monkeypatch.delenv("NO_PROXY")
    monkeypatch.setenv("HTTPS_PROXY", "http://env.example:8080")
    assert proxy_for("https://api.example", desktop=desktop) == "http://env.example:8080"

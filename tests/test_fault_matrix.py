"""Every way a server can misbehave, in the window and on the command line: a specific
plain-language message, no traceback, a non-zero exit for the CLI, and in the window the
last good data still shown, marked stale, with the UI responsive throughout."""

from __future__ import annotations

import itertools
import socket
import time
from collections.abc import Callable

import pytest
from PySide6.QtCore import QTimer

from btse_gui.__main__ import main as cli_run
from btse_gui.core.session import SessionState
from tests.gui_helpers import click, run, type_into, until
from tests.hostile import GOOD_DATA, USER, Answer, HostileServer, envelope, good, response
from tests.lookup_json import account, rows

KEY, SECRET = "hostile-key-0001", "hostile-secret-0001"
TIMEOUT = 1.0  # --timeout for these tests: reads give up after 1 s, the whole request 2 s


def everywhere(answer: Answer) -> Callable[[str], Answer]:
    return lambda path: answer


def on_user(answer: Answer) -> Callable[[str], Answer]:
    return lambda path: answer if path == "/v1/user" else good(path)


def status(code: int, reason: str) -> Callable[[str], Answer]:
    body = envelope(None, code=code, msg=reason, success=False)
    return everywhere(Answer(response(body, f"{code} {reason}")))


def user_data(**changes: object) -> Callable[[str], Answer]:
    data = {**USER, **changes}
    return on_user(Answer(response(envelope({k: v for k, v in data.items() if v != "DROP"}))))


FULL = response(envelope(GOOD_DATA["/v1/user"]))
HALF = FULL[: len(FULL) - 40]

# The whole account cannot be read: name -> (behaviour, fragments people see). The
# server's own words come after the app's explanation.
FAULTS: dict[str, tuple[Callable[[str], Answer], tuple[str, ...]]] = {
    "400": (status(400, "Bad Request"), ("malformed (400)", "“Bad Request”")),
    "401": (status(401, "Unauthorized"), ("(401)", "code 401, “Unauthorized”")),
    "403": (status(403, "Forbidden"), ("not allowed to read", "“Forbidden”")),
    "404": (status(404, "Not Found"), ("(404)",)),
    "405": (status(405, "Method Not Allowed"), ("(405)",)),
    "408": (status(408, "Request Timeout"), ("(408",)),
    "429": (status(429, "Too Many Requests"), ("Too many requests",)),
    "500": (status(500, "Internal Server Error"), ("internal error", "Internal Server Error")),
    # data null on /v1/user is expiry, whatever code and success say beside it.
    "code not 1": (
        everywhere(Answer(response(envelope(None, code=8, msg="Refused", success=False)))),
        ("new API key", "code 8, “Refused”"),
    ),
    "success false": (
        everywhere(Answer(response(envelope(None, success=False, msg="nope")))),
        ("new API key", "“nope”"),
    ),
    "data null": (on_user(Answer(response(envelope(None)))), ("new API key",)),
    "not JSON": (
        everywhere(Answer(response(b"<html>502</html>", content_type="text/html"))),
        ("not JSON",),
    ),
}
# Only the profile read fails: the VIP and login reads still show, the profile is old.
PARTIAL: dict[str, tuple[Callable[[str], Answer], str]] = {
    "truncated body": (on_user(Answer(HALF, reset=True)), "was lost"),
    "reset mid-response": (on_user(Answer(FULL[:60], reset=True)), "was lost"),
    "10 MB body": (on_user(Answer(response(b" " * 10_000_000))), "larger than 1024 KiB"),
    "drip one byte a second": (
        on_user(Answer(FULL[:80], drip=FULL[80:], drip_delay=1.0)),
        "did not finish answering within 1 seconds",
    ),
    # The read timeout and the whole-request deadline are both 1 s: either may speak.
    "read timeout": (on_user(Answer(hang=True)), "within 1 seconds"),
}
# A value the spec does not document: noted, and the rest of the account still shows.
ODD: dict[str, tuple[Callable[[str], Answer], str, str]] = {
    "missing field": (user_data(email="DROP"), "profile", "email"),
    "wrong type": (user_data(is2FA="yes"), "profile", "is2FA"),
    "kycLevel out of range": (user_data(kycLevel=9), "profile", "kycLevel"),
    "userStatus unknown": (user_data(userStatus=9), "profile", "userStatus"),
    "spread as a string": (
        lambda path: (
            Answer(response(envelope({"isVIP": False, "spread": "0.1"})))
            if path == "/v1/user/vip_info"
            else good(path)
        ),
        "vip",
        "spread",
    ),
    "spread 150": (
        lambda path: (
            Answer(response(envelope({"isVIP": True, "spread": 150})))
            if path == "/v1/user/vip_info"
            else good(path)
        ),
        "vip",
        "spread",
    ),
}
ACCEPTED = {
    "extra fields": user_data(newField=[1, 2], another="x"),
    "wrong content type": everywhere(
        Answer(
            response(
                envelope({**USER, "isVIP": False, "spread": 0.1, "isLogin": True}),
                content_type="text/plain",
            )
        )
    ),
}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


# --- the command line (run in-process through its real entry point) ----------------------


def lookup(url: str, capsys: pytest.CaptureFixture[str], monkeypatch) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("BTSE_API_KEY", KEY)
    monkeypatch.setenv("BTSE_API_SECRET", SECRET)
    code = cli_run(["lookup", "--server", url, "--timeout", str(TIMEOUT), "--json"])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("fault", sorted(FAULTS))
def test_cli_fault(fault: str, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    behaviour, fragments = FAULTS[fault]
    server = HostileServer()
    server.behaviour = behaviour
    with server.serve() as url:
        code, out, err = lookup(url, capsys, monkeypatch)
    assert code != 0
    (row,) = rows(out)  # --json: the failure in the shape a script reads
    assert row["ok"] is False
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    for fragment in fragments:
        assert fragment in lines[0]
        assert fragment in row["error"]
    assert "Traceback" not in err + out
    assert SECRET not in err + out


@pytest.mark.parametrize("fault", sorted(PARTIAL))
def test_cli_partial(fault: str, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    behaviour, fragment = PARTIAL[fault]
    server = HostileServer()
    server.behaviour = behaviour
    with server.serve() as url:
        code, out, err = lookup(url, capsys, monkeypatch)
    assert code == 1
    document = account(out)
    assert document["profile"] is None
    assert document["vip"] == {"isVIP": False, "spread": 0.1}  # the other reads still show
    assert document["loginStatus"] == {"isLogin": True}
    assert fragment in document["errors"]["profile"]
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "1 of 3 reads failed" in lines[0]
    assert fragment in lines[0]
    assert "Traceback" not in err


@pytest.mark.parametrize("case", sorted(ODD))
def test_cli_odd_value(case: str, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    behaviour, part, field = ODD[case]
    server = HostileServer()
    server.behaviour = behaviour
    with server.serve() as url:
        code, out, err = lookup(url, capsys, monkeypatch)
    assert code == 0, err
    document = account(out)
    assert [w["field"] for w in document["warnings"][part]] == [field]
    assert document["profile"]["username"] == "hostile"
    assert document["vip"]["isVIP"] in (True, False)


@pytest.mark.parametrize("case", sorted(ACCEPTED))
def test_cli_accepts_harmless_oddities(case: str, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    server = HostileServer()
    server.behaviour = ACCEPTED[case]
    with server.serve() as url:
        code, out, err = lookup(url, capsys, monkeypatch)
    assert code == 0, err
    assert account(out)["profile"]["username"] == "hostile"


def test_cli_connection_refused(capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    code, _out, err = lookup(f"http://127.0.0.1:{free_port()}", capsys, monkeypatch)
    assert code == 1
    assert "Could not connect" in err
    assert len(err.strip().splitlines()) == 1


def test_cli_dns_failure(capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # No resolver may be asked here: the lookup fails as glibc fails for an unknown name.
    def no_such_host(*args: object, **kwargs: object) -> None:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_host)
    code, _out, err = lookup("https://btse-gui.invalid", capsys, monkeypatch)
    assert code == 1
    assert "host name could not be found" in err


# --- the window -----------------------------------------------------------------------------


@pytest.fixture
def hostile():  # type: ignore[no-untyped-def]
    server = HostileServer()
    with server.serve() as url:
        yield server, url


def signed_in_window(qtbot, qloop, make_app, url: str):  # type: ignore[no-untyped-def]
    from btse_gui.gui.app import App  # noqa: F401 - make_app builds it

    app = make_app(timeout=TIMEOUT)

    async def sign_in() -> None:
        login = app.login
        type_into(qtbot, login.base_url, url)
        type_into(qtbot, login.api_key, KEY)
        type_into(qtbot, login.api_secret, SECRET)
        click(qtbot, login.sign_in_button)
        await until(
            lambda: app.session.state is SessionState.LOADED and not app.session.busy,
            what="good sign-in",
        )

    run(qloop, sign_in())
    return app


def refresh_into_fault(qtbot, qloop, app, expect: set[SessionState]) -> list[float]:  # type: ignore[no-untyped-def]
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))

    async def refresh() -> None:
        timer.start()
        click(qtbot, app.window.account.refresh_button)
        await until(
            lambda: app.session.state in expect and not app.session.busy,
            timeout=20,
            what=f"one of {expect}",
        )
        timer.stop()

    run(qloop, refresh())
    return [b - a for a, b in itertools.pairwise(ticks)]


def assert_stale_with(app, fragment: str) -> None:  # type: ignore[no-untyped-def]
    account = app.window.account
    assert app.window.pages.currentWidget() is account
    assert fragment in account.banner.text()
    assert "Showing data from" in account.banner.text()
    assert account.stale
    assert account.profile.values["username"].text() == "hostile"  # the last good data
    assert SECRET not in account.banner.text()


@pytest.mark.parametrize("fault", sorted(FAULTS))
def test_window_fault(qtbot, qloop, make_app, hostile, fault) -> None:  # type: ignore[no-untyped-def]
    server, url = hostile
    app = signed_in_window(qtbot, qloop, make_app, url)
    behaviour, fragments = FAULTS[fault]
    server.behaviour = behaviour
    gaps = refresh_into_fault(qtbot, qloop, app, {SessionState.STALE, SessionState.EXPIRED})
    for fragment in fragments:
        assert_stale_with(app, fragment)
    assert max(gaps, default=0) < 0.25, "the window stopped responding"


@pytest.mark.parametrize("fault", sorted(PARTIAL))
def test_window_partial(qtbot, qloop, make_app, hostile, fault) -> None:  # type: ignore[no-untyped-def]
    server, url = hostile
    app = signed_in_window(qtbot, qloop, make_app, url)
    behaviour, fragment = PARTIAL[fault]
    server.behaviour = behaviour
    gaps = refresh_into_fault(qtbot, qloop, app, {SessionState.STALE})
    assert_stale_with(app, fragment)
    assert app.window.account.vip.values["is_vip"].text() == "No"
    assert max(gaps, default=0) < 0.25, "the window stopped responding"


@pytest.mark.parametrize("case", sorted(ODD))
def test_window_odd_value(qtbot, qloop, make_app, hostile, case) -> None:  # type: ignore[no-untyped-def]
    server, url = hostile
    app = signed_in_window(qtbot, qloop, make_app, url)
    behaviour, _part, field = ODD[case]
    server.behaviour = behaviour
    account = app.window.account

    async def refresh() -> None:
        before = app.session.snapshot
        click(qtbot, account.refresh_button)
        await until(lambda: app.session.snapshot is not before and not app.session.busy)

    run(qloop, refresh())
    assert app.session.state is SessionState.LOADED
    assert account.warnings.isVisible()
    assert account.profile.values["username"].text() == "hostile"
    shown = {
        "email": "'email'",
        "is2FA": "'is2FA'",
        "kycLevel": "KYC level",
        "userStatus": "status",
        "spread": "spread",
    }
    assert shown[field] in account.warnings.text()


def test_window_connection_refused(qtbot, qloop, make_app) -> None:  # type: ignore[no-untyped-def]
    server = HostileServer()
    with server.serve() as url:
        app = signed_in_window(qtbot, qloop, make_app, url)
    refresh_into_fault(qtbot, qloop, app, {SessionState.STALE})
    assert_stale_with(app, "Could not connect")


def test_window_dns_failure(qtbot, qloop, make_app, hostile, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _, url = hostile
    app = signed_in_window(qtbot, qloop, make_app, url)

    def no_such_host(*args: object, **kwargs: object) -> None:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    # A new server profile on a name that does not resolve: sign in there fails plainly.
    monkeypatch.setattr(socket, "getaddrinfo", no_such_host)

    async def sign_in_elsewhere() -> None:
        app.window.show_login()
        type_into(qtbot, app.login.base_url, "https://btse-gui.invalid")
        type_into(qtbot, app.login.api_secret, SECRET)
        click(qtbot, app.login.sign_in_button)
        await until(lambda: "host name could not be found" in app.login.message.text())

    run(qloop, sign_in_elsewhere())

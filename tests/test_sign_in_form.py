"""The sign-in form as a first-time user meets it: each error beside the field it is
about, and the demo one click away."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QWidget

from btse_gui.core.session import SessionState
from btse_gui.sandbox.accounts import DEMO_ACCOUNTS
from tests.gui_helpers import click, run, type_into, until


def fill(qtbot, login, url: str, demo) -> None:  # type: ignore[no-untyped-def]
    """The server, and a demo account's key and secret, typed in."""
    type_into(qtbot, login.base_url, url)
    type_into(qtbot, login.api_key, demo.key)
    type_into(qtbot, login.api_secret, demo.secret)


def top(widget: QWidget, pane: QWidget) -> int:
    return widget.mapTo(pane, widget.rect().topLeft()).y()


def bottom(widget: QWidget, pane: QWidget) -> int:
    return widget.mapTo(pane, widget.rect().bottomLeft()).y()


def whole(label) -> bool:  # type: ignore[no-untyped-def]
    """Every line of the label's words in sight (not squeezed to fewer lines)."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    return bool(label.height() >= label.heightForWidth(label.width()))


def marked(field) -> bool:  # type: ignore[no-untyped-def]
    """Whether the field carries the error's mark (the icon inside it)."""
    return any(a.isVisible() and a.objectName().endswith("_error") for a in field.actions())


def test_each_error_sits_under_its_field(qtbot, qloop, make_app, sandbox_url) -> None:  # type: ignore[no-untyped-def]
    """An error about the key sits under the key, a refused secret under the secret, an
    unreachable server under the server, each field marked (and its words given to a
    screen reader); Check connection's answer sits above the buttons. The card's top
    never moves."""
    app = make_app()
    login = app.login
    fields = (login.base_url, login.api_key, login.api_secret)

    def under(field: QWidget, next_row: QWidget) -> bool:
        message = login.message
        return login.message.isVisible() and bottom(field, login) < top(message, login) < top(
            next_row, login
        )

    def only_marked(field: QWidget | None) -> bool:
        return all(marked(f) == (f is field) for f in fields)

    async def sign_in_and_wait() -> None:
        changes: list[SessionState] = []
        app.events.stateChanged.connect(changes.append)
        click(qtbot, login.sign_in_button)
        await until(
            lambda: changes and app.session.state is SessionState.ERROR and not app.session.busy,
            what="refused",
        )

    async def scenario() -> None:
        await app.start()
        card = login.findChild(QWidget, "login_card")
        card_top = top(card, app.window)

        type_into(qtbot, login.base_url, sandbox_url)
        await sign_in_and_wait()  # no key, no secret
        assert under(login.api_key, login.api_secret)
        assert whole(login.message)
        assert only_marked(login.api_key)
        words = login.message.accessibleDescription()
        assert words
        assert login.api_key.accessibleDescription() == words

        demo = DEMO_ACCOUNTS["kyc1"]
        type_into(qtbot, login.api_key, demo.key)
        type_into(qtbot, login.api_secret, "not-the-secret")
        await sign_in_and_wait()
        assert "401" in login.message.text()
        assert under(login.api_secret, login.remember)
        assert whole(login.message)
        assert only_marked(login.api_secret)
        assert login.api_key.accessibleDescription() == ""

        type_into(qtbot, login.base_url, "http://127.0.0.1:9")  # nothing listens there
        type_into(qtbot, login.api_secret, demo.secret)
        await sign_in_and_wait()
        assert under(login.base_url, login.preset)
        assert only_marked(login.base_url)

        type_into(qtbot, login.base_url, sandbox_url)
        assert login.message.text() == ""  # mending the field takes its error away
        assert only_marked(None)
        click(qtbot, login.check_button)
        await until(lambda: "answered" in login.message.text(), what="the server checked")
        assert bottom(login.remember, login) < top(login.message, login)
        assert top(login.message, login) < top(login.sign_in_button, login)
        assert whole(login.message)  # (once under a field, it was left a line high here)
        assert only_marked(None)
        assert top(card, app.window) == card_top

    run(qloop, scenario())


def demo_windows() -> list[int]:
    """The processes running ``btse-gui --demo kyc3`` started by this test's window."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            words = (entry / "cmdline").read_bytes().split(b"\0")
            state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except (OSError, IndexError):
            continue
        if b"btse_gui.__main__" in b" ".join(words) and b"--demo" in words and state != "Z":
            found.append(int(entry.name))
    return found


def test_the_demo_is_one_click_from_a_first_run(  # type: ignore[no-untyped-def]
    qtbot, qloop, make_app, book, tmp_path, monkeypatch
) -> None:
    """A first run offers the demo; one click opens it in a window of its own (its own
    process, signed in to a sample account, in the window's language); once an account
    is saved the offer goes."""
    from btse_gui.profiles.model import Profile

    state = tmp_path / "demo-state"
    monkeypatch.setenv("XDG_STATE_HOME", str(state))  # the demo window's log, read below
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    log = state / "btse-gui" / "log" / "btse-gui.log"
    app = make_app()
    login = app.login
    before = set(demo_windows())

    async def scenario() -> None:
        await app.start()
        await until(lambda: app.session.view.profiles == (), what="the profiles read")
        assert login.try_demo.isVisible()
        click(qtbot, login.try_demo)
        await until(
            lambda: "signing in: profile 'Demo kyc3'" in (log.read_text() if log.exists() else ""),
            timeout=60,
            what="the demo window signing in",
        )
        book.add(Profile("saved-now", "https://api.example.invalid"))
        await app.session.reload_profiles()
        await until(lambda: not login.try_demo.isVisible(), what="the offer gone")

    try:
        run(qloop, scenario(), timeout=90)
        started = [pid for pid in demo_windows() if pid not in before]
        assert len(started) == 1
        cmdline = Path(f"/proc/{started[0]}/cmdline").read_bytes().split(b"\0")
        assert b"--lang" in cmdline
    finally:
        for pid in set(demo_windows()) - before:
            os.kill(pid, signal.SIGTERM)  # the demo closes as on Ctrl+Q
        deadline = time.monotonic() + 20
        while set(demo_windows()) - before and time.monotonic() < deadline:
            time.sleep(0.05)
    assert not set(demo_windows()) - before, "the demo window did not close on SIGTERM"


def test_a_cancelled_sign_in_keeps_the_secret(qtbot, qloop, make_app, sandbox, sandbox_url) -> None:  # type: ignore[no-untyped-def]
    """Cancel while signing in stops waiting and keeps what was typed (the exchange shows
    a secret only once); Sign out afterwards forgets it."""
    app = make_app()
    login = app.login
    demo = DEMO_ACCOUNTS["kyc3"]

    async def scenario() -> None:
        await app.start()
        fill(qtbot, login, sandbox_url, demo)
        sandbox.set_faults("latency=3000")
        click(qtbot, login.sign_in_button)
        await until(lambda: login.busy.cancel.isVisible(), what="signing in")
        click(qtbot, login.busy.cancel)
        await until(lambda: app.session.state is SessionState.SIGNED_OUT, what="cancelled")
        assert login.api_secret.text() == demo.secret
        sandbox.set_faults("")
        click(qtbot, login.sign_in_button)
        await until(lambda: app.session.state is SessionState.LOADED, what="signed in")
        app.session.sign_out()
        await until(lambda: app.session.state is SessionState.SIGNED_OUT, what="signed out")
        assert login.api_secret.text() == ""

    run(qloop, scenario())


def test_signing_in_shows_one_progress_bar(qtbot, qloop, make_app, sandbox, sandbox_url) -> None:  # type: ignore[no-untyped-def]
    """While signing in, the form's own progress bar (with its Cancel) is the only one."""
    from tests.test_window import progress_bars

    app = make_app()
    login = app.login
    demo = DEMO_ACCOUNTS["kyc3"]

    async def scenario() -> None:
        await app.start()
        fill(qtbot, login, sandbox_url, demo)
        sandbox.set_faults("latency=800")
        click(qtbot, login.sign_in_button)
        await until(lambda: login.busy.isVisible(), what="signing in")
        assert progress_bars(app.window) == [login.busy.bar]
        await until(
            lambda: app.session.state is SessionState.LOADED and not app.session.busy,
            what="signed in",
        )
        assert progress_bars(app.window) == []

    run(qloop, scenario())


def test_the_window_carries_btse_gui_s_icon(qtbot, make_app) -> None:  # type: ignore[no-untyped-def]
    """The title bar and the task bar show btse-gui's icon, at every size they ask for."""
    from PySide6.QtWidgets import QApplication

    app = make_app()  # (its loop's fixture made the application as the start does)
    icon = app.window.windowIcon()
    sizes = {s.width() for s in icon.availableSizes()}
    assert {16, 24, 32, 48, 64, 128, 256} <= sizes
    assert not QApplication.windowIcon().pixmap(32, 32).toImage().isNull()


def test_enter_on_remember_signs_in(qtbot, qloop, make_app, sandbox_url) -> None:  # type: ignore[no-untyped-def]
    """Enter where no control takes it (the Remember box) signs in, as in a dialog."""
    from PySide6.QtCore import Qt

    app = make_app()
    login = app.login
    demo = DEMO_ACCOUNTS["kyc1"]

    async def scenario() -> None:
        await app.start()
        fill(qtbot, login, sandbox_url, demo)
        login.remember.setFocus()
        qtbot.keyClick(login.remember, Qt.Key.Key_Return)
        await until(lambda: app.session.state is SessionState.LOADED, what="signed in")

    run(qloop, scenario())


def test_enter_on_a_saved_account_signs_in_to_it_alone(  # type: ignore[no-untyped-def]
    qtbot, qloop, make_app, sandbox, sandbox_url, book
) -> None:
    """Enter in the saved accounts' list signs in with that account, once: the form
    behind it does not sign in too."""
    import uuid

    from PySide6.QtCore import Qt

    from btse_gui.api.server import Credentials
    from btse_gui.profiles.model import Profile

    demo = DEMO_ACCOUNTS["kyc3"]
    name = f"enter-{uuid.uuid4().hex[:6]}"
    book.add(Profile(name, sandbox_url), Credentials(demo.key, demo.secret))
    app = make_app()
    login = app.login

    async def scenario() -> None:
        await app.start()
        accounts = login.saved_accounts
        await until(lambda: accounts.list.count() == 1, what="the saved account listed")
        accounts.list.setCurrentRow(0)
        accounts.list.setFocus()
        qtbot.keyClick(accounts.list, Qt.Key.Key_Return)
        await until(
            lambda: app.session.state is SessionState.LOADED and not app.session.busy,
            what="signed in",
        )
        assert app.session.profile.name == name
        assert sandbox.stats["requests"] == 3  # one sign-in's three reads, nothing more

    run(qloop, scenario())

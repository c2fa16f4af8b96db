"""The window through its front door: real fields, real clicks, the sandbox on loopback."""

from __future__ import annotations

import contextlib
import itertools
import time

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QWidget

from btse_gui.api.models import Permission
from btse_gui.core.session import SessionState
from btse_gui.sandbox.accounts import DEMO_ACCOUNTS
from btse_gui.sandbox.app import Sandbox
from btse_gui.sandbox.server import serve_in_thread
from tests.gui_helpers import click, run, toggle, type_into, until

FINAL = (SessionState.LOADED, SessionState.ERROR)


async def sign_in(
    qtbot,
    app,
    url: str,
    account: str,
    *,
    secret: str | None = None,  # type: ignore[no-untyped-def]
    remember: bool = False,
    profile: str = "Test",
) -> None:
    login = app.login
    type_into(qtbot, login.profile_name, profile)
    type_into(qtbot, login.base_url, url)
    type_into(qtbot, login.api_key, DEMO_ACCOUNTS[account].key)
    type_into(qtbot, login.api_secret, secret or DEMO_ACCOUNTS[account].secret)
    if login.remember.isChecked() != remember:
        toggle(qtbot, login.remember)
    assert login.remember.isChecked() == remember
    changes: list[SessionState] = []
    app.events.stateChanged.connect(changes.append)
    click(qtbot, login.sign_in_button)
    await until(
        lambda: changes and app.session.state in FINAL and not app.session.busy,
        what="sign-in to finish",
    )


def badge_states(app) -> dict[Permission, tuple[str, bool]]:  # type: ignore[no-untyped-def]
    badges = app.window.account.permissions.badges
    return {p: (b.state, b.mismatch) for p, b in badges.items()}


ALLOWED, BLOCKED = "allowed", "blocked"
P = Permission


def expected(allowed: set[Permission], mismatched: frozenset[Permission] = frozenset()):  # type: ignore[no-untyped-def]
    return {p: (ALLOWED if p in allowed else BLOCKED, p in mismatched) for p in Permission}


CASES = {
    "kyc0": expected(set()),
    "kyc1": expected({P.CRYPTO_DEPOSIT, P.TRANSFER}),
    "kyc2": expected({P.CRYPTO_DEPOSIT, P.CRYPTO_WITHDRAWAL, P.TRADE, P.TRANSFER}),
    "kyc3": expected(set(Permission)),
    "locked": expected(set()),
    "mismatch": expected(
        {P.CRYPTO_WITHDRAWAL, P.FIAT_DEPOSIT, P.TRANSFER},
        frozenset({P.CRYPTO_DEPOSIT, P.CRYPTO_WITHDRAWAL, P.FIAT_DEPOSIT}),
    ),
}


@pytest.mark.parametrize("account", sorted(CASES))
def test_badges_after_signing_in(qtbot, qloop, make_app, sandbox_url, account) -> None:  # type: ignore[no-untyped-def]
    app = make_app()

    async def scenario() -> None:
        await app.start()
        await sign_in(qtbot, app, sandbox_url, account)

    run(qloop, scenario())
    assert app.session.state is SessionState.LOADED
    assert app.window.pages.currentWidget() is app.window.account
    assert badge_states(app) == CASES[account]
    level = DEMO_ACCOUNTS[account].user["kycLevel"]  # type: ignore[index]
    badges = app.window.account.permissions.badges
    assert (
        badges[P.CRYPTO_WITHDRAWAL]
        .toolTip()
        .startswith(f"Requires KYC level 2 or higher; this account is level {level}.")
        or account == "locked"
    )
    assert badges[P.FIAT_DEPOSIT].accessibleName().startswith("TWD deposit: ")
    if account == "locked":
        for badge in badges.values():
            assert "this account is locked" in badge.toolTip()
    if account == "mismatch":
        tip = badges[P.FIAT_DEPOSIT].toolTip()
        assert "Requires KYC level 3; this account is level 1." in tip
        assert "the server says allowed, but the KYC rule says blocked" in tip
        assert "(marked ⚠)" in app.window.account.status_line.text()  # what ⚠ means
    profile = app.window.account.profile.values
    assert profile["username"].text() == DEMO_ACCOUNTS[account].user["username"]  # type: ignore[index]
    assert profile["kyc"].text().endswith(f"level {level}")
    if account == "locked":
        assert profile["status"].text() == "Locked"


@pytest.mark.parametrize(
    ("account", "vip", "spread"), [("vip", "Yes", "0.05%"), ("kyc2", "No", "0.1%")]
)
def test_vip_pane(qtbot, qloop, make_app, sandbox_url, account, vip, spread) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    run(qloop, sign_in(qtbot, app, sandbox_url, account))
    values = app.window.account.vip.values
    assert values["is_vip"].text() == vip
    assert values["spread"].text() == spread


def test_wrong_secret_shows_401_inline_and_no_data(qtbot, qloop, make_app, sandbox_url) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    run(qloop, sign_in(qtbot, app, sandbox_url, "kyc3", secret="definitely-wrong"))
    assert app.session.state is SessionState.ERROR
    assert app.session.snapshot is None
    assert app.window.pages.currentWidget() is app.login
    message = app.login.message.text()
    assert "401" in message
    assert "Check the key and secret" in message
    assert "definitely-wrong" not in message
    assert app.window.account.profile.values["username"].text() == "—"


def test_expired_token_keeps_data_marked_stale(
    qtbot, qloop, make_app, sandbox, sandbox_url
) -> None:  # type: ignore[no-untyped-def]
    app = make_app()

    async def scenario() -> None:
        await sign_in(qtbot, app, sandbox_url, "kyc2")
        sandbox.expire("kyc2")
        qtbot.keyClick(app.window, Qt.Key.Key_F5)
        await until(lambda: app.session.state is SessionState.EXPIRED, what="expiry")

    run(qloop, scenario())
    account = app.window.account
    assert app.window.pages.currentWidget() is account
    assert "sign in with a new API key" in account.banner.text()
    assert "Showing data from" in account.banner.text()
    assert "signed in" not in account.subtitle.text()  # no longer true under an expired key
    assert account.stale
    assert account.sign_in_again.isVisible()
    assert account.profile.values["username"].text() == "kyc2demo"  # the last good data
    assert badge_states(app) == CASES["kyc2"]
    assert app.window.status.state_label.text() == "Session expired"


def test_server_down_mid_session_keeps_last_data(qtbot, qloop, make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    server = serve_in_thread(Sandbox())
    url = server.__enter__()
    try:

        async def scenario() -> None:
            await sign_in(qtbot, app, url, "kyc1")
            server.__exit__(None, None, None)
            click(qtbot, app.window.account.refresh_button)
            await until(lambda: app.session.state is SessionState.STALE, what="stale")

        run(qloop, scenario())
    finally:
        with contextlib.suppress(Exception):
            server.__exit__(None, None, None)
    account = app.window.account
    assert "Could not connect" in account.banner.text()
    assert account.stale
    assert account.profile.values["username"].text() == "kyc1demo"
    assert app.window.status.state_label.text() == "Showing old data"


def progress_bars(window: QWidget) -> list[QWidget]:
    """The window's visible progress bars."""
    from PySide6.QtWidgets import QProgressBar

    return [bar for bar in window.findChildren(QProgressBar) if bar.isVisible()]


def test_ui_keeps_running_during_a_slow_refresh(
    qtbot, qloop, make_app, sandbox, sandbox_url
) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))

    async def scenario() -> None:
        await sign_in(qtbot, app, sandbox_url, "kyc3")
        sandbox.set_faults("latency=2000")
        timer.start()
        click(qtbot, app.window.account.refresh_button)
        await until(lambda: app.session.state is SessionState.REFRESHING)
        # One progress bar, the page's own (with its Cancel), not a second in the status bar.
        assert progress_bars(app.window) == [app.window.account.busy.bar]
        await until(lambda: app.session.state is SessionState.LOADED, what="slow refresh")
        timer.stop()

    run(qloop, scenario())
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    assert ticks[-1] - ticks[0] >= 1.9
    # A blocked UI thread would show one gap of about 2 s; allow for a busy machine.
    assert max(gaps) < 0.25, f"the event loop stalled for {max(gaps):.3f} s"
    assert progress_bars(app.window) == []


def test_second_refresh_cancels_the_first(qtbot, qloop, make_app, sandbox, sandbox_url) -> None:  # type: ignore[no-untyped-def]
    app = make_app()

    async def scenario() -> None:
        await sign_in(qtbot, app, sandbox_url, "kyc3")
        sandbox.set_faults("latency=500")
        before = sandbox.stats["requests"]
        first = app.session.refresh()
        second = app.session.refresh()
        import asyncio

        results = await asyncio.gather(first, second)
        assert results == [None, None]
        assert app.session.state is SessionState.LOADED
        # Both refreshes started their three reads, but only one round of answers landed.
        assert sandbox.stats["requests"] - before in (3, 6)

    run(qloop, scenario())


def test_sign_out_forgets_the_secret(qtbot, qloop, make_app, sandbox_url) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    run(qloop, sign_in(qtbot, app, sandbox_url, "kyc3"))
    assert app.login.api_secret.text() == ""  # not kept in the widget after sign-in
    click(qtbot, app.window.account.sign_out_button)
    assert app.session.state is SessionState.SIGNED_OUT
    assert not app.session.signed_in
    assert app.session.snapshot is None
    assert app.window.pages.currentWidget() is app.login


def test_a_saved_account_signs_in_again_after_sign_out(  # type: ignore[no-untyped-def]
    qtbot, qloop, make_app, sandbox_url, book
) -> None:
    """Signed in with Remember, signed out: the form says the key is saved, the secret
    field is empty, and Sign in uses the saved key (a key typed over it does not)."""
    import uuid

    name = f"again-{uuid.uuid4().hex[:8]}"
    app = make_app()

    async def scenario() -> None:
        await app.start()
        await sign_in(qtbot, app, sandbox_url, "kyc2", remember=True, profile=name)
        await until(lambda: app.session.profile.remembered, what="saved")
        click(qtbot, app.window.account.sign_out_button)
        login = app.login
        assert app.session.state is SessionState.SIGNED_OUT
        assert login.api_secret.text() == ""
        assert login.remember.isChecked()
        assert "leave the secret empty" in login.keychain_status.text()

        click(qtbot, login.sign_in_button)
        await until(lambda: app.session.state is SessionState.LOADED, what="signed in again")
        assert app.session.snapshot.profile.username == DEMO_ACCOUNTS["kyc2"].user["username"]
        assert app.session.profile.name == name

        click(qtbot, app.window.account.sign_out_button)
        type_into(qtbot, login.api_key, DEMO_ACCOUNTS["kyc3"].key)  # another key: no saved one
        click(qtbot, login.sign_in_button)
        await until(lambda: app.session.state is SessionState.ERROR, what="refused")
        assert "empty" in app.session.message

    run(qloop, scenario())


def test_the_demo_signs_in_again_after_sign_out(qtbot, qloop, make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app(demo="")

    async def scenario() -> None:
        await app.start()
        login = app.login
        for _ in range(2):
            click(qtbot, login.sign_in_button)
            await until(lambda: app.session.state is SessionState.LOADED, what="signed in")
            click(qtbot, app.window.account.sign_out_button)
            assert app.session.state is SessionState.SIGNED_OUT
            assert login.api_secret.text() != ""  # the demo's own, built in

    run(qloop, scenario())


def test_check_connection(qtbot, qloop, make_app, sandbox_url) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    login = app.login

    async def scenario() -> None:
        type_into(qtbot, login.base_url, sandbox_url)
        type_into(qtbot, login.api_key, DEMO_ACCOUNTS["kyc1"].key)
        type_into(qtbot, login.api_secret, DEMO_ACCOUNTS["kyc1"].secret)
        click(qtbot, login.check_button)
        await until(lambda: "accepted" in login.message.text(), what="check")

    run(qloop, scenario())
    text = login.message.text()
    assert "answered" in text
    assert "The key and secret are accepted. Signed in: yes." in text


def test_secret_is_masked_until_revealed(qtbot, qloop, make_app) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLineEdit

    app = make_app()
    login = app.login
    assert login.api_secret.echoMode() == QLineEdit.EchoMode.Password
    click(qtbot, login.reveal)
    assert login.api_secret.echoMode() == QLineEdit.EchoMode.Normal
    click(qtbot, login.reveal)
    assert login.api_secret.echoMode() == QLineEdit.EchoMode.Password


def test_widgets_have_names_for_tests_and_screen_readers(qtbot, qloop, make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    login = app.login
    for widget in (
        login.profile_name,
        login.base_url,
        login.api_prefix,
        login.api_key,
        login.api_secret,
        login.remember,
        login.sign_in_button,
        login.check_button,
        app.window.account.refresh_button,
        app.window.account.sign_out_button,
    ):
        assert widget.objectName()
        assert widget.accessibleName()


def test_clock_skew_shows_in_the_status_bar(qtbot, qloop, make_app, serve) -> None:  # type: ignore[no-untyped-def]
    from btse_gui.sandbox.app import SandboxConfig

    url = serve(Sandbox(SandboxConfig(clock_offset_ms=600_000)))
    app = make_app()
    run(qloop, sign_in(qtbot, app, url, "kyc1"))
    assert app.session.state is SessionState.LOADED
    skew = app.window.status.skew_label
    assert skew.isVisible()
    assert skew.text().startswith("Clock skew +60")  # +600.0 s, give or take the round trip


def test_no_skew_shown_when_clocks_agree(qtbot, qloop, make_app, sandbox_url) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    run(qloop, sign_in(qtbot, app, sandbox_url, "kyc1"))
    assert not app.window.status.skew_label.isVisible()
    assert app.window.status.updated_label.text().startswith("Updated ")


@pytest.mark.parametrize("keys", ["Ctrl+Q", "Ctrl+W"])
def test_keyboard_closes_the_window(qtbot, qloop, make_app, keys) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QKeySequence
    from PySide6.QtTest import QTest

    app = make_app()
    closed: list[bool] = []
    app.window.closed.connect(lambda: closed.append(True))
    app.window.activateWindow()
    qtbot.waitUntil(app.window.isActiveWindow, timeout=5000)
    sequence = QKeySequence(keys)
    combo = sequence[0]
    QTest.keyClick(app.window, combo.key(), combo.keyboardModifiers())
    assert closed == [True]
    assert not app.window.isVisible()


def test_forget_saved_key_after_confirmation(qtbot, qloop, make_app, sandbox_url, book) -> None:  # type: ignore[no-untyped-def]
    import uuid

    from PySide6.QtWidgets import QMessageBox, QPushButton

    from btse_gui.profiles.keychain import CredentialStore

    name = f"forget-{uuid.uuid4().hex[:8]}"
    app = make_app()
    item: list[str] = []

    async def scenario() -> None:
        await app.start()
        await sign_in(qtbot, app, sandbox_url, "kyc2", remember=True, profile=name)
        await until(lambda: app.session.profile.remembered, what="saved")
        item.append(book.get(name).keychain_item)
        assert CredentialStore().load(item[0]) is not None
        assert app.window.forget_action.isEnabled()
        app.window.forget_action.trigger()
        box = app.window.findChild(QMessageBox, "confirm_forget")
        assert box is not None
        assert name in box.text()
        forget = box.findChild(QPushButton, "confirm_forget_yes")
        assert forget.text() == "Forget key"  # the verb, not Yes
        click(qtbot, forget)
        await until(
            lambda: book.get(name).keychain_item is None and not book.file.read().pending,
            what="forgotten: the item deleted and the journal cleared",
        )
        assert CredentialStore().load(item[0]) is None

    run(qloop, scenario())
    assert book.get(name).keychain_item is None
    assert app.session.state is SessionState.SIGNED_OUT
    assert not app.session.signed_in


def test_copy_summary_is_redacted_and_complete(qtbot, qloop, make_app, sandbox_url) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QAction, QGuiApplication

    app = make_app()
    run(qloop, sign_in(qtbot, app, sandbox_url, "mismatch", profile="Ticket 42"))
    QGuiApplication.clipboard().clear()
    app.window.activateWindow()
    qtbot.waitUntil(app.window.isActiveWindow, timeout=5000)
    qtbot.keyClick(
        app.window,
        Qt.Key.Key_C,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    text = QGuiApplication.clipboard().text()
    account = DEMO_ACCOUNTS["mismatch"]
    assert text.startswith("btse-gui account summary")
    assert "Profile: Ticket 42" in text
    assert "Username: mismatchdemo" in text
    assert "Email: mi***@demo.btse-gui.invalid" in text
    assert "KYC: passed, level 1" in text
    assert "Status: Normal" in text
    assert "VIP: no, spread 0.1%" in text
    assert text.count("  ") >= 6  # one line per permission
    assert "Server flag mismatches: USDT deposit, USDT withdrawal, TWD deposit" in text
    assert "Data as of: " in text
    for secret in (account.key, account.secret, "mismatchdemo@"):
        assert secret not in text
    # Each blocked permission says why and what would unblock it.
    assert "TWD withdrawal: blocked (requires KYC level 3; this account is level 1)" in text
    # The button does the same.
    QGuiApplication.clipboard().clear()
    click(qtbot, app.window.account.copy_button)
    assert QGuiApplication.clipboard().text() == text
    # In the other language, whatever the window speaks (the window stays English).
    app.window.findChild(QAction, "action_copy_summary_zh_TW").trigger()
    chinese = QGuiApplication.clipboard().text()
    assert chinese.startswith("btse-gui 帳戶摘要")
    assert "提取 TWD: 封鎖" in chinese
    assert app.window.copy_action.text() == "&Copy summary"
    app.window.findChild(QAction, "action_copy_summary_en").trigger()
    assert QGuiApplication.clipboard().text() == text


def test_auto_refresh_runs_and_pauses_while_hidden(
    qtbot, qloop, make_app, sandbox, sandbox_url
) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    auto = app.window.auto_refresh
    assert auto.seconds == 0  # off by default
    assert not auto.running

    async def scenario() -> None:
        await sign_in(qtbot, app, sandbox_url, "kyc2")
        before = sandbox.stats["requests"]
        auto.set_interval(0.2)
        assert auto.running
        await until(lambda: sandbox.stats["requests"] >= before + 6, what="two auto-refreshes")
        app.window.hide()
        assert not auto.running
        import asyncio

        await asyncio.sleep(0.1)  # let a refresh already in flight land
        paused_at = sandbox.stats["requests"]
        await asyncio.sleep(0.7)
        assert sandbox.stats["requests"] == paused_at  # nothing while hidden
        app.window.show()
        assert auto.running
        # Off again before the loop stops: pytest-qt processes Qt events after the
        # test with no asyncio loop running, and a tick then would start a refresh
        # that can neither run nor close its connection.
        auto.set_interval(0)
        await until(lambda: not app.session.busy, what="the last refresh landed")

    run(qloop, scenario())


def test_badges_take_their_colours_from_the_palette(qtbot, qloop, make_app, sandbox_url) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication, QWidget

    app = make_app()
    run(qloop, sign_in(qtbot, app, sandbox_url, "mismatch"))
    original = QApplication.palette()
    import re

    for widget in app.window.findChildren(QWidget):
        sheet = widget.styleSheet()
        assert not re.search(r"#[0-9a-fA-F]{3,8}\b", sheet), widget.objectName()  # no hex
    badge = app.window.account.permissions.badges[P.TRADE]
    schemes = (("#f3f3f3", "#ffffff", "#101010"), ("#202124", "#2b2c30", "#e8eaed"))
    for window, base, text in schemes:
        palette = QPalette()
        palette.setColor(QPalette.ColorRole.Window, QColor(window))
        palette.setColor(QPalette.ColorRole.Base, QColor(base))
        palette.setColor(QPalette.ColorRole.Text, QColor(text))
        palette.setColor(QPalette.ColorRole.WindowText, QColor(text))
        QApplication.setPalette(palette)  # what the desktop's colour scheme switch does
        QApplication.processEvents()
        image = badge.grab().toImage()
        inside = image.pixelColor(4, image.height() // 2)
        dark = QColor(window).lightness() < 128
        QApplication.setPalette(original)
        assert (inside.lightness() < 128) == dark, (window, inside.name())


def test_tab_order_on_the_sign_in_form(qtbot, qloop, make_app) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    app = make_app()
    login = app.login
    app.window.activateWindow()
    qtbot.waitUntil(app.window.isActiveWindow, timeout=5000)
    login.set_keychain("the system keyring (Secret Service)")  # enables Remember
    login.profile_name.setFocus()
    order = [QApplication.focusWidget().objectName()]
    for _ in range(9):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget().objectName())
    assert order == [
        "profile_name",
        "base_url",
        "server_convention",
        "api_key",
        "api_secret",
        "reveal_secret",
        "try_demo",
        "remember",
        "check_connection",
        "sign_in",
    ]


def test_help_menu_has_about_and_about_qt(qtbot, qloop, make_app) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from btse_gui import app_version
    from btse_gui.gui.settings import APP_ID, HOME_PAGE

    app = make_app()
    window = app.window
    assert window.help_menu.actions()[-1] is window.about_qt_action
    assert window.about_qt_action.text() == "About &Qt"
    window.about_action.trigger()
    box = window.findChild(QMessageBox, "about_box")
    assert box is not None
    assert f"btse-gui {app_version()}" in box.text()
    assert HOME_PAGE in box.text()
    assert "LGPL-3.0" in box.text()
    box.close()
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.desktopFileName() == APP_ID


def test_this_session_only_keeps_nothing(qtbot, qloop, make_app, sandbox_url, book) -> None:  # type: ignore[no-untyped-def]
    """Signed in without Remember: the form said "this session only", and no profile is
    written (not in the file, the selector or the overview)."""
    import uuid

    name = f"once-{uuid.uuid4().hex[:8]}"
    app = make_app()

    async def scenario() -> None:
        await app.start()
        assert "this session only" in app.login.keychain_status.text()
        await sign_in(qtbot, app, sandbox_url, "kyc2", remember=False, profile=name)
        assert app.session.state is SessionState.LOADED
        assert not app.session.busy

    run(qloop, scenario())
    assert name.casefold() not in {p.name.casefold() for p in book.all()}


def test_the_window_title_names_the_account(qtbot, qloop, make_app, sandbox_url) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    assert app.window.windowTitle() == "btse-gui"
    run(qloop, sign_in(qtbot, app, sandbox_url, "kyc3"))
    assert app.window.windowTitle() == "kyc3demo — btse-gui"
    click(qtbot, app.window.account.sign_out_button)
    assert app.window.windowTitle() == "btse-gui"


def test_tab_order_on_the_account_page(qtbot, qloop, make_app, sandbox_url) -> None:  # type: ignore[no-untyped-def]
    """The selector at the top comes before the buttons; the scroll area round the
    values is no Tab stop of its own (it showed no focus)."""
    import uuid

    from PySide6.QtWidgets import QApplication

    app = make_app()

    async def signed_in() -> None:
        await app.start()
        name = f"tabs-{uuid.uuid4().hex[:6]}"
        await sign_in(qtbot, app, sandbox_url, "kyc3", remember=True, profile=name)

    run(qloop, signed_in())
    app.window.activateWindow()
    qtbot.waitUntil(app.window.isActiveWindow, timeout=5000)
    selector = app.window.profiles.selector
    assert selector.isVisible()
    selector.setFocus()
    order = [QApplication.focusWidget().objectName()]
    for _ in range(12):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget().objectName())
    assert order[:4] == ["profile_selector", "refresh", "copy_summary", "sign_out"]
    assert order[10] == "profile_selector"  # round: the six badges, then the top again
    assert "account_scroll" not in order


def test_a_first_run_asks_only_what_a_person_knows(qtbot, qloop, make_app) -> None:  # type: ignore[no-untyped-def]
    """No saved profile: the cursor waits in the server field; the prefixes are the
    convention's and shown only for Custom; the form says where a key comes from."""
    from PySide6.QtWidgets import QApplication

    app = make_app()
    run(qloop, app.start())
    login = app.login
    app.window.activateWindow()
    qtbot.waitUntil(app.window.isActiveWindow, timeout=5000)
    assert QApplication.focusWidget() is login.base_url
    assert not login.api_prefix.isVisible()
    assert not login.header_prefix.isVisible()
    assert "API settings" in login.key_hint.text()
    assert login.key_hint.isVisible()
    custom = login.preset.findData("custom")
    login.preset.setCurrentIndex(custom)
    assert login.api_prefix.isVisible()
    assert login.header_prefix.isVisible()


def test_the_sign_in_form_keeps_its_place_and_says_the_truth(  # type: ignore[no-untyped-def]
    qtbot, qloop, make_app, sandbox_url
) -> None:
    """A failed sign-in puts the cursor where the problem is (not in Profile); Check
    connection answers with the right mark, tests the server with half a key pair,
    and its answer is not replaced by the older error; the card does not move."""
    from PySide6.QtWidgets import QApplication

    app = make_app()
    login = app.login

    async def scenario() -> None:
        await app.start()
        app.window.activateWindow()
        qtbot.waitUntil(app.window.isActiveWindow, timeout=5000)
        card = login.findChild(QWidget, "login_card")
        top = card.mapTo(app.window, card.rect().topLeft()).y()
        type_into(qtbot, login.base_url, sandbox_url)
        click(qtbot, login.sign_in_button)  # no key, no secret
        await until(lambda: app.session.state is SessionState.ERROR, what="refused")
        assert QApplication.focusWidget() is login.api_key
        assert login.profile_name.selectedText() == ""
        assert card.mapTo(app.window, card.rect().topLeft()).y() == top  # did not move

        type_into(qtbot, login.api_key, DEMO_ACCOUNTS["kyc1"].key)  # the secret still empty
        click(qtbot, login.check_button)
        await until(lambda: "answered" in login.message.text(), what="the server checked")
        assert login.message.text().startswith("ℹ")
        app.window.show_view()  # what the window's 15 s tick does
        assert "answered" in login.message.text()  # not the older "key or secret" error

        type_into(qtbot, login.base_url, "http://127.0.0.1:9")  # nothing listens there
        type_into(qtbot, login.api_secret, DEMO_ACCOUNTS["kyc1"].secret)
        click(qtbot, login.check_button)
        await until(lambda: "Could not connect" in login.message.text(), what="unreachable")
        assert login.message.text().count("127.0.0.1:9") == 1  # said once, not twice
        assert login.message.text().startswith("✖")
        assert QApplication.focusWidget() is login.check_button

    run(qloop, scenario())


def test_saved_accounts_on_the_sign_in_page(qtbot, qloop, make_app, sandbox_url, book) -> None:  # type: ignore[no-untyped-def]
    """The sign-in page lists the saved accounts (server, key saved or not): one with a
    key signs in with one click; one without asks for its key; Add account… gives an
    empty form that will be remembered."""
    import uuid

    from btse_gui.api.server import Credentials
    from btse_gui.profiles.model import Profile

    tag = uuid.uuid4().hex[:6]
    with_key, without_key = f"keyed-{tag}", f"keyless-{tag}"
    demo = DEMO_ACCOUNTS["kyc3"]
    book.add(Profile(with_key, sandbox_url), Credentials(demo.key, demo.secret))
    book.add(Profile(without_key, sandbox_url))
    app = make_app()

    async def scenario() -> None:
        await app.start()
        await app.session.reload_profiles()
        accounts = app.login.saved_accounts
        await until(lambda: accounts.list.count() == 2, what="listed")
        assert accounts.isVisible()
        texts = [accounts.list.item(i).text() for i in range(accounts.list.count())]
        assert any(t.startswith(with_key) and "key saved" in t for t in texts)
        assert any(t.startswith(without_key) and "no key saved" in t for t in texts)

        row = next(i for i, t in enumerate(texts) if t.startswith(without_key))
        accounts.list.setCurrentRow(row)
        click(qtbot, accounts.sign_in_button)
        await until(lambda: app.login.profile_name.text() == without_key, what="asked for its key")
        assert app.login.api_key.text() == ""

        row = next(i for i, t in enumerate(texts) if t.startswith(with_key))
        accounts.list.setCurrentRow(row)
        click(qtbot, accounts.sign_in_button)
        await until(lambda: app.session.state is SessionState.LOADED, what="one click")
        assert app.session.profile.name == with_key
        assert app.window.account.profile.values["username"].text() == "kyc3demo"

        click(qtbot, app.window.account.sign_out_button)
        click(qtbot, accounts.add_button)
        assert app.login.profile_name.text() == ""
        assert app.login.base_url.text() == ""
        assert app.login.remember.isChecked()

    run(qloop, scenario())

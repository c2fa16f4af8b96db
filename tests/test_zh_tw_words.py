"""Not one English word in zh_TW: the window's states (what is on screen and what a
screen reader hears) and the command line's messages, walked as a person would meet them.

What may stay in Latin letters is listed, each with why: names of things (BTSE, API,
KYC, VIP, USDT, TWD, btse-gui, the Secret Service), the account's own data (user
names, e-mail addresses, servers), the server's own words quoted 「…」 or “…”, and on the
command line its syntax (flags, metavariables, command and choice names)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTableView,
    QWidget,
)

from btse_gui.core.session import SessionState
from btse_gui.sandbox.accounts import DEMO_ACCOUNTS
from tests.gui_helpers import run, type_into, until
from tests.test_cli import btse_gui
from tests.test_window import sign_in

#: Names of things, the same in every language (English in the language menu: each
#: language is offered in its own words; Ctrl and Shift: the keys' own labels).
NAMES = {"BTSE", "API", "KYC", "VIP", "USDT", "TWD", "Secret", "Service", "CSV", "JSON", "UTC"}
NAMES |= {"Qt", "English", "Ctrl", "Shift", "Esc"}
#: Data and quoted words: removed before the words are counted.
NOT_WORDS = [
    re.compile(p)
    for p in (
        r"「[^」]*」",  # the server's own words, quoted
        r"“[^”]*”",
        r"<[^>]+>",  # rich text's tags
        r"https?://\S+",  # servers
        r"(?<!\w)/[\w./-]+",  # the API's paths (/v1/user, /api/v3.2)
        r"\b[a-z]+-(?=\s|$|、|，|）)",  # header prefixes (btse-, request-)
        r"（[A-Za-z][A-Za-z -]*）",  # a term's English name after it, for the server's words
        r"\S+@\S+",  # e-mail addresses (masked or not)
        r"\b\w*demo\b",  # the demo's user names
        r"btse-gui",
        r"\b[\w.-]+\.invalid\b",
        r"\(\*\.\w+\)",  # a file dialog's pattern: (*.csv)
    )
]
WORD = re.compile(r"[A-Za-z]{2,}")


def english(texts: Iterable[str], also: Iterable[str] = (), data: Iterable[str] = ()) -> set[str]:
    """The English words in ``texts`` (``also``: more words allowed here; ``data``:
    strings that are the account's data here, taken out whole)."""
    allowed = NAMES | set(also)
    found: set[str] = set()
    for text in texts:
        for value in data:
            text = text.replace(value, " ")
        for pattern in NOT_WORDS:
            text = pattern.sub(" ", text)
        found |= {w for w in WORD.findall(text) if w not in allowed}
    return found


def shown_texts(window: QWidget) -> list[str]:
    """What a person reads in the window now, and what a screen reader hears: words of
    visible widgets, their accessible names and descriptions, tooltips, the menus'
    entries and the tables' headers."""
    texts: list[str] = []
    for widget in [window, *window.findChildren(QWidget)]:
        if isinstance(widget, QMenu):
            texts += [a.text() for a in widget.actions()]
            continue
        if not widget.isVisible():
            continue
        texts += [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip()]
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QLineEdit) and not widget.text():
            texts.append(widget.placeholderText())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            texts += [str(model.headerData(c, _horizontal())) for c in range(model.columnCount())]
            texts += [
                str(model.index(r, c).data())
                for r in range(min(model.rowCount(), 20))
                for c in range(model.columnCount())
            ]
    if isinstance(window, QMainWindow):
        texts += [a.text() for a in window.menuBar().actions()]
    return texts


def _horizontal():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def test_the_window_s_states_in_zh_tw_have_no_english_word(  # type: ignore[no-untyped-def]
    qtbot, qloop, make_app, sandbox, sandbox_url, book
) -> None:
    """The sign-in form (first run, a refused key, an unreachable server), each demo
    account's page (kyc0 to vip, locked, mismatch), old data (the server gone), an
    expired key, a key without read permission, and the accounts overview."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from tests.test_overview import add_profiles, all_filled

    app = make_app()
    app.set_language("zh_TW")
    profile = "P1"  # the profile's name is the person's own (no word of it is counted)
    seen: dict[str, set[str]] = {}
    names: list[str] = []  # the saved profiles' names: data

    def look(state: str) -> None:
        words = english(shown_texts(app.window), data=names)
        if words:
            seen[state] = words

    async def scenario() -> None:
        await app.start()
        look("first run")
        await sign_in(qtbot, app, sandbox_url, "kyc1", secret="wrong", profile=profile)
        look("refused key")
        await sign_in(qtbot, app, "http://127.0.0.1:9", "kyc1", profile=profile)
        look("unreachable server")
        login = app.login
        type_into(qtbot, login.base_url, sandbox_url)
        type_into(qtbot, login.api_secret, "not-the-secret")
        login.check_button.click()
        await until(lambda: "金鑰未被接受" in login.message.text(), what="the check")
        look("check connection: key refused")
        # Chinese sentences follow each other without the spaces English puts between.
        assert not re.search(r"[。：，] ", login.message.text()), login.message.text()
        for account in ("kyc0", "kyc1", "kyc2", "kyc3", "locked", "mismatch", "vip"):
            if app.session.signed_in:
                app.session.sign_out()
            await sign_in(qtbot, app, sandbox_url, account, profile=profile)
            assert app.session.state is SessionState.LOADED, account
            look(account)
        app.session.sign_out()
        await sign_in(qtbot, app, sandbox_url, "noread", profile=profile)
        look("no read permission")
        await sign_in(qtbot, app, sandbox_url, "kyc2", profile=profile)
        sandbox.expire("kyc2")
        app.window.account.refresh_button.click()
        await until(lambda: app.session.state is SessionState.EXPIRED, what="expired")
        look("expired")
        await sign_in(qtbot, app, sandbox_url, "kyc3", profile=profile)
        sandbox.set_faults("status=500")
        app.window.account.refresh_button.click()
        await until(lambda: app.session.state is SessionState.STALE, what="old data")
        look("old data")
        sandbox.set_faults("")
        names.extend(add_profiles(book, sandbox_url, ("kyc1", "locked", "mismatch", "noread")))
        app.window.activateWindow()
        keys = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        QTest.keyClick(app.window, Qt.Key.Key_A, keys)  # the overview, as a person opens it
        page = app.window.overview.page
        await until(lambda: all_filled(page), timeout=60, what="the overview filled")
        look("overview")
        page.choose_export("csv")  # Qt's own file dialog, in the window's language
        dialog = page.findChild(QFileDialog, "overview_export_dialog")
        words = english(shown_texts(dialog))
        if words:
            seen["the export dialog"] = words
        dialog.reject()

    try:
        run(qloop, scenario(), timeout=180)
    finally:
        app.set_language("en")
    assert seen == {}, seen


#: The command line's syntax, the same in every language: flags, metavariables and
#: variables (upper case), choices, paths and files, examples (name=value), and the
#: command names and header prefixes.
SYNTAX = [
    re.compile(p)
    for p in (
        r"https?://\S+",
        r"(?<![\w-])--?[A-Za-z][\w-]*",
        r"\b[A-Z][A-Z0-9_]+\b",
        r"\{[^}]*\}",
        r"(?<!\w)/\S+",
        r"\S+\.json\b",
        r"\b\w+=\S+",
        r"\b[a-z]+_[A-Za-z_]+\b",  # names in a file's format (schema_version), zh_TW
        r"'[^']*'",  # what the person typed, quoted back
    )
]
COMMANDS = {"lookup", "profiles", "keychain", "sandbox", "add", "list", "remove", "rename"}
COMMANDS |= {"check", "btse", "request", "spec", "spot", "futures", "kyc", *DEMO_ACCOUNTS}
#: What the keychain's library calls its backends (keyring.backends.fail.Keyring).
BACKENDS = re.compile(r"[(（]keyring\.[\w.]+[)）]")


def cli_english(out: str) -> set[str]:
    for pattern in (*SYNTAX, BACKENDS):
        out = pattern.sub(" ", out)
    return english([out], COMMANDS)


@pytest.mark.parametrize(
    "args",
    [
        ("lookup", "--demo", "kyc1"),
        ("lookup", "--demo", "locked", "--summary"),
        ("lookup", "--demo", "mismatch"),
        ("lookup", "--demo", "expired"),
        ("lookup", "--demo", "noread"),
        ("lookup", "--all"),
        ("lookup", "--profile", "nobody"),
        ("lookup", "--server", "http://127.0.0.1:9"),
        ("lookup", "--bogus"),
        ("profiles", "list"),
        ("profiles", "check"),
        ("keychain",),
        ("--help",),
        ("lookup", "--help"),
        ("profiles", "--help"),
    ],
    ids=" ".join,
)
def test_the_command_line_in_zh_tw_has_no_english_word(
    args: tuple[str, ...], tmp_path: Path
) -> None:
    env = {
        "LC_ALL": "zh_TW.UTF-8",
        "LANGUAGE": "zh_TW",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "BTSE_API_KEY": DEMO_ACCOUNTS["kyc1"].key,  # for --server: a key, so the server is asked
        "BTSE_API_SECRET": DEMO_ACCOUNTS["kyc1"].secret,
    }
    result = btse_gui(*args, env=env)
    out = result.stdout + result.stderr
    assert out.strip()
    assert cli_english(out) == set(), out

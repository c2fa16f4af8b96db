"""Credentials in the real Secret Service (gnome-keyring in a private D-Bus session)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import uuid
from pathlib import Path

import keyring
import keyring.core
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel, QWidget

from btse_gui.api.server import Credentials
from btse_gui.core.session import SessionState
from btse_gui.gui.opening import Kind, choose
from btse_gui.gui.options import GuiOptions
from btse_gui.gui.settings import Settings
from btse_gui.gui.startup.first_frame import FirstFrame
from btse_gui.profiles.keychain import CredentialStore, KeychainDataError, KeychainUnavailableError
from btse_gui.sandbox.accounts import DemoAccount
from btse_gui.sandbox.app import Sandbox, SandboxConfig
from btse_gui.sandbox.server import serve_in_thread
from tests.gui_helpers import click, run, toggle, type_into, until
from tests.hostile import USER
from tests.leaks import files_containing, private_dirs
from tests.test_window import sign_in

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def profile_name():  # type: ignore[no-untyped-def]
    name = f"test-{uuid.uuid4().hex[:8]}"
    yield name
    CredentialStore().delete(name)


def test_store_round_trip_in_the_secret_service(profile_name: str) -> None:
    store = CredentialStore()
    assert store.backend_name() == "the system keyring (Secret Service)"
    assert store.load(profile_name) is None
    store.save(profile_name, Credentials("key-1234567", "secret-7654321"))
    assert store.load(profile_name) == Credentials("key-1234567", "secret-7654321")
    # One item per profile, holding key and secret together.
    stored = keyring.get_password("btse-gui", profile_name)
    assert stored is not None
    assert "secret-7654321" in stored
    store.delete(profile_name)
    assert store.load(profile_name) is None
    store.delete(profile_name)  # deleting what is not there is fine


def test_many_secrets_are_read_together_and_each_as_load_reads_it() -> None:
    store = CredentialStore()
    tag = uuid.uuid4().hex[:8]
    names = [f"test-{tag}-{i:02}" for i in range(30)]
    saved = {name: Credentials(f"key-{name}", f"secret-{name}") for name in names[:28]}
    try:
        for name, credentials in saved.items():
            store.save(name, credentials)
        keyring.set_password("btse-gui", names[28], "not json")  # damaged
        # names[29]: never saved
        started = time.perf_counter()
        one_by_one = {name: store.load(name) for name in saved}
        each_alone = time.perf_counter() - started
        started = time.perf_counter()
        together = list(store.load_each(names))
        read_together = time.perf_counter() - started
        assert [name for name, _ in together] == names  # in order, each once
        results = dict(together)
        assert {name: results[name] for name in saved} == one_by_one == saved
        assert isinstance(results[names[28]], KeychainDataError)
        assert results[names[29]] is None
        # One connection and session for all, instead of one each: several times faster.
        print(f"\n28 secrets: {each_alone:.2f} s one by one, {read_together:.2f} s together")
        assert read_together * 2 < each_alone
    finally:
        for name in names:
            store.delete(name)


def test_remember_quit_and_start_again(
    qtbot, qloop, make_app, profile_name, settings_file, book
) -> None:  # type: ignore[no-untyped-def]
    account = DemoAccount(f"leak{uuid.uuid4().hex}", "recognisable secret", USER)
    sandbox = Sandbox(SandboxConfig(accounts={account.name: account}))
    with serve_in_thread(sandbox) as url:
        first = make_app()

        async def sign_in_and_remember() -> None:
            await first.start()
            assert "Secret Service" in first.login.keychain_status.text()
            assert first.login.remember.isEnabled()
            login = first.login
            type_into(qtbot, login.profile_name, profile_name)
            type_into(qtbot, login.base_url, url)
            type_into(qtbot, login.api_key, account.key)
            type_into(qtbot, login.api_secret, account.secret)
            toggle(qtbot, login.remember)
            click(qtbot, login.sign_in_button)
            await until(lambda: first.session.state is SessionState.LOADED, what="sign-in")
            assert login.remember.isChecked(), "remember"
            await until(
                lambda: first.session.profile.remembered, what=f"saved {first.session.message!r}"
            )

        run(qloop, sign_in_and_remember())
        first.window.close()  # signed in: the next start signs in again
        run(qloop, first.session.aclose())
        saved = book.get(profile_name)
        assert book.credentials(saved) == Credentials(account.key, account.secret)

        # The next start paints the remembered profile loading, with Qt alone...
        settings = Settings(QSettings(str(settings_file), QSettings.Format.IniFormat))
        opening = choose(GuiOptions(), settings)
        assert opening.kind is Kind.REMEMBERED
        frame = FirstFrame(False, settings, opening.name)
        qtbot.addWidget(frame)
        frame.show_and_paint()
        assert frame.painted_at is not None
        assert frame.findChild(QLabel, "account_title").text() == profile_name
        assert frame.findChild(QWidget, "account_busy").isVisible()
        # ...and the window in its place goes on showing it loading until signed in, once
        # the keychain gave the key.
        second = make_app(first_frame=frame)  # the same settings file
        page = second.window.account
        assert second.window.pages.currentWidget() is page
        assert page.title.text() == profile_name
        assert page.busy.isVisible()
        assert not page.data.isVisible()
        run(qloop, second.start())
        assert second.session.state is SessionState.LOADED
        assert page.data.isVisible()
        assert second.window.account.profile.values["username"].text() == USER["username"]
        assert second.login.api_secret.text() == ""
        assert sandbox.stats["requests"] == 6  # two sign-ins of three reads, nothing else

        # Signed out, then closed: the next start opens signed out, as it was left (on a
        # shared desk, a sign-out lasts), the form filled with the profile.
        second.window.sign_out_action.trigger()
        run(qloop, until(lambda: second.session.state is SessionState.SIGNED_OUT))
        second.window.close()
        settings = Settings(QSettings(str(settings_file), QSettings.Format.IniFormat))
        assert choose(GuiOptions(), settings).kind is Kind.FORM
        third = make_app()
        run(qloop, third.start())
        assert third.session.state is SessionState.SIGNED_OUT
        assert third.window.pages.currentWidget() is third.login
        assert third.login.profile_name.text() == profile_name
        assert sandbox.stats["requests"] == 6  # no sign-in

    profiles_text = book.file.path.read_text()
    assert profile_name in profiles_text  # the profile is remembered...
    assert account.key not in profiles_text  # ...but not its key or secret
    roots = [*private_dirs(), settings_file.parent, book.file.folder]
    assert files_containing(account.secret, roots) == []


@pytest.fixture
def no_keychain(monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    keyring.core.init_backend()
    yield
    monkeypatch.undo()
    keyring.core.init_backend()


def test_no_keychain_means_session_only_sign_in(
    qtbot, qloop, make_app, sandbox_url, no_keychain
) -> None:  # type: ignore[no-untyped-def]
    store = CredentialStore()
    assert store.backend_name() is None
    with pytest.raises(KeychainUnavailableError):
        store.save("x", Credentials("k-123456", "s-123456"))
    app = make_app()

    async def scenario() -> None:
        await app.start()
        assert not app.login.remember.isEnabled()
        assert "no keychain is available" in app.login.keychain_status.text()
        await sign_in(qtbot, app, sandbox_url, "kyc2")

    run(qloop, scenario())
    assert app.session.state is SessionState.LOADED
    assert not app.session.profile.remembered


def test_locked_keychain_is_refused_plainly(tmp_path: Path) -> None:
    # Locking the collection cannot be undone without a prompt, so this runs in a child
    # process with a D-Bus session and keyring of its own.
    env = {k: v for k, v in os.environ.items() if k != "DISPLAY"}
    env["TMPDIR"] = str(tmp_path)
    result = subprocess.run(
        ["sh", "scripts/with-keyring.sh", sys.executable, "-m", "tests.children.locked_keychain"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "REFUSED: The keychain refused the request (KeyringLocked)" in result.stdout
    assert "NAMES A VALUE: False" in result.stdout
    assert "EACH REFUSED: before The keychain refused the request (KeyringLocked)" in result.stdout
    assert "EACH REFUSED: after The keychain refused" in result.stdout

"""A whole session with a recognisable secret, then a search for it everywhere it must
not be: files under HOME, the config, cache, state and log folders and /tmp; the
clipboard; the log; the command line's output; objects' repr and str."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import uuid
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from btse_gui.api.server import Credentials
from btse_gui.core import logs
from btse_gui.core.session import SessionState
from btse_gui.profiles.keychain import CredentialStore
from btse_gui.sandbox.accounts import DemoAccount
from btse_gui.sandbox.app import Sandbox, SandboxConfig
from btse_gui.sandbox.server import serve_in_thread
from tests.gui_helpers import click, run, type_into, until
from tests.hostile import USER
from tests.leaks import files_containing, forms, private_dirs


def assert_clean(text: str, *secrets: str) -> None:
    for secret in secrets:
        for form in forms(secret):
            assert form.decode(errors="ignore") not in text, "a secret leaked"


def scan_roots(tmp_path: Path) -> list[Path]:
    roots = [Path(p) for p in private_dirs()] + [tmp_path]
    if log := logs.log_file():
        roots.append(log.parent)
    return roots


def tmp_files_containing(secret: str) -> list[Path]:
    """/tmp, skipping what no app writes: virtualenvs, repositories and large files."""
    return files_containing(
        secret,
        ["/tmp"],
        skip_dirs={".venv", "site-packages", ".git", "node_modules"},
        max_size=2_000_000,
    )


def test_a_full_session_leaves_no_secret_anywhere(qtbot, qloop, make_app, tmp_path) -> None:  # type: ignore[no-untyped-def]
    account = DemoAccount(f"leak{uuid.uuid4().hex}", "a recognisable secret", USER)
    key, secret = account.key, account.secret
    profile = f"leak-{uuid.uuid4().hex[:6]}"
    sandbox = Sandbox(SandboxConfig(accounts={account.name: account}))
    server = serve_in_thread(sandbox)
    url = server.__enter__()
    app = make_app()
    window = app.window
    outputs: list[str] = []
    try:

        async def session() -> None:
            await app.start()
            # A wrong secret first: an error with the key in play.
            login = app.login
            type_into(qtbot, login.base_url, url)
            type_into(qtbot, login.api_key, key)
            type_into(qtbot, login.api_secret, "wrong-" + secret[::-1])
            click(qtbot, login.sign_in_button)
            await until(lambda: app.session.state is SessionState.ERROR, what="401")
            # A profile through the dialog, remembered in the keychain; then sign in.
            dialog = window.profiles.open_dialog()
            click(qtbot, dialog.new_button)
            type_into(qtbot, dialog.name, profile)
            type_into(qtbot, dialog.base_url, url)
            type_into(qtbot, dialog.api_key, key)
            type_into(qtbot, dialog.api_secret, secret)
            click(qtbot, dialog.save_button)
            await until(lambda: "Saved" in dialog.message.text(), what="saved")
            dialog.close()
            window.activateWindow()
            await until(window.isActiveWindow)
            QTest.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
            await until(lambda: app.session.state is SessionState.LOADED, what="signed in")
            await app.session.refresh()
            window.copy_summary()
            outputs.append(QGuiApplication.clipboard().text())
            await window.copy_diagnostics()
            outputs.append(QGuiApplication.clipboard().text())
            # The server goes away: an error, the data kept.
            server.__exit__(None, None, None)
            await app.session.refresh()
            assert app.session.state is SessionState.STALE
            outputs.append(app.window.account.banner.text())
            window.close()

        run(qloop, session())
        # The command line, with the secret given the allowed ways (stdin, environment).
        config = tmp_path / "cli-config"
        env = {**os.environ, "XDG_CONFIG_HOME": str(config)}
        for args, stdin in (
            (
                [
                    "profiles",
                    "add",
                    "cli-" + profile,
                    "--server",
                    url,
                    "--key-stdin",
                    "--secret-stdin",
                ],
                f"{key}\n{secret}\n",
            ),
            (["lookup", "--profile", "cli-" + profile, "--json"], ""),
            (["lookup", "--all", "--summary"], ""),
            (["profiles", "list"], ""),
        ):
            done = subprocess.run(
                [sys.executable, "-m", "btse_gui", *args],
                input=stdin,
                capture_output=True,
                text=True,
                env=env,
                timeout=120,
                check=False,
            )
            outputs += [done.stdout, done.stderr]
        done = subprocess.run(
            [sys.executable, "-m", "btse_gui", "lookup", "--server", url],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
            env={**env, "BTSE_API_KEY": key, "BTSE_API_SECRET": secret},
        )
        outputs += [done.stdout, done.stderr]
    finally:
        CredentialStore().delete(profile)
        CredentialStore().delete("cli-" + profile)
        with contextlib.suppress(RuntimeError):  # already stopped inside the session
            server.__exit__(None, None, None)

    assert "btse-gui account summary" in outputs[0]
    assert "Recent log" in outputs[1]
    assert "Could not connect" in outputs[2]
    for text in [*outputs, *logs.recent(200)]:
        assert_clean(text, secret)
    log_text = logs.log_file().read_text() if logs.log_file() else ""
    assert "signed in" in log_text
    assert_clean(log_text, secret, key)
    for text in logs.recent(200):
        assert_clean(text, key)
    assert files_containing(secret, scan_roots(tmp_path)) == []
    assert tmp_files_containing(secret) == []


def test_repr_and_str_never_show_credentials() -> None:
    from btse_gui.core.session import SignInRequest
    from btse_gui.profiles.book import Profile

    secret = f"S3CRET-{uuid.uuid4().hex}"
    credentials = Credentials(f"KEY-{uuid.uuid4().hex}", secret)
    request = SignInRequest(Profile("p", "https://h.invalid"), credentials.key, secret)
    for obj in (credentials, request):
        assert secret not in repr(obj)
        assert secret not in str(obj)
    assert credentials.key not in repr(credentials)


def test_the_log_filter_redacts_registered_values() -> None:
    import logging

    secret = f"S3CRET-{uuid.uuid4().hex}"
    logs.REDACT.add(secret)
    record = logging.LogRecord(
        "btse_gui",
        logging.WARNING,
        __file__,
        1,
        "value %s and %s",
        (secret, secret.encode().hex()),
        None,
    )
    logs.REDACT.filter(record)
    assert record.getMessage() == "value [redacted] and [redacted]"


def test_the_window_holding_a_secret_leaves_no_core_dump(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A crash must not write the secret to a core file, nor may another program of the
    user read the window's memory: no core (RLIMIT_CORE 0) and, on Linux, not dumpable."""
    import time

    env = {k: v for k, v in os.environ.items() if not k.startswith("BTSE_API_")}
    env |= {"QT_QPA_PLATFORM": "offscreen", "XDG_STATE_HOME": str(tmp_path / "state")}
    window = subprocess.Popen(
        [sys.executable, "-m", "btse_gui", "--demo", "kyc3", "--demo-faults", "latency=30000"],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        log = tmp_path / "state" / "btse-gui" / "log" / "btse-gui.log"
        deadline = time.monotonic() + 30
        while "signing in" not in (log.read_text() if log.exists() else ""):
            assert window.poll() is None
            assert time.monotonic() < deadline
            time.sleep(0.05)
        limits = Path(f"/proc/{window.pid}/limits").read_text()
        core = next(line for line in limits.splitlines() if line.startswith("Max core file size"))
        assert core.split()[4:6] == ["0", "0"], core
    finally:
        window.terminate()
        window.wait(20)
    dumped = subprocess.run(
        [sys.executable, "-m", "tests.children.no_dumps"],
        cwd=Path(__file__).resolve().parent.parent,
        capture_output=True,
        text=True,
        check=True,
    )
    assert dumped.stdout.split() == ["True", "False"]

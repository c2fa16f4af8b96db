"""``btse-gui`` as a user runs it: a real process, real output, real exit codes."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from btse_gui.sandbox.accounts import DEMO_ACCOUNTS
from btse_gui.sandbox.app import Sandbox
from tests.lookup_json import account, rows
from tests.test_transport import free_port


def btse_gui(
    *args: str, env: dict[str, str] | None = None, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("BTSE_API_")}
    return subprocess.run(
        [sys.executable, "-m", "btse_gui", *args],
        capture_output=True,
        text=True,
        env={**clean, **(env or {})},
        timeout=timeout,
        stdin=subprocess.DEVNULL,
        check=False,
    )


def assert_one_line_error(result: subprocess.CompletedProcess[str], fragment: str) -> None:
    assert result.returncode != 0
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("btse-gui: ")
    assert fragment in lines[0]
    assert "Traceback" not in result.stderr


def test_lookup_demo_kyc3_json() -> None:
    result = btse_gui("lookup", "--demo", "kyc3", "--json")
    assert result.returncode == 0, result.stderr
    (row,) = rows(result.stdout)
    assert row["profile"] == "demo kyc3"
    assert row["server"] == "http://127.0.0.1"
    document = row["account"]
    assert document["profile"]["username"] == "kyc3demo"
    assert document["profile"]["email"] == "ky***@demo.btse-gui.invalid"  # masked, as ever
    assert document["profile"]["kycLevel"] == 3
    assert document["vip"] == {"isVIP": False, "spread": 0.1}
    assert document["loginStatus"] == {"isLogin": True}
    assert len(document["permissions"]) == 6
    assert all(p["allowed"] for p in document["permissions"].values())


def test_lookup_demo_locked_shows_everything_blocked() -> None:
    result = btse_gui("lookup", "--demo", "locked", "--json")
    assert result.returncode == 0, result.stderr
    permissions = account(result.stdout)["permissions"]
    assert permissions
    assert all(not p["allowed"] and p["blockedByLock"] for p in permissions.values())
    text = btse_gui("lookup", "--demo", "locked").stdout
    assert text.count("blocked (account locked)") == 6
    assert "Locked" in text


def test_csv_status_is_the_same_word_in_every_language() -> None:
    """CSV is for scripts and spreadsheets: its status does not follow the language
    (the table for people does, with the language's own punctuation)."""
    import csv

    for lang in ("C.UTF-8", "zh_TW.UTF-8"):
        result = btse_gui("lookup", "--demo", "locked", "--csv", env={"LC_ALL": lang})
        assert result.returncode == 0, result.stderr
        (row,) = csv.DictReader(result.stdout.splitlines())
        assert row["status"] == "locked", lang
    table = btse_gui("lookup", "--demo", "kyc3", env={"LC_ALL": "zh_TW.UTF-8"}).stdout
    assert "已通過，等級 3" in table  # a full-width comma, not ", "


def test_usage_errors_and_help_speak_the_language() -> None:
    env = {"LC_ALL": "zh_TW.UTF-8"}
    result = btse_gui("lookup", "--timeout", "-3", "--demo", "kyc3", env=env)
    assert result.returncode == 2
    assert "錯誤" in result.stderr
    assert "--timeout 必須介於 1 與 600 之間" in result.stderr
    assert "用法：" in result.stderr
    helped = btse_gui("lookup", "--help", env=env)
    assert "顯示此說明並結束" in helped.stdout
    assert "所有已儲存的設定檔" in helped.stdout  # the app's own help, too
    # A reason inside a message is translated with it, not left in English.
    creds = {"BTSE_API_KEY": "k" * 8, "BTSE_API_SECRET": "s" * 8}
    dead = btse_gui("lookup", "--server", f"http://127.0.0.1:{free_port()}", env={**env, **creds})
    assert dead.returncode == 1
    assert "連線被拒絕" in dead.stderr
    assert "refused" not in dead.stderr
    english = btse_gui("lookup", "--timeout", "-3", "--demo", "kyc3", env={"LC_ALL": "C"})
    assert "--timeout must be between 1 and 600" in english.stderr
    assert "usage: " in english.stderr


def test_a_sandbox_on_a_taken_port_announces_nothing() -> None:
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = btse_gui("sandbox", "--port", str(port), timeout=30)
    assert result.returncode == 2
    assert result.stdout == ""  # no address, no demo keys for a server that never ran
    assert_one_line_error(result, f"cannot listen on 127.0.0.1:{port}")


def test_an_empty_keyring_backend_setting_means_unset() -> None:
    result = btse_gui("keychain", env={"PYTHON_KEYRING_BACKEND": ""})
    assert result.returncode == 0, result.stderr
    assert "PYTHON_KEYRING_BACKEND" not in result.stdout + result.stderr


def test_no_keychain_fails_the_self_test_with_exit_1_in_either_language() -> None:
    """No keychain is the computer's state, not a mistake in the command (exit 1, as
    ``profiles add`` says for the same cause)."""
    none = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    result = btse_gui("keychain", "--self-test", env=none)
    assert result.stdout.startswith("keychain: none usable")
    assert result.returncode == 1
    assert result.stderr.strip() == "btse-gui: no usable keychain on this computer"
    chinese = btse_gui("keychain", "--self-test", env={**none, "LC_ALL": "zh_TW.UTF-8"})
    assert chinese.returncode == 1
    assert "keychain" not in chinese.stderr


def test_lookup_text_shows_mismatches() -> None:
    result = btse_gui("lookup", "--demo", "mismatch")
    assert result.returncode == 0
    assert result.stdout.count("MISMATCH") == 3
    assert "Requires KYC level 3, this account is level 1" in result.stdout


def test_expired_demo_session_is_a_clear_error() -> None:
    assert_one_line_error(btse_gui("lookup", "--demo", "expired"), "create a new API key")


@pytest.mark.parametrize("form", ["--json", "--csv"])
def test_a_failed_lookup_prints_its_row_for_scripts_too(form: str) -> None:
    """A script reading --json or --csv gets the failure in the shape --all prints (ok
    false, the reason), as well as the one line on stderr and exit code 1."""
    result = btse_gui("lookup", "--demo", "expired", form)
    assert result.returncode == 1
    assert "create a new API key" in result.stderr
    if form == "--json":
        (row,) = rows(result.stdout)
        assert row["ok"] is False
        assert "create a new API key" in row["error"]
    else:
        lines = result.stdout.splitlines()
        assert lines[0].startswith("profile,ok,")
        assert lines[1].startswith("demo expired,false,")
        assert "create a new API key" in lines[1]


def test_dead_server_is_one_line_and_nonzero() -> None:
    env = {"BTSE_API_KEY": "k-123456789", "BTSE_API_SECRET": "s-SECRET-987654321"}
    result = btse_gui("lookup", "--server", f"http://127.0.0.1:{free_port()}", env=env)
    assert_one_line_error(result, "Could not connect")
    assert result.returncode == 1
    assert "SECRET-987654321" not in result.stderr


def test_missing_credentials_in_environment() -> None:
    result = btse_gui("lookup", "--server", "https://example.invalid")
    assert_one_line_error(result, "BTSE_API_KEY")
    assert result.returncode == 2


def test_plain_http_remote_server_is_refused() -> None:
    env = {"BTSE_API_KEY": "k", "BTSE_API_SECRET": "s"}
    result = btse_gui("lookup", "--server", "http://api.example.com", env=env)
    assert_one_line_error(result, "HTTPS")


def test_lookup_real_server_with_env_credentials(sandbox_url: str, sandbox: Sandbox) -> None:
    account = DEMO_ACCOUNTS["vip"]
    env = {"BTSE_API_KEY": account.key, "BTSE_API_SECRET": account.secret}
    result = btse_gui("lookup", "--server", sandbox_url, "--json", env=env)
    assert result.returncode == 0, result.stderr
    (row,) = rows(result.stdout)
    document = row["account"]
    assert document["vip"] == {"isVIP": True, "spread": 0.05}
    assert row["server"] == sandbox_url
    assert sandbox.stats["requests"] == 3
    assert account.secret not in result.stdout + result.stderr


def test_wrong_secret_from_environment(sandbox_url: str) -> None:
    env = {"BTSE_API_KEY": DEMO_ACCOUNTS["kyc1"].key, "BTSE_API_SECRET": "WRONG-SECRET-42"}
    result = btse_gui("lookup", "--server", sandbox_url, env=env)
    assert_one_line_error(result, "401")
    assert "WRONG-SECRET-42" not in result.stderr


def test_unknown_demo_account_is_a_usage_error() -> None:
    result = btse_gui("lookup", "--demo", "nobody")
    assert result.returncode == 2
    assert "invalid choice" in result.stderr
    assert "Traceback" not in result.stderr


def test_version() -> None:
    result = btse_gui("--version")
    assert result.returncode == 0
    assert result.stdout.startswith("btse-gui ")


def test_sandbox_command_serves_and_prints_demo_accounts() -> None:
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "btse_gui", "sandbox", "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert proc.stdout is not None
        banner = [proc.stdout.readline() for _ in range(2 + len(DEMO_ACCOUNTS))]
        assert f"http://127.0.0.1:{port}" in banner[0]
        assert any(DEMO_ACCOUNTS["kyc2"].secret in line for line in banner)
        env = {
            "BTSE_API_KEY": DEMO_ACCOUNTS["kyc2"].key,
            "BTSE_API_SECRET": DEMO_ACCOUNTS["kyc2"].secret,
        }
        # The banner comes once the socket is bound: the first lookup finds it listening.
        result = btse_gui("lookup", "--server", f"http://127.0.0.1:{port}", "--json", env=env)
        assert result.returncode == 0, result.stderr
        assert account(result.stdout)["profile"]["kycLevel"] == 2
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.10"])
def test_sandbox_refuses_non_loopback_hosts(host: str) -> None:
    assert_one_line_error(btse_gui("sandbox", "--host", host), "this computer only")


def test_summary_in_either_language_whatever_the_locale() -> None:
    chinese = btse_gui("lookup", "--demo", "kyc1", "--summary", "--lang", "zh_TW")
    assert chinese.returncode == 0, chinese.stderr
    assert chinese.stdout.startswith("btse-gui 帳戶摘要")
    assert "提取 USDT: 封鎖（需要 KYC 等級 2 以上；此帳戶為等級 1）" in chinese.stdout
    english = btse_gui(
        "lookup", "--demo", "kyc1", "--summary", "--lang", "en", env={"LANG": "zh_TW.UTF-8"}
    )
    assert english.returncode == 0, english.stderr
    assert "USDT withdrawal: blocked (requires KYC level 2 or higher; this account is level 1)" in (
        english.stdout
    )

"""Every failure at start-up is one line and a fallback; every flag is validated; numbers
and sizes from outside are bounded; the single-instance socket is the user's own."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from tests.hostile import Answer, HostileServer
from tests.lookup_json import account

ROOT = Path(__file__).resolve().parent.parent


def btse_gui(*args: str, env: dict[str, str] | None = None, timeout: float = 120):  # type: ignore[no-untyped-def]
    clean = {k: v for k, v in os.environ.items() if not k.startswith("BTSE_API_")}
    return subprocess.run(
        [sys.executable, "-m", "btse_gui", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**clean, "QT_QPA_PLATFORM": "offscreen", **(env or {})},
        stdin=subprocess.DEVNULL,
        check=False,
    )


def one_line(result: subprocess.CompletedProcess[str], code: int, fragment: str) -> None:
    assert result.returncode == code, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert fragment in lines[0]


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["sandbox", "--port", "99999"], "--port must be between 1 and 65535"),
        (["sandbox", "--port", "http"], "--port must be a number"),
        (["sandbox", "--key-limit", "0"], "--key-limit must be between"),
        (["sandbox", "--clock-offset-ms", "1" + "0" * 30], "--clock-offset-ms must be between"),
        (["sandbox", "--faults", "latency=1e20"], "unknown sandbox fault"),
        (["sandbox", "--faults", "latency=99999999"], "latency must be between"),
        (["sandbox", "--faults", "status=²"], "unknown sandbox fault"),
        (["sandbox", "--header-prefix", "x\r\n"], "header prefix"),
        (["--demo-faults", "latency=1e20", "--demo", "kyc3"], "unknown sandbox fault"),
        (["--demo-faults", "latency=700000", "--demo", "kyc3"], "latency must be between"),
        (["lookup", "--demo", "kyc3", "--timeout", "-1"], "--timeout must be between 1 and 600"),
        (["lookup", "--demo", "kyc3", "--timeout", "nan"], "--timeout must be between"),
        (["lookup", "--demo", "kyc3", "--timeout", "inf"], "--timeout must be between"),
        (["lookup", "--demo", "kyc3", "--timeout", "1e400"], "--timeout must be between"),
        (["--timeout", "0", "--demo", "kyc3"], "--timeout must be between"),
    ],
)
def test_flags_are_validated_with_a_usage_error(args: list[str], fragment: str) -> None:
    result = btse_gui(*args, timeout=30)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert fragment in result.stderr


def test_a_broken_keyring_setting_is_one_line() -> None:
    result = btse_gui("keychain", "--self-test", env={"PYTHON_KEYRING_BACKEND": "no.such.Backend"})
    one_line(result, 1, "The keychain could not be loaded (ModuleNotFoundError")
    assert "no.such.Backend" in result.stderr


def test_a_broken_keyring_setting_leaves_the_window_session_only(tmp_path: Path) -> None:
    result = btse_gui(
        "--demo",
        "kyc3",
        "--quit-after-load",
        env={"PYTHON_KEYRING_BACKEND": "no.such.Backend", "XDG_STATE_HOME": str(tmp_path)},
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr


def test_a_closed_stdout_ends_quietly() -> None:
    for _ in range(5):
        result = subprocess.run(
            f"'{sys.executable}' -m btse_gui lookup --demo kyc3 | head -1",
            shell=True,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert result.stdout.count("\n") == 1
        assert result.stderr == "", result.stderr


def test_no_log_folder_means_a_warning_and_no_file_log(tmp_path: Path) -> None:
    state = tmp_path / "state"
    state.mkdir()
    (state / "btse-gui").write_text("a file where the log folder would be")
    result = btse_gui("--demo", "kyc3", "--quit-after-load", env={"XDG_STATE_HOME": str(state)})
    assert result.returncode == 0, result.stderr
    one_line(result, 0, "no log file")


def test_the_start_s_sign_in_is_in_the_log_and_the_gc_pause_ends(tmp_path: Path) -> None:
    """The sign-in and httpx's lines for its three requests are in the log file, once,
    in order; the garbage collector, paused while the start built its objects, runs
    again."""
    state = tmp_path / "state"
    result = btse_gui("--demo", "kyc3", "--quit-after-load", env={"XDG_STATE_HOME": str(state)})
    assert result.returncode == 0, result.stderr
    lines = (state / "btse-gui" / "log" / "btse-gui.log").read_text().splitlines()
    signed_in = [i for i, line in enumerate(lines) if "signed in: profile 'Demo kyc3'" in line]
    requests = [i for i, line in enumerate(lines) if "HTTP Request: GET" in line]
    assert len(signed_in) == 1, lines
    assert len(requests) == 3, lines
    assert max(requests) < signed_in[0], lines
    assert json.loads(result.stdout.splitlines()[-1])["gc_enabled"] is True


def test_the_log_is_private(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "tests.children.log_file", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    log = Path(result.stdout.strip())
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    assert stat.S_IMODE(log.parent.stat().st_mode) == 0o700


def test_an_absurd_server_time_is_ignored(capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]

    from btse_gui.__main__ import main as cli_run
    from tests.hostile import GOOD_DATA, envelope, response

    server = HostileServer()
    server.behaviour = lambda path: Answer(
        response(envelope(GOOD_DATA.get(path, {}), time=10**400))
    )
    monkeypatch.setenv("BTSE_API_KEY", "hostile-key-0001")
    monkeypatch.setenv("BTSE_API_SECRET", "hostile-secret-0001")
    with server.serve() as url:
        code = cli_run(["lookup", "--server", url, "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert account(out)["profile"]["username"] == "hostile"


@pytest.fixture(scope="module")
def gzip_bomb() -> bytes:
    """About 1 MB of gzip that inflates to 1 GiB of zeros."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    chunk = bytes(1 << 20)
    parts = [packer.compress(chunk) for _ in range(1024)]
    parts.append(packer.flush())
    bomb = b"".join(parts)
    assert len(bomb) < 2_000_000
    return bomb


def test_a_gzip_bomb_is_refused_with_little_memory(gzip_bomb: bytes, tmp_path: Path) -> None:
    head = (
        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-encoding: gzip\r\n"
        f"content-length: {len(gzip_bomb)}\r\n\r\n"
    ).encode()
    server = HostileServer()
    server.behaviour = lambda path: Answer(head + gzip_bomb)
    clean = {k: v for k, v in os.environ.items() if not k.startswith("BTSE_API_")}
    env = {**clean, "BTSE_API_KEY": "hostile-key-0001", "BTSE_API_SECRET": "hostile-secret-0001"}
    with server.serve() as url:
        result = subprocess.run(
            [sys.executable, "-m", "tests.children.lookup_peak", url],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
            env=env,
            check=False,
        )
    assert result.returncode == 1
    assert "larger than 1024 KiB" in result.stderr
    assert "Traceback" not in result.stderr
    peak = int(result.stderr.rsplit("PEAK ", 1)[1].split()[0])
    print(f"peak RSS with a 1 GiB gzip bomb: {peak} MB")
    assert peak < 150


def test_the_single_instance_socket_is_private(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from btse_gui.gui import single_instance

    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path / "run"))
    (tmp_path / "run").mkdir(mode=0o700)
    name = single_instance.server_name()
    assert name is not None
    assert name.startswith(str(tmp_path / "run"))

    # No XDG_RUNTIME_DIR: a per-user 0700 folder in the temporary folder.
    monkeypatch.delenv("XDG_RUNTIME_DIR")
    monkeypatch.setenv("TMPDIR", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)
    name = single_instance.server_name()
    assert name is not None
    folder = Path(name).parent
    assert folder.name == f"btse-gui-{os.getuid()}"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700

    # That folder made by someone else, or open to others, is never used.
    folder.chmod(0o777)
    assert single_instance.server_name() is None
    folder.chmod(0o700)
    os.chown(folder, 12345, 12345)
    assert single_instance.server_name() is None


def test_a_socket_owned_by_someone_else_is_not_trusted(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import socket

    from btse_gui.gui import single_instance

    run_dir = tmp_path / "run"
    run_dir.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(run_dir))
    name = single_instance.server_name()
    assert name is not None
    squatter = socket.socket(socket.AF_UNIX)
    squatter.bind(name)
    squatter.listen(1)
    try:
        os.chown(name, 12345, 12345)
        assert single_instance.ask_running_instance() is False
    finally:
        squatter.close()

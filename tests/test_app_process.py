"""The whole app as a process: start, load, paint, and stop cleanly."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest


def app_env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("BTSE_API_")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    env["XDG_STATE_HOME"] = str(tmp_path / "state")
    return env


def log_file(tmp_path: Path) -> Path:
    """The app's log file under ``app_env``'s state folder."""
    return tmp_path / "state" / "btse-gui" / "log" / "btse-gui.log"


def run_app(
    args: list[str], tmp_path: Path, module: str = "btse_gui", timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """``python -m MODULE ARGS`` in ``app_env``, no standard input, to its end."""
    return subprocess.run(
        [sys.executable, "-m", module, *args],
        cwd=Path(__file__).resolve().parent.parent,
        env=app_env(tmp_path),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def wait_for_log(tmp_path: Path, words: str, process: subprocess.Popen[str]) -> None:
    """Until the app's log file says ``words`` (the app's own word that it got there)."""
    log = log_file(tmp_path)
    deadline = time.monotonic() + 30
    while words not in (log.read_text() if log.exists() else ""):
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, f"the log never said {words!r}"
        time.sleep(0.05)


def quit_after_load(
    account: str, tmp_path: Path
) -> tuple[subprocess.CompletedProcess[str], dict[str, Any]]:
    """Run the window on a demo account with --quit-after-load; its JSON report."""
    result = run_app(["--demo", account, "--quit-after-load"], tmp_path)
    return result, json.loads(result.stdout.strip().splitlines()[-1])


def test_quit_after_load_reports_timings(tmp_path: Path) -> None:
    result, report = quit_after_load("kyc3", tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert report["state"] == "loaded"
    assert 0 < report["first_paint_s"] <= report["data_shown_s"]
    assert report["peak_rss_mb"] > 10


def test_quit_after_load_on_a_failing_account_exits_nonzero(tmp_path: Path) -> None:
    result, report = quit_after_load("expired", tmp_path)
    assert result.returncode == 1
    assert report["state"] == "error"
    assert "new API key" in report["error"]


@pytest.mark.parametrize("how", [signal.SIGTERM, signal.SIGINT])
def test_closing_during_a_slow_request_exits_promptly_and_quietly(
    how: signal.Signals, tmp_path: Path
) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "btse_gui", "--demo", "kyc3", "--demo-faults", "latency=30000"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
        env=app_env(tmp_path),
    )
    try:
        # The window is up and the 30-second sign-in is in flight (the log file opens
        # when the start stops waiting for it: 3 s).
        wait_for_log(tmp_path, "signing in: profile 'Demo kyc3'", proc)
        sent = time.monotonic()
        proc.send_signal(how)
        _out, err = proc.communicate(timeout=20)
        took = time.monotonic() - sent
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 0, err
    assert err == ""
    assert took < 10, f"took {took:.1f} s to exit"


def test_a_second_launch_raises_the_first_and_exits(tmp_path: Path) -> None:
    env = app_env(tmp_path)
    first = subprocess.Popen(
        [sys.executable, "-m", "btse_gui"],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        wait_for_log(tmp_path, "listening for later launches", first)
        second = run_app([], tmp_path, timeout=30)
        assert second.returncode == 0, second.stderr
        assert "already running" in second.stdout
        assert first.poll() is None  # the first one is still there
        wait_for_log(tmp_path, "a second launch asked this window to come forward", first)
    finally:
        first.terminate()
        _out, err = first.communicate(timeout=20)
    assert first.returncode == 0, err
    assert err == ""


def test_five_launches_at_one_instant_open_one_window(tmp_path: Path) -> None:
    """Started together, they cannot all find nobody listening: one window opens, and
    each of the others hands its request to it and ends."""
    env = app_env(tmp_path)
    launches = [
        subprocess.Popen(
            [sys.executable, "-m", "btse_gui"],
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(5)
    ]
    try:
        deadline = time.monotonic() + 60
        while sum(p.poll() is not None for p in launches) < 4:
            assert time.monotonic() < deadline, [p.poll() for p in launches]
            time.sleep(0.05)
        time.sleep(1)  # one more would have ended by now, had it handed over too
        running = [p for p in launches if p.poll() is None]
        ended = [p for p in launches if p.poll() is not None]
        assert len(running) == 1
        for process in ended:
            out, err = process.communicate()
            assert process.returncode == 0, err
            assert "already running" in out
        wait_for_log(tmp_path, "a second launch asked this window to come forward", running[0])
    finally:
        for process in launches:
            if process.poll() is None:
                process.terminate()
                process.communicate(timeout=20)


def test_a_windowed_start_without_standard_streams_runs_and_closes_cleanly(
    tmp_path: Path,
) -> None:
    """``pythonw``, a gui-scripts entry and the windowless Windows bundle give the app no
    stdout or stderr: it starts, signs in, closes with 0, and the log has it all."""
    done = run_app(["--demo", "kyc3", "--quit-after-load"], tmp_path, "tests.children.windowed")
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""
    assert done.stderr == ""
    log = log_file(tmp_path).read_text()
    assert "signed in: profile 'Demo kyc3'" in log

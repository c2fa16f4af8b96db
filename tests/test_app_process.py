"""The whole app as a process: start, load, paint, and stop cleanly."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from typing import Any

import pytest


def app_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("BTSE_API_")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def quit_after_load(account: str) -> tuple[subprocess.CompletedProcess[str], dict[str, Any]]:
    """Run the window on a demo account with --quit-after-load; its JSON report."""
    result = subprocess.run(
        [sys.executable, "-m", "btse_gui", "--demo", account, "--quit-after-load"],
        capture_output=True,
        text=True,
        timeout=120,
        env=app_env(),
        check=False,
        stdin=subprocess.DEVNULL,
    )
    return result, json.loads(result.stdout.strip().splitlines()[-1])


def test_quit_after_load_reports_timings() -> None:
    result, report = quit_after_load("kyc3")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert report["state"] == "loaded"
    assert 0 < report["first_paint_s"] <= report["data_shown_s"]
    assert report["peak_rss_mb"] > 10


def test_quit_after_load_on_a_failing_account_exits_nonzero() -> None:
    result, report = quit_after_load("expired")
    assert result.returncode == 1
    assert report["state"] == "error"
    assert "sign in again" in report["error"]


@pytest.mark.parametrize("how", [signal.SIGTERM, signal.SIGINT])
def test_closing_during_a_slow_request_exits_promptly_and_quietly(how: signal.Signals) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "btse_gui", "--demo", "kyc3", "--demo-faults", "latency=30000"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
        env=app_env(),
    )
    try:
        time.sleep(3)  # the window is up and the 30-second sign-in is in flight
        assert proc.poll() is None, proc.communicate()
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


def test_a_second_launch_raises_the_first_and_exits(tmp_path) -> None:  # type: ignore[no-untyped-def]
    env = {
        **app_env(),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
    }
    first = subprocess.Popen(
        [sys.executable, "-m", "btse_gui"],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        time.sleep(3)  # the first window is up and listening
        assert first.poll() is None
        second = subprocess.run(
            [sys.executable, "-m", "btse_gui"],
            env=env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
        assert second.returncode == 0, second.stderr
        assert "already running" in second.stdout
        assert first.poll() is None  # the first one is still there
        log = tmp_path / "state" / "btse-gui" / "log" / "btse-gui.log"
        deadline = time.monotonic() + 10
        while "second launch" not in (log.read_text() if log.exists() else ""):
            assert time.monotonic() < deadline, "the first instance never heard the second"
            time.sleep(0.1)
    finally:
        first.terminate()
        _out, err = first.communicate(timeout=20)
    assert first.returncode == 0, err
    assert err == ""

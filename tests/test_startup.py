"""The window's start (``btse_gui.gui.startup``): what it loads, and what it leaves alone,
each in a fresh interpreter (``tests/children/startup.py``)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from btse_gui.core.session import SessionState

ROOT = Path(__file__).resolve().parent.parent


def child(case: str, **extra_env: str) -> dict[str, object]:
    """Run ``tests.children.startup CASE``; the JSON line it printed."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("BTSE_API_")}
    result = subprocess.run(
        [sys.executable, "-m", "tests.children.startup", case],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env={**env, "QT_QPA_PLATFORM": "offscreen", **extra_env},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    return report


def test_pyside_hook_answers_as_before_without_keeping_sources() -> None:
    report = child("pyside_hook")
    assert report["installed"] is True  # PySide6 still has the hook this replaces
    assert report["hook"] == "uses_pyside"
    answers = report["answers"]
    assert isinstance(answers, dict)
    for name, (before, now) in answers.items():
        assert before == now, name
    assert answers["btse_gui.gui.startup.first_frame"] == [True, True]
    assert answers["btse_gui.api.sanitize"] == [False, False]
    assert report["cached"] == []  # nothing imported after the hook is kept as text


def test_the_http_stack_does_not_load_httpx_s_command_line() -> None:
    report = child("http_stack")
    assert report["click_installed"] is True  # the dev tools bring it: it would load
    assert report["loaded"] == []
    assert report["stub_main"] is True


def test_the_demo_signs_in_without_the_keychain(tmp_path: Path) -> None:
    report = child("demo_sign_in", XDG_STATE_HOME=str(tmp_path / "state"))
    assert report["state"] == SessionState.LOADED.value
    assert report["keyring"] is False
    assert report["picked"] == "kyc3"  # the form filled as the start left it
    assert report["line"] == "The demo saves nothing: its accounts and keys are built in."
    assert report["remember"] is False


def test_the_demo_s_sandbox_needs_no_web_framework() -> None:
    assert child("sandbox_alone")["loaded"] == []


def test_the_first_frame_paints_a_remembered_profile_loading_with_qt_alone(
    tmp_path: Path,
) -> None:
    report = child("first_frame", XDG_CONFIG_HOME=str(tmp_path / "config"))
    assert report["painted"] is True
    assert report["title"] == "Desk <b>two</b> & co"
    assert report["plain"] == "PlainText"  # a name is shown as typed, never as markup
    assert report["busy"] is True
    assert report["words"] == ["Signing in…"]
    # The account page's own header, not a copy: the title's weight cannot drift.
    assert report["header"] == "AccountHeader"
    assert "font-weight: bold" in str(report["style"])
    assert report["loaded"] == []
    # Reading one enum of it makes all ~100 (25 ms of the first paint: RESULTS.md).
    assert report["qt_namespace"] is False

"""A command line without Qt, and imports that work where Unix modules do not exist.

Each command runs in a child whose import system refuses the named modules
(``tests/children/refuse/sitecustomize.py`` on PYTHONPATH): ``PySide6`` for the command
line, and the Unix-only ``resource``, ``fcntl``, ``termios``, ``pwd`` and ``grp`` for
the nearest check of a Windows or macOS start that this machine can make.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
UNIX_ONLY = ("resource", "fcntl", "termios", "pwd", "grp")


def run_without(tmp_path: Path, blocked: tuple[str, ...], *args: str, **env: str):  # type: ignore[no-untyped-def]
    site = Path(__file__).resolve().parent / "children" / "refuse"
    clean = {k: v for k, v in os.environ.items() if not k.startswith("BTSE_API_")}
    return subprocess.run(
        [sys.executable, *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env={
            **clean,
            "PYTHONPATH": os.pathsep.join([str(site), str(ROOT)]),
            "BTSE_GUI_TEST_REFUSE": ",".join(blocked),
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
            **env,
        },
        check=False,
    )


def test_the_refusal_itself_works(tmp_path: Path) -> None:
    """Else every test here would pass without refusing anything."""
    result = run_without(tmp_path, ("PySide6", "fcntl"), "-m", "btse_gui.gui.settings")
    assert result.returncode != 0
    assert "PySide6 is refused in this test" in result.stderr


@pytest.mark.parametrize(
    "command",
    [
        ["--version"],
        ["--help"],
        ["lookup", "--demo", "kyc3"],
        ["lookup", "--demo", "mismatch", "--json"],
        ["lookup", "--demo", "kyc3", "--csv"],
        ["lookup", "--demo", "vip", "--summary"],
        ["profiles", "list"],
        ["profiles", "check"],
        ["keychain"],
    ],
)
def test_the_command_line_never_loads_qt(tmp_path: Path, command: list[str]) -> None:
    result = run_without(tmp_path, ("PySide6", "shiboken6"), "-m", "btse_gui", *command)
    assert result.returncode == 0, result.stderr
    assert "refused" not in result.stderr


def test_the_command_line_speaks_chinese_without_qt(tmp_path: Path) -> None:
    result = run_without(
        tmp_path,
        ("PySide6", "shiboken6"),
        "-m",
        "btse_gui",
        "lookup",
        "--demo",
        "locked",
        LC_ALL="zh_TW.UTF-8",
    )
    assert result.returncode == 0, result.stderr
    assert "封鎖（帳戶已鎖定）" in result.stdout


def test_every_module_imports_without_unix_only_modules(tmp_path: Path) -> None:
    result = run_without(tmp_path, UNIX_ONLY, "-m", "tests.children.import_all")
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) > 40


def test_lookup_and_the_window_run_without_unix_only_modules(tmp_path: Path) -> None:
    lookup = run_without(
        tmp_path, UNIX_ONLY, "-m", "btse_gui", "lookup", "--demo", "kyc3", "--json"
    )
    assert lookup.returncode == 0, lookup.stderr
    window = run_without(
        tmp_path,
        UNIX_ONLY,
        "-m",
        "btse_gui",
        "--demo",
        "kyc3",
        "--quit-after-load",
        XDG_STATE_HOME=str(tmp_path / "state"),
    )
    assert window.returncode == 0, window.stderr
    assert '"state": "loaded"' in window.stdout

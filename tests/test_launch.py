"""What the window's start loads, and what it leaves alone.

Each check runs in a fresh interpreter: what a module pulls in is only visible in a
process that has not imported it yet.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from btse_gui.core.session import SessionState

ROOT = Path(__file__).resolve().parent.parent


def run_python(code: str, **extra_env: str) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith("BTSE_API_")}
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env={**env, "QT_QPA_PLATFORM": "offscreen", **extra_env},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def run_qt_child(code: str, **extra_env: str) -> dict[str, object]:
    """Run ``code`` (which prints one JSON line) and end as the app ends (``leave``: no
    teardown of Qt objects by the interpreter); the JSON it printed."""
    out = run_python(
        code + "from btse_gui.gui.startup.sequence import leave\nleave(0)\n", **extra_env
    )
    report: dict[str, object] = json.loads(out.strip().splitlines()[-1])
    return report


def demo_app(account: str) -> str:
    """A child's lines that build the app on demo ``account`` and its loop, as the start
    does (``app``, ``loop``; ``asyncio`` and ``json`` imported), the window shown."""
    return (
        "import asyncio, json\n"
        "from btse_gui.gui.qtcompat.event_loop import EventLoop\n"
        "from btse_gui.gui.options import GuiOptions\n"
        "from btse_gui.gui.startup.sequence import make_application\n"
        "qapp = make_application(['btse-gui'])\n"
        "from btse_gui.gui.app import App\n"
        "loop = EventLoop(qapp)\n"
        "asyncio.set_event_loop(loop)\n"
        f"app = App(GuiOptions(demo={account!r}))\n"
        "app.window.show()\n"
    )


def test_pyside_hook_answers_as_before_without_keeping_sources() -> None:
    out = run_python(
        "import json, linecache, sys\n"
        "import PySide6.QtCore\n"
        "import PySide6.support.feature as feature\n"
        "original = feature._mod_uses_pyside\n"
        "from btse_gui.gui.qtcompat import pyside_hook\n"
        "installed = pyside_hook.read_bytes_only()\n"
        "import btse_gui.gui.startup.first_frame, btse_gui.api.sanitize\n"
        "import btse_gui.api.models, email.parser\n"
        "import PySide6.QtWidgets\n"
        "names = ['btse_gui.gui.startup.first_frame', 'btse_gui.api.sanitize',\n"
        "         'btse_gui.api.models',\n"
        "         'email.parser', 'PySide6.QtWidgets', 'json']\n"
        "answers = {n: [original(sys.modules[n]), pyside_hook.uses_pyside(sys.modules[n])]\n"
        "           for n in names}\n"
        "linecache.clearcache()\n"
        "import btse_gui.core.session, asyncio\n"
        "print(json.dumps({'installed': installed, 'hook': feature._mod_uses_pyside.__name__,\n"
        "                  'answers': answers, 'cached': sorted(linecache.cache)}))\n"
    )
    report = json.loads(out)
    assert report["installed"] is True
    assert report["hook"] == "uses_pyside"
    for name, (before, now) in report["answers"].items():
        assert before == now, name
    assert report["answers"]["btse_gui.gui.startup.first_frame"] == [True, True]
    assert report["answers"]["btse_gui.api.sanitize"] == [False, False]
    assert report["cached"] == []  # nothing imported after the hook is kept as text


def test_the_http_stack_does_not_load_httpx_s_command_line() -> None:
    out = run_python(
        "import sys, importlib.util\n"
        "import btse_gui.api.client, httpx\n"
        "print(importlib.util.find_spec('click') is not None,\n"
        "      sorted({'click', 'pygments', 'rich'} & set(sys.modules)), callable(httpx.main))\n"
    )
    assert out.split(maxsplit=1)[1].strip() == "[] True"


def test_the_demo_signs_in_without_the_keychain_or_the_sign_in_form(tmp_path: Path) -> None:
    report = run_qt_child(
        "import sys\n" + demo_app("kyc3") + "from btse_gui.core.session import SessionState\n"
        "async def main():\n"
        "    await app.start()\n"
        "    state = app.session.state\n"
        "    await app.session.aclose()\n"
        "    return state\n"
        "with loop:\n"
        "    state = loop.run_until_complete(main())\n"
        "built = app.window.built_login is not None\n"
        "print(json.dumps({'state': state.value, 'keyring': 'keyring' in sys.modules,\n"
        "                  'form_built': built, 'picked': app.login.demo_account.currentData(),\n"
        "                  'line': app.login.keychain_status.text(),\n"
        "                  'remember': app.login.remember.isEnabled()}))\n",
        XDG_STATE_HOME=str(tmp_path / "state"),
    )
    assert report["state"] == SessionState.LOADED.value
    assert report["keyring"] is False
    assert report["form_built"] is False  # the sign-in form is built when first asked for
    assert report["picked"] == "kyc3"  # ...filled as the start left it
    assert report["line"] == "The demo saves nothing: its accounts and keys are built in."
    assert report["remember"] is False


def test_the_account_s_data_is_shown_without_making_pyside_s_qt_namespace(
    tmp_path: Path,
) -> None:
    """Making the ``Qt`` namespace's ~100 enums costs 35-40 ms; nothing on the way to
    the data (the loop's timers, the account page, its badges' paint) or the sign-in
    form needs it."""
    report = run_qt_child(
        "import PySide6.QtCore\n" + demo_app("kyc2") + "async def main():\n"
        "    await app.start()\n"
        "    await asyncio.sleep(0.05)\n"
        "    badges = app.window.account.permissions.badges\n"
        "    next(iter(badges.values())).setFocus()  # its focus ring too\n"
        "    picture = app.window.grab()\n"
        "    app.login.grab()  # the sign-in form, built and painted, needs it no more\n"
        "    state = app.session.state.value\n"
        "    await app.session.aclose()\n"
        "    return state, picture.width()\n"
        "with loop:\n"
        "    state, width = loop.run_until_complete(main())\n"
        "print(json.dumps({'state': state, 'painted': width > 0,\n"
        "                  'qt_namespace': 'Qt' in vars(PySide6.QtCore)}))\n",
        XDG_STATE_HOME=str(tmp_path / "state"),
    )
    assert report["state"] == SessionState.LOADED.value
    assert report["painted"] is True
    assert report["qt_namespace"] is False


def test_the_demo_s_sandbox_needs_no_web_framework() -> None:
    out = run_python(
        "import sys\n"
        "import btse_gui.sandbox.app\n"
        "print(sorted({'starlette', 'anyio', 'uvicorn'} & set(sys.modules)))\n"
    )
    assert out.strip() == "[]"


def test_the_first_frame_paints_a_remembered_profile_loading_with_qt_alone(
    tmp_path: Path,
) -> None:
    report = run_qt_child(
        "import json, sys\n"
        "from PySide6.QtWidgets import QLabel, QWidget\n"
        "from btse_gui.gui.settings import Settings\n"
        "from btse_gui.gui.startup.sequence import make_application\n"
        "from btse_gui.gui.opening import choose\n"
        "from btse_gui.gui.options import GuiOptions\n"
        "make_application(['btse-gui'])\n"
        "from btse_gui.gui.startup.first_frame import FirstFrame\n"
        "Settings().opening_profile = 'Desk <b>two</b> & co'\n"
        "settings = Settings()\n"
        "frame = FirstFrame(False, settings, choose(GuiOptions(), settings).name)\n"
        "frame.show_and_paint()\n"
        "title = frame.findChild(QLabel, 'account_title')\n"
        "busy = frame.findChild(QWidget, 'account_busy')\n"
        "print(json.dumps({'painted': frame.painted_at is not None, 'title': title.text(),\n"
        "    'plain': title.textFormat().name, 'busy': busy.isVisible(),\n"
        "    'words': [w.text() for w in busy.findChildren(QLabel)],\n"
        "    'header': type(frame.findChild(QWidget, 'account_header')).__name__,\n"
        "    'style': title.styleSheet(),\n"
        "    'loaded': sorted({'asyncio', 'qasync', 'httpx', 'keyring'} & set(sys.modules))}))\n",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
    )
    assert report["painted"] is True
    assert report["title"] == "Desk <b>two</b> & co"
    assert report["plain"] == "PlainText"  # a name is shown as typed, never as markup
    assert report["busy"] is True
    assert report["words"] == ["Signing in…"]
    # The account page's own header, not a copy: the title's weight cannot drift.
    assert report["header"] == "AccountHeader"
    assert "font-weight: bold" in report["style"]
    assert report["loaded"] == []

"""The window's start, in fresh interpreters: what it loads and what it leaves alone."""

from __future__ import annotations

import importlib
import importlib.util
import linecache
import sys
from typing import TYPE_CHECKING

from tests.children.common import Report, run_case

if TYPE_CHECKING:
    from qasync import QEventLoop

    from btse_gui.gui.app import App


def pyside_hook(_: list[str]) -> Report:
    """PySide6's import hook, swapped for one that reads bytes: same answers, no sources
    kept (``btse_gui.gui.qtcompat.pyside_hook``)."""
    import PySide6.QtCore  # noqa: F401
    import PySide6.support.feature as feature  # type: ignore[import-not-found]

    original = feature._mod_uses_pyside
    from btse_gui.gui.qtcompat import pyside_hook

    installed = pyside_hook.read_bytes_only()
    names = [
        "btse_gui.gui.startup.first_frame",
        "btse_gui.api.sanitize",
        "btse_gui.api.models",
        "email.parser",
        "PySide6.QtWidgets",
        "json",
    ]
    for name in names:
        importlib.import_module(name)
    answers = {
        n: [original(sys.modules[n]), pyside_hook.uses_pyside(sys.modules[n])] for n in names
    }
    linecache.clearcache()
    importlib.import_module("btse_gui.core.session")
    return {
        "installed": installed,
        "hook": feature._mod_uses_pyside.__name__,
        "answers": answers,
        "cached": sorted(linecache.cache),
    }


def http_stack(_: list[str]) -> Report:
    """The client without httpx's own command line (click, pygments, rich)."""
    importlib.import_module("btse_gui.api.client")
    import httpx

    return {
        "click_installed": importlib.util.find_spec("click") is not None,
        "loaded": sorted({"click", "pygments", "rich"} & set(sys.modules)),
        "stub_main": callable(httpx.main),
    }


def sandbox_alone(_: list[str]) -> Report:
    importlib.import_module("btse_gui.sandbox.app")
    return {"loaded": sorted({"starlette", "anyio", "uvicorn"} & set(sys.modules))}


def demo_app(account: str) -> tuple[App, QEventLoop]:
    """The app on demo ``account`` and its loop, as the start makes them; shown."""
    import asyncio

    import qasync

    from btse_gui.gui.app import App
    from btse_gui.gui.options import GuiOptions
    from btse_gui.gui.startup.sequence import make_application

    qapp = make_application(["btse-gui"])
    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    app = App(GuiOptions(demo=account))
    app.window.show()
    return app, loop


def demo_sign_in(_: list[str]) -> Report:
    """The demo signs in without the keychain."""
    app, loop = demo_app("kyc3")

    async def main() -> str:
        await app.start()
        state = app.session.state.value
        await app.aclose()
        return state

    with loop:
        state = loop.run_until_complete(main())
    return {
        "state": state,
        "keyring": "keyring" in sys.modules,
        "picked": app.login.demo_account.currentData(),
        "line": app.login.keychain_status.text(),
        "remember": app.login.remember.isEnabled(),
    }


def first_frame(_: list[str]) -> Report:
    """A remembered profile's first frame, painted with Qt alone: without asyncio, qasync,
    httpx or keyring, and without making PySide's ``Qt`` namespace."""
    import PySide6.QtCore
    from PySide6.QtWidgets import QLabel, QWidget

    from btse_gui.gui.opening import choose
    from btse_gui.gui.options import GuiOptions
    from btse_gui.gui.settings import Settings
    from btse_gui.gui.startup.sequence import make_application

    make_application(["btse-gui"])
    from btse_gui.gui.startup.first_frame import FirstFrame

    Settings().opening_profile = "Desk <b>two</b> & co"
    settings = Settings()
    frame = FirstFrame(False, settings, choose(GuiOptions(), settings).name)
    frame.show_and_paint()
    namespace = "Qt" in vars(PySide6.QtCore)  # before this child reads an enum itself
    title = frame.findChild(QLabel, "account_title")
    busy = frame.findChild(QWidget, "account_busy")
    assert title is not None
    assert busy is not None
    return {
        "painted": frame.painted_at is not None,
        "title": title.text(),
        "plain": title.textFormat().name,
        "busy": busy.isVisible(),
        "words": [w.text() for w in busy.findChildren(QLabel)],
        "header": type(frame.findChild(QWidget, "account_header")).__name__,
        "style": title.styleSheet(),
        "loaded": sorted({"asyncio", "qasync", "httpx", "keyring"} & set(sys.modules)),
        "qt_namespace": namespace,
    }


CASES = {
    "pyside_hook": pyside_hook,
    "http_stack": http_stack,
    "sandbox_alone": sandbox_alone,
    "demo_sign_in": demo_sign_in,
    "first_frame": first_frame,
}

if __name__ == "__main__":
    run_case(CASES)
    # End as the app ends (no teardown of Qt objects by the interpreter).
    from btse_gui.gui.startup.sequence import leave

    leave(0)

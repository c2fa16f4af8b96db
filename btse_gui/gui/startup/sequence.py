"""The window's start, in the order a person sees it, and its end. Read top to bottom:
:func:`run_window` is the whole sequence.

1. Garbage collection pauses until the data is shown (``gc_pause``).
2. Qt, the application, its language; a second launch hands over to the first window.
3. Choose what the window opens on (``opening.choose``), once.
4. The first frame, painted with Qt alone (``first_frame``): the account it opens
   with, loading, or "Starting…".
5. The HTTP stack (httpx, the client, and for the demo its sandbox): imported here, in
   this thread, once the person has something to look at.
6. The qasync loop and the app (``btse_gui.gui.app``): the real window takes the first
   frame's place and signs in (or shows the form or the overview); the pause in
   garbage collection ends once that sign-in's data has painted, or after
   ``START_MAX_S`` for a slow server.
7. At the end, the process leaves as soon as the app has shut down in order
   (:func:`leave`).

This module imports no Qt at its top: the pause in garbage collection begins before Qt
is imported.
"""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from btse_gui.gui.startup.gc_pause import START_MAX_S, GcPause

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from btse_gui.gui.options import GuiOptions


def run_window(options: GuiOptions, argv: list[str] | None = None) -> int:
    """Run the window; once it has been shown, this ends the process (:func:`leave`).
    Returns only when another btse-gui's window was brought forward instead."""
    gc_pause = GcPause()  # 1

    from btse_gui.gui.qtcompat import pyinstaller, pyside_hook  # 2

    pyside_hook.read_bytes_only()  # before the rest of the app is imported
    pyinstaller.qt_conf()
    from btse_gui.gui.settings import Settings

    demo = options.is_demo
    settings = None if demo else Settings()
    qapp = make_application(
        argv or sys.argv[:1], options.language or (settings.language if settings else None)
    )
    claim = None
    if not demo:
        from btse_gui.gui.single_instance import MESSAGE, OVERVIEW, Claim, ask_running_instance

        claim = Claim()  # held until this window listens: one window even at one instant
        asked = MESSAGE.strip() + (b" " + OVERVIEW if options.overview else b"") + b"\n"
        if ask_running_instance(asked):
            claim.release()
            print("btse-gui is already running; its window was brought forward.")
            return 0

    from btse_gui.gui.opening import choose  # 3

    opening = choose(options, settings)

    from btse_gui.gui.startup.first_frame import FirstFrame  # 4

    first = FirstFrame(demo, settings, opening.name)
    recorder = None
    if options.quit_after_load:
        from btse_gui.gui.startup.recorder import Recorder

        recorder = Recorder(options.started)
        recorder.watch_paint(first, "first_paint")
    first.show_and_paint()

    from btse_gui.core.no_dumps import keep_out_of_core_dumps

    keep_out_of_core_dumps()  # before any key or secret is read
    import_http_stack(demo)  # 5

    import asyncio  # 6
    import signal

    import qasync
    from PySide6.QtCore import QTimer

    from btse_gui.gui.app import App

    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    app = App(options, settings, opening=opening, started=gc_pause.end)
    loop.call_later(START_MAX_S, gc_pause.end)  # a slow server holds it up no longer
    if recorder is not None:
        recorder.watch_paint(app.window, "first_paint")
        recorder.watch_paint(app.window.account.permissions, "data_shown")
    app.take_place_of(first)
    del first
    instance = None
    if not demo:
        from btse_gui.gui.single_instance import InstanceServer

        instance = InstanceServer(app.bring_forward)
    if claim is not None:
        claim.release()
    qapp.aboutToQuit.connect(app.closed.set)
    # Ctrl+C / SIGTERM close the window like Ctrl+Q. Python only sees signals when it
    # runs, so a timer wakes it up while Qt waits for events.
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: app.window.close())
    waker = QTimer()
    waker.timeout.connect(lambda: None)
    waker.start(250)
    with loop:
        code = int(loop.run_until_complete(app.run(recorder.report if recorder else None)))
    gc_pause.end()  # if the window closed before the start began
    waker.stop()
    del instance  # stop listening only once the window is gone
    leave(code)  # 7
    return code  # (never reached: leave ends the process)


def window_icon() -> QIcon:
    """btse-gui's icon at each size it ships in (``packaging/make_icons.py --window``);
    Qt reads each file only when a size is asked for."""
    from PySide6.QtGui import QIcon

    icon = QIcon()
    for path in sorted((Path(__file__).resolve().parent.parent / "icons").glob("*.png")):
        icon.addFile(str(path))
    return icon


def make_application(argv: list[str], language_setting: str | None = None) -> QApplication:
    """The QApplication (the one there is, or a new one), named, speaking
    ``language_setting`` ("system", "en", "zh_TW"; ``None``: the system's)."""
    from PySide6.QtWidgets import QApplication

    from btse_gui.gui import language
    from btse_gui.gui.settings import APP_ID, APPLICATION, ORGANIZATION

    language.quiet_qt_messages()
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(window_icon())  # before the first window: its title bar, the task bar
    app.setQuitOnLastWindowClosed(False)  # the App decides when to stop, after cleanup
    language.install(language.resolve(language_setting or language.SYSTEM))
    return app


def import_http_stack(demo: bool) -> None:
    """httpx and the client (and the demo's in-process sandbox): everything the first
    sign-in needs that the window does not."""
    from importlib import import_module

    import_module("btse_gui.api.client")
    if demo:
        import_module("btse_gui.sandbox.app")


def leave(code: int) -> NoReturn:
    """End the process once the app has shut down in order: the session's tasks are
    cancelled and its clients closed, the loop and its thread pool closed (work in
    flight there, a keychain write say, has finished), the settings synced and the
    single-instance socket removed.

    What the interpreter would still do keeps nothing and costs about 100 ms: tearing
    down every module and every Qt object one at a time. So the log and the output are
    flushed, and the process ends here. (A windowed start has no standard streams at
    all: ``None``.)
    """
    import logging
    import os

    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        if stream is not None:
            with contextlib.suppress(OSError, ValueError):  # a reader that went away
                stream.flush()
    os._exit(code)

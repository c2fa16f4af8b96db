"""The window's start, in the order a person sees it, and its end.

1. ``QApplication`` and a first frame, painted with Qt alone: the window's title, size
   and menus, and either the account it opens with (a remembered profile, a demo
   account) loading, as the account page will show it, or "Starting…". Nothing here
   imports asyncio, qasync, httpx, keyring or the demo's sandbox, which together cost
   more than Qt's own start, nor touches Qt's ``Qt`` namespace (its ~100 enums take
   40 ms to make).
2. Right after that paint this thread imports the HTTP stack (and the demo's sandbox),
   qasync, the session and the widgets, and builds the real window (``btse_gui.app``),
   which takes the first frame's place. Only what lets go of the interpreter's lock
   runs beside it in a worker thread: loading a real server's TLS certificates. (The
   imports ran in a worker thread once; as they hold the lock they only took turns
   with this thread's, and the data showed ~50 ms later for it.)
3. At the end the process leaves as soon as the session is closed and the loop's
   thread pool is done: no interpreter teardown is waited for (see :func:`leave`).
"""

from __future__ import annotations

import contextlib
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, NoReturn

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from btse_gui import language, pyside_hook
from btse_gui.i18n import install_translator
from btse_gui.settings import APPLICATION, ORGANIZATION, Settings
from btse_gui.ui.props import plain_text

if TYPE_CHECKING:
    from concurrent.futures import Future

    from btse_gui.start_fetch import StartFetch

pyside_hook.read_bytes_only()  # before the rest of the app is imported


def frozen_qt_conf() -> None:
    """In the bundle: the embedded qt.conf check PyInstaller's run-time hook would have
    made at every start (packaging/rthook_pyside6.py), now that QtCore is imported."""
    check = getattr(sys, "_btse_gui_qt_conf", None)
    if check is not None:
        check()


frozen_qt_conf()

#: At most this long is spent waiting for the first frame's paint (a window manager
#: that never exposes the window must not hold the start up).
FIRST_PAINT_WAIT_MS = 1000


@dataclass(frozen=True)
class GuiOptions:
    #: ``None``: a real server. ``""``: the demo with its account picker. A name: that
    #: demo account, signed in at once.
    demo: str | None = None
    quit_after_load: bool = False
    started: float = 0.0
    #: With ``quit_after_load``: save a picture of the window here before quitting.
    screenshot: str | None = None
    #: Faults for the demo's sandbox (``latency=2000``...), to try slow or failing servers.
    demo_faults: str = ""
    #: Overrides the saved language ("system", "en", "zh_TW").
    language: str | None = None
    #: Seconds to wait for a server's answer (default: a little over the server's 30 s).
    timeout: float | None = None
    #: Accounts overview: open the window on it; the demo adds this many generated users.
    overview: bool = False
    demo_accounts: int = 0


class PaintProbe(QObject):
    """Notes when a widget first paints (for ``--quit-after-load`` timings)."""

    def __init__(self, widget: QWidget, on_paint: Callable[[], None]) -> None:
        super().__init__(widget)
        self._on_paint = on_paint
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self._on_paint()
        return False


def make_application(argv: list[str]) -> QApplication:
    language.quiet_qt_messages()
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setDesktopFileName("btse-gui")
    app.setQuitOnLastWindowClosed(False)  # the App decides when to stop, after cleanup
    install_translator(QCoreApplication.translate)
    return app


def window_title(demo: bool) -> str:
    if demo:
        return QCoreApplication.translate("MainWindow", "btse-gui — demo")
    return QCoreApplication.translate("MainWindow", "btse-gui")


def _plain_label(text: str, parent: QWidget) -> QLabel:
    """A label that shows ``text`` as it is, never as markup."""
    label = QLabel(parent)
    plain_text(label)
    label.setText(text)
    return label


class FirstFrame(QMainWindow):
    """What shows while the rest of the app loads: the window's title, place, size and
    menus, and ``opening`` (the account the app signs in to at start) loading as the
    account page shows it, or "Starting…". The real window takes its place."""

    def __init__(self, demo: bool, settings: Settings | None, opening: str = "") -> None:
        super().__init__()
        self.setObjectName("firstFrame")
        self.setWindowTitle(window_title(demo))
        self.resize(880, 560)
        geometry = settings.window_geometry() if settings is not None else None
        if geometry is not None:
            self.restoreGeometry(geometry)
        for menu in ("&File", "&Edit", "&View", "&Help"):  # the real window's menus
            self.menuBar().addMenu(QCoreApplication.translate("MainWindow", menu)).setEnabled(False)
        self.opening = opening
        self.setCentralWidget(self._loading(opening) if opening else self._starting())
        # Closed by the person before the real window was ready: the app then stops.
        self.closed_early = False
        # ``perf_counter()`` and ``time.time()`` of the first paint.
        self.painted_at: tuple[float, float] | None = None
        PaintProbe(self, self._on_paint)

    def _starting(self) -> QWidget:
        page = QWidget(self)
        label = QLabel(QCoreApplication.translate("FirstFrame", "Starting…"), page)
        label.setEnabled(False)  # the palette's muted text colour
        label.setAccessibleName(label.text())
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(label)
        row.addStretch(1)
        column = QVBoxLayout(page)
        column.addStretch(1)
        column.addLayout(row)
        column.addStretch(1)
        return page

    def _loading(self, name: str) -> QWidget:
        """The account page's loading state: its header (the account's name, the
        buttons not yet usable) and its busy row."""
        page = QWidget(self)
        title = _plain_label(name, page)
        title.setObjectName("first_frame_title")
        title.setStyleSheet("font-size: 15pt; font-weight: 600;")  # as the account page's
        title.setAccessibleName(QCoreApplication.translate("AccountPage", "Account"))
        names = QVBoxLayout()
        names.addWidget(title)
        names.addWidget(QLabel(page))  # the subtitle's place (who, when: after sign-in)
        top = QHBoxLayout()
        top.addLayout(names, 1)
        for text in ("Refresh", "Copy summary", "Sign out"):
            button = QPushButton(QCoreApplication.translate("AccountPage", text), page)
            button.setEnabled(False)
            top.addWidget(button)
        busy = QWidget(page)
        busy.setObjectName("first_frame_busy")
        words = QLabel(QCoreApplication.translate("Render", "Signing in…"), busy)
        bar = QProgressBar(busy)
        bar.setRange(0, 0)
        bar.setTextVisible(False)
        bar.setMaximumHeight(10)
        bar.setAccessibleName(QCoreApplication.translate("BusyRow", "Working"))
        cancel = QPushButton(QCoreApplication.translate("BusyRow", "Cancel"), busy)
        cancel.setEnabled(False)
        row = QHBoxLayout(busy)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(words)
        row.addWidget(bar, 1)
        row.addWidget(cancel)
        column = QVBoxLayout(page)
        column.addLayout(top)
        column.addWidget(busy)
        column.addStretch(1)
        self.statusBar().showMessage(QCoreApplication.translate("Session", "Signing in…"))
        return page

    def _on_paint(self) -> None:
        if self.painted_at is None:
            self.painted_at = (time.perf_counter(), time.time())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed_early = True
        super().closeEvent(event)

    def show_and_paint(self) -> None:
        """Show, and process Qt events until the frame has painted (or a second passed)."""
        self.show()
        if self.painted_at is not None:
            return
        waiting = QEventLoop()
        PaintProbe(self, waiting.quit)
        QTimer.singleShot(FIRST_PAINT_WAIT_MS, waiting.quit)
        waiting.exec()


def preload(demo: bool) -> None:
    """Import the HTTP stack (and the demo's sandbox)."""
    import btse_gui.api.client

    if demo:
        import btse_gui.sandbox.app  # noqa: F401


def run_gui(
    options: GuiOptions, argv: list[str] | None = None, start_fetch: StartFetch | None = None
) -> int:
    """Run the window. Once it has been shown, this ends the process (:func:`leave`).
    ``start_fetch``: the demo account's sign-in, already asked of a process of its own."""
    app = make_application(argv or sys.argv[:1])
    demo = options.demo is not None
    if not demo:
        from btse_gui.single_instance import ask_running_instance

        if ask_running_instance():
            print("btse-gui is already running; its window was brought forward.")
            return 0
    settings = None if demo else Settings()
    setting = options.language or (settings.language if settings else language.SYSTEM)
    language.install(language.resolve(setting))
    opening = opening_account(options, settings)
    if opening and not demo:  # a remembered profile: its sign-in is asked for once read
        from btse_gui.clients import real_clients
        from btse_gui.start_fetch import StartFetch

        start_fetch = StartFetch.begin(real_clients(options.timeout))
    first = FirstFrame(demo, settings, opening)
    first.show_and_paint()
    from concurrent.futures import Future

    tls: Future[None] = Future()
    if start_fetch is not None:
        # The start's sign-in happens in its own process: the HTTP stack (and the TLS
        # context) are made once the data is shown (btse_gui.start_over).
        import btse_gui.api.models  # noqa: F401  (what the answer is made of)

        tls.set_result(None)
    else:
        preload(demo)
        if demo:
            tls.set_result(None)  # the demo's server is in-process, over plain HTTP
        else:
            threading.Thread(target=_make_tls_context, args=(tls,), name="tls", daemon=True).start()

    from btse_gui.app import run_app

    return leave(run_app(options, app, first, settings, tls, start_fetch))


def opening_account(options: GuiOptions, settings: Settings | None) -> str:
    """The account the window opens with: the demo account asked for, or the profile
    the window last closed on when its key was remembered; ``""`` for the sign-in form
    (or the accounts overview)."""
    if options.overview:
        return ""
    if options.demo is not None:
        return options.demo
    return settings.opening_profile if settings is not None else ""


def _make_tls_context(done: Future[None]) -> None:
    """The TLS context a real server needs (~30 ms of loading certificates, without the
    interpreter's lock), made while the app starts; the sign-in waits for it."""
    from btse_gui.api.connections import tls_context

    try:
        tls_context()
    except BaseException as exc:  # the app sees it where it waits (and the client retries)
        done.set_exception(exc)
    else:
        done.set_result(None)


def leave(code: int) -> NoReturn:
    """End the process once the app has shut down in order: the session's tasks are
    cancelled and its clients closed, the loop and its thread pool closed (work in
    flight there, a keychain write say, has finished), the settings synced and the
    single-instance socket removed.

    What the interpreter would still do keeps nothing and costs about 100 ms: tearing
    down every module and every Qt object one at a time. So the log and the output are
    flushed, and the process ends here.
    """
    import logging
    import os

    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a reader that went away
            stream.flush()
    os._exit(code)

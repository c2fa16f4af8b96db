"""The window's start, in the order a person sees it, and its end.

1. ``QApplication`` and a first frame (the window's title and size, "Starting…"),
   painted with Qt alone: nothing here imports asyncio, qasync, httpx, keyring or the
   demo's sandbox, which together cost more than Qt's own start.
2. Right after that paint a worker thread starts importing the HTTP stack (and the
   sandbox), while this thread imports qasync, the session and the widgets and builds
   the real window (``btse_gui.app``), which takes the first frame's place.
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
from typing import NoReturn

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QWidget

from btse_gui import language, pyside_hook
from btse_gui.i18n import install_translator
from btse_gui.settings import APPLICATION, ORGANIZATION, Settings

pyside_hook.read_bytes_only()  # before the rest of the app is imported

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


class FirstFrame(QMainWindow):
    """What shows while the rest of the app loads: the window's title, place and size,
    and a "Starting…" line. The real window takes its geometry and replaces it."""

    def __init__(self, demo: bool, settings: Settings | None) -> None:
        super().__init__()
        self.setObjectName("firstFrame")
        self.setWindowTitle(window_title(demo))
        self.resize(880, 560)
        geometry = settings.window_geometry() if settings is not None else None
        if geometry is not None:
            self.restoreGeometry(geometry)
        label = QLabel(QCoreApplication.translate("FirstFrame", "Starting…"), self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setEnabled(False)  # the palette's muted text colour
        label.setAccessibleName(label.text())
        self.setCentralWidget(label)
        #: Closed by the person before the real window was ready: the app then stops.
        self.closed_early = False
        #: ``perf_counter()`` and ``time.time()`` of the first paint.
        self.painted_at: tuple[float, float] | None = None
        PaintProbe(self, self._on_paint)

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
    """Import the HTTP stack (and the demo's sandbox), and make the TLS context a real
    server needs: together about as long as Qt's own start."""
    import btse_gui.api.client

    if demo:
        import btse_gui.sandbox.app  # noqa: F401
    else:
        from btse_gui.api.connections import tls_context

        tls_context()  # loading the certificates lets go of the GIL: off the UI thread


def run_gui(options: GuiOptions, argv: list[str] | None = None) -> int:
    """Run the window. Once it has been shown, this ends the process (:func:`leave`)."""
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
    first = FirstFrame(demo, settings)
    first.show_and_paint()
    threading.Thread(target=preload, args=(demo,), name="preload", daemon=True).start()

    from btse_gui.app import run_app

    return leave(run_app(options, app, first, settings))


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

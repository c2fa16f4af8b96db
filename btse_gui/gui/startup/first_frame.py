"""What shows while the rest of the app loads: the window's title, place, size and
menus, and the account it opens with loading (the account page's own header and busy
row, so nothing moves when the real window takes its place), or "Starting…".

Painted with Qt alone: nothing here imports asyncio, qasync, httpx, keyring or the
demo's sandbox, which together cost more than Qt's own start, nor makes PySide's ``Qt``
namespace (``btse_gui.gui.qtcompat.props``).
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QVBoxLayout, QWidget

from btse_gui.gui.settings import Settings
from btse_gui.gui.widgets.account_header import AccountHeader, BusyRow
from btse_gui.gui.widgets.frame import MENUS, WINDOW_SIZE, PaintProbe, menu_title, window_title

#: At most this long is spent waiting for the first frame's paint (a window manager
#: that never exposes the window must not hold the start up).
FIRST_PAINT_WAIT_MS = 1000


class FirstFrame(QMainWindow):
    """The window before the window: the real one takes its place (``App``)."""

    def __init__(self, demo: bool, settings: Settings | None, opening: str = "") -> None:
        super().__init__()
        self.setObjectName("firstFrame")
        self.setWindowTitle(window_title(demo))
        self.resize(*WINDOW_SIZE)
        geometry = settings.window_geometry() if settings is not None else None
        if geometry is not None:
            self.restoreGeometry(geometry)
        for index in range(len(MENUS)):
            self.menuBar().addMenu(menu_title(index)).setEnabled(False)
        self.setCentralWidget(self._loading(opening) if opening else self._starting())
        #: Closed by the person before the real window was ready: the app then stops.
        self.closed_early = False
        #: ``perf_counter()`` of the first paint.
        self.painted_at: float | None = None
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
        """The account page's loading state: its header (the buttons not yet usable)
        and its busy row."""
        page = QWidget(self)
        header = AccountHeader(page)
        header.show_names(name, "")
        for button in (header.refresh_button, header.copy_button, header.sign_out_button):
            button.setEnabled(False)
        busy = BusyRow("account_busy", page)
        signing_in = QCoreApplication.translate("Render", "Signing in…")
        busy.show_busy(signing_in)
        busy.cancel.setEnabled(False)
        column = QVBoxLayout(page)
        column.addWidget(header)
        column.addWidget(busy)
        column.addStretch(1)
        self.statusBar().showMessage(QCoreApplication.translate("Session", "Signing in…"))
        return page

    def _on_paint(self) -> None:
        if self.painted_at is None:
            self.painted_at = time.perf_counter()

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

"""The accounts overview's table view: opens a row on Enter or a double-click, and
keeps each of its repaints short while rows arrive.

Painting the table asks the model about every cell in sight, a call into Python each:
with twenty rows in view one repaint of the whole table took 20-30 ms on a busy
two-core machine, and Qt's views repaint the whole of it for any change that spans more
than one cell (``QAbstractItemView::dataChanged``), even when every changed row is
scrolled out of sight. So, here:

- a change repaints only its cells that are on screen (none for rows out of sight: they
  are painted when they are scrolled into view, as always);
- while rows are arriving (:attr:`OverviewTable.progressive`), a repaint paints as many
  rows as fit in :data:`PAINT_BUDGET_MS` (measured on this machine, from the repaints so
  far) and leaves the rest for the next frame, so the window answers between them. A big
  repaint (the first listing, a scroll) then fills in over a few frames instead of
  freezing the window for one long one.
"""

from __future__ import annotations

import time
from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAccessible,
    QKeyEvent,
    QMouseEvent,
    QPaintEvent,
    QRegion,
    QResizeEvent,
)
from PySide6.QtWidgets import QTableView, QWidget

#: The time one repaint may take while rows arrive, and the time to the next (a frame).
PAINT_BUDGET_MS = 5.0
PAINT_EVERY_MS = 16
#: Rows per repaint at most while rows arrive: the cost measured on rows that show
#: only a name says little about rows full of marks.
MOST_ROWS_PER_PAINT = 3
Index = QModelIndex | QPersistentModelIndex


class OverviewTable(QTableView):
    """The table: Enter or a double-click on a row asks to open that account."""

    openRequested = Signal(int)  # the proxy row
    #: The table's size changed (the page shares out its width again).
    resized = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: Rows are arriving: repaints are kept short (the page sets this while loading).
        self.progressive = False
        # The vertical scroll bar is always there: its coming (the first rows listed)
        # would resize the table, and a resized table is relaid out and repainted whole.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self._later = QRegion()
        self._pacer = QTimer(self)
        self._pacer.setInterval(PAINT_EVERY_MS)
        self._pacer.timeout.connect(self._paint_later)
        #: Seconds one row takes to paint, as measured (a guess until the first paint).
        self._row_cost = 0.002
        #: Cells whose change asked for a repaint (for the tests: none off screen).
        self.cells_repainted = 0

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit()

    def warm_up(self) -> None:
        """Let PySide load Qt's widget classes now, not during the first load.

        The first time Python sees a widget that Qt made (the viewport), PySide looks
        for its most derived class among every QWidget subclass, loading each, with its
        enums, on the way: 10-45 ms, once per process.
        """
        self.viewport()

    def dataChanged(self, top_left: Index, bottom_right: Index, roles: Sequence[int] = ()) -> None:
        if QAccessible.isActive():  # a screen reader hears of every change, Qt's way
            super().dataChanged(top_left, bottom_right, list(roles))
            return
        first, last = self.rows_on_screen()
        first, last = max(first, top_left.row()), min(last, bottom_right.row())
        left, right = top_left.column(), bottom_right.column()
        if first > last or left > right:
            return
        self.cells_repainted += (last - first + 1) * (right - left + 1)
        x = self.columnViewportPosition(left)
        y = self.rowViewportPosition(first)
        width = self.columnViewportPosition(right) + self.columnWidth(right) - x
        height = self.rowViewportPosition(last) + self.rowHeight(last) - y
        self.viewport().update(QRect(x, y, width, height))

    def rows_on_screen(self) -> tuple[int, int]:
        """The first and last row (the view's) in sight; ``(0, -1)`` for none."""
        model, viewport = self.model(), self.viewport()
        first = self.rowAt(0) if model is not None else -1
        if first < 0:
            return 0, -1
        last = self.rowAt(viewport.height() - 1)
        return first, last if last >= 0 else model.rowCount() - 1

    def paintEvent(self, event: QPaintEvent) -> None:
        region = event.region()
        bounds = region.boundingRect()
        row_height = max(1, self.verticalHeader().defaultSectionSize())
        rows = max(1, min(MOST_ROWS_PER_PAINT, int(PAINT_BUDGET_MS / 1000 / self._row_cost)))
        if self.progressive and bounds.height() > rows * row_height:
            now = QRect(bounds.left(), bounds.top(), bounds.width(), rows * row_height)
            self._later = self._later.united(region.subtracted(QRegion(now)))
            if not self._pacer.isActive():
                self._pacer.start()
            region, bounds = region.intersected(now), now
            event = QPaintEvent(region)
        started = time.perf_counter()
        super().paintEvent(event)
        painted = bounds.height() / row_height
        if painted >= 1:  # learn the cost of a row from every repaint of some rows
            self._row_cost = (self._row_cost + (time.perf_counter() - started) / painted) / 2

    def _paint_later(self) -> None:
        later, self._later = self._later, QRegion()
        if later.isEmpty():
            self._pacer.stop()
        else:
            self.viewport().update(later)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.openRequested.emit(self.currentIndex().row())
            return
        super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        if index.isValid():
            self.openRequested.emit(index.row())
            return
        super().mouseDoubleClickEvent(event)

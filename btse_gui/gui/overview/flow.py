"""The overview's row of buttons: left to right, on as many lines as the page's width
needs. In one box layout the row's natural width (about 720 pixels in English) was the
page's minimum, and with it the window's: the window could not be made narrower.

One item may be the *filler* (the progress bar): it takes the room left on its line,
and keeps its place while hidden (``setRetainSizeWhenHidden``), as in a box layout.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QStyle, QWidget, QWidgetItem


class FlowRow(QLayout):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._filler: QLayoutItem | None = None

    def add(self, widget: QWidget, *, filler: bool = False) -> None:
        self.addChildWidget(widget)
        item = QWidgetItem(widget)
        self._items.append(item)
        if filler:
            self._filler = item
        self.invalidate()

    # --- QLayout --------------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if not 0 <= index < len(self._items):
            return None
        item = self._items.pop(index)
        if item is self._filler:
            self._filler = None
        return item

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def minimumSize(self) -> QSize:
        """The widest item: the row folds, line by line, down to it."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size.grownBy(margins)

    def sizeHint(self) -> QSize:
        """Everything on one line."""
        hints = [item.sizeHint() for item in self._shown()]
        width = sum(h.width() for h in hints) + self._spacing() * max(0, len(hints) - 1)
        height = max((h.height() for h in hints), default=0)
        return QSize(width, height).grownBy(self.contentsMargins())

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    # --- the placing ----------------------------------------------------------------

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _spacing(self) -> int:
        spacing = self.spacing()
        if spacing >= 0:
            return spacing
        parent = self.parentWidget()
        style = parent.style() if parent is not None else None
        if style is None:
            return 6
        return style.pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing, None, parent)

    def _place(self, rect: QRect, *, move: bool) -> int:
        """Lay the items out in ``rect`` (or only measure): the height they take."""
        area = rect.marginsRemoved(self.contentsMargins())
        gap = self._spacing()
        lines: list[list[QLayoutItem]] = []
        used = 0
        for item in self._shown():
            width = item.sizeHint().width()
            if lines and used + gap + width <= area.width():
                lines[-1].append(item)
                used += gap + width
            else:
                lines.append([item])
                used = width
        y = area.y()
        for line in lines:
            height = max(item.sizeHint().height() for item in line)
            if move:
                self._place_line(line, QPoint(area.x(), y), area.width(), height, gap)
            y += height + gap
        margins = self.contentsMargins()
        return y - gap - area.y() + margins.top() + margins.bottom() if lines else 0

    def _place_line(
        self, line: list[QLayoutItem], at: QPoint, width: int, height: int, gap: int
    ) -> None:
        widths = [min(width, item.sizeHint().width()) for item in line]
        room = width - sum(widths) - gap * (len(line) - 1)
        if self._filler in line and room > 0:
            widths[line.index(self._filler)] += room
        x = at.x()
        for item, w in zip(line, widths, strict=True):
            item.setGeometry(QRect(x, at.y(), w, height))
            x += w + gap

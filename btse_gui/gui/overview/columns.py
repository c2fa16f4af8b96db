"""How wide the accounts overview's columns are: at the window's first size (880 pixels)
every column in sight, in English and in Chinese, without a scroll bar.

Each column is as wide as its heading's longer line (headings break onto two lines) or
its typical cells in the active language, from the style's own margins; the sorted
column is widened for its arrow; what the columns leave of the table's width goes to the
profiles' names. A longer cell is elided, and whole in its tooltip and under the table.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader, QWidget

from btse_gui.api.enums import UserStatus
from btse_gui.api.errors import ForbiddenError
from btse_gui.core.overview_rows import (
    COLUMNS,
    MARK_BLOCKED,
    MARK_MISMATCH,
    SHORT_REASONS,
    Column,
    age_text,
    tr,
)
from btse_gui.core.report import status_name, yes_no
from btse_gui.gui.overview.table import OverviewTable

#: Typical values of the columns whose cells are not in the active language.
SAMPLES = {
    Column.PROFILE: "gen-00000",
    Column.USERNAME: "mismatchdemo",
    Column.KYC: "0",
    Column.SPREAD: "0.05%",
}
#: Room between neighbouring cells' texts, and around a heading's, beyond the style's own.
GAP = 4


def heading_margins(header: QHeaderView) -> int:
    """The room a heading's section takes beside its text: the style's own figures."""
    option = header_option(header)
    label = header.style().subElementRect(QStyle.SubElement.SE_HeaderLabel, option, header)
    return option.rect.width() - label.width()


def arrow_room(header: QHeaderView) -> int:
    """The room a centred heading needs beside a sort arrow: the arrow and its margins,
    on either side."""
    option = header_option(header)
    style = header.style()
    arrow = style.subElementRect(QStyle.SubElement.SE_HeaderArrow, option, header)
    margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, option, header)
    return 2 * (arrow.width() + 2 * margin)


def header_option(header: QHeaderView) -> QStyleOptionHeader:
    """A sorted section's, 200 pixels wide, as tall as two lines of text."""
    option = QStyleOptionHeader()
    option.initFrom(header)
    option.rect = QRect(0, 0, 200, max(header.height(), 2 * header.fontMetrics().height()))
    option.sortIndicator = QStyleOptionHeader.SortIndicator.SortDown
    return option


def cell_margins(table: QWidget) -> int:
    """The room a cell takes beside its text (the item delegate's margins)."""
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table)
    return 2 * (margin + 1)


def samples(column: Column) -> list[str]:
    """Typical cells of ``column``, in the active language: its starting width has room
    for them (a longer one is elided, and shown whole by its tooltip and under the table)."""
    if column.permission is not None:
        return [MARK_BLOCKED + " " + MARK_MISMATCH]
    if column in (Column.SIGNED_IN, Column.VIP):
        return [yes_no(True), yes_no(False)]
    if column is Column.STATUS:
        failed = "⚠ " + tr(dict(SHORT_REASONS)[ForbiddenError])
        return [failed, *(status_name(status.value) for status in UserStatus)]
    if column is Column.AGE:
        return [age_text(59 * 60)]
    if column in SAMPLES:
        return [SAMPLES[column]]
    return []


class ColumnWidths:
    """The table's column widths, set again on a language change (:meth:`fit`), a sort
    and a resize of the table."""

    def __init__(self, table: OverviewTable) -> None:
        self.table = table
        #: The sorted column widened for its arrow: which, its width before and after.
        self._widened: tuple[int, int, int] | None = None
        #: The profiles' column as measured (the spare room may make it wider).
        self._profile_width = 0
        self._fitted = False
        table.resized.connect(self.share_spare_room)
        table.horizontalHeader().sortIndicatorChanged.connect(
            lambda section, _order: self.sorted_by(section)
        )

    def fit(self) -> None:
        """Each column as wide as its heading's longer line or its typical cells."""
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # No column stretches: the last is the data's age, a few characters wide.
        header.setStretchLastSection(False)
        # A selected row intersects every column: highlighted, each heading would turn
        # bold, wider than the room measured for it here.
        header.setHighlightSections(False)
        metrics = self.table.fontMetrics()
        around_cell = cell_margins(self.table) + GAP
        for i, column in enumerate(COLUMNS):
            width = self._heading_width(i) + GAP
            for sample in samples(column):
                width = max(width, metrics.horizontalAdvance(sample) + around_cell)
            self.table.setColumnWidth(i, width)
        self._widened = None
        self._profile_width = self.table.columnWidth(COLUMNS.index(Column.PROFILE))
        self._fitted = True
        self.sorted_by(header.sortIndicatorSection())

    def sorted_by(self, section: int) -> None:
        self._room_for_arrow(section)
        self.share_spare_room()

    def share_spare_room(self) -> None:
        """The room the columns leave in the table goes to the profiles' names (how a
        support desk tells its accounts apart); never less than measured for them."""
        if not self._fitted:
            return
        section = COLUMNS.index(Column.PROFILE)
        others = self.table.horizontalHeader().length() - self.table.columnWidth(section)
        spare = self.table.viewport().width() - others
        self.table.setColumnWidth(section, max(self._profile_width, spare))

    def _heading_width(self, section: int) -> int:
        """The room for a heading's longer line."""
        header = self.table.horizontalHeader()
        heading = str(self.table.model().headerData(section, Qt.Orientation.Horizontal))
        lines = heading.split("\n")
        return heading_margins(header) + max(map(header.fontMetrics().horizontalAdvance, lines))

    def _room_for_arrow(self, section: int) -> None:
        """The sorted column's heading clear of its sort arrow. Only that column is
        widened (room for an arrow in every column would not fit the window), and the
        one widened before narrows again, unless the person has resized it since."""
        if self._widened is not None:
            before, natural, widened = self._widened
            if self.table.columnWidth(before) == widened:
                self.table.setColumnWidth(before, natural)
            self._widened = None
        if not self._fitted or not 0 <= section < len(COLUMNS):
            return
        width = self.table.columnWidth(section)
        needed = self._heading_width(section) + arrow_room(self.table.horizontalHeader())
        if width < needed:
            self.table.setColumnWidth(section, needed)
            self._widened = (section, width, needed)

"""The accounts overview as a Qt model: one table model over the loader's rows, and a
proxy that sorts and filters it. No widget per cell.

Answers arrive one by one, up to hundreds a second. Each would cost a ``dataChanged``,
a proxy re-sort and a repaint; instead the changed rows are collected and applied every
:data:`BATCH_MS` in one pass (one ``dataChanged`` per run of neighbouring rows), so the
event loop stays free between batches.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)

from btse_gui.api.models import permission_name
from btse_gui.core.overview import OverviewLoader
from btse_gui.core.overview_rows import (
    COLUMNS,
    HEADINGS,
    Column,
    OverviewRow,
    RowFilter,
    cell_description,
    cell_text,
    sort_key,
    tr,
)

#: Rows that change within this many milliseconds are shown together.
BATCH_MS = 50
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
Roles = QModelRoleDataSpan | QModelRoleData
DISPLAY = Qt.ItemDataRole.DisplayRole
ROLES = {
    SORT_ROLE,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.AccessibleTextRole,
    Qt.ItemDataRole.TextAlignmentRole,
}
CENTERED = {c for c in COLUMNS if c.permission is not None} | {Column.KYC, Column.SIGNED_IN}
#: The same as plain numbers, for painting (see ``OverviewModel.multiData``).
CENTERED_AT = frozenset(COLUMNS.index(c) for c in CENTERED)
DISPLAY_ROLE = Qt.ItemDataRole.DisplayRole.value
ALIGNMENT_ROLE = Qt.ItemDataRole.TextAlignmentRole.value
CENTER = Qt.AlignmentFlag.AlignCenter.value


class OverviewModel(QAbstractTableModel):
    """The loader's rows, one per profile, in the order the profiles are listed."""

    #: A batch was applied (the counts and the progress may have changed).
    updated = Signal()

    def __init__(self, loader: OverviewLoader, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.loader = loader
        #: The loader's own list (rows change in place; a new list means new profiles).
        self._rows: list[OverviewRow] = loader.rows
        self._pending: set[str] = set()
        #: Each row's cell texts, made once per change: painting asks for them often.
        self._texts: dict[str, tuple[str, ...]] = {}
        self.batches = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(BATCH_MS)
        self._timer.timeout.connect(self.flush)
        self._unsubscribe = loader.subscribe(self._on_change)
        self.destroyed.connect(self._unsubscribe)

    # --- batching -----------------------------------------------------------------------

    def _on_change(self, names: list[str]) -> None:
        self._pending.update(names)
        if not self._timer.isActive():
            self._timer.start()

    def flush(self) -> None:
        """Apply what changed since the last batch, in one pass."""
        self._timer.stop()
        self.batches += 1
        self._apply()
        self.updated.emit()

    def _apply(self) -> None:
        if self._rows is not self.loader.rows:
            self._pending.clear()
            self.beginResetModel()
            self._texts.clear()
            self._rows = self.loader.rows
            self.endResetModel()
        elif self._pending:
            for name in self._pending:
                self._texts.pop(name, None)
            found = (self.loader.position(name) for name in self._pending)
            changed = sorted(i for i in found if i is not None)
            self._pending.clear()
            last = len(COLUMNS) - 1
            for first, end in _runs(changed):
                self.dataChanged.emit(self.index(first, 0), self.index(end, last))

    def refresh_ages(self) -> None:
        """The data-age column moves on with the clock."""
        self._texts.clear()
        if self._rows:
            column = COLUMNS.index(Column.AGE)
            self.dataChanged.emit(self.index(0, column), self.index(len(self._rows) - 1, column))

    def retranslate(self) -> None:
        """The language changed: every cell and heading again, in it."""
        self._texts.clear()
        if self._rows:
            last_row, last_column = len(self._rows) - 1, len(COLUMNS) - 1
            self.dataChanged.emit(self.index(0, 0), self.index(last_row, last_column))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)

    # --- the model --------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        """Qt's own asks rowCount and columnCount for every index, two calls into Python,
        and the proxy makes an index for each cell it paints."""
        if parent.isValid() or not (0 <= row < len(self._rows) and 0 <= column < len(COLUMNS)):
            return QModelIndex()
        return self.createIndex(row, column)

    def multiData(self, index: Index, roles: Roles) -> None:
        """Every role a painted cell asks for (about seven), in one call into Python;
        the two that painting uses, text and alignment, without a call each."""
        if not index.isValid():
            return
        # A span is a sequence of QModelRoleData at run time (the type stubs omit it).
        span: Any = roles
        slots: Sequence[QModelRoleData] = [roles] if isinstance(roles, QModelRoleData) else span
        row, column = index.row(), index.column()
        for slot in slots:
            role = slot.role()
            if role == DISPLAY_ROLE:
                slot.setData(self.texts(self._rows[row])[column])
            elif role == ALIGNMENT_ROLE:
                if column in CENTERED_AT:
                    slot.setData(CENTER)
            elif role in ROLES:
                value = self.data(index, role)
                if value is not None:
                    slot.setData(value)

    def row_at(self, row: int) -> OverviewRow:
        return self._rows[row]

    def texts(self, row: OverviewRow) -> tuple[str, ...]:
        texts = self._texts.get(row.name)
        if texts is None:
            texts = self._texts[row.name] = tuple(cell_text(row, c) for c in COLUMNS)
        return texts

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == DISPLAY:
            return self.texts(self._rows[index.row()])[index.column()]
        if role not in ROLES or not index.isValid():
            return None
        row, column = self._rows[index.row()], COLUMNS[index.column()]
        if role == SORT_ROLE:
            return sort_key(row, column)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return cell_description(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in CENTERED:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        column = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return two_lines(tr(HEADINGS[column]))
        if column.permission is not None and role in (
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return permission_name(column.permission)
        if role == Qt.ItemDataRole.AccessibleTextRole:  # read out on one line
            return tr(HEADINGS[column])
        return None


def two_lines(heading: str) -> str:
    """A heading of two words or more on two lines ("USDT in" -> "USDT\\nin"), split where
    the longer line is shortest: a column need only be as wide as the longer half."""
    words = heading.split()
    if len(words) < 2:
        return heading
    at = min(
        range(1, len(words)),
        key=lambda i: max(len(" ".join(words[:i])), len(" ".join(words[i:]))),
    )
    return " ".join(words[:at]) + "\n" + " ".join(words[at:])


def _runs(indexes: list[int]) -> list[tuple[int, int]]:
    """``[1, 2, 3, 7, 8]`` -> ``[(1, 3), (7, 8)]``: one signal per run of neighbours."""
    runs: list[tuple[int, int]] = []
    for i in indexes:
        if runs and runs[-1][1] == i - 1:
            runs[-1] = (runs[-1][0], i)
        else:
            runs.append((i, i))
    return runs


class OverviewProxy(QSortFilterProxyModel):
    """Sorts by any column (numbers as numbers) and keeps the rows the filter accepts."""

    def __init__(self, model: OverviewModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._filter = RowFilter()
        self.setSourceModel(model)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_filter_text(self, text: str) -> None:
        wanted = RowFilter.parse(text)
        if wanted != self._filter:
            self.beginFilterChange()
            self._filter = wanted
            self.endFilterChange()

    def multiData(self, index: Index, roles: Roles) -> None:
        """A painted cell's roles from the source in one call (Qt's proxy asks for them
        one at a time, each a new source index: three calls into Python per role)."""
        self._model.multiData(self.mapToSource(index), roles)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._filter.words:
            return True
        return self._filter.accepts(self._model.row_at(source_row))

    def rows(self) -> list[OverviewRow]:
        """The rows shown, in the order shown."""
        model = self._model
        return [
            model.row_at(self.mapToSource(self.index(i, 0)).row()) for i in range(self.rowCount())
        ]

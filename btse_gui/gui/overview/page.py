"""The accounts overview page: every saved profile in one sortable, filterable table.

Rows fill as answers arrive (see :mod:`btse_gui.gui.overview.model` for the batching);
Enter or a double-click opens the account's own page, through the session. Copy and
export use the same redacted texts as the command line (``report.support_summary``,
``lookups.as_csv`` / ``as_json``): no key or secret, masked email, safe CSV cells.
"""

from __future__ import annotations

import asyncio
import itertools
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from btse_gui.core import lookups
from btse_gui.core.overview import OverviewLoader
from btse_gui.core.overview_rows import (
    OverviewRow,
    count,
    counts_text,
    row_details,
)
from btse_gui.core.report import support_summary
from btse_gui.gui.overview.columns import ColumnWidths
from btse_gui.gui.overview.flow import FlowRow
from btse_gui.gui.overview.model import OverviewModel, OverviewProxy
from btse_gui.gui.overview.table import OverviewTable
from btse_gui.gui.widgets.names import follow_language
from btse_gui.gui.widgets.slots import async_slot


class OverviewPage(QWidget):
    #: The person chose an account (by profile name) to open on its own page.
    openRequested = Signal(str)
    #: Back to the single-account page.
    backRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overview_page")
        self.setAccessibleName(self.tr("Accounts overview"))
        self.loader: OverviewLoader | None = None
        # The loader's problem as last shown (cleared once it is gone).
        self._problem = ""
        self.model: OverviewModel | None = None
        self.proxy: OverviewProxy | None = None
        self._build()
        self._ages = QTimer(self)
        self._ages.setInterval(15_000)
        self._ages.timeout.connect(self._tick)
        self._ages.start()
        self._dialog: QFileDialog | None = None
        #: The page's own look-up or re-read of the profiles, kept while it runs.
        self.loading: asyncio.Future[Any] | None = None
        self._saving: set[asyncio.Future[bool]] = set()

    def _button(self, name: str) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        return button

    def _build(self) -> None:
        self.filter = QLineEdit(self)
        self.filter.setObjectName("overview_filter")
        self.filter.setClearButtonEnabled(True)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("overview_count")
        self.refresh_all_button = self._button("overview_refresh_all")
        self.refresh_selected_button = self._button("overview_refresh_selected")
        self.copy_button = self._button("overview_copy")
        self.export_csv_button = self._button("overview_export_csv")
        self.export_json_button = self._button("overview_export_json")
        self.cancel_button = self._button("overview_cancel")
        self.back_button = self._button("overview_back")
        self.progress = QProgressBar(self)
        self.progress.setObjectName("overview_progress")
        self.progress.setTextVisible(True)
        # Its place is kept while hidden: the buttons beside it stay put when it shows.
        policy = self.progress.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.progress.setSizePolicy(policy)
        self.progress.hide()
        self.message = QLabel(self)
        self.message.setObjectName("overview_message")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.hide()
        # The current row in full (why it failed, what is blocked or mismatched): the
        # cells have room for marks and a first sentence only.
        self.details = QLabel(self)
        self.details.setObjectName("overview_details")
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = OverviewTable(self)
        self.widths = ColumnWidths(self.table)
        self.table.setObjectName("overview_table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move in it
        self.table.openRequested.connect(self._open_row)

        top = QHBoxLayout()
        top.addWidget(self.filter, 2)
        top.addWidget(self.count_label, 1)
        top.addWidget(self.back_button)
        buttons = FlowRow()
        for button in (
            self.refresh_all_button,
            self.refresh_selected_button,
            self.copy_button,
            self.export_csv_button,
            self.export_json_button,
        ):
            buttons.add(button)
        buttons.add(self.progress, filler=True)
        buttons.add(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        order = [self.filter, self.table, self.refresh_all_button, self.refresh_selected_button]
        order += [self.copy_button, self.export_csv_button, self.export_json_button]
        order += [self.cancel_button, self.back_button]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

        self.refresh_all_button.clicked.connect(self.refresh_all)
        self.refresh_selected_button.clicked.connect(self.refresh_selected)
        self.copy_button.clicked.connect(self.copy_summary)
        self.export_csv_button.clicked.connect(lambda: self.choose_export("csv"))
        self.export_json_button.clicked.connect(lambda: self.choose_export("json"))
        self.cancel_button.clicked.connect(self.cancel)
        self.back_button.clicked.connect(self.backRequested.emit)
        self.filter.textChanged.connect(self._on_filter)
        self.find_action = find = QAction(self)
        find.setObjectName("overview_action_find")
        find.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Find))
        find.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.triggered.connect(self.focus_filter)
        self.copy_action = copy = QAction(self)
        copy.setObjectName("overview_action_copy")
        copy.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Copy))
        copy.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        copy.triggered.connect(self.copy_summary)
        self.table.addAction(copy)
        self.addAction(find)
        follow_language(self, self.retranslate)

    def retranslate(self) -> None:
        """The page's words, and the table's, in the active language (rows included)."""
        self.setAccessibleName(self.tr("Accounts overview"))
        self.filter.setAccessibleName(self.tr("Filter accounts"))
        self.details.setAccessibleName(self.tr("The current row in full"))
        self.filter.setPlaceholderText(
            self.tr("Filter: name or username; blocked, mismatch, error (Ctrl+F)")
        )
        self.filter.setAccessibleDescription(
            self.tr(
                "Shows rows whose profile or username contains every word. The words "
                "blocked, mismatch and error show rows with a blocked permission, a flag "
                "that disagrees with the KYC rules, or a failed lookup."
            )
        )
        for button, text, tip in (
            (
                self.refresh_all_button,
                self.tr("Refresh all"),
                self.tr("Look every profile up again"),
            ),
            (
                self.refresh_selected_button,
                self.tr("Refresh selected"),
                self.tr("Look the selected rows up again"),
            ),
            (
                self.copy_button,
                self.tr("Copy summary"),
                self.tr("Copy a summary of the selected rows, without key or secret (Ctrl+C)"),
            ),
            (self.export_csv_button, self.tr("Export CSV…"), self.tr("Save the rows shown as CSV")),
            (
                self.export_json_button,
                self.tr("Export JSON…"),
                self.tr("Save the rows shown as JSON"),
            ),
            (self.cancel_button, self.tr("Cancel"), self.tr("Stop the lookups now")),
            (self.back_button, self.tr("Back"), self.tr("Back to the account (Esc, Ctrl+Shift+A)")),
        ):
            button.setText(text)
            button.setAccessibleName(text.replace("…", ""))
            button.setToolTip(tip)
        self.count_label.setAccessibleName(self.tr("Rows shown"))
        self.progress.setAccessibleName(self.tr("Accounts looked up"))
        self.progress.setFormat(self.tr("%v of %m"))
        self.message.setAccessibleName(self.tr("Overview message"))
        self.table.setAccessibleName(self.tr("Accounts"))
        self.find_action.setText(self.tr("Find"))
        self.copy_action.setText(self.tr("Copy summary"))
        if self.model is not None:  # a language change: the rows' words, and their widths
            self.model.retranslate()
            self.widths.fit()
        self._update_status()

    # --- the loader ----------------------------------------------------------------------

    def set_loader(self, loader: OverviewLoader) -> None:
        self.loader = loader
        self.model = OverviewModel(loader, self)
        self.proxy = OverviewProxy(self.model, self)
        self.proxy.set_filter_text(self.filter.text())
        self.table.setModel(self.proxy)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the profiles' order
        self.widths.fit()
        self.model.updated.connect(self._update_status)
        self.model.modelReset.connect(self._update_status)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_details())
        self._update_status()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc: a filter being typed is cleared first; otherwise back to the account."""
        if event.key() != Qt.Key.Key_Escape:
            super().keyPressEvent(event)
        elif self.filter.hasFocus() and self.filter.text():
            self.filter.clear()
        else:
            self.backRequested.emit()

    def start_if_empty(self) -> None:
        """The first time the page shows: look every profile up. Later: read the
        profiles again (changed here or by the command line), without looking them up:
        a profile that became another account shows no data until it is."""
        if self.loader is None:
            return
        if not self.loader.rows and not self.loader.busy:
            self.table.warm_up()
            self.loading = asyncio.ensure_future(self.loader.refresh())
        elif not self.loader.busy:
            self.loading = asyncio.ensure_future(self.loader.relist())

    @async_slot()
    async def refresh_all(self) -> None:
        if self.loader is not None:
            await self.loader.refresh()

    @async_slot()
    async def refresh_selected(self) -> None:
        names = [row.name for row in self.selected_rows()]
        if self.loader is not None and names:
            await self.loader.refresh(names)

    def cancel(self) -> None:
        if self.loader is not None:
            self.loader.cancel()

    def _tick(self) -> None:
        if self.model is not None and self.isVisible():
            self.model.refresh_ages()

    def _update_status(self) -> None:
        self._show_details()
        loader, proxy = self.loader, self.proxy
        rows = loader.rows if loader is not None else []
        shown = proxy.rowCount() if proxy is not None else 0
        words = self.filter.text().strip()
        if rows and not shown and words:  # an empty table says why
            nothing = self.tr("No row matches “{words}” ({total} in all)")
            self.count_label.setText(nothing.format(words=words, total=len(rows)))
        else:
            self.count_label.setText(counts_text(count(rows, shown)))
        busy = loader is not None and loader.busy
        self.table.progressive = busy
        self.cancel_button.setEnabled(busy)
        self.refresh_all_button.setEnabled(loader is not None)
        if busy and loader is not None:
            # Without updates: setValue repaints at once, and with it the table's
            # pending repaints, in one long paint.
            self.progress.setUpdatesEnabled(False)
            self.progress.setRange(0, max(1, loader.asked))
            self.progress.setValue(min(loader.answered, loader.asked))
            self.progress.setUpdatesEnabled(True)
        self.progress.setVisible(busy)
        problem = loader.problem if loader is not None else None
        if problem is not None:
            self._problem = problem.user_message()
            self.show_message(self._problem)
        elif self._problem:  # solved (the next load went well): no longer said
            if self.message.text() == self._problem:
                self.show_message("")
            self._problem = ""

    def _show_details(self) -> None:
        current = self.table.currentIndex()
        if self.proxy is None or self.model is None or not current.isValid():
            self.details.setText("")
            return
        source = self.proxy.mapToSource(self.proxy.index(current.row(), 0)).row()
        self.details.setText(row_details(self.model.row_at(source)))
        self.details.setAccessibleDescription(self.details.text())

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # --- filter, selection, opening ---------------------------------------------------------

    def focus_filter(self) -> None:
        self.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter.selectAll()

    def _on_filter(self, text: str) -> None:
        if self.proxy is not None:
            self.proxy.set_filter_text(text)
        self._update_status()

    def shown_rows(self) -> list[OverviewRow]:
        return self.proxy.rows() if self.proxy is not None else []

    def selected_rows(self) -> list[OverviewRow]:
        if self.proxy is None or self.model is None:
            return []
        selection = self.table.selectionModel().selectedRows()
        rows = sorted(index.row() for index in selection)
        return [
            self.model.row_at(self.proxy.mapToSource(self.proxy.index(r, 0)).row()) for r in rows
        ]

    def select_row(self, proxy_row: int) -> None:
        index = self.table.model().index(proxy_row, 0)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.table.selectionModel().setCurrentIndex(
            index, flags | QItemSelectionModel.SelectionFlag.Rows
        )

    def _open_row(self, proxy_row: int) -> None:
        if self.proxy is None or self.model is None:
            return
        source = self.proxy.mapToSource(self.proxy.index(proxy_row, 0)).row()
        self.openRequested.emit(self.model.row_at(source).name)

    # --- copy and export --------------------------------------------------------------------

    def copy_summary(self) -> None:
        """The selected rows' redacted summaries (no key or secret; masked email)."""
        rows = [row for row in self.selected_rows() if row.result is not None]
        if not rows:
            self.show_message(self.tr("Select the rows to copy first."))
            return
        parts = []
        for row in rows:
            snapshot = row.snapshot
            if snapshot is not None:
                parts.append(support_summary(snapshot, row.name))
            else:
                failed = self.tr("{name}: could not be looked up: {error}")
                parts.append(failed.format(name=row.name, error=row.error_text()))
        QGuiApplication.clipboard().setText("\n\n".join(parts))
        self.show_message(self.tr("Copied {n} summaries (no key or secret).").format(n=len(rows)))

    def choose_export(self, kind: str) -> None:
        """Ask where to save the rows shown (a non-blocking dialog)."""
        dialog = QFileDialog(self, self.tr("Export accounts"))
        dialog.setObjectName("overview_export_dialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(kind)
        # The documents folder, a name with the date and time: exports do not pile up
        # under one name in whatever folder the app was started from.
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        dialog.setDirectory(folder if folder and Path(folder).is_dir() else str(Path.home()))
        dialog.selectFile(lookups.export_name(kind))
        pattern = self.tr("CSV files (*.csv)") if kind == "csv" else self.tr("JSON files (*.json)")
        dialog.setNameFilter(pattern)

        def save(path: str) -> None:
            task = asyncio.ensure_future(self.export_to(path, kind))
            self._saving.add(task)
            task.add_done_callback(self._saving.discard)

        dialog.fileSelected.connect(save)
        self._dialog = dialog
        dialog.open()

    async def export_to(self, path: str | Path, kind: str) -> bool:
        """Save the rows shown (in the order shown) as ``kind`` ("csv" or "json")."""
        rows = [row.result for row in self.shown_rows() if row.result is not None]
        text = lookups.as_csv(rows) if kind == "csv" else lookups.as_json(rows)
        # A CSV file opened by a spreadsheet (Excel) is read as UTF-8 only with a BOM;
        # without it, Chinese names come out garbled. JSON has none (RFC 8259).
        encoding = "utf-8-sig" if kind == "csv" else "utf-8"
        try:
            await asyncio.to_thread(Path(path).write_text, text, encoding=encoding)
        except OSError as exc:
            failed = self.tr("Could not save {path}: {reason}")
            self.show_message(failed.format(path=path, reason=exc.strerror or exc))
            return False
        saved = self.tr("Saved {n} rows to {path}.").format(n=len(rows), path=path)
        self.show_message(saved)
        return True

"""Puts the accounts overview into the main window: its page, the View menu action
(Ctrl+Shift+A, there and back) and opening a row's account through the session.

Kept apart from ``main_window`` so the window only has to ask :attr:`shown` when it
picks its page.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QStackedWidget

from btse_gui.overview_loader import OverviewLoader
from btse_gui.session import Session
from btse_gui.ui.names import follow_language
from btse_gui.ui.overview import OverviewPage
from btse_gui.ui.slots import async_slot

SHORTCUT = "Ctrl+Shift+A"


class OverviewSwitch(QObject):
    def __init__(self, window: QMainWindow, pages: QStackedWidget, session: Session) -> None:
        super().__init__(window)
        self._window = window
        self._pages = pages
        self._session = session
        self.shown = False
        self.page = OverviewPage(window)
        pages.addWidget(self.page)
        self.action = QAction(window)
        self.action.setObjectName("action_overview")
        self.action.setCheckable(True)
        self.action.setShortcut(QKeySequence(SHORTCUT))
        follow_language(self.page, self.retranslate)
        self.action.toggled.connect(self.show)
        window.addAction(self.action)  # the shortcut works with the menu closed
        view_menu = self._view_menu()
        if view_menu is not None:
            first = next(iter(view_menu.actions()), None)
            if first is None:
                view_menu.addAction(self.action)
            else:
                view_menu.insertAction(first, self.action)
                view_menu.insertSeparator(first)
        self.page.backRequested.connect(lambda: self.show(False))
        self.page.openRequested.connect(self.open_account)

    def retranslate(self) -> None:
        self.action.setText(self.tr("Accounts &overview"))
        self.action.setToolTip(
            self.tr("Every saved profile in one table ({key})").format(key=SHORTCUT)
        )

    def _view_menu(self) -> QMenu | None:
        return self._window.findChild(QMenu, "menu_view")

    def set_loader(self, loader: OverviewLoader) -> None:
        self.page.set_loader(loader)

    def show(self, shown: bool = True) -> None:
        """Show the overview (``False``: back to the account or the sign-in page)."""
        self.shown = shown
        if self.action.isChecked() != shown:
            self.action.setChecked(shown)  # calls back here with the same value
            return
        if shown:
            self._pages.setCurrentWidget(self.page)
            self.page.start_if_empty()
            self.page.table.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            update = getattr(self._window, "_update_page", None)
            if update is not None:
                update()

    @async_slot(str)
    async def open_account(self, name: str) -> None:
        """Show ``name``'s account on its own page, signed in with its saved key."""
        loader = self.page.loader
        if loader is None:
            return
        self.page.show_message("")
        self.show(False)
        opened = await loader.source.open(self._session, name)
        if not opened:  # no saved key, or the sign-in failed: say so where it was asked
            self.show(True)
            self.page.show_message(
                self.tr("{name} could not be opened: {reason}").format(
                    name=name, reason=self._session.message or self.tr("no saved key")
                )
            )

"""Puts the accounts overview into the main window: its page, the View menu action
(Ctrl+Shift+A, there and back) and opening a row's account through the session.

Kept apart from ``main_window`` so the window only has to ask :attr:`shown` when it
picks its page. The page (its table, model and the lookups behind it) is built the
first time it is asked for: a window that never opens the overview never imports it,
which kept ~120 ms and 2 MB off the start.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QStackedWidget

from btse_gui.core.session import Session
from btse_gui.gui.qtcompat.props import shortcut
from btse_gui.gui.widgets.names import follow_language
from btse_gui.gui.widgets.slots import async_slot

if TYPE_CHECKING:
    from btse_gui.core.overview import OverviewLoader
    from btse_gui.gui.overview.page import OverviewPage

SHORTCUT = "Ctrl+Shift+A"


class OverviewSwitch(QObject):
    def __init__(self, window: QMainWindow, pages: QStackedWidget, session: Session) -> None:
        super().__init__(window)
        self._window = window
        self._pages = pages
        self._session = session
        self.shown = False
        self._page: OverviewPage | None = None
        self._loader: Callable[[], OverviewLoader] | None = None
        self.action = QAction(window)
        self.action.setObjectName("action_overview")
        self.action.setCheckable(True)
        shortcut(self.action, SHORTCUT)
        follow_language(window, self.retranslate)
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

    @property
    def page(self) -> OverviewPage:
        """The overview's page, built (and given its loader) on first use."""
        if self._page is None:
            from btse_gui.gui.overview.page import OverviewPage

            page = OverviewPage(self._window)
            self._pages.addWidget(page)
            page.backRequested.connect(lambda: self.show(False))
            page.openRequested.connect(self.open_account)
            if self._loader is not None:
                page.set_loader(self._loader())
            self._page = page
        return self._page

    def retranslate(self) -> None:
        self.action.setText(self.tr("Accounts &overview"))
        self.action.setToolTip(
            self.tr("Every saved profile in one table ({key})").format(key=SHORTCUT)
        )

    def _view_menu(self) -> QMenu | None:
        return self._window.findChild(QMenu, "menu_view")

    def set_loader(self, loader: Callable[[], OverviewLoader]) -> None:
        """Where the page gets its loader, when it is built (the app keeps one loader
        across windows: its rows and running lookups outlive a page)."""
        self._loader = loader
        if self._page is not None:
            self._page.set_loader(loader())

    def show(self, shown: bool = True) -> None:
        """Show the overview (``False``: back to the account or the sign-in page)."""
        self.shown = shown
        if self.action.isChecked() != shown:
            self.action.setChecked(shown)  # calls back here with the same value
            return
        update = getattr(self._window, "_update_page", None)
        if update is not None:  # the window's page and status line follow
            update()
        if shown:
            self._pages.setCurrentWidget(self.page)
            self.page.start_if_empty()
            self.page.table.setFocus()  # Qt's OtherFocusReason

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

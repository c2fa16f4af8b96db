"""Refreshing by itself at an interval the person picks (off by default), and pausing
while the window is hidden or minimised: no requests nobody is looking at."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu

from btse_gui.core.session import Session
from btse_gui.gui.widgets.names import follow_language
from btse_gui.gui.widgets.slots import async_slot

#: Seconds -> label; 0 is off.
CHOICES = (0, 30, 60, 300)


class AutoRefresh(QObject):
    def __init__(self, window: QMainWindow, session: Session, seconds: int = 0) -> None:
        super().__init__(window)
        self._window = window
        self._session = session
        self.seconds = 0.0
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.tick)
        self.group = QActionGroup(self)
        self.group.triggered.connect(lambda action: self.set_interval(action.data()))
        window.installEventFilter(self)
        self.set_interval(seconds)

    def fill_menu(self, menu: QMenu) -> None:
        for seconds in CHOICES:
            action = QAction(self)
            action.setObjectName(f"action_auto_refresh_{seconds}")
            action.setCheckable(True)
            action.setChecked(seconds == self.seconds)
            action.setData(seconds)
            self.group.addAction(action)
            menu.addAction(action)
        follow_language(menu, self.retranslate)

    def retranslate(self) -> None:
        labels = {
            0: self.tr("Off"),
            30: self.tr("Every 30 seconds"),
            60: self.tr("Every minute"),
            300: self.tr("Every 5 minutes"),
        }
        for action in self.group.actions():
            action.setText(labels[action.data()])

    @property
    def running(self) -> bool:
        return self.timer.isActive()

    def set_interval(self, seconds: float) -> None:
        self.seconds = seconds
        self.timer.setInterval(int(seconds * 1000))
        for action in self.group.actions():
            action.setChecked(action.data() == seconds)
        self._update()

    def _update(self) -> None:
        visible = self._window.isVisible() and not self._window.isMinimized()
        if self.seconds and visible:
            if not self.timer.isActive():
                self.timer.start()
        else:
            self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Show, QEvent.Type.Hide, QEvent.Type.WindowStateChange):
            self._update()
        return False

    @async_slot()
    async def tick(self) -> None:
        if self._session.signed_in and not self._session.busy:
            await self._session.refresh()

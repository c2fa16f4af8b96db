"""Switching between saved profiles: a selector, Ctrl+1…9, and File -> Profiles…."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QMainWindow, QWidget

from btse_gui.profiles import ProfileBook
from btse_gui.session import Session
from btse_gui.ui.names import follow_language
from btse_gui.ui.profiles_dialog import ProfilesDialog
from btse_gui.ui.session_signals import SessionSignals
from btse_gui.ui.slots import async_slot


class ProfileSwitcher(QObject):
    def __init__(
        self,
        window: QMainWindow,
        session: Session,
        events: SessionSignals,
        book: ProfileBook,
        on_needs_key: object,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._session = session
        self._book = book
        self._on_needs_key = on_needs_key
        self.selector = QComboBox(window)
        self.selector.setObjectName("profile_selector")
        self.selector.setMinimumContentsLength(8)
        self.selector.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.selector.activated.connect(self._on_activated)
        self.dialog_action = QAction(window)
        self.dialog_action.setObjectName("action_profiles")
        follow_language(self.selector, self.retranslate)
        self.dialog_action.triggered.connect(self.open_dialog)
        for n in range(1, 10):
            action = QAction(window)
            action.setShortcut(QKeySequence(f"Ctrl+{n}"))
            action.triggered.connect(lambda _=False, i=n - 1: self.switch_to_index(i))
            window.addAction(action)
        events.profileChanged.connect(self._on_profile)
        self.reload()

    def retranslate(self) -> None:
        self.selector.setAccessibleName(self.tr("Profile"))
        self.selector.setToolTip(self.tr("Switch profile (Ctrl+1 to Ctrl+9)"))
        self.dialog_action.setText(self.tr("&Profiles…"))

    def names(self) -> list[str]:
        return [p.name for p in self._book.all()]

    def reload(self) -> None:
        current = self._session.profile.name if self._session.profile else None
        self.selector.blockSignals(True)
        self.selector.clear()
        names = self.names()
        self.selector.addItems(names)
        self.selector.setVisible(bool(names))  # no profiles: nothing to switch to
        if current is not None:
            self.selector.setCurrentIndex(self.selector.findText(current))
        self.selector.blockSignals(False)

    def _on_profile(self, _profile: object) -> None:
        self.reload()

    def _on_activated(self, index: int) -> None:
        self.switch_to_index(index)

    def switch_to_index(self, index: int) -> None:
        names = self.names()
        if 0 <= index < len(names):
            _task = self.switch_to(names[index])  # async_slot: runs as a task on the loop

    @async_slot(str)
    async def switch_to(self, name: str) -> None:
        profile = self._book.find(name)
        if profile is None:
            return
        if not await self._session.switch_profile(profile):
            self._on_needs_key(profile)  # type: ignore[operator]

    def open_dialog(self) -> ProfilesDialog:
        dialog = ProfilesDialog(self._book, self._window)
        dialog.changed.connect(self.reload)
        dialog.signInRequested.connect(self.switch_to)
        dialog.open()
        return dialog

    def widget(self) -> QWidget:
        return self.selector

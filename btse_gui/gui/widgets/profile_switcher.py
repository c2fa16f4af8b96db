"""Switching between saved profiles: a selector, Ctrl+1…9, and File -> Profiles….

The selector renders the session's view (the saved names and the profile on screen);
switching and the dialog's changes go through the session's saved profiles.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QMainWindow, QWidget

from btse_gui.core.saved_profiles import SavedProfiles
from btse_gui.core.session import Session, SessionView
from btse_gui.gui.qtcompat.props import shortcut
from btse_gui.gui.session_signals import SessionSignals
from btse_gui.gui.widgets.names import follow_language
from btse_gui.gui.widgets.slots import async_slot
from btse_gui.profiles.model import Profile

if TYPE_CHECKING:
    from btse_gui.gui.widgets.profiles_dialog import ProfilesDialog


class ProfileSwitcher(QObject):
    def __init__(
        self,
        window: QMainWindow,
        session: Session,
        events: SessionSignals,
        saved: SavedProfiles,
        on_needs_key: Callable[[Profile], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._session = session
        self._saved = saved
        self._on_needs_key = on_needs_key
        self.selector = QComboBox(window)
        self.selector.setObjectName("profile_selector")
        self.selector.setMinimumContentsLength(14)  # "Demo mismatch" whole, not cut
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
            shortcut(action, f"Ctrl+{n}")
            action.triggered.connect(lambda _=False, i=n - 1: self.switch_to_index(i))
            window.addAction(action)
        self._shown: tuple[tuple[str, ...], str | None] | None = None
        events.changed.connect(self.show_view)
        self.show_view(session.view)

    def retranslate(self) -> None:
        self.selector.setAccessibleName(self.tr("Profile"))
        self.selector.setToolTip(self.tr("Switch profile (Ctrl+1 to Ctrl+9)"))
        self.dialog_action.setText(self.tr("&Profiles…"))

    def names(self) -> list[str]:
        return list(self._session.view.profiles)

    def show_view(self, view: SessionView) -> None:
        """The saved names, with the profile on screen selected (none: hidden)."""
        current = view.profile.name if view.profile and view.profile.id else None
        if self._shown == (view.profiles, current):
            return
        self._shown = (view.profiles, current)
        self.selector.blockSignals(True)
        self.selector.clear()
        self.selector.addItems(list(view.profiles))
        self.selector.setVisible(bool(view.profiles))  # no profiles: nothing to switch to
        self.selector.setCurrentIndex(self.selector.findText(current) if current else -1)
        self.selector.blockSignals(False)

    def _on_activated(self, index: int) -> None:
        self.switch_to_index(index)

    def switch_to_index(self, index: int) -> None:
        names = self.names()
        if 0 <= index < len(names):
            _task = self.switch_to(names[index])  # async_slot: runs as a task on the loop

    @async_slot(str)
    async def switch_to(self, name: str) -> None:
        needs_key = await self._saved.switch_to(name)
        if needs_key is not None:
            self._on_needs_key(needs_key)

    def open_dialog(self) -> ProfilesDialog:
        # Imported when first opened: most starts never open it (0.8 MB, 6 ms).
        from btse_gui.gui.widgets.profiles_dialog import ProfilesDialog

        profile = self._session.profile
        current = profile.name if profile is not None and profile.id else None
        dialog = ProfilesDialog(self._saved, self._window, current)
        dialog.signInRequested.connect(self.switch_to)
        dialog.open()
        return dialog

    def widget(self) -> QWidget:
        return self.selector

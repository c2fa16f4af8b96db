"""The saved accounts on the sign-in page: each with its server and whether its key is
saved, signed in to with one click (or Enter), and *Add account…* for a new one."""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlsplit

import shiboken6
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from btse_gui.core.saved_profiles import SavedProfiles
from btse_gui.gui.widgets.names import follow_language
from btse_gui.gui.widgets.slots import async_slot
from btse_gui.profiles.model import Profile

#: QListWidgetItem's first user data role (Qt.ItemDataRole.UserRole, without Qt's enums).
USER_ROLE = 256


class SavedAccounts(QGroupBox):
    def __init__(
        self,
        saved: SavedProfiles,
        on_needs_key: Callable[[Profile], object],
        on_add: Callable[[], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("saved_accounts")
        self._saved = saved
        self._on_needs_key = on_needs_key
        self._profiles: list[Profile] = []
        self.list = QListWidget(self)
        self.list.setObjectName("saved_accounts_list")
        self.sign_in_button = QPushButton(self)
        self.sign_in_button.setObjectName("saved_accounts_sign_in")
        self.sign_in_button.setAutoDefault(False)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("saved_accounts_add")
        self.add_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(self.sign_in_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.list.itemActivated.connect(lambda _item: self.sign_in())
        self.sign_in_button.clicked.connect(lambda: self.sign_in())
        self.add_button.clicked.connect(lambda: on_add())
        self.hide()
        follow_language(self, self.retranslate)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Saved accounts"))
        self.list.setAccessibleName(self.tr("Saved accounts"))
        self.sign_in_button.setText(self.tr("Sign in"))
        self.sign_in_button.setAccessibleName(self.tr("Sign in with the selected account"))
        self.add_button.setText(self.tr("Add account…"))
        self.add_button.setAccessibleName(self.tr("Add account"))
        self._fill()

    @async_slot()
    async def refresh(self) -> None:
        """Read the saved profiles again (in a worker thread) and list them."""
        profiles = await self._saved.all()
        if shiboken6.isValid(self):
            self._profiles = profiles
            self._fill()

    def _fill(self) -> None:
        chosen = self.list.currentItem().data(USER_ROLE) if self.list.currentItem() else None
        self.list.clear()
        for profile in self._profiles:
            host = urlsplit(profile.base_url).netloc or profile.base_url
            key = self.tr("key saved") if profile.remembered else self.tr("no key saved")
            item = QListWidgetItem(f"{profile.name} — {host} · {key}", self.list)
            item.setData(USER_ROLE, profile.name)
            if profile.name == chosen:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        if self.list.count():  # up to five rows tall, then it scrolls
            rows = min(self.list.count(), 5)
            frame = 2 * self.list.frameWidth()
            self.list.setFixedHeight(self.list.sizeHintForRow(0) * rows + frame)
        self.setVisible(bool(self._profiles))

    @async_slot()
    async def sign_in(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        needs_key = await self._saved.switch_to(item.data(USER_ROLE))
        if needs_key is not None:
            self._on_needs_key(needs_key)

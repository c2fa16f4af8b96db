"""File -> Profiles: add, edit, rename and remove saved server profiles.

Every change goes through the session's saved profiles (so the account on screen and
the selector follow a rename or a removal); keys and secrets typed here go to the
keychain in a worker thread, and the secret field is cleared once saved.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from btse_gui.api.errors import InsecureServerError, InvalidPrefixError, InvalidServerError
from btse_gui.api.i18n import UserFacingError
from btse_gui.api.server import Credentials
from btse_gui.core.saved_profiles import SavedProfiles
from btse_gui.gui.widgets.confirm import confirm
from btse_gui.gui.widgets.names import name_widget
from btse_gui.gui.widgets.plan import MARKS, Tone
from btse_gui.gui.widgets.preset_box import PresetBox
from btse_gui.gui.widgets.slots import async_slot
from btse_gui.profiles.model import KeyState, Profile


class ProfilesDialog(QDialog):
    #: The person asked to sign in with the profile of this name.
    signInRequested = Signal(str)

    def __init__(
        self, saved: SavedProfiles, parent: QWidget | None = None, current: str | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("profiles_dialog")
        self.setWindowTitle(self.tr("Profiles"))
        self._saved = saved
        self._profiles: dict[str, Profile] = {}
        self.list = QListWidget(self)
        self.name = QLineEdit(self)
        self.base_url = QLineEdit(self)
        self.api_prefix = QLineEdit(self)
        self.header_prefix = QComboBox(self)
        self.api_key = QLineEdit(self)
        self.api_secret = QLineEdit(self)
        self.header_prefix.addItems(["btse-", "request-"])
        self.header_prefix.setEditable(True)
        self.preset = PresetBox(self.base_url, self.api_prefix, self.header_prefix, self)
        self.message = QLabel(self)
        self.key_state = QLabel(self)
        self.sign_in_button = QPushButton(self.tr("Sign in with this profile"), self)
        self.new_button = QPushButton(self.tr("New"), self)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        for widget, name, label in (
            (self.list, "profiles_list", self.tr("Profiles")),
            (self.name, "profile_edit_name", self.tr("Name")),
            (self.base_url, "profile_edit_server", self.tr("Server")),
            (self.api_prefix, "profile_edit_prefix", self.tr("API prefix")),
            (self.header_prefix, "profile_edit_header_prefix", self.tr("Header prefix")),
            (self.preset, "profile_edit_convention", self.tr("Server convention")),
            (self.api_key, "profile_edit_key", self.tr("API key")),
            (self.api_secret, "profile_edit_secret", self.tr("API secret")),
            (self.message, "profiles_message", self.tr("Profiles message")),
            (self.key_state, "profile_key_state", self.tr("Saved key")),
            (self.sign_in_button, "profile_sign_in", self.tr("Sign in with this profile")),
            (self.new_button, "profile_new", self.tr("New")),
            (self.save_button, "profile_save", self.tr("Save")),
            (self.remove_button, "profile_remove", self.tr("Remove")),
        ):
            name_widget(widget, name, label)
        self.api_secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self._editing: str | None = None

        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Server"), self.base_url)
        form.addRow(self.tr("Convention"), self.preset)
        form.addRow(self.tr("API prefix"), self.api_prefix)
        form.addRow(self.tr("Header prefix"), self.header_prefix)
        form.addRow(self.tr("API key"), self.api_key)
        form.addRow(self.tr("API secret"), self.api_secret)
        form.addRow("", self.key_state)
        self.preset.show_prefixes_in(form)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.remove_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.sign_in_button)
        buttons.addWidget(self.save_button)
        self.save_button.setDefault(True)  # Enter saves; New never holds the default
        self.sign_in_button.setAutoDefault(False)
        self.sign_in_button.setEnabled(False)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(self.message)
        right.addLayout(buttons)
        right.addStretch(1)
        right.addWidget(close)
        # A width of its own: the list does not jump when a message appears or goes.
        self.list.setFixedWidth(self.fontMetrics().horizontalAdvance("M" * 14) + 24)
        layout = QHBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(right, 1)
        #: The fields as last loaded or saved: anything else is an unsaved edit.
        self._loaded: tuple[str, ...] = ()

        self.list.currentTextChanged.connect(self._on_list_pick)
        self.new_button.clicked.connect(lambda: self._leave_edits(self._new))
        self.save_button.clicked.connect(self.on_save)
        self.remove_button.clicked.connect(self.confirm_remove)
        self.sign_in_button.clicked.connect(self._sign_in)
        self._new()
        _task = self.reload(current)  # the profile on screen, selected (a task on the loop)

    @async_slot()
    async def reload(self, select: str | None = None) -> None:
        """List the saved profiles (read in a worker thread), selecting ``select``."""
        profiles = await self._saved.all()
        if not shiboken6.isValid(self):
            return
        self._profiles = {p.name: p for p in profiles}
        self.list.blockSignals(True)
        self.list.clear()
        self.list.addItems(list(self._profiles))
        self.list.blockSignals(False)
        if select:
            matches = self.list.findItems(select, Qt.MatchFlag.MatchExactly)
            if matches:
                self.list.setCurrentItem(matches[0])  # shows it, unless it is shown already

    def _fields(self) -> tuple[str, ...]:
        return (
            self.name.text(),
            self.base_url.text(),
            self.api_prefix.text(),
            self.header_prefix.currentText(),
            self.api_key.text(),
            self.api_secret.text(),
        )

    def has_unsaved_edits(self) -> bool:
        return self._fields() != self._loaded

    def _leave_edits(self, then: Callable[[], object]) -> None:
        """Run ``then`` (which replaces what the form shows), asking first when the
        form holds edits that were not saved."""
        if not self.has_unsaved_edits():
            then()
            return
        name = self._editing or self.name.text().strip()
        text = (
            self.tr("Discard the changes to {name}?").format(name=name)
            if name
            else self.tr("Discard the new profile?")
        )
        confirm(
            self,
            "confirm_discard",
            self.tr("Unsaved changes"),
            text,
            self.tr("Discard changes"),
            then,
        )

    def _on_list_pick(self, name: str) -> None:
        if not name:
            return
        if not self.has_unsaved_edits():
            self._on_pick(name)
            return
        if name == self._editing:  # the list read again: the edits stay
            return
        self._select(self._editing)  # stays on the edited one unless the person agrees

        def go() -> None:
            self._select(name)
            self._on_pick(name)

        self._leave_edits(go)

    def _select(self, name: str | None) -> None:
        self.list.blockSignals(True)
        matches = self.list.findItems(name, Qt.MatchFlag.MatchExactly) if name else []
        if matches:
            self.list.setCurrentItem(matches[0])
        else:
            self.list.clearSelection()
            self.list.setCurrentRow(-1)
        self.list.blockSignals(False)

    def reject(self) -> None:  # Esc, Close, the window's close button
        self._leave_edits(super().reject)

    def _new(self) -> None:
        self._editing = None
        self._say("")
        self.api_secret.setPlaceholderText(self.tr("the secret that goes with the key"))
        self.sign_in_button.setEnabled(False)
        self.key_state.setText(self.tr("No key saved yet: type the key and secret to save them."))
        self.list.clearSelection()
        for field in (self.name, self.base_url, self.api_prefix, self.api_key, self.api_secret):
            field.clear()
        self.header_prefix.setCurrentText("btse-")
        self.preset.follow("https://host.invalid", "", "btse-")  # this API's convention
        self._loaded = self._fields()
        self.name.setFocus()

    def _on_pick(self, name: str) -> None:
        if not name:
            return
        profile = self._profiles.get(name)
        if profile is None:
            return
        self._editing = name
        self._say("")  # "Saved alice." is not about bob
        self.api_secret.setPlaceholderText(self.tr("leave empty to keep the saved secret"))
        self.sign_in_button.setEnabled(True)
        _task = self._show_key_state(profile)  # async_slot: runs as a task on the loop
        self.name.setText(profile.name)
        self.base_url.setText(profile.base_url)
        self.api_prefix.setText(profile.api_prefix)
        self.header_prefix.setCurrentText(profile.header_prefix)
        self.preset.follow(profile.base_url, profile.api_prefix, profile.header_prefix)
        self.api_key.clear()
        self.api_secret.clear()
        self._loaded = self._fields()

    def _say(self, text: str, error: bool = False) -> None:
        # The mark carries the tone, not a colour (the palette stays the desktop's).
        self.message.setText(f"{MARKS[Tone.ERROR if error else Tone.INFO]} {text}" if text else "")

    @async_slot()
    async def on_save(self) -> None:
        """Validate everything, then save in one step (a rename never happens before the
        new server address is known to be good)."""
        name = self.name.text().strip()
        if not name:
            self._say(self.tr("Give the profile a name."), error=True)
            self.name.setFocus()  # where the person is to type it
            return
        key, secret = self.api_key.text().strip(), self.api_secret.text().strip()
        profile = Profile(
            name,
            self.base_url.text().strip(),
            self.api_prefix.text().strip(),
            self.header_prefix.currentText().strip() or "btse-",
        )
        editing = self._editing
        try:
            credentials = Credentials(key, secret) if key or secret else None
            saved = await self._saved.save(editing, profile, credentials)
        except UserFacingError as exc:
            self._say(exc.user_message(), error=True)
            server = (InvalidServerError, InsecureServerError, InvalidPrefixError)
            if isinstance(exc, server):
                self.base_url.setFocus()
            return
        self.api_secret.clear()
        self.api_key.clear()
        self._editing = saved.name
        self._loaded = self._fields()
        await self.reload(select=saved.name)  # the list first: then "Saved" is the truth
        if shiboken6.isValid(self):
            self._say(self.tr("Saved {name}.").format(name=saved.name))

    @async_slot(object)
    async def _show_key_state(self, profile: Profile) -> None:
        """Whether the keychain really holds this profile's key (asked in a worker
        thread: the keychain may block)."""
        self.key_state.setText(self.tr("Looking in the keychain…"))
        state = await self._saved.key_state(profile)
        if not shiboken6.isValid(self) or self._editing != profile.name:
            return  # the dialog closed, or another profile was picked meanwhile
        text = {
            KeyState.SAVED: self.tr(
                "A key is saved in the keychain. Leave key and secret empty to keep it."
            ),
            KeyState.NONE: self.tr("No key saved: type the key and secret to save them."),
            KeyState.MISSING: self.tr(
                "The saved key is gone from the keychain: type the key and secret again."
            ),
            KeyState.UNREADABLE: self.tr("The saved key cannot be read: type it again."),
            KeyState.UNAVAILABLE: self.tr("No keychain is available to check the saved key."),
        }[state]
        self.key_state.setText(text)

    def _sign_in(self) -> None:
        if self._editing:
            self.signInRequested.emit(self._editing)
            self.accept()

    def confirm_remove(self) -> None:
        """Ask first, with the verb on the button (Remove profile), not Yes."""
        if self._editing:
            text = self.tr("Remove the profile {name} and its saved key from the keychain?")
            confirm(
                self,
                "confirm_remove",
                self.tr("Remove profile"),
                text.format(name=self._editing),
                self.tr("Remove profile"),
                self.on_remove,
            )

    @async_slot()
    async def on_remove(self) -> None:
        if not self._editing:
            return
        name = self._editing
        try:
            await self._saved.remove(name)
        except UserFacingError as exc:
            self._say(exc.user_message(), error=True)
            return
        self._new()
        await self.reload()
        if shiboken6.isValid(self):
            self._say(self.tr("Removed {name}.").format(name=name))

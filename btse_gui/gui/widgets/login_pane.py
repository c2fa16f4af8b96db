"""Sign in: a server profile, an API key and secret, and whether to remember them."""

from __future__ import annotations

import itertools
from collections.abc import Callable

from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from btse_gui.api.errors import (
    ConnectFailedError,
    InsecureServerError,
    InvalidCredentialsError,
    InvalidPrefixError,
    InvalidServerError,
    MissingCredentialsError,
    UnauthorizedError,
)
from btse_gui.api.i18n import translate
from btse_gui.core.clients import DemoAccounts, demo_sign_in
from btse_gui.core.saved_profiles import SavedProfiles
from btse_gui.core.session import Session, SessionState, SessionView, SignInRequest
from btse_gui.gui.qtcompat.props import plain_text, selectable
from btse_gui.gui.session_signals import SessionSignals
from btse_gui.gui.widgets.account_header import BusyRow
from btse_gui.gui.widgets.form_message import FormMessage
from btse_gui.gui.widgets.names import follow_language
from btse_gui.gui.widgets.plan import Plan, Tone
from btse_gui.gui.widgets.preset_box import PresetBox
from btse_gui.gui.widgets.saved_accounts import SavedAccounts
from btse_gui.gui.widgets.slots import async_slot
from btse_gui.profiles.model import Profile


class LoginPane(QWidget):
    def __init__(
        self,
        session: Session,
        events: SessionSignals,
        demo_accounts: DemoAccounts | None = None,
        parent: QWidget | None = None,
        saved: SavedProfiles | None = None,
        open_demo: Callable[[], bool] | None = None,
    ) -> None:
        """``open_demo``: opens the demo in a window of its own (``False``: it could
        not be started); offered on the form until an account is saved."""
        super().__init__(parent)
        self.setObjectName("login_pane")
        self._session = session
        self._demo = dict(demo_accounts or {})
        self._keychain: str | None = None

        self.demo_account = QComboBox(self)
        self.profile_name = QLineEdit(self)
        self.base_url = QLineEdit(self)
        self.api_prefix = QLineEdit(self)
        self.header_prefix = QComboBox(self)
        self.api_key = QLineEdit(self)
        self.api_secret = QLineEdit(self)
        self.reveal = QToolButton(self)
        self.header_prefix.addItems(["btse-", "request-"])
        self.header_prefix.setEditable(True)
        self.preset = PresetBox(self.base_url, self.api_prefix, self.header_prefix, self)
        self.remember = QCheckBox(self)
        self.keychain_status = QLabel(self)
        #: Where a key comes from, for a first-time user.
        self.key_hint = QLabel(self)
        self.sign_in_button = QPushButton(self)
        self.check_button = QPushButton(self)
        self.message = QLabel(self)
        #: The demo, one click from the first-run form (not in the demo itself).
        self._open_demo = None if demo_accounts else open_demo
        self.try_demo = QPushButton(self)
        self.try_demo_hint = QLabel(self)
        self.busy = BusyRow("login_busy", self)
        self.back_button = QPushButton(self)
        self.title = QLabel(self)
        #: Saved accounts, signed in to with one click (none in the demo).
        self.saved_accounts = (
            SavedAccounts(saved, self.ask_key, self.new_account, self) if saved else None
        )
        self._form = QFormLayout()
        #: The saved profile the form shows (its key may be in the keychain), or None.
        self._filled: Profile | None = None
        self._keychain_known = False
        self._local_message = ""
        self._local_tone = Tone.INFO
        #: The session's error the person has moved past (its message is not shown).
        self._moved_past: object = None
        self._state = session.state
        self._build()
        follow_language(self, self.retranslate)
        events.stateChanged.connect(self._on_state)
        if self.saved_accounts is not None:
            self._listed: tuple[str, ...] | None = None
            events.changed.connect(self._on_view)

    # --- layout ------------------------------------------------------------------------------

    def _build(self) -> None:
        for widget, name in (
            (self.demo_account, "demo_account"),
            (self.profile_name, "profile_name"),
            (self.base_url, "base_url"),
            (self.api_prefix, "api_prefix"),
            (self.header_prefix, "header_prefix"),
            (self.preset, "server_convention"),
            (self.api_key, "api_key"),
            (self.api_secret, "api_secret"),
            (self.reveal, "reveal_secret"),
            (self.remember, "remember"),
            (self.keychain_status, "keychain_status"),
            (self.key_hint, "key_hint"),
            (self.sign_in_button, "sign_in"),
            (self.check_button, "check_connection"),
            (self.message, "login_message"),
            (self.back_button, "back_to_data"),
            (self.try_demo, "try_demo"),
            (self.try_demo_hint, "try_demo_hint"),
        ):
            widget.setObjectName(name)
        self.back_button.hide()
        self.remember.toggled.connect(lambda _checked: self._show_keychain_line())

        self.profile_name.setText(self.tr("Default"))
        self.key_hint.setWordWrap(True)
        self.key_hint.setVisible(not self._demo)
        self.api_secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.reveal.setCheckable(True)
        self.reveal.toggled.connect(self._on_reveal)
        self.remember.setEnabled(False)
        self.keychain_status.setWordWrap(True)
        self.message.setWordWrap(True)
        plain_text(self.message)
        selectable(self.message)
        self.sign_in_button.setDefault(True)
        self.sign_in_button.clicked.connect(self.on_sign_in)
        self.check_button.clicked.connect(self.on_check)
        for field in (self.api_key, self.api_secret, self.base_url, self.profile_name):
            field.returnPressed.connect(self.sign_in_button.click)

        form = self._form
        if self._demo:
            for name in self._demo:
                self.demo_account.addItem(name, name)  # described in retranslate
            self.demo_account.currentIndexChanged.connect(self._on_demo_picked)
            self.demo_account.activated.connect(self._on_demo_picked)  # the same one again
        else:
            self.demo_account.hide()
        fields: tuple[QWidget, ...] = (
            self.profile_name,
            self.base_url,
            self.preset,
            self.api_prefix,
            self.header_prefix,
            self.api_key,
        )
        for labelled in (self.demo_account, *fields) if self._demo else fields:
            label = QLabel(self)  # its words: retranslate
            label.setBuddy(labelled)
            form.addRow(label, labelled)
        self._secret_label = QLabel(self)
        self._secret_label.setBuddy(self.api_secret)
        secret_row = QHBoxLayout()
        secret_row.addWidget(self.api_secret, 1)
        secret_row.addWidget(self.reveal)
        form.addRow(self._secret_label, secret_row)
        form.addRow("", self.key_hint)
        demo_row = QHBoxLayout()
        demo_row.addWidget(self.try_demo)
        demo_row.addWidget(self.try_demo_hint, 1)
        self.try_demo_hint.setWordWrap(True)
        self.try_demo.setAutoDefault(True)  # Enter on it opens the demo
        self.try_demo.clicked.connect(self._on_try_demo)
        form.addRow("", demo_row)
        self._show_try_demo(self._open_demo is not None)
        form.addRow("", self.remember)
        form.addRow("", self.keychain_status)

        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.sign_in_button)

        card = QFrame(self)
        card.setObjectName("login_card")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setMaximumWidth(560)
        inner = QVBoxLayout(card)
        self.title.setParent(card)
        self.title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        inner.addWidget(self.title)
        if self.saved_accounts is not None:
            inner.addWidget(self.saved_accounts)
        inner.addLayout(form)
        inner.addWidget(self.busy)
        inner.addLayout(buttons)
        self._message = FormMessage(
            self.message, form, inner, self.busy, {self.api_secret: secret_row}
        )

        outer = QVBoxLayout(self)
        # Anchored near the top, not centred: a message growing the card pushes only
        # what is below it, so Sign in stays where the pointer left it.
        outer.addSpacing(64)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 3)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(1)

        QWidget.setTabOrder(self.demo_account, self.profile_name)
        chain = [
            *fields,
            self.api_secret,
            self.reveal,
            self.try_demo,
            self.remember,
            self.check_button,
            self.sign_in_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        if self._demo:
            self._on_demo_picked(0)
        # The prefixes are the convention's: shown to be set by hand only for Custom.
        self.preset.show_prefixes_in(self._form)
        # Typing in a field the person is mending: the error about it goes.
        for field in (self.base_url, self.api_key, self.api_secret):
            field.textEdited.connect(lambda _text: self._move_past_error())

    def retranslate(self) -> None:
        """The form's fixed words (on a language change, too: what is typed stays)."""
        for widget, name in (
            (self.demo_account, self.tr("Demo account")),
            (self.profile_name, self.tr("Profile name")),
            (self.base_url, self.tr("Server address")),
            (self.api_prefix, self.tr("Signed API prefix")),
            (self.header_prefix, self.tr("Header prefix")),
            (self.preset, self.tr("Server convention")),
            (self.api_key, self.tr("API key")),
            (self.api_secret, self.tr("API secret")),
            (self.reveal, self.tr("Show secret")),
            (self.remember, self.tr("Remember in keychain")),
            (self.keychain_status, self.tr("Keychain status")),
            (self.sign_in_button, self.tr("Sign in")),
            (self.check_button, self.tr("Check connection")),
            (self.message, self.tr("Sign-in message")),
            (self.back_button, self.tr("Back to last data")),
        ):
            widget.setAccessibleName(name)
        self.back_button.setAccessibleDescription(
            self.tr("Leave the sign-in form and show the account data still held")
        )
        for field, label in (
            (self.demo_account, self.tr("Demo account")),
            (self.profile_name, self.tr("Profile")),
            (self.base_url, self.tr("Server")),
            (self.preset, self.tr("Convention")),
            (self.api_prefix, self.tr("API prefix")),
            (self.header_prefix, self.tr("Header prefix")),
            (self.api_key, self.tr("API key")),
        ):
            row_label = self._form.labelForField(field)
            if isinstance(row_label, QLabel):
                row_label.setText(label)
        self._secret_label.setText(self.tr("API secret"))
        self.try_demo.setText(self.tr("Try the demo"))
        self.try_demo_hint.setText(
            self.tr(
                "No key yet? Sample accounts in a window of their own; nothing is sent anywhere."
            )
        )
        self.try_demo.setAccessibleDescription(self.try_demo_hint.text())
        self.api_prefix.setPlaceholderText(self.tr("empty for /v1/… paths"))
        self.base_url.setPlaceholderText(self.tr("the exchange's API address: https://…"))
        self.key_hint.setText(
            self.tr(
                "Make an API key in the exchange's API settings (reading is enough). Its "
                "secret is shown only once, when the key is made."
            )
        )
        self.remember.setText(self.tr("Remember in keychain"))
        self.sign_in_button.setText(self.tr("Sign in"))
        self.check_button.setText(self.tr("Check connection"))
        self.back_button.setText(self.tr("Back to last data"))
        self.title.setText(self.tr("Sign in to a BTSE account"))
        self._on_reveal(self.reveal.isChecked())
        for index in range(self.demo_account.count()):
            name = self.demo_account.itemData(index)
            shown = translate("DemoAccount", self._demo[name][2])
            self.demo_account.setItemText(index, f"{name} — {shown}")
        if self._keychain_known or self._demo:
            self._show_keychain_line()
        else:
            self.keychain_status.setText(self.tr("Looking for a keychain…"))

    # --- filling ----------------------------------------------------------------------------

    def set_keychain(self, name: str | None) -> None:
        """Which keychain would hold the key (``None``: none usable); the line under
        Remember says what will happen, in the active language, and only that."""
        self._keychain, self._keychain_known = name, True
        self.remember.setEnabled(name is not None)
        if name is None:
            self.remember.setChecked(False)
        self._show_keychain_line()

    def _show_keychain_line(self) -> None:
        name = self._keychain
        if self._demo:  # nothing to save, so the keychain is never looked for
            text = self.tr("The demo saves nothing: its accounts and keys are built in.")
        elif name is None:
            text = self.tr(
                "Not saved: no keychain is available. You will be signed in for this "
                "session only; the secret is never written to a file."
            )
        else:
            keychain = translate("Keychain", name)
            if self.remember.isChecked() and self._filled is not None and self._filled.remembered:
                text = self.tr(
                    "Saved in {keychain}: leave the secret empty to sign in with the saved key."
                ).format(keychain=keychain)
            elif self.remember.isChecked():
                text = self.tr(
                    "The key and secret will be saved in {keychain} when you sign in."
                ).format(keychain=keychain)
            else:
                text = self.tr(
                    "Not saved: you will be signed in for this session only. Tick Remember "
                    "to keep the key and secret in {keychain}."
                ).format(keychain=keychain)
        self.keychain_status.setText(text)
        self.keychain_status.setAccessibleDescription(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter on the form's own controls that do not take it (Remember, Show): Sign
        in, as in a dialog. Not from the saved accounts' list, which passes Enter on after
        signing in with the account it chose."""
        from PySide6.QtCore import Qt

        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and self.focusWidget() in (self.remember, self.reveal):
            if self.sign_in_button.isEnabled():
                self.sign_in_button.click()
        else:
            super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Each time the form comes back (the start, Sign out): the cursor in the first
        # empty field, or on Sign in, so Enter signs in.
        empty = [f for f in (self.base_url, self.api_key, self.api_secret) if not f.text()]
        (empty[0] if empty else self.sign_in_button).setFocus()

    def fill_profile(self, profile: Profile) -> None:
        self.profile_name.setText(profile.name)
        self.base_url.setText(profile.base_url)
        self.api_prefix.setText(profile.api_prefix)
        self.header_prefix.setCurrentText(profile.header_prefix)
        self.preset.follow(profile.base_url, profile.api_prefix, profile.header_prefix)
        self._filled = profile if profile.id else None
        self.remember.setChecked(profile.remembered and self._keychain is not None)
        self._show_keychain_line()

    def fill_credentials(self, key: str, secret: str) -> None:
        self.api_key.setText(key)
        self.api_secret.setText(secret)

    def select_demo(self, name: str) -> None:
        index = self.demo_account.findData(name)
        if index >= 0:
            self.demo_account.setCurrentIndex(index)
            self._on_demo_picked(index)

    def profile(self) -> Profile:
        return Profile(
            name=self.profile_name.text().strip() or self.tr("Default"),
            base_url=self.base_url.text().strip(),
            api_prefix=self.api_prefix.text().strip(),
            header_prefix=self.header_prefix.currentText().strip() or "btse-",
        )

    def _on_demo_picked(self, index: int) -> None:
        name = self.demo_account.itemData(index)
        self._move_past_error()  # the last account's error is not this one's
        if name in self._demo:
            request = demo_sign_in(name, self._demo, self.base_url.text())
            self.profile_name.setText(request.profile.name)
            self.fill_credentials(request.key, request.secret)

    def _on_reveal(self, shown: bool) -> None:
        self.api_secret.setEchoMode(
            QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        )
        self.reveal.setText(self.tr("Hide") if shown else self.tr("Show"))

    # --- actions ----------------------------------------------------------------------------

    def _say(self, text: str, tone: Tone = Tone.ERROR, field: QLineEdit | None = None) -> None:
        """A message on the form, under ``field`` when it is about one
        (:class:`~btse_gui.gui.widgets.form_message.FormMessage`)."""
        self._message.say(text, tone, field)

    def apply(self, plan: Plan) -> None:
        """Show the window's plan: the session's message, busy work, Back to last data."""
        busy = plan.busy_on == "login"
        for widget in (self.sign_in_button, self.check_button):
            widget.setEnabled(not busy)
        self.busy.show_busy(plan.busy_text if busy else "")
        self.busy.cancel.setEnabled(plan.actions.cancel)
        self.back_button.setVisible(plan.back_to_data)
        # The session's message, unless the person has moved past the error it is
        # about (checked the connection since, picked another account, typed a key).
        current = self._session.view.error
        moved_on = current is not None and current is self._moved_past
        if plan.login_message and not moved_on:
            self._say(plan.login_message, plan.login_message_tone, self._field_for(current))
        elif self._local_message:
            self._say(self._local_message, self._local_tone)
        else:
            self._say("")

    def _move_past_error(self) -> None:
        """The error on the form is no longer about what the form shows."""
        self._moved_past = self._session.view.error
        self._local_message = ""
        self._say("")

    def _saved_account(self) -> Profile | None:
        """The saved profile the form still shows (same name, server and convention),
        when its key is in the keychain."""
        saved, shown = self._filled, self.profile()
        if saved is None or not saved.remembered:
            return None
        same = (saved.name.casefold(), saved.base_url, saved.api_prefix, saved.header_prefix)
        form = (shown.name.casefold(), shown.base_url, shown.api_prefix, shown.header_prefix)
        return saved if same == form else None

    async def _request(self) -> SignInRequest:
        """What Sign in sends. A saved profile signs in with its saved key when the
        secret is left empty (and the key field is empty or that key)."""
        saved = self._saved_account()
        if saved is not None and not self.api_secret.text().strip():
            credentials = await self._session.load_saved(saved)
            if credentials is not None and self.api_key.text().strip() in ("", credentials.key):
                return SignInRequest(saved, credentials.key, credentials.secret, remember=False)
        return SignInRequest(
            profile=self.profile(),
            key=self.api_key.text(),
            secret=self.api_secret.text(),
            remember=self.remember.isChecked() and self.remember.isEnabled(),
        )

    @async_slot()
    async def on_sign_in(self) -> None:
        self._local_message = ""
        request = await self._request()
        signed_in = await self._session.sign_in(request)
        if not signed_in and self._session.view.error is not None:
            self._focus_on(self._session.view.error)
        # (Signed out again meanwhile: the form is already as sign-out leaves it.)
        if signed_in and self._session.signed_in:
            self.api_secret.clear()  # the session holds it; no second copy in a widget
            self.reveal.setChecked(False)
            saved = self._session.profile  # as the book now holds it, if it does
            self._filled = saved if saved is not None and saved.id else None
            self._show_keychain_line()

    @async_slot()
    async def on_check(self) -> None:
        self._move_past_error()
        ok, text = await self._session.check_connection(
            self.profile(), self.api_key.text(), self.api_secret.text()
        )
        self._moved_past = self._session.view.error
        self._local_message, self._local_tone = text, Tone.INFO if ok else Tone.ERROR
        self._say(text, self._local_tone)
        self.check_button.setFocus()  # where it was: disabled while busy, focus had moved

    def _on_view(self, view: SessionView) -> None:
        if self.saved_accounts is not None and view.profiles != self._listed:
            self._listed = view.profiles  # the saved profiles changed: list them again
            _task = self.saved_accounts.refresh()  # async_slot: a task on the loop
            # The demo is offered to a first run: once accounts are saved it is clutter.
            self._show_try_demo(self._open_demo is not None and not view.profiles)

    def ask_key(self, profile: Profile) -> None:
        """A saved account without a key it can use: the form, filled, asks for it."""
        self.fill_profile(profile)
        self.api_key.clear()
        self.api_key.setFocus()

    def new_account(self) -> None:
        """Add account…: an empty form for an account not saved yet."""
        self._move_past_error()
        self._filled = None
        for field in (self.profile_name, self.base_url, self.api_key, self.api_secret):
            field.clear()
        self.remember.setChecked(self.remember.isEnabled())  # to be saved, as asked
        self._show_keychain_line()
        self.profile_name.setFocus()

    def _field_for(self, error: object) -> QLineEdit | None:
        """The field an error is about (``None``: the server's state, not a field)."""
        server = (InvalidServerError, InsecureServerError, InvalidPrefixError, ConnectFailedError)
        if isinstance(error, server):
            return self.base_url
        if isinstance(error, (InvalidCredentialsError, MissingCredentialsError)):
            empty = [f for f in (self.api_key, self.api_secret) if not f.text().strip()]
            return empty[0] if empty else self.api_key
        if isinstance(error, UnauthorizedError):
            return self.api_secret
        return None

    def _focus_on(self, error: object) -> None:
        """The cursor to the field the error is about (Sign in was disabled while busy,
        so focus had moved on to the form's first field, its text selected)."""
        (self._field_for(error) or self.sign_in_button).setFocus()

    def _show_try_demo(self, shown: bool) -> None:
        self.try_demo.setVisible(shown)
        self.try_demo_hint.setVisible(shown)

    def _on_try_demo(self) -> None:
        if self._open_demo is not None and not self._open_demo():
            self._local_message, self._local_tone = (
                self.tr("The demo could not be started."),
                Tone.ERROR,
            )
            self._say(self._local_message)

    def _on_state(self, state: SessionState) -> None:
        # A sign-in cancelled (Cancel while it waits) keeps what was typed: the exchange
        # shows a secret only once. Signing out forgets it.
        cancelled = self._state is SessionState.SIGNING_IN
        self._state = state
        if state is SessionState.SIGNED_OUT and cancelled:
            self._say("")
        elif state is SessionState.SIGNED_OUT:
            self.api_secret.clear()
            self._local_message = ""
            self._say("")
            if self._demo:  # the demo's keys are built in: ready to sign in again
                self._on_demo_picked(self.demo_account.currentIndex())

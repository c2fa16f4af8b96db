"""Sign in: a server profile, an API key and secret, and whether to remember them."""

from __future__ import annotations

import itertools
from collections.abc import Mapping

from PySide6.QtCore import Qt
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

from btse_gui.profile_model import Profile
from btse_gui.session import Session, SessionState, SignInRequest
from btse_gui.ui.names import name_widget
from btse_gui.ui.preset_box import PresetBox
from btse_gui.ui.session_signals import SessionSignals
from btse_gui.ui.slots import async_slot

#: name -> (key, secret, description) of the demo accounts, when running the demo.
DemoAccounts = Mapping[str, tuple[str, str, str]]


class LoginPane(QWidget):
    def __init__(
        self,
        session: Session,
        events: SessionSignals,
        demo_accounts: DemoAccounts | None = None,
        parent: QWidget | None = None,
    ) -> None:
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
        self.remember = QCheckBox(self.tr("Remember in keychain"), self)
        self.keychain_status = QLabel(self.tr("Looking for a keychain…"), self)
        self.sign_in_button = QPushButton(self.tr("Sign in"), self)
        self.check_button = QPushButton(self.tr("Check connection"), self)
        self.message = QLabel(self)
        self._build()
        events.messageChanged.connect(self._on_session_message)
        events.stateChanged.connect(self._on_state)

    # --- layout ------------------------------------------------------------------------------

    def _build(self) -> None:
        name_widget(self.demo_account, "demo_account", self.tr("Demo account"))
        name_widget(self.profile_name, "profile_name", self.tr("Profile name"))
        name_widget(self.base_url, "base_url", self.tr("Server address"))
        name_widget(self.api_prefix, "api_prefix", self.tr("Signed API prefix"))
        name_widget(self.header_prefix, "header_prefix", self.tr("Header prefix"))
        name_widget(self.preset, "server_convention", self.tr("Server convention"))
        name_widget(self.api_key, "api_key", self.tr("API key"))
        name_widget(self.api_secret, "api_secret", self.tr("API secret"))
        name_widget(self.reveal, "reveal_secret", self.tr("Show secret"))
        name_widget(self.remember, "remember", self.tr("Remember in keychain"))
        name_widget(self.keychain_status, "keychain_status", self.tr("Keychain status"))
        name_widget(self.sign_in_button, "sign_in", self.tr("Sign in"))
        name_widget(self.check_button, "check_connection", self.tr("Check connection"))
        name_widget(self.message, "login_message", self.tr("Sign-in message"))

        self.profile_name.setText(self.tr("Default"))
        self.base_url.setPlaceholderText("https://api.example.com")
        self.api_prefix.setPlaceholderText(self.tr("empty for /v1/… paths"))
        self.api_secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.reveal.setText(self.tr("Show"))
        self.reveal.setCheckable(True)
        self.reveal.toggled.connect(self._on_reveal)
        self.remember.setEnabled(False)
        self.keychain_status.setWordWrap(True)
        self.keychain_status.setObjectName("keychain_status")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setStyleSheet("color: #b3261e;")
        self.sign_in_button.setDefault(True)
        self.sign_in_button.clicked.connect(self.on_sign_in)
        self.check_button.clicked.connect(self.on_check)
        for field in (self.api_key, self.api_secret, self.base_url, self.profile_name):
            field.returnPressed.connect(self.sign_in_button.click)

        form = QFormLayout()
        if self._demo:
            for name, (_, _, description) in self._demo.items():
                self.demo_account.addItem(f"{name} — {description}", name)
            self.demo_account.currentIndexChanged.connect(self._on_demo_picked)
            form.addRow(self.tr("Demo account"), self.demo_account)
        else:
            self.demo_account.hide()
        form.addRow(self.tr("Profile"), self.profile_name)
        form.addRow(self.tr("Server"), self.base_url)
        form.addRow(self.tr("Convention"), self.preset)
        form.addRow(self.tr("API prefix"), self.api_prefix)
        form.addRow(self.tr("Header prefix"), self.header_prefix)
        form.addRow(self.tr("API key"), self.api_key)
        secret_row = QHBoxLayout()
        secret_row.addWidget(self.api_secret, 1)
        secret_row.addWidget(self.reveal)
        form.addRow(self.tr("API secret"), secret_row)
        form.addRow("", self.remember)
        form.addRow("", self.keychain_status)

        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addStretch(1)
        buttons.addWidget(self.sign_in_button)

        card = QFrame(self)
        card.setObjectName("login_card")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setMaximumWidth(560)
        inner = QVBoxLayout(card)
        title = QLabel(self.tr("Sign in to a BTSE account"), card)
        title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        inner.addWidget(title)
        inner.addLayout(form)
        inner.addWidget(self.message)
        inner.addLayout(buttons)

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 3)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

        QWidget.setTabOrder(self.demo_account, self.profile_name)
        chain = [
            self.profile_name,
            self.base_url,
            self.preset,
            self.api_prefix,
            self.header_prefix,
            self.api_key,
            self.api_secret,
            self.reveal,
            self.remember,
            self.check_button,
            self.sign_in_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        if self._demo:
            self._on_demo_picked(0)

    # --- filling ----------------------------------------------------------------------------

    def set_keychain(self, name: str | None) -> None:
        self._keychain = name
        self.remember.setEnabled(name is not None)
        if name is None:
            self.remember.setChecked(False)
            self.keychain_status.setText(
                self.tr(
                    "Not saved: no keychain is available. You will be signed in for this "
                    "session only; the secret is never written to a file."
                )
            )
        else:
            self.keychain_status.setText(self.tr("Saved in {keychain}.").format(keychain=name))

    def fill_profile(self, profile: Profile) -> None:
        self.profile_name.setText(profile.name)
        self.base_url.setText(profile.base_url)
        self.api_prefix.setText(profile.api_prefix)
        self.header_prefix.setCurrentText(profile.header_prefix)
        self.preset.follow(profile.base_url, profile.api_prefix, profile.header_prefix)
        self.remember.setChecked(profile.remembered and self._keychain is not None)

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
        if name in self._demo:
            key, secret, _ = self._demo[name]
            self.profile_name.setText(f"Demo {name}")
            self.fill_credentials(key, secret)

    def _on_reveal(self, shown: bool) -> None:
        self.api_secret.setEchoMode(
            QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        )
        self.reveal.setText(self.tr("Hide") if shown else self.tr("Show"))

    # --- actions ----------------------------------------------------------------------------

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.sign_in_button, self.check_button):
            widget.setEnabled(not busy)

    @async_slot()
    async def on_sign_in(self) -> None:
        self.message.setStyleSheet("color: #b3261e;")
        self.message.setText("")
        request = SignInRequest(
            profile=self.profile(),
            key=self.api_key.text(),
            secret=self.api_secret.text(),
            remember=self.remember.isChecked() and self.remember.isEnabled(),
        )
        self._set_busy(True)
        try:
            signed_in = await self._session.sign_in(request)
        finally:
            self._set_busy(False)
        if signed_in:
            self.api_secret.clear()  # the session holds it; no second copy in a widget
            self.reveal.setChecked(False)

    @async_slot()
    async def on_check(self) -> None:
        self.message.setText(self.tr("Checking…"))
        self._set_busy(True)
        try:
            text = await self._session.check_connection(
                self.profile(), self.api_key.text(), self.api_secret.text()
            )
        finally:
            self._set_busy(False)
        self.message.setStyleSheet("")
        self.message.setText(text)

    def _on_session_message(self, text: str) -> None:
        if self._session.state in (SessionState.ERROR, SessionState.SIGNING_IN):
            self.message.setStyleSheet("color: #b3261e;")
            self.message.setText(text)

    def _on_state(self, state: SessionState) -> None:
        if state is SessionState.SIGNED_OUT:
            self.api_secret.clear()
            self.message.setText("")

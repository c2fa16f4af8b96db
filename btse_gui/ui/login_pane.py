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

from btse_gui.i18n import translate
from btse_gui.profile_model import Profile
from btse_gui.session import Session, SessionState, SignInRequest
from btse_gui.ui.account_page import MARKS, BusyRow
from btse_gui.ui.names import name_widget
from btse_gui.ui.preset_box import PresetBox
from btse_gui.ui.render import Plan, Tone
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
        self.busy = BusyRow("login_busy", self)
        self.back_button = QPushButton(self.tr("Back to last data"), self)
        self._saved_profile = False
        self._local_message = ""
        self._build()
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
        name_widget(self.back_button, "back_to_data", self.tr("Back to last data"))
        self.back_button.setAccessibleDescription(
            self.tr("Leave the sign-in form and show the account data still held")
        )
        self.back_button.hide()
        self.remember.toggled.connect(lambda _checked: self._show_keychain_line())

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
        self.sign_in_button.setDefault(True)
        self.sign_in_button.clicked.connect(self.on_sign_in)
        self.check_button.clicked.connect(self.on_check)
        for field in (self.api_key, self.api_secret, self.base_url, self.profile_name):
            field.returnPressed.connect(self.sign_in_button.click)

        form = QFormLayout()
        if self._demo:
            for name, (_, _, description) in self._demo.items():
                shown = translate("DemoAccount", description)
                self.demo_account.addItem(f"{name} — {shown}", name)
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
        buttons.addWidget(self.back_button)
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
        inner.addWidget(self.busy)
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
        """Which keychain would hold the key (``None``: none usable); the line under
        Remember says what will happen, in the active language, and only that."""
        self._keychain = name
        self.remember.setEnabled(name is not None)
        if name is None:
            self.remember.setChecked(False)
        self._show_keychain_line()

    def _show_keychain_line(self) -> None:
        name = self._keychain
        if name is None:
            text = self.tr(
                "Not saved: no keychain is available. You will be signed in for this "
                "session only; the secret is never written to a file."
            )
        else:
            keychain = translate("Keychain", name)
            if self.remember.isChecked() and self._saved_profile:
                text = self.tr("Saved in {keychain}.").format(keychain=keychain)
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

    def fill_profile(self, profile: Profile) -> None:
        self.profile_name.setText(profile.name)
        self.base_url.setText(profile.base_url)
        self.api_prefix.setText(profile.api_prefix)
        self.header_prefix.setCurrentText(profile.header_prefix)
        self.preset.follow(profile.base_url, profile.api_prefix, profile.header_prefix)
        self._saved_profile = profile.remembered
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

    def _say(self, text: str, tone: Tone = Tone.ERROR) -> None:
        """A message on the form: its mark and words carry the tone, not a colour."""
        self.message.setText(f"{MARKS[tone]} {text}" if text else "")
        self.message.setAccessibleDescription(text)

    def apply(self, plan: Plan) -> None:
        """Show the window's plan: the session's message, busy work, Back to last data."""
        busy = plan.busy_on == "login"
        for widget in (self.sign_in_button, self.check_button):
            widget.setEnabled(not busy)
        self.busy.show_busy(plan.busy_text if busy else "")
        self.busy.cancel.setEnabled(plan.actions.cancel)
        self.back_button.setVisible(plan.back_to_data)
        if plan.login_message:
            self._say(plan.login_message, plan.login_message_tone)
        elif self._local_message:
            self._say(self._local_message, Tone.INFO)
        else:
            self._say("")

    @async_slot()
    async def on_sign_in(self) -> None:
        self._local_message = ""
        request = SignInRequest(
            profile=self.profile(),
            key=self.api_key.text(),
            secret=self.api_secret.text(),
            remember=self.remember.isChecked() and self.remember.isEnabled(),
        )
        signed_in = await self._session.sign_in(request)
        if signed_in:
            self.api_secret.clear()  # the session holds it; no second copy in a widget
            self.reveal.setChecked(False)
            self._saved_profile = request.remember
            self._show_keychain_line()

    @async_slot()
    async def on_check(self) -> None:
        self._local_message = ""
        text = await self._session.check_connection(
            self.profile(), self.api_key.text(), self.api_secret.text()
        )
        self._local_message = text
        self._say(text, Tone.INFO)

    def _on_state(self, state: SessionState) -> None:
        if state is SessionState.SIGNED_OUT:
            self.api_secret.clear()
            self._local_message = ""
            self._say("")

"""The main window: the login pane, or the account (profile, VIP, permissions)."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QGraphicsOpacityEffect,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from btse_gui import app_version
from btse_gui.api.models import AccountSnapshot
from btse_gui.i18n import translate
from btse_gui.language import LANGUAGES
from btse_gui.profile_model import Profile
from btse_gui.profiles import ProfileBook
from btse_gui.report import PART_NAMES, note_text, support_summary
from btse_gui.session import Session, SessionState
from btse_gui.ui.auto_refresh import AutoRefresh
from btse_gui.ui.badges import PermissionsPane
from btse_gui.ui.login_pane import LoginPane
from btse_gui.ui.profile_pane import ProfilePane, VipPane
from btse_gui.ui.profile_switcher import ProfileSwitcher
from btse_gui.ui.session_signals import SessionSignals
from btse_gui.ui.slots import async_slot
from btse_gui.ui.status_bar import StatusBar, describe_age

STALE_STATES = (SessionState.STALE, SessionState.EXPIRED)


def _with_key(standard: QKeySequence.StandardKey, key: str) -> list[QKeySequence]:
    """The platform's keys for ``standard`` plus ``key``, without duplicates (a
    duplicate makes Qt call the shortcut ambiguous and ignore it)."""
    keys = list(QKeySequence.keyBindings(standard))
    extra = QKeySequence(key)
    return keys if extra in keys else [*keys, extra]


class AccountPage(QWidget):
    """What a signed-in account looks like. Knows only the snapshot it is shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("account_page")
        self.title = QLabel(self)
        self.title.setObjectName("account_title")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setObjectName("refresh")
        self.refresh_button.setAccessibleName(self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Fetch the account again (F5)"))
        self.copy_button = QPushButton(self.tr("Copy summary"), self)
        self.copy_button.setObjectName("copy_summary")
        self.copy_button.setAccessibleName(self.tr("Copy summary"))
        self.copy_button.setToolTip(
            self.tr("Copy a summary for a support ticket, without key or secret (Ctrl+Shift+C)")
        )
        self.sign_out_button = QPushButton(self.tr("Sign out"), self)
        self.sign_out_button.setObjectName("sign_out")
        self.sign_out_button.setAccessibleName(self.tr("Sign out"))
        self.banner = QLabel(self)
        self.banner.setObjectName("account_banner")
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setAccessibleName(self.tr("Account notice"))
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "background: #fff4e5; color: #5f3b00; border: 1px solid #f0c36d;"
            "border-radius: 6px; padding: 8px;"
        )
        self.banner.hide()
        self.warnings = QLabel(self)
        self.warnings.setObjectName("account_warnings")
        self.warnings.setAccessibleName(self.tr("Values the API does not document"))
        self.warnings.setTextFormat(Qt.TextFormat.PlainText)
        self.warnings.setWordWrap(True)
        self.warnings.hide()
        self.sign_in_again = QPushButton(self.tr("Sign in again"), self)
        self.sign_in_again.setObjectName("sign_in_again")
        self.sign_in_again.setAccessibleName(self.tr("Sign in again"))
        self.sign_in_again.hide()
        self.profile = ProfilePane(self)
        self.vip = VipPane(self)
        self.permissions = PermissionsPane(self)

        self.header = header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.refresh_button)
        header.addWidget(self.copy_button)
        header.addWidget(self.sign_out_button)
        notice = QHBoxLayout()
        notice.addWidget(self.banner, 1)
        notice.addWidget(self.sign_in_again)
        self.data = QWidget(self)
        self.data.setObjectName("account_data")
        top = QHBoxLayout()
        top.addWidget(self.profile, 3)
        top.addWidget(self.vip, 2)
        data_layout = QVBoxLayout(self.data)
        data_layout.setContentsMargins(0, 0, 0, 0)
        data_layout.addLayout(top)
        data_layout.addWidget(self.permissions)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(notice)
        layout.addWidget(self.warnings)
        layout.addWidget(self.data)
        layout.addStretch(1)
        self._fade = QGraphicsOpacityEffect(self.data)
        self._fade.setOpacity(0.55)
        self._fade.setEnabled(False)
        self.data.setGraphicsEffect(self._fade)
        self.stale = False

    def show_snapshot(self, snapshot: AccountSnapshot | None, profile_name: str) -> None:
        if snapshot is not None:
            who = snapshot.profile.username if snapshot.profile else None
            self.title.setText(f"{who or '—'}  ·  {profile_name}")
        self.profile.show_snapshot(snapshot)
        self.vip.show_snapshot(snapshot)
        self.permissions.show_checks(snapshot.permissions if snapshot else None)
        lines = [
            f"⚠ {translate('Report', PART_NAMES[part])}: {note_text(note)}"
            for part, notes in (snapshot.notes.items() if snapshot else ())
            for note in notes
        ]
        self.warnings.setText("\n".join(lines))
        self.warnings.setVisible(bool(lines))

    def show_notice(self, message: str, *, stale: bool, expired: bool) -> None:
        self.stale = stale
        self._fade.setEnabled(stale)
        self.banner.setText(message)
        self.banner.setVisible(bool(message))
        self.sign_in_again.setVisible(expired)


class MainWindow(QMainWindow):
    #: The window closed; the app shuts down when it sees this.
    closed = Signal()
    #: The person chose a language in View -> Language ("system", "en", "zh_TW").
    languageRequested = Signal(str)

    def __init__(
        self,
        session: Session,
        events: SessionSignals,
        login: LoginPane,
        book: ProfileBook | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.setWindowTitle(self.tr("btse-gui"))
        self.resize(880, 560)
        self._session = session
        self.login = login
        self.account = AccountPage(self)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(login)
        self.pages.addWidget(self.account)
        self.setCentralWidget(self.pages)
        self.status = StatusBar(self)
        self.setStatusBar(self.status)
        self._want_login = True
        self.profiles = ProfileSwitcher(self, session, events, book, self.ask_key) if book else None
        if self.profiles is not None:
            self.account.header.insertWidget(1, self.profiles.widget())
        self.auto_refresh = AutoRefresh(self, session)
        self._build_actions()
        # --- Accounts overview (ui/overview_switch.py): a page beside the account's, -----
        # View -> Accounts overview (Ctrl+Shift+A). The app gives it its loader.
        from btse_gui.ui.overview_switch import OverviewSwitch

        self.overview = OverviewSwitch(self, self.pages, session)
        # --- end of the accounts overview --------------------------------------------------

        events.stateChanged.connect(self._on_state)
        events.snapshotChanged.connect(self._on_snapshot)
        # Bound methods, not lambdas: Qt drops them when this window is deleted (the
        # window is rebuilt when the language changes; the session lives on).
        events.messageChanged.connect(self._on_message)
        events.busyChanged.connect(self.status.show_busy)
        events.profileChanged.connect(self._on_profile)
        self.account.refresh_button.clicked.connect(self.on_refresh)
        self.account.sign_out_button.clicked.connect(self.on_sign_out)
        self.account.copy_button.clicked.connect(self.copy_summary)
        self.account.sign_in_again.clicked.connect(self.show_login)
        self._ticker = QTimer(self)
        self._ticker.setInterval(15_000)
        self._ticker.timeout.connect(self._tick)
        self._ticker.start()

    def _build_actions(self) -> None:
        self.refresh_action = QAction(self.tr("&Refresh"), self)
        self.refresh_action.setObjectName("action_refresh")
        self.refresh_action.setShortcuts(_with_key(QKeySequence.StandardKey.Refresh, "F5"))
        self.refresh_action.triggered.connect(self.on_refresh)
        self.refresh_action.setEnabled(False)
        self.copy_action = QAction(self.tr("&Copy summary"), self)
        self.copy_action.setObjectName("action_copy_summary")
        self.copy_action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.copy_action.triggered.connect(self.copy_summary)
        self.copy_action.setEnabled(False)
        self.sign_out_action = QAction(self.tr("Sign &out"), self)
        self.sign_out_action.setObjectName("action_sign_out")
        self.sign_out_action.triggered.connect(self.on_sign_out)
        self.sign_out_action.setEnabled(False)
        self.forget_action = QAction(self.tr("Sign out and &forget saved key…"), self)
        self.forget_action.setObjectName("action_forget")
        self.forget_action.triggered.connect(self.on_forget)
        self.forget_action.setEnabled(False)
        close = QAction(self.tr("&Close window"), self)
        close.setShortcuts(_with_key(QKeySequence.StandardKey.Close, "Ctrl+W"))
        close.triggered.connect(self.close)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setObjectName("action_quit")
        quit_action.setShortcuts(_with_key(QKeySequence.StandardKey.Quit, "Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        self.diagnostics_action = QAction(self.tr("Copy &diagnostics"), self)
        self.diagnostics_action.setObjectName("action_diagnostics")
        self.diagnostics_action.triggered.connect(self.copy_diagnostics)
        about = QAction(self.tr("&About btse-gui"), self)
        about.triggered.connect(self.show_about)

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.refresh_action)
        file_menu.addSeparator()
        if self.profiles is not None:
            file_menu.addAction(self.profiles.dialog_action)
        file_menu.addAction(self.sign_out_action)
        file_menu.addAction(self.forget_action)
        file_menu.addSeparator()
        file_menu.addAction(close)
        file_menu.addAction(quit_action)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.copy_action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.auto_refresh.fill_menu(view_menu.addMenu(self.tr("&Auto-refresh")))
        language_menu = view_menu.addMenu(self.tr("&Language"))
        self.language_actions = QActionGroup(self)
        for code, name in (("system", self.tr("System language")), *LANGUAGES.items()):
            action = language_menu.addAction(name)
            action.setObjectName(f"action_language_{code}")
            action.setCheckable(True)
            action.setData(code)
            self.language_actions.addAction(action)
        self.language_actions.triggered.connect(
            lambda action: self.languageRequested.emit(action.data())
        )
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.diagnostics_action)
        help_menu.addAction(about)
        for action in (self.refresh_action, self.copy_action, close, quit_action):
            self.addAction(action)  # shortcuts work with the menu closed

    # --- session → view ----------------------------------------------------------------------

    def _on_snapshot(self, snapshot: AccountSnapshot | None) -> None:
        self._update_actions()
        name = self._session.profile.name if self._session.profile else ""
        self.account.show_snapshot(snapshot, name)
        self.status.show_snapshot(snapshot)
        if snapshot is not None:
            self._want_login = False
        self._update_page()

    def _on_message(self, _text: str) -> None:
        self._on_state(self._session.state)

    def _on_profile(self, _profile: object) -> None:
        self._update_actions()

    def _update_actions(self) -> None:
        signed_in = self._session.signed_in
        self.copy_action.setEnabled(self._session.snapshot is not None)
        self.refresh_action.setEnabled(signed_in)
        self.sign_out_action.setEnabled(signed_in)
        remembered = bool(self._session.profile and self._session.profile.remembered)
        self.forget_action.setEnabled(signed_in and remembered)

    def _on_state(self, state: SessionState) -> None:
        self.status.show_state(state)
        self._update_actions()
        if state is SessionState.SIGNED_OUT:
            self._want_login = True
        stale = state in STALE_STATES
        message = self._session.message if state in (*STALE_STATES, SessionState.LOADED) else ""
        if stale:
            message = self._stale_text(message)
        self.account.show_notice(message, stale=stale, expired=state is SessionState.EXPIRED)
        self._update_page()

    def _stale_text(self, message: str) -> str:
        age = self._session.data_age()
        if age is None or self._session.snapshot is None:
            return message
        at = time.strftime("%H:%M:%S", time.localtime(self._session.snapshot.fetched_at))
        shown = self.tr("Showing data from {time} ({age}).").format(time=at, age=describe_age(age))
        return f"{message}\n{shown}" if message else shown

    def _tick(self) -> None:
        self.status.show_snapshot(self._session.snapshot)
        if self._session.state in STALE_STATES:
            self._on_state(self._session.state)

    def _update_page(self) -> None:
        if self.overview.shown:  # the accounts overview stays until the person leaves it
            self.pages.setCurrentWidget(self.overview.page)
            return
        show_account = self._session.snapshot is not None and not self._want_login
        self.pages.setCurrentWidget(self.account if show_account else self.login)

    def check_language(self, code: str) -> None:
        for action in self.language_actions.actions():
            action.setChecked(action.data() == code)

    def show_session(self) -> None:
        """Show whatever the session holds now (a rebuilt window starts from it)."""
        self._on_snapshot(self._session.snapshot)
        self._on_state(self._session.state)

    def ask_key(self, profile: Profile) -> None:
        """A profile without a saved key: the login pane, filled, asks for it."""
        self.login.fill_profile(profile)
        self.login.api_key.clear()
        self._want_login = True
        self._update_page()
        self.login.api_key.setFocus()

    def show_login(self) -> None:
        self._want_login = True
        if self._session.profile is not None:
            self.login.fill_profile(self._session.profile)
        self._update_page()
        self.login.api_secret.setFocus()

    # --- actions -----------------------------------------------------------------------------

    @async_slot()
    async def on_refresh(self) -> None:
        await self._session.refresh()

    def copy_summary(self) -> None:
        """Put a redacted summary of the shown account on the clipboard."""
        snapshot = self._session.snapshot
        if snapshot is None:
            return
        name = self._session.profile.name if self._session.profile else None
        QGuiApplication.clipboard().setText(support_summary(snapshot, name))
        self.status.showMessage(self.tr("Summary copied (no key or secret)"), 4000)

    @async_slot()
    async def copy_diagnostics(self) -> None:
        """Versions, platform, keychain and the recent (redacted) log, for support."""
        from btse_gui.diagnostics import diagnostics_text

        name = await self._session.keychain_name()
        backend = await self._session.keychain_backend()
        QGuiApplication.clipboard().setText(diagnostics_text(name, backend))
        self.status.showMessage(self.tr("Diagnostics copied"), 4000)

    def on_sign_out(self) -> None:
        self._session.sign_out()

    def on_forget(self) -> None:
        profile = self._session.profile
        if profile is None:
            return
        box = QMessageBox(self)
        box.setObjectName("confirm_forget")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Forget saved key"))
        box.setText(
            self.tr("Sign out and remove the key and secret of {name} from the keychain?").format(
                name=profile.name
            )
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def done(result: int) -> None:
            if result == QMessageBox.StandardButton.Yes:
                self._session.sign_out(forget_saved=True)

        box.finished.connect(done)
        box.open()

    def show_about(self) -> None:
        box = QMessageBox(self)
        box.setObjectName("about_box")
        box.setWindowTitle(self.tr("About btse-gui"))
        box.setText(
            self.tr("btse-gui {version}\nA desktop viewer for a BTSE account.").format(
                version=app_version()
            )
        )
        box.open()

    def closeEvent(self, event: QCloseEvent) -> None:
        event.accept()
        self.closed.emit()

"""The main window: the login pane, or the account (profile, VIP, permissions)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QMainWindow,
    QSizePolicy,
    QStackedWidget,
    QWidget,
)

from btse_gui import app_version
from btse_gui.api.i18n import language as current_language
from btse_gui.api.i18n import speaking
from btse_gui.core.report import support_summary
from btse_gui.core.session import Session, SessionState, SessionView
from btse_gui.gui.language import LANGUAGES
from btse_gui.gui.session_signals import SessionSignals
from btse_gui.gui.settings import HOME_PAGE
from btse_gui.gui.widgets.account_page import AccountPage
from btse_gui.gui.widgets.auto_refresh import AutoRefresh
from btse_gui.gui.widgets.frame import WINDOW_SIZE, menu_title, window_title
from btse_gui.gui.widgets.names import follow_language
from btse_gui.gui.widgets.plan import Page, plan
from btse_gui.gui.widgets.slots import async_slot
from btse_gui.gui.widgets.status_bar import StatusBar
from btse_gui.profiles.model import Profile

if TYPE_CHECKING:
    from btse_gui.core.saved_profiles import SavedProfiles
    from btse_gui.gui.widgets.login_pane import LoginPane
    from btse_gui.gui.widgets.profile_switcher import ProfileSwitcher

# Qt's widget types cost memory once Python first names them (PySide6 makes each
# wrapper type on first use): the sign-in form's, the profile selector's and the
# message boxes' modules are imported when those are first shown, not with the window.


def _profile_switcher(
    window: MainWindow,
    session: Session,
    events: SessionSignals,
    saved: SavedProfiles,
    ask_key: Callable[[Profile], None],
) -> ProfileSwitcher:
    from btse_gui.gui.widgets.profile_switcher import ProfileSwitcher

    return ProfileSwitcher(window, session, events, saved, ask_key)


def _with_key(standard: QKeySequence.StandardKey, key: str) -> list[QKeySequence]:
    """The platform's keys for ``standard`` plus ``key``, without duplicates (a
    duplicate makes Qt call the shortcut ambiguous and ignore it)."""
    keys = list(QKeySequence.keyBindings(standard))
    extra = QKeySequence(key)
    return keys if extra in keys else [*keys, extra]


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
        parent: QWidget | None = None,
        *,
        saved: SavedProfiles | None = None,
        demo: bool = False,
        opening: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.demo = demo
        self.resize(*WINDOW_SIZE)
        self._session = session
        self.login = login
        self.account = AccountPage(self)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(login)
        self.pages.addWidget(self.account)
        login.busy.cancel.clicked.connect(self.cancel_work)
        login.back_button.clicked.connect(self.back_to_data)
        self.setCentralWidget(self.pages)
        self.status = StatusBar(self)
        self.setStatusBar(self.status)
        self._asked_for_login = False
        # The account the window opens with at start, shown loading (see show_opening).
        self.opening = opening
        self._shown_snapshot: object = None
        self.profiles = (
            _profile_switcher(self, session, events, saved, self.ask_key) if saved else None
        )
        if self.profiles is not None:
            self.account.set_selector(self.profiles.widget())
        self.auto_refresh = AutoRefresh(self, session)
        self._build_actions()
        follow_language(self, self.retranslate)
        # --- Accounts overview (ui/overview_switch.py): a page beside the account's, -----
        # View -> Accounts overview (Ctrl+Shift+A). The app gives it its loader.
        from btse_gui.gui.overview.switch import OverviewSwitch

        self.overview = OverviewSwitch(self, self.pages, session)
        # --- end of the accounts overview --------------------------------------------------

        # A bound method, not a lambda: Qt drops it when this window is deleted.
        events.changed.connect(self.show_view)
        self.pages.currentChanged.connect(self._fit_current_page)
        self._fit_current_page(self.pages.currentIndex())  # from the start, not only on a change
        self.account.refresh_button.clicked.connect(self.on_refresh)
        self.account.retry_button.clicked.connect(self.on_refresh)
        self.account.sign_out_button.clicked.connect(self.on_sign_out)
        self.account.copy_button.clicked.connect(lambda: self.copy_summary())
        self.account.sign_in_again.clicked.connect(self.show_login)
        self.account.busy.cancel.clicked.connect(self.cancel_work)
        self._ticker = QTimer(self)
        self._ticker.setInterval(15_000)
        self._ticker.timeout.connect(self._tick)
        self._ticker.start()
        self.show_view()

    def _build_actions(self) -> None:
        def action(name: str, *keys: QKeySequence) -> QAction:
            made = QAction(self)
            made.setObjectName(name)
            made.setShortcuts(list(keys))
            return made

        self.refresh_action = action(
            "action_refresh", *_with_key(QKeySequence.StandardKey.Refresh, "F5")
        )
        self.refresh_action.triggered.connect(self.on_refresh)
        self.copy_action = action("action_copy_summary", QKeySequence("Ctrl+Shift+C"))
        self.copy_action.triggered.connect(lambda: self.copy_summary())
        self.sign_out_action = action("action_sign_out")
        self.sign_out_action.triggered.connect(self.on_sign_out)
        self.forget_action = action("action_forget")
        self.forget_action.triggered.connect(self.on_forget)
        for waiting in (self.refresh_action, self.copy_action, self.sign_out_action):
            waiting.setEnabled(False)
        self.forget_action.setEnabled(False)
        self.close_action = action(
            "action_close", *_with_key(QKeySequence.StandardKey.Close, "Ctrl+W")
        )
        self.close_action.triggered.connect(self.close)
        self.quit_action = action(
            "action_quit", *_with_key(QKeySequence.StandardKey.Quit, "Ctrl+Q")
        )
        self.quit_action.triggered.connect(self.close)
        self.diagnostics_action = action("action_diagnostics")
        self.diagnostics_action.triggered.connect(self.copy_diagnostics)
        self.about_action = action("action_about")
        self.about_action.triggered.connect(self.show_about)
        self.about_qt_action = action("action_about_qt")
        self.about_qt_action.triggered.connect(self.show_about_qt)

        bar = self.menuBar()
        self.file_menu = file_menu = bar.addMenu("")
        file_menu.addAction(self.refresh_action)
        file_menu.addSeparator()
        if self.profiles is not None:
            file_menu.addAction(self.profiles.dialog_action)
        file_menu.addAction(self.sign_out_action)
        file_menu.addAction(self.forget_action)
        file_menu.addSeparator()
        file_menu.addAction(self.close_action)
        file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addAction(self.copy_action)
        # A ticket's language is not always the window's: the summary in either.
        self.copy_in_menu = self.edit_menu.addMenu("")
        self.copy_in_actions: list[QAction] = []
        for code, language_name in LANGUAGES.items():
            copy_in = self.copy_in_menu.addAction(language_name)  # its own name stays
            copy_in.setObjectName(f"action_copy_summary_{code}")
            copy_in.triggered.connect(lambda _=False, c=code: self.copy_summary(c))
            self.copy_in_actions.append(copy_in)
        self.view_menu = view_menu = bar.addMenu("")
        self.view_menu.setObjectName("menu_view")
        self.auto_refresh_menu = view_menu.addMenu("")
        self.auto_refresh.fill_menu(self.auto_refresh_menu)
        self.language_menu = view_menu.addMenu("")
        self.language_actions = QActionGroup(self)
        for code, name in (("system", ""), *LANGUAGES.items()):
            choice = self.language_menu.addAction(name)  # a language's own name stays
            choice.setObjectName(f"action_language_{code}")
            choice.setCheckable(True)
            choice.setData(code)
            self.language_actions.addAction(choice)
        self.language_actions.triggered.connect(
            lambda chosen: self.languageRequested.emit(chosen.data())
        )
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.diagnostics_action)
        self.help_menu.addAction(self.about_action)
        self.help_menu.addAction(self.about_qt_action)
        for shortcut in (
            self.refresh_action,
            self.copy_action,
            self.close_action,
            self.quit_action,
        ):
            self.addAction(shortcut)  # shortcuts work with the menu closed

    def retranslate(self) -> None:
        """The window's fixed words; then the session's view again, in the new language."""
        self.setWindowTitle(window_title(self.demo))
        self.refresh_action.setText(self.tr("&Refresh"))
        self.copy_action.setText(self.tr("&Copy summary"))
        self.copy_in_menu.setTitle(self.tr("Copy summary &in"))
        self.sign_out_action.setText(self.tr("Sign &out"))
        self.forget_action.setText(self.tr("Sign out and &forget saved key…"))
        self.close_action.setText(self.tr("&Close window"))
        self.quit_action.setText(self.tr("&Quit"))
        self.diagnostics_action.setText(self.tr("Copy &diagnostics"))
        self.about_action.setText(self.tr("&About btse-gui"))
        self.about_qt_action.setText(self.tr("About &Qt"))
        for index, menu in enumerate((self.file_menu, self.edit_menu, self.view_menu)):
            menu.setTitle(menu_title(index))
        self.auto_refresh_menu.setTitle(self.tr("&Auto-refresh"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.language_actions.actions()[0].setText(self.tr("System language"))
        self.help_menu.setTitle(menu_title(3))
        if hasattr(self, "overview"):  # a language change, not the first words
            # After every child has set its own words (they hear of the change after
            # the window does): the plan's texts, the snapshot's boxes and badges.
            QTimer.singleShot(0, self, self.show_session)  # not after the window is gone

    # --- session → view ----------------------------------------------------------------------

    def show_view(self, view: SessionView | None = None) -> None:
        """Show ``view`` (default: the session's current one): one plan, applied."""
        view = view or self._session.view
        if view.snapshot is not self._shown_snapshot:
            self._shown_snapshot = view.snapshot
            self.account.show_snapshot(view.snapshot)
        # The status line's time is the account page's: not shown over the overview.
        self.status.show_snapshot(None if self.overview.shown else view.snapshot)
        if view.state is SessionState.SIGNED_OUT:
            self._asked_for_login = False
        if view.snapshot is not None or view.state is SessionState.ERROR:
            self.opening = ""  # the opening sign-in has ended
        self.plan = plan(view, self._asked_for_login, opening=self.opening)
        p = self.plan
        if self.overview.shown:  # the accounts overview stays until the person leaves it
            self.pages.setCurrentWidget(self.overview.page)
        else:
            self.pages.setCurrentWidget(self.account if p.page is Page.ACCOUNT else self.login)
        self.account.apply(p)
        self.login.apply(p)
        # The account page's state is not the overview's ("Signed out" under a table of
        # accounts): the overview says its own state above its table.
        overview = self.tr("Accounts overview")
        self.status.show_state_text(overview if self.overview.shown else p.state_text)
        # The title names what is shown (the task bar and Alt+Tab tell windows apart).
        shown = overview if self.overview.shown else p.title if p.page is Page.ACCOUNT else ""
        base = window_title(self.demo)
        self.setWindowTitle(f"{shown} — {base}" if shown else base)
        # One progress bar at a time: the page's own (with its Cancel) where the person
        # is looking; the status bar's only for work the page does not show.
        page_shows_it = bool(p.busy_on) and not self.overview.shown
        self.status.show_busy(bool(view.busy) and not page_shows_it)
        self.refresh_action.setEnabled(p.actions.refresh)
        self.copy_action.setEnabled(p.actions.copy)
        self.copy_in_menu.setEnabled(p.actions.copy)
        self.sign_out_action.setEnabled(p.actions.sign_out)
        self.forget_action.setEnabled(p.actions.forget)
        if p.focus:
            target = self.findChild(QWidget, p.focus)
            if target is not None:
                target.setFocus()

    def show_opening(self, name: str) -> None:
        """Show ``name``'s account loading while the app signs in to it at start (a
        remembered profile, a demo account), as the first frame did; ``""`` once that
        sign-in is not going to happen after all."""
        self.opening = name
        self.show_view()

    def _tick(self) -> None:
        """Ages move on: re-render (the plan's texts and the status line say "3 min ago")."""
        self.show_view()

    def _fit_current_page(self, index: int) -> None:
        """Only the page on screen sets how narrow the window may get (the overview's
        button row would otherwise hold the account page at 620 px)."""
        for i in range(self.pages.count()):
            page = self.pages.widget(i)
            policy = QSizePolicy.Policy.Preferred if i == index else QSizePolicy.Policy.Ignored
            if page is not None:
                page.setSizePolicy(policy, policy)

    def _update_page(self) -> None:
        """The accounts overview asked to step aside: show what the plan says."""
        self.show_view()

    def check_language(self, code: str) -> None:
        for action in self.language_actions.actions():
            action.setChecked(action.data() == code)

    def show_session(self) -> None:
        """Show whatever the session holds now, the snapshot's boxes included (after a
        language change)."""
        self._shown_snapshot = None
        self.show_view()

    def ask_key(self, profile: Profile) -> None:
        """A profile without a saved key: the login pane, filled, asks for it."""
        self._asked_for_login = True
        self.show_view()
        self.login.ask_key(profile)

    def show_login(self) -> None:
        """The sign-in form while signed in (Sign in again, a new profile)."""
        self._asked_for_login = True
        if self._session.profile is not None:
            self.login.fill_profile(self._session.profile)
        self.show_view()
        self.login.api_secret.setFocus()

    def back_to_data(self) -> None:
        """Leave the sign-in form for the data still held (expired or not)."""
        self._asked_for_login = False
        self.show_view()

    def cancel_work(self) -> None:
        self._session.cancel("sign_in", "refresh", "check")

    # --- actions -----------------------------------------------------------------------------

    @async_slot()
    async def on_refresh(self) -> None:
        await self._session.refresh()

    def copy_summary(self, language: str | None = None) -> None:
        """Put a redacted summary of the shown account on the clipboard (in
        ``language``; by default the window's)."""
        snapshot = self._session.snapshot
        if snapshot is None:
            return
        name = self._session.profile.name if self._session.profile else None
        with speaking(language or current_language()):
            text = support_summary(snapshot, name)
        QGuiApplication.clipboard().setText(text)
        self.status.showMessage(self.tr("Summary copied (no key or secret)"), 4000)

    @async_slot()
    async def copy_diagnostics(self) -> None:
        """Versions, platform, keychain and the recent (redacted) log, for support."""
        from btse_gui.gui.diagnostics import diagnostics_text

        name = await self._session.keychain_name()
        backend = await self._session.keychain_backend()
        server = self._session.profile.base_url if self._session.profile else ""
        QGuiApplication.clipboard().setText(diagnostics_text(name, backend, server))
        self.status.showMessage(self.tr("Diagnostics copied"), 4000)

    def on_sign_out(self) -> None:
        self._session.sign_out()

    def on_forget(self) -> None:
        profile = self._session.profile
        if profile is not None:
            text = self.tr("Sign out and remove the key and secret of {name} from the keychain?")
            from btse_gui.gui.widgets.confirm import confirm  # QMessageBox: made when first asked

            confirm(
                self,
                "confirm_forget",
                self.tr("Forget saved key"),
                text.format(name=profile.name),
                self.tr("Forget key"),
                lambda: self._session.sign_out(forget_saved=True),
            )

    def show_about_qt(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.aboutQt(self)

    def show_about(self) -> None:
        import html
        import platform

        from PySide6.QtCore import Qt, qVersion
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setObjectName("about_box")
        box.setWindowTitle(self.tr("About btse-gui"))
        box.setTextFormat(Qt.TextFormat.RichText)
        words = self.tr(
            "<p><b>btse-gui {version}</b></p>"
            "<p>See a BTSE account: its profile, the permissions its KYC level gives, "
            "and its VIP status; look many accounts up at once.</p>"
            "<p>MIT licence. Built with Qt {qt} (LGPL-3.0) through PySide6, and Python "
            "{python}. The installers carry the licence notices of everything they "
            "bundle in a LICENSES folder beside the program; Help → About Qt says where "
            "to get Qt's source.</p>"
            '<p><a href="{home}">{home}</a></p>'
        )
        box.setText(
            words.format(
                version=html.escape(app_version()),
                qt=qVersion(),
                python=platform.python_version(),
                home=HOME_PAGE,
            )
        )
        box.open()

    def closeEvent(self, event: QCloseEvent) -> None:
        # Animations stop with the window: nothing repaints a surface that is going away.
        self.status.show_busy(False)
        self.account.busy.show_busy("")
        self.login.busy.show_busy("")
        self._ticker.stop()
        event.accept()
        self.closed.emit()

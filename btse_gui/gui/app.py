"""The composition root: the services wired into the window, what the window opens on,
and the shutdown in order (window closed → cancel in-flight work → close the HTTP
clients and the lookups' process).

Everything the window needs is made here and handed to it: the session (and through
it the client factory and the keychain), the saved profiles, the accounts overview's
loader (with the lookups' process). The widgets get only what they use.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

import shiboken6

from btse_gui.api.i18n import UserFacingError
from btse_gui.core import logs
from btse_gui.core.clients import (
    DEMO_BASE_URL,
    DemoAccounts,
    DemoClients,
    RealClients,
    demo_accounts,
    demo_sign_in,
)
from btse_gui.core.saved_profiles import SavedProfiles
from btse_gui.core.session import Session, SignInRequest
from btse_gui.gui import language
from btse_gui.gui.main_window import MainWindow
from btse_gui.gui.opening import Kind, Opening, choose
from btse_gui.gui.options import GuiOptions
from btse_gui.gui.session_signals import SessionSignals
from btse_gui.gui.settings import Settings
from btse_gui.gui.widgets.frame import OVERVIEW_SIZE, after_next_paint
from btse_gui.gui.widgets.login_pane import LoginPane
from btse_gui.profiles.book import ProfileBook
from btse_gui.profiles.keychain import CredentialStore

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtWidgets import QMainWindow

    from btse_gui.core.overview import OverviewLoader
    from btse_gui.profiles.model import Profile

#: Reports on the app while it lives and says when it is done (``--quit-after-load``:
#: ``btse_gui.gui.startup.recorder``); its result is the process's exit code.
Watcher = Callable[["App", "asyncio.Future[None]"], Awaitable[int]]


class App:
    """The running app: one session, one window, and what the window opens on."""

    def __init__(
        self,
        options: GuiOptions,
        settings: Settings | None = None,
        book: ProfileBook | None = None,
        *,
        opening: Opening | None = None,
        started: Callable[[], None] | None = None,
    ) -> None:
        """``opening``: what the window opens on (default: ``opening.choose``).
        ``started``: called once the first sign-in's data has painted (the start's
        sequence then ends its pause in garbage collection)."""
        self.options = options
        self.factory: DemoClients | RealClients
        if options.is_demo:  # the demo saves nothing, so it never looks for a keychain
            self.factory = DemoClients(options.demo_faults, options.demo_accounts)
            self.settings, self.book = None, None
            self._demo_accounts: DemoAccounts = demo_accounts()
        else:
            from btse_gui.gui.desktop_proxy import DesktopProxy

            self.factory = RealClients(options.timeout, DesktopProxy())
            self.settings = settings or Settings()
            self.book = book or ProfileBook()
            self._demo_accounts = {}
        self.opening = opening or choose(options, self.settings)
        self._started = started or (lambda: None)
        logs.setup()
        store = self.book.store if self.book else CredentialStore()
        self.session = Session(self.factory, store, self.book)
        self.saved = SavedProfiles(self.session, self.book) if self.book else None
        if self.saved is not None:  # the overview follows changes made in the window
            self.saved.listeners.append(self._profiles_changed)
        self.events = SessionSignals(self.session)
        self._overview_loader: OverviewLoader | None = None
        self._relisting: asyncio.Future[list[str] | None] | None = None
        self.language_setting = options.language or (
            self.settings.language if self.settings else language.SYSTEM
        )
        self.closed = asyncio.Event()
        self.window = self._build_window()

    # --- wiring ---------------------------------------------------------------------------

    @property
    def overview_loader(self) -> OverviewLoader:
        """The accounts overview's rows and lookups: made when the overview is first
        opened, then kept for the app's life."""
        if self._overview_loader is None:
            from btse_gui.core.overview import (
                DemoSource,
                OverviewLoader,
                OverviewSource,
                ProfileSource,
            )
            from btse_gui.worker.process import LookupProcess

            source: OverviewSource
            if self.book is None:
                source = DemoSource.built_in(self.options.demo_accounts, DEMO_BASE_URL)
            else:
                source = ProfileSource(self.book)
                self._watch_profiles(self.book.file.folder)
            self._overview_loader = OverviewLoader(source, LookupProcess(self.factory))
        return self._overview_loader

    def _watch_profiles(self, folder: Path) -> None:
        """Profiles added or changed by another btse-gui (``btse-gui profiles add``)
        show in the overview while it is open. The folder is watched, not the file: the
        file is replaced on every change, never written in place."""
        from PySide6.QtCore import QFileSystemWatcher, QTimer

        # The app's own, like the loader: they outlive any one window.
        self._watcher = QFileSystemWatcher([str(folder)])
        self._settle = settle = QTimer()  # one look after a burst (file, .bak, lock)
        settle.setSingleShot(True)
        settle.setInterval(300)
        self._watcher.directoryChanged.connect(lambda _folder: settle.start())
        settle.timeout.connect(self._profiles_changed_elsewhere)

    def _profiles_changed_elsewhere(self) -> None:
        loader = self._overview_loader
        if not shiboken6.isValid(self.window):  # closed meanwhile
            return
        if loader is None or loader.busy or not self.window.overview.shown:
            return  # the overview reads the profiles again when it is next shown
        self._relisting = asyncio.ensure_future(self._relist_and_look_up(loader))

    async def _relist_and_look_up(self, loader: OverviewLoader) -> list[str] | None:
        """Read the profiles again and look up the rows that are new (a new profile, or
        one that became another account); the others keep what they show."""
        before = {id(row) for row in loader.rows}
        names = await loader.relist()
        fresh = [row.name for row in loader.rows if id(row) not in before]
        if fresh and not loader.busy:
            await loader.refresh(fresh)
        return names

    @property
    def login(self) -> LoginPane:
        return self.window.login

    def _profiles_changed(self) -> None:
        loader = self._overview_loader
        if loader is not None and not loader.busy:
            self._relisting = asyncio.ensure_future(loader.relist())

    def _make_login(self) -> LoginPane:
        """The sign-in form; the start fills it with what it finds (the keychain, the
        last profile)."""
        login = LoginPane(
            self.session,
            self.events,
            self._demo_accounts,
            saved=self.saved,
            open_demo=self.open_demo,
        )
        if self.options.is_demo:
            login.base_url.setText(DEMO_BASE_URL)
            login.base_url.setReadOnly(True)
            login.select_demo(self.options.demo or "kyc3")  # a useful first pick
        return login

    def _build_window(self) -> MainWindow:
        window = MainWindow(
            self.session,
            self.events,
            self._make_login(),
            saved=self.saved,
            demo=self.options.is_demo,
            opening=self.opening.name,
        )
        window.closed.connect(self.closed.set)
        window.languageRequested.connect(self.set_language)
        window.check_language(self.language_setting)
        if self.settings is not None:
            settings = self.settings
            window.auto_refresh.set_interval(settings.auto_refresh_s)
            window.auto_refresh.group.triggered.connect(
                lambda action: setattr(settings, "auto_refresh_s", int(action.data()))
            )
            geometry = settings.window_geometry()
            if geometry is not None:
                window.restoreGeometry(geometry)
            window.closed.connect(lambda: settings.set_window_geometry(self.window.saveGeometry()))
            window.closed.connect(self._remember_opening)
        # Accounts overview: its rows and lookups live in the loader, outside the page.
        window.overview.set_loader(lambda: self.overview_loader)
        self._fit_overview(window)
        return window

    def set_language(self, code: str) -> None:
        """Switch language now. Qt tells every widget, and each sets its words again;
        the window then renders the session's view again: nothing is rebuilt, and what
        the person typed, selected or scrolled stays as it was."""
        self.language_setting = code
        if self.settings is not None:
            self.settings.language = code
        language.install(language.resolve(code))
        self.window.check_language(code)

    def open_demo(self) -> bool:
        """The demo, signed in to a sample account, in a window of its own: its own
        process, so its built-in accounts never meet this window's, in this window's
        language. ``False``: it could not be started."""
        from PySide6.QtCore import QProcess

        from btse_gui.core.program import command

        program, *args = command("--demo", "kyc3", "--lang", language.active())
        started, _pid = QProcess.startDetached(program, args)
        return bool(started)

    def _fit_overview(self, window: MainWindow) -> None:
        """Opening on the accounts overview: room for its table."""
        if self.opening.kind is Kind.OVERVIEW:
            window.resize(
                max(window.width(), OVERVIEW_SIZE[0]), max(window.height(), OVERVIEW_SIZE[1])
            )

    def take_place_of(self, first: QMainWindow) -> None:
        """The window where the first frame was (where the person moved it); the first
        frame goes at once: its window surface (a full-size image offscreen) would
        otherwise still be held when the window's own is made, 1.1 MB more at the peak."""
        self.window.restoreGeometry(first.saveGeometry())
        self._fit_overview(self.window)
        if getattr(first, "closed_early", False):  # closed before the window was ready
            self.closed.set()
        first.hide()
        shiboken6.delete(first)

    def bring_forward(self, overview: bool = False) -> None:
        """Another launch asked for this window (and maybe its accounts overview): show
        it, on top."""
        if overview:
            self.window.overview.show(True)
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    # --- living -----------------------------------------------------------------------------

    async def run(self, watcher: Watcher | None = None) -> int:
        """Show the window and live until it closes (or the watcher is done); then shut
        down cleanly."""
        self.window.show()
        startup = asyncio.ensure_future(self.start())
        try:
            if watcher is not None:
                return await watcher(self, startup)
            await self.closed.wait()
            return 0
        finally:
            startup.cancel()
            await asyncio.gather(startup, return_exceptions=True)
            await self.aclose()

    async def start(self) -> None:
        """Open what the start chose: sign in to the demo account or the remembered
        profile, or show the accounts overview; meanwhile find the keychain and the
        last profile for the sign-in form. ``started`` is called once that is over."""
        saved = None if self.options.is_demo else asyncio.ensure_future(self._saved())
        try:
            kind = self.opening.kind
            if kind is Kind.OVERVIEW:
                self.window.overview.show(True)
            elif kind is Kind.DEMO_ACCOUNT:
                request = demo_sign_in(self.opening.name, self._demo_accounts)
                await self.session.sign_in(request)
            elif saved is not None:
                remembered = await saved  # (the form is filled with the last profile)
                if remembered is not None and kind is Kind.REMEMBERED:
                    await self.session.sign_in(remembered)
        finally:
            # After the data's paint, not before it.
            after_next_paint(self.window, self._started)
            if saved is not None:
                saved.cancel()
            if self.window.opening:  # no sign-in after all, or it was cancelled
                self.window.show_opening("")

    async def aclose(self) -> None:
        self._started()  # if the window never painted after the start
        watcher = getattr(self, "_watcher", None)
        if watcher is not None:  # nothing more to look at
            watcher.directoryChanged.disconnect()
            self._settle.stop()
        if self._overview_loader is not None:
            await self._overview_loader.aclose()
        await self.session.aclose()

    # --- what the start reads ---------------------------------------------------------------

    async def _saved(self) -> SignInRequest | None:
        """The keychain, and the last profile with its remembered key: what to sign in
        with at start, if anything (``None``: the sign-in form, filled)."""
        keychain = await self.session.keychain_name()
        self._set_keychain(keychain)
        book = self.book
        assert book is not None

        def last() -> Profile | None:
            from btse_gui.gui import legacy

            legacy.migrate(book, self.settings)
            return book.last_profile()

        try:
            profile = await asyncio.to_thread(last)
            await self.session.reload_profiles()  # the selector's names
        except UserFacingError as exc:  # a damaged profiles file: say so, start empty
            self._say_on_form(exc)
            return None
        if profile is None:
            return None
        self._fill_form(profile)
        if not (profile.remembered and keychain is not None):
            return None
        credentials = await self.session.load_saved(profile)
        if credentials is None:
            return None
        self._fill_form(profile, credentials.key)
        return SignInRequest(profile, credentials.key, credentials.secret, remember=False)

    def _set_keychain(self, name: str | None) -> None:
        self.login.set_keychain(name)

    def _fill_form(self, profile: Profile, key: str = "") -> None:
        self.login.fill_profile(profile)
        self.login.api_key.setText(key)

    def _say_on_form(self, problem: UserFacingError) -> None:
        self.login.message.setText(problem.user_message())

    def _remember_opening(self) -> None:
        """The next start opens as this one closes: signed in to this profile (its
        first frame shows it loading) when it is signed in and its key is remembered;
        signed out (the form, filled), when the person signed out."""
        profile = self.session.profile
        if self.settings is not None:
            again = profile if profile and profile.remembered and self.session.signed_in else None
            self.settings.opening_profile = again.name if again else ""

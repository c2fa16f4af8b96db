"""The qasync loop, the services wired into the window (in the first frame's place, see
``launch``), and the shutdown in order: window closed → cancel in-flight work → close
HTTP clients → exit.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
import sys
import time
from collections.abc import Mapping
from concurrent.futures import Future
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from btse_gui import language, overview_app  # overview_app: the accounts overview
from btse_gui.clients import DEMO_BASE_URL, demo_services, demo_sign_in, real_clients
from btse_gui.credentials import CredentialStore
from btse_gui.i18n import UserFacingError
from btse_gui.launch import (
    FirstFrame,
    GuiOptions,
    PaintProbe,
    opening_account,
    preload,
)
from btse_gui.launch import (
    make_application as make_application,  # for tests: the start's own application
)
from btse_gui.profile_model import Profile
from btse_gui.profiles import ProfileBook
from btse_gui.session import ClientFactory, Session, SignInRequest
from btse_gui.settings import Settings
from btse_gui.start_fetch import FirstAnswerClients, StartFetch, server_fields
from btse_gui.start_over import START_MAX_S, StartOver
from btse_gui.ui.main_window import MainWindow
from btse_gui.ui.session_signals import SessionSignals

if TYPE_CHECKING:
    from btse_gui.overview_loader import OverviewLoader
    from btse_gui.sandbox.accounts import DemoAccount
    from btse_gui.ui.login_pane import LoginPane


class App:
    """The running app: one session, one window, and the start-up work."""

    def __init__(
        self,
        options: GuiOptions,
        settings: Settings | None = None,
        book: ProfileBook | None = None,
        first_frame: FirstFrame | None = None,
        tls: Future[None] | None = None,
        start_fetch: StartFetch | None = None,
    ) -> None:
        self.options = options
        self._first_frame = first_frame
        self._tls = tls
        self.start_fetch = start_fetch
        self.start_over = StartOver(options.demo is not None, start_fetch)
        self.book: ProfileBook | None = None
        # Accounts overview: the demo's sandbox also serves --demo-accounts N generated users.
        demo = (
            overview_app.demo_accounts(options.demo_accounts) if options.demo is not None else None
        )
        if options.demo is not None:
            factory, demo_accounts = demo_services(options.demo_faults, options.demo_accounts)
            self.settings = None
        else:
            factory, demo_accounts = real_clients(options.timeout), {}
            self.settings = settings or Settings()
            self.book = book or ProfileBook()
        from btse_gui import logs

        logs.setup_memory()  # the file is opened once the start is over
        store = self.book.store if self.book else CredentialStore()
        # The start's sign-in may come from its own process (start_fetch); the accounts
        # overview pickles `factory` itself to the lookups' process.
        clients = factory if start_fetch is None else FirstAnswerClients(factory, start_fetch)
        self.session = Session(clients, store, self.book)
        self.events = SessionSignals(self.session)
        self._overview: tuple[ClientFactory, Mapping[str, DemoAccount] | None] = (factory, demo)
        self._overview_loader: OverviewLoader | None = None
        self._demo_accounts = demo_accounts
        self.language_setting = options.language or (
            self.settings.language if self.settings else language.SYSTEM
        )
        language.install(language.resolve(self.language_setting))
        self.closed = asyncio.Event()
        self.timings: dict[str, float] = {}
        self.http_at_data_shown: bool | None = None
        if first_frame is not None and first_frame.painted_at is not None:
            self.timings["first_paint_s"] = first_frame.painted_at[0] - options.started
            self.timings["first_paint_at"] = first_frame.painted_at[1]
        # What the start found for the sign-in form, given to it if it is ever built.
        self._keychain: tuple[str | None] | None = None
        self._form: tuple[Profile, str] | None = None
        self.window = self._build_window()

    @property
    def overview_loader(self) -> OverviewLoader:
        """The accounts overview's rows and lookups: made when the overview is first
        opened, then kept for the app's life."""
        if self._overview_loader is None:
            factory, demo = self._overview
            self._overview_loader = overview_app.make_loader(
                factory, self.book, DEMO_BASE_URL, demo
            )
        return self._overview_loader

    @property
    def login(self) -> LoginPane:
        return self.window.login

    def _make_login(self) -> LoginPane:
        """The sign-in form, when the window first needs it, filled with what the start
        found (the keychain, the last profile)."""
        from btse_gui.ui.login_pane import LoginPane  # its widget types, only if needed

        login = LoginPane(self.session, self.events, self._demo_accounts)
        if self.options.demo is not None:
            login.base_url.setText(DEMO_BASE_URL)
            login.base_url.setReadOnly(True)
            login.select_demo(self.options.demo or "kyc3")  # a useful first pick
        if self._keychain is not None:
            login.set_keychain(self._keychain[0])
        if self._form is not None:
            login.fill_profile(self._form[0])
            login.api_key.setText(self._form[1])
        return login

    def _build_window(self) -> MainWindow:
        window = MainWindow(
            self.session,
            self.events,
            self._make_login,
            demo=self.options.demo is not None,
            opening=opening_account(self.options, self.settings),  # as the first frame
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
        PaintProbe(window, self._on_first_paint)
        PaintProbe(window.account.permissions, self._on_data_shown)
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

    def _fit_overview(self, window: MainWindow) -> None:
        """Opening on the accounts overview: room for its table."""
        if self.options.overview:
            window.resize(
                max(window.width(), overview_app.OVERVIEW_SIZE[0]),
                max(window.height(), overview_app.OVERVIEW_SIZE[1]),
            )

    def _take_first_frames_place(self) -> None:
        first, self._first_frame = self._first_frame, None
        if first is None:
            return
        self.window.restoreGeometry(first.saveGeometry())  # where the person moved it
        self._fit_overview(self.window)
        if first.closed_early:  # closed before the window was ready: stop at once
            self.closed.set()
        first.hide()
        # Deleted now, not later: its window surface (a full-size image offscreen) would
        # otherwise still be held when the window's own is made: 1.1 MB more at the peak.
        shiboken6.delete(first)

    def bring_forward(self) -> None:
        """Another launch asked for this window: show it, on top."""
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    def _on_first_paint(self) -> None:
        self._mark("first_paint_s")

    def _on_data_shown(self) -> None:
        if "data_shown_s" not in self.timings:
            self.http_at_data_shown = "httpx" in sys.modules  # see start_fetch
        self._mark("data_shown_s")

    def _mark(self, name: str) -> None:
        if name not in self.timings:
            self.timings[name] = time.perf_counter() - self.options.started
            self.timings[name.removesuffix("_s") + "_at"] = time.time()

    async def run(self) -> int:
        """Show the window and live until it closes; then shut down cleanly."""
        self._take_first_frames_place()
        self.window.show()
        startup = asyncio.ensure_future(self.start())
        try:
            if self.options.quit_after_load and self.options.overview:  # accounts overview
                from btse_gui.overview_app import quit_after_overview

                return await quit_after_overview(self)
            if self.options.quit_after_load:
                from btse_gui.load_report import quit_after_load

                return await quit_after_load(self, startup)
            await self.closed.wait()
            return 0
        finally:
            startup.cancel()
            await asyncio.gather(startup, return_exceptions=True)
            self.start_over.now()  # if the window closed before the start began
            if self._overview_loader is not None:
                await self._overview_loader.aclose()
            await self.session.aclose()

    async def start(self) -> None:
        """Sign in (the demo account, or a remembered profile) and find the keychain.
        The first frame has been painted; the window does not wait for its own first
        paint (~10 ms) before the sign-in: that paint would only show the same loading
        state again, and an answer that comes first is painted with it. The keychain and
        the profiles file are read while the HTTP stack loads."""
        # The demo saves nothing, so it never looks for a keychain (keyring and its
        # backends' discovery would cost it ~12 MB and a D-Bus round trip).
        saved = None if self.options.demo is not None else asyncio.ensure_future(self._saved())
        try:
            if self.options.overview:  # while the HTTP stack loads: see OverviewTable.warm_up
                self.window.overview.page.table.warm_up()
            await self._wait_preloaded()
            # A slow server must not hold what the start put off for long.
            asyncio.get_running_loop().call_later(START_MAX_S, self.start_over.now)
            if self.options.overview:  # accounts overview: the window opens on it
                self.window.overview.show(True)
            if self.options.demo:
                account = demo_sign_in(self.options.demo, self._demo_accounts, DEMO_BASE_URL)
                await self.session.sign_in(account)
            elif saved is not None and (request := await saved) is not None:
                if self.start_fetch is not None:
                    fields = server_fields(request.profile)
                    self.start_fetch.ask(fields, request.key, request.secret)
                await self.session.sign_in(request)
        finally:
            self.start_over.now()
            if saved is not None:
                saved.cancel()
            if self.window.opening:  # no sign-in after all, or it was cancelled
                self.window.show_opening("")

    async def _wait_preloaded(self) -> None:
        """The start (``launch``) imported the HTTP stack and makes the TLS context in a
        worker thread: wait for that. An App made otherwise (tests) imports it in a
        worker thread, so the first sign-in does not freeze a window that is up."""
        if self._tls is None:
            await asyncio.to_thread(preload, self.options.demo is not None)
        else:
            with contextlib.suppress(Exception):  # no context: the client makes it again
                await asyncio.wrap_future(self._tls)

    def _set_keychain(self, name: str | None) -> None:
        self._keychain = (name,)
        if self.window.built_login is not None:
            self.window.built_login.set_keychain(name)

    def _fill_form(self, profile: Profile, key: str = "") -> None:
        self._form = (profile, key)
        if self.window.built_login is not None:
            self.window.built_login.fill_profile(profile)
            self.window.built_login.api_key.setText(key)

    def _remember_opening(self) -> None:
        """The next start's first frame shows this profile loading if it will be signed
        in to then (its key is remembered)."""
        profile = self.session.profile
        if self.settings is not None:
            self.settings.opening_profile = profile.name if profile and profile.remembered else ""

    async def _saved(self) -> SignInRequest | None:
        """The keychain, and the last profile with its remembered key: what to sign in
        with at start, if anything (``None``: the sign-in form, filled)."""
        keychain = await self.session.keychain_name()
        self._set_keychain(keychain)
        book = self.book
        assert book is not None

        def last() -> Profile | None:
            from btse_gui import legacy

            legacy.migrate(book, self.settings)
            return book.last_profile()

        try:
            profile = await asyncio.to_thread(last)
            if self.session.saved is not None:
                await self.session.saved.reload()  # the selector's names
        except UserFacingError as exc:  # a damaged profiles file: say so, start empty
            self.login.message.setText(exc.user_message())
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


def run_app(
    options: GuiOptions,
    qapp: QApplication,
    first: FirstFrame,
    settings: Settings | None,
    tls: Future[None] | None = None,
    start_fetch: StartFetch | None = None,
) -> int:
    """The second half of the start (see ``launch``): the qasync loop, the session and the
    real window in the first frame's place; then live until the window closes."""
    from btse_gui.event_loop import EventLoop

    loop = EventLoop(qapp)
    asyncio.set_event_loop(loop)
    gui = App(options, settings=settings, first_frame=first, tls=tls, start_fetch=start_fetch)
    instance = None
    if options.demo is None:
        from btse_gui.single_instance import InstanceServer

        instance = InstanceServer(gui.bring_forward)
    qapp.aboutToQuit.connect(gui.closed.set)
    # Ctrl+C / SIGTERM close the window like Ctrl+Q. Python only sees signals when it
    # runs, so a timer wakes it up while Qt waits for events.
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: gui.window.close())
    waker = QTimer()
    waker.timeout.connect(lambda: None)
    waker.start(250)
    with loop:
        code = int(loop.run_until_complete(gui.run()))
    waker.stop()
    del instance  # stop listening only once the window is gone
    return code

"""The app's state machine, which the window observes.

    signed out → signing in → loaded ⇄ refreshing → loaded | stale | expired
                            ↘ error (sign-in failed: no data)

A failed refresh keeps the last good data and marks it stale (its age is the
snapshot's ``fetched_at``); an expired token keeps it too and asks to sign in again.
Network calls are preemptive by name: a second refresh cancels the first instead of
racing it. Keychain calls run in a worker thread. Secrets live in this object's memory
only, until sign-out.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field, replace
from enum import Enum
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal

from btse_gui.api.errors import ApiError, SessionExpiredError
from btse_gui.api.models import AccountSnapshot
from btse_gui.api.server import Credentials, ServerProfile
from btse_gui.credentials import CredentialStore, KeychainError
from btse_gui.i18n import QT_TRANSLATE_NOOP, translate
from btse_gui.logs import REDACT
from btse_gui.settings import ProfileSettings, Settings

if TYPE_CHECKING:  # the client (httpx) is imported when the first one is made
    from btse_gui.api.client import BtseClient

T = TypeVar("T")
log = logging.getLogger("btse_gui.session")
CONTEXT = "Session"
ClientFactory = Callable[[ServerProfile], "BtseClient"]


class SessionState(Enum):
    SIGNED_OUT = "signed_out"
    SIGNING_IN = "signing_in"
    LOADED = "loaded"
    REFRESHING = "refreshing"
    STALE = "stale"
    EXPIRED = "expired"
    ERROR = "error"


STATE_NAMES = {
    SessionState.SIGNED_OUT: QT_TRANSLATE_NOOP("Session", "Signed out"),
    SessionState.SIGNING_IN: QT_TRANSLATE_NOOP("Session", "Signing in…"),
    SessionState.LOADED: QT_TRANSLATE_NOOP("Session", "Up to date"),
    SessionState.REFRESHING: QT_TRANSLATE_NOOP("Session", "Refreshing…"),
    SessionState.STALE: QT_TRANSLATE_NOOP("Session", "Showing old data"),
    SessionState.EXPIRED: QT_TRANSLATE_NOOP("Session", "Session expired"),
    SessionState.ERROR: QT_TRANSLATE_NOOP("Session", "Sign-in failed"),
}


@dataclass(frozen=True)
class SignInRequest:
    """What the login pane collected: strings as typed, validated by the session."""

    profile: ProfileSettings
    key: str
    secret: str = field(repr=False)
    remember: bool = False


class Session(QObject):
    stateChanged = Signal(object)  # SessionState
    snapshotChanged = Signal(object)  # AccountSnapshot | None
    messageChanged = Signal(str)  # '' when there is nothing to say
    busyChanged = Signal(bool)
    profileChanged = Signal(object)  # ProfileSettings | None (e.g. now remembered)

    def __init__(
        self,
        client_factory: ClientFactory,
        store: CredentialStore,
        settings: Settings | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._client_factory = client_factory
        self.store = store
        self._settings = settings
        self._clients: dict[ServerProfile, BtseClient] = {}
        self._tasks: dict[str, asyncio.Task[Any]] = {}
        self._busy = 0
        self.state = SessionState.SIGNED_OUT
        self.snapshot: AccountSnapshot | None = None
        self.message = ""
        self.profile: ProfileSettings | None = None
        self._server: ServerProfile | None = None
        self._credentials: Credentials | None = None
        #: Signed-in profiles this session: switching back to one is instant.
        self._cache: dict[str, tuple[ServerProfile, Credentials, AccountSnapshot]] = {}

    # --- observable state ---------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._busy > 0

    @property
    def signed_in(self) -> bool:
        return self._credentials is not None

    def _set_state(self, state: SessionState, message: str | None = None) -> None:
        if message is not None and message != self.message:
            self.message = message
            self.messageChanged.emit(message)
        if state is not self.state:
            self.state = state
            self.stateChanged.emit(state)

    def _set_profile(self, profile: ProfileSettings | None) -> None:
        self.profile = profile
        self.profileChanged.emit(profile)

    def _set_snapshot(self, snapshot: AccountSnapshot | None) -> None:
        self.snapshot = snapshot
        if snapshot is not None and self.profile and self._server and self._credentials:
            self._cache[self.profile.name] = (self._server, self._credentials, snapshot)
        self.snapshotChanged.emit(snapshot)

    def data_age(self, now: float | None = None) -> float | None:
        """Seconds since the shown data was fetched."""
        if self.snapshot is None:
            return None
        return max(0.0, (now or time.time()) - self.snapshot.fetched_at)

    # --- task plumbing -------------------------------------------------------------------

    async def _preemptive(self, name: str, coro: Coroutine[Any, Any, T]) -> T | None:
        """Run ``coro`` as the only task called ``name``, cancelling one already running.

        Returns ``None`` when a later call of the same name superseded this one.
        """
        previous = self._tasks.get(name)
        if previous is not None and not previous.done():
            previous.cancel()
        task = asyncio.ensure_future(coro)
        self._tasks[name] = task
        self._busy += 1
        if self._busy == 1:
            self.busyChanged.emit(True)
        try:
            return await asyncio.shield(task)
        except asyncio.CancelledError:
            current = asyncio.current_task()
            if task.cancelled() and not (current and current.cancelling()):
                return None  # superseded, not cancelled by our own caller
            task.cancel()
            raise
        finally:
            if self._tasks.get(name) is task:
                del self._tasks[name]
            self._busy -= 1
            if self._busy == 0:
                self.busyChanged.emit(False)

    def _cancel(self, *names: str) -> None:
        for name in names or tuple(self._tasks):
            task = self._tasks.get(name)
            if task is not None:
                task.cancel()

    def _client(self, server: ServerProfile) -> BtseClient:
        client = self._clients.get(server)
        if client is None or client.closed:
            client = self._clients[server] = self._client_factory(server)
        return client

    # --- sign in / refresh -----------------------------------------------------------------

    async def sign_in(self, request: SignInRequest) -> bool:
        """Validate, fetch the account, and on success keep the credentials in memory."""
        self._cancel("refresh")
        result = await self._preemptive("sign_in", self._sign_in(request))
        return bool(result)

    async def _sign_in(self, request: SignInRequest) -> bool:
        try:
            p = request.profile
            server = ServerProfile(p.base_url, p.api_prefix, p.header_prefix)
            credentials = Credentials(request.key.strip(), request.secret.strip())
        except ApiError as exc:
            self._set_state(SessionState.ERROR, exc.user_message())
            return False
        REDACT.add(credentials.key, credentials.secret)
        self._set_state(SessionState.SIGNING_IN, "")
        try:
            snapshot = await self._client(server).fetch_account(credentials)
        except ApiError as exc:
            log.warning("sign-in to %s failed: %s", server.host, exc)
            self._set_state(SessionState.ERROR, exc.user_message())
            return False
        self._server, self._credentials = server, credentials
        log.info("signed in: profile %r on %s", request.profile.name, server.host)
        self._set_profile(request.profile)
        self._set_snapshot(snapshot)
        self._set_state(SessionState.LOADED, "")
        if request.remember:
            await self._remember(credentials)
        self._save_profile()
        return True

    async def _remember(self, credentials: Credentials) -> None:
        assert self.profile is not None
        try:
            await asyncio.to_thread(self.store.save, self.profile.name, credentials)
        except KeychainError as exc:
            self._set_state(self.state, exc.user_message())
        else:
            self._set_profile(replace(self.profile, remembered=True))

    def _save_profile(self) -> None:
        if self._settings is not None and self.profile is not None:
            self._settings.save_profile(self.profile)
            self._settings.last_profile = self.profile.name

    async def switch_profile(self, profile: ProfileSettings) -> bool:
        """Show ``profile``'s account: at once from this session's cache (then refresh),
        else signed in with its saved key. ``False``: no saved key, ask for one."""
        cached = self._cache.get(profile.name)
        if cached is not None:
            self._cancel("refresh", "sign_in")
            self._server, self._credentials, snapshot = cached
            self._set_profile(profile)
            self._set_snapshot(snapshot)
            self._set_state(SessionState.LOADED, "")
            await self.refresh()
            return True
        credentials = await self.load_saved(profile.name) if profile.remembered else None
        if credentials is None:
            return False
        request = SignInRequest(profile, credentials.key, credentials.secret, remember=False)
        return await self.sign_in(request)

    async def refresh(self) -> None:
        """Fetch again with the signed-in credentials; a newer refresh cancels this one."""
        if self._credentials is None or self._server is None:
            return
        await self._preemptive("refresh", self._refresh(self._server, self._credentials))

    async def _refresh(self, server: ServerProfile, credentials: Credentials) -> None:
        self._set_state(SessionState.REFRESHING)
        try:
            snapshot = await self._client(server).fetch_account(credentials)
        except SessionExpiredError as exc:
            log.warning("refresh on %s: %s", server.host, exc)
            self._set_state(SessionState.EXPIRED, exc.user_message())
        except ApiError as exc:
            log.warning("refresh on %s failed: %s", server.host, exc)
            stale = SessionState.STALE if self.snapshot else SessionState.ERROR
            self._set_state(stale, exc.user_message())
        else:
            self._set_snapshot(snapshot)
            self._set_state(SessionState.LOADED, "")

    async def check_connection(self, profile: ProfileSettings, key: str, secret: str) -> str:
        """Ask ``/v1/login_status`` (signed when a key and secret are given); a message."""
        try:
            server = ServerProfile(profile.base_url, profile.api_prefix, profile.header_prefix)
            credentials = Credentials(key.strip(), secret.strip()) if key or secret else None
        except ApiError as exc:
            return exc.user_message()
        started = time.monotonic()
        try:
            result = await self._preemptive("check", self._client(server).login_status(credentials))
        except ApiError as exc:
            return exc.user_message()
        if result is None:
            return ""
        elapsed_ms = (time.monotonic() - started) * 1000
        if credentials is None:
            text = QT_TRANSLATE_NOOP(
                "Session", "Connected to {host} ({ms:.0f} ms). Enter a key and secret to sign in."
            )
        elif result.is_login:
            text = QT_TRANSLATE_NOOP(
                "Session", "Connected to {host} ({ms:.0f} ms). The key and secret are accepted."
            )
        else:
            text = QT_TRANSLATE_NOOP(
                "Session",
                "Connected to {host} ({ms:.0f} ms), but the server does not accept this key "
                "and secret.",
            )
        return translate(CONTEXT, text).format(host=server.host, ms=elapsed_ms)

    # --- keychain ----------------------------------------------------------------------------

    async def keychain_backend(self) -> str:
        """The keychain backend's class path, for diagnostics."""
        try:
            return await asyncio.to_thread(self.store.backend_id)
        except Exception as exc:  # a broken backend: say what broke
            return f"unavailable ({type(exc).__name__})"

    async def keychain_name(self) -> str | None:
        """The keychain that would hold a remembered secret, or ``None``."""
        try:
            return await asyncio.to_thread(self.store.backend_name)
        except Exception:  # a broken backend is as good as none
            return None

    async def load_saved(self, name: str) -> Credentials | None:
        """The remembered credentials of profile ``name`` (``None``: none or unreadable)."""
        try:
            credentials = await asyncio.to_thread(self.store.load, name)
        except KeychainError as exc:
            self._set_state(self.state, exc.user_message())
            return None
        if credentials is not None:
            REDACT.add(credentials.key, credentials.secret)
        return credentials

    async def forget_saved(self, name: str) -> None:
        try:
            await asyncio.to_thread(self.store.delete, name)
        except KeychainError as exc:
            self._set_state(self.state, exc.user_message())
            return
        if self.profile is not None and self.profile.name == name:
            self._set_profile(replace(self.profile, remembered=False))
        if self._settings is not None:
            saved = self._settings.profile(name)
            if saved is not None:
                self._settings.save_profile(replace(saved, remembered=False))

    # --- leaving ----------------------------------------------------------------------------

    def sign_out(self, *, forget_saved: bool = False) -> None:
        """Forget the in-memory credentials and data, and with ``forget_saved`` also the
        keychain item of the current profile (in the background; ``aclose`` awaits it)."""
        self._cancel()
        self._cache.clear()
        if forget_saved and self.profile is not None:
            self._tasks["forget"] = asyncio.ensure_future(self.forget_saved(self.profile.name))
        self._credentials = None
        self._server = None
        self._set_snapshot(None)
        self._set_state(SessionState.SIGNED_OUT, "")

    async def aclose(self) -> None:
        """Cancel whatever is in flight and close every HTTP client, once."""
        tasks = [t for t in self._tasks.values() if not t.done()]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        clients, self._clients = list(self._clients.values()), {}
        await asyncio.gather(*(c.aclose() for c in clients), return_exceptions=True)
        self._credentials = None
        self._cache.clear()

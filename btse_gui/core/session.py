"""The app's state machine: plain Python and asyncio, no Qt.

    signed out → signing in → loaded ⇄ refreshing → loaded | stale | expired
                            ↘ error (sign-in failed: no data)

It publishes one immutable :class:`SessionView` to its listeners after every change;
the window renders that value (``gui/session_signals.py``, a thin Qt adapter, turns it
into a signal). A failed refresh keeps the last good data and marks it stale; an expired
token keeps it too and asks to sign in again. Network calls are preemptive by name: a
second refresh cancels the first instead of racing it. Keychain and profile-file calls
run in a worker thread. Secrets live in this object's memory only, until sign-out.
Messages are kept as error objects, rendered in the active language when shown.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, TypeVar

from btse_gui.api.errors import ApiError, SessionExpiredError
from btse_gui.api.i18n import QT_TRANSLATE_NOOP, UserFacingError, translate
from btse_gui.api.models import AccountSnapshot
from btse_gui.api.server import Credentials, ServerProfile
from btse_gui.core.logs import REDACT
from btse_gui.core.session_view import (
    STATE_NAMES,
    SessionState,
    SessionView,
    SignInRequest,
)
from btse_gui.profiles.keychain import CredentialStore, KeychainError
from btse_gui.profiles.model import Profile

__all__ = ["STATE_NAMES", "Session", "SessionState", "SessionView", "SignInRequest", "state_name"]

if TYPE_CHECKING:  # the client (httpx) is imported when the first one is made
    from btse_gui.api.client import BtseClient
    from btse_gui.profiles.book import ProfileBook

T = TypeVar("T")
log = logging.getLogger("btse_gui.core.session")
CONTEXT = "Session"
ClientFactory = Callable[[ServerProfile], "BtseClient"]


class Session:
    def __init__(
        self,
        client_factory: ClientFactory,
        store: CredentialStore,
        book: ProfileBook | None = None,
    ) -> None:
        self._client_factory = client_factory
        self.store = store
        self.book = book
        self._clients: dict[ServerProfile, BtseClient] = {}
        self._tasks: dict[str, asyncio.Task[Any]] = {}
        #: Set by ``aclose``: nothing new starts after it (no client outlives the loop).
        self._closed = False
        self._listeners: list[Callable[[SessionView], None]] = []
        self.view = SessionView(saves_profiles=book is not None)
        self._server: ServerProfile | None = None
        self._credentials: Credentials | None = None
        #: Accounts shown this session, by profile (id or name): switching back is
        #: instant, as long as the account is still the same one (see ``switch_profile``).
        self._cache: dict[str, _Shown] = {}

    # --- the published value ------------------------------------------------------------

    def subscribe(self, listener: Callable[[SessionView], None]) -> Callable[[], None]:
        """Call ``listener`` with every new view; returns a function that unsubscribes."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def _publish(self, **changes: Any) -> None:
        view = replace(self.view, **changes)
        view = replace(view, signed_in=self._credentials is not None, busy=self._busy_name())
        if view == self.view:
            return
        self.view = view
        for listener in list(self._listeners):
            listener(view)

    async def reload_profiles(self) -> tuple[str, ...]:
        """Read the saved profiles' names again (in a worker thread) and publish them
        with the view: the selector renders them."""
        if self.book is None:
            return ()
        profiles = await asyncio.to_thread(self.book.all)
        names = tuple(p.name for p in profiles)
        self._publish(profiles=names)
        return names

    def publish_profile(self, profile: Profile) -> None:
        """The profile on screen was renamed, edited or removed (see SavedProfiles)."""
        old = self.profile
        if old is not None and (old.id or old.name) in self._cache:
            self._cache[profile.id or profile.name] = self._cache.pop(old.id or old.name)
        self._publish(profile=profile)

    def forget_shown(self, profile: Profile) -> None:
        """``profile`` changed (its server, convention or key): what this session showed
        of it is another account's now, and is not shown again."""
        self._cache.pop(profile.id or profile.name, None)

    def _busy_name(self) -> str:
        # A task being cancelled (Sign out, Cancel) is not shown as work going on: the
        # form is ready at once, not one turn of the loop later.
        running = [
            n for n, task in self._tasks.items() if not task.done() and not task.cancelling()
        ]
        for name in ("sign_in", "refresh", "check"):
            if name in running:
                return name
        return running[0] if running else ""

    # Convenience readers of the current view.
    @property
    def state(self) -> SessionState:
        return self.view.state

    @property
    def snapshot(self) -> AccountSnapshot | None:
        return self.view.snapshot

    @property
    def profile(self) -> Profile | None:
        return self.view.profile

    @property
    def message(self) -> str:
        return self.view.message

    @property
    def busy(self) -> bool:
        return bool(self.view.busy)

    @property
    def signed_in(self) -> bool:
        return self._credentials is not None

    # --- task plumbing -------------------------------------------------------------------

    async def _preemptive(self, name: str, coro: Coroutine[Any, Any, T]) -> T | None:
        """Run ``coro`` as the only task called ``name``, cancelling one already running.

        Returns ``None`` when a later call of the same name superseded this one.
        """
        if self._closed:
            coro.close()
            return None
        previous = self._tasks.get(name)
        if previous is not None and not previous.done():
            previous.cancel()
        task = asyncio.ensure_future(coro)
        self._tasks[name] = task
        self._publish()
        try:
            return await asyncio.shield(task)
        except asyncio.CancelledError:
            current = asyncio.current_task()
            if task.cancelled() and not (current and current.cancelling()):
                return None  # superseded (or cancelled by the person), not by our caller
            task.cancel()
            raise
        finally:
            if self._tasks.get(name) is task:
                del self._tasks[name]
            self._publish()

    def cancel(self, *names: str) -> None:
        """Stop the named tasks (all when none are named): the Cancel button."""
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
        self.cancel("refresh")
        result = await self._preemptive("sign_in", self._sign_in(request))
        if result is None and self.state is SessionState.SIGNING_IN:
            self._publish(state=self._resting_state(), error=None)  # cancelled
        return bool(result)

    def _resting_state(self) -> SessionState:
        if self._credentials is None:
            return SessionState.SIGNED_OUT
        return SessionState.LOADED if self.snapshot else SessionState.SIGNED_OUT

    async def _sign_in(self, request: SignInRequest) -> bool:
        try:
            server = request.profile.server()
            credentials = Credentials(request.key.strip(), request.secret.strip())
        except ApiError as exc:
            self._publish(state=SessionState.ERROR, error=exc, notice=None)
            return False
        REDACT.add(credentials.key, credentials.secret)
        log.info("signing in: profile %r on %s", request.profile.name, server.host)
        self._publish(state=SessionState.SIGNING_IN, error=None, notice=None)
        try:
            snapshot = await self._fetch(server, credentials)
        except UserFacingError as exc:
            log.warning("sign-in to %s failed: %s", server.host, exc)
            self._publish(state=SessionState.ERROR, error=exc)
            return False
        self._server, self._credentials = server, credentials
        log.info("signed in: profile %r on %s", request.profile.name, server.host)
        profile = request.profile
        self._remember_snapshot(profile, snapshot)
        self._publish(state=SessionState.LOADED, snapshot=snapshot, profile=profile, error=None)
        # Written to the profiles file only when asked (Remember), or when it is a saved
        # profile already (its server and convention as signed in, and the last used):
        # "this session only" keeps nothing.
        saved = None
        if request.remember or profile.id:
            saved = await self._save_profile(profile, credentials if request.remember else None)
        if saved is not None:
            self._remember_snapshot(saved, snapshot)
            self._publish(profile=saved)
            await self.reload_profiles()
        return True

    async def _fetch(self, server: ServerProfile, credentials: Credentials) -> AccountSnapshot:
        """The account's three reads. Anything that goes wrong arrives as an error the
        person can read: the client raises only ApiErrors, and whatever else escapes (a
        bug, a library's surprise) is named by its kind, logged, and never left hanging
        as "Signing in…"."""
        try:
            return await self._client(server).fetch_account(credentials)
        except (ApiError, asyncio.CancelledError):
            raise
        except Exception as exc:
            log.error("reading the account failed unexpectedly: %s", type(exc).__name__)
            raise UnexpectedError(kind=type(exc).__name__) from None

    def _remember_snapshot(self, profile: Profile, snapshot: AccountSnapshot) -> None:
        if self._server is not None and self._credentials is not None:
            shown = _Shown(self._server, self._credentials, profile.keychain_item, snapshot)
            self._cache[profile.id or profile.name] = shown

    async def _save_profile(
        self, profile: Profile, credentials: Credentials | None
    ) -> Profile | None:
        """Keep the signed-in profile (and with ``credentials`` its key) in the book."""
        if self.book is None:
            if credentials is not None:
                self._publish(notice=_NoBookError())
            return None
        book = self.book

        def save() -> Profile:
            saved = book.add(profile, credentials)
            book.set_last(saved)
            return saved

        try:
            return await asyncio.to_thread(save)
        except (KeychainError, UserFacingError) as exc:
            log.warning("could not save profile %r: %s", profile.name, exc)
            self._publish(notice=exc)
            return None

    async def switch_profile(self, profile: Profile) -> bool:
        """Show ``profile``'s account (as the profile is now: its server, convention and
        saved key). From this session's cache at once (then refreshed) when it is still
        the same account; else signed in with its saved key. ``False``: no saved key,
        ask for one.

        An account is its key, secret, server and convention: a profile edited since
        (here, in the profiles dialog, or by ``btse-gui profiles add --replace`` in
        another process) is signed in to anew, never shown with the old one's data or
        sent with the old key."""
        try:
            server = profile.server()
        except ApiError as exc:
            self._publish(state=SessionState.ERROR, error=exc, notice=None)
            return False
        key = profile.id or profile.name
        credentials = await self.load_saved(profile) if profile.remembered else None
        cached = self._cache.get(key)
        same = (
            cached is not None
            and cached.server == server
            and cached.keychain_item == profile.keychain_item
            and (credentials is None or cached.credentials == credentials)
        )
        if cached is not None and same and (credentials is not None or not profile.remembered):
            self.cancel("refresh", "sign_in")
            self._server, self._credentials = cached.server, cached.credentials
            self._publish(
                state=SessionState.LOADED, snapshot=cached.snapshot, profile=profile, error=None
            )
            await self.refresh()
            return True
        self._cache.pop(key, None)
        if credentials is None:
            return False
        request = SignInRequest(profile, credentials.key, credentials.secret, remember=False)
        return await self.sign_in(request)

    async def refresh(self) -> None:
        """Fetch again with the signed-in credentials; a newer refresh cancels this one."""
        if self._credentials is None or self._server is None:
            return
        result = await self._preemptive("refresh", self._refresh(self._server, self._credentials))
        if result is None and self.state is SessionState.REFRESHING:
            self._publish(state=SessionState.LOADED if self.snapshot else SessionState.ERROR)

    async def _refresh(self, server: ServerProfile, credentials: Credentials) -> bool:
        self._publish(state=SessionState.REFRESHING)
        try:
            snapshot = await self._fetch(server, credentials)
        except SessionExpiredError as exc:
            log.warning("refresh on %s: %s", server.host, exc)
            self._publish(state=SessionState.EXPIRED, error=exc)
        except UserFacingError as exc:
            log.warning("refresh on %s failed: %s", server.host, exc)
            stale = SessionState.STALE if self.snapshot else SessionState.ERROR
            self._publish(state=stale, error=exc)
        else:
            snapshot = snapshot.keeping(self.snapshot)
            if self.profile is not None:
                self._remember_snapshot(self.profile, snapshot)
            # A read that failed left its last good part on screen: that part is old.
            failed = next(iter(snapshot.errors.values()), None)
            state = SessionState.STALE if failed else SessionState.LOADED
            self._publish(state=state, snapshot=snapshot, error=failed)
        return True

    async def check_connection(self, profile: Profile, key: str, secret: str) -> tuple[bool, str]:
        """Reachable? Key accepted? Signed in? — in words, with the server's own;
        ``False`` when something failed."""
        from btse_gui.core.connection_check import check_connection

        try:
            server = profile.server()
            # Both, or the server alone: half a pair still tells whether it answers.
            both = key.strip() and secret.strip()
            credentials = Credentials(key.strip(), secret.strip()) if both else None
            client = self._client(server)
        except ApiError as exc:
            return False, exc.user_message()
        result = await self._preemptive("check", check_connection(client, credentials))
        return (True, "") if result is None else result

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

    async def load_saved(self, profile: Profile) -> Credentials | None:
        """The remembered credentials of ``profile`` (``None``: none or unreadable)."""
        if self.book is None:
            return None
        book = self.book
        try:
            credentials = await asyncio.to_thread(book.credentials, profile)
        except KeychainError as exc:
            self._publish(notice=exc)
            return None
        if credentials is not None:
            REDACT.add(credentials.key, credentials.secret)
        return credentials

    async def forget_saved(self, profile: Profile) -> None:
        if self.book is None:
            return
        book = self.book
        try:
            updated = await asyncio.to_thread(book.forget_key, profile.name)
        except UserFacingError as exc:
            self._publish(notice=exc)
            return
        self.forget_shown(profile)
        if self.profile is not None and self.profile.id == updated.id:
            self._publish(profile=updated)

    # --- leaving ----------------------------------------------------------------------------

    def sign_out(self, *, forget_saved: bool = False) -> None:
        """Forget the in-memory credentials and data, and with ``forget_saved`` also the
        keychain item of the current profile (in the background; ``aclose`` awaits it)."""
        self.cancel()
        self._cache.clear()
        if forget_saved and self.profile is not None:
            self._tasks["forget"] = asyncio.ensure_future(self.forget_saved(self.profile))
        self._credentials = None
        self._server = None
        self._publish(state=SessionState.SIGNED_OUT, snapshot=None, error=None, notice=None)

    async def aclose(self) -> None:
        """Cancel whatever is in flight and close every HTTP client, once; nothing new
        starts afterwards."""
        self._closed = True
        tasks = [t for t in self._tasks.values() if not t.done()]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        clients, self._clients = list(self._clients.values()), {}
        await asyncio.gather(*(c.aclose() for c in clients), return_exceptions=True)
        self._credentials = None
        self._cache.clear()


@dataclass(frozen=True)
class _Shown:
    """An account shown this session: who it was (server, credentials, the keychain item
    they came from) and its last data."""

    server: ServerProfile
    credentials: Credentials = field(repr=False)
    keychain_item: str | None
    snapshot: AccountSnapshot


class UnexpectedError(UserFacingError):
    context = CONTEXT
    template = QT_TRANSLATE_NOOP(
        "Session",
        "Something unexpected went wrong ({kind}); nothing was changed. Try again; if it "
        "happens again, Help → Copy diagnostics gathers what support needs.",
    )


class _NoBookError(UserFacingError):
    context = CONTEXT
    template = QT_TRANSLATE_NOOP("Session", "The demo does not save profiles or keys.")


def state_name(state: SessionState) -> str:
    return translate(CONTEXT, STATE_NAMES[state])

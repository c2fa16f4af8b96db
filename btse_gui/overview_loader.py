"""Filling the accounts overview: which profiles, their credentials, and the lookups.

Plain Python and asyncio (no Qt), like the session. The window's overview page listens
to an :class:`OverviewLoader`, which holds the rows and any running lookup; the page
only renders them (in the active language: a language switch renders them again).
Keychain and profile-file calls run in a worker thread.

The lookups themselves (:func:`lookups.fetch_all`) run in a process of their own (see
:mod:`btse_gui.lookup_worker` for why): the loader hands it the targets, credentials
included, and each answer comes back the moment it arrives.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Callable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Protocol

from btse_gui.api.errors import ApiError
from btse_gui.api.server import Credentials, ServerProfile
from btse_gui.credentials import KeychainError
from btse_gui.i18n import QT_TRANSLATE_NOOP, UserFacingError, translate
from btse_gui.lookup_worker import LookupProcess, LookupsStoppedError
from btse_gui.lookups import TARGETS_PER_BATCH, Row, Target, in_batches
from btse_gui.overview_rows import OverviewRow
from btse_gui.profile_model import Profile
from btse_gui.session import ClientFactory, Session, SignInRequest

if TYPE_CHECKING:
    from btse_gui.profiles import ProfileBook

log = logging.getLogger("btse_gui.overview")


class OverviewSource(Protocol):
    """Where the overview's profiles come from, and how one is opened in the window."""

    async def names(self) -> list[str]: ...

    def targets(self, names: Sequence[str]) -> AsyncIterator[list[Target]]:
        """``names``' targets, in batches as they are read."""
        ...

    async def open(self, session: Session, name: str) -> bool: ...


class ProfileSource:
    """The saved profiles; credentials from the keychain, read in a worker thread."""

    def __init__(self, book: ProfileBook) -> None:
        self.book = book

    async def names(self) -> list[str]:
        profiles = await asyncio.to_thread(self.book.all)
        return [p.name for p in profiles]

    async def targets(self, names: Sequence[str]) -> AsyncIterator[list[Target]]:
        # In batches, so the first rows are looked up while the keychain is still read.
        async for batch in in_batches(self._targets(list(names)), TARGETS_PER_BATCH):
            yield batch

    def _targets(self, names: list[str]) -> Iterator[Target]:
        profiles = {p.name: p for p in self.book.all()}
        reading = self.book.credentials_each(profiles[n] for n in names if n in profiles)
        try:
            for name in names:
                profile = profiles.get(name)
                if profile is None:
                    yield Target(name, None, None, _text(_GONE))
                    continue
                _, credentials = next(reading)
                try:
                    server = profile.server()
                except ApiError as exc:
                    yield Target(name, None, None, exc.user_message())
                    continue
                if isinstance(credentials, KeychainError):
                    yield Target(name, None, None, credentials.user_message())
                elif credentials is None:
                    why = _NO_KEY if profile.keychain_item is None else _KEY_GONE
                    yield Target(name, server, None, _text(why))
                else:
                    yield Target(name, server, credentials)
        finally:
            reading.close()

    async def open(self, session: Session, name: str) -> bool:
        profile = await asyncio.to_thread(self.book.find, name)
        return profile is not None and await session.switch_profile(profile)


class DemoSource:
    """Demo accounts on the in-process sandbox: their (public) credentials are known."""

    def __init__(self, accounts: Mapping[str, Credentials], base_url: str) -> None:
        self.accounts = dict(accounts)
        self.base_url = base_url
        self.server = ServerProfile(base_url)

    async def names(self) -> list[str]:
        return list(self.accounts)

    async def targets(self, names: Sequence[str]) -> AsyncIterator[list[Target]]:
        yield [Target(n, self.server, self.accounts[n]) for n in names if n in self.accounts]

    async def open(self, session: Session, name: str) -> bool:
        credentials = self.accounts.get(name)
        if credentials is None:
            return False
        profile = Profile(name, self.base_url)
        request = SignInRequest(profile, credentials.key, credentials.secret)
        return await session.sign_in(request)


_GONE = QT_TRANSLATE_NOOP("Overview", "This profile no longer exists.")
_NO_KEY = QT_TRANSLATE_NOOP("Overview", "No key and secret are saved for this profile.")
_KEY_GONE = QT_TRANSLATE_NOOP(
    "Overview", "Its saved key is gone from the keychain (btse-gui profiles check)."
)


def _text(source: str) -> str:
    return translate("Overview", source)


#: Told the names of the rows that changed (``[]``: the list of rows itself changed).
Listener = Callable[[list[str]], None]


class OverviewLoader:
    """The overview's rows, and the lookups that fill them.

    ``refresh()`` looks every profile up again, ``refresh(names)`` only those. Several
    refreshes may run at once (a row already being fetched is not fetched twice);
    ``cancel()`` stops them all at once and the rows they had not filled keep what they
    showed before. ``client_factory`` must be picklable (:mod:`btse_gui.clients`): the
    lookups' process makes its clients from a copy.
    """

    def __init__(
        self,
        source: OverviewSource,
        client_factory: ClientFactory,
        *,
        max_in_flight: int | None = None,
    ) -> None:
        self.source = source
        self.client_factory = client_factory
        self.max_in_flight = max_in_flight
        self.rows: list[OverviewRow] = []
        self._index: dict[str, int] = {}
        self._listeners: list[Listener] = []
        self._tasks: set[asyncio.Task[None]] = set()
        self.lookups = LookupProcess(client_factory)
        #: Progress of the refreshes running now: rows asked for, rows answered.
        self.asked = 0
        self.answered = 0
        self.problem: UserFacingError | None = None

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def _tell(self, names: list[str]) -> None:
        for listener in list(self._listeners):
            listener(names)

    @property
    def busy(self) -> bool:
        return any(not task.done() for task in self._tasks)

    def position(self, name: str) -> int | None:
        return self._index.get(name)

    def row(self, name: str) -> OverviewRow | None:
        index = self._index.get(name)
        return self.rows[index] if index is not None else None

    async def refresh(self, names: Sequence[str] | None = None) -> None:
        """Look up ``names`` (default: every profile, the list read again)."""
        task = asyncio.ensure_future(self._refresh(names))
        self._tasks.add(task)
        try:
            await asyncio.shield(task)
        except asyncio.CancelledError:
            if not task.done():  # our caller was cancelled, not the refresh
                task.cancel()
                raise
        finally:
            self._tasks.discard(task)
            if not self.busy:
                self.asked = self.answered = 0
            self._tell([])

    async def _refresh(self, names: Sequence[str] | None) -> None:
        self.lookups.start_soon()  # it imports what it needs while the profiles are read
        if names is None:
            try:
                listed = await self.source.names()
            except UserFacingError as exc:  # a damaged profiles file: say so
                self.problem = exc
                self._tell([])
                return
            self.problem = None
            self._set_names(listed)
            names = listed
        wanted = [n for n in names if (row := self.row(n)) is not None and not row.busy]
        if not wanted:
            return
        for name in wanted:
            self.rows[self._index[name]].busy = True
        self.asked += len(wanted)
        self._tell(wanted)
        try:
            targets = self.source.targets(wanted)
            await self.lookups.fetch(targets, self._on_row, max_in_flight=self.max_in_flight)
        except LookupsStoppedError as exc:
            self.problem = exc
        finally:
            left = [n for n in wanted if (row := self.row(n)) is not None and row.busy]
            for name in left:  # cancelled or stopped: these keep what they showed before
                self.rows[self._index[name]].busy = False
            if left:
                self._tell(left)

    def _set_names(self, names: list[str]) -> None:
        """The profiles as listed now: rows kept by name, new ones added, gone ones dropped."""
        if names == [row.name for row in self.rows]:
            return
        old = {row.name: row for row in self.rows}
        self.rows = [old.get(name) or OverviewRow(name) for name in names]
        self._index = {row.name: i for i, row in enumerate(self.rows)}
        self._tell([])

    def _on_row(self, result: Row) -> None:
        row = self.row(result.profile)
        if row is None:
            return
        row.result, row.busy = result, False
        self.answered += 1
        self._tell([result.profile])

    def cancel(self) -> None:
        for task in list(self._tasks):
            task.cancel()

    async def aclose(self) -> None:
        """Stop the lookups (their clients close in their process) and the process."""
        tasks = list(self._tasks)
        self.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        await self.lookups.aclose()

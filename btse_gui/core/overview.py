"""Filling the accounts overview: which profiles, their credentials, and the lookups.

Plain Python and asyncio (no Qt), like the session. The window's overview page listens
to an :class:`OverviewLoader`, which holds the rows and any running lookup; the page
only renders them (in the active language: a language switch renders them again).
Keychain and profile-file calls run in a worker thread.

The lookups themselves are a :class:`Lookups`: the window gives the loader the lookups'
own process (``btse_gui.worker.process.LookupProcess``, see there for why); the loader
hands it the targets, credentials included, and each answer comes back the moment it
arrives.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterable, AsyncIterator, Callable, Hashable, Mapping, Sequence
from typing import TYPE_CHECKING, Protocol

from btse_gui.api.i18n import QT_TRANSLATE_NOOP, UserFacingError
from btse_gui.api.server import Credentials, ServerProfile
from btse_gui.core.lookups import (
    TARGETS_PER_BATCH,
    Row,
    RowCallback,
    Target,
    in_batches,
    profile_targets,
)
from btse_gui.core.overview_rows import OverviewRow
from btse_gui.core.session import Session, SignInRequest
from btse_gui.profiles.model import Profile

if TYPE_CHECKING:
    from btse_gui.profiles.book import ProfileBook

log = logging.getLogger("btse_gui.overview")


class LookupsStoppedError(UserFacingError):
    context = "Overview"
    template = QT_TRANSLATE_NOOP(
        "Overview", "The lookups stopped unexpectedly. Choose Refresh all to try again."
    )


class Lookups(Protocol):
    """What runs the overview's lookups (the lookups' process, in the window)."""

    def start_soon(self) -> None:
        """Get ready in the background (a process imports what it needs)."""

    async def fetch(
        self,
        batches: AsyncIterable[Sequence[Target]],
        on_row: RowCallback,
        max_in_flight: int | None = None,
    ) -> None:
        """Look the targets up; ``on_row`` gets each row on this loop as it arrives.
        Raises :class:`LookupsStoppedError` if they stop before every row is in."""

    async def aclose(self) -> None: ...


class OverviewSource(Protocol):
    """Where the overview's profiles come from, and how one is opened in the window."""

    async def listing(self) -> dict[str, Hashable]:
        """Every profile's name, in order, with what makes it the account it is."""
        ...

    def targets(self, names: Sequence[str]) -> AsyncIterator[list[Target]]:
        """``names``' targets, in batches as they are read."""
        ...

    async def open(self, session: Session, name: str) -> bool: ...


class ProfileSource:
    """The saved profiles; credentials from the keychain, read in a worker thread."""

    def __init__(self, book: ProfileBook) -> None:
        self.book = book

    async def listing(self) -> dict[str, Hashable]:
        profiles = await asyncio.to_thread(self.book.all)
        return {p.name: p.account for p in profiles}

    async def targets(self, names: Sequence[str]) -> AsyncIterator[list[Target]]:
        # In batches, so the first rows are looked up while the keychain is still read.
        async for batch in in_batches(profile_targets(self.book, list(names)), TARGETS_PER_BATCH):
            yield batch

    async def open(self, session: Session, name: str) -> bool:
        profile = await asyncio.to_thread(self.book.find, name)
        return profile is not None and await session.switch_profile(profile)


class DemoSource:
    """Demo accounts on the in-process sandbox: their (public) credentials are known."""

    def __init__(self, accounts: Mapping[str, Credentials], base_url: str) -> None:
        self.accounts = dict(accounts)
        self.base_url = base_url
        self.server = ServerProfile(base_url)

    @classmethod
    def built_in(cls, generated: int, base_url: str) -> DemoSource:
        """The demo accounts plus ``generated`` generated ones (``gen-00001``...)."""
        from btse_gui.sandbox.accounts import DEMO_ACCOUNTS, generated_accounts

        accounts = {**DEMO_ACCOUNTS, **generated_accounts(generated)}
        return cls({a.name: Credentials(a.key, a.secret) for a in accounts.values()}, base_url)

    async def listing(self) -> dict[str, Hashable]:
        return {name: credentials.key for name, credentials in self.accounts.items()}

    async def targets(self, names: Sequence[str]) -> AsyncIterator[list[Target]]:
        yield [Target(n, self.server, self.accounts[n]) for n in names if n in self.accounts]

    async def open(self, session: Session, name: str) -> bool:
        credentials = self.accounts.get(name)
        if credentials is None:
            return False
        profile = Profile(name, self.base_url)
        request = SignInRequest(profile, credentials.key, credentials.secret)
        return await session.sign_in(request)


#: Told the names of the rows that changed (``[]``: the list of rows itself changed).
Listener = Callable[[list[str]], None]


class OverviewLoader:
    """The overview's rows, and the lookups that fill them.

    ``refresh()`` looks every profile up again, ``refresh(names)`` only those. Several
    refreshes may run at once (a row already being fetched is not fetched twice);
    ``cancel()`` stops them all at once and the rows they had not filled keep what they
    showed before. ``lookups`` runs them (in the window: the lookups' own process).
    """

    def __init__(
        self,
        source: OverviewSource,
        lookups: Lookups,
        *,
        max_in_flight: int | None = None,
    ) -> None:
        self.source = source
        self.max_in_flight = max_in_flight
        self.rows: list[OverviewRow] = []
        self._index: dict[str, int] = {}
        self._listeners: list[Listener] = []
        self._tasks: set[asyncio.Task[None]] = set()
        self.lookups = lookups
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
            listed = await self.relist()
            if listed is None:
                return
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

    async def relist(self) -> list[str] | None:
        """Read the profiles again: rows kept by name while they are the same account,
        new ones added, gone ones dropped, and a row whose profile became another
        account (its server, convention or key changed) starts again empty. The names,
        or ``None`` when they cannot be read (``problem`` says why)."""
        try:
            listed = await self.source.listing()
        except UserFacingError as exc:  # a damaged profiles file: say so
            self.problem = exc
            self._tell([])
            return None
        self.problem = None
        old = {row.name: row for row in self.rows}
        rows = []
        for name, account in listed.items():
            row = old.get(name)
            if row is None or row.account != account:
                row = OverviewRow(name, account=account)
            rows.append(row)
        if [id(r) for r in rows] != [id(r) for r in self.rows]:
            self.rows = rows
            self._index = {row.name: i for i, row in enumerate(self.rows)}
            self._tell([])
        return list(listed)

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

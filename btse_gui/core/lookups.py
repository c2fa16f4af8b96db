"""Looking up many accounts at once, for support staff: one row per profile.

Profiles are fetched concurrently (one client per server; each key keeps its own rate
limit in that client); a failing profile gets its own row with the reason while the
others succeed. Shared by ``btse-gui lookup --all`` and the window's overview.

How many at once: each server has its own queue of accounts, and an account is looked
up when its server has a free account slot (as many as its client has connections for
three reads apiece; and at most ``max_in_flight`` in all). So a slow server holds up
only its own rows, and no request ever queues for a connection. That matters
twice over: a queued request would spend its own deadline waiting and be reported as
"the server did not answer", and httpx's own pool (the client's behind a proxy) scans
every queued request on every change, so 900 of them at once (300 accounts) cost seconds
of CPU before a single byte was sent. Waiting for a slot happens before a request
starts, so it never counts against its timeout. Memory grows with the rows, not the
requests: only the requests of accounts holding a slot exist at any moment.

The targets may still be arriving (an async iterable, as the keychain is read): the
first accounts are looked up while the rest of the secrets are read.
"""

from __future__ import annotations

import asyncio
import csv
import io
import itertools
import json
from collections import deque
from collections.abc import AsyncIterable, AsyncIterator, Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, TypeVar

from btse_gui.api.errors import ApiError
from btse_gui.api.i18n import QT_TRANSLATE_NOOP, UserFacingError, translate
from btse_gui.api.models import AccountSnapshot
from btse_gui.api.permissions import Permission, permission_name
from btse_gui.api.sanitize import csv_cell
from btse_gui.api.server import Credentials, ServerProfile
from btse_gui.core.report import (
    UNKNOWN,
    display_width,
    mask_email,
    pad,
    spread_text,
    status_key,
    status_name,
    warnings,
    yes_no,
)

if TYPE_CHECKING:
    from btse_gui.api.client import BtseClient
    from btse_gui.profiles.book import ProfileBook

T = TypeVar("T")

#: Saved profiles' credentials are read this many at a time (about 4 ms each with the
#: Secret Service): the first are looked up while the next are read.
TARGETS_PER_BATCH = 20

COLUMNS = (
    "profile",
    "ok",
    "username",
    "email",
    "signed_in",
    "kyc",
    "status",
    "vip",
    "spread",
    # The six permissions, each "allowed", "blocked" or "unknown" (empty: the row failed).
    *(p.value for p in Permission),
    "mismatches",
    "warnings",
    "fetched_at",  # when the answers arrived, UTC (ISO 8601, as JSON's fetchedAt)
    "error",
)


class ProfileGoneError(UserFacingError):
    context = "Overview"
    template = QT_TRANSLATE_NOOP("Overview", "This profile no longer exists.")


class NoSavedKeyError(UserFacingError):
    context = "Overview"
    template = QT_TRANSLATE_NOOP("Overview", "No key and secret are saved for this profile.")


class KeyGoneError(UserFacingError):
    context = "Overview"
    template = QT_TRANSLATE_NOOP(
        "Overview", "Its saved key is gone from the keychain (btse-gui profiles check)."
    )


class NoKeychainError(UserFacingError):
    context = "Overview"
    template = QT_TRANSLATE_NOOP(
        "Overview", "Its saved key cannot be read: no keychain is available on this computer."
    )


@dataclass(frozen=True)
class Target:
    """One profile to look up: its server, and its credentials or why there are none."""

    name: str
    server: ServerProfile | None
    credentials: Credentials | None
    problem: UserFacingError | None = None


@dataclass(frozen=True)
class Row:
    profile: str
    snapshot: AccountSnapshot | None
    #: Why the lookup failed (rendered in the active language when shown).
    error: UserFacingError | None = None
    #: The server's base URL ("": not known, a profile that could not be read).
    server: str = ""

    @property
    def ok(self) -> bool:
        return self.snapshot is not None

    @property
    def error_text(self) -> str:
        return self.error.user_message() if self.error is not None else ""

    def as_dict(self, for_machines: bool = False) -> dict[str, Any]:
        """The row's values; ``for_machines`` (CSV): the status as a stable word
        ("normal", "locked", …, or the server's number), not in the active language."""
        s = self.snapshot
        if s is None:
            # One line: the reason's lines joined (a cell, a table row, a log line).
            error = " ".join(self.error_text.splitlines())
            return {"profile": self.profile, "ok": False, "error": error}
        p, vip = s.profile, s.vip
        return {
            "profile": self.profile,
            "ok": True,
            "username": p.username if p else None,
            "email": mask_email(p.email) if p else None,
            "signed_in": s.login.is_login if s.login else None,
            "kyc": p.kyc_level if p else None,
            "status": (status_key if for_machines else status_name)(p.user_status if p else None),
            "vip": vip.is_vip if vip else None,
            "spread": vip.spread if vip else None,
            **{c.permission.value: c.state for c in s.permissions},
            "mismatches": [c.permission.value for c in s.permissions if c.mismatch],
            "warnings": warnings(s),
            "fetched_at": s.fetched_at_iso,
            "error": "",
        }


#: Called with each row as soon as it is known (the window fills its table from it).
RowCallback = Callable[[Row], object]


class _Server:
    """One server's client, its account slots (an account holds one while fetched) and
    the accounts waiting for one."""

    def __init__(self, client: BtseClient, reads_per_account: int) -> None:
        self.client = client
        #: Enough connections for every slot's reads: none waits for a connection.
        self.capacity = max(1, client.max_connections // reads_per_account)
        self.active = 0
        self.waiting: deque[tuple[int, Target]] = deque()


#: What ``fetch_all`` looks up: a list, or targets that are still being read (from the
#: keychain, say): the first rows are fetched while the rest are on their way.
Targets = Iterable[Target] | AsyncIterable[Target]


async def _each(targets: Targets) -> AsyncIterator[Target]:
    if isinstance(targets, AsyncIterable):
        async for target in targets:
            yield target
    else:
        for target in targets:
            yield target


def profile_targets(book: ProfileBook, names: Sequence[str]) -> Iterator[Target]:
    """The saved profiles ``names``, each with its credentials from the keychain or why
    there are none (a name no profile has any more is a row that says so). The
    credentials are read together, as the iterator is read (see
    ``ProfileBook.credentials_each``); close it to stop reading."""
    from btse_gui.profiles.keychain import KeychainError, KeychainUnavailableError

    profiles = {p.name: p for p in book.all()}
    reading = book.credentials_each(profiles[n] for n in names if n in profiles)
    try:
        for name in names:
            profile = profiles.get(name)
            if profile is None:
                yield Target(name, None, None, ProfileGoneError())
                continue
            _, credentials = next(reading)
            try:
                server = profile.server()
            except ApiError as exc:
                yield Target(name, None, None, exc)
                continue
            if isinstance(credentials, KeychainUnavailableError):
                yield Target(name, None, None, NoKeychainError())
            elif isinstance(credentials, KeychainError):
                yield Target(name, None, None, credentials)
            elif credentials is None:
                why = NoSavedKeyError() if profile.keychain_item is None else KeyGoneError()
                yield Target(name, server, None, why)
            else:
                yield Target(name, server, credentials)
    finally:
        reading.close()


async def in_batches(items: Iterator[T], size: int) -> AsyncIterator[list[T]]:
    """``items`` read ``size`` at a time in a worker thread (reading them may block: the
    keychain), each batch yielded once read; ``items`` is closed however this ends."""
    try:
        while batch := await asyncio.to_thread(lambda: list(itertools.islice(items, size))):
            yield batch
    finally:
        close = getattr(items, "close", None)
        if close is not None:
            close()


async def fetch_all(
    targets: Targets,
    client_factory: Callable[[ServerProfile], BtseClient] | None = None,
    *,
    on_row: RowCallback | None = None,
    max_in_flight: int | None = None,
) -> list[Row]:
    """One row per target, in the targets' order.

    At most ``max_in_flight`` accounts are fetched at once (default: as many as the
    servers' clients have connections for, three reads per account) and never more on
    one server than its client has connections for. Each server has its own queue, so a
    slow or hanging server delays only its own rows: the targets are taken as they
    come, and an account waits only for a slot on its own server (or under the cap).
    ``on_row`` is called once per row, in the order the answers arrive; if it raises,
    the lookup stops and the error propagates. Cancelling the task stops every request
    at once. Either way, every client this made is closed before it returns.
    """
    from btse_gui.api.client import READS_PER_ACCOUNT, BtseClient

    if max_in_flight is not None and max_in_flight < 1:
        raise ValueError("max_in_flight must be at least 1")
    make_client = client_factory or BtseClient
    servers: dict[ServerProfile, _Server] = {}
    rows: list[Row | None] = []
    running = 0  # accounts being fetched, on every server

    def done(index: int, row: Row) -> None:
        rows[index] = row
        if on_row is not None:
            on_row(row)

    def start_waiting(group: asyncio.TaskGroup) -> None:
        """Start what may start now: each server's waiting accounts, in turn, while it
        has a free slot and the cap allows."""
        nonlocal running
        started = True
        while started:
            started = False
            for server in servers.values():
                if max_in_flight is not None and running >= max_in_flight:
                    return
                if server.waiting and server.active < server.capacity:
                    index, target = server.waiting.popleft()
                    server.active += 1
                    running += 1
                    group.create_task(look_up(index, target, server, group))
                    started = True

    async def look_up(
        index: int, target: Target, server: _Server, group: asyncio.TaskGroup
    ) -> None:
        nonlocal running
        assert target.credentials is not None
        try:
            url = server.client.server.base_url
            try:
                snapshot = await server.client.fetch_account(target.credentials)
                row = Row(target.name, snapshot, server=url)
            except ApiError as exc:
                row = Row(target.name, None, exc, url)
            done(index, row)
        finally:
            server.active -= 1
            running -= 1
        start_waiting(group)

    try:
        async with asyncio.TaskGroup() as group:
            # An account's requests are made only once it has a slot on its server (and
            # under the cap), so nothing queues for a connection.
            async for target in _each(targets):
                index = len(rows)
                rows.append(None)
                if target.server is None or target.credentials is None:
                    url = target.server.base_url if target.server else ""
                    done(index, Row(target.name, None, target.problem, url))
                    continue
                server = servers.get(target.server)
                if server is None:  # one client per server, made when first needed
                    try:
                        client = make_client(target.server)
                    except ApiError as exc:  # a proxy setting it cannot use, say
                        done(index, Row(target.name, None, exc, target.server.base_url))
                        continue
                    server = servers[target.server] = _Server(client, READS_PER_ACCOUNT)
                server.waiting.append((index, target))
                start_waiting(group)
    except BaseExceptionGroup as failed:
        # A lookup only fails when on_row raised (or on a bug): that error, unwrapped.
        raise failed.exceptions[0] from None
    finally:
        await asyncio.gather(*(s.client.aclose() for s in servers.values()))
    assert all(row is not None for row in rows)
    return [row for row in rows if row is not None]


#: The version of ``as_json``'s shape (``docs/lookup.schema.json``): raised when a field
#: changes meaning or goes; new fields may come without it.
SCHEMA_VERSION = 1


def as_document(rows: Sequence[Row]) -> dict[str, Any]:
    """Every lookup's JSON, whatever was looked up (a demo account, a server, saved
    profiles, the overview's rows): one shape, described by ``docs/lookup.schema.json``.
    Emails are masked in every form; the words are English in every language."""
    accounts = []
    for row in rows:
        account = None
        if row.snapshot is not None:
            account = row.snapshot.to_json()
            if account["profile"] is not None:
                account["profile"]["email"] = mask_email(account["profile"]["email"])
        accounts.append(
            {
                "profile": row.profile,
                "server": row.server,
                "ok": row.ok,
                "account": account,
                "error": str(row.error) if row.error is not None else None,
            }
        )
    return {"schema_version": SCHEMA_VERSION, "accounts": accounts}


def export_name(kind: str, now: datetime | None = None) -> str:
    """An export's file name with its local date and time: ``btse-accounts-2026-12-04-1730.csv``."""
    return f"btse-accounts-{(now or datetime.now()):%Y-%m-%d-%H%M}.{kind}"


def as_json(rows: Sequence[Row]) -> str:
    return json.dumps(as_document(rows), indent=2, ensure_ascii=False)


def as_csv(rows: Sequence[Row]) -> str:
    """CSV whose every cell is safe in a spreadsheet (no cell starts a formula)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for row in rows:
        values = row.as_dict(for_machines=True)
        values["mismatches"] = " ".join(values.get("mismatches", []))
        values["warnings"] = "; ".join(values.get("warnings", []))
        writer.writerow([csv_cell(values.get(k)) for k in COLUMNS])
    return out.getvalue()


def _cells(row: Row) -> tuple[str, ...] | None:
    """A succeeded row's table cells (``None`` for a failed one)."""
    if row.snapshot is None:
        return None
    d = row.as_dict()
    vip = f"{yes_no(d['vip'])} {spread_text(d['spread'])}"
    checks = row.snapshot.permissions
    # The window's names: what is blocked (? what the server did not say), and where
    # the server's flag disagrees with the KYC rule.
    blocked = [
        ("?" if c.state == "unknown" else "") + permission_name(c.permission)
        for c in checks
        if c.state != "allowed"
    ]
    mismatches = listed(permission_name(c.permission) for c in checks if c.mismatch)
    kyc = UNKNOWN if d["kyc"] is None else str(d["kyc"])
    result = _tr(RESULT_OK if row.snapshot.complete else RESULT_PARTIAL)
    return (
        row.profile,
        result,
        d["username"] or UNKNOWN,
        yes_no(d["signed_in"]),
        kyc,
        d["status"],
        vip,
        listed(blocked) or _tr(QT_TRANSLATE_NOOP("Lookup", "none")),
        mismatches or "-",
    )


#: The table's headings (capitals in English: they stand apart from the values).
HEADINGS = (
    QT_TRANSLATE_NOOP("Lookup", "PROFILE"),
    QT_TRANSLATE_NOOP("Lookup", "RESULT"),
    QT_TRANSLATE_NOOP("Lookup", "USERNAME"),
    QT_TRANSLATE_NOOP("Lookup", "SIGNED IN"),
    QT_TRANSLATE_NOOP("Lookup", "KYC"),
    QT_TRANSLATE_NOOP("Lookup", "STATUS"),
    QT_TRANSLATE_NOOP("Lookup", "VIP"),
    QT_TRANSLATE_NOOP("Lookup", "BLOCKED"),
    QT_TRANSLATE_NOOP("Lookup", "MISMATCHES"),
)
RESULT_OK = QT_TRANSLATE_NOOP("Lookup", "ok")
RESULT_PARTIAL = QT_TRANSLATE_NOOP("Lookup", "partial")


def _tr(source: str) -> str:
    return translate("Lookup", source)


def listed(names: Iterable[str]) -> str:
    """Names in a list as the language writes one ("a, b"; in Chinese "a、b"): the
    text table's and the overview's details'."""
    return _tr(QT_TRANSLATE_NOOP("Lookup", ", ")).join(names)


def as_table(rows: Sequence[Row]) -> str:
    """Aligned columns (CJK characters take two); a failed row's reason runs on past
    them instead of widening them."""
    header = tuple(_tr(h) for h in HEADINGS)
    failed = _tr(QT_TRANSLATE_NOOP("Lookup", "FAILED"))
    cells = [_cells(row) for row in rows]
    table = [header, *(c for c in cells if c is not None)]
    widths = [max(display_width(line[i]) for line in table) for i in range(len(header))]
    widths[0] = max([widths[0], *(display_width(row.profile) for row in rows)])
    widths[1] = max(widths[1], display_width(failed))
    lines = [_join(header, widths)]
    for row, line in zip(rows, cells, strict=True):
        if line is None:
            error = " ".join(row.error_text.splitlines())
            lines.append(f"{pad(row.profile, widths[0])}  {pad(failed, widths[1])}  {error}")
        else:
            lines.append(_join(line, widths))
            if row.snapshot is not None:
                lines += [f"{'':{widths[0]}}  ! {w}" for w in warnings(row.snapshot)]
    return "\n".join(lines)


def _join(line: tuple[str, ...], widths: Sequence[int]) -> str:
    return "  ".join(pad(cell, w) for cell, w in zip(line, widths, strict=True)).rstrip()

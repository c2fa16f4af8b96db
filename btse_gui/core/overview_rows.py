"""The accounts overview's rows and columns, as plain data (no Qt).

One :class:`OverviewRow` per profile, matched by the profile's name (unique): a row is
*busy* while its lookup runs, then holds the :class:`~btse_gui.core.lookups.Row` that came
back (the last one stays while a refresh runs, and after a cancelled one). Every cell's
text, sort key and accessible description is a pure function of the row, so the Qt
model only asks, and the tests can check the words without a window.

Permissions show as marks that differ in shape, not only in colour: ✔ allowed,
✖ blocked, ? unknown (the server did not say, or the account could not be read); ≠ beside
one marks a server flag that disagrees with the KYC rule. A failed row says so in its
Status cell (⚠ and the reason in a few words). The whole of either, the server's words
included, is in the cell's tooltip and under the table (:func:`row_details`): the table
has no columns of its own for them, so that it fits a window 880 pixels wide.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum

from btse_gui.api.errors import (
    ApiCodeError,
    CertificateRefusedError,
    ConnectFailedError,
    ConnectionLostError,
    ForbiddenError,
    InvalidCredentialsError,
    MalformedResponseError,
    NonceReusedError,
    ProxyFailedError,
    ProxySettingError,
    RateLimitedError,
    ServerError,
    SessionExpiredError,
    TimedOutError,
    UnauthorizedError,
)
from btse_gui.api.i18n import QT_TRANSLATE_NOOP, UserFacingError, translate
from btse_gui.api.models import AccountSnapshot, Permission, PermissionCheck
from btse_gui.core.lookups import (
    KeyGoneError,
    NoKeychainError,
    NoSavedKeyError,
    ProfileGoneError,
    Row,
    listed,
)
from btse_gui.core.report import UNKNOWN, spread_text, status_name, verdict, warnings, yes_no

CTX = "Overview"


def tr(source: str) -> str:
    return translate(CTX, source)


class Column(Enum):
    PROFILE = "profile"
    USERNAME = "username"
    SIGNED_IN = "signed_in"
    KYC = "kyc"
    STATUS = "status"
    CRYPTO_DEPOSIT = Permission.CRYPTO_DEPOSIT.value
    CRYPTO_WITHDRAWAL = Permission.CRYPTO_WITHDRAWAL.value
    FIAT_DEPOSIT = Permission.FIAT_DEPOSIT.value
    FIAT_WITHDRAWAL = Permission.FIAT_WITHDRAWAL.value
    TRADE = Permission.TRADE.value
    TRANSFER = Permission.TRANSFER.value
    VIP = "vip"
    SPREAD = "spread"
    AGE = "age"

    @property
    def permission(self) -> Permission | None:
        try:
            return Permission(self.value)
        except ValueError:
            return None


COLUMNS: tuple[Column, ...] = tuple(Column)

#: Column headings (short: fourteen columns share a window 880 pixels wide); the
#: permissions' full names are tooltips.
HEADINGS: dict[Column, str] = {
    Column.PROFILE: QT_TRANSLATE_NOOP("Overview", "Profile"),
    Column.USERNAME: QT_TRANSLATE_NOOP("Overview", "Username"),
    Column.SIGNED_IN: QT_TRANSLATE_NOOP("Overview", "Signed in"),
    Column.KYC: QT_TRANSLATE_NOOP("Overview", "KYC"),
    Column.STATUS: QT_TRANSLATE_NOOP("Overview", "Status"),
    Column.CRYPTO_DEPOSIT: QT_TRANSLATE_NOOP("Overview", "USDT in"),
    Column.CRYPTO_WITHDRAWAL: QT_TRANSLATE_NOOP("Overview", "USDT out"),
    Column.FIAT_DEPOSIT: QT_TRANSLATE_NOOP("Overview", "TWD in"),
    Column.FIAT_WITHDRAWAL: QT_TRANSLATE_NOOP("Overview", "TWD out"),
    Column.TRADE: QT_TRANSLATE_NOOP("Overview", "Trade"),
    Column.TRANSFER: QT_TRANSLATE_NOOP("Overview", "Transfer"),
    Column.VIP: QT_TRANSLATE_NOOP("Overview", "VIP"),
    Column.SPREAD: QT_TRANSLATE_NOOP("Overview", "Spread"),
    Column.AGE: QT_TRANSLATE_NOOP("Overview", "Data age"),
}

MARK_ALLOWED, MARK_BLOCKED, MARK_UNKNOWN, MARK_MISMATCH = "✔", "✖", "?", "≠"


#: A failed row's reason in a few words, by the kind of error (the first that applies).
SHORT_REASONS: tuple[tuple[type[UserFacingError], str], ...] = (
    (NoSavedKeyError, QT_TRANSLATE_NOOP("Overview", "No key saved")),
    (KeyGoneError, QT_TRANSLATE_NOOP("Overview", "Key missing from the keychain")),
    (NoKeychainError, QT_TRANSLATE_NOOP("Overview", "No keychain")),
    (ProfileGoneError, QT_TRANSLATE_NOOP("Overview", "Profile removed")),
    (SessionExpiredError, QT_TRANSLATE_NOOP("Overview", "Key expired")),
    (NonceReusedError, QT_TRANSLATE_NOOP("Overview", "Nonce refused")),
    (UnauthorizedError, QT_TRANSLATE_NOOP("Overview", "Key refused (401)")),
    (ForbiddenError, QT_TRANSLATE_NOOP("Overview", "Key may not read (403)")),
    (RateLimitedError, QT_TRANSLATE_NOOP("Overview", "Too many requests (429)")),
    (CertificateRefusedError, QT_TRANSLATE_NOOP("Overview", "Certificate not trusted")),
    (ProxyFailedError, QT_TRANSLATE_NOOP("Overview", "Proxy failed")),
    (ProxySettingError, QT_TRANSLATE_NOOP("Overview", "Proxy setting unusable")),
    (ConnectFailedError, QT_TRANSLATE_NOOP("Overview", "Server unreachable")),
    (TimedOutError, QT_TRANSLATE_NOOP("Overview", "No answer in time")),
    (ConnectionLostError, QT_TRANSLATE_NOOP("Overview", "Connection lost")),
    (ServerError, QT_TRANSLATE_NOOP("Overview", "Server error")),
    (MalformedResponseError, QT_TRANSLATE_NOOP("Overview", "Unreadable answer")),
    (ApiCodeError, QT_TRANSLATE_NOOP("Overview", "Refused by the server")),
    (InvalidCredentialsError, QT_TRANSLATE_NOOP("Overview", "Key or secret unusable")),
)


def short_reason(row: OverviewRow) -> str:
    """Why ``row`` failed, in a few words: "No key saved", "Key refused (401)"..."""
    error = row.result.error if row.result is not None else None
    for kind, words in SHORT_REASONS:
        if isinstance(error, kind):
            return tr(words)
    return first_sentence(row.error_text())


def first_sentence(text: str) -> str:
    """``text`` up to the end of its first sentence (English or Chinese)."""
    for end in (". ", "。", "; ", "："):
        at = text.find(end)
        if at > 0:
            return text[: at + len(end)].rstrip()
    return text


#: Filter words that select kinds of rows instead of matching names (English, and the
#: translated word in the active language).
FILTER_WORDS = {
    "blocked": QT_TRANSLATE_NOOP("Overview", "blocked"),
    "mismatch": QT_TRANSLATE_NOOP("Overview", "mismatch"),
    "error": QT_TRANSLATE_NOOP("Overview", "error"),
}


@dataclass
class OverviewRow:
    """One profile's line in the overview."""

    name: str
    result: Row | None = None
    busy: bool = False
    #: What made the profile the account it was when listed (its rows are that one's).
    account: object = None

    @property
    def snapshot(self) -> AccountSnapshot | None:
        return self.result.snapshot if self.result is not None else None

    @property
    def failed(self) -> bool:
        """The lookup failed, or one of the account's three reads did."""
        if self.result is None:
            return False
        return self.snapshot is None or bool(self.snapshot.errors)

    @property
    def username(self) -> str:
        s = self.snapshot
        return (s.profile.username or "") if s is not None and s.profile is not None else ""

    def check(self, permission: Permission) -> PermissionCheck | None:
        s = self.snapshot
        if s is None:
            return None
        return next((c for c in s.permissions if c.permission is permission), None)

    @property
    def blocked(self) -> bool:
        s = self.snapshot
        return s is not None and any(
            c.server_flag is not None and not c.allowed for c in s.permissions
        )

    @property
    def mismatches(self) -> list[Permission]:
        s = self.snapshot
        return [c.permission for c in s.permissions if c.mismatch] if s is not None else []

    def error_text(self) -> str:
        """The reason the row failed, in the server's words where it gave any."""
        if self.result is None:
            return ""
        if self.snapshot is None:
            return " ".join(self.result.error_text.splitlines())
        return "; ".join(warnings(self.snapshot)) if self.snapshot.errors else ""


def mark(check: PermissionCheck | None) -> str:
    if check is None:
        return MARK_UNKNOWN
    return {"allowed": MARK_ALLOWED, "blocked": MARK_BLOCKED}.get(check.state, MARK_UNKNOWN)


def age_text(seconds: float) -> str:
    if seconds < 60:
        return tr(QT_TRANSLATE_NOOP("Overview", "{n} s")).format(n=int(seconds))
    if seconds < 3600:
        return tr(QT_TRANSLATE_NOOP("Overview", "{n} min")).format(n=int(seconds // 60))
    return tr(QT_TRANSLATE_NOOP("Overview", "{n} h")).format(n=int(seconds // 3600))


def cell_text(row: OverviewRow, column: Column, now: float | None = None) -> str:
    """What the cell shows. A busy row shows its marker in the Status column."""
    if column is Column.PROFILE:
        return row.name
    if column is Column.STATUS and row.busy:
        return "⟳ " + tr(QT_TRANSLATE_NOOP("Overview", "Loading…"))
    s = row.snapshot
    if s is None:
        if column is Column.STATUS and row.result is not None:
            # Why, at a glance, in a few words (all of it under the table).
            return "⚠ " + short_reason(row)
        return ""
    p, vip = s.profile, s.vip
    if (permission := column.permission) is not None:
        check = row.check(permission)
        # A flag that disagrees with the KYC rule is marked in its cell too (≠).
        return mark(check) + (" " + MARK_MISMATCH if check is not None and check.mismatch else "")
    if column is Column.USERNAME:
        return row.username or UNKNOWN
    if column is Column.SIGNED_IN:
        return yes_no(s.login.is_login if s.login else None)
    if column is Column.KYC:
        return UNKNOWN if p is None or p.kyc_level is None else str(p.kyc_level)
    if column is Column.STATUS:
        status = status_name(p.user_status if p else None)
        return "⚠ " + status if s.errors else status  # one of its reads failed
    if column is Column.VIP:
        return yes_no(vip.is_vip if vip else None)
    if column is Column.SPREAD:
        return spread_text(vip.spread if vip else None)
    if column is Column.AGE:
        return age_text(max(0.0, (now or time.time()) - s.fetched_at))
    return ""


def _heading(column: Column) -> Callable[[], str]:
    return lambda: tr(HEADINGS[column])


HEADING_OF: dict[Permission, Callable[[], str]] = {
    c.permission: _heading(c) for c in COLUMNS if c.permission is not None
}


def cell_description(row: OverviewRow, column: Column, now: float | None = None) -> str:
    """The cell in words, for screen readers and tooltips (a mark alone says little); a
    failed row's Status, with the reason in full."""
    permission = column.permission
    if column is Column.STATUS and row.failed and not row.busy:
        return f"{cell_text(row, column, now)}\n{row.error_text()}"
    if permission is None:
        return cell_text(row, column, now)
    check = row.check(permission)
    if check is None:
        return tr(QT_TRANSLATE_NOOP("Overview", "unknown"))
    return verdict(check)


def sort_key(row: OverviewRow, column: Column) -> str | float:
    """A key that sorts the column the way a person expects: numbers as numbers,
    text ignoring case; rows without a value sort first, and failed rows before the others
    by their Status."""
    s = row.snapshot
    if column is Column.KYC:
        level = s.profile.kyc_level if s is not None and s.profile is not None else None
        return -1.0 if level is None else float(level)
    if column is Column.SPREAD:
        spread = s.vip.spread if s is not None and s.vip is not None else None
        return -1.0 if spread is None else spread
    if column is Column.AGE:
        return -1.0 if s is None else -s.fetched_at  # oldest data is the largest age
    if column.permission is not None:
        check = row.check(column.permission)
        state = check.state if check is not None else "unknown"
        return {"blocked": 0.0, "allowed": 2.0}.get(state, 1.0)
    text = cell_text(row, column).casefold()
    if column is Column.STATUS:  # ascending: the failed rows first, then by reason
        return ("0 " if row.failed else "1 ") + text
    return text


def row_details(row: OverviewRow) -> str:
    """The current row in full, under the table: why it failed, or what is blocked
    and what disagrees with the KYC rules (the cells have room for marks only)."""
    if row.result is None:
        return ""
    lines = [f"{row.name}: {row.error_text()}" if row.snapshot is None else row.name]
    s = row.snapshot
    if s is not None:
        blocked = [HEADING_OF[c.permission]() for c in s.permissions if c.state == "blocked"]
        if blocked:
            lines.append(
                tr(QT_TRANSLATE_NOOP("Overview", "Blocked: {names}")).format(names=listed(blocked))
            )
        for c in s.permissions:
            if c.mismatch:
                lines.append(f"{HEADING_OF[c.permission]()}: {verdict(c)}")
        if s.errors:
            lines.append(row.error_text())
    return "\n".join(lines)


@dataclass(frozen=True)
class RowFilter:
    """What the filter box asks for: every word must match. A word matches a row's
    profile name or username, except the words *blocked* (any permission blocked),
    *mismatch* (a server flag that disagrees with the KYC rules) and *error* (the
    lookup or one of its reads failed), which select those rows."""

    words: tuple[str, ...] = ()

    @classmethod
    def parse(cls, text: str) -> RowFilter:
        return cls(tuple(word.casefold() for word in text.split()))

    def accepts(self, row: OverviewRow) -> bool:
        return all(self._word(word, row) for word in self.words)

    def _word(self, word: str, row: OverviewRow) -> bool:
        kind = _special_word(word)
        if kind == "blocked":
            return row.blocked
        if kind == "mismatch":
            return bool(row.mismatches)
        if kind == "error":
            return row.failed
        return word in row.name.casefold() or word in row.username.casefold()


def _special_word(word: str) -> str:
    for kind, source in FILTER_WORDS.items():
        if word in (kind, tr(source).casefold()):
            return kind
    return ""


@dataclass(frozen=True)
class Counts:
    total: int
    shown: int
    failed: int
    busy: int


def count(rows: Sequence[OverviewRow], shown: int) -> Counts:
    return Counts(
        total=len(rows),
        shown=shown,
        failed=sum(row.failed for row in rows),
        busy=sum(row.busy for row in rows),
    )


def counts_text(counts: Counts) -> str:
    """``48 of 300 shown · 3 failed``."""
    text = tr(QT_TRANSLATE_NOOP("Overview", "{shown} of {total} shown")).format(
        shown=counts.shown, total=counts.total
    )
    if counts.failed:
        failed = tr(QT_TRANSLATE_NOOP("Overview", "{n} failed")).format(n=counts.failed)
        text += f" · {failed}"
    if counts.busy:
        busy = tr(QT_TRANSLATE_NOOP("Overview", "{n} loading")).format(n=counts.busy)
        text += f" · {busy}"
    return text

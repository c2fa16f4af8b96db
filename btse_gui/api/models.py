"""The three reads, parsed as a tolerant reader, and the account they make together.

Each field is read on its own: a value the spec does not document (``kycLevel`` 4,
``userStatus`` 9, ``spread`` 150) is kept and shown as what it is, with a
:class:`~btse_gui.api.envelope.Note`; a field of the wrong type is left out with a note;
everything else still shows. Each of the three reads stands alone: an odd or failed VIP
answer never hides the profile, and the reverse (:class:`AccountSnapshot` holds each
part or the error that took its place). Strings arrive sanitised. Pure: no I/O, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from enum import Enum
from typing import Any

from btse_gui.api.enums import UserStatus
from btse_gui.api.envelope import (
    Envelope,
    Note,
    Reader,
    parse_envelope,
    require_ok,
)
from btse_gui.api.errors import ApiError, SessionExpiredError
from btse_gui.api.permissions import (
    KYC_LEVELS,
    KYC_RULES,
    PERMISSION_NAMES,
    KycRule,
    Permission,
    PermissionCheck,
    check_permissions,
    kyc_permissions,
    permission_name,
)

__all__ = [
    "KYC_LEVELS",
    "KYC_RULES",
    "PERMISSION_NAMES",
    "AccountSnapshot",
    "Envelope",
    "KycRule",
    "LoginStatus",
    "Note",
    "Part",
    "Permission",
    "PermissionCheck",
    "UserProfile",
    "VipInfo",
    "check_permissions",
    "kyc_permissions",
    "parse_envelope",
    "permission_name",
    "require_ok",
]

#: The spread is a percentage; outside this it is shown with a warning.
SPREAD_RANGE = (0.0, 100.0)


@dataclass(frozen=True, slots=True)
class LoginStatus:
    is_login: bool | None
    notes: tuple[Note, ...] = ()

    @classmethod
    def from_data(cls, data: object, path: str) -> LoginStatus:
        r = Reader(data, path)
        value = r.boolean("isLogin")
        r.require_some()
        return cls(is_login=value, notes=tuple(r.notes))


@dataclass(frozen=True, slots=True)
class UserProfile:
    username: str | None
    email: str | None
    is_2fa: bool | None
    is_kyc: bool | None
    user_status: int | None
    kyc_level: int | None
    allow_crypto_deposit: bool | None
    allow_crypto_withdrawal: bool | None
    allow_fiat_deposit: bool | None
    allow_fiat_withdrawal: bool | None
    allow_trade: bool | None
    #: Not in the spec's field table (only in its example): ``None`` when absent.
    allow_transfer: bool | None
    notes: tuple[Note, ...] = ()

    @classmethod
    def from_data(cls, data: object, path: str) -> UserProfile:
        if data is None:
            raise SessionExpiredError(path=path)
        r = Reader(data, path)
        profile = cls(
            username=r.text("username"),
            email=r.text("email"),
            is_2fa=r.boolean("is2FA"),
            is_kyc=r.boolean("isKyc"),
            user_status=r.integer("userStatus", allowed=set(UserStatus)),
            kyc_level=r.integer("kycLevel", allowed=KYC_LEVELS),
            allow_crypto_deposit=r.boolean("allowCryptoDeposit"),
            allow_crypto_withdrawal=r.boolean("allowCryptoWithdrawal"),
            allow_fiat_deposit=r.boolean("allowFiatDeposit"),
            allow_fiat_withdrawal=r.boolean("allowFiatWithdrawal"),
            allow_trade=r.boolean("allowTrade"),
            allow_transfer=r.boolean("allowTransfer", optional=True),
        )
        r.require_some()
        return replace(profile, notes=tuple(r.notes))

    @property
    def status(self) -> UserStatus | None:
        """The known status, or ``None`` for a code the spec does not list."""
        try:
            return None if self.user_status is None else UserStatus(self.user_status)
        except ValueError:
            return None

    @property
    def locked(self) -> bool:
        return self.user_status == UserStatus.LOCKED

    @property
    def flags(self) -> dict[Permission, bool | None]:
        return {
            Permission.CRYPTO_DEPOSIT: self.allow_crypto_deposit,
            Permission.CRYPTO_WITHDRAWAL: self.allow_crypto_withdrawal,
            Permission.FIAT_DEPOSIT: self.allow_fiat_deposit,
            Permission.FIAT_WITHDRAWAL: self.allow_fiat_withdrawal,
            Permission.TRADE: self.allow_trade,
            Permission.TRANSFER: self.allow_transfer,
        }


@dataclass(frozen=True, slots=True)
class VipInfo:
    is_vip: bool | None
    #: The spread as a percentage (``0.1`` means 0.1 %).
    spread: float | None
    notes: tuple[Note, ...] = ()

    @classmethod
    def from_data(cls, data: object, path: str) -> VipInfo:
        r = Reader(data, path)
        info = cls(is_vip=r.boolean("isVIP"), spread=r.number("spread", *SPREAD_RANGE))
        r.require_some()
        return cls(info.is_vip, info.spread, tuple(r.notes))


class Part(Enum):
    """The three reads of an account."""

    PROFILE = "profile"
    VIP = "vip"
    LOGIN = "loginStatus"


@dataclass(frozen=True)
class AccountSnapshot:
    """One refresh: each of the three reads, or the error that took its place."""

    profile: UserProfile | None
    vip: VipInfo | None
    login: LoginStatus | None
    #: Wall-clock seconds since the epoch when the answers arrived.
    fetched_at: float
    #: Estimated server clock minus local clock, in milliseconds.
    clock_skew_ms: float
    #: The reads that failed, with why.
    errors: dict[Part, ApiError] = field(default_factory=dict)

    @property
    def permissions(self) -> tuple[PermissionCheck, ...]:
        if self.profile is None:
            return ()
        p = self.profile
        return check_permissions(p.flags, p.kyc_level, p.locked)

    @property
    def notes(self) -> dict[Part, tuple[Note, ...]]:
        found = {
            Part.PROFILE: self.profile.notes if self.profile else (),
            Part.VIP: self.vip.notes if self.vip else (),
            Part.LOGIN: self.login.notes if self.login else (),
        }
        return {part: notes for part, notes in found.items() if notes}

    def keeping(self, previous: AccountSnapshot | None) -> AccountSnapshot:
        """This refresh, with each read that failed replaced by ``previous``'s (the last
        good data stays on screen; ``errors`` still says which parts are old)."""
        if previous is None or not self.errors:
            return self
        return replace(
            self,
            profile=self.profile if Part.PROFILE not in self.errors else previous.profile,
            vip=self.vip if Part.VIP not in self.errors else previous.vip,
            login=self.login if Part.LOGIN not in self.errors else previous.login,
        )

    @property
    def complete(self) -> bool:
        """All three reads answered, with nothing odd in them."""
        return not self.errors and not self.notes

    @property
    def fetched_at_iso(self) -> str:
        """When the answers arrived, UTC, ISO 8601 to the millisecond ("…Z")."""
        moment = datetime.fromtimestamp(self.fetched_at, tz=UTC)
        return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")

    def to_json(self) -> dict[str, Any]:
        """A plain, stable dict for ``--json`` output and copying."""
        doc: dict[str, Any] = {"profile": None, "vip": None, "loginStatus": None}
        if (p := self.profile) is not None:
            status = p.status
            doc["profile"] = {
                "username": p.username,
                "email": p.email,
                "is2FA": p.is_2fa,
                "isKyc": p.is_kyc,
                "kycLevel": p.kyc_level,
                "userStatus": p.user_status,
                "userStatusName": status.name if status else "UNKNOWN",
            }
        if self.vip is not None:
            doc["vip"] = {"isVIP": self.vip.is_vip, "spread": self.vip.spread}
        if self.login is not None:
            doc["loginStatus"] = {"isLogin": self.login.is_login}
        doc["permissions"] = {
            c.permission.value: {
                "name": PERMISSION_NAMES[c.permission],  # the screen's name, in English
                "allowed": c.allowed,
                "serverFlag": c.server_flag,
                "ruleAllows": c.rule_allows,
                "mismatch": c.mismatch,
                "blockedByLock": c.locked,
            }
            for c in self.permissions
        }
        doc["warnings"] = {
            part.value: [{"field": n.field, "kind": n.kind, "value": n.value} for n in notes]
            for part, notes in self.notes.items()
        }
        doc["errors"] = {part.value: str(error) for part, error in self.errors.items()}
        doc["fetchedAt"] = self.fetched_at_iso
        doc["clockSkewMs"] = round(self.clock_skew_ms)
        return doc

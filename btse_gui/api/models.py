"""Response models, parsed strictly from the API's envelope, and derived permissions.

Parsing never trusts shapes: a missing field, a wrong type (``true`` where a number is
due, ``"0.1"`` for a number), or a value outside what the spec allows raises
:class:`MalformedResponseError` naming the field. Extra fields are ignored, so a server
that adds fields keeps working. Everything here is pure: no I/O, no Qt.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any, TypeVar

from btse_gui.api.enums import CODE_MEANINGS, BtseCode, UserStatus
from btse_gui.api.errors import (
    ApiCodeError,
    MalformedResponseError,
    SessionExpiredError,
    UnsuccessfulError,
)
from btse_gui.i18n import QT_TRANSLATE_NOOP, translate

KYC_LEVELS = range(0, 4)

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Envelope:
    """``{code, msg, time, data, success}``, the wrapper of every answer."""

    code: int
    msg: str
    time: int
    data: Any
    success: bool

    @property
    def ok(self) -> bool:
        return self.code == 1 and self.success


def _describe(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    return "an object"


class _Reader:
    """Reads typed fields out of a JSON object, raising MalformedResponseError."""

    def __init__(self, obj: object, path: str, where: str) -> None:
        if not isinstance(obj, dict):
            raise MalformedResponseError(
                path=path, reason=f"{where} is {_describe(obj)}, not an object"
            )
        self.obj: Mapping[str, Any] = obj
        self.path = path
        self.where = where

    def _bad(self, name: str, expected: str) -> MalformedResponseError:
        if name not in self.obj:
            reason = f"{self.where} has no '{name}'"
        else:
            reason = f"'{name}' is {_describe(self.obj[name])}, expected {expected}"
        return MalformedResponseError(path=self.path, reason=reason)

    def boolean(self, name: str) -> bool:
        value = self.obj.get(name)
        if type(value) is not bool:
            raise self._bad(name, "true or false")
        return value

    def optional_boolean(self, name: str) -> bool | None:
        if self.obj.get(name) is None:
            return None
        return self.boolean(name)

    def integer(self, name: str) -> int:
        value = self.obj.get(name)
        if type(value) is not int:
            raise self._bad(name, "a whole number")
        return value

    def number(self, name: str) -> float:
        value = self.obj.get(name)
        if not isinstance(value, int | float) or isinstance(value, bool):
            raise self._bad(name, "a number")
        if not math.isfinite(value):
            raise self._bad(name, "a finite number")
        return float(value)

    def string(self, name: str) -> str:
        value = self.obj.get(name)
        if type(value) is not str:
            raise self._bad(name, "text")
        return value

    def out_of_range(self, name: str, allowed: str) -> MalformedResponseError:
        return MalformedResponseError(
            path=self.path, reason=f"'{name}' is {self.obj.get(name)!r}, outside {allowed}"
        )


def parse_envelope(body: bytes, path: str) -> Envelope:
    """Parse raw response bytes into an :class:`Envelope` (shape only, not success)."""
    try:
        raw = json.loads(body)
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise MalformedResponseError(path=path, reason="the body is not JSON") from None
    r = _Reader(raw, path, "the answer")
    return Envelope(
        code=r.integer("code"),
        msg=r.string("msg"),
        time=r.integer("time"),
        data=raw.get("data"),
        success=r.boolean("success"),
    )


def require_ok(envelope: Envelope, path: str) -> None:
    """Raise the right error when the envelope reports a failure."""
    if envelope.code != 1:
        try:
            meaning = translate("BtseCode", CODE_MEANINGS[BtseCode(envelope.code)])
        except ValueError:
            meaning = envelope.msg or translate("ApiError", "no explanation given")
        raise ApiCodeError(path=path, code=envelope.code, meaning=meaning)
    if not envelope.success:
        raise UnsuccessfulError(
            path=path, msg=envelope.msg or translate("ApiError", "no explanation given")
        )


# --- the three reads ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LoginStatus:
    is_login: bool

    @classmethod
    def from_data(cls, data: object, path: str) -> LoginStatus:
        return cls(is_login=_Reader(data, path, "'data'").boolean("isLogin"))


@dataclass(frozen=True, slots=True)
class UserProfile:
    username: str
    email: str
    is_2fa: bool
    is_kyc: bool
    user_status: int
    kyc_level: int
    allow_crypto_deposit: bool
    allow_crypto_withdrawal: bool
    allow_fiat_deposit: bool
    allow_fiat_withdrawal: bool
    allow_trade: bool
    #: Not in the spec's field table (only in its example): ``None`` when absent.
    allow_transfer: bool | None

    @classmethod
    def from_data(cls, data: object, path: str) -> UserProfile:
        if data is None:
            raise SessionExpiredError(path=path)
        r = _Reader(data, path, "'data'")
        level = r.integer("kycLevel")
        if level not in KYC_LEVELS:
            raise r.out_of_range("kycLevel", "0 to 3")
        return cls(
            username=r.string("username"),
            email=r.string("email"),
            is_2fa=r.boolean("is2FA"),
            is_kyc=r.boolean("isKyc"),
            user_status=r.integer("userStatus"),
            kyc_level=level,
            allow_crypto_deposit=r.boolean("allowCryptoDeposit"),
            allow_crypto_withdrawal=r.boolean("allowCryptoWithdrawal"),
            allow_fiat_deposit=r.boolean("allowFiatDeposit"),
            allow_fiat_withdrawal=r.boolean("allowFiatWithdrawal"),
            allow_trade=r.boolean("allowTrade"),
            allow_transfer=r.optional_boolean("allowTransfer"),
        )

    @property
    def status(self) -> UserStatus | None:
        """The known status, or ``None`` for a code the spec does not list."""
        try:
            return UserStatus(self.user_status)
        except ValueError:
            return None

    @property
    def locked(self) -> bool:
        return self.user_status == UserStatus.LOCKED


@dataclass(frozen=True, slots=True)
class VipInfo:
    is_vip: bool
    #: The spread as a percentage (``0.1`` means 0.1 %).
    spread: float

    @classmethod
    def from_data(cls, data: object, path: str) -> VipInfo:
        r = _Reader(data, path, "'data'")
        spread = r.number("spread")
        if not 0 <= spread <= 100:
            raise r.out_of_range("spread", "0 to 100 percent")
        return cls(is_vip=r.boolean("isVIP"), spread=spread)


# --- permissions ---------------------------------------------------------------------------


class Permission(Enum):
    CRYPTO_DEPOSIT = "cryptoDeposit"
    CRYPTO_WITHDRAWAL = "cryptoWithdrawal"
    FIAT_DEPOSIT = "fiatDeposit"
    FIAT_WITHDRAWAL = "fiatWithdrawal"
    TRADE = "trade"
    TRANSFER = "transfer"


PERMISSION_NAMES: dict[Permission, str] = {
    Permission.CRYPTO_DEPOSIT: QT_TRANSLATE_NOOP("Permission", "Crypto deposit"),
    Permission.CRYPTO_WITHDRAWAL: QT_TRANSLATE_NOOP("Permission", "Crypto withdrawal"),
    Permission.FIAT_DEPOSIT: QT_TRANSLATE_NOOP("Permission", "Fiat (TWD) deposit"),
    Permission.FIAT_WITHDRAWAL: QT_TRANSLATE_NOOP("Permission", "Fiat (TWD) withdrawal"),
    Permission.TRADE: QT_TRANSLATE_NOOP("Permission", "Trade (USDT-TWD)"),
    Permission.TRANSFER: QT_TRANSLATE_NOOP("Permission", "Transfer"),
}


@dataclass(frozen=True, slots=True)
class KycRule:
    """The KYC level a permission needs: ``level`` or higher, or exactly ``level``."""

    level: int
    exact: bool = False

    def allows(self, kyc_level: int) -> bool:
        return kyc_level == self.level if self.exact else kyc_level >= self.level

    def describe(self) -> str:
        if self.exact:
            return translate("Permission", "Requires KYC level {level}").format(level=self.level)
        return translate("Permission", "Requires KYC level {level} or higher").format(
            level=self.level
        )


#: The spec's rules. Transfer has none: only the server's flag is shown.
KYC_RULES: dict[Permission, KycRule] = {
    Permission.CRYPTO_DEPOSIT: KycRule(1),
    Permission.CRYPTO_WITHDRAWAL: KycRule(2),
    Permission.FIAT_DEPOSIT: KycRule(3, exact=True),
    Permission.FIAT_WITHDRAWAL: KycRule(3, exact=True),
    Permission.TRADE: KycRule(2),
}


def kyc_permissions(kyc_level: int) -> dict[Permission, bool]:
    """What the spec's rules allow at ``kyc_level`` (transfer has no rule, so is absent)."""
    return {perm: rule.allows(kyc_level) for perm, rule in KYC_RULES.items()}


@dataclass(frozen=True, slots=True)
class PermissionCheck:
    """One badge: the server's flag, what the KYC rule says, and the verdict shown."""

    permission: Permission
    server_flag: bool | None
    rule: KycRule | None
    rule_allows: bool | None
    kyc_level: int
    locked: bool

    @property
    def allowed(self) -> bool:
        """What the badge shows: the server's flag, except a locked account is blocked."""
        return self.server_flag is True and not self.locked

    @property
    def mismatch(self) -> bool:
        """The server's flag disagrees with the spec's KYC rule."""
        return (
            self.rule_allows is not None
            and self.server_flag is not None
            and self.rule_allows != self.server_flag
        )


def check_permissions(profile: UserProfile) -> tuple[PermissionCheck, ...]:
    flags = {
        Permission.CRYPTO_DEPOSIT: profile.allow_crypto_deposit,
        Permission.CRYPTO_WITHDRAWAL: profile.allow_crypto_withdrawal,
        Permission.FIAT_DEPOSIT: profile.allow_fiat_deposit,
        Permission.FIAT_WITHDRAWAL: profile.allow_fiat_withdrawal,
        Permission.TRADE: profile.allow_trade,
        Permission.TRANSFER: profile.allow_transfer,
    }
    checks = []
    for perm in Permission:
        rule = KYC_RULES.get(perm)
        checks.append(
            PermissionCheck(
                permission=perm,
                server_flag=flags[perm],
                rule=rule,
                rule_allows=rule.allows(profile.kyc_level) if rule else None,
                kyc_level=profile.kyc_level,
                locked=profile.locked,
            )
        )
    return tuple(checks)


@dataclass(frozen=True, slots=True)
class AccountSnapshot:
    """The result of one refresh: the three reads, taken together."""

    profile: UserProfile
    vip: VipInfo
    login: LoginStatus
    #: Wall-clock seconds since the epoch when the answers arrived.
    fetched_at: float
    #: Estimated server clock minus local clock, in milliseconds.
    clock_skew_ms: float

    @property
    def permissions(self) -> tuple[PermissionCheck, ...]:
        return check_permissions(self.profile)

    def to_json(self) -> dict[str, Any]:
        """A plain, stable dict for ``--json`` output and copying."""
        p = self.profile
        status = p.status
        return {
            "profile": {
                "username": p.username,
                "email": p.email,
                "is2FA": p.is_2fa,
                "isKyc": p.is_kyc,
                "kycLevel": p.kyc_level,
                "userStatus": p.user_status,
                "userStatusName": status.name if status else "UNKNOWN",
            },
            "vip": {"isVIP": self.vip.is_vip, "spread": self.vip.spread},
            "loginStatus": {"isLogin": self.login.is_login},
            "permissions": {
                c.permission.value: {
                    "allowed": c.allowed,
                    "serverFlag": c.server_flag,
                    "ruleAllows": c.rule_allows,
                    "mismatch": c.mismatch,
                    "blockedByLock": c.locked,
                }
                for c in self.permissions
            },
            "fetchedAt": self.fetched_at,
            "clockSkewMs": round(self.clock_skew_ms),
        }

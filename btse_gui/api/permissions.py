"""The six permissions, the spec's KYC rules, and each badge's verdict. Pure.

The spec's rules: USDT deposit at kycLevel >= 1, USDT withdrawal >= 2, TWD deposit and
withdrawal == 3, trading USDT-TWD >= 2; transfer has no documented rule (only the
server's flag is shown). The window shows the server's flag *and* checks it against the
rule: a mismatch is shown, not hidden. For a level the spec does not document (4, -1)
the rule's verdict is unknown, never guessed. A locked account blocks every badge.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from btse_gui.api.i18n import QT_TRANSLATE_NOOP, translate

KYC_LEVELS = range(0, 4)


class Permission(Enum):
    CRYPTO_DEPOSIT = "cryptoDeposit"
    CRYPTO_WITHDRAWAL = "cryptoWithdrawal"
    FIAT_DEPOSIT = "fiatDeposit"
    FIAT_WITHDRAWAL = "fiatWithdrawal"
    TRADE = "trade"
    TRANSFER = "transfer"


#: The spec's words: 是否可以存入USDT / 提取USDT / 存入TWD / 提取TWD / 交易USDT-TWD.
PERMISSION_NAMES: dict[Permission, str] = {
    Permission.CRYPTO_DEPOSIT: QT_TRANSLATE_NOOP("Permission", "USDT deposit"),
    Permission.CRYPTO_WITHDRAWAL: QT_TRANSLATE_NOOP("Permission", "USDT withdrawal"),
    Permission.FIAT_DEPOSIT: QT_TRANSLATE_NOOP("Permission", "TWD deposit"),
    Permission.FIAT_WITHDRAWAL: QT_TRANSLATE_NOOP("Permission", "TWD withdrawal"),
    Permission.TRADE: QT_TRANSLATE_NOOP("Permission", "Trade USDT-TWD"),
    Permission.TRANSFER: QT_TRANSLATE_NOOP("Permission", "Transfer"),
}


def permission_name(permission: Permission) -> str:
    return translate("Permission", PERMISSION_NAMES[permission])


@dataclass(frozen=True, slots=True)
class KycRule:
    """The KYC level a permission needs: ``level`` or higher, or exactly ``level``."""

    level: int
    exact: bool = False

    def allows(self, kyc_level: int | None) -> bool | None:
        """The rule's verdict; ``None`` for a level the spec does not document."""
        if kyc_level is None or kyc_level not in KYC_LEVELS:
            return None
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


def kyc_permissions(kyc_level: int) -> dict[Permission, bool | None]:
    """What the spec's rules allow at ``kyc_level`` (transfer has no rule, so is absent)."""
    return {perm: rule.allows(kyc_level) for perm, rule in KYC_RULES.items()}


@dataclass(frozen=True, slots=True)
class PermissionCheck:
    """One badge: the server's flag, what the KYC rule says, and the verdict shown."""

    permission: Permission
    server_flag: bool | None
    rule: KycRule | None
    rule_allows: bool | None
    kyc_level: int | None
    locked: bool

    @property
    def allowed(self) -> bool:
        """What the badge shows: the server's flag, except a locked account is blocked."""
        return self.server_flag is True and not self.locked

    @property
    def state(self) -> str:
        """``allowed``, ``blocked`` or ``unknown`` (the server did not say, and no lock
        decides it): the stable words of CSV, and what the marks ✔ ✖ ? show."""
        if self.server_flag is None and not self.locked:
            return "unknown"
        return "allowed" if self.allowed else "blocked"

    @property
    def mismatch(self) -> bool:
        """The server's flag disagrees with the spec's KYC rule."""
        return (
            self.rule_allows is not None
            and self.server_flag is not None
            and self.rule_allows != self.server_flag
        )

    @property
    def rule_unknown(self) -> bool:
        """A rule exists, but the account's level is not one it documents."""
        return self.rule is not None and self.rule_allows is None


def check_permissions(
    flags: dict[Permission, bool | None], kyc_level: int | None, locked: bool
) -> tuple[PermissionCheck, ...]:
    checks = []
    for perm in Permission:
        rule = KYC_RULES.get(perm)
        checks.append(
            PermissionCheck(
                permission=perm,
                server_flag=flags.get(perm),
                rule=rule,
                rule_allows=rule.allows(kyc_level) if rule else None,
                kyc_level=kyc_level,
                locked=locked,
            )
        )
    return tuple(checks)

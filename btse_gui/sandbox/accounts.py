"""Demo accounts: one per case the app must show. Their keys are public demo data."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from btse_gui.api.i18n import QT_TRANSLATE_NOOP


def _user(
    username: str,
    level: int,
    *,
    status: int = 1,
    is_2fa: bool = True,
    **overrides: bool,
) -> dict[str, Any]:
    """A ``/v1/user`` payload whose flags follow the spec's KYC rules unless overridden."""
    data: dict[str, Any] = {
        "username": username,
        "email": f"{username}@demo.btse-gui.invalid",
        "is2FA": is_2fa,
        "isKyc": level > 0,
        "userStatus": status,
        "kycLevel": level,
        "allowCryptoDeposit": level >= 1,
        "allowCryptoWithdrawal": level >= 2,
        "allowFiatDeposit": level == 3,
        "allowFiatWithdrawal": level == 3,
        "allowTrade": level >= 2,
        "allowTransfer": level >= 1,
    }
    data.update(overrides)
    return data


@dataclass(frozen=True)
class DemoAccount:
    name: str
    description: str
    #: ``None`` answers ``data: null`` on ``/v1/user``: the token has expired.
    user: dict[str, Any] | None
    vip: dict[str, Any] = field(default_factory=lambda: {"isVIP": False, "spread": 0.1})
    #: Accounts of one user share the per-user rate limit.
    user_id: str = ""
    #: False: the key is valid but may not read (403).
    can_read: bool = True
    #: Faults applied to every request with this key (see ``faults.py``).
    faults: str = ""

    @property
    def key(self) -> str:
        return f"demo-{self.name}-key"

    @property
    def secret(self) -> str:
        return f"demo-{self.name}-secret"

    @property
    def owner(self) -> str:
        return self.user_id or self.name


def _accounts() -> dict[str, DemoAccount]:
    accounts = [
        DemoAccount(
            "kyc0",
            QT_TRANSLATE_NOOP("DemoAccount", "KYC level 0: nothing allowed"),
            _user("kyc0demo", 0, is_2fa=False),
        ),
        DemoAccount(
            "kyc1",
            QT_TRANSLATE_NOOP("DemoAccount", "KYC level 1: USDT deposit (and transfer)"),
            _user("kyc1demo", 1),
        ),
        DemoAccount(
            "kyc2",
            QT_TRANSLATE_NOOP(
                "DemoAccount", "KYC level 2: USDT deposit, withdrawal and trade; no TWD"
            ),
            _user("kyc2demo", 2),
        ),
        DemoAccount(
            "kyc3",
            QT_TRANSLATE_NOOP("DemoAccount", "KYC level 3: everything allowed"),
            _user("kyc3demo", 3),
        ),
        DemoAccount(
            "kyc3b",
            QT_TRANSLATE_NOOP(
                "DemoAccount", "Second API key of the kyc3 user (shares the per-user limit)"
            ),
            _user("kyc3demo", 3),
            user_id="kyc3",
        ),
        DemoAccount(
            "kyc3c",
            QT_TRANSLATE_NOOP(
                "DemoAccount", "Third API key of the kyc3 user (shares the per-user limit)"
            ),
            _user("kyc3demo", 3),
            user_id="kyc3",
        ),
        DemoAccount(
            "locked",
            QT_TRANSLATE_NOOP("DemoAccount", "A locked account: every permission blocked"),
            _user("lockeddemo", 3, status=7),
        ),
        DemoAccount(
            "inactive",
            QT_TRANSLATE_NOOP("DemoAccount", "An account not activated yet"),
            _user("inactivedemo", 0, status=4, is_2fa=False),
        ),
        DemoAccount(
            "vip",
            QT_TRANSLATE_NOOP("DemoAccount", "VIP with a 0.05 % spread"),
            _user("vipdemo", 3),
            vip={"isVIP": True, "spread": 0.05},
        ),
        DemoAccount(
            "expired",
            QT_TRANSLATE_NOOP("DemoAccount", "An expired key: the server sends no account data"),
            None,
        ),
        DemoAccount(
            "mismatch",
            QT_TRANSLATE_NOOP("DemoAccount", "Permissions that disagree with its KYC level (1)"),
            _user(
                "mismatchdemo",
                1,
                allowCryptoDeposit=False,
                allowCryptoWithdrawal=True,
                allowFiatDeposit=True,
            ),
        ),
        DemoAccount(
            "noread",
            QT_TRANSLATE_NOOP("DemoAccount", "A key without read permission (403)"),
            _user("noreaddemo", 2),
            can_read=False,
        ),
        DemoAccount(
            "slow",
            QT_TRANSLATE_NOOP("DemoAccount", "Answers after 2 seconds"),
            _user("slowdemo", 2),
            faults="latency=2000",
        ),
    ]
    return {account.name: account for account in accounts}


DEMO_ACCOUNTS: Mapping[str, DemoAccount] = MappingProxyType(_accounts())


#: ``btse-gui sandbox --accounts N`` accepts at most this many generated accounts.
MAX_GENERATED_ACCOUNTS = 100_000

_GIVEN_NAMES = (
    "alice", "wei", "chen", "mei", "ken", "yuki", "omar", "lena", "ravi", "hana",
    "li", "tom", "ana", "jun", "sara", "ming", "ivan", "nora", "hao", "priya",
)  # fmt: skip


def _generated(index: int) -> DemoAccount:
    """The ``index``-th generated account (1-based): the same for the same index, always.

    A fixed mix so that a table of them looks like a real book of accounts: mostly
    normal accounts across the KYC levels, some not activated or locked, a few VIPs and
    a few whose server flags disagree with their level.
    """
    name = f"gen-{index:05d}"
    # A multiplicative hash spreads the cases over the indexes without a random module.
    mix = (index * 2_654_435_761) % 1_000
    level = (0, 1, 2, 2, 3, 3, 3, 3, 3, 1)[mix % 10]
    username = f"{_GIVEN_NAMES[mix // 10 % len(_GIVEN_NAMES)]}{index:05d}"
    status, description = 1, f"Generated, KYC level {level}"
    flags: dict[str, bool] = {}
    if mix < 40:
        status, level, description = 4, 0, "Generated, not activated"
    elif mix < 70:
        status, description = 7, f"Generated, locked (KYC level {level})"
    elif mix < 90 and level < 3:
        flags = {"allowFiatDeposit": True}
        description = f"Generated, server flags disagree with KYC level {level}"
    vip = {"isVIP": False, "spread": 0.1}
    if level == 3 and mix % 7 == 0:
        vip = {"isVIP": True, "spread": (0.05, 0.06, 0.08)[mix % 3]}
        description += ", VIP"
    user = _user(username, level, status=status, is_2fa=mix % 5 != 0, **flags)
    return DemoAccount(name, description, user, vip=vip)


def generated_accounts(n: int) -> dict[str, DemoAccount]:
    """``n`` generated demo accounts, ``gen-00001`` to ``gen-NNNNN``, for tests and
    benchmarks at scale. Each is its own user with its own key and secret (public demo
    data, like the other demo accounts'), and every one of them answers successfully.

    Serve them with ``SandboxConfig(accounts={**DEMO_ACCOUNTS, **generated_accounts(n)})``.
    """
    if not 0 <= n <= MAX_GENERATED_ACCOUNTS:
        raise ValueError(f"the number of generated accounts must be 0 to {MAX_GENERATED_ACCOUNTS}")
    accounts = (_generated(i) for i in range(1, n + 1))
    return {account.name: account for account in accounts}

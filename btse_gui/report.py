"""Plain-text rendering of an account, shared by the command line and the clipboard."""

from __future__ import annotations

import time

from btse_gui.api.enums import USER_STATUS_NAMES, UserStatus
from btse_gui.api.models import PERMISSION_NAMES, AccountSnapshot, PermissionCheck
from btse_gui.i18n import QT_TRANSLATE_NOOP, translate

CTX = "Report"


def tr(source: str) -> str:
    return translate(CTX, source)


def status_name(user_status: int) -> str:
    try:
        return translate("UserStatus", USER_STATUS_NAMES[UserStatus(user_status)])
    except ValueError:
        return tr(QT_TRANSLATE_NOOP(CTX, "Unknown ({code})")).format(code=user_status)


def yes_no(value: bool) -> str:
    return tr(QT_TRANSLATE_NOOP(CTX, "yes")) if value else tr(QT_TRANSLATE_NOOP(CTX, "no"))


def verdict(check: PermissionCheck) -> str:
    """``allowed`` / ``blocked`` and why, with any disagreement between flag and rule."""
    if check.locked:
        text = tr(QT_TRANSLATE_NOOP(CTX, "blocked (account locked)"))
    elif check.server_flag is None:
        text = tr(QT_TRANSLATE_NOOP(CTX, "not reported by the server"))
    elif check.allowed:
        text = tr(QT_TRANSLATE_NOOP(CTX, "allowed"))
    else:
        text = tr(QT_TRANSLATE_NOOP(CTX, "blocked"))
    if check.mismatch and check.rule is not None:
        flag = (
            tr(QT_TRANSLATE_NOOP(CTX, "server says allowed"))
            if check.server_flag
            else tr(QT_TRANSLATE_NOOP(CTX, "server says blocked"))
        )
        text += "  " + tr(
            QT_TRANSLATE_NOOP(CTX, "[MISMATCH: {flag}; {rule}, this account is level {level}]")
        ).format(flag=flag, rule=check.rule.describe(), level=check.kyc_level)
    return text


def format_account(snapshot: AccountSnapshot) -> str:
    p = snapshot.profile
    rows = [
        (tr(QT_TRANSLATE_NOOP(CTX, "Username")), p.username),
        (tr(QT_TRANSLATE_NOOP(CTX, "Email")), p.email),
        (tr(QT_TRANSLATE_NOOP(CTX, "Status")), status_name(p.user_status)),
        (tr(QT_TRANSLATE_NOOP(CTX, "2FA")), yes_no(p.is_2fa)),
        (
            tr(QT_TRANSLATE_NOOP(CTX, "KYC")),
            tr(QT_TRANSLATE_NOOP(CTX, "{passed}, level {level}")).format(
                passed=tr(QT_TRANSLATE_NOOP(CTX, "passed"))
                if p.is_kyc
                else tr(QT_TRANSLATE_NOOP(CTX, "not passed")),
                level=p.kyc_level,
            ),
        ),
        (
            tr(QT_TRANSLATE_NOOP(CTX, "VIP")),
            tr(QT_TRANSLATE_NOOP(CTX, "{vip}, spread {spread:g}%")).format(
                vip=yes_no(snapshot.vip.is_vip), spread=snapshot.vip.spread
            ),
        ),
        (tr(QT_TRANSLATE_NOOP(CTX, "Signed in")), yes_no(snapshot.login.is_login)),
    ]
    rows += [
        (translate("Permission", PERMISSION_NAMES[c.permission]), verdict(c))
        for c in snapshot.permissions
    ]
    rows.append(
        (
            tr(QT_TRANSLATE_NOOP(CTX, "Data as of")),
            time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(snapshot.fetched_at)),
        )
    )
    if abs(snapshot.clock_skew_ms) >= 1000:
        rows.append(
            (
                tr(QT_TRANSLATE_NOOP(CTX, "Clock skew")),
                tr(QT_TRANSLATE_NOOP(CTX, "server is {seconds:+.1f} s from this computer")).format(
                    seconds=snapshot.clock_skew_ms / 1000
                ),
            )
        )
    width = max(len(label) for label, _ in rows)
    return "\n".join(f"{label.ljust(width)}  {value}" for label, value in rows)

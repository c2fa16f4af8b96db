"""Plain-text rendering of an account, shared by the command line and the clipboard."""

from __future__ import annotations

import time
import unicodedata

from btse_gui.api.enums import USER_STATUS_NAMES, UserStatus
from btse_gui.api.models import (
    PERMISSION_NAMES,
    AccountSnapshot,
    PermissionCheck,
    UserProfile,
    VipInfo,
)
from btse_gui.i18n import QT_TRANSLATE_NOOP, translate

CTX = "Report"


def tr(source: str) -> str:
    return translate(CTX, source)


def status_name(user_status: int) -> str:
    try:
        return translate("UserStatus", USER_STATUS_NAMES[UserStatus(user_status)])
    except ValueError:
        return tr(QT_TRANSLATE_NOOP("Report", "Unknown ({code})")).format(code=user_status)


def yes_no(value: bool) -> str:
    return (
        tr(QT_TRANSLATE_NOOP("Report", "yes")) if value else tr(QT_TRANSLATE_NOOP("Report", "no"))
    )


def kyc_text(profile: UserProfile) -> str:
    passed = (
        tr(QT_TRANSLATE_NOOP("Report", "passed"))
        if profile.is_kyc
        else tr(QT_TRANSLATE_NOOP("Report", "not passed"))
    )
    return tr(QT_TRANSLATE_NOOP("Report", "{passed}, level {level}")).format(
        passed=passed, level=profile.kyc_level
    )


def vip_text(vip: VipInfo) -> str:
    return tr(QT_TRANSLATE_NOOP("Report", "{vip}, spread {spread:g}%")).format(
        vip=yes_no(vip.is_vip), spread=vip.spread
    )


def verdict(check: PermissionCheck) -> str:
    """``allowed`` / ``blocked`` and why, with any disagreement between flag and rule."""
    if check.locked:
        text = tr(QT_TRANSLATE_NOOP("Report", "blocked (account locked)"))
    elif check.server_flag is None:
        text = tr(QT_TRANSLATE_NOOP("Report", "not reported by the server"))
    elif check.allowed:
        text = tr(QT_TRANSLATE_NOOP("Report", "allowed"))
    else:
        text = tr(QT_TRANSLATE_NOOP("Report", "blocked"))
    if check.mismatch and check.rule is not None:
        flag = (
            tr(QT_TRANSLATE_NOOP("Report", "server says allowed"))
            if check.server_flag
            else tr(QT_TRANSLATE_NOOP("Report", "server says blocked"))
        )
        text += "  " + tr(
            QT_TRANSLATE_NOOP("Report", "[MISMATCH: {flag}; {rule}, this account is level {level}]")
        ).format(flag=flag, rule=check.rule.describe(), level=check.kyc_level)
    return text


def format_account(snapshot: AccountSnapshot) -> str:
    p = snapshot.profile
    rows = [
        (tr(QT_TRANSLATE_NOOP("Report", "Username")), p.username),
        (tr(QT_TRANSLATE_NOOP("Report", "Email")), p.email),
        (tr(QT_TRANSLATE_NOOP("Report", "Status")), status_name(p.user_status)),
        (tr(QT_TRANSLATE_NOOP("Report", "2FA")), yes_no(p.is_2fa)),
        (tr(QT_TRANSLATE_NOOP("Report", "KYC")), kyc_text(p)),
        (tr(QT_TRANSLATE_NOOP("Report", "VIP")), vip_text(snapshot.vip)),
        (tr(QT_TRANSLATE_NOOP("Report", "Signed in")), yes_no(snapshot.login.is_login)),
    ]
    rows += [
        (translate("Permission", PERMISSION_NAMES[c.permission]), verdict(c))
        for c in snapshot.permissions
    ]
    rows.append(
        (
            tr(QT_TRANSLATE_NOOP("Report", "Data as of")),
            time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(snapshot.fetched_at)),
        )
    )
    if abs(snapshot.clock_skew_ms) >= 1000:
        rows.append(
            (
                tr(QT_TRANSLATE_NOOP("Report", "Clock skew")),
                tr(
                    QT_TRANSLATE_NOOP("Report", "server is {seconds:+.1f} s from this computer")
                ).format(seconds=snapshot.clock_skew_ms / 1000),
            )
        )
    width = max(display_width(label) for label, _ in rows)
    return "\n".join(f"{pad(label, width)}  {value}" for label, value in rows)


def display_width(text: str) -> int:
    """Terminal columns: CJK characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def pad(text: str, width: int) -> str:
    return text + " " * (width - display_width(text))


def _row(label: str, value: str) -> str:
    return f"{tr(label)}: {value}"


def mask_email(email: str) -> str:
    """``ch***@nogle.com``: enough to match a ticket to an account, not to mail it."""
    local, at, domain = email.partition("@")
    if not at:
        return "***"
    return f"{local[:2]}***@{domain}"


def support_summary(snapshot: AccountSnapshot, profile: str | None = None) -> str:
    """A redacted text summary for a support ticket. It holds no key and no secret (the
    snapshot has neither) and masks the email."""
    p = snapshot.profile
    kyc, vip = kyc_text(p), vip_text(snapshot.vip)
    lines = [tr(QT_TRANSLATE_NOOP("Report", "btse-gui account summary"))]
    if profile:
        lines.append(_row(QT_TRANSLATE_NOOP("Report", "Profile"), profile))
    lines += [
        _row(QT_TRANSLATE_NOOP("Report", "Username"), p.username),
        _row(QT_TRANSLATE_NOOP("Report", "Email"), mask_email(p.email)),
        _row(QT_TRANSLATE_NOOP("Report", "KYC"), kyc),
        _row(QT_TRANSLATE_NOOP("Report", "Status"), status_name(p.user_status)),
        _row(QT_TRANSLATE_NOOP("Report", "2FA"), yes_no(p.is_2fa)),
        _row(QT_TRANSLATE_NOOP("Report", "VIP"), vip),
        tr(QT_TRANSLATE_NOOP("Report", "Permissions")) + ":",
    ]
    lines += [
        f"  {translate('Permission', PERMISSION_NAMES[c.permission])}: {verdict(c)}"
        for c in snapshot.permissions
    ]
    mismatched = [
        translate("Permission", PERMISSION_NAMES[c.permission])
        for c in snapshot.permissions
        if c.mismatch
    ]
    none = tr(QT_TRANSLATE_NOOP("Report", "none"))
    lines.append(
        _row(
            QT_TRANSLATE_NOOP("Report", "Server flag mismatches"),
            ", ".join(mismatched) if mismatched else none,
        )
    )
    at = time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime(snapshot.fetched_at))
    lines.append(_row(QT_TRANSLATE_NOOP("Report", "Data as of"), at))
    return "\n".join(lines)

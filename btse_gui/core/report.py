"""Plain-text rendering of an account, shared by the command line, the clipboard and the
window's labels. Every value here came through the sanitizer on its way in; a value the
spec does not document is shown as what it is, with what is odd about it."""

from __future__ import annotations

import time
import unicodedata

from btse_gui.api.enums import USER_STATUS_NAMES, UserStatus
from btse_gui.api.envelope import Note
from btse_gui.api.i18n import QT_TRANSLATE_NOOP, translate
from btse_gui.api.models import (
    KYC_LEVELS,
    SPREAD_RANGE,
    AccountSnapshot,
    LoginStatus,
    Part,
    PermissionCheck,
    UserProfile,
    VipInfo,
    permission_name,
)

CTX = "Report"
UNKNOWN = "—"


def tr(source: str) -> str:
    return translate(CTX, source)


def status_name(user_status: int | None) -> str:
    if user_status is None:
        return UNKNOWN
    try:
        return translate("UserStatus", USER_STATUS_NAMES[UserStatus(user_status)])
    except ValueError:
        return tr(QT_TRANSLATE_NOOP("Report", "status {code} (unknown)")).format(code=user_status)


def status_key(user_status: int | None) -> str:
    """The status as a word for files and scripts, the same in every language:
    "normal", "not_activated", "locked", the server's number when undocumented, or ""."""
    if user_status is None:
        return ""
    try:
        return UserStatus(user_status).name.lower()
    except ValueError:
        return str(user_status)


def yes_no(value: bool | None) -> str:
    if value is None:
        return UNKNOWN
    return (
        tr(QT_TRANSLATE_NOOP("Report", "yes")) if value else tr(QT_TRANSLATE_NOOP("Report", "no"))
    )


def level_text(level: int | None) -> str:
    if level is None:
        return UNKNOWN
    if level not in KYC_LEVELS:
        text = QT_TRANSLATE_NOOP("Report", "level {level} (not in the documented rules)")
        return tr(text).format(level=level)
    return tr(QT_TRANSLATE_NOOP("Report", "level {level}")).format(level=level)


def kyc_text(profile: UserProfile) -> str:
    if profile.is_kyc is None:
        passed = UNKNOWN
    elif profile.is_kyc:
        passed = tr(QT_TRANSLATE_NOOP("Report", "passed"))
    else:
        passed = tr(QT_TRANSLATE_NOOP("Report", "not passed"))
    return tr(QT_TRANSLATE_NOOP("Report", "{passed}, {level}")).format(
        passed=passed, level=level_text(profile.kyc_level)
    )


def spread_text(spread: float | None) -> str:
    if spread is None:
        return UNKNOWN
    if not SPREAD_RANGE[0] <= spread <= SPREAD_RANGE[1]:
        return tr(QT_TRANSLATE_NOOP("Report", "{spread:g}% (outside 0–100%)")).format(spread=spread)
    return f"{spread:g}%"


def vip_text(vip: VipInfo) -> str:
    return tr(QT_TRANSLATE_NOOP("Report", "{vip}, spread {spread}")).format(
        vip=yes_no(vip.is_vip), spread=spread_text(vip.spread)
    )


def login_text(login: LoginStatus | None) -> str:
    return yes_no(login.is_login if login else None)


def _lower_first(text: str) -> str:
    """A sentence's words inside brackets: "(requires KYC level 2…)"."""
    return text[:1].lower() + text[1:]


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
        if check.rule is not None and check.rule_allows is False:
            # Why, and what would unblock it: the KYC level the rule asks for.
            text = tr(
                QT_TRANSLATE_NOOP("Report", "blocked ({rule}; this account is level {level})")
            ).format(rule=_lower_first(check.rule.describe()), level=check.kyc_level)
        elif check.rule is None:
            text = tr(QT_TRANSLATE_NOOP("Report", "blocked (by the server; no KYC rule applies)"))
    if check.mismatch and check.rule is not None:
        flag = (
            tr(QT_TRANSLATE_NOOP("Report", "server says allowed"))
            if check.server_flag
            else tr(QT_TRANSLATE_NOOP("Report", "server says blocked"))
        )
        text += "  " + tr(
            QT_TRANSLATE_NOOP("Report", "[MISMATCH: {flag}; {rule}, this account is level {level}]")
        ).format(flag=flag, rule=check.rule.describe(), level=check.kyc_level)
    elif check.rule_unknown and check.rule is not None:
        text += "  " + tr(
            QT_TRANSLATE_NOOP("Report", "[rule unknown: {rule}; this account's level is {level}]")
        ).format(rule=check.rule.describe(), level=level_text(check.kyc_level))
    return text


FIELD_NAMES = {
    "kycLevel": QT_TRANSLATE_NOOP("Report", "KYC level"),
    "userStatus": QT_TRANSLATE_NOOP("Report", "status"),
    "spread": QT_TRANSLATE_NOOP("Report", "spread"),
}


def note_text(note: Note) -> str:
    """One odd field, in words: what it is and what is odd about it."""
    name = tr(FIELD_NAMES[note.field]) if note.field in FIELD_NAMES else f"'{note.field}'"
    if note.kind == "unknown":
        text = QT_TRANSLATE_NOOP("Report", "{field} {value} is not a value the API documents")
    elif note.kind == "unreadable":
        text = QT_TRANSLATE_NOOP("Report", "{field} could not be read ({value})")
    else:
        text = QT_TRANSLATE_NOOP("Report", "{field} is missing from the answer")
    return tr(text).format(field=name, value=note.value)


PART_NAMES = {
    Part.PROFILE: QT_TRANSLATE_NOOP("Report", "Profile"),
    Part.VIP: QT_TRANSLATE_NOOP("Report", "VIP"),
    Part.LOGIN: QT_TRANSLATE_NOOP("Report", "Signed in"),
}


def warnings(snapshot: AccountSnapshot) -> list[str]:
    """Everything odd or missing about the snapshot, one line each, part first."""
    lines = []
    for part, error in snapshot.errors.items():
        said = tr(QT_TRANSLATE_NOOP("Report", "could not be read: {error}"))
        error_text = " ".join(error.user_message().splitlines())
        lines.append(f"{tr(PART_NAMES[part])}: {said.format(error=error_text)}")
    for part, notes in snapshot.notes.items():
        lines += [f"{tr(PART_NAMES[part])}: {note_text(n)}" for n in notes]
    return lines


def _text(value: str | None) -> str:
    return UNKNOWN if value is None else value


def account_rows(snapshot: AccountSnapshot) -> list[tuple[str, str]]:
    rows = []
    if (p := snapshot.profile) is not None:
        rows += [
            (tr(QT_TRANSLATE_NOOP("Report", "Username")), _text(p.username)),
            (tr(QT_TRANSLATE_NOOP("Report", "Email")), _text(p.email)),
            (tr(QT_TRANSLATE_NOOP("Report", "Status")), status_name(p.user_status)),
            (tr(QT_TRANSLATE_NOOP("Report", "2FA")), yes_no(p.is_2fa)),
            (tr(QT_TRANSLATE_NOOP("Report", "KYC")), kyc_text(p)),
        ]
    if snapshot.vip is not None:
        rows.append((tr(QT_TRANSLATE_NOOP("Report", "VIP")), vip_text(snapshot.vip)))
    rows.append((tr(PART_NAMES[Part.LOGIN]), login_text(snapshot.login)))
    rows += [(permission_name(c.permission), verdict(c)) for c in snapshot.permissions]
    return rows


def format_account(snapshot: AccountSnapshot) -> str:
    rows = account_rows(snapshot)
    rows.append(
        (
            tr(QT_TRANSLATE_NOOP("Report", "Data as of")),
            time.strftime("%Y-%m-%d %H:%M:%S %Z", time.localtime(snapshot.fetched_at)),
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
    for line in warnings(snapshot):
        rows.append((tr(QT_TRANSLATE_NOOP("Report", "Warning")), line))
    width = max(display_width(label) for label, _ in rows)
    return "\n".join(f"{pad(label, width)}  {value}" for label, value in rows)


def display_width(text: str) -> int:
    """Terminal columns: CJK characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def pad(text: str, width: int) -> str:
    return text + " " * (width - display_width(text))


def _row(label: str, value: str) -> str:
    return f"{tr(label)}: {value}"


def mask_email(email: str | None) -> str:
    """``ch***@nogle.com``: enough to match a ticket to an account, not to mail it."""
    if email is None:
        return UNKNOWN
    local, at, domain = email.partition("@")
    if not at:
        return "***"
    return f"{local[:2]}***@{domain}"


def support_summary(snapshot: AccountSnapshot, profile: str | None = None) -> str:
    """A redacted text summary for a support ticket. It holds no key and no secret (the
    snapshot has neither) and masks the email."""
    p = snapshot.profile
    lines = [tr(QT_TRANSLATE_NOOP("Report", "btse-gui account summary"))]
    if profile:
        lines.append(_row(QT_TRANSLATE_NOOP("Report", "Profile"), profile))
    if p is not None:
        lines += [
            _row(QT_TRANSLATE_NOOP("Report", "Username"), _text(p.username)),
            _row(QT_TRANSLATE_NOOP("Report", "Email"), mask_email(p.email)),
            _row(QT_TRANSLATE_NOOP("Report", "KYC"), kyc_text(p)),
            _row(QT_TRANSLATE_NOOP("Report", "Status"), status_name(p.user_status)),
            _row(QT_TRANSLATE_NOOP("Report", "2FA"), yes_no(p.is_2fa)),
        ]
    if snapshot.vip is not None:
        lines.append(_row(QT_TRANSLATE_NOOP("Report", "VIP"), vip_text(snapshot.vip)))
    lines.append(_row(PART_NAMES[Part.LOGIN], login_text(snapshot.login)))
    if snapshot.permissions:
        lines.append(tr(QT_TRANSLATE_NOOP("Report", "Permissions")) + ":")
        lines += [f"  {permission_name(c.permission)}: {verdict(c)}" for c in snapshot.permissions]
        mismatched = [permission_name(c.permission) for c in snapshot.permissions if c.mismatch]
        none = tr(QT_TRANSLATE_NOOP("Report", "none"))
        lines.append(
            _row(
                QT_TRANSLATE_NOOP("Report", "Server flag mismatches"),
                ", ".join(mismatched) if mismatched else none,
            )
        )
    lines += [_row(QT_TRANSLATE_NOOP("Report", "Warning"), w) for w in warnings(snapshot)]
    at = time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime(snapshot.fetched_at))
    lines.append(_row(QT_TRANSLATE_NOOP("Report", "Data as of"), at))
    return "\n".join(lines)

"""What the window shows, as a pure function of the session's view.

    plan(view, asked_for_login, now, opening) -> Plan

Which page, which banner (with which buttons), which actions are enabled, where the
busy indicator sits, what the account page's status line says and which field gets the
focus: all decided here, from one :class:`~btse_gui.core.session.SessionView` and the two
things only the window knows (the person asked for the sign-in form while signed in;
the account the window opens with at start, a remembered profile or a demo account).
No Qt: tested without a QApplication. The widgets only apply a plan.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from enum import Enum

from btse_gui.api.enums import UserStatus
from btse_gui.api.errors import ApiError, SessionExpiredError
from btse_gui.api.i18n import QT_TRANSLATE_NOOP, translate
from btse_gui.api.models import AccountSnapshot
from btse_gui.core.session import SessionState, SessionView, state_name

CONTEXT = "Render"


def _tr(source: str) -> str:
    return translate(CONTEXT, source)


class Page(Enum):
    LOGIN = "login"
    ACCOUNT = "account"


class Tone(Enum):
    """How a banner or status line reads: the widget picks palette colours from it."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


#: A tone reads from its mark and words; colour only repeats it (from the palette).
MARKS = {Tone.INFO: "ℹ", Tone.WARNING: "⚠", Tone.ERROR: "✖"}


@dataclass(frozen=True)
class Banner:
    tone: Tone
    text: str
    retry: bool = False
    sign_in_again: bool = False


@dataclass(frozen=True)
class StatusLine:
    """Why the account's permissions look the way they do, and what to do about it."""

    tone: Tone
    text: str


@dataclass(frozen=True)
class Actions:
    refresh: bool = False
    copy: bool = False
    sign_out: bool = False
    forget: bool = False
    cancel: bool = False


@dataclass(frozen=True)
class Plan:
    page: Page
    banner: Banner | None = None
    #: Shown on the sign-in form (why sign-in failed, or why to sign in again).
    login_message: str = ""
    login_message_tone: Tone = Tone.ERROR
    #: The sign-in form offers "Back to last data" (expiry: the data is still there).
    back_to_data: bool = False
    actions: Actions = field(default_factory=Actions)
    #: Where the busy indicator shows: "login", "account" or "" (idle).
    busy_on: str = ""
    busy_text: str = ""
    #: The account page marks its data old (badges included), not just faded.
    stale: bool = False
    status: StatusLine | None = None
    #: The header: who, which profile, when fetched, signed in or not.
    title: str = ""
    subtitle: str = ""
    #: objectName of the widget to focus when the plan is applied ('' keeps focus).
    focus: str = ""
    state_text: str = ""
    # The account page without data yet: its header and busy row only.
    loading: bool = False


def describe_age(seconds: float) -> str:
    if seconds < 60:
        return translate("StatusBar", QT_TRANSLATE_NOOP("StatusBar", "just now"))
    if seconds < 3600:
        minutes = QT_TRANSLATE_NOOP("StatusBar", "{n} min ago")
        return translate("StatusBar", minutes).format(n=int(seconds // 60))
    hours = QT_TRANSLATE_NOOP("StatusBar", "{n} h ago")
    return translate("StatusBar", hours).format(n=int(seconds // 3600))


def _clock(at: float) -> str:
    return time.strftime("%H:%M:%S", time.localtime(at))


def account_status(snapshot: AccountSnapshot) -> StatusLine | None:
    """Locked, not activated, KYC 0, an unknown level or a mismatch: why, and what to do."""
    p = snapshot.profile
    if p is None:
        return StatusLine(
            Tone.WARNING,
            _tr(
                QT_TRANSLATE_NOOP(
                    "Render", "The profile could not be read, so permissions are unknown."
                )
            ),
        )
    if p.user_status == UserStatus.LOCKED:
        return StatusLine(
            Tone.ERROR,
            _tr(
                QT_TRANSLATE_NOOP(
                    "Render",
                    "This account is locked: nothing is allowed, whatever its KYC level. "
                    "Ask BTSE support why it was locked.",
                )
            ),
        )
    if p.user_status == UserStatus.NOT_ACTIVATED:
        return StatusLine(
            Tone.WARNING,
            _tr(
                QT_TRANSLATE_NOOP(
                    "Render",
                    "This account is not activated yet: the owner has to finish activating "
                    "it before anything is allowed.",
                )
            ),
        )
    if p.user_status is not None and p.status is None:
        text = QT_TRANSLATE_NOOP(
            "Render",
            "The account's status {code} is not one the API documents: check it with BTSE.",
        )
        return StatusLine(Tone.WARNING, _tr(text).format(code=p.user_status))
    if p.kyc_level == 0:
        return StatusLine(
            Tone.WARNING,
            _tr(
                QT_TRANSLATE_NOOP(
                    "Render",
                    "KYC level 0: nothing is allowed until the owner passes KYC level 1 "
                    "(USDT deposit), 2 (USDT withdrawal, trading) or 3 (TWD).",
                )
            ),
        )
    if p.kyc_level is not None and p.kyc_level not in range(4):
        text = QT_TRANSLATE_NOOP(
            "Render",
            "KYC level {level} is not in the documented rules: the badges show the "
            "server's flags, unchecked.",
        )
        return StatusLine(Tone.WARNING, _tr(text).format(level=p.kyc_level))
    mismatched = [c for c in snapshot.permissions if c.mismatch]
    if mismatched:
        # One line at the window's first size (880 px): no word left alone below.
        text = QT_TRANSLATE_NOOP(
            "Render",
            "{n} of the server's flags disagree with the KYC rules for level {level} "
            "(marked ⚠); the badges show the server's flags. Report it to BTSE.",
        )
        return StatusLine(Tone.WARNING, _tr(text).format(n=len(mismatched), level=p.kyc_level))
    return None


def _signed_in_text(snapshot: AccountSnapshot) -> str:
    login = snapshot.login.is_login if snapshot.login else None
    if login is None:
        return _tr(QT_TRANSLATE_NOOP("Render", "signed in: unknown"))
    if login:
        return _tr(QT_TRANSLATE_NOOP("Render", "signed in"))
    return _tr(QT_TRANSLATE_NOOP("Render", "not signed in (isLogin false)"))


def _server_words(view: SessionView) -> str:
    """The server's own words on the view's error, alone (its explanation is implied)."""
    error = view.error
    if isinstance(error, ApiError) and error.server is not None:
        said = translate("ApiError", QT_TRANSLATE_NOOP("ApiError", "The server said: {words}"))
        return said.format(words=error.server.describe())
    return ""


def plan(
    view: SessionView, asked_for_login: bool = False, now: float | None = None, opening: str = ""
) -> Plan:
    """``opening``: the name of the account the window opens with at start, until its
    first sign-in has ended; meanwhile the account page shows it loading (as the first
    frame did, before the window was ready) instead of the sign-in form."""
    now = time.time() if now is None else now
    snapshot = view.snapshot
    state = view.state
    signed_in = view.signed_in
    message = view.message
    actions = Actions(
        refresh=signed_in and state is not SessionState.SIGNING_IN,
        copy=snapshot is not None,
        sign_out=signed_in,
        forget=signed_in and bool(view.profile and view.profile.remembered),
        cancel=view.busy in ("sign_in", "refresh", "check"),
    )
    busy_on = ""
    busy_text = ""
    if view.busy == "sign_in":
        busy_on = "login" if snapshot is None or asked_for_login else "account"
        busy_text = _tr(QT_TRANSLATE_NOOP("Render", "Signing in…"))
    elif view.busy == "refresh":
        busy_on, busy_text = "account", _tr(QT_TRANSLATE_NOOP("Render", "Refreshing…"))
    elif view.busy == "check":
        busy_on, busy_text = "login", _tr(QT_TRANSLATE_NOOP("Render", "Checking…"))

    waiting = state in (SessionState.SIGNED_OUT, SessionState.SIGNING_IN)
    if opening and snapshot is None and not asked_for_login and waiting:
        return Plan(
            page=Page.ACCOUNT,
            actions=actions,
            busy_on="account",
            busy_text=busy_text or _tr(QT_TRANSLATE_NOOP("Render", "Signing in…")),
            title=opening,
            state_text=state_name(SessionState.SIGNING_IN),  # the keychain read is part of it
            loading=True,
        )
    show_account = snapshot is not None and not asked_for_login
    expired = state is SessionState.EXPIRED
    if not show_account:
        login_message, tone, focus = "", Tone.ERROR, ""
        if state is SessionState.ERROR:
            login_message = message
            if isinstance(view.error, SessionExpiredError):
                # Expired at sign-in: "sign in again" would send the person in a circle.
                login_message = _tr(
                    QT_TRANSLATE_NOOP(
                        "Render",
                        "The server says this key's session has expired (it answered the "
                        "profile with no data). Signing in again with the same key will not "
                        "help: create a new API key on the exchange.",
                    )
                )
        if asked_for_login and expired and snapshot is not None:
            reason = QT_TRANSLATE_NOOP(
                "Render",
                "This key's session has expired, and signing in with it again will not "
                "help: create a new API key on the exchange and enter it here. The data "
                "from {time} is still there (Back to last data).",
            )
            login_message = _tr(reason).format(time=_clock(snapshot.fetched_at))
            tone, focus = Tone.WARNING, "api_key"
        return Plan(
            page=Page.LOGIN,
            login_message=login_message,
            login_message_tone=tone,
            back_to_data=asked_for_login and snapshot is not None,
            actions=actions,
            busy_on=busy_on,
            busy_text=busy_text,
            focus=focus,
            state_text=state_name(state),
        )

    assert snapshot is not None
    # Retrying after a failed refresh: the data is no fresher until an answer comes.
    retrying = state is SessionState.REFRESHING and view.error is not None
    stale = state in (SessionState.STALE, SessionState.EXPIRED) or retrying
    banner = None
    age = describe_age(max(0.0, now - snapshot.fetched_at))
    shown = _tr(QT_TRANSLATE_NOOP("Render", "Showing data from {time} ({age}).")).format(
        time=_clock(snapshot.fetched_at), age=age
    )
    if expired:
        text = _tr(
            QT_TRANSLATE_NOOP(
                "Render",
                "This key's session has expired: sign in with a new API key from the exchange "
                "to see current data.",
            )
        )
        said = _server_words(view)
        banner = Banner(
            Tone.WARNING, f"{text} {shown}" + (f"\n{said}" if said else ""), sign_in_again=True
        )
    elif stale:
        text = _tr(QT_TRANSLATE_NOOP("Render", "The last refresh failed."))
        banner = Banner(
            Tone.WARNING, f"{text} {shown}" + (f"\n{message}" if message else ""), retry=True
        )
    elif message:
        banner = Banner(Tone.INFO, message)
    who = snapshot.profile.username if snapshot.profile and snapshot.profile.username else "—"
    profile_name = view.profile.name if view.profile else ""
    if profile_name and view.saves_profiles and view.profile and not view.profile.id:
        # Removed while on screen (or its save failed): say so, the selector cannot.
        unsaved = _tr(QT_TRANSLATE_NOOP("Render", "{name} (not a saved profile)"))
        profile_name = unsaved.format(name=profile_name)
    fetched = _tr(QT_TRANSLATE_NOOP("Render", "fetched {time} ({age})")).format(
        time=_clock(snapshot.fetched_at), age=age
    )
    # Under an expired key the server's last "signed in" is no longer true: not repeated.
    login_text = "" if expired else _signed_in_text(snapshot)
    subtitle = " · ".join(p for p in (profile_name, login_text, fetched) if p)
    return Plan(
        page=Page.ACCOUNT,
        banner=banner,
        actions=actions,
        busy_on=busy_on,
        busy_text=busy_text,
        stale=stale,
        status=account_status(snapshot),
        title=who,
        subtitle=subtitle,
        state_text=state_name(state),
    )

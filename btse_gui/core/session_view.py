"""The session's published value and its parts: plain data, no behaviour, no Qt."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from btse_gui.api.i18n import QT_TRANSLATE_NOOP, UserFacingError
from btse_gui.api.models import AccountSnapshot
from btse_gui.profiles.model import Profile


class SessionState(Enum):
    SIGNED_OUT = "signed_out"
    SIGNING_IN = "signing_in"
    LOADED = "loaded"
    REFRESHING = "refreshing"
    STALE = "stale"
    EXPIRED = "expired"
    ERROR = "error"


STATE_NAMES = {
    SessionState.SIGNED_OUT: QT_TRANSLATE_NOOP("Session", "Signed out"),
    SessionState.SIGNING_IN: QT_TRANSLATE_NOOP("Session", "Signing in…"),
    SessionState.LOADED: QT_TRANSLATE_NOOP("Session", "Up to date"),
    SessionState.REFRESHING: QT_TRANSLATE_NOOP("Session", "Refreshing…"),
    SessionState.STALE: QT_TRANSLATE_NOOP("Session", "Showing old data"),
    SessionState.EXPIRED: QT_TRANSLATE_NOOP("Session", "Session expired"),
    SessionState.ERROR: QT_TRANSLATE_NOOP("Session", "Sign-in failed"),
}


@dataclass(frozen=True)
class SignInRequest:
    """What the login pane collected: strings as typed, validated by the session."""

    profile: Profile
    key: str
    secret: str = field(repr=False)
    remember: bool = False


@dataclass(frozen=True)
class SessionView:
    """Everything the window shows, as one value. Messages are error objects (rendered
    in the active language by whoever shows them), never pre-rendered text."""

    state: SessionState = SessionState.SIGNED_OUT
    snapshot: AccountSnapshot | None = None
    profile: Profile | None = None
    #: Why the last sign-in or refresh failed (``None``: it did not).
    error: UserFacingError | None = None
    #: Something to know that did not stop anything (e.g. the keychain refused a save).
    notice: UserFacingError | None = None
    #: Which task is running: "sign_in", "refresh", "check", or "" when idle.
    busy: str = ""
    signed_in: bool = False
    #: The saved profiles' names, sorted (the selector shows them).
    profiles: tuple[str, ...] = ()
    #: Whether profiles are saved at all (the demo saves none).
    saves_profiles: bool = False

    @property
    def message(self) -> str:
        problem = self.error or self.notice
        return problem.user_message() if problem is not None else ""

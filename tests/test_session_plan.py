"""The session's state machine and the window's render function, without Qt.

The session is driven with a fake client (a few lines standing in for the network:
the state machine, not the HTTP stack, is under test here; the real client is tested
against the sandbox everywhere else). ``plan`` is a pure function of a view.
"""

from __future__ import annotations

import asyncio
import sys
import time
from dataclasses import replace

import pytest

from btse_gui.api.errors import ConnectFailedError, SessionExpiredError, UnauthorizedError
from btse_gui.api.models import AccountSnapshot, LoginStatus, UserProfile, VipInfo
from btse_gui.api.server import Credentials
from btse_gui.core.saved_profiles import SavedProfiles
from btse_gui.core.session import Session, SessionState, SessionView, SignInRequest
from btse_gui.gui.widgets.plan import Page, Tone, account_status, plan
from btse_gui.profiles.keychain import CredentialStore
from btse_gui.profiles.model import KeyState, Profile
from tests.hostile import USER

pytestmark = pytest.mark.anyio
PROFILE = Profile("p", "https://api.example.invalid")


def snapshot(**user: object) -> AccountSnapshot:
    return AccountSnapshot(
        profile=UserProfile.from_data({**USER, **user}, "/v1/user"),
        vip=VipInfo.from_data({"isVIP": False, "spread": 0.1}, "/v1/user/vip_info"),
        login=LoginStatus.from_data({"isLogin": True}, "/v1/login_status"),
        fetched_at=time.time(),
        clock_skew_ms=0,
    )


class FakeClient:
    """Answers ``fetch_account`` with whatever the test queues: a snapshot, an error,
    or an event to wait for first."""

    def __init__(self) -> None:
        self.answers: list[object] = []
        self.closed = False

    async def fetch_account(self, credentials: Credentials) -> AccountSnapshot:
        answer = self.answers.pop(0) if self.answers else snapshot()
        if isinstance(answer, asyncio.Event):
            await answer.wait()
            answer = snapshot()
        if isinstance(answer, BaseException):
            raise answer
        assert isinstance(answer, AccountSnapshot)
        return answer

    async def aclose(self) -> None:
        self.closed = True


def make_session() -> tuple[Session, FakeClient, list[SessionView]]:
    client = FakeClient()
    session = Session(lambda server: client, CredentialStore(), None)  # type: ignore[arg-type,return-value]
    views: list[SessionView] = []
    session.subscribe(views.append)
    return session, client, views


def request() -> SignInRequest:
    return SignInRequest(PROFILE, "key-12345678", "secret-12345678")


async def test_sign_in_refresh_stale_and_back() -> None:
    session, client, views = make_session()
    assert await session.sign_in(request())
    assert session.state is SessionState.LOADED
    assert [v.state for v in views][:2] == [SessionState.SIGNED_OUT, SessionState.SIGNING_IN]
    assert "sign_in" in {v.busy for v in views}
    first = session.snapshot
    client.answers.append(ConnectFailedError(host="h", reason="refused"))
    await session.refresh()
    assert session.state is SessionState.STALE
    assert session.snapshot is first  # the last good data stays
    assert "Could not connect" in session.message
    await session.refresh()
    assert session.state is SessionState.LOADED
    assert session.message == ""


async def test_expiry_keeps_the_data_and_a_failed_sign_in_has_none() -> None:
    session, client, _ = make_session()
    client.answers.append(UnauthorizedError(path="/v1/user", status=401))
    assert not await session.sign_in(request())
    assert session.state is SessionState.ERROR
    assert session.snapshot is None
    assert await session.sign_in(request())
    client.answers.append(SessionExpiredError(path="/v1/user"))
    await session.refresh()
    assert session.state is SessionState.EXPIRED
    assert session.snapshot is not None


async def test_cancel_returns_to_rest() -> None:
    session, client, _ = make_session()
    assert await session.sign_in(request())
    gate = asyncio.Event()
    client.answers.append(gate)
    refreshing = asyncio.ensure_future(session.refresh())
    await asyncio.sleep(0.01)
    assert session.state is SessionState.REFRESHING
    session.cancel()
    await refreshing
    assert session.state is SessionState.LOADED
    assert not session.busy


async def test_switching_to_a_cached_profile_is_instant() -> None:
    session, client, _ = make_session()
    assert await session.sign_in(request())
    other = replace(PROFILE, name="q")
    assert await session.sign_in(SignInRequest(other, "key-87654321", "secret-87654321"))
    gate = asyncio.Event()
    client.answers.append(gate)
    switching = asyncio.ensure_future(session.switch_profile(PROFILE))
    await asyncio.sleep(0.01)
    assert session.profile is not None
    assert session.profile.name == "p"  # shown at once, from the cache...
    assert session.state is SessionState.REFRESHING  # ...while it refreshes
    gate.set()
    assert await switching


async def test_nothing_starts_after_close() -> None:
    session, client, _ = make_session()
    assert await session.sign_in(request())
    await session.aclose()
    assert client.closed
    await session.refresh()
    assert session.state is SessionState.LOADED  # nothing new ran


def test_the_session_module_imports_no_qt() -> None:
    import subprocess

    code = "import sys, btse_gui.core.session; print('PySide6' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# --- the render function --------------------------------------------------------------------


def view(**changes: object) -> SessionView:
    base = SessionView(profile=PROFILE)
    return replace(base, **changes)  # type: ignore[arg-type]


def test_signed_out_is_the_sign_in_form() -> None:
    p = plan(view())
    assert p.page is Page.LOGIN
    assert not p.actions.refresh
    assert not p.back_to_data


def test_loaded_is_the_account_with_a_header() -> None:
    data = snapshot()
    p = plan(view(state=SessionState.LOADED, snapshot=data, signed_in=True))
    assert p.page is Page.ACCOUNT
    assert p.banner is None
    assert p.title == "hostile"
    assert "signed in" in p.subtitle
    assert p.actions.refresh
    assert p.actions.copy
    assert p.actions.sign_out


def test_stale_has_a_retry_and_the_age() -> None:
    data = replace(snapshot(), fetched_at=time.time() - 600)
    error = ConnectFailedError(host="h", reason="refused")
    p = plan(view(state=SessionState.STALE, snapshot=data, signed_in=True, error=error))
    assert p.stale
    assert p.banner is not None
    assert p.banner.retry
    assert "10 min ago" in p.banner.text
    assert "Could not connect" in p.banner.text
    # Retrying does not make the data look fresh before an answer comes.
    retrying = view(
        state=SessionState.REFRESHING, snapshot=data, signed_in=True, error=error, busy="refresh"
    )
    p = plan(retrying)
    assert p.stale
    assert p.banner is not None
    assert "10 min ago" in p.banner.text
    assert not plan(replace(retrying, error=None)).stale  # a normal refresh is not stale


def test_expiry_offers_sign_in_again_then_back_to_the_data() -> None:
    data = snapshot()
    expired = view(
        state=SessionState.EXPIRED,
        snapshot=data,
        signed_in=True,
        error=SessionExpiredError(path="/v1/user"),
    )
    p = plan(expired)
    assert p.page is Page.ACCOUNT
    assert p.banner is not None
    assert p.banner.sign_in_again
    form = plan(expired, asked_for_login=True)
    assert form.page is Page.LOGIN
    assert form.back_to_data
    assert form.focus == "api_secret"
    assert "still there" in form.login_message


def test_expired_at_sign_in_does_not_send_the_person_in_a_circle() -> None:
    p = plan(view(state=SessionState.ERROR, error=SessionExpiredError(path="/v1/user")))
    assert p.page is Page.LOGIN
    assert "create a new API key" in p.login_message


def test_the_account_opened_at_start_shows_loading_until_signed_in() -> None:
    waiting = plan(view(), opening="Work")
    assert waiting.page is Page.ACCOUNT
    assert waiting.loading
    assert waiting.title == "Work"
    assert waiting.busy_on == "account"
    assert waiting.busy_text == "Signing in…"
    signing = plan(view(state=SessionState.SIGNING_IN, busy="sign_in"), opening="Work")
    assert (signing.page, signing.loading, signing.actions.cancel) == (Page.ACCOUNT, True, True)
    failed = view(state=SessionState.ERROR, error=SessionExpiredError(path="/v1/user"))
    assert plan(failed, opening="Work").page is Page.LOGIN  # the form says why
    asked = plan(view(), asked_for_login=True, opening="Work")
    assert asked.page is Page.LOGIN
    assert not plan(view()).loading


def test_busy_shows_where_the_work_is_with_cancel() -> None:
    data = snapshot()
    p = plan(view(state=SessionState.REFRESHING, snapshot=data, signed_in=True, busy="refresh"))
    assert p.busy_on == "account"
    assert p.actions.cancel
    q = plan(view(state=SessionState.SIGNING_IN, busy="sign_in"))
    assert q.busy_on == "login"


@pytest.mark.parametrize(
    ("user", "tone", "words"),
    [
        ({"userStatus": 7}, Tone.ERROR, "locked"),
        ({"userStatus": 4}, Tone.WARNING, "not activated"),
        (
            {
                "kycLevel": 0,
                "allowCryptoDeposit": False,
                "allowCryptoWithdrawal": False,
                "allowTrade": False,
                "allowTransfer": False,
            },
            Tone.WARNING,
            "KYC level 0",
        ),
        ({"kycLevel": 4}, Tone.WARNING, "not in the documented rules"),
        ({"kycLevel": 1}, Tone.WARNING, "disagree"),
    ],
)
def test_the_status_line_says_why_and_what_to_do(user: dict, tone: Tone, words: str) -> None:  # type: ignore[type-arg]
    line = account_status(snapshot(**user))
    assert line is not None
    assert line.tone is tone
    assert words in line.text


def test_a_normal_account_has_no_status_line() -> None:
    assert account_status(snapshot()) is None


async def test_profile_changes_go_through_the_session(book) -> None:  # type: ignore[no-untyped-def]
    """A rename or removal of the profile on screen, made through the session's saved
    profiles, is what the session then shows; the names it publishes follow."""
    client = FakeClient()
    session = Session(lambda server: client, book.store, book)  # type: ignore[arg-type,return-value]
    saved = SavedProfiles(session, book)
    remembered = replace(request(), remember=True)
    assert await session.sign_in(remembered)
    assert session.view.profiles == ("p",)
    assert session.profile is not None
    assert session.profile.remembered
    shown = session.snapshot

    renamed = await saved.save("p", replace(PROFILE, name="renamed"), None)
    assert session.profile == renamed  # the header and selector show the new name
    assert session.view.profiles == ("renamed",)
    assert session.snapshot is shown  # the data stays
    assert await saved.key_state(renamed) is KeyState.SAVED

    other = await saved.save(None, replace(PROFILE, name="other"), None)
    assert session.view.profiles == ("other", "renamed")
    assert session.profile == renamed  # another profile's change leaves this one
    assert await saved.switch_to("other") == other  # no key saved: ask for one

    await saved.remove("renamed")
    assert session.view.profiles == ("other",)
    assert session.profile is not None
    assert session.profile.name == "renamed"
    assert not session.profile.id
    assert session.snapshot is shown
    assert "renamed (not a saved profile)" in plan(session.view).subtitle
    assert await saved.switch_to("renamed") is None  # gone: nothing to switch to
    await session.aclose()

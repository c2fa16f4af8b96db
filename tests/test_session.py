"""The session's state machine (``btse_gui.core.session``) and its saved profiles, without
Qt.

The session is driven with a fake client (a few lines standing in for the network:
the state machine, not the HTTP stack, is under test here; the real client is tested
against the sandbox everywhere else).
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import replace

import pytest

from btse_gui.api.errors import ConnectFailedError, SessionExpiredError, UnauthorizedError
from btse_gui.api.models import AccountSnapshot, LoginStatus, UserProfile, VipInfo
from btse_gui.api.server import Credentials
from btse_gui.core.saved_profiles import SavedProfiles
from btse_gui.core.session import Session, SessionState, SessionView, SignInRequest
from btse_gui.gui.widgets.plan import plan
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

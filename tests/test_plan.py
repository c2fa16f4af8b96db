"""The window's render function (``btse_gui.gui.widgets.plan``): which page, banner,
status line, actions and focus a view means. A pure function of a view: no Qt."""

from __future__ import annotations

import time
from dataclasses import replace

import pytest

from btse_gui.api.errors import ConnectFailedError, SessionExpiredError
from btse_gui.core.session import SessionState, SessionView
from btse_gui.gui.widgets.plan import Page, Tone, account_status, plan
from tests.test_session import PROFILE, snapshot


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
    assert form.focus == "api_key"  # a new key: the old one will not work again
    assert "new API key" in form.login_message
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

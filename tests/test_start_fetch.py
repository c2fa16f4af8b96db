"""The start's sign-in, made by a process of its own while the window starts
(``btse_gui.start_fetch``): the same answer the window would have got, through the
pipe alone, and the window signing in itself when that process fails it."""

from __future__ import annotations

import inspect
import json
import os
import pickle
import string
import subprocess
import sys
from pathlib import Path

import pytest

import btse_gui.api.errors as api_errors
from btse_gui.api.errors import ApiError, ServerWords
from btse_gui.api.server import Credentials, ServerProfile
from btse_gui.app import App
from btse_gui.clients import DEMO_BASE_URL, DemoClients, demo_services, demo_sign_in
from btse_gui.event_loop import EventLoop
from btse_gui.launch import GuiOptions
from btse_gui.sandbox.accounts import DEMO_ACCOUNTS
from btse_gui.session import SessionState
from btse_gui.start_fetch import AnswerLostError, StartFetch

ROOT = Path(__file__).resolve().parent.parent


def quit_after_load(*args: str, tmp_path: Path) -> tuple[int, dict[str, object]]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("BTSE_API_")}
    env.update(QT_QPA_PLATFORM="offscreen", XDG_STATE_HOME=str(tmp_path / "state"))
    result = subprocess.run(
        [sys.executable, "-m", "btse_gui", *args, "--quit-after-load"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env=env,
        check=False,
    )
    assert result.stderr == "", result.stderr
    return result.returncode, json.loads(result.stdout.strip().splitlines()[-1])


def demo_fetch(account: str, command: list[str] | None = None, faults: str = "") -> StartFetch:
    fetch = StartFetch.for_demo(account, faults, command=command)
    assert fetch is not None
    return fetch


def test_the_demo_s_data_comes_from_the_start_process_before_the_window_loads_httpx(
    tmp_path: Path,
) -> None:
    code, report = quit_after_load("--demo", "kyc3", tmp_path=tmp_path)
    assert code == 0
    assert report["state"] == SessionState.LOADED.value
    assert report["fetched_by"] == "start process"
    assert report["http_stack_at_data_shown"] is False


async def signed_in(app: App) -> tuple[SessionState, str]:
    await app.start()
    state, message = app.session.state, app.session.message
    await app.session.aclose()
    return state, message


@pytest.mark.parametrize("account", ["kyc3", "noread", "expired", "locked"])
def test_the_process_s_answer_reads_as_the_window_s_own(qloop: EventLoop, account: str) -> None:
    """Data or error, the session shows what it shows when it signs in itself."""
    own = qloop.run_until_complete(signed_in(App(GuiOptions(demo=account))))
    fetch = demo_fetch(account)
    try:
        app = App(GuiOptions(demo=account), start_fetch=fetch)
        fetched = qloop.run_until_complete(signed_in(app))
    finally:
        fetch.close()
    assert fetched == own
    assert fetch.answered


def test_a_start_process_that_ends_without_answering_leaves_the_sign_in_to_the_window(
    qloop: EventLoop,
) -> None:
    fetch = demo_fetch("kyc2", command=[sys.executable, "-c", "pass"])
    try:
        app = App(GuiOptions(demo="kyc2"), start_fetch=fetch)
        state, message = qloop.run_until_complete(signed_in(app))
    finally:
        fetch.close()
    assert (state, message) == (SessionState.LOADED, "")
    assert isinstance(fetch.answer.exception(timeout=5), AnswerLostError)
    assert not fetch.answered


def test_only_the_sign_in_asked_for_takes_the_answer() -> None:
    account = DEMO_ACCOUNTS["kyc1"]
    fetch = demo_fetch("kyc1")
    try:
        # The server of the sign-in the window makes for the demo account: the profile's
        # own defaults, which StartFetch.for_demo writes out before the first paint.
        _, accounts = demo_services()
        server = demo_sign_in("kyc1", accounts, DEMO_BASE_URL).profile.server()
        assert (
            fetch.take(ServerProfile("http://127.0.0.2"), Credentials(account.key, account.secret))
            is None
        )
        assert fetch.take(server, Credentials(DEMO_ACCOUNTS["kyc2"].key, account.secret)) is None
        answer = fetch.take(server, Credentials(account.key, account.secret))
        assert answer is not None
        snapshot, error = answer.result(timeout=30)
        assert error is None
        assert snapshot.profile.kyc_level == 1
        assert fetch.take(server, Credentials(account.key, account.secret)) is None  # once
        # The secret went through the pipe alone.
        proc = Path(f"/proc/{fetch.pid}")
        if proc.exists():  # Linux: what anyone on this computer could read
            exposed = (proc / "cmdline").read_bytes() + (proc / "environ").read_bytes()
            assert account.secret.encode() not in exposed
    finally:
        fetch.close()


def _made(cls: type[ApiError]) -> ApiError:
    """An instance of ``cls`` with every placeholder of its message filled."""
    names = {name for _, name, _, _ in string.Formatter().parse(cls.template) if name}
    return cls(server=ServerWords.of(418, "the server's own words"), **dict.fromkeys(names, 7))


@pytest.mark.parametrize(
    "cls",
    [c for _, c in inspect.getmembers(api_errors, inspect.isclass) if issubclass(c, ApiError)],
)
def test_every_api_error_crosses_the_pipe_unchanged(cls: type[ApiError]) -> None:
    error = _made(cls)
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is cls
    assert (str(copy), copy.user_message(), copy.params) == (
        str(error),
        error.user_message(),
        error.params,
    )
    assert copy.server == error.server


def test_the_answer_is_lost_not_awaited_forever_when_the_pipe_breaks() -> None:
    fetch = demo_fetch("kyc0", command=[sys.executable, "-c", "import os; os.write(1, b'junk')"])
    try:
        with pytest.raises(AnswerLostError):
            fetch.answer.result(timeout=30)
    finally:
        fetch.close()


def test_a_slow_answer_is_still_waited_for_once_the_start_is_over() -> None:
    """The start's work is over after 3 s at most (start_over); a slower answer is not
    thrown away then (and the sign-in sent again by the window)."""
    fetch = demo_fetch("vip", faults="latency=800")
    fetch.done_with()  # before the answer: the pipe stays open until it is in
    snapshot, error = fetch.answer.result(timeout=30)
    assert error is None
    assert snapshot.vip.is_vip is True


def test_a_process_never_asked_is_let_go_at_once() -> None:
    fetch = StartFetch.begin(DemoClients())
    assert fetch is not None
    fetch.done_with()  # no remembered key after all: nothing to wait for
    with pytest.raises(AnswerLostError):
        fetch.answer.result(timeout=30)  # its pipe closed, it ended without a word

"""Server text is data, never control: whatever a server puts in a username, an email or a
``msg``, what the command line prints (table, summary, CSV, decoded JSON), what the log
holds and what the window shows has no raw control character, no line break the app
did not write, and no CSV cell that starts a formula."""

from __future__ import annotations

import csv
import io
import json
import logging
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from btse_gui.__main__ import main as cli_run
from btse_gui.api.envelope import parse_envelope, server_words
from btse_gui.api.errors import ApiCodeError, ServerWords, UnauthorizedError
from btse_gui.api.models import AccountSnapshot, LoginStatus, UserProfile, VipInfo
from btse_gui.api.sanitize import csv_cell, is_visible, visible
from btse_gui.core import logs, lookups
from btse_gui.core.report import format_account, support_summary
from tests.hostile import GOOD_DATA, USER, Answer, HostileServer, envelope, response
from tests.lookup_json import validated

RAW_CONTROL = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069"
    # What shows as nothing (Unicode's default-ignorable code points among them): the
    # soft hyphen, zero-width spaces and joiners, word joiner and invisible operators,
    # the deprecated format characters, the Hangul filler, variation selectors, the BOM,
    # and the tag characters.
    "\u00ad\u200b-\u200f\u2060-\u2064\u206a-\u206f\u3164\ufe00-\ufe0f\ufeff"
    "\U000e0000-\U000e007f]"
)
NASTY = [
    "\x1b]0;owned\x07",
    "\x1b[31mred\x1b[0m",
    "over\rwrite",
    "two\nlines 2026-01-01 00:00:00 ERROR forged",
    '=HYPERLINK("http://evil.invalid","click")',
    "+cmd|' /C calc'!A0",
    "@SUM(1)",
    "-1+1",
    "\u202eevil",
    "\x9b31m",
    "\ud800",
    "ali\u200bce",
    "alice\u200d",
    "soft\u00adhyphen",
    "\u2060\u2061\u2062\u2063\u2064",
    "\u206a\u206f",
    "\U000e0061\U000e006c\U000e0069\U000e0063\U000e0065",
    "\u3164",
]
server_text = st.one_of(st.sampled_from(NASTY), st.text(max_size=40))


def snapshot_with(username: str, email: str, msg: str) -> AccountSnapshot:
    profile = UserProfile.from_data({**USER, "username": username, "email": email}, "/v1/user")
    return AccountSnapshot(
        profile=profile,
        vip=VipInfo.from_data({"isVIP": True, "spread": 0.1}, "/v1/user/vip_info"),
        login=LoginStatus.from_data({"isLogin": True}, "/v1/login_status"),
        fetched_at=1_700_000_000.0,
        clock_skew_ms=0,
        errors={},
    )


def lines_written(text: str, expected_lines: int) -> None:
    assert not RAW_CONTROL.search(text), repr(text)
    assert len(text.splitlines()) == expected_lines


@settings(max_examples=150, deadline=None)
@given(username=server_text, email=server_text, msg=server_text)
def test_every_rendering_is_inert(username: str, email: str, msg: str) -> None:
    snapshot = snapshot_with(username, email, msg)
    text = format_account(snapshot)
    assert not RAW_CONTROL.search(text)
    assert len(text.splitlines()) == len(
        format_account(snapshot_with("u", "e@x", "m")).splitlines()
    )
    summary = support_summary(snapshot, "p")
    assert not RAW_CONTROL.search(summary)
    refused = ApiCodeError(path="/v1/user", code=5, server=ServerWords.of(5, msg))
    rows = [lookups.Row("p", snapshot), lookups.Row("q", None, refused)]
    table = lookups.as_table(rows)
    lines_written(table, 3)
    out = lookups.as_csv(rows)
    parsed = list(csv.reader(io.StringIO(out)))
    assert len(parsed) == 3
    for row in parsed:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
            assert not RAW_CONTROL.search(cell)
    decoded = validated(lookups.as_json(rows))["accounts"]
    assert not RAW_CONTROL.search(json.dumps(decoded, ensure_ascii=False))
    for value in (decoded[0]["account"]["profile"]["username"], decoded[1]["error"]):
        # The error's own explanation and the server's words are two lines of it.
        assert all(is_visible(line) for line in value.splitlines())


@settings(max_examples=150, deadline=None)
@given(msg=server_text)
def test_server_words_in_errors_and_the_log_stay_on_their_line(msg: str) -> None:
    body = json.dumps({"code": 401, "msg": msg, "time": 1, "data": None, "success": False})
    error = UnauthorizedError(path="/v1/user", status=401, server=server_words(body.encode()))
    shown = error.user_message()
    assert not RAW_CONTROL.search(shown)
    assert len(shown.splitlines()) <= 2  # the app's explanation, then the server's words
    record = logging.LogRecord(
        "btse_gui", logging.WARNING, __file__, 1, "failed: %s", (error,), None
    )
    logs.REDACT.filter(record)
    formatted = logging.Formatter("%(message)s").format(record)
    assert "\n" not in formatted
    assert "\r" not in formatted
    assert not RAW_CONTROL.search(formatted)


@given(value=st.one_of(st.text(max_size=30), st.integers(), st.floats(), st.booleans()))
def test_no_csv_cell_starts_a_formula(value: object) -> None:
    cell = csv_cell(value)
    assert not cell.startswith(("=", "+", "-", "@", "\t", "\r", "\n"))
    assert not RAW_CONTROL.search(cell)


def test_names_that_look_alike_are_told_apart_and_refused_as_profile_names() -> None:
    """Three accounts that would all show as "alice", and a blank one, read as what they
    are; a profile cannot be named with an invisible character at all."""
    from btse_gui.profiles.model import InvalidNameError, validate_name

    shown = [visible(name) for name in ("alice", "ali\u200bce", "alice\U000e0020", "\u3164")]
    assert len(set(shown)) == 4
    assert all(name.strip() for name in shown)
    for name in ("alice\u200b", "\u2060bob", "carol\u00ad", "\u3164", "dave\U000e0041"):
        with pytest.raises(InvalidNameError):
            validate_name(name)
    assert validate_name("Zoë") == "Zoë"  # an accent is not invisible


@given(text=st.text(max_size=300))
def test_visible_is_idempotent_and_bounded(text: str) -> None:
    once = visible(text)
    assert visible(once) == once
    assert len(once) <= 200
    assert is_visible(once)
    assert not RAW_CONTROL.search(once)  # nothing invisible or controlling is left
    once.encode("utf-8")  # never a lone surrogate left to crash a print


def test_envelope_msg_arrives_sanitised() -> None:
    env = parse_envelope(
        json.dumps({"code": 1, "msg": "a\x1bb", "time": 1, "data": {}, "success": True}).encode(),
        "/x",
    )
    assert env.msg == "a\\x1bb"


def test_the_command_line_prints_hostile_text_inertly(capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    user = {**USER, "username": "\x1b]0;owned\x07\x1b[2J", "email": '=HYPERLINK("x")@e\r\nx'}

    def behaviour(path: str) -> Answer:
        data = user if path == "/v1/user" else GOOD_DATA.get(path, {})
        return Answer(response(envelope(data, msg="\x1b[31mbad\x1b[0m\nsecond line")))

    server = HostileServer()
    server.behaviour = behaviour
    monkeypatch.setenv("BTSE_API_KEY", "hostile-key-0001")
    monkeypatch.setenv("BTSE_API_SECRET", "hostile-secret-0001")
    with server.serve() as url:
        outputs = []
        for flag in ("", "--summary", "--csv", "--json"):
            code = cli_run(["lookup", "--server", url, *([flag] if flag else [])])
            out, err = capsys.readouterr()
            assert code == 0, err
            outputs.append(out)
    for out in outputs:
        assert "\x1b" not in out
        assert "\r" not in out
    assert "\\x1b]0;owned\\x07" in outputs[0]
    rows = list(csv.DictReader(io.StringIO(outputs[2])))
    assert rows[0]["email"].startswith("'=")  # a spreadsheet shows it, never runs it

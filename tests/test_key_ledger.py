"""One key, many processes (``btse_gui.core.key_ledger``): nonces unique across every
btse-gui process of the computer, and the key's 15 requests a second shared by all of
them, so that many ``lookup`` commands with one key at once all succeed."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from btse_gui.core.key_ledger import LIMIT, SPAN, KeyLedger
from btse_gui.sandbox.accounts import DEMO_ACCOUNTS
from btse_gui.sandbox.app import Sandbox

ROOT = Path(__file__).resolve().parent.parent


def test_nonces_only_go_up_and_a_second_s_slots_run_out(tmp_path: Path) -> None:
    one, other = KeyLedger(tmp_path), KeyLedger(tmp_path)  # two processes' views
    now = 1_700_000_000.0
    claims = []
    for i in range(LIMIT):
        ledger = one if i % 2 else other
        nonce, wait = ledger.claim("key-a", 1000, now + i * 0.01)
        assert wait == 0.0
        claims.append((ledger, nonce, now + i * 0.01))
    nonces = [nonce for _, nonce, _ in claims]
    assert nonces == sorted(set(nonces))  # unique and increasing, whichever asked
    nonce, wait = one.claim("key-a", 1000, now + 0.2)
    assert (nonce, wait) == (0, SPAN / 10)  # all 15 in flight: the 16th waits for them
    for ledger, _, at in claims:  # their answers, at +0.3 s
        ledger.answered("key-a", at, now + 0.3)
    nonce, wait = one.claim("key-a", 1000, now + 0.4)
    assert (nonce, round(wait, 3)) == (0, round(SPAN - 0.1, 3))  # a second after them
    nonce, wait = one.claim("key-b", 1000, now + 0.4)  # another key has its own
    assert (nonce, wait) == (1000, 0.0)
    nonce, wait = other.claim("key-a", 5000, now + 0.3 + SPAN + 0.001)  # a place again
    assert wait == 0.0
    assert nonce == 5000  # at least what it was asked for


def test_a_request_in_flight_counts_until_its_answer(tmp_path: Path) -> None:
    """The server counts a request on arrival, which can come late: until its answer a
    request keeps its place, however long ago it was claimed (up to a minute: its
    process may have died)."""
    ledger = KeyLedger(tmp_path, limit=1)
    now = 1_700_000_000.0
    assert ledger.claim("key", 1, now)[1] == 0.0
    assert ledger.claim("key", 2, now + 30)[1] > 0  # still in flight 30 s on
    assert ledger.claim("key", 3, now + 61)[1] == 0.0  # gone: its process died


def test_a_nonce_signed_against_a_wrong_clock_does_not_hold_the_key(tmp_path: Path) -> None:
    ledger = KeyLedger(tmp_path)
    far_ahead = 1_700_000_000_000 + 3_600_000  # an hour ahead: the server refused it
    assert ledger.claim("key", far_ahead, 1.0)[0] == far_ahead
    corrected = 1_700_000_000_000
    assert ledger.claim("key", corrected, 2.0)[0] == corrected


def test_an_unwritable_ledger_falls_back_to_the_process_s_own_rules(tmp_path: Path) -> None:
    taken = tmp_path / "a file"
    taken.write_text("not a folder")
    assert KeyLedger(taken).claim("key", 42, 1.0) == (42, 0.0)


def test_many_lookup_commands_with_one_key_all_succeed(serve, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """40 ``btse-gui lookup`` processes with one key at the same moment: 120 requests, 8 s
    of the key's limit. None is refused: no nonce used twice, no 429."""
    sandbox = Sandbox()
    url = serve(sandbox)
    demo = DEMO_ACCOUNTS["kyc2"]
    env = {k: v for k, v in os.environ.items() if not k.startswith("BTSE_API_")}
    env |= {"BTSE_API_KEY": demo.key, "BTSE_API_SECRET": demo.secret}
    env["XDG_CACHE_HOME"] = str(tmp_path / "cache")  # this test's own ledger
    started = time.monotonic()
    processes = [
        subprocess.Popen(
            [sys.executable, "-m", "btse_gui", "lookup", "--server", url, "--json"],
            cwd=ROOT,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(40)
    ]
    errors = [p.communicate(timeout=300)[1] for p in processes]
    took = time.monotonic() - started
    assert [p.returncode for p in processes] == [0] * 40, [e for e in errors if e]
    assert sandbox.stats["requests"] == 120, dict(sandbox.stats)
    assert sandbox.stats["status_401"] == 0  # no nonce seen twice
    assert sandbox.stats["status_429"] == 0  # the limit was kept across processes
    assert took >= 120 / 15 - 1.5  # ...which is what paced them


async def _two_clients_one_nonce(url: str, attempts: int):  # type: ignore[no-untyped-def]
    from btse_gui.api.client import BtseClient, RetryPolicy
    from btse_gui.api.server import Credentials, ServerProfile

    demo = DEMO_ACCOUNTS["kyc2"]
    credentials = Credentials(demo.key, demo.secret)
    frozen = time.time()  # both sign with the same clock reading: the same nonce
    first, second = (
        BtseClient(ServerProfile(url), wall=lambda: frozen, retry=RetryPolicy(attempts=attempts))
        for _ in range(2)
    )
    async with first, second:
        await first.vip_info(credentials)
        try:
            return await second.vip_info(credentials), second.counters
        except Exception as exc:
            return exc, second.counters


def test_a_nonce_another_program_used_is_signed_again_and_said_plainly(serve) -> None:  # type: ignore[no-untyped-def]
    """Two programs without a shared ledger sign the same nonce: the second is refused
    ("Nonce was already used"); the client signs again with a newer one, and when it
    cannot, says what happened, not to check the clock."""
    import asyncio

    from btse_gui.api.errors import NonceReusedError
    from btse_gui.api.models import VipInfo

    url = serve(Sandbox())
    answer, counters = asyncio.run(_two_clients_one_nonce(url, attempts=4))
    assert isinstance(answer, VipInfo)
    assert counters["retried_nonce"] >= 1
    error, _ = asyncio.run(_two_clients_one_nonce(url, attempts=1))
    assert isinstance(error, NonceReusedError)
    words = error.user_message()
    assert "another program is signing requests with the same API key" in words
    assert "clock" not in words.split("The server said")[0]
    assert "Nonce was already used" in words

"""Looking up hundreds of accounts at once: no cliff, no false timeouts, prompt stops.

Real sockets throughout: the sandbox under uvicorn on 127.0.0.1, the real client and the
real engine (``lookups.fetch_all``), generated accounts each with their own key.
"""

from __future__ import annotations

import asyncio
import json
import math
import socket
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Callable, Sequence

import httpx
import pytest

from btse_gui.__main__ import main as cli_run
from btse_gui.api.client import READS_PER_ACCOUNT, BtseClient, Timeouts
from btse_gui.api.server import Credentials, ServerProfile
from btse_gui.core import lookups
from btse_gui.core.lookups import NoSavedKeyError, Row, Target
from btse_gui.sandbox.accounts import (
    DEMO_ACCOUNTS,
    MAX_GENERATED_ACCOUNTS,
    DemoAccount,
    generated_accounts,
)
from btse_gui.sandbox.app import Sandbox, SandboxConfig
from tests.conftest import demo_credentials

pytestmark = pytest.mark.anyio

Serve = Callable[[Sandbox], str]


def scale_sandbox(n: int, *extra: DemoAccount) -> Sandbox:
    accounts = {**DEMO_ACCOUNTS, **generated_accounts(n), **{a.name: a for a in extra}}
    return Sandbox(SandboxConfig(accounts=accounts))


def targets_for(url: str, accounts: Sequence[DemoAccount]) -> list[Target]:
    server = ServerProfile(url)
    return [Target(a.name, server, Credentials(a.key, a.secret)) for a in accounts]


def generated_targets(url: str, n: int) -> list[Target]:
    return targets_for(url, list(generated_accounts(n).values()))


class Clients:
    """A client factory that keeps what it made, to check them afterwards."""

    def __init__(self, **options: object) -> None:
        self.options = options
        self.made: list[BtseClient] = []

    def __call__(self, server: ServerProfile) -> BtseClient:
        client = BtseClient(server, **self.options)  # type: ignore[arg-type]
        self.made.append(client)
        return client

    def count(self, name: str) -> int:
        return sum(client.counters[name] for client in self.made)


def failures(rows: Sequence[Row]) -> list[tuple[str, str]]:
    return [(row.profile, row.error_text) for row in rows if not row.ok]


async def look_up_all(work: Sequence[Target], sandbox: Sandbox, clients: Clients) -> float:
    """Seconds to look up every target; checks every row and what the server saw."""
    before = sandbox.stats.copy()
    started = time.perf_counter()
    rows = await lookups.fetch_all(work, clients)
    took = time.perf_counter() - started
    assert [row.profile for row in rows] == [t.name for t in work]
    assert failures(rows) == []
    assert sandbox.stats["requests"] - before["requests"] == len(work) * READS_PER_ACCOUNT
    assert sandbox.stats["status_429"] == 0
    assert clients.count("waited_for_connection") == 0
    assert all(client.closed for client in clients.made)
    accounts = generated_accounts(len(work))
    for row in rows:  # the rows are the generated accounts' own data
        assert row.snapshot is not None
        user = accounts[row.profile].user
        assert user is not None
        assert row.snapshot.profile.username == user["username"]
        assert row.snapshot.profile.kyc_level == user["kycLevel"]
    return took


async def test_300_accounts_all_answer_within_what_the_limits_allow(serve: Serve) -> None:
    sandbox = scale_sandbox(300)
    url = serve(sandbox)
    work = generated_targets(url, 300)
    await look_up_all(work, sandbox, Clients())  # the default client: 300 rows, no 429

    # With 200 ms per answer the cap on accounts in flight is what binds: K accounts at a
    # time, so ceil(300 / K) round trips, the round trip measured here. K is 10 (30
    # connections) so that the cap binds clearly: at the default K (33) client and
    # server, sharing this process and its GIL, are CPU-bound before latency-bound.
    sandbox.set_faults("latency=200")
    async with BtseClient(ServerProfile(url)) as one:
        trips = []
        for _ in range(3):
            trip_started = time.perf_counter()
            await one.fetch_account(demo_credentials("kyc3"))
            trips.append(time.perf_counter() - trip_started)
    round_trip = min(trips)
    clients = Clients(max_connections=30)
    in_flight = 30 // READS_PER_ACCOUNT
    floor = math.ceil(len(work) / in_flight) * round_trip
    sandbox.stats["max_in_flight"] = 0
    took = await look_up_all(work, sandbox, clients)
    print(
        f"\n300 accounts at 200 ms latency, {in_flight} in flight: {took:.2f} s; floor "
        f"ceil(300 / {in_flight}) x {round_trip * 1000:.0f} ms round trip = {floor:.2f} s; "
        f"ratio {took / floor:.2f}"
    )
    # The cap was reached and never passed: the accounts really went out K at a time.
    assert sandbox.stats["max_in_flight"] == in_flight * READS_PER_ACCOUNT
    assert took <= 1.5 * floor


async def test_600_accounts_and_the_work_in_memory_stays_bounded(serve: Serve) -> None:
    sandbox = scale_sandbox(600)
    work = generated_targets(serve(sandbox), 600)
    most_tasks = 0
    delivered: list[Row] = []

    def on_row(row: Row) -> None:
        nonlocal most_tasks
        most_tasks = max(most_tasks, len(asyncio.all_tasks()))
        delivered.append(row)

    clients = Clients()
    rows = await lookups.fetch_all(work, clients, on_row=on_row)
    assert len(rows) == 600
    assert failures(rows) == []
    assert sandbox.stats["status_429"] == 0
    assert sandbox.stats["requests"] == 600 * READS_PER_ACCOUNT
    assert len(delivered) == 600
    # Only the workers' requests exist at any moment: K workers with three reads each
    # (and this test's own task), not 600 accounts' worth.
    in_flight = clients.made[0].max_connections // READS_PER_ACCOUNT
    assert most_tasks <= in_flight * (1 + READS_PER_ACCOUNT) + 1


async def test_targets_still_being_read_are_looked_up_as_they_come(serve: Serve) -> None:
    # As the keychain is read: the first rows arrive before the last target is known.
    sandbox = scale_sandbox(20)
    work = generated_targets(serve(sandbox), 20)
    first_rows = asyncio.Event()
    delivered: list[Row] = []

    def on_row(row: Row) -> None:
        delivered.append(row)
        if len(delivered) == 5:
            first_rows.set()

    async def read_slowly() -> AsyncIterator[Target]:
        for target in work[:5]:
            yield target
        await asyncio.wait_for(first_rows.wait(), 10)  # a lookup that waited for all fails
        for target in work[5:]:
            yield target

    rows = await lookups.fetch_all(read_slowly(), Clients(), on_row=on_row)
    assert [row.profile for row in rows] == [t.name for t in work]  # the targets' order
    assert {row.profile for row in delivered[:5]} == {t.name for t in work[:5]}
    assert failures(rows) == []


async def test_waiting_for_a_slot_is_not_reported_as_a_timeout(serve: Serve) -> None:
    # A 1 s read timeout, 200 ms per answer and 300 accounts: the last accounts wait
    # about 2 s for their turn. That wait is not the server's silence.
    sandbox = scale_sandbox(300)
    sandbox.set_faults("latency=200")
    work = generated_targets(serve(sandbox), 300)
    clients = Clients(timeouts=Timeouts.for_read(1.0))
    started = time.perf_counter()
    rows = await lookups.fetch_all(work, clients)
    took = time.perf_counter() - started
    in_flight = clients.made[0].max_connections // READS_PER_ACCOUNT
    floor = math.ceil(300 / in_flight) * 0.2
    print(
        f"\n300 accounts at 200 ms, {in_flight} in flight: {took:.2f} s "
        f"(latency floor {floor:.1f} s)"
    )
    assert took > 1.5  # the waits were longer than the timeout
    assert failures(rows) == []
    assert clients.count("waited_for_connection") == 0


async def test_a_slow_server_delays_only_its_own_rows(serve: Serve) -> None:
    """70 accounts on a server that answers in 20 s, then one on a fast server: more
    than the slow server has slots for, so most wait; the fast account's row comes at
    once all the same."""
    slow_sandbox = scale_sandbox(70)
    slow_sandbox.set_faults("latency=20000")
    fast = DEMO_ACCOUNTS["kyc2"]
    work = [*generated_targets(serve(slow_sandbox), 70), *targets_for(serve(Sandbox()), [fast])]
    arrived: dict[str, float] = {}
    started = time.monotonic()
    lookup = asyncio.ensure_future(
        lookups.fetch_all(
            work, Clients(), on_row=lambda row: arrived.setdefault(row.profile, time.monotonic())
        )
    )
    deadline = started + 10
    while fast.name not in arrived and time.monotonic() < deadline:
        await asyncio.sleep(0.02)
    lookup.cancel()
    await asyncio.gather(lookup, return_exceptions=True)
    assert fast.name in arrived, "the fast server's row waited for the slow server's"
    assert arrived[fast.name] - started < 2.0
    assert len(arrived) == 1  # the slow server's rows were all still waiting


async def test_a_small_pool_bounds_the_accounts_in_flight(serve: Serve) -> None:
    sandbox = scale_sandbox(30)
    sandbox.set_faults("latency=100")
    work = generated_targets(serve(sandbox), 30)
    clients = Clients(max_connections=9)
    rows = await lookups.fetch_all(work, clients)
    assert failures(rows) == []
    assert sandbox.stats["max_in_flight"] == 9  # three accounts at a time, no more
    assert clients.count("waited_for_connection") == 0
    # And an explicit cap below that holds too.
    sandbox.stats.clear()
    rows = await lookups.fetch_all(work[:6], Clients(), max_in_flight=2)
    assert failures(rows) == []
    assert sandbox.stats["max_in_flight"] == 2 * READS_PER_ACCOUNT


async def test_cancel_stops_promptly_and_closes_the_clients(serve: Serve) -> None:
    sandbox = scale_sandbox(300)
    sandbox.set_faults("latency=200")
    work = generated_targets(serve(sandbox), 300)
    clients = Clients()
    delivered: list[Row] = []
    some_arrived = asyncio.Event()

    def on_row(row: Row) -> None:
        delivered.append(row)
        if len(delivered) >= 40:
            some_arrived.set()

    task = asyncio.create_task(lookups.fetch_all(work, clients, on_row=on_row))
    await asyncio.wait_for(some_arrived.wait(), 30)
    cancelled = time.perf_counter()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    stopped_in = time.perf_counter() - cancelled
    assert stopped_in < 0.5, stopped_in
    assert clients.made
    assert all(client.closed for client in clients.made)
    assert 40 <= len(delivered) < 300
    # Nothing is still sending: the server's count stops moving.
    await asyncio.sleep(0.3)
    seen = sandbox.stats["requests"]
    await asyncio.sleep(0.5)
    assert sandbox.stats["requests"] == seen < 300 * READS_PER_ACCOUNT


async def test_cancelled_requests_give_their_connections_back(serve: Serve) -> None:
    sandbox = scale_sandbox(0)
    sandbox.set_faults("latency=200")
    url = serve(sandbox)
    async with BtseClient(ServerProfile(url), max_connections=3) as client:
        # Twelve requests on three connections, cancelled while sending, reading or
        # still waiting for a connection.
        tasks = [
            asyncio.create_task(client.login_status(demo_credentials("kyc1"))) for _ in range(12)
        ]
        for task in tasks:
            await asyncio.sleep(0.03)
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        waited = client.counters["waited_for_connection"]
        assert waited > 0  # some of them did queue
        # All three connections are free again: one refresh takes one round trip.
        started = time.perf_counter()
        await client.fetch_account(demo_credentials("kyc3"))
        assert time.perf_counter() - started < 0.4
        assert client.counters["waited_for_connection"] == waited


async def test_on_row_is_called_once_per_row_as_answers_arrive(serve: Serve) -> None:
    slowish = DemoAccount(
        "slowish",
        "Answers after 0.5 s",
        DEMO_ACCOUNTS["kyc2"].user,
        faults="latency=500",
    )
    sandbox = scale_sandbox(20, slowish)
    url = serve(sandbox)
    work = [
        *targets_for(url, [slowish, DEMO_ACCOUNTS["noread"]]),
        Target("no-key", None, None, NoSavedKeyError()),
        *generated_targets(url, 20),
    ]
    delivered: list[Row] = []
    rows = await lookups.fetch_all(work, Clients(), on_row=delivered.append)
    assert [row.profile for row in rows] == [t.name for t in work]  # the targets' order
    assert len(delivered) == len(rows)
    assert all(sum(d is row for d in delivered) == 1 for row in rows)  # each exactly once
    assert delivered[-1].profile == "slowish"  # in the order the answers arrived
    by_name = {row.profile: row for row in rows}
    assert by_name["slowish"].ok
    assert "403" in by_name["noread"].error_text
    assert isinstance(by_name["no-key"].error, NoSavedKeyError)  # the target's own problem


async def test_an_error_in_on_row_stops_the_lookup_and_closes_the_clients(serve: Serve) -> None:
    sandbox = scale_sandbox(60)
    work = generated_targets(serve(sandbox), 60)
    clients = Clients()
    seen: list[Row] = []

    def on_row(row: Row) -> None:
        seen.append(row)
        if len(seen) == 5:
            raise RuntimeError("the table is gone")

    with pytest.raises(RuntimeError, match="the table is gone"):
        await lookups.fetch_all(work, clients, on_row=on_row)
    assert all(client.closed for client in clients.made)
    assert len(seen) < 60


# --- generated accounts --------------------------------------------------------------------


def test_generated_accounts_are_deterministic_distinct_and_varied() -> None:
    accounts = generated_accounts(1000)
    assert generated_accounts(1000) == accounts
    assert generated_accounts(0) == {}
    assert list(accounts)[:2] == ["gen-00001", "gen-00002"]
    assert list(accounts)[-1] == "gen-01000"
    assert len({a.key for a in accounts.values()}) == 1000
    assert len({a.secret for a in accounts.values()}) == 1000
    assert len({a.owner for a in accounts.values()}) == 1000  # each its own user
    assert not set(accounts) & set(DEMO_ACCOUNTS)
    users = [a.user for a in accounts.values() if a.user is not None]
    assert len(users) == 1000
    assert {u["kycLevel"] for u in users} == {0, 1, 2, 3}
    assert {u["userStatus"] for u in users} == {1, 4, 7}
    vips = [a for a in accounts.values() if a.vip["isVIP"]]
    assert 20 < len(vips) < 200
    assert len({a.vip["spread"] for a in vips}) > 1
    mismatched = [u for u in users if u["allowFiatDeposit"] != (u["kycLevel"] == 3)]
    assert 0 < len(mismatched) < 50
    assert all(a.can_read and not a.faults for a in accounts.values())


@pytest.mark.parametrize("n", [-1, MAX_GENERATED_ACCOUNTS + 1])
def test_generated_accounts_refuse_a_count_out_of_range(n: int) -> None:
    with pytest.raises(ValueError, match="0 to 100000"):
        generated_accounts(n)


# --- btse-gui sandbox --accounts -------------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--accounts", "100001"], "--accounts must be 0 to 100000"),
        (["--accounts", "-1"], "--accounts must be 0 to 100000"),
        (["--accounts-file", "keys.jsonl"], "--accounts-file needs --accounts N"),
    ],
)
def test_sandbox_accounts_usage_errors(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli_run(["sandbox", "--port", "1", *argv]) == 2
    assert message in capsys.readouterr().err


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def test_sandbox_serves_generated_accounts_and_writes_their_keys(tmp_path) -> None:  # type: ignore[no-untyped-def]
    port = free_port()
    keys = tmp_path / "keys.jsonl"
    command = [sys.executable, "-m", "btse_gui", "sandbox", "--port", str(port)]
    proc = subprocess.Popen(
        [*command, "--accounts", "300", "--accounts-file", str(keys)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        async with httpx.AsyncClient() as probe:
            while True:
                try:
                    await probe.get(url + "/v1/login_status")
                    break
                except httpx.HTTPError:
                    assert proc.poll() is None, proc.communicate()
                    assert time.monotonic() < deadline
                    await asyncio.sleep(0.05)
        lines = [json.loads(line) for line in keys.read_text().splitlines()]
        assert len(lines) == 300
        assert lines[0] == {
            "name": "gen-00001",
            "key": "demo-gen-00001-key",
            "secret": "demo-gen-00001-secret",
        }
        last = lines[-1]
        async with BtseClient(ServerProfile(url)) as client:
            snapshot = await client.fetch_account(Credentials(last["key"], last["secret"]))
        assert snapshot.profile.username.endswith("00300")
    finally:
        proc.terminate()
        out, _ = proc.communicate(timeout=10)
    # Short output: the demo accounts, one line for the 300 generated, and the file.
    assert len(out.splitlines()) < len(DEMO_ACCOUNTS) + 6
    assert "300 generated accounts" in out
    assert str(keys) in out


async def _demo_rows(*names: str) -> list[Row]:
    from btse_gui.core.clients import DEMO_BASE_URL, DemoClients

    server = ServerProfile(DEMO_BASE_URL)
    targets = [Target(name, server, demo_credentials(name)) for name in names]
    return await lookups.fetch_all(targets, DemoClients())


async def test_support_outputs_carry_all_six_permissions() -> None:
    """CSV: one column per permission under its stable name (allowed / blocked /
    unknown); the text table: what is blocked and what mismatches, by the window's
    names; JSON: each permission with the window's name."""
    import csv
    import io

    from tests.lookup_json import rows as json_rows

    rows = await _demo_rows("kyc1", "mismatch", "locked", "expired")
    table = list(csv.DictReader(io.StringIO(lookups.as_csv(rows))))
    permissions = ("cryptoDeposit", "cryptoWithdrawal", "fiatDeposit", "fiatWithdrawal")
    assert [table[0][p] for p in (*permissions, "trade", "transfer")] == [
        "allowed", "blocked", "blocked", "blocked", "blocked", "allowed",
    ]  # fmt: skip
    assert table[1]["mismatches"] == "cryptoDeposit cryptoWithdrawal fiatDeposit"
    assert {table[2][p] for p in permissions} == {"blocked"}  # locked: all blocked
    assert table[3]["ok"] == "false"
    assert table[3]["cryptoDeposit"] == ""

    text = lookups.as_table(rows).splitlines()
    assert "BLOCKED" in text[0]
    assert "MISMATCHES" in text[0]
    kyc1 = next(line for line in text if line.startswith("kyc1"))
    assert "USDT withdrawal, TWD deposit, TWD withdrawal, Trade USDT-TWD" in kyc1
    assert "USDT deposit" not in kyc1
    mismatch = next(line for line in text if line.startswith("mismatch"))
    assert mismatch.endswith("USDT deposit, USDT withdrawal, TWD deposit")
    assert "cryptoDeposit" not in "\n".join(text)

    document = json_rows(lookups.as_json(rows))
    permissions_json = document[0]["account"]["permissions"]
    assert permissions_json["trade"]["name"] == "Trade USDT-TWD"
    assert permissions_json["cryptoDeposit"]["allowed"] is True

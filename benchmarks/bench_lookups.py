"""Looking up many accounts at once (`lookups.fetch_all`, as `btse-gui lookup --all` does)
against `btse-gui sandbox --accounts 1000` on loopback, 200 ms of latency per request.

Each N (30, 300, 1000 generated accounts, each its own key) runs in a fresh process, so
its peak RSS is its own. Ratios against N = 30 in the same run:

- time per row (no cliff: 300 or 1000 accounts cost no more per row than 30);
- peak RSS (memory grows with the rows, not with the requests);

and the time for 300 and 1000 accounts against what the limits allow, the larger of two
floors measured here: the in-flight cap, ceil(N / K) round trips with K accounts in
flight (three reads each on the client's connections); and the machine, the same
lookup from a second sandbox without latency (on a small machine the CPU of client and
server, not the latency, is what binds first).
"""

from __future__ import annotations

import asyncio
import json
import math
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.bench_network import KYC3, sandbox_process
from benchmarks.common import Result, report, reps, spread
from btse_gui.api.client import DEFAULT_MAX_CONNECTIONS, READS_PER_ACCOUNT, BtseClient
from btse_gui.api.server import ServerProfile

SIZES = (30, 300, 1000)
LATENCY_MS = 200
IN_FLIGHT = DEFAULT_MAX_CONNECTIONS // READS_PER_ACCOUNT


def child(url: str, n: int, accounts_file: str) -> None:
    """One lookup of the first ``n`` generated accounts; prints one JSON line."""
    import resource

    from btse_gui.api.server import Credentials
    from btse_gui.core import lookups

    server = ServerProfile(url)
    targets = []
    with open(accounts_file, encoding="utf-8") as lines:
        for line, _ in zip(lines, range(n), strict=False):
            account = json.loads(line)
            credentials = Credentials(account["key"], account["secret"])
            targets.append(lookups.Target(account["name"], server, credentials))
    clients: list[BtseClient] = []

    def make_client(server: ServerProfile) -> BtseClient:
        clients.append(BtseClient(server))
        return clients[-1]

    started = time.perf_counter()
    cpu_started = time.process_time()
    rows = asyncio.run(lookups.fetch_all(targets, make_client))
    took = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(
        json.dumps(
            {
                "seconds": took,
                "cpu_seconds": cpu,
                "peak_rss_mb": peak_kib / 1024,
                "rows": len(rows),
                "failed": sum(not row.ok for row in rows),
                "status_429": sum(c.counters["status_429"] for c in clients),
                "waited": sum(c.counters["waited_for_connection"] for c in clients),
            }
        )
    )


def run_child(url: str, n: int, accounts_file: str) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", url, str(n), accounts_file],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    result: dict[str, float] = json.loads(out.strip().splitlines()[-1])
    if result["rows"] != n or result["failed"] or result["status_429"] or result["waited"]:
        print(f"  MISSED: N={n}: {result}")
    return result


async def round_trip(url: str, n: int) -> list[float]:
    trips = []
    async with BtseClient(ServerProfile(url)) as client:
        await client.fetch_account(KYC3)  # connections warm
        for _ in range(n):
            started = time.perf_counter()
            await client.fetch_account(KYC3)
            trips.append(time.perf_counter() - started)
    return trips


def main() -> None:
    n = reps(3)
    with tempfile.TemporaryDirectory() as tmp:
        accounts_file = str(Path(tmp) / "accounts.jsonl")
        flags = ("--accounts", str(max(SIZES)), "--accounts-file", accounts_file)
        with (
            sandbox_process(*flags, "--faults", f"latency={LATENCY_MS}") as url,
            sandbox_process(*flags) as fast_url,
        ):
            trips = asyncio.run(round_trip(url, n))
            runs: dict[int, list[dict[str, float]]] = {size: [] for size in SIZES}
            fast: dict[int, list[dict[str, float]]] = {size: [] for size in SIZES}
            for _ in range(n):
                for size in SIZES:  # interleaved: a slow moment hits every size alike
                    runs[size].append(run_child(url, size, accounts_file))
                    fast[size].append(run_child(fast_url, size, accounts_file))

    trip = statistics.median(trips)
    seconds = {size: [r["seconds"] for r in runs[size]] for size in SIZES}
    rss = {size: [r["peak_rss_mb"] for r in runs[size]] for size in SIZES}
    per_row = {size: statistics.median(seconds[size]) / size * 1000 for size in SIZES}
    base = SIZES[0]
    for size in SIZES[1:]:
        report(
            Result(
                f"lookup of {size} accounts, time per row",
                f"per row with {base} accounts",
                per_row[base],
                per_row[size],
                "ms",
                "<= 1.3x",
                1.3,
                detail=f"{n} runs each, {LATENCY_MS} ms latency; seconds for {base}: "
                f"{spread(seconds[base])}; for {size}: {spread(seconds[size])}",
            )
        )
    for size in SIZES[1:]:
        cap = math.ceil(size / IN_FLIGHT) * trip
        machine = statistics.median(r["seconds"] for r in fast[size])
        cpu = statistics.median(r["cpu_seconds"] for r in runs[size])
        label = "cap" if cap >= machine else "machine"
        report(
            Result(
                f"lookup of {size} accounts vs what the limits allow",
                f"the {label}: max(ceil({size} / {IN_FLIGHT}) x {trip * 1000:.0f} ms = "
                f"{cap:.2f} s, no latency {machine:.2f} s)",
                max(cap, machine),
                statistics.median(seconds[size]),
                "s",
                "<= 1.5x",
                1.5,
                detail=f"round trip s {spread(trips)}; without latency s "
                f"{spread([r['seconds'] for r in fast[size]])}; client CPU {cpu:.2f} s "
                f"({cpu / size / READS_PER_ACCOUNT * 1000:.2f} ms per request)",
            )
        )
    for size in SIZES[1:]:
        report(
            Result(
                f"peak RSS, lookup of {size} accounts",
                f"lookup of {base} accounts",
                statistics.median(rss[base]),
                statistics.median(rss[size]),
                "MB",
                "<= 1.3x",
                1.3,
                detail=f"MB for {base}: {spread(rss[base])}; for {size}: {spread(rss[size])}",
            )
        )


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        child(sys.argv[2], int(sys.argv[3]), sys.argv[4])
    else:
        main()

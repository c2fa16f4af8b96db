"""Client benchmarks against the sandbox on loopback (`btse-gui sandbox`, its own process,
so the server does not compete with the client for the GIL).

- refresh with 200 ms of server latency per request vs one 200 ms round trip
  (the three reads must overlap);
- per-request overhead of BtseClient vs a bare httpx.AsyncClient, same sandbox;
- 100 requests on one key vs the 15 req/s limit (100/15 s), counting 429s.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import httpx

from benchmarks.common import Result, report, reps, spread
from btse_gui.api.client import BtseClient
from btse_gui.api.server import Credentials, ServerProfile
from btse_gui.api.signing import sign
from btse_gui.sandbox.accounts import DEMO_ACCOUNTS

KYC3 = Credentials(DEMO_ACCOUNTS["kyc3"].key, DEMO_ACCOUNTS["kyc3"].secret)


async def refresh_latency(url: str, n: int) -> None:
    floor, app = [], []
    async with httpx.AsyncClient(base_url=url) as bare, BtseClient(ServerProfile(url)) as c:
        await c.fetch_account(KYC3)  # connections warm
        await bare.get("/v1/login_status")
        for _ in range(n):
            started = time.perf_counter()
            await bare.get("/v1/login_status")
            floor.append(time.perf_counter() - started)
            started = time.perf_counter()
            await c.fetch_account(KYC3)
            app.append(time.perf_counter() - started)
    report(
        Result(
            "refresh, 200 ms latency per request",
            "one 200 ms round trip",
            statistics.median(floor),
            statistics.median(app),
            "s",
            "<= 1.2x",
            1.2,
            detail=f"{n} each; floor {spread(floor)}; app {spread(app)}",
        )
    )


async def client_overhead(url: str, n: int, batch: int = 25) -> None:
    floor, app = [], []
    async with (
        httpx.AsyncClient(base_url=url) as bare,
        BtseClient(ServerProfile(url), rate_limit=100_000, user_limit=100_000) as c,
    ):
        bump = itertools.count(10_000)  # nonces apart from the client's own
        for _ in range(20):  # warm both
            await bare.get("/v1/login_status")
            await c.user(KYC3)
        for _ in range(n):
            started = time.perf_counter()
            for _ in range(batch):
                # The same signed request, signed by hand: the server does the same work.
                nonce = str(int(time.time() * 1000) + next(bump))
                headers = {
                    "btse-api": KYC3.key,
                    "btse-nonce": nonce,
                    "btse-sign": sign(KYC3.secret, "/v1/user", nonce),
                }
                (await bare.get("/v1/user", headers=headers)).json()
            floor.append((time.perf_counter() - started) / batch)
            started = time.perf_counter()
            for _ in range(batch):
                await c.user(KYC3)  # signed, limited, parsed into a model
            app.append((time.perf_counter() - started) / batch)
    report(
        Result(
            "per-request overhead vs bare httpx",
            "bare httpx GET, signed by hand",
            statistics.median(floor) * 1000,
            statistics.median(app) * 1000,
            "ms",
            "<= 1.15x",
            1.15,
            detail=f"{n} batches of {batch}; floor ms {spread([f * 1000 for f in floor])}; "
            f"app ms {spread([a * 1000 for a in app])}",
        )
    )


async def burst(url: str) -> None:
    async with BtseClient(ServerProfile(url)) as c:
        started = time.perf_counter()
        await asyncio.gather(*(c.vip_info(KYC3) for _ in range(100)))
        took = time.perf_counter() - started
        received = c.counters["status_429"]
    report(
        Result(
            "100 requests on one key",
            "15 req/s limit (100/15 s)",
            100 / 15,
            took,
            "s",
            "<= 1.1x, zero 429",
            1.1,
            detail=f"429 received: {received}",
        )
    )
    if received:
        print("  MISSED: the client received 429")


@contextlib.contextmanager
def sandbox_process(*flags: str) -> Iterator[str]:
    """`btse-gui sandbox` on a free 127.0.0.1 port; stops when the block ends."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    proc = subprocess.Popen(
        [sys.executable, "-m", "btse_gui", "sandbox", "--port", str(port), *flags],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                httpx.get(url + "/v1/login_status", timeout=1)
                break
            except httpx.HTTPError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def main() -> None:
    n = reps(5)
    unlimited = ("--key-limit", "100000", "--user-limit", "100000")  # the flags' maximum
    with sandbox_process(*unlimited, "--faults", "latency=200") as url:
        asyncio.run(refresh_latency(url, n))
    with sandbox_process(*unlimited) as url:
        asyncio.run(client_overhead(url, n * 8))  # many short alternating batches
    with sandbox_process() as url:
        asyncio.run(burst(url))


if __name__ == "__main__":
    main()

"""Looking up 300 accounts through a proxy (an HTTP CONNECT proxy on loopback) against
the same lookup straight to the server, interleaved in the same run.

The server is the sandbox over TLS (a test CA, as ``tests/network.py`` makes it), no
latency, so what is measured is the client's own cost of the proxy: each of its
connections is a tunnel through it (``ConnectionSlots`` with ``proxy=``), not httpx's
own pool. The proxy runs in its own process, so its relaying does not slow the server.
"""

from __future__ import annotations

import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import Result, report, reps, spread

N = 300


def lookup_child(url: str, accounts_file: str) -> None:
    """One lookup of the ``N`` generated accounts (proxy from the environment)."""
    from btse_gui.api.client import BtseClient
    from btse_gui.api.server import Credentials, ServerProfile
    from btse_gui.core import lookups

    server = ServerProfile(url)
    with open(accounts_file, encoding="utf-8") as lines:
        accounts = [json.loads(line) for line in lines]
    targets = [
        lookups.Target(a["name"], server, Credentials(a["key"], a["secret"])) for a in accounts
    ]
    clients: list[BtseClient] = []

    def make_client(server: ServerProfile) -> BtseClient:
        clients.append(BtseClient(server))
        return clients[-1]

    started, cpu = time.perf_counter(), time.process_time()
    rows = asyncio.run(lookups.fetch_all(targets, make_client))
    print(
        json.dumps(
            {
                "seconds": time.perf_counter() - started,
                "cpu_seconds": time.process_time() - cpu,
                "failed": sum(not row.ok for row in rows),
                "proxy": clients[0].proxy,
            }
        )
    )


def proxy_child(target_port: int) -> None:
    """The CONNECT proxy, until its standard input closes."""
    from tests.network import run_proxy

    with run_proxy(target_port) as proxy:
        print(proxy.url, flush=True)
        sys.stdin.read()


def run(url: str, accounts_file: str, env: dict[str, str]) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, "--lookup", url, accounts_file],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    ).stdout
    result: dict[str, float] = json.loads(out.strip().splitlines()[-1])
    if result["failed"]:
        print(f"  MISSED: {result}")
    return result


def main() -> None:
    from btse_gui.sandbox.accounts import DEMO_ACCOUNTS, generated_accounts
    from btse_gui.sandbox.app import Sandbox, SandboxConfig
    from tests.network import NAME, make_authority, serve_tls

    n = reps(5)
    generated = generated_accounts(N)
    unlimited = {"key_limit": 100000, "user_limit": 100000}
    sandbox = Sandbox(SandboxConfig(accounts={**DEMO_ACCOUNTS, **generated}, **unlimited))
    with tempfile.TemporaryDirectory() as tmp:
        accounts_file = Path(tmp) / "accounts.jsonl"
        accounts_file.write_text(
            "".join(
                json.dumps({"name": a.name, "key": a.key, "secret": a.secret}) + "\n"
                for a in generated.values()
            )
        )
        authority = make_authority(Path(tmp) / "ca")
        base = {
            k: v
            for k, v in os.environ.items()
            if not k.lower().endswith("_proxy") and k not in ("SSL_CERT_DIR",)
        }
        base["SSL_CERT_FILE"] = str(authority.ca)
        with serve_tls(sandbox, authority) as port:
            proxy = subprocess.Popen(
                [sys.executable, __file__, "--proxy", str(port)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                text=True,
            )
            assert proxy.stdout is not None
            assert proxy.stdin is not None
            proxy_url = proxy.stdout.readline().strip()
            direct, proxied = [], []
            try:
                for _ in range(n):  # interleaved: a slow moment hits both alike
                    direct.append(run(f"https://127.0.0.1:{port}", str(accounts_file), base))
                    proxied.append(
                        run(
                            f"https://{NAME}:{port}",
                            str(accounts_file),
                            {**base, "HTTPS_PROXY": proxy_url},
                        )
                    )
            finally:
                proxy.stdin.close()
                proxy.wait(timeout=10)
    assert all(r["proxy"] is None for r in direct)
    assert all(r["proxy"] for r in proxied)
    seconds = [r["seconds"] for r in direct], [r["seconds"] for r in proxied]
    cpu = [r["cpu_seconds"] for r in direct], [r["cpu_seconds"] for r in proxied]
    report(
        Result(
            f"lookup of {N} accounts through a CONNECT proxy",
            "the same lookup straight to the server",
            statistics.median(seconds[0]),
            statistics.median(seconds[1]),
            "s",
            "<= 1.5x",
            1.5,
            detail=f"{n} runs each, TLS, no latency; direct s {spread(seconds[0])}; proxied s "
            f"{spread(seconds[1])}; client CPU direct {statistics.median(cpu[0]):.2f} s, "
            f"proxied {statistics.median(cpu[1]):.2f} s",
        )
    )


if __name__ == "__main__":
    if sys.argv[1:2] == ["--lookup"]:
        lookup_child(sys.argv[2], sys.argv[3])
    elif sys.argv[1:2] == ["--proxy"]:
        proxy_child(int(sys.argv[2]))
    else:
        main()

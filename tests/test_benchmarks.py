"""A one-repetition smoke run of benchmark scripts, so they do not rot. The figures are
not checked here (shared machines are noisy); `make bench` reports them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    "script", ["bench_startup.py", "bench_cli.py", "bench_stalls.py", "bench_proxy.py"]
)
def test_benchmark_script_runs(script: str) -> None:
    env = {**os.environ, "BENCH_REPS": "1", "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / script)],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        cwd=ROOT / "benchmarks",
        check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stdout.splitlines() if " ratio " in line]
    assert lines, result.stdout
    assert all("floor" in line and "app" in line for line in lines)

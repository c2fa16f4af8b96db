"""`make bench`: runs every benchmark and writes benchmarks/RESULTS.md."""

from __future__ import annotations

import datetime
import json
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import RESULTS_JSON, ROOT, Result, machine

SCRIPTS = [
    "bench_startup.py",
    "bench_frozen.py",
    "bench_cli.py",
    "bench_network.py",
    "bench_lookups.py",
    "bench_stalls.py",
    "bench_overview.py",
    "bench_size.py",
]
FROZEN = ", frozen"


def beside(results: list[Result]) -> list[Result]:
    """Each frozen figure right after the unfrozen one it mirrors."""
    frozen = {r.metric: r for r in results if r.metric.endswith(FROZEN)}
    ordered = []
    for r in results:
        if r.metric.endswith(FROZEN):
            continue
        ordered.append(r)
        if r.metric + FROZEN in frozen:
            ordered.append(frozen.pop(r.metric + FROZEN))
    return ordered + list(frozen.values())


def main() -> int:
    RESULTS_JSON.unlink(missing_ok=True)
    for script in SCRIPTS:
        print(f"== {script}", flush=True)
        subprocess.run(
            [sys.executable, str(ROOT / "benchmarks" / script)], check=True, cwd=ROOT / "benchmarks"
        )
    results = beside([Result(**json.loads(line)) for line in RESULTS_JSON.read_text().splitlines()])
    lines = [
        "# Benchmark results",
        "",
        f"Machine: {machine()}  ",
        f"Date: {datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M} UTC  ",
        "Written by `make bench`. Each figure is the median of several runs; floors are",
        "measured in the same run (see each script's docstring). Spreads are in the log.",
        "Rows marked *frozen* measure the packaged bundle (build/dist/btse-gui) against a",
        "frozen empty window built by PyInstaller in the same run.",
        "",
        "| metric | floor | app | ratio | target | met |",
        "|---|---|---|---|---|---|",
    ]
    for r in results:
        lines.append(
            f"| {r.metric} | {r.floor:.3f} {r.unit} ({r.floor_label}) | {r.app:.3f} {r.unit} "
            f"| {r.ratio:.2f}x | {r.target} | {'yes' if r.met else '**no**'} |"
        )
    lines += ["", "Details:", ""] + [f"- {r.metric}: {r.detail}" for r in results if r.detail]
    out = ROOT / "benchmarks" / "RESULTS.md"
    out.write_text("\n".join(lines) + "\n")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

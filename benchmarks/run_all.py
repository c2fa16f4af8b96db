"""`make bench`: runs every benchmark and writes benchmarks/RESULTS.md.

`run_all.py bench_overview.py ...` runs only those scripts and updates their rows in
RESULTS.md, keeping the others and saying which rows are from when.
"""

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
    "bench_proxy.py",
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


def table_lines(results: list[Result]) -> tuple[list[str], list[str]]:
    """The table's rows and the detail lines of ``results``."""
    rows = [
        f"| {r.metric} | {r.floor:.3f} {r.unit} ({r.floor_label}) | {r.app:.3f} {r.unit} "
        f"| {r.ratio:.2f}x | {r.target} | {'yes' if r.met else '**no**'} |"
        for r in results
    ]
    return rows, [f"- {r.metric}: {r.detail}" for r in results if r.detail]


def whole(results: list[Result], when: str) -> list[str]:
    rows, details = table_lines(results)
    return [
        "# Benchmark results",
        "",
        f"Machine: {machine()}  ",
        f"Date: {when} UTC  ",
        "Written by `make bench`. Each figure is the median of several runs; floors are",
        "measured in the same run (see each script's docstring). Spreads are in the log.",
        "Rows marked *frozen* measure the packaged bundle (build/dist/btse-gui) against a",
        "frozen empty window built by PyInstaller in the same run.",
        "",
        "| metric | floor | app | ratio | target | met |",
        "|---|---|---|---|---|---|",
        *rows,
        "",
        "Details:",
        "",
        *details,
    ]


def kept_sections(old: list[str]) -> list[str]:
    """The sections (``## ...``) of the old RESULTS.md, kept as they are: the A/B
    decisions on the start-up tricks are written by hand from ``ab_start.py``'s output."""
    start = next((i for i, line in enumerate(old) if line.startswith("## ")), None)
    return ["", *old[start:]] if start is not None else []


def _metric(line: str) -> str | None:
    """The metric a table row or detail line of RESULTS.md is about."""
    if line.startswith("| ") and not line.startswith(("| metric |", "|---")):
        return line.split("|")[1].strip()
    if line.startswith("- ") and ": " in line:
        return line[2:].split(": ", 1)[0]
    return None


def updated(old: list[str], results: list[Result], scripts: list[str], when: str) -> list[str]:
    """``old`` with the rows and details of ``results`` replaced (or added at the end of
    the table and of the details), and a line saying when those were measured."""
    rows, details = table_lines(results)
    new = dict(zip((r.metric for r in results), rows, strict=True))
    new_details = {_metric(d): d for d in details}
    note = f"Rows of {', '.join(scripts)}: {when} UTC (`run_all.py {' '.join(scripts)}`).  "
    lines = [line for line in old if not line.startswith(f"Rows of {', '.join(scripts)}:")]
    date = next(i for i, line in enumerate(lines) if line.startswith("Date: "))
    lines.insert(date + 1, note)
    out: list[str] = []
    for i, line in enumerate(lines):
        metric = _metric(line)
        row = metric is not None and line.startswith("| ")
        detail = metric is not None and line.startswith("- ")
        if row and metric in new:
            line = new.pop(metric)
        elif detail and metric in new_details:
            line = new_details.pop(metric)
        out.append(line)
        following = lines[i + 1] if i + 1 < len(lines) else ""
        if row and not following.startswith("|"):  # the table ends: new metrics here
            out += new.values()
            new.clear()
        if detail and not following.startswith("- "):
            out += new_details.values()
            new_details.clear()
    return out


def main(argv: list[str]) -> int:
    scripts = argv or SCRIPTS
    unknown = [s for s in scripts if s not in SCRIPTS]
    if unknown:
        print(f"run_all.py: no such benchmark: {', '.join(unknown)}", file=sys.stderr)
        return 2
    RESULTS_JSON.unlink(missing_ok=True)
    for script in scripts:
        print(f"== {script}", flush=True)
        subprocess.run(
            [sys.executable, str(ROOT / "benchmarks" / script)], check=True, cwd=ROOT / "benchmarks"
        )
    results = beside([Result(**json.loads(line)) for line in RESULTS_JSON.read_text().splitlines()])
    when = f"{datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M}"
    out = ROOT / "benchmarks" / "RESULTS.md"
    old = out.read_text().splitlines() if out.exists() else []
    if argv and old:
        lines = updated(old, results, scripts, when)
    else:
        lines = whole(results, when) + kept_sections(old)
    out.write_text("\n".join(lines) + "\n")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

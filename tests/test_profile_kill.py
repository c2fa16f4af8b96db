"""200 profile changes, each killed with SIGKILL at a random moment, against the real
keychain: afterwards `profiles check --repair` leaves nothing to repair, no keychain item
of the store is orphaned, and every listed profile either looks up or says plainly that
its key is missing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from btse_gui.profiles.book import ProfileBook
from btse_gui.profiles.keychain import CredentialStore
from btse_gui.profiles.store import ProfileFile
from tests.conftest import delete_items
from tests.lookup_json import rows as lookup_rows

ROOT = Path(__file__).resolve().parent.parent


def cli(config: Path, *args: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("BTSE_API_")}
    return subprocess.run(
        [sys.executable, "-m", "btse_gui", *args],
        capture_output=True,
        text=True,
        timeout=300,
        env={**clean, "XDG_CONFIG_HOME": str(config)},
        check=False,
    )


def test_killed_changes_leave_nothing_orphaned_or_half_made(
    tmp_path: Path, sandbox_url: str
) -> None:
    config = tmp_path / "config"
    folder = config / "btse-gui"
    book = ProfileBook(ProfileFile(folder))
    try:
        driver = subprocess.run(
            [sys.executable, "-m", "tests.kill_driver", str(folder), sandbox_url, "200", "7"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
        assert driver.returncode == 0, driver.stderr
        print(driver.stdout.strip())
        killed = int(driver.stdout.split()[1])
        assert killed >= 50, driver.stdout  # the kills really landed mid-way, often

        repaired = cli(config, "profiles", "check", "--repair")
        assert repaired.returncode == 0, repaired.stdout + repaired.stderr
        print(repaired.stdout)
        again = cli(config, "profiles", "check")
        assert again.returncode == 0, again.stdout
        assert "nothing to repair" in again.stdout

        document = book.file.read()
        assert document.pending == frozenset()
        named = {p.keychain_item for p in book.all() if p.keychain_item}
        listed = CredentialStore().list_items() or set()
        ours = {i for i in listed if i.startswith(document.store_id + ":")}
        assert ours == named, "an orphaned keychain item, or a profile naming a lost one"
        assert not list(folder.glob(".profiles.*.tmp"))

        if book.all():
            looked = cli(config, "lookup", "--all", "--json")
            rows = lookup_rows(looked.stdout)
            assert {r["profile"] for r in rows} == {p.name for p in book.all()}
            for row in rows:
                assert row["ok"] or "No key and secret are saved" in row["error"], row
    finally:
        delete_items(book)

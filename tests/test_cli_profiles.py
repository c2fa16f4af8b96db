"""Support staff's command line: profiles in the keychain, many lookups at once."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from btse_gui.api.server import Credentials
from btse_gui.profiles.book import ProfileBook
from btse_gui.profiles.keychain import CredentialStore
from btse_gui.profiles.store import ProfileFile
from btse_gui.sandbox.accounts import DEMO_ACCOUNTS
from tests.conftest import delete_items
from tests.leaks import files_containing
from tests.lookup_json import rows as lookup_rows
from tests.test_transport import free_port


@pytest.fixture
def config(tmp_path: Path) -> Path:
    return tmp_path / "config"


@pytest.fixture
def names(config: Path):  # type: ignore[no-untyped-def]
    made: list[str] = []

    def name(label: str) -> str:
        made.append(f"{label}-{uuid.uuid4().hex[:6]}")
        return made[-1]

    yield name
    delete_items(book_at(config))


def book_at(config: Path) -> ProfileBook:
    """The profile book the command line uses with XDG_CONFIG_HOME=config."""
    return ProfileBook(ProfileFile(config / "btse-gui"))


def saved_key(config: Path, name: str) -> Credentials | None:
    """What the keychain holds for profile ``name`` (``None``: no such profile or key)."""
    book = book_at(config)
    profile = book.find(name)
    return None if profile is None else book.credentials(profile)


def cli(config: Path, *args: str, stdin: str | None = None, env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    clean = {k: v for k, v in os.environ.items() if not k.startswith("BTSE_API_")}
    return subprocess.run(
        [sys.executable, "-m", "btse_gui", *args],
        input=stdin if stdin is not None else "",
        capture_output=True,
        text=True,
        timeout=120,
        env={**clean, "XDG_CONFIG_HOME": str(config), **(env or {})},
        check=False,
    )


def run_add(  # type: ignore[no-untyped-def]
    config: Path, name: str, url: str = "https://h.invalid", account: str = "kyc2"
):
    """``profiles add NAME --server URL --replace`` with a demo account's key and secret,
    both on stdin."""
    demo = DEMO_ACCOUNTS[account]
    return cli(
        config,
        "profiles",
        "add",
        name,
        "--server",
        url,
        "--replace",
        "--key-stdin",
        "--secret-stdin",
        stdin=f"{demo.key}\n{demo.secret}\n",
    )


def add(config: Path, name: str, url: str, account: str) -> None:
    demo = DEMO_ACCOUNTS[account]
    result = run_add(config, name, url, account)
    assert result.returncode == 0, result.stderr
    assert demo.secret not in result.stdout + result.stderr


def test_add_list_rename_remove(config: Path, names, sandbox_url: str) -> None:  # type: ignore[no-untyped-def]
    first = names("support")
    renamed = names("renamed")
    add(config, first, sandbox_url, "kyc2")
    assert saved_key(config, first) is not None
    item = book_at(config).get(first).keychain_item
    assert item is not None
    listing = cli(config, "profiles", "list").stdout
    assert first in listing
    assert "key saved" in listing
    # The secret went to the keychain only: not to the settings, not to any file here.
    assert files_containing(DEMO_ACCOUNTS["kyc2"].secret, [config]) == []

    assert cli(config, "profiles", "rename", first, renamed).returncode == 0
    assert saved_key(config, first) is None
    assert saved_key(config, renamed) is not None
    assert book_at(config).get(renamed).keychain_item == item  # a rename moves no secret
    looked = cli(config, "lookup", "--profile", renamed, "--json")
    assert looked.returncode == 0, looked.stderr
    assert lookup_rows(looked.stdout)[0]["account"]["profile"]["kycLevel"] == 2

    assert cli(config, "profiles", "remove", renamed).returncode == 0
    assert CredentialStore().load(item) is None
    assert renamed not in cli(config, "profiles", "list").stdout
    gone = cli(config, "profiles", "remove", renamed)
    assert gone.returncode == 2
    assert "no profile named" in gone.stderr


def test_secret_is_never_a_flag(config: Path) -> None:
    result = cli(config, "profiles", "add", "x", "--server", "https://h.invalid", "--secret", "s")
    assert result.returncode == 2
    assert "unrecognized arguments" in result.stderr


def test_no_secret_without_a_prompt_is_a_clear_error(config: Path) -> None:
    result = cli(config, "profiles", "add", "x", "--server", "https://h.invalid", "--key", "k1")
    assert result.returncode == 2
    assert "--secret-stdin" in result.stderr
    assert "Traceback" not in result.stderr


def test_five_profiles_one_server_down(config: Path, names, sandbox_url: str) -> None:  # type: ignore[no-untyped-def]
    accounts = ["kyc0", "kyc1", "kyc3", "mismatch"]
    good = [names(a) for a in accounts]
    for name, account in zip(good, accounts, strict=True):
        add(config, name, sandbox_url, account)
    down = names("down")
    add(config, down, f"http://127.0.0.1:{free_port()}", "kyc2")
    chosen = [arg for name in [*good, down] for arg in ("--profile", name)]

    table = cli(config, "lookup", *chosen)
    assert table.returncode == 1
    lines = table.stdout.splitlines()
    assert len(lines) == 6  # header + five rows
    assert sum(" ok " in line for line in lines) == 4
    failed = next(line for line in lines if line.startswith(down))
    assert "FAILED" in failed
    assert "Could not connect" in failed
    assert "1 of 5 lookups failed" in table.stderr

    as_json = cli(config, "lookup", *chosen, "--json")
    assert as_json.returncode == 1
    documents = lookup_rows(as_json.stdout)
    assert [d["ok"] for d in documents] == [True, True, True, True, False]
    assert "@" in documents[0]["account"]["profile"]["email"]
    assert "***" in documents[0]["account"]["profile"]["email"]

    as_csv = cli(config, "lookup", *chosen, "--csv")
    rows = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    assert len(rows) == 5
    assert rows[3]["mismatches"] == "cryptoDeposit cryptoWithdrawal fiatDeposit"
    assert rows[4]["ok"] == "false"
    assert "Could not connect" in rows[4]["error"]


def test_all_profiles_and_summary(config: Path, names, sandbox_url: str) -> None:  # type: ignore[no-untyped-def]
    one, two = names("a"), names("b")
    add(config, one, sandbox_url, "vip")
    add(config, two, sandbox_url, "locked")
    result = cli(config, "lookup", "--all", "--summary")
    assert result.returncode == 0, result.stderr
    assert f"== {one}" in result.stdout
    assert f"== {two}" in result.stdout
    assert "vi***@demo.btse-gui.invalid" in result.stdout
    for account in ("vip", "locked"):
        assert DEMO_ACCOUNTS[account].key not in result.stdout
        assert DEMO_ACCOUNTS[account].secret not in result.stdout


def test_demo_summary_is_redacted() -> None:
    result = cli(Path("/nonexistent"), "lookup", "--demo", "kyc3", "--summary")
    assert result.returncode == 0, result.stderr
    text = result.stdout
    assert "Email: ky***@demo.btse-gui.invalid" in text
    assert "kyc3demo@" not in text
    assert "KYC: passed, level 3" in text
    assert "Server flag mismatches: none" in text
    assert "Data as of: " in text
    assert DEMO_ACCOUNTS["kyc3"].key not in text
    assert DEMO_ACCOUNTS["kyc3"].secret not in text


def test_a_copied_config_folder_keeps_its_own_keys_through_a_repair(
    tmp_path: Path, sandbox_url: str
) -> None:
    """A copy of the config folder keeps the store's id; profiles added in the copy
    make keychain items the original cannot tell from orphans of its own. A repair in
    the original points at them and leaves them: the copy's profiles still work."""
    import shutil

    original, copy = tmp_path / "original", tmp_path / "copy"
    try:
        assert run_add(original, "alice", sandbox_url, "kyc1").returncode == 0
        shutil.copytree(original, copy)
        assert run_add(copy, "bob", sandbox_url, "kyc2").returncode == 0
        repaired = cli(original, "profiles", "check", "--repair")
        assert "left alone" in repaired.stdout, repaired.stdout
        assert "deleted keychain item" not in repaired.stdout
        for folder, name in ((copy, "bob"), (copy, "alice"), (original, "alice")):
            looked = cli(folder, "lookup", "--profile", name, "--json")
            assert looked.returncode == 0, (folder.name, name, looked.stderr)
    finally:
        for folder in (original, copy):
            cli(folder, "profiles", "remove", "bob")
            cli(folder, "profiles", "remove", "alice")


def test_a_profile_of_the_same_name_is_replaced_only_when_asked(config: Path, names) -> None:  # type: ignore[no-untyped-def]
    """``profiles add carol`` twice must not silently swap carol's saved key."""
    name = names("carol")
    kyc1, vip = DEMO_ACCOUNTS["kyc1"], DEMO_ACCOUNTS["vip"]
    assert run_add(config, name, "https://h.invalid", "kyc1").returncode == 0
    again = cli(
        config,
        "profiles",
        "add",
        name,
        "--server",
        "https://other.invalid",
        "--key-stdin",
        "--secret-stdin",
        stdin=f"{vip.key}\n{vip.secret}\n",
    )
    assert again.returncode == 2
    assert again.stderr.strip().endswith("already exists; --replace replaces it and its saved key")
    from btse_gui.profiles.book import ProfileBook
    from btse_gui.profiles.store import ProfileFile

    book = ProfileBook(ProfileFile(config / "btse-gui"))
    kept = book.get(name)
    assert kept.base_url == "https://h.invalid"
    credentials = book.credentials(kept)
    assert credentials is not None
    assert credentials.key == kyc1.key
    assert run_add(config, name, "https://other.invalid", "vip").returncode == 0  # --replace
    credentials = book.credentials(book.get(name))
    assert credentials is not None
    assert credentials.key == vip.key


def test_a_key_on_the_command_line_is_warned_about(config: Path, names) -> None:  # type: ignore[no-untyped-def]
    demo = DEMO_ACCOUNTS["kyc2"]
    result = cli(
        config,
        "profiles",
        "add",
        names("keyed"),
        "--server",
        "https://h.invalid",
        "--key",
        demo.key,
        "--secret-stdin",
        stdin=demo.secret + "\n",
    )
    assert result.returncode == 0, result.stderr
    assert "shows in the process list" in result.stderr
    assert "--key-stdin" in result.stderr


@pytest.mark.parametrize("how", [[], ["--key-stdin", "--secret-stdin"]])
def test_profiles_add_with_standard_input_closed_says_what_to_give(
    config: Path, names, how: list[str]
) -> None:  # type: ignore[no-untyped-def]
    """Started with no standard input at all (``<&-``, as some launchers do): a usage
    error that says where the key comes from, not "something unexpected went wrong";
    nothing saved."""
    name = names("closed")
    clean = {k: v for k, v in os.environ.items() if not k.startswith("BTSE_API_")}
    add = ["profiles", "add", name, "--server", "https://api.example.invalid", *how]
    result = subprocess.run(
        ["sh", "-c", 'exec "$@" <&-', "sh", sys.executable, "-m", "btse_gui", *add],
        capture_output=True,
        text=True,
        timeout=60,
        env={**clean, "XDG_CONFIG_HOME": str(config)},
        check=False,
    )
    assert result.returncode == 2, result.stderr
    assert "unexpected" not in result.stderr
    assert "--key-stdin" in result.stderr  # where a key may come from
    assert book_at(config).find(name) is None

"""Profiles are data: validated at one entry point, written atomically and checked, kept
in step with the keychain under a lock, and honest about what the keychain holds."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from btse_gui.api.server import Credentials
from btse_gui.profiles.book import (
    InvalidNameError,
    KeyState,
    Profile,
    ProfileBook,
    ProfileExistsError,
)
from btse_gui.profiles.keychain import CredentialStore
from btse_gui.profiles.store import (
    ProfileFile,
    StoreBusyError,
    StoreDamagedError,
    StoreTooLargeError,
    StoreUnsafeError,
)
from btse_gui.sandbox.accounts import DEMO_ACCOUNTS
from tests.conftest import delete_items
from tests.lookup_json import rows
from tests.test_cli_profiles import cli
from tests.test_cli_profiles import run_add as add

CREDS = Credentials("key-0123456789", "secret-0123456789")


@pytest.fixture
def config(tmp_path: Path):  # type: ignore[no-untyped-def]
    folder = tmp_path / "config"
    yield folder
    if (folder / "btse-gui").is_dir():
        delete_items(ProfileBook(ProfileFile(folder / "btse-gui")))


def book_at(config: Path) -> ProfileBook:
    return ProfileBook(ProfileFile(config / "btse-gui"))


# --- names and fields, at the one entry point -----------------------------------------------


@pytest.mark.parametrize(
    "bad", ["", "   ", "a\nb", "tab\there", "esc\x1b[31m", "x" * 65, "\u202eevil"]
)
def test_bad_names_are_refused_before_anything_is_written(config: Path, bad: str) -> None:
    result = add(config, bad)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert "profile name" in result.stderr
    assert not (config / "btse-gui" / "profiles.json").exists()


def test_rename_to_an_empty_name_is_refused_and_loses_nothing(config: Path) -> None:
    assert add(config, "keep").returncode == 0
    before = book_at(config).get("keep")
    result = cli(config, "profiles", "rename", "keep", "")
    assert result.returncode == 2
    assert "profile name" in result.stderr
    after = book_at(config).get("keep")
    assert after == before
    assert book_at(config).credentials(after) is not None


def test_names_are_unique_ignoring_case(config: Path) -> None:
    assert add(config, "Alice").returncode == 0
    assert add(config, "bob").returncode == 0
    clash = cli(config, "profiles", "rename", "bob", "ALICE")
    assert clash.returncode == 2
    assert "already exists" in clash.stderr
    names = [p.name for p in book_at(config).all()]
    assert names == ["Alice", "bob"]
    # Looked up ignoring case, too.
    assert cli(config, "profiles", "remove", "alice").returncode == 0
    assert [p.name for p in book_at(config).all()] == ["bob"]
    # "é" typed as one character or as "e" + a combining accent is the same name.
    assert add(config, "Ren\u00e9").returncode == 0
    same = add(config, "Rene\u0301")
    assert "replaced" in same.stdout + same.stderr
    assert [p.name for p in book_at(config).all()] == ["bob", "Ren\u00e9"]
    assert cli(config, "profiles", "remove", "rene\u0301").returncode == 0


@pytest.mark.parametrize(
    ("server", "prefix"),
    [
        ("https://api.example\r\n.com", ""),
        ("https://api.example.com/x y", ""),
        ("https://api.example.com", "/api\r\n/v3.2"),
        ("https://api.example.com", "/api?x=1"),
        ("https://[::1", ""),
    ],
)
def test_control_characters_in_a_server_are_refused(config: Path, server: str, prefix: str) -> None:
    demo = DEMO_ACCOUNTS["kyc2"]
    result = cli(
        config,
        "profiles",
        "add",
        "p",
        "--server",
        server,
        "--api-prefix",
        prefix,
        "--key-stdin",
        "--secret-stdin",
        stdin=f"{demo.key}\n{demo.secret}\n",
    )
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert "\r" not in result.stderr
    assert not (config / "btse-gui" / "profiles.json").exists()


def test_a_bad_entry_written_by_hand_is_named_and_the_rest_still_works(
    config: Path, sandbox_url: str
) -> None:
    assert add(config, "good", sandbox_url, "kyc3").returncode == 0
    path = config / "btse-gui" / "profiles.json"
    document = json.loads(path.read_text())
    document["profiles"].append(
        {
            "id": "x1",
            "name": "evil",
            "base_url": "https://h\r\nX-Injected: 1",
            "api_prefix": "",
            "header_prefix": "btse-",
            "keychain_item": None,
        }
    )
    document["profiles"].append({"name": 7})
    path.write_text(json.dumps(document))
    listing = cli(config, "profiles", "list")
    assert listing.returncode == 1
    assert "unreadable profile 'evil'" in listing.stdout
    assert "unreadable profile 'entry #3'" in listing.stdout
    assert "676f6f64" not in listing.stdout  # no hex for a name
    looked = cli(config, "lookup", "--all", "--json")
    assert looked.returncode == 0, looked.stderr
    assert [d["profile"] for d in rows(looked.stdout)] == ["good"]
    repaired = cli(config, "profiles", "check", "--repair")
    assert "removed unreadable profile 'evil'" in repaired.stdout
    assert cli(config, "profiles", "check").returncode == 0


# --- writes that do not happen are errors ----------------------------------------------------


def test_config_folder_taken_by_a_file_is_an_error_and_orphans_nothing(config: Path) -> None:
    config.mkdir(parents=True)
    (config / "btse-gui").write_text("not a folder")
    before = CredentialStore().list_items() or set()
    result = add(config, "p")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "could not be saved" in result.stderr
    assert "saved;" not in result.stdout
    assert (CredentialStore().list_items() or set()) == before  # no item left behind


def test_a_damaged_file_is_never_overwritten_and_can_be_restored(config: Path) -> None:
    assert add(config, "first").returncode == 0
    assert add(config, "second").returncode == 0
    path = config / "btse-gui" / "profiles.json"
    good = path.read_bytes()
    path.write_bytes(good[: len(good) // 2])  # truncated by something else
    listing = cli(config, "profiles", "list")
    assert listing.returncode == 1
    assert "is damaged" in listing.stderr
    refused = add(config, "third")
    assert refused.returncode == 1
    assert path.read_bytes() == good[: len(good) // 2]  # not replaced by a new list
    repaired = cli(config, "profiles", "check", "--repair")
    assert "restored the last good copy" in repaired.stdout
    assert [p.name for p in book_at(config).all()] == ["first", "second"]
    assert list((config / "btse-gui").glob("profiles.json.damaged-*"))  # kept aside


def test_the_file_and_its_folder_are_private(config: Path) -> None:
    assert add(config, "p").returncode == 0
    folder = config / "btse-gui"
    assert folder.stat().st_mode & 0o777 == 0o700
    assert (folder / "profiles.json").stat().st_mode & 0o777 == 0o600


# --- the keychain's real state ---------------------------------------------------------------


def test_list_shows_what_the_keychain_really_holds(config: Path) -> None:
    assert add(config, "kept").returncode == 0
    assert add(config, "lost").returncode == 0
    book = book_at(config)
    item = book.get("lost").keychain_item
    assert item is not None
    CredentialStore().delete(item)  # behind the app's back
    listing = cli(config, "profiles", "list").stdout
    assert "kept" in listing
    assert "(key saved)" in listing
    assert "key missing from the keychain" in listing
    assert book.key_states(book.all()) == {
        book.get("kept").id: KeyState.SAVED,
        book.get("lost").id: KeyState.MISSING,
    }
    check = cli(config, "profiles", "check")
    assert check.returncode == 1
    assert "its saved key is gone" in check.stdout
    assert cli(config, "profiles", "check", "--repair").returncode == 0
    assert "(no key saved)" in cli(config, "profiles", "list").stdout


def test_list_without_a_keychain_says_so(config: Path) -> None:
    assert add(config, "p").returncode == 0
    listing = cli(
        config, "profiles", "list", env={"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    )
    assert "(keychain unavailable)" in listing.stdout


def test_two_renames_at_once_exactly_one_wins(config: Path) -> None:
    assert add(config, "c").returncode == 0
    item = book_at(config).get("c").keychain_item
    clean = {k: v for k, v in os.environ.items() if not k.startswith("BTSE_API_")}
    env = {**clean, "XDG_CONFIG_HOME": str(config)}
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "btse_gui", "profiles", "rename", "c", new],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for new in ("x1", "x2")
    ]
    codes = sorted(p.wait(60) for p in procs)
    for p in procs:
        p.communicate()
    assert codes == [0, 2]
    profiles = book_at(config).all()
    assert len(profiles) == 1
    assert profiles[0].name in ("x1", "x2")
    assert profiles[0].keychain_item == item
    assert book_at(config).credentials(profiles[0]) is not None


def test_the_lock_is_held_while_changing(tmp_path: Path) -> None:
    file = ProfileFile(tmp_path / "p")
    book = ProfileBook(file)
    held = threading.Event()
    release = threading.Event()

    def hold() -> None:
        with file.locked():
            held.set()
            release.wait(10)

    thread = threading.Thread(target=hold)
    thread.start()
    held.wait(10)
    import btse_gui.profiles.store as store

    old, store.LOCK_TIMEOUT = store.LOCK_TIMEOUT, 0.2
    try:
        with pytest.raises(StoreBusyError):
            book.add(Profile("p", "https://h.invalid"))
    finally:
        store.LOCK_TIMEOUT = old
        release.set()
        thread.join()
    assert book.add(Profile("p", "https://h.invalid")).name == "p"


def test_rename_keeps_the_item_and_validates_first(tmp_path: Path) -> None:
    book = ProfileBook(ProfileFile(tmp_path / "p"))
    try:
        saved = book.add(Profile("a", "https://h.invalid"), CREDS)
        with pytest.raises(InvalidNameError):
            book.rename("a", "\x00")
        book.add(Profile("b", "https://h.invalid"))
        with pytest.raises(ProfileExistsError):
            book.rename("a", "B")
        # An edit with a bad URL renames nothing.
        with pytest.raises(Exception, match="HTTPS"):
            book.update("a", Profile("renamed", "http://remote.example"))
        assert book.get("a") == saved
        renamed = book.rename("a", "c")
        assert renamed.keychain_item == saved.keychain_item
        assert book.credentials(renamed) == CREDS
    finally:
        delete_items(book)


def test_a_damaged_file_raises_rather_than_reading_empty(tmp_path: Path) -> None:
    file = ProfileFile(tmp_path / "p")
    file.folder.mkdir(parents=True)
    file.path.write_bytes(b'{"version": 1, "store": "ab", "profi')
    with pytest.raises(StoreDamagedError, match="not valid JSON"):
        file.read()


def test_a_huge_profiles_file_is_refused_not_read(tmp_path: Path) -> None:
    folder = tmp_path / "btse-gui"
    folder.mkdir(mode=0o700)
    huge = folder / "profiles.json"
    with huge.open("wb") as out:
        out.truncate(9 * 10**6)  # 9 MB (a real one is a few KB)
    with pytest.raises(StoreTooLargeError, match="9 MB, more than a profiles file can be"):
        ProfileBook(ProfileFile(folder)).all()
    listed = cli(tmp_path, "profiles", "list")
    assert listed.returncode == 1
    assert listed.stderr.count("\n") == 1
    assert "more than a profiles file can be (8 MB)" in listed.stderr


def test_a_linked_profiles_file_is_followed_never_replaced(tmp_path: Path) -> None:
    """A dotfiles manager links the file from elsewhere: the link stays a link, and the
    file it leads to gets the change."""
    folder, elsewhere = tmp_path / "btse-gui", tmp_path / "dotfiles"
    folder.mkdir(mode=0o700)
    elsewhere.mkdir(mode=0o700)
    real = elsewhere / "profiles.json"
    book = ProfileBook(ProfileFile(folder))
    book.add(Profile("first", "https://one.invalid"))
    (folder / "profiles.json").rename(real)
    (folder / "profiles.json").symlink_to(real)
    book.add(Profile("second", "https://two.invalid"))
    assert (folder / "profiles.json").is_symlink()
    assert [p.name for p in ProfileBook(ProfileFile(folder)).all()] == ["first", "second"]
    assert "second" in real.read_text()


def test_a_folder_or_file_others_may_change_is_refused_by_name(tmp_path: Path) -> None:
    folder = tmp_path / "btse-gui"
    book = ProfileBook(ProfileFile(folder))
    book.add(Profile("mine", "https://one.invalid"))
    folder.chmod(0o777)
    with pytest.raises(StoreUnsafeError, match="every user may write to it") as refused:
        book.all()
    assert str(folder) in str(refused.value)
    folder.chmod(0o700)
    os.chown(folder / "profiles.json", 65534, 65534)  # nobody's (the tests run as root)
    with pytest.raises(StoreUnsafeError, match="belongs to another user"):
        book.add(Profile("more", "https://two.invalid"))
    os.chown(folder / "profiles.json", os.getuid(), os.getgid())
    assert [p.name for p in book.all()] == ["mine"]  # nothing was changed meanwhile


def test_a_byte_order_mark_is_not_damage_and_a_key_twice_is(tmp_path: Path) -> None:
    folder = tmp_path / "btse-gui"
    book = ProfileBook(ProfileFile(folder))
    book.add(Profile("mine", "https://one.invalid"))
    path = folder / "profiles.json"
    text = path.read_text()
    path.write_bytes(b"\xef\xbb\xbf" + text.encode())  # as some editors save it
    assert [p.name for p in book.all()] == ["mine"]
    doubled = text.replace('"profiles": [', '"profiles": [], "profiles": [', 1)
    path.write_text(doubled)
    with pytest.raises(StoreDamagedError, match="the key 'profiles' appears twice"):
        book.all()

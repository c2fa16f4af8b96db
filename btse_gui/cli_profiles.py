"""``btse-gui profiles ...`` and resolving ``lookup --profile``/``--all`` to targets.

Profiles' servers live in the settings (QSettings); keys and secrets in the keychain only.
A secret is read from a hidden prompt, standard input (``--secret-stdin``) or
``BTSE_API_SECRET`` — never from a command-line flag.
"""

from __future__ import annotations

import getpass
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from btse_gui.api.errors import ApiError
from btse_gui.api.server import Credentials, ServerProfile
from btse_gui.credentials import CredentialStore, KeychainError
from btse_gui.lookups import Target
from btse_gui.profiles import ProfileBook, ProfileError

if TYPE_CHECKING:
    import argparse

    from btse_gui.settings import Settings

KEY_ENV = "BTSE_API_KEY"
SECRET_ENV = "BTSE_API_SECRET"  # noqa: S105 - the variable's name, not a secret


class UsageError(Exception):
    """A one-line problem with what was asked, for the command line (exit code 2)."""


def _settings() -> Settings:
    from btse_gui.settings import Settings

    return Settings()


def add_parsers(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    profiles = commands.add_parser(
        "profiles",
        help="list, add, remove or rename server profiles",
        description="Profiles name a server and an API key; the key and secret are kept in "
        "the keychain. The secret comes from a hidden prompt, --secret-stdin or "
        f"{SECRET_ENV}, never from a flag.",
    )
    actions = profiles.add_subparsers(dest="action", metavar="ACTION", required=True)
    actions.add_parser("list", help="list the profiles")
    add = actions.add_parser("add", help="add or replace a profile")
    add.add_argument("name")
    add.add_argument("--server", required=True, metavar="URL", help="base URL")
    add.add_argument("--api-prefix", default="", help="signed path prefix, e.g. /api/v3.2")
    add.add_argument("--header-prefix", default="btse-", help="btse- (default) or request-")
    add.add_argument("--key", help=f"the API key (default: {KEY_ENV}, or a prompt)")
    add.add_argument("--secret-stdin", action="store_true", help="read the secret from stdin")
    remove = actions.add_parser("remove", help="remove a profile and its saved key")
    remove.add_argument("name")
    rename = actions.add_parser("rename", help="rename a profile")
    rename.add_argument("old")
    rename.add_argument("new")


def run(args: argparse.Namespace) -> int:
    try:
        if args.action == "list":
            return _list()
        if args.action == "add":
            return _add(args)
        if args.action == "remove":
            return _remove(args.name)
        return _rename(args.old, args.new)
    except (KeychainError, ProfileError) as exc:
        raise UsageError(exc.user_message()) from None


def _list() -> int:
    profiles = _settings().profiles()
    if not profiles:
        print("No profiles yet: btse-gui profiles add NAME --server URL")
        return 0
    width = max(len(p.name) for p in profiles)
    for p in profiles:
        saved = "key saved" if p.remembered else "no saved key"
        prefix = f"  prefix {p.api_prefix}" if p.api_prefix else ""
        print(f"{p.name.ljust(width)}  {p.base_url}{prefix}  ({saved})")
    return 0


def _read_secret(args: argparse.Namespace) -> str:
    if args.secret_stdin:
        return sys.stdin.readline().strip()
    if os.environ.get(SECRET_ENV):
        return os.environ[SECRET_ENV].strip()
    if sys.stdin.isatty():
        return getpass.getpass("API secret (hidden): ").strip()
    raise UsageError(f"give the secret on standard input (--secret-stdin) or in {SECRET_ENV}")


def _book() -> ProfileBook:
    return ProfileBook(_settings(), CredentialStore())


def _add(args: argparse.Namespace) -> int:
    from btse_gui.settings import ProfileSettings

    key = (args.key or os.environ.get(KEY_ENV, "")).strip()
    if not key and sys.stdin.isatty() and not args.secret_stdin:
        key = input("API key: ").strip()
    if not key:
        raise UsageError(f"give the API key with --key or {KEY_ENV}")
    try:
        credentials = Credentials(key, _read_secret(args))
        profile = ProfileSettings(args.name, args.server, args.api_prefix, args.header_prefix)
        _book().save(profile, credentials)
    except ApiError as exc:
        raise UsageError(exc.user_message()) from None
    print(f"Profile {args.name!r} saved; its key and secret are in the keychain.")
    return 0


def _remove(name: str) -> int:
    _book().remove(name)
    print(f"Profile {name!r} removed, with its saved key.")
    return 0


def _rename(old: str, new: str) -> int:
    _book().rename(old, new)
    print(f"Profile {old!r} is now {new!r}.")
    return 0


def targets(names: Sequence[str], every: bool) -> list[Target]:
    """The profiles to look up, each with its credentials from the keychain."""
    book = _book()
    profiles = book.all()
    if every:
        if not profiles:
            raise UsageError("there are no profiles: btse-gui profiles add NAME --server URL")
        chosen = profiles
    else:
        known = {p.name: p for p in profiles}
        missing = [n for n in names if n not in known]
        if missing:
            raise UsageError(f"no profile named {', '.join(map(repr, missing))}")
        chosen = [known[n] for n in names]
    result = []
    for p in chosen:
        try:
            server = ServerProfile(p.base_url, p.api_prefix, p.header_prefix)
            credentials = book.credentials(p.name)
        except (ApiError, KeychainError) as exc:
            result.append(Target(p.name, None, None, exc.user_message()))
            continue
        problem = "" if credentials else "no key and secret saved for this profile"
        result.append(Target(p.name, server, credentials, problem))
    return result

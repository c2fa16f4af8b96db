"""``btse-gui profiles ...`` and resolving ``lookup --profile``/``--all`` to targets.

Profiles live in ``profiles.json`` (``btse_gui.profiles``), keys and secrets in the
keychain only. A secret is read from a hidden prompt, standard input (``--secret-stdin``) or
``BTSE_API_SECRET`` — never from a command-line flag. ``profiles list`` shows what the
keychain really holds for each profile, not what the file remembers.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from btse_gui.api.errors import ApiError
from btse_gui.api.i18n import QT_TRANSLATE_NOOP, translate
from btse_gui.api.sanitize import visible
from btse_gui.api.server import Credentials
from btse_gui.cli.common import (
    KEY_ENV,
    SECRET_ENV,
    KeychainFailure,
    UsageError,
    add_server_options,
    say,
    server_from_args,
)

if TYPE_CHECKING:
    import argparse

    from btse_gui.core.lookups import Target
    from btse_gui.profiles.book import ProfileBook

#: After a profile's address in ``profiles list``.
PREFIX = QT_TRANSLATE_NOOP("Cli", "  prefix {prefix}")


def add_parsers(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    profiles = commands.add_parser(
        "profiles",
        help=translate("Cli", "list, add, remove, rename or check server profiles"),
        description=translate(
            "Cli",
            "Profiles name a server and an API key; the key and secret are kept in the "
            "keychain. The secret comes from a hidden prompt, --secret-stdin or {env}, "
            "never from a flag.",
        ).format(env=SECRET_ENV),
    )
    actions = profiles.add_subparsers(dest="action", metavar="ACTION", required=True)
    actions.add_parser(
        "list", help=translate("Cli", "list the profiles and whether the keychain holds a key")
    )
    add = actions.add_parser(
        "add", help=translate("Cli", "add a profile (or replace the one with its name)")
    )
    add.add_argument("name")
    add.add_argument("--server", required=True, metavar="URL", help=translate("Cli", "base URL"))
    add_server_options(add)
    add.add_argument(
        "--key",
        help=translate(
            "Cli",
            "the API key (shows in the process list and the shell's history: prefer "
            "--key-stdin or {env}; default: {env}, or a prompt)",
        ).format(env=KEY_ENV),
    )
    add.add_argument(
        "--key-stdin",
        action="store_true",
        help=translate("Cli", "read the key from stdin (its first line)"),
    )
    add.add_argument(
        "--secret-stdin",
        action="store_true",
        help=translate("Cli", "read the secret from stdin (after the key, with --key-stdin)"),
    )
    add.add_argument(
        "--replace",
        action="store_true",
        help=translate("Cli", "replace a profile of the same name, and its saved key"),
    )
    remove = actions.add_parser(
        "remove", help=translate("Cli", "remove a profile and its saved key")
    )
    remove.add_argument("name")
    rename = actions.add_parser("rename", help=translate("Cli", "rename a profile"))
    rename.add_argument("old")
    rename.add_argument("new")
    check = actions.add_parser(
        "check",
        help=translate("Cli", "find (and with --repair fix) what an interrupted change left"),
    )
    check.add_argument("--repair", action="store_true", help=translate("Cli", "fix what is found"))


def run(args: argparse.Namespace) -> int:
    from btse_gui.profiles.model import ProfileError

    try:
        if args.action == "list":
            return _list()
        if args.action == "add":
            return _add(args)
        if args.action == "remove":
            return _remove(args.name)
        if args.action == "check":
            return _check(args.repair)
        return _rename(args.old, args.new)
    except ProfileError as exc:  # a bad name, an unknown or duplicate profile
        raise UsageError(exc.user_message()) from None


def book() -> ProfileBook:
    from btse_gui.profiles.book import ProfileBook

    return ProfileBook()


def _list() -> int:
    from btse_gui.profiles.book import KEY_STATE_TEXT

    profiles_book = book()
    profiles = profiles_book.all()
    unreadable = profiles_book.unreadable()
    if not profiles and not unreadable:
        print(
            say(
                QT_TRANSLATE_NOOP("Cli", "No profiles yet: btse-gui profiles add NAME --server URL")
            )
        )
        return 0
    states = profiles_book.key_states(profiles)
    from btse_gui.core.report import display_width, pad

    width = max([display_width(p.name) for p in profiles] or [0])
    for p in profiles:
        prefix = say(PREFIX, prefix=p.api_prefix) if p.api_prefix else ""
        state = translate("Profiles", KEY_STATE_TEXT[states[p.id]])
        print(f"{pad(p.name, width)}  {p.base_url}{prefix}  ({state})")
    for entry in unreadable:
        text = QT_TRANSLATE_NOOP("Cli", "unreadable profile {name!r}: {reason}")
        print(say(text, name=entry.label, reason=entry.reason))
    if unreadable:
        print(say(QT_TRANSLATE_NOOP("Cli", "'btse-gui profiles check --repair' removes them.")))
        return 1
    return 0


def _stdin_line() -> str:
    """The next line of standard input ("" when there is none: closed, or not given)."""
    return sys.stdin.readline().strip() if sys.stdin is not None else ""


def _at_a_terminal() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def _read_secret(args: argparse.Namespace) -> str:
    if args.secret_stdin:
        return _stdin_line()
    if os.environ.get(SECRET_ENV):
        return os.environ[SECRET_ENV].strip()
    if _at_a_terminal():
        import getpass

        return getpass.getpass(say(QT_TRANSLATE_NOOP("Cli", "API secret (hidden): "))).strip()
    text = QT_TRANSLATE_NOOP(
        "Cli", "give the secret on standard input (--secret-stdin) or in {secret_env}"
    )
    raise UsageError(say(text, secret_env=SECRET_ENV))


def _add(args: argparse.Namespace) -> int:
    from btse_gui.profiles.book import Profile, validate

    # Everything is validated before the secret is asked for or anything is written.
    try:
        server = server_from_args(args)
        profile = validate(
            Profile(args.name, server.base_url, server.api_prefix, server.header_prefix)
        )
    except ApiError as exc:
        raise UsageError(exc.user_message()) from None
    profiles_book = book()
    existing = profiles_book.find(profile.name)
    if existing is not None and not args.replace:
        text = QT_TRANSLATE_NOOP(
            "Cli",
            "a profile named {name!r} already exists; --replace replaces it and its saved key",
        )
        raise UsageError(say(text, name=existing.name))
    if args.key:
        text = QT_TRANSLATE_NOOP(
            "Cli",
            "warning: a key given with --key shows in the process list and the shell's "
            "history; --key-stdin or {key_env} keep it out",
        )
        print(f"btse-gui: {say(text, key_env=KEY_ENV)}", file=sys.stderr)
    key = _stdin_line() if args.key_stdin else (args.key or os.environ.get(KEY_ENV, "")).strip()
    if not key and _at_a_terminal() and not args.secret_stdin:
        key = input(say(QT_TRANSLATE_NOOP("Cli", "API key: "))).strip()
    if not key:
        text = QT_TRANSLATE_NOOP(
            "Cli", "give the API key on standard input (--key-stdin) or in {key_env}"
        )
        raise UsageError(say(text, key_env=KEY_ENV))
    try:
        credentials = Credentials(key, _read_secret(args))
    except ApiError as exc:
        raise UsageError(exc.user_message()) from None
    from btse_gui.profiles.keychain import KeychainUnavailableError

    replacing = existing is not None
    try:
        saved = profiles_book.add(profile, credentials)
    except KeychainUnavailableError:
        text = QT_TRANSLATE_NOOP(
            "Cli",
            "profile not saved: no keychain is available on this computer, and a key is never "
            "written to a file",
        )
        raise KeychainFailure(say(text)) from None
    if replacing:
        text = QT_TRANSLATE_NOOP(
            "Cli", "Profile {name!r} replaced; its new key and secret are in the keychain."
        )
    else:
        text = QT_TRANSLATE_NOOP(
            "Cli", "Profile {name!r} saved; its key and secret are in the keychain."
        )
    print(say(text, name=saved.name))
    return 0


def _remove(name: str) -> int:
    profiles_book = book()
    profile = profiles_book.get(name)
    profiles_book.remove(profile.name)
    print(
        say(
            QT_TRANSLATE_NOOP("Cli", "Profile {name!r} removed, with its saved key."),
            name=profile.name,
        )
    )
    return 0


def _rename(old: str, new: str) -> int:
    profiles_book = book()
    before = profiles_book.get(old)
    after = profiles_book.rename(before.name, new)
    print(
        say(
            QT_TRANSLATE_NOOP("Cli", "Profile {old!r} is now {new!r}."),
            old=before.name,
            new=after.name,
        )
    )
    return 0


def _check(repair: bool) -> int:
    from btse_gui.profiles.check import check

    report = check(book(), repair=repair)
    for line in report.problems:
        print(say(QT_TRANSLATE_NOOP("Cli", "problem: {line}"), line=line))
    for line in report.fixed:
        print(say(QT_TRANSLATE_NOOP("Cli", "fixed: {line}"), line=line))
    for line in report.left:
        print(say(QT_TRANSLATE_NOOP("Cli", "not fixed: {line}"), line=line))
    if report.clean and not report.left:
        print(say(QT_TRANSLATE_NOOP("Cli", "Profiles and keychain agree: nothing to repair.")))
        return 0
    if report.problems and not repair:
        print(say(QT_TRANSLATE_NOOP("Cli", "Run 'btse-gui profiles check --repair' to fix this.")))
        return 1
    return 1 if report.left else 0


def targets(names: Sequence[str], every: bool) -> Iterator[Target]:
    """The profiles to look up, each with its credentials from the keychain.

    The profiles are checked now (a usage error is raised here); their credentials are
    read together, as the returned iterator is read.
    """
    profiles_book = book()
    profiles = profiles_book.all()
    if every:
        if not profiles:
            if profiles_book.unreadable():
                text = QT_TRANSLATE_NOOP(
                    "Cli", "no profile can be read: see btse-gui profiles list"
                )
                raise UsageError(say(text))
            text = QT_TRANSLATE_NOOP(
                "Cli", "there are no profiles: btse-gui profiles add NAME --server URL"
            )
            raise UsageError(say(text))
        chosen = profiles
    else:
        found = [(n, profiles_book.find(n)) for n in names]
        missing = [visible(n, limit=64) for n, p in found if p is None]
        if missing:
            text = QT_TRANSLATE_NOOP("Cli", "no profile named {names}")
            raise UsageError(say(text, names=", ".join(map(repr, missing))))
        chosen = [p for _, p in found if p is not None]
    from btse_gui.core.lookups import profile_targets

    return profile_targets(profiles_book, [p.name for p in chosen])

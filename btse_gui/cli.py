"""The command line: ``lookup`` and ``sandbox`` (the window comes with ``btse-gui`` alone).

Credentials never come from flags (they would show in ``ps`` and shell history): a real
server's key and secret are read from ``BTSE_API_KEY`` and ``BTSE_API_SECRET``. Every
failure ends in one line on stderr and a non-zero exit code, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING

from btse_gui import cli_window
from btse_gui.api.errors import ApiError
from btse_gui.api.server import Credentials, ServerProfile
from btse_gui.cli_profiles import (
    KEY_ENV,
    SECRET_ENV,
    KeychainFailure,
    UsageError,
    add_server_options,
    say,
    server_from_args,
)
from btse_gui.cli_window import SECONDS, add_window_options, demo_names, timeout_help
from btse_gui.i18n import QT_TRANSLATE_NOOP, UserFacingError, translate

if TYPE_CHECKING:
    from btse_gui.api.models import AccountSnapshot

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2

DEMO_BASE_URL = "http://127.0.0.1"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="btse-gui",
        description=translate(
            "Cli", "See a BTSE account: profile, KYC permissions and VIP status."
        ),
    )
    add_window_options(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    lookup = commands.add_parser(
        "lookup",
        help=translate("Cli", "fetch one account and print it"),
        description=translate(
            "Cli",
            "Fetch an account's profile, permissions and VIP status. For a real server the "
            "key and secret are read from {key_env} and {secret_env}.",
        ).format(key_env=KEY_ENV, secret_env=SECRET_ENV),
    )
    source = lookup.add_mutually_exclusive_group(required=True)
    source.add_argument(
        "--demo",
        metavar="ACCOUNT",
        choices=demo_names(),
        help=translate("Cli", "a demo account on the built-in sandbox: %(choices)s"),
    )
    source.add_argument(
        "--server", metavar="URL", help=translate("Cli", "base URL, e.g. https://api.example")
    )
    source.add_argument(
        "--profile",
        action="append",
        metavar="NAME",
        help=translate(
            "Cli", "a saved profile (repeat for several; they are fetched concurrently)"
        ),
    )
    source.add_argument("--all", action="store_true", help=translate("Cli", "every saved profile"))
    lookup.add_argument("--timeout", type=SECONDS, metavar="SECONDS", help=timeout_help())
    add_server_options(lookup)
    output = lookup.add_mutually_exclusive_group()
    output.add_argument(
        "--json", action="store_true", help=translate("Cli", "print JSON instead of text")
    )
    output.add_argument(
        "--csv", action="store_true", help=translate("Cli", "print CSV (one row per account)")
    )
    output.add_argument(
        "--summary",
        action="store_true",
        help=translate("Cli", "print a redacted summary for a support ticket"),
    )

    from btse_gui import cli_profiles

    cli_profiles.add_parsers(commands)

    keychain = commands.add_parser(
        "keychain",
        help=translate("Cli", "say which keychain holds remembered secrets"),
        description=translate(
            "Cli",
            "Show the keychain btse-gui uses; --self-test stores, reads back and "
            "deletes a random secret.",
        ),
    )
    keychain.add_argument(
        "--self-test", action="store_true", help=translate("Cli", "check it works")
    )

    from btse_gui import cli_sandbox

    cli_sandbox.add_parser(commands)
    return parser


def one_line(text: str) -> str:
    """A message on one line: the command line's failures are one line each."""
    return " ".join(part.strip() for part in text.splitlines() if part.strip())


def run(argv: list[str], started: float = 0.0) -> int:
    cli_window.cli_language()  # before the parser: its help and its errors speak it too
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command == "lookup":
            return _lookup(args)
        if args.command == "sandbox":
            from btse_gui import cli_sandbox

            return cli_sandbox.run(args)
        if args.command == "keychain":
            return _keychain(args)
        if args.command == "profiles":
            from btse_gui import cli_profiles

            return cli_profiles.run(args)
        return cli_window.run(args, started)
    except UsageError as exc:
        print(f"btse-gui: {one_line(str(exc))}", file=sys.stderr)
        return EXIT_USAGE
    except KeychainFailure as exc:
        print(f"btse-gui: {one_line(str(exc))}", file=sys.stderr)
        return EXIT_FAILED

    except ApiError as exc:
        print(f"btse-gui: {one_line(exc.user_message())}", file=sys.stderr)
        return EXIT_USAGE if exc.params.get("url") is not None else EXIT_FAILED
    except UserFacingError as exc:
        print(f"btse-gui: {one_line(exc.user_message())}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("btse-gui: interrupted", file=sys.stderr)
        return 130


# --- lookup --------------------------------------------------------------------------------


def _lookup(args: argparse.Namespace) -> int:
    import asyncio

    from btse_gui.report import format_account, support_summary

    if args.profile or args.all:
        return _lookup_profiles(args)
    snapshot = asyncio.run(_fetch(args))
    if args.csv:
        from btse_gui import lookups

        label = f"demo {args.demo}" if args.demo else ServerProfile(args.server).host
        print(lookups.as_csv([lookups.Row(label, snapshot)]), end="")
    elif args.summary:
        print(support_summary(snapshot, args.demo and f"demo {args.demo}"))
    elif args.json:
        document = {"server": DEMO_BASE_URL if args.demo else args.server, **snapshot.to_json()}
        if args.demo:
            document["demoAccount"] = args.demo
        print(json.dumps(document, indent=2, ensure_ascii=False))
    else:
        print(format_account(snapshot))
    if snapshot.errors:
        first = next(iter(snapshot.errors.values()))
        count = len(snapshot.errors)
        print(
            f"btse-gui: {count} of 3 reads failed: {one_line(first.user_message())}",
            file=sys.stderr,
        )
        return EXIT_FAILED
    return EXIT_OK


def _lookup_profiles(args: argparse.Namespace) -> int:
    import asyncio

    from btse_gui import lookups
    from btse_gui.api.client import BtseClient, Timeouts
    from btse_gui.cli_profiles import targets
    from btse_gui.report import support_summary

    timeouts = Timeouts.for_read(args.timeout)
    chosen = targets(args.profile or [], args.all)

    async def read() -> AsyncIterator[lookups.Target]:
        # Read in a worker thread, a batch at a time: the first accounts are looked up
        # while the keychain is still being read.
        async for batch in lookups.in_batches(chosen, lookups.TARGETS_PER_BATCH):
            for target in batch:
                yield target

    rows = asyncio.run(
        lookups.fetch_all(read(), lambda server: BtseClient(server, timeouts=timeouts))
    )
    if args.json:
        print(lookups.as_json(rows))
    elif args.csv:
        print(lookups.as_csv(rows), end="")
    elif args.summary:
        for row in rows:
            text = support_summary(row.snapshot, row.profile) if row.snapshot else row.error
            print(f"== {row.profile}\n{text}\n")
    else:
        print(lookups.as_table(rows))
    failed = [row.profile for row in rows if row.snapshot is None or row.snapshot.errors]
    if failed:
        text = say(
            QT_TRANSLATE_NOOP("Cli", "{failed} of {total} lookups failed"),
            failed=len(failed),
            total=len(rows),
        )
        print(f"btse-gui: {text}", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK


async def _fetch(args: argparse.Namespace) -> AccountSnapshot:
    from btse_gui.api.client import BtseClient, Timeouts

    if args.demo:
        import httpx

        from btse_gui.sandbox.accounts import DEMO_ACCOUNTS
        from btse_gui.sandbox.app import Sandbox

        account = DEMO_ACCOUNTS[args.demo]
        credentials = Credentials(account.key, account.secret)
        client = BtseClient(
            ServerProfile(DEMO_BASE_URL), transport=httpx.ASGITransport(app=Sandbox())
        )
    else:
        credentials = credentials_from_env(os.environ)
        server = server_from_args(args)
        client = BtseClient(server, timeouts=Timeouts.for_read(args.timeout))
    async with client:
        return await client.fetch_account(credentials)


def credentials_from_env(environ: os._Environ[str] | dict[str, str]) -> Credentials:
    key = environ.get(KEY_ENV, "").strip()
    secret = environ.get(SECRET_ENV, "").strip()
    if not key or not secret:
        text = QT_TRANSLATE_NOOP(
            "Cli",
            "set {key_env} and {secret_env} in the environment (credentials are never "
            "taken from command-line flags)",
        )
        raise UsageError(say(text, key_env=KEY_ENV, secret_env=SECRET_ENV))
    try:
        return Credentials(key, secret)
    except ApiError:
        text = QT_TRANSLATE_NOOP(
            "Cli", "{key_env} or {secret_env} contains spaces or characters an API key cannot have"
        )
        raise UsageError(say(text, key_env=KEY_ENV, secret_env=SECRET_ENV)) from None


# --- keychain ------------------------------------------------------------------------------


def _keychain(args: argparse.Namespace) -> int:
    from btse_gui.credentials import CredentialStore

    store = CredentialStore()
    name = store.backend_name()
    if name is None:
        shown = say(
            QT_TRANSLATE_NOOP("Cli", "keychain: none usable ({backend})"),
            backend=store.backend_id(),
        )
    else:
        shown = say(
            QT_TRANSLATE_NOOP("Cli", "keychain: {name} ({backend})"),
            name=translate("Keychain", name),
            backend=store.backend_id(),
        )
    print(shown)
    if args.self_test:
        if name is None:  # the computer's keychain, not the command: exit 1
            raise KeychainFailure(
                say(QT_TRANSLATE_NOOP("Cli", "no usable keychain on this computer"))
            )
        store.self_test()
        print(
            say(
                QT_TRANSLATE_NOOP(
                    "Cli", "keychain: self-test passed (stored, read back and deleted a secret)"
                )
            )
        )
    return EXIT_OK

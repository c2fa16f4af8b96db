"""``btse-gui lookup``: one account (``--demo``, ``--server``) or saved profiles
(``--profile``, ``--all``), printed as a table, JSON, CSV or a support summary.

Credentials never come from flags (they would show in ``ps`` and shell history): a real
server's key and secret are read from ``BTSE_API_KEY`` and ``BTSE_API_SECRET``.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING

from btse_gui.api.errors import ApiError
from btse_gui.api.i18n import QT_TRANSLATE_NOOP
from btse_gui.api.server import Credentials, ServerProfile
from btse_gui.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    KEY_ENV,
    SECRET_ENV,
    UsageError,
    one_line,
    say,
    server_from_args,
)
from btse_gui.core.clients import DEMO_BASE_URL, DemoClients, RealClients

if TYPE_CHECKING:
    from btse_gui.api.models import AccountSnapshot


def lookup(args: argparse.Namespace) -> int:
    """Look up and print; with ``--lang``, what is printed is in that language."""
    from btse_gui.api.i18n import language, speaking

    with speaking(args.lang or language()):
        return _lookup(args)


def _lookup(args: argparse.Namespace) -> int:
    import asyncio

    from btse_gui.core.report import format_account, support_summary

    if args.profile or args.all:
        return _lookup_profiles(args)
    try:
        snapshot = asyncio.run(_fetch(args))
    except ApiError as exc:
        if args.csv or args.json:  # a script reads the failure in the same shape
            _print_rows(args, None, exc)
        raise
    if args.csv or args.json:
        _print_rows(args, snapshot, None)
    elif args.summary:
        print(support_summary(snapshot, args.demo and f"demo {args.demo}"))
    else:
        print(format_account(snapshot))
    if snapshot.errors:
        first = next(iter(snapshot.errors.values()))
        text = say(
            QT_TRANSLATE_NOOP("Cli", "{count} of 3 reads failed: {reason}"),
            count=len(snapshot.errors),
            reason=one_line(first.user_message()),
        )
        print(f"btse-gui: {text}", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK


def _print_rows(
    args: argparse.Namespace, snapshot: AccountSnapshot | None, error: ApiError | None
) -> None:
    """One account's lookup as JSON or CSV: the shape ``--all`` prints, failed or not."""
    from btse_gui.core import lookups

    server = DEMO_BASE_URL if args.demo else ServerProfile(args.server).base_url
    label = f"demo {args.demo}" if args.demo else ServerProfile(args.server).host
    rows = [lookups.Row(label, snapshot, error, server)]
    if args.json:
        print(lookups.as_json(rows))
    else:
        print(lookups.as_csv(rows), end="")


def _lookup_profiles(args: argparse.Namespace) -> int:
    import asyncio

    from btse_gui.cli.profiles import targets
    from btse_gui.core import lookups
    from btse_gui.core.report import support_summary

    chosen = targets(args.profile or [], args.all)

    async def read() -> AsyncIterator[lookups.Target]:
        # Read in a worker thread, a batch at a time: the first accounts are looked up
        # while the keychain is still being read.
        async for batch in lookups.in_batches(chosen, lookups.TARGETS_PER_BATCH):
            for target in batch:
                yield target

    rows = asyncio.run(lookups.fetch_all(read(), RealClients(args.timeout)))
    if args.json:
        print(lookups.as_json(rows))
    elif args.csv:
        print(lookups.as_csv(rows), end="")
    elif args.summary:
        for row in rows:
            text = support_summary(row.snapshot, row.profile) if row.snapshot else row.error_text
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
    if args.demo:
        from btse_gui.sandbox.accounts import DEMO_ACCOUNTS

        account = DEMO_ACCOUNTS[args.demo]
        credentials = Credentials(account.key, account.secret)
        client = DemoClients()(ServerProfile(DEMO_BASE_URL))
    else:
        credentials = credentials_from_env(os.environ)
        client = RealClients(args.timeout)(server_from_args(args))
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

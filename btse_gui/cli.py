"""The command line: ``lookup`` and ``sandbox`` (the window comes with ``btse-gui`` alone).

Credentials never come from flags (they would show in ``ps`` and shell history): a real
server's key and secret are read from ``BTSE_API_KEY`` and ``BTSE_API_SECRET``. Every
failure ends in one line on stderr and a non-zero exit code, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
from typing import TYPE_CHECKING, Any

from btse_gui import app_version
from btse_gui.api.errors import ApiError
from btse_gui.api.server import Credentials, ServerProfile, is_loopback_host
from btse_gui.cli_profiles import (
    KEY_ENV,
    SECRET_ENV,
    KeychainFailure,
    UsageError,
    add_server_options,
    server_from_args,
)
from btse_gui.i18n import UserFacingError

if TYPE_CHECKING:
    from collections.abc import Iterable

    from btse_gui.api.models import AccountSnapshot
    from btse_gui.sandbox.accounts import DemoAccount

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2

DEMO_BASE_URL = "http://127.0.0.1"


def _demo_names() -> list[str]:
    from btse_gui.sandbox.accounts import DEMO_ACCOUNTS

    return list(DEMO_ACCOUNTS)


class _VersionAction(argparse.Action):
    """``--version``, reading the version only when asked (it costs start-up time)."""

    def __call__(self, parser: argparse.ArgumentParser, *args: object, **kwargs: object) -> None:
        print(f"btse-gui {app_version()}")
        parser.exit()


TIMEOUT_HELP = (
    "seconds to wait for the server's answer, 1 to 600 (default 35; the server gives up at 30)"
)


def bounded(kind: type[int] | type[float], low: float, high: float, what: str) -> Any:
    """An argparse type: a finite number of ``kind`` in [low, high], else a usage error."""

    def parse(text: str) -> int | float:
        try:
            value = kind(text)
        except (ValueError, OverflowError):
            raise argparse.ArgumentTypeError(f"{what} must be a number, not {text!r}") from None
        if not math.isfinite(value) or not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{what} must be between {low:g} and {high:g}")
        return value

    return parse


SECONDS = bounded(float, 1, 600, "--timeout")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="btse-gui",
        description="See a BTSE account: profile, KYC permissions and VIP status.",
    )
    parser.add_argument("--version", action=_VersionAction, nargs=0, help="show the version")
    parser.add_argument(
        "--demo",
        nargs="?",
        const="",
        metavar="ACCOUNT",
        choices=["", *_demo_names()],
        help="open the window on the built-in demo server (optionally signed in as ACCOUNT)",
    )
    parser.add_argument(
        "--quit-after-load",
        action="store_true",
        help="with --demo ACCOUNT: load, paint, print timings as JSON and exit",
    )
    parser.add_argument(
        "--demo-faults",
        default="",
        metavar="SPEC",
        help="make the demo server slow or faulty, e.g. latency=2000 or status=500",
    )
    parser.add_argument("--timeout", type=SECONDS, metavar="SECONDS", help=TIMEOUT_HELP)
    parser.add_argument("--screenshot", metavar="PNG", help=argparse.SUPPRESS)
    # Accounts overview.
    parser.add_argument(
        "--overview",
        action="store_true",
        help="open the window on the accounts overview (every profile, or every demo account)",
    )
    parser.add_argument(
        "--demo-accounts",
        type=bounded(int, 0, 100_000, "--demo-accounts"),
        default=0,
        metavar="N",
        help="with --demo: N more generated demo users (0 to 100000), for the overview",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    lookup = commands.add_parser(
        "lookup",
        help="fetch one account and print it",
        description=(
            f"Fetch an account's profile, permissions and VIP status. For a real server the "
            f"key and secret are read from {KEY_ENV} and {SECRET_ENV}."
        ),
    )
    source = lookup.add_mutually_exclusive_group(required=True)
    source.add_argument(
        "--demo",
        metavar="ACCOUNT",
        choices=_demo_names(),
        help="a demo account on the built-in sandbox: %(choices)s",
    )
    source.add_argument("--server", metavar="URL", help="base URL, e.g. https://api.example")
    source.add_argument(
        "--profile",
        action="append",
        metavar="NAME",
        help="a saved profile (repeat for several; they are fetched concurrently)",
    )
    source.add_argument("--all", action="store_true", help="every saved profile")
    lookup.add_argument("--timeout", type=SECONDS, metavar="SECONDS", help=TIMEOUT_HELP)
    add_server_options(lookup)
    output = lookup.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print JSON instead of text")
    output.add_argument("--csv", action="store_true", help="print CSV (one row per account)")
    output.add_argument(
        "--summary", action="store_true", help="print a redacted summary for a support ticket"
    )

    from btse_gui import cli_profiles

    cli_profiles.add_parsers(commands)

    keychain = commands.add_parser(
        "keychain",
        help="say which keychain holds remembered secrets",
        description="Show the keychain btse-gui uses; --self-test stores, reads back and "
        "deletes a random secret.",
    )
    keychain.add_argument("--self-test", action="store_true", help="check it works")

    sandbox = commands.add_parser(
        "sandbox",
        help="run the local sandbox server",
        description="Serve the API contract and its demo accounts on this computer.",
    )
    sandbox.add_argument(
        "--host", default="127.0.0.1", help="loopback address (default %(default)s)"
    )
    sandbox.add_argument("--header-prefix", default="btse-", help="btse- (default) or request-")
    sandbox.add_argument("--api-prefix", default="", help="signed prefix, e.g. /api/v3.2")
    sandbox.add_argument(
        "--route-prefix", default="", help="routing prefix before it (not signed), e.g. /spot"
    )
    sandbox.add_argument(
        "--port",
        type=bounded(int, 1, 65535, "--port"),
        default=8787,
        help="port, 1 to 65535 (default %(default)s)",
    )
    sandbox.add_argument(
        "--clock-offset-ms",
        type=bounded(int, -(10**10), 10**10, "--clock-offset-ms"),
        default=0,
        help="run the server's clock this far off (at most about 115 days)",
    )
    sandbox.add_argument("--faults", default="", help="faults for every request, e.g. latency=200")
    sandbox.add_argument(
        "--key-limit",
        type=bounded(int, 1, 100_000, "--key-limit"),
        default=15,
        help="requests per second per key (default 15)",
    )
    sandbox.add_argument(
        "--user-limit",
        type=bounded(int, 1, 100_000, "--user-limit"),
        default=30,
        help="requests per second per user (default 30)",
    )
    sandbox.add_argument(
        "--accounts",
        type=int,
        default=0,
        metavar="N",
        help="also serve N generated accounts, gen-00001 to gen-N (0 to 100000)",
    )
    sandbox.add_argument(
        "--accounts-file",
        metavar="PATH",
        help="write the generated accounts' names, keys and secrets to PATH (JSON lines)",
    )
    return parser


def _cli_language() -> None:
    """English unless the locale variables select zh_TW; the translations come from the
    Qt-free catalog (the command line never loads Qt)."""
    from btse_gui.i18n import catalog_translator, from_environment, install_translator

    chosen = from_environment()
    if chosen != "en":
        install_translator(catalog_translator(chosen))


def one_line(text: str) -> str:
    """A message on one line: the command line's failures are one line each."""
    return " ".join(part.strip() for part in text.splitlines() if part.strip())


def run(argv: list[str], started: float = 0.0) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command in ("lookup", "profiles", "keychain"):
            _cli_language()
        if args.command == "lookup":
            return _lookup(args)
        if args.command == "sandbox":
            return _sandbox(args)
        if args.command == "keychain":
            return _keychain(args)
        if args.command == "profiles":
            from btse_gui import cli_profiles

            return cli_profiles.run(args)
        return _gui(args, started)
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


# --- the window --------------------------------------------------------------------------


def _gui(args: argparse.Namespace, started: float) -> int:
    if (args.quit_after_load or args.screenshot) and not (
        args.demo or (args.demo is not None and args.overview)
    ):
        raise UsageError("--quit-after-load needs --demo ACCOUNT or --demo --overview")
    if args.demo_accounts and args.demo is None:
        raise UsageError("--demo-accounts needs --demo")
    if args.demo_faults:
        from btse_gui.sandbox.faults import Faults

        try:
            Faults.parse(args.demo_faults)
        except ValueError as exc:
            raise UsageError(str(exc)) from None
    from btse_gui.launch import GuiOptions, run_gui

    options = GuiOptions(
        demo=args.demo,
        quit_after_load=args.quit_after_load or bool(args.screenshot),
        started=started,
        screenshot=args.screenshot,
        demo_faults=args.demo_faults,
        timeout=args.timeout,
        overview=args.overview,
        demo_accounts=args.demo_accounts,
    )
    return run_gui(options)


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
    rows = asyncio.run(
        lookups.fetch_all(
            targets(args.profile or [], args.all),
            lambda server: BtseClient(server, timeouts=timeouts),
        )
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
        print(f"btse-gui: {len(failed)} of {len(rows)} lookups failed", file=sys.stderr)
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
        raise UsageError(
            f"set {KEY_ENV} and {SECRET_ENV} in the environment (credentials are never "
            "taken from command-line flags)"
        )
    try:
        return Credentials(key, secret)
    except ApiError:
        raise UsageError(
            f"{KEY_ENV} or {SECRET_ENV} contains spaces or characters an API key cannot have"
        ) from None


# --- keychain ------------------------------------------------------------------------------


def _keychain(args: argparse.Namespace) -> int:
    from btse_gui.credentials import CredentialStore

    store = CredentialStore()
    name = store.backend_name()
    print(f"keychain: {name or 'none usable'} ({store.backend_id()})")
    if args.self_test:
        if name is None:
            raise UsageError("no usable keychain on this computer")
        store.self_test()
        print("keychain: self-test passed (stored, read back and deleted a secret)")
    return EXIT_OK


# --- sandbox -------------------------------------------------------------------------------


def _check_sandbox_convention(args: argparse.Namespace) -> None:
    """The sandbox's convention, validated as a server profile's would be."""
    if args.route_prefix and not args.route_prefix.startswith("/"):
        raise UsageError("--route-prefix must start with '/', like /spot")
    try:
        ServerProfile("http://127.0.0.1" + args.route_prefix, args.api_prefix, args.header_prefix)
    except ApiError as exc:
        raise UsageError(exc.user_message()) from None


#: Up to this many generated accounts are listed one per line; more in one line.
_LISTED_ACCOUNTS = 20


def _sandbox(args: argparse.Namespace) -> int:
    if not is_loopback_host(args.host):
        raise UsageError("the sandbox listens on this computer only (e.g. 127.0.0.1 or ::1)")
    from btse_gui.sandbox.accounts import DEMO_ACCOUNTS, MAX_GENERATED_ACCOUNTS, generated_accounts
    from btse_gui.sandbox.app import Sandbox, SandboxConfig

    if not 0 <= args.accounts <= MAX_GENERATED_ACCOUNTS:
        raise UsageError(f"--accounts must be 0 to {MAX_GENERATED_ACCOUNTS}")
    if args.accounts_file and not args.accounts:
        raise UsageError("--accounts-file needs --accounts N")

    try:
        import uvicorn  # noqa: F401 - only to fail early with a clear message

        from btse_gui.sandbox.server import serve_forever
    except ImportError:
        raise UsageError(
            "the sandbox server needs uvicorn (pip install 'btse-gui[sandbox]')"
        ) from None

    generated = generated_accounts(args.accounts)
    try:
        _check_sandbox_convention(args)
        sandbox = Sandbox(
            SandboxConfig(
                header_prefix=args.header_prefix,
                api_prefix=args.api_prefix,
                route_prefix=args.route_prefix,
                accounts={**DEMO_ACCOUNTS, **generated},
                clock_offset_ms=args.clock_offset_ms,
                faults=args.faults,
                key_limit=args.key_limit,
                user_limit=args.user_limit,
            )
        )
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    if args.accounts_file:
        _write_accounts(args.accounts_file, generated.values())
    host = f"[{args.host}]" if ":" in args.host else args.host
    print(f"btse-gui sandbox on http://{host}:{args.port}{args.route_prefix}  (Ctrl+C stops it)")
    if args.api_prefix or args.header_prefix != "btse-":
        signed = args.api_prefix or "(none)"
        print(f"Convention: signed prefix {signed}, {args.header_prefix}* headers")
    print("Demo accounts (public demo data):")
    listed = list(DEMO_ACCOUNTS.values())
    if len(generated) <= _LISTED_ACCOUNTS:
        listed += generated.values()
    for account in listed:
        credentials = f"key={account.key:<22} secret={account.secret:<25}"
        print(f"  {account.name:<9} {credentials} {account.description}")
    if len(generated) > _LISTED_ACCOUNTS:
        last = list(generated)[-1].removeprefix("gen-")
        print(
            f"  gen-NNNNN key=demo-gen-NNNNN-key secret=demo-gen-NNNNN-secret, "
            f"{len(generated)} generated accounts (NNNNN = 00001 to {last})"
        )
    if args.accounts_file:
        print(f"Generated accounts' keys and secrets: {args.accounts_file} (JSON lines)")
    sys.stdout.flush()
    try:
        serve_forever(sandbox, args.host, args.port)
    except OSError as exc:
        raise UsageError(f"cannot listen on {host}:{args.port}: {exc.strerror}") from None
    return EXIT_OK


def _write_accounts(path: str, accounts: Iterable[DemoAccount]) -> None:
    """One JSON object per line: ``{"name", "key", "secret"}`` (public demo data)."""
    try:
        with open(path, "w", encoding="utf-8") as out:
            for account in accounts:
                line = {"name": account.name, "key": account.key, "secret": account.secret}
                out.write(json.dumps(line) + "\n")
    except OSError as exc:
        raise UsageError(f"cannot write {path}: {exc.strerror}") from None

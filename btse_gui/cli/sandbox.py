"""``btse-gui sandbox``: the API contract and its demo accounts on this computer, in
any server convention, optionally with many generated accounts."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING

from btse_gui.api.errors import ApiError
from btse_gui.api.i18n import QT_TRANSLATE_NOOP, translate
from btse_gui.api.server import ServerProfile, is_loopback_host
from btse_gui.cli.args import bounded
from btse_gui.cli.common import UsageError, say

if TYPE_CHECKING:
    from btse_gui.sandbox.accounts import DemoAccount

EXIT_OK = 0


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    sandbox = commands.add_parser(
        "sandbox",
        help=translate("Cli", "run the local sandbox server"),
        description=translate(
            "Cli", "Serve the API contract and its demo accounts on this computer."
        ),
    )
    sandbox.add_argument(
        "--host",
        default="127.0.0.1",
        help=translate("Cli", "loopback address (default %(default)s)"),
    )
    sandbox.add_argument(
        "--header-prefix", default="btse-", help=translate("Cli", "btse- (default) or request-")
    )
    sandbox.add_argument(
        "--api-prefix", default="", help=translate("Cli", "signed prefix, e.g. /api/v3.2")
    )
    sandbox.add_argument(
        "--route-prefix",
        default="",
        help=translate("Cli", "routing prefix before it (not signed), e.g. /spot"),
    )
    sandbox.add_argument(
        "--port",
        type=bounded(int, 1, 65535, "--port"),
        default=8787,
        help=translate("Cli", "port, 1 to 65535 (default %(default)s)"),
    )
    sandbox.add_argument(
        "--clock-offset-ms",
        type=bounded(int, -(10**10), 10**10, "--clock-offset-ms"),
        default=0,
        help=translate("Cli", "run the server's clock this far off (at most about 115 days)"),
    )
    sandbox.add_argument(
        "--faults", default="", help=translate("Cli", "faults for every request, e.g. latency=200")
    )
    sandbox.add_argument(
        "--key-limit",
        type=bounded(int, 1, 100_000, "--key-limit"),
        default=15,
        help=translate("Cli", "requests per second per key (default 15)"),
    )
    sandbox.add_argument(
        "--user-limit",
        type=bounded(int, 1, 100_000, "--user-limit"),
        default=30,
        help=translate("Cli", "requests per second per user (default 30)"),
    )
    sandbox.add_argument(
        "--accounts",
        type=int,
        default=0,
        metavar="N",
        help=translate("Cli", "also serve N generated accounts, gen-00001 to gen-N (0 to 100000)"),
    )
    sandbox.add_argument(
        "--accounts-file",
        metavar="PATH",
        help=translate(
            "Cli", "write the generated accounts' names, keys and secrets to PATH (JSON lines)"
        ),
    )


def _check_sandbox_convention(args: argparse.Namespace) -> None:
    """The sandbox's convention, validated as a server profile's would be."""
    if args.route_prefix and not args.route_prefix.startswith("/"):
        raise UsageError(
            say(QT_TRANSLATE_NOOP("Cli", "--route-prefix must start with '/', like /spot"))
        )
    try:
        ServerProfile("http://127.0.0.1" + args.route_prefix, args.api_prefix, args.header_prefix)
    except ApiError as exc:
        raise UsageError(exc.user_message()) from None


#: Up to this many generated accounts are listed one per line; more in one line.
_LISTED_ACCOUNTS = 20


def run(args: argparse.Namespace) -> int:
    if not is_loopback_host(args.host):
        text = QT_TRANSLATE_NOOP(
            "Cli", "the sandbox listens on this computer only (e.g. 127.0.0.1 or ::1)"
        )
        raise UsageError(say(text))
    from btse_gui.sandbox.accounts import DEMO_ACCOUNTS, MAX_GENERATED_ACCOUNTS, generated_accounts
    from btse_gui.sandbox.app import Sandbox, SandboxConfig

    if not 0 <= args.accounts <= MAX_GENERATED_ACCOUNTS:
        text = QT_TRANSLATE_NOOP("Cli", "--accounts must be 0 to {most}")
        raise UsageError(say(text, most=MAX_GENERATED_ACCOUNTS))
    if args.accounts_file and not args.accounts:
        raise UsageError(say(QT_TRANSLATE_NOOP("Cli", "--accounts-file needs --accounts N")))

    try:
        import uvicorn  # noqa: F401 - only to fail early with a clear message

        from btse_gui.sandbox.server import bind_loopback, serve_on
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
    host = f"[{args.host}]" if ":" in args.host else args.host
    try:  # the port first: nothing is announced that cannot be served
        sock = bind_loopback(args.host, args.port)
    except OSError as exc:
        text = QT_TRANSLATE_NOOP("Cli", "cannot listen on {address}: {reason}")
        raise UsageError(say(text, address=f"{host}:{args.port}", reason=exc.strerror)) from None
    if args.accounts_file:
        try:
            _write_accounts(args.accounts_file, generated.values())
        except UsageError:
            sock.close()
            raise
    url = f"http://{host}:{args.port}{args.route_prefix}"
    print(say(QT_TRANSLATE_NOOP("Cli", "btse-gui sandbox on {url}  (Ctrl+C stops it)"), url=url))
    if args.api_prefix or args.header_prefix != "btse-":
        text = QT_TRANSLATE_NOOP("Cli", "Convention: signed prefix {signed}, {headers}* headers")
        signed = args.api_prefix or say(QT_TRANSLATE_NOOP("Cli", "(none)"))
        print(say(text, signed=signed, headers=args.header_prefix))
    print(say(QT_TRANSLATE_NOOP("Cli", "Demo accounts (public demo data):")))
    listed = list(DEMO_ACCOUNTS.values())
    if len(generated) <= _LISTED_ACCOUNTS:
        listed += generated.values()
    for account in listed:
        credentials = f"key={account.key:<22} secret={account.secret:<25}"
        print(f"  {account.name:<9} {credentials} {translate('DemoAccount', account.description)}")
    if len(generated) > _LISTED_ACCOUNTS:
        last = list(generated)[-1].removeprefix("gen-")
        text = QT_TRANSLATE_NOOP("Cli", "{n} generated accounts (NNNNN = 00001 to {last})")
        shown = say(text, n=len(generated), last=last)
        print(f"  gen-NNNNN key=demo-gen-NNNNN-key secret=demo-gen-NNNNN-secret, {shown}")
    if args.accounts_file:
        text = QT_TRANSLATE_NOOP("Cli", "Generated accounts' keys and secrets: {path} (JSON lines)")
        print(say(text, path=args.accounts_file))
    sys.stdout.flush()
    serve_on(sandbox, sock)
    return EXIT_OK


def _write_accounts(path: str, accounts: Iterable[DemoAccount]) -> None:
    """One JSON object per line: ``{"name", "key", "secret"}`` (public demo data)."""
    try:
        with open(path, "w", encoding="utf-8") as out:
            for account in accounts:
                line = {"name": account.name, "key": account.key, "secret": account.secret}
                out.write(json.dumps(line) + "\n")
    except OSError as exc:
        text = QT_TRANSLATE_NOOP("Cli", "cannot write {path}: {reason}")
        raise UsageError(say(text, path=path, reason=exc.strerror)) from None

"""The command line's parser and its commands: ``lookup``, ``profiles``, ``keychain``
and ``sandbox`` (the window comes with ``btse-gui`` alone: ``btse_gui.__main__``).

Credentials never come from flags (they would show in ``ps`` and shell history). Every
failure ends in one line on stderr and a non-zero exit code, never a traceback.
"""

from __future__ import annotations

import argparse
import sys

from btse_gui.api.i18n import QT_TRANSLATE_NOOP, UserFacingError, translate
from btse_gui.cli import window_args
from btse_gui.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_USAGE,
    KEY_ENV,
    SECRET_ENV,
    KeychainFailure,
    UsageError,
    add_server_options,
    one_line,
    say,
)
from btse_gui.cli.window_args import SECONDS, add_window_options, demo_names, timeout_help


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="btse-gui",
        description=translate(
            "Cli", "See a BTSE account: profile, KYC permissions and VIP status."
        ),
        epilog=exit_codes(),
    )
    add_window_options(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    lookup = commands.add_parser(
        "lookup",
        epilog=exit_codes(),
        help=translate("Cli", "look accounts up (one, some saved profiles, or all) and print them"),
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
    lookup.add_argument(
        "--lang",
        choices=("en", "zh_TW"),
        help=translate(
            "Cli", "write the table or the summary in this language, whatever the locale says"
        ),
    )

    from btse_gui.cli import profiles as cli_profiles

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

    from btse_gui.cli import sandbox as cli_sandbox

    cli_sandbox.add_parser(commands)
    return parser


def exit_codes() -> str:
    return translate(
        "Cli",
        "Exit codes: 0 done; 1 a lookup (or one of an account's reads) failed, or the "
        "keychain could not be used; 2 a usage or configuration problem; 130 interrupted. "
        "--json prints the shape docs/lookup.schema.json describes (schema_version 1).",
    )


def parse(argv: list[str]) -> argparse.Namespace:
    """The arguments, or the end of the process with argparse's message (``--help``: its
    text, exit 0; a usage error: one line, exit 2), in the command line's language."""
    window_args.cli_language()  # before the parser: its help and its errors speak it too
    return build_parser().parse_args(argv)


def run(args: argparse.Namespace) -> int:
    """Run the command ``args`` names (the window is ``btse_gui.__main__``'s)."""
    from btse_gui.api.errors import ApiError
    from btse_gui.core.no_dumps import keep_out_of_core_dumps

    if args.command in ("lookup", "profiles"):  # they read keys and secrets
        keep_out_of_core_dumps()
    try:
        if args.command == "lookup":
            from btse_gui.cli.lookup import lookup

            return lookup(args)
        if args.command == "sandbox":
            from btse_gui.cli import sandbox as cli_sandbox

            return cli_sandbox.run(args)
        if args.command == "keychain":
            return _keychain(args)
        if args.command == "profiles":
            from btse_gui.cli import profiles as cli_profiles

            return cli_profiles.run(args)
        raise AssertionError(f"no such command: {args.command}")
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


# --- keychain ------------------------------------------------------------------------------


def _keychain(args: argparse.Namespace) -> int:
    from btse_gui.profiles.keychain import CredentialStore

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

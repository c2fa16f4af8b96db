"""What every command shares: exit codes, one-line messages in the command line's
language, and the options that name a server's convention."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from btse_gui.api.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from btse_gui.api.server import ServerProfile

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


KEY_ENV = "BTSE_API_KEY"
SECRET_ENV = "BTSE_API_SECRET"  # noqa: S105 - the variable's name, not a secret
CONTEXT = "Cli"


class UsageError(Exception):
    """A one-line problem with what was asked, for the command line (exit code 2)."""


class KeychainFailure(Exception):
    """A one-line problem with the keychain, for the command line (exit code 1)."""


def say(source: str, **params: Any) -> str:
    """A command-line message in the active language (``source`` marked for lupdate)."""
    return translate(CONTEXT, source).format(**params)


def one_line(text: str) -> str:
    """A message on one line: the command line's failures are one line each."""
    return " ".join(part.strip() for part in text.splitlines() if part.strip())


def add_server_options(parser: argparse.ArgumentParser) -> None:
    """--preset, or --api-prefix and --header-prefix, for a server given by --server."""
    from btse_gui.api.presets import PRESETS

    choices = ", ".join(f"{p.name} = {p.describe()}" for p in PRESETS.values())
    parser.add_argument(
        "--preset",
        choices=list(PRESETS),
        help=translate(
            "Cli", "the server's convention: {choices} (default spec, or custom prefixes)"
        ).format(choices=choices),
    )
    parser.add_argument(
        "--api-prefix", help=translate("Cli", "signed path prefix, e.g. /api/v3.2 (custom)")
    )
    parser.add_argument(
        "--header-prefix", help=translate("Cli", "btse- (default) or request- (custom)")
    )


def server_from_args(args: argparse.Namespace) -> ServerProfile:
    """The server --server names, with --preset's convention or the custom prefixes."""
    from btse_gui.api.presets import PRESETS
    from btse_gui.api.server import ServerProfile

    if args.preset is not None:
        if args.api_prefix is not None or args.header_prefix is not None:
            text = QT_TRANSLATE_NOOP(
                "Cli", "--preset sets the API and header prefixes: give one or the other"
            )
            raise UsageError(say(text))
        return PRESETS[args.preset].apply(args.server)
    return ServerProfile(args.server, args.api_prefix or "", args.header_prefix or "btse-")

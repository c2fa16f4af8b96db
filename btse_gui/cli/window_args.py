"""The window's flags: ``btse-gui [--demo [ACCOUNT]] [--overview] ...`` with no command,
read by the command line's one parser (``btse_gui.cli.main``); ``btse_gui.__main__``
opens the window with them (the command line itself never imports Qt).
"""

from __future__ import annotations

import argparse

from btse_gui import app_version
from btse_gui.api.i18n import QT_TRANSLATE_NOOP, translate
from btse_gui.cli.args import bounded

EXIT_USAGE = 2

SECONDS = bounded(float, 1, 600, "--timeout")


def timeout_help() -> str:
    return translate(
        "Cli",
        "seconds to wait for the server's answer, 1 to 600 (default 35; the server gives up at 30)",
    )


def cli_language() -> None:
    """English unless the locale variables select zh_TW; the translations come from the
    Qt-free catalog (the command line never loads Qt)."""
    from btse_gui.api.i18n import catalog_translator, from_environment, install_translator
    from btse_gui.cli.args import speak_our_language

    chosen = from_environment()
    if chosen != "en":
        install_translator(catalog_translator(chosen), chosen)
        speak_our_language()


def demo_names() -> list[str]:
    from btse_gui.sandbox.accounts import DEMO_ACCOUNTS

    return list(DEMO_ACCOUNTS)


class _VersionAction(argparse.Action):
    """``--version``, reading the version only when asked (it costs start-up time)."""

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        print(f"btse-gui {app_version()}")
        parser.exit()


def add_window_options(parser: argparse.ArgumentParser) -> None:
    """The options of ``btse-gui`` itself (the window), and ``--version``, with their
    help in the active language (``cli_language`` runs before the full parser is made)."""
    parser.add_argument(
        "--version", action=_VersionAction, nargs=0, help=translate("Cli", "show the version")
    )
    parser.add_argument(
        "--demo",
        nargs="?",
        const="",
        metavar="ACCOUNT",
        choices=["", *demo_names()],
        help=translate(
            "Cli", "open the window on the built-in demo server (optionally signed in as ACCOUNT)"
        ),
    )
    parser.add_argument(
        "--quit-after-load",
        action="store_true",
        help=translate("Cli", "with --demo ACCOUNT: load, paint, print timings as JSON and exit"),
    )
    parser.add_argument(
        "--demo-faults",
        default="",
        metavar="SPEC",
        help=translate(
            "Cli", "make the demo server slow or faulty, e.g. latency=2000 or status=500"
        ),
    )
    parser.add_argument(
        "--lang",
        dest="window_language",
        choices=("en", "zh_TW"),
        help=translate("Cli", "the window's language, whatever the saved setting or the locale"),
    )
    parser.add_argument("--timeout", type=SECONDS, metavar="SECONDS", help=timeout_help())
    parser.add_argument("--screenshot", metavar="PNG", help=argparse.SUPPRESS)
    # Accounts overview.
    parser.add_argument(
        "--overview",
        action="store_true",
        help=translate(
            "Cli", "open the window on the accounts overview (every profile, or every demo account)"
        ),
    )
    parser.add_argument(
        "--demo-accounts",
        type=bounded(int, 0, 100_000, "--demo-accounts"),
        default=0,
        metavar="N",
        help=translate(
            "Cli", "with --demo: N more generated demo users (0 to 100000), for the overview"
        ),
    )


def usage_problem(args: argparse.Namespace) -> str | None:
    """What is wrong with this combination of the window's flags, in one line (English:
    ``btse_gui.__main__`` says it in the command line's language)."""
    if (args.quit_after_load or args.screenshot) and not (
        args.demo or (args.demo is not None and args.overview)
    ):
        return QT_TRANSLATE_NOOP(
            "Cli", "--quit-after-load needs --demo ACCOUNT or --demo --overview"
        )
    if args.demo_accounts and args.demo is None:
        return QT_TRANSLATE_NOOP("Cli", "--demo-accounts needs --demo")
    if args.demo_faults:
        from btse_gui.sandbox.faults import Faults

        try:
            Faults.parse(args.demo_faults)
        except ValueError as exc:
            return str(exc)
    return None

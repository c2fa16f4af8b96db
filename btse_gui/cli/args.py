"""Types for command-line flags: every number from a flag is range-checked (usage error)."""

from __future__ import annotations

import argparse
import math
from typing import Any

from btse_gui.api.i18n import QT_TRANSLATE_NOOP, translate


def bounded(kind: type[int] | type[float], low: float, high: float, what: str) -> Any:
    """An argparse type: a finite number of ``kind`` in [low, high], else a usage error."""

    def parse(text: str) -> int | float:
        try:
            value = kind(text)
        except (ValueError, OverflowError):
            message = translate("Cli", "{what} must be a number, not {text}")
            raise argparse.ArgumentTypeError(message.format(what=what, text=repr(text))) from None
        if not math.isfinite(value) or not low <= value <= high:
            message = translate("Cli", "{what} must be between {low} and {high}")
            raise argparse.ArgumentTypeError(
                message.format(what=what, low=f"{low:g}", high=f"{high:g}")
            )
        return value

    return parse


#: argparse's own words a person meets (usage, its errors, the help's headings), marked
#: for translation. argparse looks up its ``_`` each time it speaks, so it can be given
#: the app's translations (``speak_our_language``).
ARGPARSE_WORDS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
)


def speak_our_language() -> None:
    """argparse's messages in the active language (English: unchanged)."""
    setattr(argparse, "_", lambda text: translate("argparse", text))  # noqa: B010

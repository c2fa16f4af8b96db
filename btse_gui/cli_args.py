"""Types for command-line flags: every number from a flag is range-checked (usage error)."""

from __future__ import annotations

import argparse
import math
from typing import Any


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

"""What the children share: printing their one JSON line, and running one named case."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Mapping

Report = dict[str, object]


def run_case(cases: Mapping[str, Callable[[list[str]], Report]]) -> None:
    """Run the case ``sys.argv[1]`` with the rest of the arguments; print its report."""
    name, *args = sys.argv[1:]
    print(json.dumps(cases[name](args)), flush=True)

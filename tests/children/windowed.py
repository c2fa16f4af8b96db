"""The window started as ``pythonw``, a ``gui-scripts`` entry or a windowed bundle start
it: no standard streams at all (``None``). Runs ``btse-gui`` with the rest of the
arguments; exits with its code."""

from __future__ import annotations

import sys

if __name__ == "__main__":
    args = sys.argv[1:]
    sys.stdin = sys.stdout = sys.stderr = None
    sys.__stdout__ = sys.__stderr__ = None  # type: ignore[misc]
    from btse_gui.__main__ import main

    sys.exit(main(args))

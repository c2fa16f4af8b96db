"""``btse-gui`` and ``python -m btse_gui``."""

from __future__ import annotations

import sys
import time

#: When the process got here: ``--quit-after-load`` reports timings from this point.
STARTED = time.perf_counter()


def main(argv: list[str] | None = None) -> int:
    from btse_gui.cli import run

    return run(sys.argv[1:] if argv is None else argv, started=STARTED)


if __name__ == "__main__":
    sys.exit(main())

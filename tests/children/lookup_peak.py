"""``btse-gui lookup --server URL`` (URL: ``sys.argv[1]``), then its peak memory on
stderr as ``PEAK <MB>``; exits with the lookup's code."""

from __future__ import annotations

import sys

from btse_gui.__main__ import main
from btse_gui.core.memory import peak_rss_mb

if __name__ == "__main__":
    code = main(["lookup", "--server", sys.argv[1]])
    print(f"PEAK {peak_rss_mb():.0f}", file=sys.stderr)
    sys.exit(code)

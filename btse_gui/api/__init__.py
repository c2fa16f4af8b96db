"""The BTSE account API: signing, the async client, response models and errors.

Nothing in this package imports Qt: it is shared by the window, the command line
and the sandbox's tests.
"""

import sys

# httpx's package imports its own command line (click, pygments, rich) whenever those
# happen to be installed (uvicorn and pytest bring them, and many desktops have rich): a
# tool this app never runs. Marked absent here, httpx falls back to its stub ``main``.
# Measured (benchmarks/ab_start.py, 15 interleaved pairs, 2026-12-03): without it
# `btse-gui lookup --demo kyc3 --json` takes +75 ms idle, +97 ms with one core busy.
# It names httpx's private module ``httpx._main`` (httpx 0.27 to 0.29):
# tests/test_startup.py fails if httpx's command line loads again.
sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]

"""The BTSE account API: signing, the async client, response models and errors.

Nothing in this package imports Qt: it is shared by the window, the command line
and the sandbox's tests.
"""

import sys

# httpx's package imports its own command line (click, pygments, rich) whenever those
# happen to be installed (uvicorn and pytest bring them): ~85 ms and 4 MB at start-up for
# a tool this app never runs. Marked absent here, httpx falls back to its stub ``main``.
sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]

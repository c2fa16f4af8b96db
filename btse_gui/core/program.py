"""How btse-gui starts itself again, with this installation: the lookups' process, and a
demo window opened from the sign-in form.

The frozen app runs its own binary. Otherwise this interpreter runs isolated (``-I``: no
current folder on the module path, no ``PYTHON*`` variables, no user site folder) with
btse-gui's own folder put first, so a module planted in the working folder never runs
beside the credentials.
"""

from __future__ import annotations

import sys
from pathlib import Path

#: The interpreter's start when it is not the frozen app: btse-gui's folder first, then
#: the same dispatch as ``btse-gui ARGS`` (``__main__.main``).
BOOT = (
    "import sys; sys.path.insert(0, sys.argv[1]); "
    "from btse_gui.__main__ import main; sys.exit(main(sys.argv[2:]))"
)


def command(*args: str) -> list[str]:
    """The command line that runs ``btse-gui ARGS``."""
    if getattr(sys, "frozen", False):  # the bundle's own binary
        return [sys.executable, *args]
    home = str(Path(__file__).resolve().parent.parent.parent)  # the folder holding btse_gui
    return [sys.executable, "-I", "-c", BOOT, home, *args]

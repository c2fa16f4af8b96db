"""Keeping secrets out of core dumps: a process that holds a key or secret asks the
system not to write its memory to a core file, and (Linux) not to let other programs
of the same user read it (``PR_SET_DUMPABLE``: no core, no ptrace, /proc/PID/mem closed).

Called by the window once its first frame is painted (before the keychain is read), by
the lookups' process at its start, and by the command line's commands. Where the
platform has neither (Windows), nothing happens. No Qt; Unix modules imported here, at
call time, never at import time.
"""

from __future__ import annotations

import contextlib
import sys
from typing import Any

#: prctl's option number for "may this process be dumped" (linux/prctl.h).
PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3


def keep_out_of_core_dumps() -> None:
    """No core file from this process, and on Linux not dumpable at all."""
    try:
        import resource
    except ImportError:  # Windows
        return
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            _libc().prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)


def dumpable() -> bool | None:
    """Whether this process may be dumped (Linux; ``None`` elsewhere)."""
    if not sys.platform.startswith("linux"):
        return None
    return bool(_libc().prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))


def _libc() -> Any:
    import ctypes

    return ctypes.CDLL(None, use_errno=True)

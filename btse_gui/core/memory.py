"""How much memory the process has used at most, on every platform, without Qt."""

from __future__ import annotations

import sys


def peak_rss_mb() -> float:
    """The process's peak resident memory (-1 where it cannot be read).

    On Linux from ``VmHWM``: ``ru_maxrss`` survives ``exec``, so a process started by a
    big one (a test runner) would report its parent's peak as its own.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return round(int(line.split()[1]) / 1024, 1)
    except (OSError, ValueError):
        pass
    try:
        import resource  # Unix only: imported here, never at start-up
    except ImportError:
        return -1.0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)

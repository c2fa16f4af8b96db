"""What the window was asked for on the command line (``btse-gui [--demo ...]``)."""

from __future__ import annotations

import argparse
from dataclasses import dataclass


@dataclass(frozen=True)
class GuiOptions:
    #: ``None``: a real server. ``""``: the demo with its account picker. A name: that
    #: demo account, signed in at once.
    demo: str | None = None
    #: Load, paint, print one JSON line of timings and close (benchmarks, smoke tests).
    quit_after_load: bool = False
    #: ``time.perf_counter()`` when the process started: timings count from here.
    started: float = 0.0
    #: With ``quit_after_load``: save a picture of the window here before quitting.
    screenshot: str | None = None
    #: Faults for the demo's sandbox (``latency=2000``...), to try slow or failing servers.
    demo_faults: str = ""
    #: Overrides the saved language ("system", "en", "zh_TW").
    language: str | None = None
    #: Seconds to wait for a server's answer (default: a little over the server's 30 s).
    timeout: float | None = None
    #: Accounts overview: open the window on it; the demo adds this many generated users.
    overview: bool = False
    demo_accounts: int = 0

    @classmethod
    def from_args(cls, args: argparse.Namespace, started: float) -> GuiOptions:
        """From the window's flags (``btse_gui.cli.window_args``)."""
        return cls(
            demo=args.demo,
            quit_after_load=args.quit_after_load or bool(args.screenshot),
            started=started,
            screenshot=args.screenshot,
            demo_faults=args.demo_faults,
            timeout=args.timeout,
            overview=args.overview,
            demo_accounts=args.demo_accounts,
            language=args.window_language,
        )

    @property
    def is_demo(self) -> bool:
        return self.demo is not None

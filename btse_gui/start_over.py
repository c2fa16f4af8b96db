"""What the window's start puts off until its sign-in is over (or ``START_MAX_S`` has
passed, for a slow server): each of these would otherwise come before the account's
data is on screen.

- Garbage collection: ``cli_window`` turns the collector off before Qt is imported.
- The log file (the lines logged so far are kept in memory and written to it first).
- The start's sign-in process (:mod:`btse_gui.start_fetch`) is told to end once it
  has answered.
- When that process signed in, the HTTP stack (and a real server's TLS context) is
  imported now, in a worker thread, for the refreshes that follow.

No Qt here.
"""

from __future__ import annotations

import gc
import threading
from concurrent.futures import Future
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from btse_gui.start_fetch import StartFetch

#: What the start puts off waits at most this long for the sign-in.
START_MAX_S = 3.0


class StartOver:
    """Runs what the start put off, once (:meth:`now`)."""

    def __init__(self, demo: bool, start_fetch: StartFetch | None) -> None:
        self.demo = demo
        self.start_fetch = start_fetch
        #: Done once the HTTP stack has been imported (at once if it already was).
        self.http_ready: Future[None] = Future()
        self._done = False

    def now(self) -> None:
        if self._done:
            return
        self._done = True
        from btse_gui import logs

        collect_again()
        logs.setup()
        if self.start_fetch is None:
            self.http_ready.set_result(None)
            return
        self.start_fetch.done_with()
        threading.Thread(target=self._import_http_stack, name="btse-gui http", daemon=True).start()

    def _import_http_stack(self) -> None:
        """In a worker thread: the window stays responsive (the interpreter's lock is
        handed back every 5 ms); a refresh asked for meanwhile imports what it needs
        itself, the import system making it wait for what this thread is importing."""
        from btse_gui.launch import preload

        try:
            preload(self.demo)
            if not self.demo:
                from btse_gui.api.connections import tls_context

                tls_context()
        except BaseException as exc:  # the refresh that needs it says why
            self.http_ready.set_exception(exc)
        else:
            self.http_ready.set_result(None)


def collect_again() -> None:
    """The end of the start's pause in garbage collection and the freeze after it.

    The start builds ~150,000 objects that live as long as the app (modules, classes, Qt's
    wrappers) and nearly no garbage; collecting while they are built walked them again
    and again, ~18 ms before the data was shown (median of 15 runs). Frozen, they are
    skipped by every full pass from here on; each would otherwise walk the whole heap,
    50-120 ms with the window frozen, at moments nobody chooses."""
    if not gc.isenabled() or gc.get_freeze_count() == 0:
        gc.freeze()
        gc.enable()

"""The accounts overview's lookups, in a process of their own: the window's side.

Why a process: hundreds of accounts at once are thousands of small Python steps (signing,
parsing, and for the demo the in-process sandbox itself). In a thread of the window's
process they take turns with the window for the one interpreter (the GIL), and the table
calls back into Python for every cell it paints: while 300 rows arrived, the window froze
for 108-185 ms at a time. In a process of their own they run on another core, and the
window only takes finished rows.

:class:`LookupProcess` starts the process (:func:`command`: one way, in one place), then
one thread writes its messages and one reads its answers (:mod:`btse_gui.worker.wire`):
first the client factory, then per job its targets; each row comes back as it arrives,
and ``done`` at the end of a job; ``cancel`` stops a job there. Closing the pipe ends the
process, and so does the window's process ending, whatever the way: the pipe closes
with it.

The process starts isolated from where it was started (:mod:`btse_gui.core.program`:
``python -I`` with btse-gui's own folder first, or the frozen app's own binary), so a
module planted in the working folder never runs beside the credentials.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
import os
import queue
import subprocess
import threading
from collections.abc import AsyncIterable, Sequence
from dataclasses import dataclass, field
from typing import IO

from btse_gui.core import program
from btse_gui.core.clients import ClientFactory
from btse_gui.core.lookups import Row, RowCallback, Target
from btse_gui.core.overview import LookupsStoppedError
from btse_gui.worker import WORKER_FLAG, wire

log = logging.getLogger("btse_gui.worker")

#: Targets per message (credentials included).
TARGETS_PER_MESSAGE = 50
#: The process's CPU priority (Unix ``nice``; Windows: below normal).
BACKGROUND_NICENESS = 10
#: How long a closed process may take to finish its jobs' clean-up before it is killed.
STOP_WAIT_S = 5.0


def command() -> list[str]:
    """How the lookups' process is started (see the module's doc)."""
    return program.command(WORKER_FLAG)


@dataclass
class _Job:
    loop: asyncio.AbstractEventLoop
    on_row: RowCallback
    done: asyncio.Future[None] = field(init=False)

    def __post_init__(self) -> None:
        self.done = self.loop.create_future()

    def deliver(self, row: Row) -> None:
        if not self.done.done():  # rows still on their way after a cancel are dropped
            self.on_row(row)

    def finish(self, error: BaseException | None) -> None:
        if self.done.done():
            return
        if error is None:
            self.done.set_result(None)
        else:
            self.done.set_exception(error)


class LookupProcess:
    """The lookups' process, started on first use and kept for the next refresh; a
    :class:`btse_gui.core.overview.Lookups`. The process makes its clients from
    ``client_factory``'s description."""

    def __init__(self, client_factory: ClientFactory) -> None:
        self.client_factory = client_factory
        self._process: subprocess.Popen[bytes] | None = None
        self._outbox: queue.SimpleQueue[wire.Message | None] = queue.SimpleQueue()
        self._jobs: dict[int, _Job] = {}
        self._ids = itertools.count(1)
        self._starting: asyncio.Future[None] | None = None
        #: The process's peak memory (MB) as it last reported it.
        self.peak_rss_mb = 0.0

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def start_soon(self) -> None:
        """Start the process in the background, if it is not running (it then imports
        what it needs while the caller reads the profiles)."""
        if not self.running and (self._starting is None or self._starting.done()):
            self._starting = asyncio.ensure_future(asyncio.to_thread(self._start))
            self._starting.add_done_callback(_seen)

    async def _started(self) -> None:
        self.start_soon()
        if self._starting is not None:
            await asyncio.shield(self._starting)

    def _start(self) -> None:
        """Start the process (in a worker thread: spawning one takes 10-30 ms)."""
        if self.running:
            return
        # Background priority, so the window comes first for the CPU (Windows: from the
        # start; elsewhere just after), and on Windows no console window.
        flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)
        flags |= getattr(subprocess, "BELOW_NORMAL_PRIORITY_CLASS", 0)
        try:
            process = subprocess.Popen(  # noqa: S603 (this program, no shell, no input)
                command(),
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                creationflags=flags,
            )
        except OSError as exc:
            log.error("the lookups' process did not start: %s", type(exc).__name__)
            raise LookupsStoppedError() from None
        if hasattr(os, "setpriority"):  # at once: its own start competes for the CPU too
            with contextlib.suppress(OSError):
                os.setpriority(os.PRIO_PROCESS, process.pid, BACKGROUND_NICENESS)
        self._process, self._outbox, self._jobs = process, queue.SimpleQueue(), {}
        self._outbox.put(wire.Clients(self.client_factory.describe()))
        assert process.stdin is not None
        assert process.stdout is not None
        for target, args in (
            (self._write_all, (process.stdin, self._outbox)),
            (self._read_all, (process.stdout, self._outbox, self._jobs)),
        ):
            threading.Thread(target=target, args=args, name="btse-gui lookups", daemon=True).start()

    async def fetch(
        self,
        batches: AsyncIterable[Sequence[Target]],
        on_row: RowCallback,
        max_in_flight: int | None = None,
    ) -> None:
        """Look up the targets of ``batches``; ``on_row`` gets each row on this loop as it
        arrives. The batches may still be being read (from the keychain, say): the
        first targets are looked up while the next are read.

        Returns when every row is in; cancelling stops the job in the process too.
        Raises :class:`LookupsStoppedError` if the process ends first.
        """
        await self._started()
        job_id, job = next(self._ids), _Job(asyncio.get_running_loop(), on_row)
        jobs, outbox = self._jobs, self._outbox
        jobs[job_id] = job
        outbox.put(wire.Fetch(job_id, max_in_flight))
        try:
            async for batch in batches:
                for start in range(0, len(batch), TARGETS_PER_MESSAGE):
                    chunk = tuple(batch[start : start + TARGETS_PER_MESSAGE])
                    outbox.put(wire.Targets(job_id, chunk))
            outbox.put(wire.End(job_id))
            await job.done
        finally:
            jobs.pop(job_id, None)
            if not job.done.done() or job.done.cancelled():
                outbox.put(wire.Cancel(job_id))

    def _write_all(self, stream: IO[bytes], outbox: queue.SimpleQueue[wire.Message | None]) -> None:
        """The writer thread: a full pipe (the process still starting) never blocks the
        window's thread."""
        with contextlib.suppress(OSError, ValueError):
            while (message := outbox.get()) is not None:
                wire.write(stream, message)
        with contextlib.suppress(OSError, ValueError):
            stream.close()  # the process's cue to stop

    def _read_all(
        self,
        stream: IO[bytes],
        outbox: queue.SimpleQueue[wire.Message | None],
        jobs: dict[int, _Job],
    ) -> None:
        """The reader thread: each answer to its job's loop, in the order it came."""
        for message in wire.read(stream):
            if isinstance(message, wire.Done):
                self.peak_rss_mb = max(self.peak_rss_mb, message.peak_rss_mb)
            job = jobs.get(getattr(message, "job", 0))
            if job is None:
                continue
            if isinstance(message, wire.RowAnswer):
                job.loop.call_soon_threadsafe(job.deliver, message.row)
            elif isinstance(message, wire.Done):
                failed = LookupsStoppedError() if message.failed else None
                job.loop.call_soon_threadsafe(job.finish, failed)
        outbox.put(None)  # the process is gone: the writer stops too
        for job in list(jobs.values()):
            with contextlib.suppress(RuntimeError):  # that loop is closed: nobody waits
                job.loop.call_soon_threadsafe(job.finish, LookupsStoppedError())

    async def aclose(self) -> None:
        """Stop the jobs and the process (its clients close there first)."""
        process, self._process = self._process, None
        if process is None:
            return
        self._outbox.put(None)
        try:
            await asyncio.to_thread(process.wait, STOP_WAIT_S)
        except subprocess.TimeoutExpired:
            process.kill()
            await asyncio.to_thread(process.wait)


def _seen(future: asyncio.Future[None]) -> None:
    """A failed start is reported by the fetch that waits for it; never "not retrieved"."""
    if not future.cancelled():
        future.exception()

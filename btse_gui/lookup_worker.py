"""The accounts overview's lookups, in a process of their own.

Why a process: hundreds of accounts at once are thousands of small Python steps (signing,
parsing, and for the demo the in-process sandbox itself). In a thread of the window's
process they take turns with the window for the one interpreter (the GIL), and the table
calls back into Python for every cell it paints: while 300 rows arrived, the window froze
for 108-185 ms at a time, garbage collections in the lookups' thread included. In a
process of their own they run on another core, and the window only takes finished rows.

:class:`LookupProcess` (the window's side) starts ``btse-gui`` again with
``--lookup-worker`` (the frozen app too: the same binary; see :mod:`btse_gui.worker_pipe`)
and talks to it over its stdin and stdout: first the client factory, then one ``fetch``
per job with its targets (or one ``sign_in``, :mod:`btse_gui.start_fetch`). The
credentials travel only through that pipe: never the command line, the environment or a
file. The process answers each row as it arrives and ``done`` at the end of a job;
``cancel`` stops a job there. Closing the pipe ends the process, and so does the window's
process ending, whatever the way: the pipe closes with it.

Both ends are the same program, so messages are pickled (a length, then the bytes).
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import itertools
import logging
import os
import pickle
import queue
import subprocess
import sys
import threading
from collections.abc import AsyncIterable, AsyncIterator, Callable, Sequence
from dataclasses import dataclass, field
from typing import IO, Any

from btse_gui.i18n import QT_TRANSLATE_NOOP, UserFacingError, language
from btse_gui.lookups import Row, RowCallback, Target
from btse_gui.worker_pipe import read_message, worker_command, write_message

log = logging.getLogger("btse_gui.overview")

#: Targets per message (credentials included).
TARGETS_PER_MESSAGE = 50
#: The process's CPU priority (Unix ``nice``; Windows: below normal).
BACKGROUND_NICENESS = 10
#: How long a closed process may take to finish its jobs' clean-up before it is killed.
STOP_WAIT_S = 5.0


class LookupsStoppedError(UserFacingError):
    context = "Overview"
    template = QT_TRANSLATE_NOOP(
        "Overview", "The lookups stopped unexpectedly. Choose Refresh all to try again."
    )


# --- the window's side ------------------------------------------------------------------


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
    """The lookups' process, started on first use and kept for the next refresh.

    ``client_factory`` must be picklable (see :mod:`btse_gui.clients`): the process
    makes its clients from its own copy.
    """

    def __init__(self, client_factory: Callable[..., Any]) -> None:
        self.client_factory = client_factory
        self._process: subprocess.Popen[bytes] | None = None
        self._outbox: queue.SimpleQueue[object] = queue.SimpleQueue()
        self._jobs: dict[int, _Job] = {}
        self._ids = itertools.count(1)
        self._starting: asyncio.Future[None] | None = None
        #: The process's peak memory (MB) as it last reported it, for the benchmarks.
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
                worker_command(),
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
        self._outbox.put(("factory", self.client_factory))
        assert process.stdin is not None
        assert process.stdout is not None
        threads = (
            (self._write_all, (process.stdin, self._outbox)),
            (self._read_all, (process.stdout, self._outbox, self._jobs)),
        )
        for target, args in threads:
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
        outbox.put(("fetch", job_id, max_in_flight, language()))
        try:
            async for batch in batches:
                # Small messages: the writer thread holds the interpreter while it
                # pickles one, and the window's thread may be waiting for it.
                for start in range(0, len(batch), TARGETS_PER_MESSAGE):
                    outbox.put(
                        ("targets", job_id, list(batch[start : start + TARGETS_PER_MESSAGE]))
                    )
            outbox.put(("end", job_id))
            await job.done
        finally:
            jobs.pop(job_id, None)
            if not job.done.done() or job.done.cancelled():
                outbox.put(("cancel", job_id))

    def _write_all(self, stream: IO[bytes], outbox: queue.SimpleQueue[object]) -> None:
        """The writer thread: a full pipe (the process still starting) never blocks the
        window's thread."""
        with contextlib.suppress(OSError, ValueError):
            while (message := outbox.get()) is not None:
                write_message(stream, message)
        with contextlib.suppress(OSError, ValueError):
            stream.close()  # the process's cue to stop

    def _read_all(
        self, stream: IO[bytes], outbox: queue.SimpleQueue[object], jobs: dict[int, _Job]
    ) -> None:
        """The reader thread: each answer to its job's loop, in the order it came."""
        message: Any = None
        with contextlib.suppress(OSError, ValueError, EOFError, pickle.UnpicklingError):
            while (message := read_message(stream)) is not None:
                kind, job_id, *rest = message
                job = jobs.get(job_id)
                if kind == "done":
                    self.peak_rss_mb = max(self.peak_rss_mb, rest[1])
                if job is None:
                    continue
                if kind == "row":
                    job.loop.call_soon_threadsafe(job.deliver, rest[0])
                elif kind == "done":
                    failed = LookupsStoppedError() if rest[0] else None
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


class _Heard(logging.Handler):
    """A log's messages, kept as they are (the window's log redacts them as it writes)."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())


def _seen(future: asyncio.Future[None]) -> None:
    """A failed start is reported by the fetch that waits for it; never "not retrieved"."""
    if not future.cancelled():
        future.exception()


# --- the process's side -----------------------------------------------------------------


def serve() -> int:
    """``btse-gui --lookup-worker``: answer the window's jobs until the pipe closes."""
    inbox, outbox = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr  # a stray print must not garble the pipe
    asyncio.run(_Worker(outbox).run(inbox))
    return 0


class _Worker:
    def __init__(self, outbox: IO[bytes]) -> None:
        self.outbox = outbox
        self.factory: Callable[..., Any] | None = None
        self.jobs: dict[int, asyncio.Task[None]] = {}
        #: Each job's targets as they come (``None``: no more).
        self.targets: dict[int, asyncio.Queue[list[Target] | None]] = {}

    def send(self, message: object) -> None:
        write_message(self.outbox, message)

    async def run(self, inbox: IO[bytes]) -> None:
        loop = asyncio.get_running_loop()
        messages: asyncio.Queue[Any] = asyncio.Queue()

        def read() -> None:
            message: Any = None
            with contextlib.suppress(OSError, ValueError, EOFError, pickle.UnpicklingError):
                while (message := read_message(inbox)) is not None:
                    loop.call_soon_threadsafe(messages.put_nowait, message)
            loop.call_soon_threadsafe(messages.put_nowait, None)

        threading.Thread(target=read, name="btse-gui lookups", daemon=True).start()
        while (message := await messages.get()) is not None:
            self.handle(message)
        for task in self.jobs.values():
            task.cancel()
        await asyncio.gather(*self.jobs.values(), return_exceptions=True)

    def handle(self, message: Any) -> None:
        kind, *rest = message
        if kind == "factory":
            self.factory = rest[0]
            return
        job_id: int = rest[0]
        if kind == "fetch":
            targets: asyncio.Queue[list[Target] | None] = asyncio.Queue()
            self.targets[job_id] = targets
            task = asyncio.ensure_future(self.fetch(job_id, targets, *rest[1:]))
            self.jobs[job_id] = task
            task.add_done_callback(functools.partial(self._forget, job_id))
        elif kind in ("targets", "end") and (waiting := self.targets.get(job_id)) is not None:
            waiting.put_nowait(rest[1] if kind == "targets" else None)
        elif kind == "cancel" and (running := self.jobs.get(job_id)) is not None:
            running.cancel()
        elif kind == "sign_in":
            task = asyncio.ensure_future(self.sign_in(job_id, *rest[1:]))
            self.jobs[job_id] = task
            task.add_done_callback(functools.partial(self._forget, job_id))

    def _forget(self, job_id: int, _: object) -> None:
        self.jobs.pop(job_id, None)
        self.targets.pop(job_id, None)

    async def sign_in(
        self, job_id: int, server: tuple[str, str, str], key: str, secret: str
    ) -> None:
        """The start's sign-in (:mod:`btse_gui.start_fetch`): one account's three reads,
        answered with the snapshot, or with the error as the window's own client would
        have raised it; the window's session reads either as its own. ``broken``: this
        failed in a way it should not (a bug), and the window signs in itself."""
        from btse_gui.api.errors import ApiError
        from btse_gui.api.server import Credentials, ServerProfile

        snapshot, error, broken = None, None, False
        client = None
        # What httpx logs of these requests goes to the window with the answer, for its
        # log file (this process has none).
        heard = _Heard()
        httpx_log = logging.getLogger("httpx")
        httpx_log.setLevel(logging.INFO)
        httpx_log.addHandler(heard)
        try:
            client = self.factory(ServerProfile(*server))  # type: ignore[misc]
            snapshot = await client.fetch_account(Credentials(key, secret))
        except ApiError as exc:
            error = exc
        except Exception as exc:  # never with a value in the log: it may hold the key
            log.error("the start's sign-in failed: %s", type(exc).__name__)
            broken = True
        finally:
            httpx_log.removeHandler(heard)
            if client is not None:
                with contextlib.suppress(Exception):
                    await client.aclose()
        with contextlib.suppress(OSError, ValueError):  # the window is gone: nobody waits
            try:
                self.send(("signed_in", job_id, snapshot, error, broken, heard.lines))
            except (pickle.PicklingError, TypeError, AttributeError):
                log.error("the start's sign-in could not be sent: %s", type(error).__name__)
                self.send(("signed_in", job_id, None, None, True, heard.lines))

    async def fetch(
        self,
        job_id: int,
        targets: asyncio.Queue[list[Target] | None],
        max_in_flight: int | None,
        lang: str,
    ) -> None:
        from btse_gui.i18n import catalog_translator, install_translator
        from btse_gui.lookups import fetch_all
        from btse_gui.memory import peak_rss_mb

        install_translator(catalog_translator(lang) if lang != "en" else None, lang)

        async def arriving() -> AsyncIterator[Target]:
            while (chunk := await targets.get()) is not None:
                for target in chunk:
                    yield target

        failed = False
        try:
            await fetch_all(
                arriving(),
                self.factory,
                on_row=lambda row: self.send(("row", job_id, row)),
                max_in_flight=max_in_flight,
            )
        except Exception as exc:  # a bug: say so in the log, never with a value in it
            log.error("lookups failed: %s", type(exc).__name__)
            failed = True
        self.send(("done", job_id, failed, peak_rss_mb()))

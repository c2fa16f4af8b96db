"""The lookups' process itself: answer the window's jobs until its pipe closes.

Started by :mod:`btse_gui.worker.process` (see there); speaks :mod:`btse_gui.worker.wire`
on stdin and stdout. Its clients are made from the factory the window described; each
job's targets are looked up as they arrive (:func:`btse_gui.core.lookups.fetch_all`)
and each row is sent the moment it is known. No Qt.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import sys
import threading
from collections.abc import AsyncIterator
from typing import IO

from btse_gui.core.clients import DemoClients, RealClients, from_description
from btse_gui.core.lookups import Target, fetch_all
from btse_gui.core.memory import peak_rss_mb
from btse_gui.core.no_dumps import keep_out_of_core_dumps
from btse_gui.worker import wire

log = logging.getLogger("btse_gui.worker")


def main() -> int:
    """``btse-gui --lookup-worker`` (the frozen app) or the isolated interpreter's start."""
    keep_out_of_core_dumps()  # the credentials arrive on stdin
    inbox, outbox = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr  # a stray print must not garble the pipe
    asyncio.run(_Worker(outbox).run(inbox))
    return 0


class _Worker:
    def __init__(self, outbox: IO[bytes]) -> None:
        self.outbox = outbox
        self.factory: RealClients | DemoClients | None = None
        self.jobs: dict[int, asyncio.Task[None]] = {}
        #: Each job's targets as they come (``None``: no more).
        self.targets: dict[int, asyncio.Queue[tuple[Target, ...] | None]] = {}

    def send(self, message: wire.Message) -> None:
        wire.write(self.outbox, message)

    async def run(self, inbox: IO[bytes]) -> None:
        loop = asyncio.get_running_loop()
        messages: asyncio.Queue[wire.Message | None] = asyncio.Queue()

        def read() -> None:
            for message in wire.read(inbox):
                loop.call_soon_threadsafe(messages.put_nowait, message)
            loop.call_soon_threadsafe(messages.put_nowait, None)

        threading.Thread(target=read, name="btse-gui lookups", daemon=True).start()
        while (message := await messages.get()) is not None:
            self.handle(message)
        for task in self.jobs.values():
            task.cancel()
        await asyncio.gather(*self.jobs.values(), return_exceptions=True)

    def handle(self, message: wire.Message) -> None:
        match message:
            case wire.Clients(factory):
                try:
                    self.factory = from_description(factory)
                except ValueError as exc:
                    log.error("no client factory: %s", exc)
            case wire.Fetch(job, max_in_flight):
                targets: asyncio.Queue[tuple[Target, ...] | None] = asyncio.Queue()
                self.targets[job] = targets
                task = asyncio.ensure_future(self.fetch(job, targets, max_in_flight))
                self.jobs[job] = task
                task.add_done_callback(functools.partial(self._forget, job))
            case wire.Targets(job, chunk) if (waiting := self.targets.get(job)) is not None:
                waiting.put_nowait(chunk)
            case wire.End(job) if (waiting := self.targets.get(job)) is not None:
                waiting.put_nowait(None)
            case wire.Cancel(job) if (running := self.jobs.get(job)) is not None:
                running.cancel()

    def _forget(self, job: int, _: object) -> None:
        self.jobs.pop(job, None)
        self.targets.pop(job, None)

    async def fetch(
        self,
        job: int,
        targets: asyncio.Queue[tuple[Target, ...] | None],
        max_in_flight: int | None,
    ) -> None:
        async def arriving() -> AsyncIterator[Target]:
            while (chunk := await targets.get()) is not None:
                for target in chunk:
                    yield target

        failed = self.factory is None
        if self.factory is not None:
            try:
                await fetch_all(
                    arriving(),
                    self.factory,
                    on_row=lambda row: self.send(wire.RowAnswer(job, row)),
                    max_in_flight=max_in_flight,
                )
            except Exception as exc:  # a bug: say so in the log, never with a value in it
                log.error("lookups failed: %s", type(exc).__name__)
                failed = True
        self.send(wire.Done(job, failed, peak_rss_mb()))

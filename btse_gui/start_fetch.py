"""The start's sign-in, fetched by a process of its own while the window starts.

Why: the window's start is one thread. After its first frame it imports asyncio, the
session and the widgets and builds the account page; importing the HTTP stack (httpx
and what it pulls in) and making the three reads came on top, in that same thread,
before the data could be shown. A second process does the reads on another core
while the window builds itself: the lookups' process (``btse-gui --lookup-worker``, see
:mod:`btse_gui.lookup_worker`), started before Qt is imported, answering one
``sign_in``. The window imports the HTTP stack once the data is on screen, in a worker
thread, for the refreshes that follow. Measured (interleaved runs of ``--demo kyc3
--quit-after-load``, medians of 21): data shown 0.524 -> 0.455 s after the start.

1. :meth:`StartFetch.begin` starts the process and gives it the client factory; the
   sign-in is asked for at once (a demo account) or once the keychain has given the
   remembered profile's key (:meth:`StartFetch.ask`). The credentials travel only
   through the process's stdin, as the overview's do.
2. The session's clients come from :class:`FirstAnswerClients`: the first
   ``fetch_account`` for the server and credentials asked for takes the process's
   answer, the snapshot or the error exactly as an in-process client would have raised
   it, so the session reads it as its own. Everything else (refreshes, another
   account, a connection check) goes to an in-process client, made when first needed.
   If the process cannot start, dies or breaks, that client signs in instead.
3. :meth:`StartFetch.done_with` once the start is over: the pipe closes, and the
   process ends, as soon as the answer is in.

Nothing here imports asyncio or Qt: the process is started before the first paint.
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, InvalidStateError
from typing import IO, TYPE_CHECKING, Any

from btse_gui.worker_pipe import read_message, worker_command, write_message

if TYPE_CHECKING:
    from btse_gui.api.client import BtseClient
    from btse_gui.api.models import AccountSnapshot
    from btse_gui.api.server import Credentials, ServerProfile
    from btse_gui.profile_model import Profile

#: The server as the process makes it again: base URL, API prefix, header prefix.
ServerFields = tuple[str, str, str]
_JOB = 1


def server_fields(server: Profile | ServerProfile) -> ServerFields:
    """What :meth:`StartFetch.ask` is given of a profile's (or a server's) server."""
    return (server.base_url, server.api_prefix, server.header_prefix)


class AnswerLostError(Exception):
    """The process ended, or broke, before it answered: the window signs in itself."""


class StartFetch:
    """The window's side of the start's sign-in process (see the module's doc)."""

    def __init__(
        self, pid: int, stdin: IO[bytes], stdout: IO[bytes], reap: Callable[[], object]
    ) -> None:
        self.pid = pid
        self._stdin = stdin
        self._stdout = stdout
        self._reap = reap
        self._lock = threading.Lock()
        self._asked: tuple[ServerFields, str, str] | None = None
        self._taken = False
        #: How long the window's sign-in waited for the answer (seconds; benchmarks).
        self.waited_s: float | None = None
        #: What httpx logged in the process while it signed in (see :meth:`log_heard`).
        self.heard: list[str] = []
        #: (snapshot, error): the process's answer; an AnswerLostError if none came.
        self.answer: Future[tuple[AccountSnapshot | None, BaseException | None]] = Future()
        threading.Thread(target=self._read, name="btse-gui start", daemon=True).start()

    @classmethod
    def for_demo(
        cls, account: str, faults: str = "", generated: int = 0, command: list[str] | None = None
    ) -> StartFetch | None:
        """The process, asked at once to sign in to demo ``account`` (on the demo's
        in-process sandbox with ``faults`` and ``generated`` accounts), as the sign-in
        form would send it (``clients.demo_sign_in``)."""
        from btse_gui.clients import DEMO_BASE_URL, DemoClients
        from btse_gui.sandbox.accounts import DEMO_ACCOUNTS

        demo = DEMO_ACCOUNTS[account]
        fetch = cls.begin(DemoClients(faults, generated), command)
        if fetch is not None:
            # A profile's defaults for the prefixes (profile_model.Profile), not imported
            # here before the first paint; tests/test_start_fetch.py holds them equal.
            fetch.ask((DEMO_BASE_URL, "", "btse-"), demo.key, demo.secret)
        return fetch

    @classmethod
    def begin(
        cls, client_factory: Callable[..., Any], command: list[str] | None = None
    ) -> StartFetch | None:
        """Start the process (``command``: the lookups' process) with ``client_factory``
        (picklable, :mod:`btse_gui.clients`); ``None`` if it cannot be started (the
        window then signs in itself)."""
        try:
            fetch = cls(*_spawn(command or worker_command()))
        except OSError:
            return None
        fetch._send(("factory", client_factory))
        return fetch

    def ask(self, server: ServerFields, key: str, secret: str) -> None:
        """Sign in to ``server`` with ``key`` and ``secret`` (once; later calls are
        ignored)."""
        with self._lock:
            if self._asked is not None:
                return
            self._asked = (server, key.strip(), secret.strip())
        self._send(("sign_in", _JOB, server, key.strip(), secret.strip()))

    def take(self, server: ServerProfile, credentials: Credentials) -> Future[Any] | None:
        """The answer, for the one sign-in that was asked for (once); ``None`` for any
        other, or when it has been taken."""
        with self._lock:
            wanted = (server_fields(server), credentials.key, credentials.secret)
            if self._taken or self._asked != wanted or server.sign_query:
                return None
            self._taken = True
        return self.answer

    def log_heard(self) -> None:
        """Log what httpx logged of the sign-in's requests in the process, as if they had
        been made here (the process has no log file), once."""
        heard, self.heard = self.heard, []
        for line in heard:
            logging.getLogger("httpx").info("%s (made by the start's process)", line)

    @property
    def answered(self) -> bool:
        """Whether the sign-in was taken from the process's answer."""
        answer = self.answer
        return self._taken and answer.done() and not answer.cancelled() and not answer.exception()

    def done_with(self) -> None:
        """The window needs the process no more than for its answer: its pipe is closed
        (and the process ends) once the answer is in, or now if none was asked for. A
        slow answer is still waited for: closing the pipe first would drop it."""
        with self._lock:
            asked = self._asked is not None
        if asked:
            self.answer.add_done_callback(lambda _: self.close())
        else:
            self.close()

    def close(self) -> None:
        """Close the pipe: the process ends, dropping a sign-in still in flight."""
        with contextlib.suppress(OSError):
            self._stdin.close()

    def _send(self, message: object) -> None:
        try:
            write_message(self._stdin, message)
        except (OSError, ValueError):  # the process is gone: its answer never comes
            self._lost()

    def _read(self) -> None:
        message: Any = None
        # A pipe or pickle fault, or an answer cancelled meanwhile: the window signs in
        # itself (or has stopped waiting).
        with contextlib.suppress(Exception):
            while (message := read_message(self._stdout)) is not None:
                kind, job, snapshot, error, broken, heard = message
                if kind == "signed_in" and job == _JOB:
                    self.heard = [str(line) for line in heard]
                    if not broken:
                        self._settle((snapshot, error))
                    break
        self._lost()
        with contextlib.suppress(Exception):  # the process ends once its pipe closes
            read_message(self._stdout)
        with contextlib.suppress(Exception):
            self._reap()

    def _lost(self) -> None:
        self._settle(None)

    def _settle(self, answer: tuple[Any, Any] | None) -> None:
        """The answer (``None``: lost), unless one is there already or nobody waits."""
        # The window may cancel its wait (Cancel, Sign out) at any moment, in its thread.
        with self._lock, contextlib.suppress(InvalidStateError):
            if self.answer.done():
                return
            if answer is None:
                self.answer.set_exception(AnswerLostError())
            else:
                self.answer.set_result(answer)


def _spawn(command: list[str]) -> tuple[int, IO[bytes], IO[bytes], Callable[[], object]]:
    """Start ``command`` with pipes for its stdin and stdout: its process id, its stdin,
    its stdout, and what waits for its end. Where the system has ``posix_spawn`` (Linux,
    macOS) it is called directly: ``subprocess`` costs ~18 ms to import, and this runs
    before the window's first paint."""
    if not hasattr(os, "posix_spawn"):  # Windows
        import subprocess

        process = subprocess.Popen(  # noqa: S603 (this program, no shell, no input)
            command,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
        )
        assert process.stdin is not None
        assert process.stdout is not None
        return process.pid, process.stdin, process.stdout, process.wait
    # Pipes are made close-on-exec (PEP 446): the child keeps only its dup2'd ends.
    child_in, to_child = os.pipe()
    from_child, child_out = os.pipe()
    try:
        pid = os.posix_spawn(
            command[0],
            command,
            os.environ,
            file_actions=[
                (os.POSIX_SPAWN_DUP2, child_in, 0),
                (os.POSIX_SPAWN_DUP2, child_out, 1),
            ],
        )
    except OSError:
        for fd in (child_in, to_child, from_child, child_out):
            os.close(fd)
        raise
    os.close(child_in)
    os.close(child_out)
    stdin, stdout = os.fdopen(to_child, "wb"), os.fdopen(from_child, "rb")
    return pid, stdin, stdout, lambda: os.waitpid(pid, 0)


class FirstAnswerClients:
    """The session's client factory while a :class:`StartFetch` may hold its first
    answer. ``factory`` makes the in-process clients."""

    def __init__(self, factory: Callable[[ServerProfile], BtseClient], fetch: StartFetch) -> None:
        self.factory = factory
        self.fetch = fetch

    def __call__(self, server: ServerProfile) -> BtseClient:
        return _FirstAnswerClient(self.factory, server, self.fetch)  # type: ignore[return-value]


class _FirstAnswerClient:
    """A client whose first matching ``fetch_account`` is the process's answer; the rest
    is an in-process client's (made on first use: that imports the HTTP stack)."""

    def __init__(
        self,
        factory: Callable[[ServerProfile], BtseClient],
        server: ServerProfile,
        fetch: StartFetch,
    ) -> None:
        self.server = server
        self.closed = False
        self._factory = factory
        self._fetch = fetch
        self._client: BtseClient | None = None

    @property
    def client(self) -> BtseClient:
        if self._client is None:
            self._client = self._factory(self.server)
        return self._client

    async def fetch_account(self, credentials: Credentials) -> AccountSnapshot:
        import asyncio

        answer = self._fetch.take(self.server, credentials)
        if answer is not None:
            asked = time.perf_counter()
            try:
                snapshot, error = await asyncio.wrap_future(answer)
            except AnswerLostError:
                snapshot, error = None, None  # the in-process client signs in
            finally:
                self._fetch.waited_s = time.perf_counter() - asked
            self._fetch.log_heard()
            if error is not None:
                raise error
            if snapshot is not None:
                return snapshot  # type: ignore[no-any-return]
        return await self.client.fetch_account(credentials)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.client, name)  # login_status, vip_info, ...: the real client's

    async def aclose(self) -> None:
        self.closed = True
        if self._client is not None:
            await self._client.aclose()

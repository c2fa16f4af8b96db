"""One window per user and settings folder: a second launch raises the first and exits.

Uses Qt's local sockets. On Unix the socket lives in a folder only this user can enter:
``$XDG_RUNTIME_DIR`` when it is private, or ``<tmp>/btse-gui-<uid>`` made 0700 — never
a shared folder under a guessable name, where another user could bind it first and make
every launch exit. A folder or socket owned by someone else is never used or trusted.
On Windows the pipe's name carries the user's name and only that user may open it.
"""

from __future__ import annotations

import getpass
import hashlib
import logging
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger("btse_gui.gui.single_instance")
MESSAGE = b"raise\n"
#: After MESSAGE's word: the later launch asked for the accounts overview.
OVERVIEW = b"overview"


def _is_private_folder(path: Path) -> bool:
    try:
        info = path.lstat()
    except OSError:
        return False
    return (
        stat.S_ISDIR(info.st_mode)
        and info.st_uid == os.getuid()  # type: ignore[attr-defined,unused-ignore]
        and info.st_mode & 0o077 == 0
    )


def private_folder() -> Path | None:
    """A folder only this user can enter, or ``None`` when there is none to be had."""
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime and _is_private_folder(Path(runtime)):
        return Path(runtime)
    uid = os.getuid()  # type: ignore[attr-defined,unused-ignore]
    folder = Path(tempfile.gettempdir()) / f"btse-gui-{uid}"
    try:
        folder.mkdir(mode=0o700)
    except FileExistsError:
        pass
    except OSError:
        return None
    return folder if _is_private_folder(folder) else None


def server_name() -> str | None:
    """The socket's full path (Unix) or pipe name (Windows); ``None``: run unguarded."""
    where = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppConfigLocation)
    digest = hashlib.sha256(where.encode()).hexdigest()[:16]
    if os.name != "posix":
        user = hashlib.sha256(getpass.getuser().encode()).hexdigest()[:12]
        return f"btse-gui-{user}-{digest}"
    folder = private_folder()
    return str(folder / f"btse-gui-{digest}.sock") if folder else None


def _trusted(name: str) -> bool:
    """On Unix: the socket is ours (a socket file, owned by this user)."""
    if os.name != "posix":
        return True
    try:
        info = os.lstat(name)
    except OSError:
        return False
    uid = os.getuid()  # type: ignore[attr-defined,unused-ignore]
    return stat.S_ISSOCK(info.st_mode) and info.st_uid == uid


def ask_running_instance(message: bytes = MESSAGE, timeout_ms: int = 300) -> bool:
    """True when another instance answered and was handed ``message``."""
    name = server_name()
    if name is None or not _trusted(name):
        return False
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(message)
    socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    return True


class Claim:
    """Being the one window: held from the check for another instance until this one
    listens (``InstanceServer``), so two launches at the same moment cannot both find
    nobody and both open a window. The second waits here for the first to listen, then
    hands it its request. A lock file beside the socket; the system releases it if the
    process dies."""

    #: Longer than any start: a launch that waits this long opens its own window.
    WAIT_S = 20.0

    def __init__(self) -> None:
        self._lock: object | None = None
        name = server_name()
        if name is None:
            return
        from filelock import FileLock, Timeout

        # Unix: beside the socket, in the private folder; Windows: a pipe has no folder,
        # so the user's own temporary folder (the name carries the user's hash).
        where = name if os.name == "posix" else os.path.join(tempfile.gettempdir(), name)
        lock = FileLock(where + ".lock", timeout=self.WAIT_S, mode=0o600)
        try:
            lock.acquire()
        except (Timeout, OSError) as exc:
            log.warning("single-instance lock unavailable: %s", type(exc).__name__)
            return
        self._lock = lock

    def release(self) -> None:
        lock, self._lock = self._lock, None
        if lock is not None:
            lock.release()  # type: ignore[attr-defined]


class InstanceServer(QObject):
    """Listens for later launches and calls ``on_raise`` for each (with ``True`` when
    it asked for the accounts overview)."""

    def __init__(self, on_raise: Callable[[bool], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_raise = on_raise
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        name = server_name()
        if name is None:
            log.warning("no private folder for the single-instance socket; not listening")
            return
        if not self.server.listen(name):
            # A stale socket from a crashed run: it is in our private folder, so ours.
            QLocalServer.removeServer(name)
            if not self.server.listen(name):
                log.warning("single-instance socket unavailable: %s", self.server.errorString())
                return
        self.server.newConnection.connect(self._on_connection)
        log.info("listening for later launches")

    def _on_connection(self) -> None:
        while (socket := self.server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._on_ready(s))

    def _on_ready(self, socket: QLocalSocket) -> None:
        words = bytes(socket.readAll().data()).split()
        if words[:1] == [MESSAGE.strip()]:
            log.info("a second launch asked this window to come forward")
            self._on_raise(words[1:2] == [OVERVIEW])
        socket.disconnectFromServer()
        socket.deleteLater()

"""One window per user and settings folder: a second launch raises the first and exits.

Uses Qt's local sockets (a Unix socket, or a named pipe on Windows), named after the
user's settings folder, so separate test runs and separate users never meet.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger("btse_gui.single_instance")
MESSAGE = b"raise\n"


def server_name() -> str:
    where = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppConfigLocation)
    return "btse-gui-" + hashlib.sha256(where.encode()).hexdigest()[:16]


def ask_running_instance(timeout_ms: int = 300) -> bool:
    """True when another instance answered and was asked to raise its window."""
    socket = QLocalSocket()
    socket.connectToServer(server_name())
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(MESSAGE)
    socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    return True


class InstanceServer(QObject):
    """Listens for later launches and calls ``on_raise`` for each."""

    def __init__(self, on_raise: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_raise = on_raise
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        name = server_name()
        if not self.server.listen(name):
            QLocalServer.removeServer(name)  # a stale socket from a crashed run
            self.server.listen(name)
        self.server.newConnection.connect(self._on_connection)

    def _on_connection(self) -> None:
        while (socket := self.server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._on_ready(s))

    def _on_ready(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(MESSAGE.strip()):
            log.info("a second launch asked this window to come forward")
            self._on_raise()
        socket.disconnectFromServer()
        socket.deleteLater()

"""The pipe between the window's process and the lookups' process (``btse-gui
--lookup-worker``, see :mod:`btse_gui.lookup_worker`): how that process is started, and
its messages, a length and then the pickled bytes (both ends are the same program).

Nothing here imports asyncio: the start's own fetch (:mod:`btse_gui.start_fetch`)
starts the process before the window's first paint.
"""

from __future__ import annotations

import pickle
import struct
import sys
from typing import IO, Any

#: The hidden command-line flag that makes ``btse-gui`` the lookups' process (checked
#: in ``btse_gui.__main__`` before anything else is imported).
WORKER_FLAG = "--lookup-worker"
_LENGTH = struct.Struct(">I")


def worker_command() -> list[str]:
    if getattr(sys, "frozen", False):  # the bundle's own binary
        return [sys.executable, WORKER_FLAG]
    return [sys.executable, "-m", "btse_gui", WORKER_FLAG]


def write_message(stream: IO[bytes], message: object) -> None:
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_LENGTH.pack(len(data)) + data)
    stream.flush()


def read_message(stream: IO[bytes]) -> Any:
    """The next message; ``None`` once the other end has closed the pipe."""
    header = stream.read(_LENGTH.size)
    if len(header) < _LENGTH.size:
        return None
    (size,) = _LENGTH.unpack(header)
    data = stream.read(size)
    if len(data) < size:
        return None
    return pickle.loads(data)  # noqa: S301 (written by this program's other process)

"""The log file, with keys and secrets redacted before anything is written.

The log lives in the platform's log folder (platformdirs: ``~/.local/state/btse-gui/log``
on Linux, ``~/Library/Logs/btse-gui`` on macOS, ``%LOCALAPPDATA%\\btse-gui\\Logs`` on
Windows), rotates at 1 MB, and keeps its last lines in memory for Help -> Copy
diagnostics. Every credential the session handles is registered with :data:`REDACT`,
which replaces it (and its base64 and hex forms) in every record, from any logger.
"""

from __future__ import annotations

import base64
import contextlib
import logging
import os
import sys
from collections import deque
from pathlib import Path

from btse_gui.api.sanitize import log_text

LOGGER = "btse_gui"
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class RedactingFilter(logging.Filter):
    """Replaces registered values in a record's final message with ``[redacted]``."""

    MASK = "[redacted]"

    def __init__(self) -> None:
        super().__init__()
        self._values: set[str] = set()

    def add(self, *values: str) -> None:
        for value in values:
            if len(value) < 4:  # too short to search for without mangling text
                continue
            raw = value.encode()
            self._values.update(
                {value, base64.b64encode(raw).decode(), raw.hex(), raw.hex().upper()}
            )

    def redact(self, text: str) -> str:
        for value in sorted(self._values, key=len, reverse=True):
            text = text.replace(value, self.MASK)
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        # Arguments are outside text (a server's msg, a URL, an exception): each is put
        # on one line with control characters escaped, so none can forge a record.
        if isinstance(record.args, tuple):
            record.args = tuple(
                a if isinstance(a, int | float) else log_text(a) for a in record.args
            )
        elif isinstance(record.args, dict):
            record.args = {k: log_text(v) for k, v in record.args.items()}
        message = self.redact(record.getMessage())
        if record.exc_info:
            message += "\n" + self.redact(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
            record.exc_text = None
        record.msg, record.args = message, None
        return True


REDACT = RedactingFilter()


class _Recent(logging.Handler):
    """The last lines, in memory, for diagnostics."""

    def __init__(self, size: int = 200) -> None:
        super().__init__()
        self.lines: deque[str] = deque(maxlen=size)

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


_recent = _Recent()
_file: Path | None = None
_ready = False


def log_dir() -> Path:
    from platformdirs import user_log_dir

    return Path(user_log_dir("btse-gui", appauthor=False))


def setup(directory: Path | None = None) -> Path | None:
    """Log btse-gui and httpx to the log file (once per process) and keep their last
    lines in memory for diagnostics; returns the file's path.

    The folder is made private (0700) and the file too (0600): the log names servers and
    accounts. When the folder cannot be made (its path is taken by a file, a read-only
    disk), the app runs on without a log file, with one line on stderr saying so.
    """
    global _file, _ready
    if _ready:
        return _file
    _ready = True
    _recent.setFormatter(logging.Formatter(_FORMAT))
    _recent.addFilter(REDACT)
    for name in (LOGGER, "httpx"):
        logger = logging.getLogger(name)
        logger.setLevel(logging.INFO)
        logger.addHandler(_recent)
    folder = directory or log_dir()
    path = folder / "btse-gui.log"
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        handler = _private_file_handler(path)
    except OSError as exc:
        print(
            f"btse-gui: no log file ({folder}: {exc.strerror or type(exc).__name__}); "
            "carrying on without one",
            file=sys.stderr,
        )
        return None
    handler.setFormatter(logging.Formatter(_FORMAT))
    handler.addFilter(REDACT)
    for name in (LOGGER, "httpx"):
        logging.getLogger(name).addHandler(handler)
    _file = path
    return _file


def _private_file_handler(path: Path) -> logging.FileHandler:
    """A log file rotated at 1 MB (3 kept) that only its owner can read, rotated copies
    included. ``logging.handlers`` is imported here, when the file is opened."""
    import logging.handlers

    class PrivateFileHandler(logging.handlers.RotatingFileHandler):
        def _open(self):  # type: ignore[no-untyped-def]
            fd = os.open(self.baseFilename, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
            with contextlib.suppress(OSError):  # a file made before with wider permissions
                os.chmod(self.baseFilename, 0o600)
            return open(fd, "a", encoding=self.encoding)

    return PrivateFileHandler(path, maxBytes=1 << 20, backupCount=3, encoding="utf-8")


def recent(count: int = 50) -> list[str]:
    return list(_recent.lines)[-count:]


def log_file() -> Path | None:
    return _file

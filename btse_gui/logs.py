"""The log file, with keys and secrets redacted before anything is written.

The log lives in the platform's log folder (platformdirs: ``~/.local/state/btse-gui/log``
on Linux, ``~/Library/Logs/btse-gui`` on macOS, ``%LOCALAPPDATA%\\btse-gui\\Logs`` on
Windows), rotates at 1 MB, and keeps its last lines in memory for Help -> Copy
diagnostics. Every credential the session handles is registered with :data:`REDACT`,
which replaces it (and its base64 and hex forms) in every record, from any logger.
"""

from __future__ import annotations

import base64
import logging
import logging.handlers
from collections import deque
from pathlib import Path

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


def log_dir() -> Path:
    from platformdirs import user_log_dir

    return Path(user_log_dir("btse-gui", appauthor=False))


def setup(directory: Path | None = None) -> Path:
    """Log btse-gui and httpx to the log file (once per process); returns its path."""
    global _file
    if _file is not None:
        return _file
    folder = directory or log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "btse-gui.log"
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1 << 20, backupCount=3, encoding="utf-8"
    )
    formatter = logging.Formatter(_FORMAT)
    for h in (handler, _recent):
        h.setFormatter(formatter)
        h.addFilter(REDACT)
    for name in (LOGGER, "httpx"):
        logger = logging.getLogger(name)
        logger.setLevel(logging.INFO)
        logger.addHandler(handler)
        logger.addHandler(_recent)
    _file = path
    return path


def recent(count: int = 50) -> list[str]:
    return list(_recent.lines)[-count:]


def log_file() -> Path | None:
    return _file

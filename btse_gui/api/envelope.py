"""The envelope every answer comes in, ``{code, msg, time, data, success}``, and the
field reader the models use.

Strict where safety needs it: the body must be a JSON object whose ``code`` is a whole
number and ``success`` a boolean, or the answer cannot be trusted at all. Tolerant about
the rest: ``msg`` may be null, ``time`` a float or absurd (then it is ignored for clock
correction), and a field of ``data`` with an odd value is noted, not fatal.
Everything here is pure: no I/O, no Qt. Every string taken from an answer passes the
sanitizer on its way in.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from btse_gui.api.errors import (
    ApiCodeError,
    MalformedResponseError,
    ServerWords,
    UnsuccessfulError,
)
from btse_gui.api.i18n import QT_TRANSLATE_NOOP
from btse_gui.api.sanitize import visible

#: Server times outside these (ms since the epoch: years 2001 to 2100) are not clocks.
PLAUSIBLE_TIME_MS = (10**12, 4_102_444_800_000)
#: Whole numbers beyond this are not values any field of this API holds.
MAX_INT = 2**53


@dataclass(frozen=True, slots=True)
class Envelope:
    code: int
    msg: str
    #: The server's clock in ms, or ``None`` when absent or implausible.
    time: int | None
    data: Any
    success: bool

    @property
    def ok(self) -> bool:
        return self.code == 1 and self.success

    @property
    def words(self) -> ServerWords | None:
        return ServerWords.of(self.code, self.msg)


def _describe(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    return "an object"


def shown(value: object) -> str:
    """A field's value as it came, short and safe to show."""
    if isinstance(value, str):
        return visible(value, limit=40)
    return visible(json.dumps(value) if not isinstance(value, float) else repr(value), limit=40)


def _json(body: bytes, path: str) -> Any:
    try:
        return json.loads(body)
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise MalformedResponseError(
            path=path, reason=QT_TRANSLATE_NOOP("Reason", "the body is not JSON")
        ) from None


def parse_envelope(body: bytes, path: str) -> Envelope:
    """Parse raw response bytes into an :class:`Envelope` (shape only, not success)."""
    raw = _json(body, path)
    if not isinstance(raw, dict):
        reason = QT_TRANSLATE_NOOP("Reason", "the answer is {shown}, not an object")
        raise MalformedResponseError(path=path, reason=reason, shown=_describe(raw))
    code, success = raw.get("code"), raw.get("success")
    if type(code) is not int or abs(code) > MAX_INT:
        reason = QT_TRANSLATE_NOOP("Reason", "'code' is {shown}, expected a whole number")
        raise MalformedResponseError(path=path, reason=reason, shown=_describe(code))
    if type(success) is not bool:
        reason = QT_TRANSLATE_NOOP("Reason", "'success' is {shown}, expected true or false")
        raise MalformedResponseError(path=path, reason=reason, shown=_describe(success))
    msg = raw.get("msg")
    return Envelope(
        code=code,
        msg=visible(msg, limit=300) if isinstance(msg, str) else "",
        time=plausible_time(raw.get("time")),
        data=raw.get("data"),
        success=success,
    )


def plausible_time(value: object) -> int | None:
    """``time`` in ms when it is a finite number in a plausible range, else ``None``."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if isinstance(value, int) and abs(value) > MAX_INT:  # float() would overflow
        return None
    if not math.isfinite(value) or not PLAUSIBLE_TIME_MS[0] <= value <= PLAUSIBLE_TIME_MS[1]:
        return None
    return int(value)


def server_words(body: bytes) -> ServerWords | None:
    """What the server said in an error answer's body, whatever its shape: the
    envelope's ``code``/``msg``, or a ``message``/``error`` field, or short plain text."""
    try:
        raw = json.loads(body)
    except (UnicodeDecodeError, ValueError, RecursionError):
        text = body[:2000].decode("utf-8", "replace").strip()
        if not text or text.lstrip().startswith("<"):  # an HTML error page says nothing
            return None
        return ServerWords.of(None, text.splitlines()[0])
    if not isinstance(raw, dict):
        return None
    msg = next(
        (
            raw[k]
            for k in ("msg", "message", "error", "errorMessage")
            if isinstance(raw.get(k), str)
        ),
        None,
    )
    code = raw.get("code", raw.get("status"))
    return ServerWords.of(code, msg)


def require_ok(envelope: Envelope, path: str) -> None:
    """Raise the right error when the envelope reports a failure."""
    if envelope.code != 1:
        words = envelope.words or ServerWords(envelope.code, "")
        raise ApiCodeError(path=path, code=envelope.code, server=words)
    if not envelope.success:
        raise UnsuccessfulError(path=path, server=ServerWords.of(None, envelope.msg))


@dataclass(frozen=True, slots=True)
class Note:
    """A field whose value the spec does not document, or which could not be read.

    ``kind`` is ``"unknown"`` (a value outside the documented ones, kept and shown),
    ``"unreadable"`` (the wrong type: the field is left out) or ``"missing"``.
    """

    field: str
    kind: str
    value: str = ""


class Reader:
    """Reads the fields of one ``data`` object, each on its own, collecting notes."""

    def __init__(self, obj: object, path: str) -> None:
        if not isinstance(obj, dict):
            reason = QT_TRANSLATE_NOOP("Reason", "'data' is {shown}, not an object")
            raise MalformedResponseError(path=path, reason=reason, shown=_describe(obj))
        self.obj: Mapping[str, Any] = obj
        self.path = path
        self.notes: list[Note] = []
        self.read = 0

    def _get(self, name: str, accept: type | tuple[type, ...], optional: bool) -> Any:
        if name not in self.obj or (optional and self.obj[name] is None):
            if not optional:
                self.notes.append(Note(name, "missing"))
            return None
        value = self.obj[name]
        if type(value) not in (accept if isinstance(accept, tuple) else (accept,)):
            self.notes.append(Note(name, "unreadable", shown(value)))
            return None
        self.read += 1
        return value

    def boolean(self, name: str, *, optional: bool = False) -> bool | None:
        value: bool | None = self._get(name, bool, optional)
        return value

    def integer(self, name: str, allowed: object = None) -> int | None:
        value = self._get(name, int, False)
        if value is None:
            return None
        if abs(value) > MAX_INT:
            self.read -= 1
            self.notes.append(Note(name, "unreadable", shown(value)))
            return None
        if allowed is not None and value not in allowed:  # type: ignore[operator]
            self.notes.append(Note(name, "unknown", str(value)))
        return int(value)

    def number(self, name: str, low: float, high: float) -> float | None:
        value = self._get(name, (int, float), False)
        if value is None:
            return None
        if (isinstance(value, int) and abs(value) > MAX_INT) or not math.isfinite(value):
            self.read -= 1
            self.notes.append(Note(name, "unreadable", shown(value)))
            return None
        if not low <= value <= high:
            self.notes.append(Note(name, "unknown", f"{value:g}"))
        return float(value)

    def text(self, name: str) -> str | None:
        value = self._get(name, str, False)
        return None if value is None else visible(value, limit=120)

    def require_some(self) -> None:
        """A ``data`` object none of whose documented fields could be read is not this
        API's answer at all."""
        if self.read == 0:
            raise MalformedResponseError(
                path=self.path,
                reason=QT_TRANSLATE_NOOP(
                    "Reason", "'data' has none of the fields the API documents"
                ),
            )

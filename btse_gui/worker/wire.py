"""What travels between the window and the lookups' process: typed messages, one JSON
object per line (UTF-8), on the process's stdin and stdout. No pickle: nothing that
arrives can make the reader run code, and each side checks what it reads.

Window → process::

    {"type": "clients", "factory": {"kind": "real", "read_timeout": null}}   first, once
    {"type": "fetch", "job": 1, "max_in_flight": null}
    {"type": "targets", "job": 1, "targets": [TARGET, ...]}    (at most 50 a message)
    {"type": "end", "job": 1}                                  no more targets for job 1
    {"type": "cancel", "job": 1}

Process → window::

    {"type": "row", "job": 1, "row": ROW}                     as each account answers
    {"type": "done", "job": 1, "failed": false, "peak_rss_mb": 33.1}

    TARGET   {"name": str, "server": SERVER | null, "key": str, "secret": str,
              "problem": ERROR | null}
    SERVER   {"base_url": str, "api_prefix": str, "header_prefix": str}
    ROW      {"profile": str, "server": str, "snapshot": SNAPSHOT | null,
              "error": ERROR | null}
    ERROR    {"kind": "UnauthorizedError", "params": {...}, "server": {"code", "msg"} | null}
    SNAPSHOT {"profile": {...} | null, "vip": {...} | null, "login": {...} | null,
              "fetched_at": float, "clock_skew_ms": float, "errors": {part: ERROR}}

An error crosses as data (its class's name, its parameters and the server's own words)
and is made again on the other side, so the window renders it in its own language, now
and after a language switch: the process itself never renders a word. The credentials
travel only here: never the command line, the environment or a file.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, fields
from typing import IO, Any

from btse_gui.api.envelope import Note
from btse_gui.api.errors import ApiError, ServerWords
from btse_gui.api.i18n import QT_TRANSLATE_NOOP, UserFacingError
from btse_gui.api.models import AccountSnapshot, LoginStatus, Part, UserProfile, VipInfo
from btse_gui.api.server import Credentials, ServerProfile
from btse_gui.core.lookups import Row, Target

log = logging.getLogger("btse_gui.worker")

#: A line longer than this is damage, not a message (a row is about 1 KiB).
MAX_LINE = 1 << 20


class WireError(ValueError):
    """A line that is not one of the messages below (its words name no value)."""


# --- the messages -----------------------------------------------------------------------


@dataclass(frozen=True)
class Clients:
    factory: dict[str, Any]


@dataclass(frozen=True)
class Fetch:
    job: int
    max_in_flight: int | None


@dataclass(frozen=True)
class Targets:
    job: int
    targets: tuple[Target, ...]


@dataclass(frozen=True)
class End:
    job: int


@dataclass(frozen=True)
class Cancel:
    job: int


@dataclass(frozen=True)
class RowAnswer:
    job: int
    row: Row


@dataclass(frozen=True)
class Done:
    job: int
    failed: bool
    peak_rss_mb: float


Message = Clients | Fetch | Targets | End | Cancel | RowAnswer | Done


def encode(message: Message) -> bytes:
    """The message as one line."""
    match message:
        case Clients(factory):
            doc: dict[str, Any] = {"type": "clients", "factory": factory}
        case Fetch(job, max_in_flight):
            doc = {"type": "fetch", "job": job, "max_in_flight": max_in_flight}
        case Targets(job, targets):
            doc = {"type": "targets", "job": job, "targets": [_target(t) for t in targets]}
        case End(job):
            doc = {"type": "end", "job": job}
        case Cancel(job):
            doc = {"type": "cancel", "job": job}
        case RowAnswer(job, row):
            doc = {"type": "row", "job": job, "row": _row(row)}
        case Done(job, failed, peak):
            doc = {"type": "done", "job": job, "failed": failed, "peak_rss_mb": peak}
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode() + b"\n"


def decode(line: bytes) -> Message:
    """The message on ``line``; :class:`WireError` for anything else."""
    try:
        doc = json.loads(line)
        if not isinstance(doc, dict):
            raise WireError("not an object")
        return _message(doc)
    except WireError:
        raise
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError) as exc:
        raise WireError(type(exc).__name__) from None


def write(stream: IO[bytes], message: Message) -> None:
    stream.write(encode(message))
    stream.flush()


def read(stream: IO[bytes]) -> Iterator[Message]:
    """The messages on ``stream`` until it closes, breaks or says something that is not
    a message (logged once, by type only: a line may hold credentials)."""
    try:
        while line := stream.readline(MAX_LINE + 1):
            if len(line) > MAX_LINE or not line.endswith(b"\n"):
                log.error("the lookups' pipe sent a line too long or cut short")
                return
            yield decode(line)
    except WireError as exc:
        log.error("the lookups' pipe sent something that is not a message (%s)", exc)
    except (OSError, ValueError) as exc:  # closed under the reader: the other side is gone
        log.info("the lookups' pipe closed: %s", type(exc).__name__)


def _message(doc: Mapping[str, Any]) -> Message:
    kind = doc["type"]
    if kind == "clients":
        return Clients(_object(doc["factory"]))
    job = _int(doc["job"])
    if kind == "fetch":
        limit = doc["max_in_flight"]
        return Fetch(job, None if limit is None else _int(limit))
    if kind == "targets":
        return Targets(job, tuple(_target_from(t) for t in _list(doc["targets"])))
    if kind == "end":
        return End(job)
    if kind == "cancel":
        return Cancel(job)
    if kind == "row":
        return RowAnswer(job, _row_from(_object(doc["row"])))
    if kind == "done":
        peak = doc["peak_rss_mb"]
        if not isinstance(peak, int | float):
            raise WireError("peak_rss_mb is not a number")
        return Done(job, _bool(doc["failed"]), float(peak))
    raise WireError(f"unknown message type {str(kind)[:20]!r}")


# --- the values inside them -------------------------------------------------------------


def _target(target: Target) -> dict[str, Any]:
    server = target.server
    credentials = target.credentials
    return {
        "name": target.name,
        "server": None if server is None else _server(server),
        "key": credentials.key if credentials else "",
        "secret": credentials.secret if credentials else "",
        "problem": error_to_wire(target.problem),
    }


def _server(server: ServerProfile) -> dict[str, str]:
    return {
        "base_url": server.base_url,
        "api_prefix": server.api_prefix,
        "header_prefix": server.header_prefix,
    }


def _target_from(doc: object) -> Target:
    d = _object(doc)
    server = d["server"]
    key, secret = _text(d["key"]), _text(d["secret"])
    return Target(
        _text(d["name"]),
        None if server is None else _server_from(server),
        Credentials(key, secret) if key or secret else None,
        error_from_wire(d["problem"]),
    )


def _server_from(doc: object) -> ServerProfile:
    d = _object(doc)
    return ServerProfile(_text(d["base_url"]), _text(d["api_prefix"]), _text(d["header_prefix"]))


def _row(row: Row) -> dict[str, Any]:
    snapshot = None if row.snapshot is None else snapshot_to_wire(row.snapshot)
    error = error_to_wire(row.error)
    return {"profile": row.profile, "server": row.server, "snapshot": snapshot, "error": error}


def _row_from(doc: Mapping[str, Any]) -> Row:
    snapshot = doc["snapshot"]
    return Row(
        _text(doc["profile"]),
        None if snapshot is None else snapshot_from_wire(_object(snapshot)),
        error_from_wire(doc["error"]),
        _text(doc["server"]),
    )


#: The three reads' values, by part: their class and how each is sent.
_PARTS: dict[str, type[UserProfile] | type[VipInfo] | type[LoginStatus]] = {
    "profile": UserProfile,
    "vip": VipInfo,
    "login": LoginStatus,
}


def snapshot_to_wire(snapshot: AccountSnapshot) -> dict[str, Any]:
    doc: dict[str, Any] = {}
    for name in _PARTS:
        value = getattr(snapshot, name)
        if value is None:
            doc[name] = None
            continue
        part = {f.name: getattr(value, f.name) for f in fields(value) if f.name != "notes"}
        part["notes"] = [[n.field, n.kind, n.value] for n in value.notes]
        doc[name] = part
    doc["fetched_at"] = snapshot.fetched_at
    doc["clock_skew_ms"] = snapshot.clock_skew_ms
    doc["errors"] = {part.value: error_to_wire(error) for part, error in snapshot.errors.items()}
    return doc


def snapshot_from_wire(doc: Mapping[str, Any]) -> AccountSnapshot:
    values: dict[str, Any] = {}
    for name, cls in _PARTS.items():
        part = doc[name]
        if part is None:
            values[name] = None
            continue
        given = dict(_object(part))
        notes = tuple(Note(*(_text(v) for v in _list(n))) for n in _list(given.pop("notes")))
        wanted = {f.name for f in fields(cls)} - {"notes"}
        if set(given) != wanted:
            raise WireError(f"{name} has other fields than expected")
        for key, value in given.items():
            if value is not None and not isinstance(value, str | int | float | bool):
                raise WireError(f"{name}.{key} is not a plain value")
        values[name] = cls(**given, notes=notes)
    errors: dict[Part, ApiError] = {}
    for part, error in _object(doc["errors"]).items():
        made = error_from_wire(error)
        if not isinstance(made, ApiError):
            raise WireError("a read's error is not an API error")
        errors[Part(part)] = made
    fetched, skew = doc["fetched_at"], doc["clock_skew_ms"]
    if not isinstance(fetched, int | float) or not isinstance(skew, int | float):
        raise WireError("fetched_at or clock_skew_ms is not a number")
    return AccountSnapshot(
        **values, fetched_at=float(fetched), clock_skew_ms=float(skew), errors=errors
    )


class RemoteError(UserFacingError):
    """An error the other side named that this side does not know (another version):
    its English words, as they came."""

    context = "Error"
    template = QT_TRANSLATE_NOOP("Error", "{text}")


def error_to_wire(error: UserFacingError | None) -> dict[str, Any] | None:
    if error is None:
        return None
    params = {
        k: v if isinstance(v, str | int | float | bool) or v is None else str(v)
        for k, v in error.params.items()
    }
    server = getattr(error, "server", None)
    words = {"code": server.code, "msg": server.msg} if isinstance(server, ServerWords) else None
    return {"kind": type(error).__name__, "params": params, "server": words, "text": str(error)}


def error_from_wire(doc: object) -> UserFacingError | None:
    if doc is None:
        return None
    d = _object(doc)
    params = dict(_object(d["params"]))
    words = d["server"]
    server = None
    if words is not None:
        w = _object(words)
        server = ServerWords.of(w["code"], w["msg"])
    cls = _error_classes().get(_text(d["kind"]))
    try:
        if cls is not None and issubclass(cls, ApiError):
            return cls(server=server, **params)
        if cls is not None:
            return cls(**params)
    except (KeyError, IndexError, ValueError, TypeError):
        pass  # its parameters do not fit its words: say what it said
    return RemoteError(text=_text(d["text"]))


def _error_classes() -> dict[str, type[UserFacingError]]:
    """Every error class the app has, by name (they are all imported by now: the wire
    carries errors from the API, the keychain and the lookups)."""
    found: dict[str, type[UserFacingError]] = {}
    pending: list[type[UserFacingError]] = [UserFacingError]
    while pending:
        cls = pending.pop()
        found.setdefault(cls.__name__, cls)
        pending.extend(cls.__subclasses__())
    return found


def _object(value: object) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise WireError("expected an object")
    return value


def _list(value: object) -> list[Any]:
    if not isinstance(value, list):
        raise WireError("expected a list")
    return value


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise WireError("expected text")
    return value


def _int(value: object) -> int:
    if type(value) is not int:
        raise WireError("expected a whole number")
    return value


def _bool(value: object) -> bool:
    if not isinstance(value, bool):
        raise WireError("expected true or false")
    return value

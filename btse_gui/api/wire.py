"""Reading what came back over the wire: Retry-After, why a connection failed, a body
that is too large. Pure helpers of the client; no state."""

from __future__ import annotations

import errno
import math
import ssl
from collections.abc import Iterator
from email.utils import parsedate_to_datetime

import httpx

from btse_gui.api.errors import MalformedResponseError
from btse_gui.api.i18n import QT_TRANSLATE_NOOP

#: Answers larger than this are refused: the real ones are a few hundred bytes.
MAX_BODY_BYTES = 1 << 20


def too_large(path: str) -> MalformedResponseError:
    return MalformedResponseError(
        path=path,
        reason=QT_TRANSLATE_NOOP("Reason", "it is larger than {limit_kib} KiB"),
        limit_kib=MAX_BODY_BYTES // 1024,
    )


def retry_after_seconds(headers: httpx.Headers, now: float) -> float | None:
    """``Retry-After`` as seconds (it may be a number or an HTTP date)."""
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            seconds = parsedate_to_datetime(value).timestamp() - now
        except (TypeError, ValueError):
            return None
    if not math.isfinite(seconds):
        return None
    return max(seconds, 0.0)


def _causes(exc: BaseException) -> Iterator[BaseException]:
    """``exc``, then what caused it, and so on (each once: a chain may loop)."""
    seen: set[int] = set()
    cause: BaseException | None = exc
    while cause is not None and id(cause) not in seen:
        seen.add(id(cause))
        yield cause
        cause = cause.__cause__ or cause.__context__


def certificate_refused(exc: BaseException) -> bool:
    """Whether ``exc`` (or what caused it) is a TLS certificate that failed to verify."""
    return any(isinstance(cause, ssl.SSLCertVerificationError) for cause in _causes(exc))


def connect_reason(exc: BaseException) -> str:
    """A short, safe description of why a connection failed."""
    for cause in _causes(exc):
        if isinstance(cause, ssl.SSLCertVerificationError):
            return QT_TRANSLATE_NOOP("Reason", "its TLS certificate could not be verified")
        if isinstance(cause, ssl.SSLError):
            return QT_TRANSLATE_NOOP("Reason", "the secure (TLS) connection failed")
        if isinstance(cause, ConnectionRefusedError) or getattr(cause, "errno", None) == (
            errno.ECONNREFUSED
        ):
            return QT_TRANSLATE_NOOP("Reason", "the connection was refused")
    text = str(exc).lower()
    if "refused" in text or "connect call failed" in text:
        return QT_TRANSLATE_NOOP("Reason", "the connection was refused")
    if "name" in text and ("resolution" in text or "not known" in text or "resolve" in text):
        return QT_TRANSLATE_NOOP("Reason", "the host name could not be found")
    if "unreachable" in text:
        return QT_TRANSLATE_NOOP("Reason", "the network is unreachable")
    return QT_TRANSLATE_NOOP("Reason", "the connection failed")

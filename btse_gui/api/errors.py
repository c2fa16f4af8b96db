"""Everything that can go wrong talking to the API, as values a user can act on.

Each failure is its own :class:`ApiError` subclass with a plain-language message. The
message is an English template marked for translation (context ``"ApiError"``) plus
parameters; :meth:`ApiError.user_message` renders it in the active language. Parameters
never hold credentials: no key, secret, signature or header value reaches error text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from btse_gui.api.i18n import QT_TRANSLATE_NOOP, UserFacingError, translate
from btse_gui.api.sanitize import visible

CONTEXT = "ApiError"
#: How much of a server's own message is shown (the rest ends in "…").
SERVER_TEXT_LIMIT = 300


@dataclass(frozen=True, slots=True)
class ServerWords:
    """What the server itself said: its envelope ``code`` and ``msg``, as they came
    (sanitised and shortened: server text is data, never control)."""

    code: int | None
    msg: str

    @classmethod
    def of(cls, code: object, msg: object) -> ServerWords | None:
        number = code if type(code) is int and abs(code) < 2**63 else None
        text = visible(msg, limit=SERVER_TEXT_LIMIT) if isinstance(msg, str) else ""
        if number is None and not text.strip():
            return None
        return cls(number, text.strip())

    def describe(self, *, english: bool = False) -> str:
        """The code and words, in the active language (``english``: for logs)."""
        if self.code is None:
            return self.msg

        def tr(source: str) -> str:
            return source if english else translate(CONTEXT, source)

        if not self.msg:
            return tr(QT_TRANSLATE_NOOP("ApiError", "code {code}")).format(code=self.code)
        text = tr(QT_TRANSLATE_NOOP("ApiError", "code {code}, “{msg}”"))
        return text.format(code=self.code, msg=self.msg)


class ApiError(UserFacingError):
    """Base of every error the client raises. ``str(e)`` is the English message.

    The message is the app's plain explanation and what to do; when the server said
    something (``server``), its own code and words follow, as they came.
    """

    context = CONTEXT
    template: ClassVar[str] = QT_TRANSLATE_NOOP("ApiError", "The request failed.")

    def __init__(self, *, server: ServerWords | None = None, **params: Any) -> None:
        self.server = server
        super().__init__(**params)
        if server is not None:
            self.args = (f"{self.args[0]} The server said: {server.describe(english=True)}",)

    def user_message(self) -> str:
        text = super().user_message()
        if self.server is None:
            return text
        said = translate(CONTEXT, QT_TRANSLATE_NOOP("ApiError", "The server said: {words}"))
        return f"{text}\n{said.format(words=self.server.describe())}"

    def explanation(self) -> str:
        """The app's own explanation alone, without the server's words."""
        return super().user_message()


# --- configuration -----------------------------------------------------------------------


class InsecureServerError(ApiError):
    template = QT_TRANSLATE_NOOP(
        "ApiError",
        "Refusing to send credentials to {url}: the server must use HTTPS "
        "(plain HTTP is allowed only for this computer, e.g. the local sandbox).",
    )


class InvalidServerError(ApiError):
    template = QT_TRANSLATE_NOOP("ApiError", "The server address '{url}' is not valid: {reason}")


class InvalidPrefixError(ApiError):
    template = QT_TRANSLATE_NOOP("ApiError", "The {field} '{value}' is not valid: {reason}")


class InvalidCredentialsError(ApiError):
    template = QT_TRANSLATE_NOOP(
        "ApiError",
        "The API key or secret is empty or contains spaces or characters an API key "
        "cannot have. Copy both again from the exchange.",
    )


class MissingCredentialsError(ApiError):
    template = QT_TRANSLATE_NOOP("ApiError", "An API key and secret are needed for {path}.")


# --- transport ---------------------------------------------------------------------------


class TransportError(ApiError):
    """The request did not complete at the HTTP level."""


class ConnectFailedError(TransportError):
    template = QT_TRANSLATE_NOOP(
        "ApiError",
        "Could not connect to {host}: {reason}. Check the server address and your network.",
    )


class CertificateRefusedError(ConnectFailedError):
    """The server's certificate does not lead to a certificate this computer trusts."""

    template = QT_TRANSLATE_NOOP(
        "ApiError",
        "The certificate of {host} is not one this computer trusts, so nothing was sent. "
        "If your company inspects HTTPS traffic (a TLS-inspecting proxy), ask IT for its "
        "root certificate and add it to this computer's trust store, or point "
        "SSL_CERT_FILE at it. Help → Copy diagnostics says where certificates come from.",
    )


class ProxyFailedError(TransportError):
    """The proxy the environment names did not carry the request: it is named, not the
    server (which was never reached)."""

    template = QT_TRANSLATE_NOOP(
        "ApiError",
        "The proxy {proxy} did not carry the request to {host}: {reason}. Check the proxy "
        "settings (HTTPS_PROXY, ALL_PROXY, NO_PROXY) or ask whoever runs the proxy.",
    )


class ProxySettingError(ApiError):
    template = QT_TRANSLATE_NOOP(
        "ApiError",
        "The proxy setting {proxy} cannot be used: {reason}. Correct or unset HTTPS_PROXY, "
        "HTTP_PROXY and ALL_PROXY.",
    )


class TimedOutError(TransportError):
    template = QT_TRANSLATE_NOOP(
        "ApiError",
        "The server at {host} did not answer within {seconds:g} seconds. Try again in a moment.",
    )


class UnfinishedAnswerError(TimedOutError):
    """The whole-request deadline passed: an answer started, or never came at all."""

    template = QT_TRANSLATE_NOOP(
        "ApiError",
        "The server at {host} did not finish answering within {seconds:g} seconds. "
        "Try again in a moment.",
    )


class ConnectionLostError(TransportError):
    template = QT_TRANSLATE_NOOP(
        "ApiError",
        "The connection to {host} was lost before the answer was complete. Try again.",
    )


class RedirectRefusedError(ApiError):
    template = QT_TRANSLATE_NOOP(
        "ApiError",
        "The server answered {path} with a redirect ({status}); credentials are never "
        "sent on to another address. Check the server address in the profile.",
    )


# --- HTTP statuses (the spec's list) -----------------------------------------------------


class HttpStatusError(ApiError):
    """A non-2xx status. ``status`` is the HTTP status code."""

    status: ClassVar[int] = 0
    template = QT_TRANSLATE_NOOP(
        "ApiError", "The server answered {path} with an unexpected status {status}."
    )


class BadRequestError(HttpStatusError):
    status = 400
    template = QT_TRANSLATE_NOOP(
        "ApiError",
        "The server rejected the request to {path} as malformed (400). "
        "This is a problem in btse-gui or a server change; please report it.",
    )


class UnauthorizedError(HttpStatusError):
    status = 401
    template = QT_TRANSLATE_NOOP(
        "ApiError",
        "The server did not accept the request's key, signature or nonce (401). Check the "
        "key and secret; if the server mentions the time or the nonce, check this "
        "computer's clock.",
    )


class NonceReusedError(UnauthorizedError):
    """401 because the server had seen the nonce: another program signs with this key at
    the same moment (btse-gui's own processes share their nonces: ``KeyLedger``)."""

    template = QT_TRANSLATE_NOOP(
        "ApiError",
        "The server had already seen this request's nonce (401): another program is "
        "signing requests with the same API key at the same moment. Try again; giving each "
        "program a key of its own avoids it.",
    )


class ForbiddenError(HttpStatusError):
    status = 403
    template = QT_TRANSLATE_NOOP(
        "ApiError",
        "This API key is not allowed to read {path} (403). "
        "Give the key read permission on the exchange, or use another key.",
    )


class NotFoundError(HttpStatusError):
    status = 404
    template = QT_TRANSLATE_NOOP(
        "ApiError",
        "The server has no {path} (404). Check the profile's base URL and API prefix.",
    )


class MethodNotAllowedError(HttpStatusError):
    status = 405
    template = QT_TRANSLATE_NOOP(
        "ApiError",
        "The server does not accept this kind of request on {path} (405). "
        "Check the profile's base URL and API prefix.",
    )


class RequestTimeoutError(HttpStatusError):
    status = 408
    template = QT_TRANSLATE_NOOP(
        "ApiError",
        "The server gave up on the request to {path} (408, its limit is 30 seconds). "
        "Try again in a moment.",
    )


class RateLimitedError(HttpStatusError):
    status = 429
    template = QT_TRANSLATE_NOOP(
        "ApiError",
        "Too many requests: the server asked to wait {retry_after:g} seconds (429). "
        "btse-gui keeps each key under its limit by itself, across its own windows and "
        "commands, so another program is probably using this key too. Try again shortly.",
    )

    @property
    def retry_after(self) -> float:
        return float(self.params["retry_after"])


class ServerError(HttpStatusError):
    status = 500
    template = QT_TRANSLATE_NOOP(
        "ApiError",
        "The server had an internal error answering {path} (500). "
        "This is on the server's side; try again later.",
    )


STATUS_ERRORS: dict[int, type[HttpStatusError]] = {
    cls.status: cls
    for cls in (
        BadRequestError,
        UnauthorizedError,
        ForbiddenError,
        NotFoundError,
        MethodNotAllowedError,
        RequestTimeoutError,
        RateLimitedError,
        ServerError,
    )
}


# --- envelope ----------------------------------------------------------------------------


class MalformedResponseError(ApiError):
    """The body is not JSON, or not the shape the spec describes."""

    template = QT_TRANSLATE_NOOP(
        "ApiError",
        "The server's answer to {path} could not be read: {reason}. "
        "The server may be misconfigured, or not a BTSE API server.",
    )


class ApiCodeError(ApiError):
    """The envelope's ``code`` is not 1. Envelope codes are not order states: the code
    and the server's ``msg`` are shown as they came."""

    template = QT_TRANSLATE_NOOP("ApiError", "The server refused {path} with code {code}.")


class UnsuccessfulError(ApiError):
    """The envelope's ``success`` is false although its ``code`` is 1."""

    template = QT_TRANSLATE_NOOP("ApiError", "The server reported that {path} did not succeed.")


class SessionExpiredError(ApiError):
    """``GET /v1/user`` answered ``data: null``: the credentials' token has expired."""

    template = QT_TRANSLATE_NOOP(
        "ApiError",
        "The session for this API key has expired (the server answered with no account "
        "data); using the same key again will not help: create a new API key on the exchange.",
    )


def status_error(
    status: int,
    path: str,
    retry_after: float | None = None,
    server: ServerWords | None = None,
) -> HttpStatusError:
    """The error for HTTP ``status`` on ``path`` (``retry_after`` only matters for 429),
    carrying what the server said in its body."""
    cls = STATUS_ERRORS.get(status)
    if cls is UnauthorizedError and server is not None and _says_nonce_reused(server.msg):
        return NonceReusedError(path=path, status=status, server=server)
    if cls is RateLimitedError:
        # A day at most: a longer Retry-After is an error, not a plan to wait.
        wait = min(retry_after or 1.0, 86_400.0)
        return RateLimitedError(path=path, status=status, retry_after=wait, server=server)
    return (cls or HttpStatusError)(path=path, status=status, server=server)


def _says_nonce_reused(words: str) -> bool:
    """The server's words say the nonce was seen before ("Nonce was already used")."""
    text = words.lower()
    return "nonce" in text and any(w in text for w in ("already", "reuse", "replay", "duplicate"))

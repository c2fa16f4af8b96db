"""Where requests go and how they are signed: a server profile and a set of credentials."""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit
from urllib.request import getproxies

from btse_gui.api.errors import (
    InsecureServerError,
    InvalidCredentialsError,
    InvalidPrefixError,
    InvalidServerError,
)
from btse_gui.api.i18n import QT_TRANSLATE_NOOP
from btse_gui.api.sanitize import visible

_HEADER_PREFIX = re.compile(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*-")
_PRINTABLE_ASCII = re.compile(r"[\x21-\x7e]+")
#: Path segments of RFC 3986 characters (no query, no fragment, no spaces or controls).
_API_PREFIX = re.compile(r"(?:/[A-Za-z0-9._~!$&'()*+,;=:@%-]+)*")
#: Whitespace, controls and the characters that break out of a URL or a header.
_URL_UNSAFE = re.compile(r"[\x00-\x20\x7f-\x9f\s\\<>\"{}|^`\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def is_loopback_host(host: str) -> bool:
    """``localhost``, 127.0.0.0/8 and ``::1``: this computer only. Other names ending in
    ``.localhost`` are not: the resolver may well ask DNS for them."""
    host = host.strip("[]").lower()
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True, slots=True)
class ServerProfile:
    """A server: where to send requests and what part of the path is signed.

    Request URL = ``base_url + api_prefix + path``; signed path = ``api_prefix + path``.
    ``base_url`` holds scheme, host and any routing prefix that is *not* signed (BTSE's
    own hosts put ``/spot`` in front of ``/api/v3.2``); ``api_prefix`` is signed ('' for
    the ``/v1/...`` paths of this API). ``header_prefix`` is ``btse-`` for this API and
    ``request-`` for BTSE's later versions, which use the same formula.
    """

    base_url: str
    api_prefix: str = ""
    header_prefix: str = "btse-"
    #: Sign ``path?query`` rather than the path alone (btse-mcp's convention on GET).
    sign_query: bool = False

    def __post_init__(self) -> None:
        url = self.base_url.strip()
        prefix_text = self.api_prefix.strip()
        if _URL_UNSAFE.search(prefix_text) or len(prefix_text) > 200:
            raise InvalidPrefixError(
                field=QT_TRANSLATE_NOOP("Reason", "API prefix"),
                value=visible(prefix_text),
                reason=QT_TRANSLATE_NOOP(
                    "Reason", "it is too long or contains spaces or control characters"
                ),
            )
        if _URL_UNSAFE.search(url) or len(url) > 2000:
            raise InvalidServerError(
                url=visible(url),
                reason=QT_TRANSLATE_NOOP(
                    "Reason",
                    "it is too long or contains spaces, control characters or characters "
                    "a URL cannot have",
                ),
            )
        try:
            parts = urlsplit(url)
        except ValueError:  # e.g. an unclosed [IPv6 address
            raise InvalidServerError(
                url=url, reason=QT_TRANSLATE_NOOP("Reason", "it is not a URL")
            ) from None
        if parts.scheme not in ("https", "http") or not parts.hostname:
            raise InvalidServerError(
                url=url,
                reason=QT_TRANSLATE_NOOP(
                    "Reason", "it must look like https://host or https://host/prefix"
                ),
            )
        if parts.username or parts.password or parts.query or parts.fragment:
            raise InvalidServerError(
                url=url,
                reason=QT_TRANSLATE_NOOP(
                    "Reason", "it must not contain a user name, a query or a fragment"
                ),
            )
        try:
            parts.port  # noqa: B018 - raises ValueError on a bad port
        except ValueError:
            raise InvalidServerError(
                url=url, reason=QT_TRANSLATE_NOOP("Reason", "the port is not a number")
            ) from None
        if parts.scheme == "http" and not is_loopback_host(parts.hostname):
            raise InsecureServerError(url=url)
        prefix = self.api_prefix.strip().rstrip("/")
        if not _API_PREFIX.fullmatch(prefix):
            raise InvalidPrefixError(
                field=QT_TRANSLATE_NOOP("Reason", "API prefix"),
                value=prefix,
                reason=QT_TRANSLATE_NOOP("Reason", "it must start with '/', like /api/v3.2"),
            )
        if not _HEADER_PREFIX.fullmatch(self.header_prefix):
            raise InvalidPrefixError(
                field=QT_TRANSLATE_NOOP("Reason", "header prefix"),
                value=visible(self.header_prefix),
                reason=QT_TRANSLATE_NOOP("Reason", "it looks like btse- or request-"),
            )
        object.__setattr__(self, "base_url", url.rstrip("/"))
        object.__setattr__(self, "api_prefix", prefix)

    @property
    def loopback(self) -> bool:
        """Whether the server is this computer (by number, or ``localhost`` itself)."""
        return is_loopback_host(urlsplit(self.base_url).hostname or "")

    @property
    def host(self) -> str:
        return urlsplit(self.base_url).netloc

    def signed_path(self, path: str, query: str = "") -> str:
        """What is signed: the API prefix and path (and ``?query`` where the
        convention signs it) — never the scheme, host or routing prefix."""
        signed = self.api_prefix + path
        return f"{signed}?{query}" if query and self.sign_query else signed

    def url(self, path: str) -> str:
        return self.base_url + self.api_prefix + path


def mask(value: str, keep: int = 4) -> str:
    """``abcd…`` — enough to recognise a key, never enough to use it."""
    return value[:keep] + "…" if len(value) > keep * 2 else "…"


@dataclass(frozen=True, slots=True)
class Credentials:
    """An API key and its secret. ``repr`` and ``str`` never show either in full."""

    key: str
    secret: str = field(repr=False)

    def __post_init__(self) -> None:
        for value in (self.key, self.secret):
            if not _PRINTABLE_ASCII.fullmatch(value):
                # The message names neither value: the secret must not reach error text.
                raise InvalidCredentialsError()

    def __repr__(self) -> str:
        return f"Credentials(key={mask(self.key)!r})"

    __str__ = __repr__


def names_a_proxy(proxies: dict[str, str] | None = None) -> bool:
    """Whether the environment (``getproxies()``: the variables, and the system settings
    on Windows and macOS) names a proxy at all; NO_PROXY alone names none. Here, not
    beside the connections, so the window can ask without importing httpx."""
    found = getproxies() if proxies is None else proxies
    return any(found.get(scheme) for scheme in ("http", "https", "all"))

"""Server conventions, as presets: which headers, which signed prefix, which routing.

Every published BTSE client signs ``HMAC-SHA384(secret, path + nonce + body)``; they
differ in the header names, the signed API prefix and the routing prefix that their
hosts put in front of it (not signed):

==========  ===============  ==================  ===========
preset      routing prefix   signed api prefix   headers
==========  ===============  ==================  ===========
``spec``    (none)           (none: ``/v1/…``)   ``btse-*``
``spot``    ``/spot``        ``/api/v3.2``       ``request-*``
``futures`` ``/futures``     ``/api/v2.1``       ``request-*``
==========  ===============  ==================  ===========

No preset signs the query string: btse-python, vnpy-btse and ccxt sign the path alone
(so does the spec's example); btse-mcp adds ``?query`` on GET, which a server profile can
still ask for (``ServerProfile.sign_query``). No host is built in: a preset is applied to
the server address the person gives.
"""

from __future__ import annotations

from dataclasses import dataclass

from btse_gui.api.i18n import QT_TRANSLATE_NOOP, translate
from btse_gui.api.server import ServerProfile


@dataclass(frozen=True)
class Preset:
    name: str
    label: str
    route_prefix: str
    api_prefix: str
    header_prefix: str

    def describe(self) -> str:
        return translate("Preset", self.label)

    def apply(self, address: str) -> ServerProfile:
        """The server at ``address`` (scheme and host, maybe a routing prefix already)
        with this convention. Raises ApiError for a bad address."""
        url = address.strip().rstrip("/")
        if self.route_prefix and not url.endswith(self.route_prefix):
            url += self.route_prefix
        return ServerProfile(url, self.api_prefix, self.header_prefix)

    def matches(self, server: ServerProfile) -> bool:
        return (
            server.api_prefix == self.api_prefix
            and server.header_prefix == self.header_prefix
            and server.base_url.endswith(self.route_prefix)
        )


PRESETS: dict[str, Preset] = {
    p.name: p
    for p in (
        Preset(
            "spec",
            QT_TRANSLATE_NOOP("Preset", "This API (/v1 paths, btse- headers)"),
            "",
            "",
            "btse-",
        ),
        Preset(
            "spot",
            QT_TRANSLATE_NOOP("Preset", "BTSE spot (/spot, /api/v3.2, request- headers)"),
            "/spot",
            "/api/v3.2",
            "request-",
        ),
        Preset(
            "futures",
            QT_TRANSLATE_NOOP("Preset", "BTSE futures (/futures, /api/v2.1, request- headers)"),
            "/futures",
            "/api/v2.1",
            "request-",
        ),
    )
}


def preset_of(server: ServerProfile) -> Preset | None:
    """The preset a server's settings follow, or ``None`` (custom)."""
    return next((p for p in PRESETS.values() if p.matches(server)), None)

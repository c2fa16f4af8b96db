"""The desktop's own proxy setting, for the window's connections where the environment
names none (``HTTPS_PROXY`` and the rest win, as on the command line).

Qt asks the platform: the Windows and macOS system settings (a PAC file included) and,
on Linux, what Qt was built to read (the Qt wheels read the environment there, which
``api/connections.proxy_for`` already did). The answer for the API's usual address
stands for every server: the lookups' process, which has no Qt, is told it as a value.
"""

from __future__ import annotations

import threading

from btse_gui.api.server import names_a_proxy

#: An address to ask about: a PAC file answers per host, and this is the API's.
PROBE = "https://api.btse.com"


def desktop_proxy() -> str | None:
    """``http://host:port`` or ``socks5://host:port`` from the desktop's settings, or
    ``None`` (no proxy, or the environment names one: then that one is used)."""
    if names_a_proxy():
        return None
    from PySide6.QtCore import QUrl
    from PySide6.QtNetwork import QNetworkProxy, QNetworkProxyFactory, QNetworkProxyQuery

    kinds = {
        QNetworkProxy.ProxyType.HttpProxy: "http",
        QNetworkProxy.ProxyType.Socks5Proxy: "socks5",
    }
    for proxy in QNetworkProxyFactory.systemProxyForQuery(QNetworkProxyQuery(QUrl(PROBE))):
        scheme = kinds.get(proxy.type())
        if scheme and proxy.hostName():
            return f"{scheme}://{proxy.hostName()}:{proxy.port()}"
    return None


class DesktopProxy:
    """The desktop's proxy, asked once in a thread of its own, started with the app: on
    Windows, Qt's query may first look for a proxy on the network (WPAD), which can take
    seconds; the window never waits for it before its first paint, and a client made
    before the answer waits at most ``WAIT_S``."""

    WAIT_S = 3.0

    def __init__(self) -> None:
        self._answer: str | None = None
        self._done = threading.Event()
        threading.Thread(target=self._ask, name="btse-gui desktop proxy", daemon=True).start()

    def _ask(self) -> None:
        try:
            self._answer = desktop_proxy()
        except Exception:  # no answer is no proxy: the environment's rules still hold
            self._answer = None
        finally:
            self._done.set()

    def __call__(self) -> str | None:
        self._done.wait(self.WAIT_S)
        return self._answer

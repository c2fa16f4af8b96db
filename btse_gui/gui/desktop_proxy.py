"""The desktop's own proxy setting, for the window's connections where the environment
names none (``HTTPS_PROXY`` and the rest win, as on the command line).

Qt asks the platform: the Windows and macOS system settings (a PAC file included) and,
on Linux, what Qt was built to read (the Qt wheels read the environment there, which
``api/connections.proxy_for`` already did). The answer for the API's usual address
stands for every server: the lookups' process, which has no Qt, is told it as a value.
"""

from __future__ import annotations

from urllib.request import getproxies

#: An address to ask about: a PAC file answers per host, and this is the API's.
PROBE = "https://api.btse.com"


def desktop_proxy() -> str | None:
    """``http://host:port`` or ``socks5://host:port`` from the desktop's settings, or
    ``None`` (no proxy, or the environment names one: then that one is used)."""
    if getproxies():
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

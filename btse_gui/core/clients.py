"""Where the app's API clients come from: real servers, or the demo's in-process sandbox.

One place for both the window and the command line. Each factory is a small value that
can be described in a few plain fields (:meth:`describe`, :func:`from_description`):
the lookups' process (``btse_gui.worker``) is told which factory to use, and makes its
own clients from that description. No Qt here; httpx and the sandbox are imported when
the first client is made.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any, Protocol

from btse_gui import app_version

if TYPE_CHECKING:
    from btse_gui.api.client import BtseClient
    from btse_gui.api.server import ServerProfile
    from btse_gui.core.key_ledger import KeyLedger
    from btse_gui.core.session_view import SignInRequest

#: The demo's server: the sandbox, served in-process (no socket is ever opened).
DEMO_BASE_URL = "http://127.0.0.1"

#: name -> (key, secret, description) of the demo accounts, when running the demo.
DemoAccounts = Mapping[str, tuple[str, str, str]]


class ClientFactory(Protocol):
    """Makes the client for a server; :meth:`describe` says how to make another one."""

    def __call__(self, server: ServerProfile) -> BtseClient: ...

    def describe(self) -> dict[str, Any]: ...


def user_agent() -> str:
    return f"btse-gui/{app_version()}"


@cache
def shared_ledger() -> KeyLedger:
    """This process's view of what every btse-gui process shares about each key."""
    from btse_gui.core.key_ledger import KeyLedger

    return KeyLedger()


@dataclass(frozen=True)
class RealClients:
    """Clients for real servers, each waiting ``read_timeout`` seconds for an answer
    (``None``: a little over the server's own 30 s)."""

    read_timeout: float | None = None
    #: The desktop's proxy (the window asks Qt, in a thread: ``gui/desktop_proxy``), used
    #: where the environment names none; asked for when the first client is made.
    desktop_proxy: Callable[[], str | None] | str | None = None

    def proxy(self) -> str | None:
        found = self.desktop_proxy
        return found() if callable(found) else found

    def __call__(self, server: ServerProfile) -> BtseClient:
        from btse_gui.api.client import BtseClient, Timeouts

        timeouts = Timeouts.for_read(self.read_timeout)
        return BtseClient(
            server,
            timeouts=timeouts,
            user_agent=user_agent(),
            ledger=shared_ledger(),
            desktop_proxy=self.proxy(),
        )

    def describe(self) -> dict[str, Any]:
        return {"kind": "real", "read_timeout": self.read_timeout, "desktop_proxy": self.proxy()}


class DemoClients:
    """Clients that talk to an in-process sandbox: no network at all. It serves the demo
    accounts and ``generated`` generated ones (``gen-00001``...), with ``faults``. Every
    client of one factory shares its sandbox; one made from this factory's description
    (in another process) makes its own."""

    def __init__(self, faults: str = "", generated: int = 0) -> None:
        self.faults = faults
        self.generated = generated
        self._sandbox: object | None = None

    def __call__(self, server: ServerProfile) -> BtseClient:
        import httpx

        from btse_gui.api.client import BtseClient
        from btse_gui.sandbox.accounts import DEMO_ACCOUNTS, generated_accounts
        from btse_gui.sandbox.app import Sandbox, SandboxConfig

        if self._sandbox is None:
            accounts = {**DEMO_ACCOUNTS, **generated_accounts(self.generated)}
            self._sandbox = Sandbox(SandboxConfig(accounts=accounts, faults=self.faults))
        transport = httpx.ASGITransport(app=self._sandbox)  # type: ignore[arg-type]
        return BtseClient(server, transport=transport, user_agent=user_agent())

    def describe(self) -> dict[str, Any]:
        return {"kind": "demo", "faults": self.faults, "generated": self.generated}


def from_description(description: Mapping[str, Any]) -> RealClients | DemoClients:
    """The factory :meth:`describe` described (raises ValueError for anything else)."""
    kind = description.get("kind")
    if kind == "real":
        timeout = description.get("read_timeout")
        if timeout is not None and not isinstance(timeout, int | float):
            raise ValueError("read_timeout is not a number")
        proxy = description.get("desktop_proxy")
        if proxy is not None and not isinstance(proxy, str):
            raise ValueError("desktop_proxy is not text")
        return RealClients(timeout, proxy)
    if kind == "demo":
        faults, generated = description.get("faults"), description.get("generated")
        if not isinstance(faults, str) or type(generated) is not int:
            raise ValueError("a demo factory needs faults (text) and generated (a number)")
        return DemoClients(faults, generated)
    raise ValueError(f"unknown client factory {kind!r}")


def demo_accounts() -> DemoAccounts:
    """The built-in demo accounts: name -> (key, secret, description)."""
    from btse_gui.sandbox.accounts import DEMO_ACCOUNTS

    return {a.name: (a.key, a.secret, a.description) for a in DEMO_ACCOUNTS.values()}


def demo_sign_in(name: str, accounts: DemoAccounts, base_url: str = DEMO_BASE_URL) -> SignInRequest:
    """What the sign-in form sends for demo account ``name`` as picked (the app signs
    in to a ``--demo ACCOUNT`` with it before the form is ever built)."""
    from btse_gui.core.session_view import SignInRequest
    from btse_gui.profiles.model import Profile

    key, secret, _ = accounts[name]
    return SignInRequest(Profile(f"Demo {name}", base_url), key, secret)

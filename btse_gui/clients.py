"""Where the app's API clients come from: real servers, or the demo's in-process sandbox.

Each is a small picklable object, not a closure: the accounts overview sends its client
factory to the lookups' own process (see :mod:`btse_gui.lookup_worker`), which makes its
clients from it. No Qt here; httpx and the sandbox are imported when the first client is
made, not before the window paints.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from btse_gui.api.client import BtseClient
    from btse_gui.api.server import ServerProfile
    from btse_gui.session import ClientFactory, SignInRequest

DEMO_BASE_URL = "http://127.0.0.1"

#: name -> (key, secret, description) of the demo accounts, when running the demo.
DemoAccounts = Mapping[str, tuple[str, str, str]]


class RealClients:
    """Clients for real servers, each waiting ``read_timeout`` seconds for an answer
    (``None``: a little over the server's own 30 s)."""

    def __init__(self, read_timeout: float | None = None) -> None:
        self.read_timeout = read_timeout

    def __call__(self, server: ServerProfile) -> BtseClient:
        from btse_gui.api.client import BtseClient, Timeouts

        return BtseClient(server, timeouts=Timeouts.for_read(self.read_timeout))


class DemoClients:
    """Clients that talk to an in-process sandbox: no network at all. It serves the demo
    accounts and ``generated`` generated ones (``gen-00001``...), with ``faults``. Every
    client of one factory shares its sandbox; a copy (pickled into another process)
    makes its own, from these two settings alone."""

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
        return BtseClient(server, transport=httpx.ASGITransport(app=self._sandbox))  # type: ignore[arg-type]

    def __getstate__(self) -> dict[str, Any]:
        return {"faults": self.faults, "generated": self.generated}  # not the sandbox

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(**state)  # type: ignore[misc]


def real_clients(read_timeout: float | None = None) -> ClientFactory:
    """Clients for real servers. httpx is imported when the first one is made."""
    return RealClients(read_timeout)


def demo_services(faults: str = "", generated: int = 0) -> tuple[ClientFactory, DemoAccounts]:
    """Clients that talk to an in-process sandbox serving the demo accounts and
    ``generated`` generated ones: no network at all."""
    from btse_gui.sandbox.accounts import DEMO_ACCOUNTS

    accounts = {a.name: (a.key, a.secret, a.description) for a in DEMO_ACCOUNTS.values()}
    return DemoClients(faults, generated), accounts


def demo_sign_in(name: str, accounts: DemoAccounts, base_url: str) -> SignInRequest:
    """What the sign-in form sends for demo account ``name`` as picked (the app signs
    in to a ``--demo ACCOUNT`` with it before the form is ever built)."""
    from btse_gui.profile_model import Profile
    from btse_gui.session import SignInRequest

    key, secret, _ = accounts[name]
    return SignInRequest(Profile(f"Demo {name}", base_url), key, secret)

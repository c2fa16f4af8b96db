"""Where the window's API clients come from: real servers, or the demo's sandbox in
the same process (no network at all)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from btse_gui.api.server import ServerProfile
from btse_gui.profile_model import Profile
from btse_gui.session import ClientFactory, SignInRequest

if TYPE_CHECKING:
    from btse_gui.api.client import BtseClient
    from btse_gui.sandbox.accounts import DemoAccount

DEMO_BASE_URL = "http://127.0.0.1"

#: name -> (key, secret, description) of the demo accounts, when running the demo.
DemoAccounts = Mapping[str, tuple[str, str, str]]


def demo_sign_in(name: str, accounts: DemoAccounts, base_url: str) -> SignInRequest:
    """What the sign-in form sends for demo account ``name`` as picked (the app signs
    in to a ``--demo ACCOUNT`` with it before the form is ever built)."""
    key, secret, _ = accounts[name]
    return SignInRequest(Profile(f"Demo {name}", base_url), key, secret)


def real_clients(read_timeout: float | None = None) -> ClientFactory:
    """Clients for real servers. httpx is imported when the first one is made."""

    def factory(server: ServerProfile) -> BtseClient:
        from btse_gui.api.client import BtseClient, Timeouts

        return BtseClient(server, timeouts=Timeouts.for_read(read_timeout))

    return factory


def demo_services(
    faults: str = "", served: Mapping[str, DemoAccount] | None = None
) -> tuple[ClientFactory, DemoAccounts]:
    """Clients that talk to an in-process sandbox: no network at all.

    The sandbox and httpx are imported when the first client is made, not
    before the window paints.
    """
    from btse_gui.sandbox.accounts import DEMO_ACCOUNTS

    sandboxes: list[object] = []

    def factory(server: ServerProfile) -> BtseClient:
        import httpx

        from btse_gui.api.client import BtseClient
        from btse_gui.sandbox.app import Sandbox, SandboxConfig

        if not sandboxes:
            config = SandboxConfig(accounts=dict(served or DEMO_ACCOUNTS), faults=faults)
            sandboxes.append(Sandbox(config))
        return BtseClient(server, transport=httpx.ASGITransport(app=sandboxes[0]))  # type: ignore[arg-type]

    accounts = {a.name: (a.key, a.secret, a.description) for a in DEMO_ACCOUNTS.values()}
    return factory, accounts

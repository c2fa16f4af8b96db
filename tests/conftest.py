from __future__ import annotations

import os
from collections.abc import AsyncIterator, Callable, Iterator

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from btse_gui.api.client import BtseClient
from btse_gui.api.server import Credentials, ServerProfile
from btse_gui.sandbox.accounts import DEMO_ACCOUNTS
from btse_gui.sandbox.app import Sandbox
from btse_gui.sandbox.server import serve_in_thread


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def demo_credentials(name: str) -> Credentials:
    account = DEMO_ACCOUNTS[name]
    return Credentials(account.key, account.secret)


@pytest.fixture
def sandbox() -> Sandbox:
    """A fresh sandbox (its rate-limit windows and nonces start empty)."""
    return Sandbox()


@pytest.fixture
def sandbox_url(sandbox: Sandbox) -> Iterator[str]:
    """``sandbox`` served by uvicorn on a free 127.0.0.1 port (a real socket)."""
    with serve_in_thread(sandbox) as url:
        yield url


@pytest.fixture
async def client(sandbox_url: str) -> AsyncIterator[BtseClient]:
    async with BtseClient(ServerProfile(sandbox_url)) as c:
        yield c


@pytest.fixture
def serve() -> Iterator[Callable[[Sandbox], str]]:
    """Serve extra sandboxes (other configs); all stop at the end of the test."""
    import contextlib

    with contextlib.ExitStack() as stack:
        yield lambda app: stack.enter_context(serve_in_thread(app))

"""Helpers for tests that speak to the sandbox without the client."""

from __future__ import annotations

import time

from btse_gui.api.signing import sign
from btse_gui.sandbox.accounts import DEMO_ACCOUNTS


def signed_headers(
    account: str,
    path: str,
    *,
    nonce: int | None = None,
    prefix: str = "btse-",
    secret: str | None = None,
    body: bytes = b"",
) -> dict[str, str]:
    demo = DEMO_ACCOUNTS[account]
    nonce = nonce if nonce is not None else int(time.time() * 1000)
    return {
        prefix + "api": demo.key,
        prefix + "nonce": str(nonce),
        prefix + "sign": sign(secret or demo.secret, path, nonce, body),
    }

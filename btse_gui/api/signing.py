"""Request signing as the API reference defines it.

    btse-sign = hex(HMAC-SHA384(secret, urlpath + nonce + body))

``urlpath`` is the signed API path only (``/api/v3.2/user/wallet``, ``/v1/user``): no
scheme, no host, no query string and no routing prefix. ``body`` is the exact bytes
sent, or ``''`` for a GET.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from typing import Any


def signing_message(path: str, nonce: int | str, body: bytes | str = b"") -> bytes:
    """The bytes that are signed: ``path + nonce + body``, with no separators."""
    body_bytes = body.encode() if isinstance(body, str) else body
    return path.encode() + str(nonce).encode() + body_bytes


def sign(secret: str | bytes, path: str, nonce: int | str, body: bytes | str = b"") -> str:
    """Lower-case hex HMAC-SHA384 of ``path + nonce + body`` under ``secret``."""
    key = secret.encode() if isinstance(secret, str) else secret
    return hmac.new(key, signing_message(path, nonce, body), hashlib.sha384).hexdigest()


def compact_json(payload: Any) -> bytes:
    """Serialize a request body once, compactly, as the bytes to sign and to send.

    Letting the HTTP library serialize ``json=`` separately from what was signed is the
    classic signature mismatch; callers send these exact bytes with ``content=``.
    """
    return json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode()

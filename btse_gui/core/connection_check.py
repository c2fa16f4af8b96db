""" "Check connection": tells apart an unreachable server, a key the server refuses, and
a key it accepts — in plain words, with the server's own.

Three requests at most, all reads: ``/v1/login_status`` unsigned (is the server there
and speaking this API?), then, with a key, ``/v1/user/vip_info`` signed (is the key
accepted?) and ``/v1/login_status`` signed (does the server call it signed in?).
"""

from __future__ import annotations

import asyncio
import time
from typing import TYPE_CHECKING

from btse_gui.api.errors import ApiError
from btse_gui.api.i18n import QT_TRANSLATE_NOOP, translate
from btse_gui.api.server import Credentials

if TYPE_CHECKING:
    from btse_gui.api.client import BtseClient

CONTEXT = "Session"


def _say(source: str, **params: object) -> str:
    return translate(CONTEXT, source).format(**params)


def _sentences(*parts: str) -> str:
    """Sentences one after another: a space between them in English, none in Chinese."""
    text = parts[0]
    for part in parts[1:]:
        text = _say(QT_TRANSLATE_NOOP("Session", "{first} {second}"), first=text, second=part)
    return text


async def check_connection(client: BtseClient, credentials: Credentials | None) -> tuple[bool, str]:
    """``(True, words)`` when everything asked was fine, ``(False, words)`` when the
    server could not be reached or the key was refused."""
    host = client.server.host
    started = time.monotonic()
    try:
        await client.login_status(None)
    except ApiError as exc:
        error = exc.user_message()
        if host in error:  # "Could not connect to {host}: …" says it already
            return False, error
        return False, _say(
            QT_TRANSLATE_NOOP("Session", "Could not reach the API at {host}: {error}"),
            host=host,
            error=error,
        )
    ms = (time.monotonic() - started) * 1000
    reached = _say(
        QT_TRANSLATE_NOOP("Session", "The server at {host} answered ({ms:.0f} ms)."),
        host=host,
        ms=ms,
    )
    if credentials is None:
        hint = QT_TRANSLATE_NOOP("Session", "Enter a key and secret to sign in.")
        return True, _sentences(reached, _say(hint))
    vip, login = await asyncio.gather(
        client.vip_info(credentials), client.login_status(credentials), return_exceptions=True
    )
    for result in (vip, login):
        if isinstance(result, BaseException) and not isinstance(result, ApiError):
            raise result
    if isinstance(vip, ApiError):
        refused = QT_TRANSLATE_NOOP("Session", "The key was not accepted: {reason}")
        return False, _sentences(reached, _say(refused, reason=vip.user_message()))
    accepted = _say(QT_TRANSLATE_NOOP("Session", "The key and secret are accepted."))
    is_login = None if isinstance(login, BaseException) else login.is_login
    if is_login is None:
        text = QT_TRANSLATE_NOOP("Session", "The server did not say whether it is signed in.")
    elif is_login:
        text = QT_TRANSLATE_NOOP("Session", "Signed in: yes.")
    else:
        text = QT_TRANSLATE_NOOP("Session", "Signed in: no (the server says isLogin is false).")
    return True, _sentences(reached, accepted, _say(text))

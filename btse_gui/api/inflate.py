"""Decompressing an answer a bounded amount at a time.

A gzip bomb is small on the wire and enormous inflated (1 MB of gzip can hold 1 GB of
zeros). Decoding a whole network chunk at once, as an HTTP library's decoder does, can
allocate hundreds of MB before any size check runs. :class:`Inflater` inflates at most
``room + 1`` bytes per call (zlib's ``max_length``), so the caller's cap holds while
inflating, not after.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator

from btse_gui.api.errors import MalformedResponseError
from btse_gui.api.i18n import QT_TRANSLATE_NOOP

#: Inflated bytes produced per step (the unconsumed input waits in zlib's tail).
STEP = 64 * 1024


class Inflater:
    """``Content-Encoding`` ``identity``, ``gzip`` or ``deflate``; anything else is
    refused (btse-gui asks for ``gzip, deflate`` only)."""

    def __init__(self, encoding: str, path: str, limit: int) -> None:
        self.path = path
        self.limit = limit
        coding = encoding.strip().lower()
        self._raw_deflate_tried = coding != "deflate"
        if coding in ("", "identity"):
            self._z: zlib._Decompress | None = None
        elif coding in ("gzip", "x-gzip"):
            self._z = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif coding == "deflate":
            self._z = zlib.decompressobj(zlib.MAX_WBITS)
        else:
            raise MalformedResponseError(
                path=path,
                reason=QT_TRANSLATE_NOOP(
                    "Reason", "it uses a compression btse-gui did not ask for"
                ),
            )
        self._first = True

    def feed(self, data: bytes, room: int) -> Iterator[bytes]:
        """The inflated bytes of ``data``; raises once more than ``room`` would result."""
        if self._z is None:
            if len(data) > room:
                raise self._too_large()
            yield data
            return
        pending = data
        while pending:
            try:
                piece = self._z.decompress(pending, min(STEP, room + 1))
            except zlib.error:
                if self._first and not self._raw_deflate_tried and self._retry_raw():
                    pending = data
                    continue
                raise self._undecodable() from None
            self._first = False
            room -= len(piece)
            if room < 0:
                raise self._too_large()
            if piece:
                yield piece
            pending = self._z.unconsumed_tail
            if not piece and not pending:
                break

    def finish(self, room: int) -> Iterator[bytes]:
        if self._z is None:
            return
        try:
            rest = self._z.flush()
        except zlib.error:
            raise self._undecodable() from None
        if len(rest) > room:
            raise self._too_large()
        if rest:
            yield rest

    def _retry_raw(self) -> bool:
        """Some servers send ``deflate`` without the zlib header: try raw deflate."""
        self._raw_deflate_tried = True
        self._z = zlib.decompressobj(-zlib.MAX_WBITS)
        return True

    def _too_large(self) -> MalformedResponseError:
        return MalformedResponseError(
            path=self.path,
            reason=QT_TRANSLATE_NOOP("Reason", "it is larger than {limit_kib} KiB"),
            limit_kib=self.limit // 1024,
        )

    def _undecodable(self) -> MalformedResponseError:
        return MalformedResponseError(
            path=self.path,
            reason=QT_TRANSLATE_NOOP("Reason", "its compression could not be decoded"),
        )

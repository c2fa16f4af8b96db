"""What every btse-gui process on this computer shares about one API key: the last nonce
it signed with, and when its last requests went out.

The server refuses a nonce it has seen, and counts every request of a key against
15 a second, whichever program sends it. One process keeps both rules by itself
(``btse_gui.api.clock``, ``btse_gui.api.limiter``), but the window, the lookups'
process and any number of ``btse-gui lookup`` commands may sign with the same key at the
same moment: two nonces from one millisecond, or 3 x 200 requests in the same second.
So before each request a process claims its slot here, under a lock on the key's own
small file: a nonce above every nonce any of them used, and a place among the last
second's requests (or how long to wait for one).

One file per key, named by the key's hash, in a private folder (0700); each file is
136 bytes: the last nonce and the last 16 requests' times (of their claim while in
flight, negative; of their answer once answered). Claiming costs
~40 µs (a lock, a read and a write on a file kept open). No Qt; Unix or Windows file
locks, imported when first used.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import struct
import threading
from collections import OrderedDict
from collections.abc import Iterator
from pathlib import Path

#: The last nonce, then the send times (seconds since the epoch) of the last requests.
_RECORD = struct.Struct("<q16d")
#: Requests of one key in any ``SPAN`` seconds (the spec's 15 a second, with the same
#: margin as the per-process limiter: the server counts each one somewhere between).
LIMIT = 15
SPAN = 1.1
#: A last nonce further ahead of a process's clock than this was signed against a wrong
#: clock (the server refused it), not by a process running now.
STALE_MS = 5_000
#: A request in flight longer than this no longer counts (its process may have died;
#: the client gives up on a request after 45 s at most).
IN_FLIGHT_S = 60.0
#: Files kept open at once (a lookup of many accounts has many keys).
OPEN_FILES = 64


def ledger_dir() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("btse-gui", appauthor=False)) / "keys"


class KeyLedger:
    """``claim`` a nonce and a send slot for a key, across this computer's processes."""

    def __init__(self, folder: Path | None = None, limit: int = LIMIT) -> None:
        self.folder = folder or ledger_dir()
        self.limit = min(limit, 16)
        self._files: OrderedDict[str, int] = OrderedDict()
        self._lock = threading.Lock()

    def claim(self, key: str, nonce_at_least: int, now: float) -> tuple[int, float]:
        """``(nonce, 0.0)``: send now, with ``nonce`` (at least ``nonce_at_least``, above
        every nonce claimed for ``key`` before). ``(0, wait)``: ``key`` has had its
        requests for this second; ask again in ``wait`` seconds. Where the ledger cannot
        be used (a read-only disk), ``(nonce_at_least, 0.0)``: each process keeps its
        own rules, as before.

        A request counts from its claim until its answer (:meth:`answered`), and a
        second beyond: the server counts it on arrival, which may come late (a busy
        computer, a queue at the server), and the next ones must not arrive with it."""
        try:
            with self._locked(key) as fd:
                last, *slots = _RECORD.unpack(_read(fd))
                kept = [s for s in slots if _counts(s, now)]
                if len(kept) >= self.limit:
                    answered = sorted(s for s in kept if s > 0)
                    must_age = len(kept) - self.limit  # answered ones that must age first
                    if must_age < len(answered):
                        return 0, max(answered[must_age] + SPAN - now, 0.001)
                    return 0, SPAN / 10  # all in flight: their answers free them
                # A last nonce far ahead was signed against a clock since corrected (the
                # server refused it): start again from the corrected one.
                ahead = last > nonce_at_least + STALE_MS
                nonce = nonce_at_least if ahead else max(nonce_at_least, last + 1)
                kept.append(-now)  # in flight since now
                _write(fd, _pack(nonce, kept))
                return nonce, 0.0
        except OSError:
            return nonce_at_least, 0.0

    def answered(self, key: str, claimed_at: float, now: float) -> None:
        """The request claimed at ``claimed_at`` has its answer: it counts from ``now``
        for another second, wherever it arrived in between."""
        with contextlib.suppress(OSError), self._locked(key) as fd:
            last, *slots = _RECORD.unpack(_read(fd))
            if -claimed_at in slots:
                slots[slots.index(-claimed_at)] = max(now, claimed_at)
                _write(fd, _pack(last, [s for s in slots if _counts(s, now)]))

    @contextlib.contextmanager
    def _locked(self, key: str) -> Iterator[int]:
        with self._lock:  # one thread at a time here; other processes: the file lock
            fd = self._open(key)
            _lock(fd)
            try:
                yield fd
            finally:
                _unlock(fd)

    def _open(self, key: str) -> int:
        name = hashlib.sha256(key.encode()).hexdigest()[:32]
        fd = self._files.get(name)
        if fd is not None:
            self._files.move_to_end(name)
            return fd
        self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0)
        fd = os.open(self.folder / name, flags, 0o600)
        self._files[name] = fd
        while len(self._files) > OPEN_FILES:
            _, oldest = self._files.popitem(last=False)
            os.close(oldest)
        return fd

    def close(self) -> None:
        with self._lock:
            while self._files:
                os.close(self._files.popitem()[1])


def _counts(slot: float, now: float) -> bool:
    """Whether a slot still counts: answered less than ``SPAN`` ago (a positive time),
    or in flight (a negative one) for less than ``IN_FLIGHT_S`` (a process that died
    with a request in flight frees its slot then)."""
    if slot > 0:
        return now - SPAN < slot <= now + SPAN
    return slot < 0 and now - IN_FLIGHT_S < -slot <= now + SPAN


def _pack(nonce: int, slots: list[float]) -> bytes:
    slots = slots[-16:]
    return _RECORD.pack(nonce, *slots, *([0.0] * (16 - len(slots))))


def _read(fd: int) -> bytes:
    os.lseek(fd, 0, os.SEEK_SET)
    data = os.read(fd, _RECORD.size)
    return data if len(data) == _RECORD.size else bytes(_RECORD.size)


def _write(fd: int, data: bytes) -> None:
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, data)


def _lock(fd: int) -> None:
    if os.name == "nt":
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_LOCK, 1)  # type: ignore[attr-defined]
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_EX)


def _unlock(fd: int) -> None:
    if os.name == "nt":
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined]
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_UN)

"""The profiles file: one JSON document, written atomically and checked, under a lock.

Profiles are the one thing people create in btse-gui, so they are kept like data, not
like preferences: ``profiles.json`` in the platform's config folder (platformdirs), read
without Qt (the command line never loads it). A write goes to a temporary file in the
same folder, is flushed to disk, renamed over the old file and read back; a write that
did not happen raises :class:`StoreUnwritableError`, never passes for "saved". The last
good document is mirrored in ``profiles.json.bak`` for ``profiles check --repair``.
Changes hold a cross-process lock (``profiles.lock``), so two processes renaming the
same profile cannot both win.

The document also journals keychain items that may exist without a profile naming them
yet (or any more): an operation writes the journal *before* it creates or deletes an
item, so a kill at any moment leaves nothing that ``profiles check`` cannot find.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import stat
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from btse_gui.api.i18n import QT_TRANSLATE_NOOP, UserFacingError
from btse_gui.api.sanitize import visible

FILE_NAME = "profiles.json"
#: A profiles file larger than this is not read (one profile is ~300 bytes).
MAX_BYTES = 8 * 10**6
FORMAT_VERSION = 1
#: Seconds to wait for another btse-gui that is changing the profiles.
LOCK_TIMEOUT = 15.0


class StoreError(UserFacingError):
    context = "Profiles"


class StoreUnwritableError(StoreError):
    template = QT_TRANSLATE_NOOP(
        "Profiles",
        "The profiles could not be saved to {path}: {reason}. Nothing was changed.",
    )


class StoreDamagedError(StoreError):
    template = QT_TRANSLATE_NOOP(
        "Profiles",
        "The profiles file {path} is damaged ({reason}). Nothing was changed; "
        "'btse-gui profiles check --repair' restores the last good copy.",
    )


class StoreTooLargeError(StoreError):
    template = QT_TRANSLATE_NOOP(
        "Profiles",
        "The profiles file {path} is {size_mb} MB, more than a profiles file can be "
        "({limit_mb} MB): it was not read, and nothing was changed.",
    )


class StoreUnsafeError(StoreError):
    template = QT_TRANSLATE_NOOP(
        "Profiles",
        "btse-gui does not use {path}: {reason}, so another user could change your "
        "profiles. Make it yours and writable by you alone (chmod go-w).",
    )


class StoreBusyError(StoreError):
    template = QT_TRANSLATE_NOOP(
        "Profiles",
        "Another btse-gui is changing the profiles ({path} is locked). Try again in a moment.",
    )


def config_dir() -> Path:
    from platformdirs import user_config_dir

    return Path(user_config_dir("btse-gui", appauthor=False, roaming=True))


@dataclass(frozen=True)
class Document:
    """The file's content: raw profile entries (validated by ``profiles.py``), the journal
    of keychain items that may exist unnamed, and this store's id (the prefix of its
    keychain items, so ``profiles check`` can tell its own items from others')."""

    store_id: str
    entries: tuple[dict[str, Any], ...] = ()
    pending: frozenset[str] = frozenset()
    last_profile: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def new(cls) -> Document:
        return cls(store_id=secrets.token_hex(4))

    def to_bytes(self) -> bytes:
        doc = {
            **self.extra,
            "version": FORMAT_VERSION,
            "store": self.store_id,
            "profiles": list(self.entries),
            "pending": sorted(self.pending),
            "last_profile": self.last_profile,
        }
        return (json.dumps(doc, indent=2, ensure_ascii=False) + "\n").encode()

    @classmethod
    def from_bytes(cls, data: bytes) -> Document:
        """Parse; raises ValueError naming what is wrong."""
        try:
            # "utf-8-sig": a byte-order mark some editors put first is not damage.
            raw = json.loads(data.decode("utf-8-sig"), object_pairs_hook=_no_duplicate_keys)
        except UnicodeDecodeError:
            raise ValueError("it is not UTF-8 text") from None
        except json.JSONDecodeError as exc:
            raise ValueError(f"not valid JSON at line {exc.lineno}") from None
        except RecursionError:
            raise ValueError("it is nested too deeply to be a profiles file") from None
        if not isinstance(raw, dict):
            raise ValueError("it is not a JSON object")
        version = raw.get("version")
        if type(version) is not int or version > FORMAT_VERSION:
            raise ValueError(f"unknown format version {str(version)[:20]}")
        store = raw.get("store")
        entries = raw.get("profiles", [])
        pending = raw.get("pending", [])
        last = raw.get("last_profile", "")
        if not isinstance(store, str) or not store.isalnum():
            raise ValueError("it has no store id")
        if not isinstance(entries, list):
            raise ValueError("'profiles' is not a list")
        if not isinstance(pending, list) or not all(isinstance(p, str) for p in pending):
            raise ValueError("'pending' is not a list of names")
        known = {"version", "store", "profiles", "pending", "last_profile"}
        return cls(
            store_id=store,
            # A non-object entry is kept as it is (``profiles.py`` reports it unreadable).
            entries=tuple(e if isinstance(e, dict) else {"_raw": e} for e in entries),
            pending=frozenset(pending),
            last_profile=last if isinstance(last, str) else "",
            extra={k: v for k, v in raw.items() if k not in known},
        )

    def evolve(self, **changes: Any) -> Document:
        return replace(self, **changes)


class ProfileFile:
    """``profiles.json`` in ``folder`` (default: the platform's config folder)."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or config_dir()
        self.path = self.folder / FILE_NAME
        self.backup = self.folder / (FILE_NAME + ".bak")
        self.lock_path = self.folder / "profiles.lock"

    # --- reading ------------------------------------------------------------------------

    def exists(self) -> bool:
        return self.path.is_file()

    def read(self) -> Document:
        """The document; a new empty one when there is no file yet.

        Raises :class:`StoreDamagedError` when the file cannot be read: it is never
        silently replaced by an empty one (that would lose every profile). Refuses a
        file larger than ``MAX_BYTES`` (:class:`StoreTooLargeError`), and a folder or
        file another user could change (:class:`StoreUnsafeError`).
        """
        try:
            self._check_safe(self.folder)
            self._check_safe(self.path)
            size = self.path.stat().st_size
            if size > MAX_BYTES:
                raise StoreTooLargeError(
                    path=str(self.path), size_mb=f"{size / 1e6:.0f}", limit_mb=MAX_BYTES // 10**6
                )
            data = self.path.read_bytes()
        except (FileNotFoundError, NotADirectoryError):
            # No file yet (or its folder's path is taken: the first write says so).
            return Document.new()
        except OSError as exc:
            raise StoreDamagedError(path=str(self.path), reason=_reason(exc)) from None
        try:
            return Document.from_bytes(data)
        except ValueError as exc:
            raise StoreDamagedError(path=str(self.path), reason=str(exc)) from None

    def read_backup(self) -> Document | None:
        try:
            return Document.from_bytes(self.backup.read_bytes())
        except (OSError, ValueError):
            return None

    # --- writing ------------------------------------------------------------------------

    @contextlib.contextmanager
    def locked(self) -> Iterator[None]:
        """Hold the cross-process lock for a read-modify-write."""
        from filelock import FileLock, Timeout

        self._ensure_folder()
        lock = FileLock(str(self.lock_path), timeout=LOCK_TIMEOUT, mode=0o600)
        try:
            lock.acquire()
        except Timeout:
            raise StoreBusyError(path=str(self.lock_path)) from None
        except OSError as exc:
            raise StoreUnwritableError(path=str(self.lock_path), reason=_reason(exc)) from None
        try:
            yield
        finally:
            lock.release()

    def write(self, document: Document) -> None:
        """Replace the file atomically with ``document`` and check it landed."""
        data = document.to_bytes()
        self._ensure_folder()
        for target in (self._target(), self.backup):
            self._replace(target, data)
        try:
            landed = self.path.read_bytes()
        except OSError as exc:
            raise StoreUnwritableError(path=str(self.path), reason=_reason(exc)) from None
        if landed != data:
            raise StoreUnwritableError(
                path=str(self.path),
                reason=QT_TRANSLATE_NOOP(
                    "Reason", "what was read back differs from what was written"
                ),
            )

    def set_aside(self) -> Path | None:
        """Move a damaged file out of the way (kept, never deleted); its new path."""
        if not self.path.exists():
            return None
        n = 1
        while (aside := self.folder / f"{FILE_NAME}.damaged-{n}").exists():
            n += 1
        os.replace(self.path, aside)
        return aside

    def _ensure_folder(self) -> None:
        try:
            self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreUnwritableError(path=str(self.folder), reason=_reason(exc)) from None
        if not self.folder.is_dir():
            raise StoreUnwritableError(
                path=str(self.folder), reason=QT_TRANSLATE_NOOP("Reason", "it is not a folder")
            )
        self._check_safe(self.folder)

    @staticmethod
    def _check_safe(path: Path) -> None:
        """A folder or file every user may write, or another user's: refused (Unix; the
        folder a file is linked to from here counts as well)."""
        if os.name != "posix":
            return
        try:
            info = path.stat()  # a link: what it leads to
        except FileNotFoundError:
            return
        if info.st_uid != os.getuid():  # type: ignore[attr-defined,unused-ignore]
            reason = QT_TRANSLATE_NOOP("Reason", "it belongs to another user")
        elif info.st_mode & 0o002 and not (stat.S_ISDIR(info.st_mode) and info.st_mode & 0o1000):
            reason = QT_TRANSLATE_NOOP("Reason", "every user may write to it")
        else:
            return
        raise StoreUnsafeError(path=str(path), reason=reason)

    def _target(self) -> Path:
        """Where the file really is: a link (a dotfiles manager's, say) is followed and
        the file it leads to replaced, never the link itself."""
        if self.path.is_symlink():
            target = self.path.resolve()
            self._check_safe(target.parent)
            return target
        return self.path

    def _replace(self, target: Path, data: bytes) -> None:
        tmp = ""
        try:
            fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".profiles.", suffix=".tmp")
            with os.fdopen(fd, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, target)
            tmp = ""
            _sync_folder(target.parent)
        except OSError as exc:
            raise StoreUnwritableError(path=str(target), reason=_reason(exc)) from None
        finally:
            if tmp:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object, refusing one that names a key twice (JSON would keep the last
    silently: half a profile list, say)."""
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"the key {visible(key, limit=40)!r} appears twice")
        result[key] = value
    return result


def _sync_folder(folder: Path) -> None:
    """Flush the rename itself to disk (POSIX; Windows has no directory handles)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _reason(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__

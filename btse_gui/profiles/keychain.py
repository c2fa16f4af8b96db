"""Profiles' API keys and secrets in the OS keychain — and nowhere else.

One keyring item per profile (service ``btse-gui``, user name = profile name) holds the
key and secret together. There is no plaintext fallback: when no usable backend exists
(headless Linux without D-Bus, ``PYTHON_KEYRING_BACKEND=...fail.Keyring``, a locked
collection), callers are told so and sign in for the session only.

Every call here may block (D-Bus round trips, OS prompts): call them from a worker thread
(``asyncio.to_thread``), never on the UI thread.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Generator, Iterable
from contextlib import closing
from typing import TYPE_CHECKING, Any

from btse_gui.api.errors import ApiError
from btse_gui.api.i18n import QT_TRANSLATE_NOOP, UserFacingError
from btse_gui.api.sanitize import visible
from btse_gui.api.server import Credentials

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

SERVICE = "btse-gui"
CONTEXT = "Keychain"

#: Friendly names of the backends people meet, by the backend's class path.
BACKEND_NAMES = {
    "keyring.backends.SecretService.Keyring": QT_TRANSLATE_NOOP(
        "Keychain", "the system keyring (Secret Service)"
    ),
    "keyring.backends.kwallet.DBusKeyring": QT_TRANSLATE_NOOP("Keychain", "KWallet"),
    "keyring.backends.macOS.Keyring": QT_TRANSLATE_NOOP("Keychain", "the macOS Keychain"),
    "keyring.backends.Windows.WinVaultKeyring": QT_TRANSLATE_NOOP(
        "Keychain", "Windows Credential Manager"
    ),
}
_UNUSABLE = {
    "keyring.backends.fail.Keyring",
    "keyring.backends.null.Keyring",
}


class KeychainError(UserFacingError):
    context = CONTEXT


class KeychainUnavailableError(KeychainError):
    template = QT_TRANSLATE_NOOP(
        "Keychain",
        "No keychain is available on this computer, so the secret cannot be saved. "
        "You are signed in for this session only.",
    )


class KeychainRefusedError(KeychainError):
    template = QT_TRANSLATE_NOOP(
        "Keychain",
        "The keychain refused the request ({reason}). It may be locked: unlock it and "
        "try again. Nothing was written anywhere else.",
    )


class KeychainBrokenError(KeychainUnavailableError):
    template = QT_TRANSLATE_NOOP(
        "Keychain",
        "The keychain could not be loaded ({reason}; PYTHON_KEYRING_BACKEND='{setting}'). "
        "Nothing can be saved; you are signed in for this session only.",
    )


class KeychainDataError(KeychainError):
    template = QT_TRANSLATE_NOOP(
        "Keychain",
        "The saved credentials for profile {profile!r} could not be read. "
        "Enter the key and secret again.",
    )


#: What reading one profile's credentials gave: them, ``None`` (none saved), or why not.
Loaded = Credentials | None | KeychainError


def _gone(error: KeychainRefusedError) -> bool:
    """Deleted between the search and the read (another thread or process)."""
    return type(error.__cause__).__name__ == "ItemNotFoundException"


def _parse(profile: str, value: str | None) -> Credentials | None:
    if value is None:
        return None
    try:
        data = json.loads(value)
        return Credentials(data["key"], data["secret"])
    except (ValueError, KeyError, TypeError, ApiError):
        raise KeychainDataError(profile=profile) from None


def _loaded(read: Callable[..., Credentials | None], *args: Any) -> Loaded:
    try:
        return read(*args)
    except KeychainError as exc:
        return exc


def _class_path(backend: object) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


class CredentialStore:
    """``save / load / delete / backend_name()`` over the keyring library."""

    def __init__(self, service: str = SERVICE, backend: KeyringBackend | None = None) -> None:
        self.service = service
        self._backend = backend

    def _keyring(self) -> KeyringBackend:
        if self._backend is None:
            if not os.environ.get("PYTHON_KEYRING_BACKEND", "x").strip():
                # Set but empty: keyring would take "" for a backend's name and fail.
                # Empty means unset, as for most variables.
                del os.environ["PYTHON_KEYRING_BACKEND"]
            import keyring  # slow to import and to probe: only when first needed

            try:
                self._backend = keyring.get_keyring()
            except Exception as exc:  # e.g. PYTHON_KEYRING_BACKEND names no backend
                raise KeychainBrokenError(
                    setting=visible(os.environ.get("PYTHON_KEYRING_BACKEND", "")),
                    reason=type(exc).__name__,
                ) from None
        return self._backend

    def _secret_service(self) -> Any | None:
        """keyring's Secret Service backend, when that is the one in use."""
        backend = self._keyring()
        for candidate in getattr(backend, "backends", None) or [backend]:
            if _class_path(candidate) == "keyring.backends.SecretService.Keyring":
                return candidate
        return None

    def list_items(self) -> set[str] | None:
        """The names of every item this app holds, where the backend can list them
        (the Secret Service can; macOS and Windows keychains, through keyring, cannot)."""
        if not self.usable():
            return None
        backend = self._secret_service()
        if backend is None:
            return None
        return set(self._call(self._search_secret_service, backend))

    def _search_secret_service(self, backend: Any) -> set[str]:
        attribute = backend.schemes[backend.scheme]["username"]
        collection = backend.get_preferred_collection()
        items = collection.search_items(backend._query(self.service))
        return {str(item.get_attributes().get(attribute, "")) for item in items}

    def usable(self) -> bool:
        backend = self._keyring()
        if _class_path(backend) in _UNUSABLE:
            return False
        inner = getattr(backend, "backends", None)  # the chainer: usable if any is
        if inner is not None:
            return any(_class_path(b) not in _UNUSABLE for b in inner)
        return True

    def backend_name(self) -> str | None:
        """A name for people ("the macOS Keychain"), or ``None`` when none is usable."""
        if not self.usable():
            return None
        backend = self._keyring()
        inner = getattr(backend, "backends", None)
        if inner:
            backend = inner[0]
        path = _class_path(backend)
        return BACKEND_NAMES.get(path, getattr(backend, "name", path))

    def backend_id(self) -> str:
        """The backend's class path, for diagnostics (``keyring.backends....Keyring``)."""
        return _class_path(self._keyring())

    def self_test(self) -> None:
        """Store, read back and delete a random secret; raises KeychainError on failure."""
        import secrets

        probe = f"self-test-{secrets.token_hex(4)}"
        value = Credentials(f"key-{secrets.token_hex(8)}", secrets.token_urlsafe(24))
        self.save(probe, value)
        try:
            if self.load(probe) != value:
                raise KeychainDataError(profile=probe)
        finally:
            self.delete(probe)

    def save(self, profile: str, credentials: Credentials) -> None:
        if not self.usable():
            raise KeychainUnavailableError()
        value = json.dumps({"key": credentials.key, "secret": credentials.secret})
        self._call(self._keyring().set_password, self.service, profile, value)

    def load(self, profile: str) -> Credentials | None:
        if not self.usable():
            raise KeychainUnavailableError()
        try:
            value = self._call(self._keyring().get_password, self.service, profile)
        except KeychainRefusedError as exc:
            if _gone(exc):
                return None
            raise
        return _parse(profile, value)

    def load_each(self, profiles: Iterable[str]) -> Generator[tuple[str, Loaded], None, None]:
        """What :meth:`load` gives for each of ``profiles``, its error as a value, each
        yielded as it is read.

        With the Secret Service one connection and one encrypted session serve them all:
        keyring opens both for every secret, 20-25 ms apiece (7 s for 300 profiles),
        against about 4 ms each here.
        """
        backend = self._secret_service() if self.usable() else None
        if backend is None:
            for profile in profiles:
                yield profile, _loaded(self.load, profile)
            return
        from secretstorage.util import open_session

        try:
            collection = self._call(backend.get_preferred_collection)
        except KeychainError as exc:
            for profile in profiles:
                yield profile, exc
            return
        with closing(collection.connection):
            try:
                session = self._call(open_session, collection.connection)
            except KeychainError as exc:
                for profile in profiles:
                    yield profile, exc
                return
            for profile in profiles:
                yield profile, _loaded(self._read, backend, collection, session, profile)

    def _read(
        self, backend: Any, collection: Any, session: Any, profile: str
    ) -> Credentials | None:
        """One secret through an open collection and session (as keyring's get_password
        does, without opening its own)."""
        from secretstorage.item import Item

        query = backend._query(self.service, profile)
        for found in self._call(lambda: list(collection.search_items(query))):
            item = Item(collection.connection, found.item_path, session)
            self._call(backend.unlock, item)
            try:
                value = self._call(item.get_secret).decode("utf-8")
            except KeychainRefusedError as exc:
                if _gone(exc):
                    return None
                raise
            return _parse(profile, value)
        return None

    def delete(self, profile: str) -> None:
        if not self.usable():
            return
        from keyring.errors import PasswordDeleteError

        try:
            self._call(self._keyring().delete_password, self.service, profile)
        except KeychainRefusedError as exc:
            if not isinstance(exc.__cause__, PasswordDeleteError):
                raise

    @staticmethod
    def _call(fn: Any, *args: Any) -> Any:
        """Run a keyring call; any failure becomes a KeychainError naming no value."""
        try:
            return fn(*args)
        except Exception as exc:  # keyring, jeepney and D-Bus raise many kinds
            raise KeychainRefusedError(reason=type(exc).__name__) from exc

"""A keychain locked under the app: it says so plainly, and names no value. Runs inside
its own D-Bus session and gnome-keyring (``scripts/with-keyring.sh``): locking the
collection cannot be undone without a prompt."""

from __future__ import annotations

import secretstorage

from btse_gui.api.server import Credentials
from btse_gui.profiles.keychain import CredentialStore, KeychainRefusedError

if __name__ == "__main__":
    store = CredentialStore()
    store.save("before", Credentials("key-abcdefg", "secret-abcdefg"))
    connection = secretstorage.dbus_init()
    secretstorage.get_default_collection(connection).lock()
    try:
        store.save("after", Credentials("key-abcdefg", "secret-LOCKED-1"))
    except KeychainRefusedError as exc:
        print("REFUSED:", exc.user_message())
        print("NAMES A VALUE:", "secret-LOCKED-1" in str(exc) or "key-abcdefg" in str(exc))
    # Read together, each one says so too.
    for name, loaded in store.load_each(["before", "after"]):
        words = loaded.user_message() if isinstance(loaded, KeychainRefusedError) else loaded
        print("EACH REFUSED:" if isinstance(loaded, KeychainRefusedError) else "EACH:", name, words)

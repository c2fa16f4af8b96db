"""What a saved profile is, and the one validation every profile passes.

Pure (no I/O, no Qt): names (non-empty, printable, at most 64 characters, unique ignoring
case) and every server field are checked here, for the command line and the window
alike, before anything is written.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, replace
from enum import Enum
from typing import Any

from btse_gui.api.errors import ApiError
from btse_gui.api.i18n import QT_TRANSLATE_NOOP, UserFacingError
from btse_gui.api.sanitize import is_visible, visible
from btse_gui.api.server import ServerProfile
from btse_gui.profiles.store import Document

MAX_NAME = 64


class ProfileError(UserFacingError):
    context = "Profiles"


class NoSuchProfileError(ProfileError):
    template = QT_TRANSLATE_NOOP("Profiles", "There is no profile named {name!r}.")


class ProfileExistsError(ProfileError):
    template = QT_TRANSLATE_NOOP("Profiles", "A profile named {name!r} already exists.")


class InvalidNameError(ProfileError):
    template = QT_TRANSLATE_NOOP(
        "Profiles",
        "A profile name must be 1 to {limit} characters, with no control characters.",
    )


@dataclass(frozen=True)
class Profile:
    """A named server profile. ``id`` is '' until the profile is saved."""

    name: str
    base_url: str
    api_prefix: str = ""
    header_prefix: str = "btse-"
    id: str = ""
    #: The keychain item holding key and secret (``None``: no key saved).
    keychain_item: str | None = None

    @property
    def remembered(self) -> bool:
        """Whether a key was saved for this profile (the keychain may since have lost it:
        :meth:`ProfileBook.key_states` asks the keychain itself)."""
        return self.keychain_item is not None

    @property
    def account(self) -> tuple[str, str, str, str | None]:
        """What makes the profile the account it is (its name does not): the server, the
        convention and the saved key's item. Anything kept of an account is dropped when
        this changes."""
        return (self.base_url, self.api_prefix, self.header_prefix, self.keychain_item)

    def server(self) -> ServerProfile:
        """The validated server (raises ApiError)."""
        return ServerProfile(self.base_url, self.api_prefix, self.header_prefix)

    def to_entry(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "base_url": self.base_url,
            "api_prefix": self.api_prefix,
            "header_prefix": self.header_prefix,
            "keychain_item": self.keychain_item,
        }


def name_key(name: str) -> str:
    """What makes two names the same name: ignoring case, surrounding spaces, and how
    an accented letter was typed ("é" as one character or as "e" + accent)."""
    return unicodedata.normalize("NFC", name.strip()).casefold()


def validate_name(name: str) -> str:
    """The name as stored (surrounding spaces dropped, composed accents), or
    InvalidNameError."""
    name = unicodedata.normalize("NFC", name.strip())
    if not name or len(name) > MAX_NAME or not is_visible(name) or not name.isprintable():
        raise InvalidNameError(limit=MAX_NAME)
    return name


def validate(profile: Profile) -> Profile:
    """The one check every profile passes before it is saved (raises a UserFacingError)."""
    name = validate_name(profile.name)
    server = profile.server()
    return replace(
        profile,
        name=name,
        base_url=server.base_url,
        api_prefix=server.api_prefix,
        header_prefix=server.header_prefix,
    )


class KeyState(Enum):
    SAVED = "key saved"
    MISSING = "key missing from the keychain"
    NONE = "no key saved"
    UNREADABLE = "key unreadable"
    UNAVAILABLE = "keychain unavailable"


KEY_STATE_TEXT = {
    KeyState.SAVED: QT_TRANSLATE_NOOP("Profiles", "key saved"),
    KeyState.MISSING: QT_TRANSLATE_NOOP("Profiles", "key missing from the keychain"),
    KeyState.NONE: QT_TRANSLATE_NOOP("Profiles", "no key saved"),
    KeyState.UNREADABLE: QT_TRANSLATE_NOOP("Profiles", "key unreadable"),
    KeyState.UNAVAILABLE: QT_TRANSLATE_NOOP("Profiles", "keychain unavailable"),
}


@dataclass(frozen=True)
class Unreadable:
    """An entry of the file that is not a valid profile: named, with the reason."""

    index: int
    label: str
    reason: str


def _entry_profile(entry: dict[str, Any]) -> Profile:
    """A profile from a file entry; ValueError says why it cannot be one."""
    fields = ("id", "name", "base_url", "api_prefix", "header_prefix")
    values: dict[str, str] = {}
    for f in fields:
        value = entry.get(f)
        if not isinstance(value, str):
            raise ValueError(f"'{f}' is missing or not text")
        values[f] = value
    item = entry.get("keychain_item")
    if item is not None and (not isinstance(item, str) or not item or not is_visible(item)):
        raise ValueError("'keychain_item' is not a name")
    try:
        profile = validate(Profile(keychain_item=item, **values))
    except (ApiError, ProfileError) as exc:
        raise ValueError(str(exc)) from None
    if not profile.id:
        raise ValueError("it has no id")
    return profile


def _label(index: int, entry: dict[str, Any]) -> str:
    name = entry.get("name")
    if isinstance(name, str) and name.strip():
        return visible(name, limit=MAX_NAME)
    return f"entry #{index + 1}"


def parse_entries(document: Document) -> tuple[list[Profile], list[Unreadable]]:
    profiles: list[Profile] = []
    bad: list[Unreadable] = []
    seen: set[str] = set()
    for index, entry in enumerate(document.entries):
        try:
            profile = _entry_profile(entry)
            if name_key(profile.name) in seen:
                raise ValueError("another profile has the same name")
        except ValueError as exc:
            bad.append(Unreadable(index, _label(index, entry), visible(exc)))
            continue
        seen.add(name_key(profile.name))
        profiles.append(profile)
    return profiles, bad

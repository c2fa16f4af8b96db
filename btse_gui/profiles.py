"""Saved server profiles: the server in the settings, key and secret in the keychain.

One place for add / rename / remove, used by the command line and the window (which
calls these from a worker thread: the keychain may block).
"""

from __future__ import annotations

from dataclasses import replace

from btse_gui.api.server import Credentials, ServerProfile
from btse_gui.credentials import CredentialStore
from btse_gui.i18n import QT_TRANSLATE_NOOP, UserFacingError
from btse_gui.settings import ProfileSettings, Settings


class ProfileError(UserFacingError):
    context = "Profiles"


class NoSuchProfileError(ProfileError):
    template = QT_TRANSLATE_NOOP("Profiles", "There is no profile named {name!r}.")


class ProfileExistsError(ProfileError):
    template = QT_TRANSLATE_NOOP("Profiles", "A profile named {name!r} already exists.")


class ProfileBook:
    def __init__(self, settings: Settings, store: CredentialStore) -> None:
        self.settings = settings
        self.store = store

    def all(self) -> list[ProfileSettings]:
        return sorted(self.settings.profiles(), key=lambda p: p.name.casefold())

    def get(self, name: str) -> ProfileSettings:
        profile = self.settings.profile(name)
        if profile is None:
            raise NoSuchProfileError(name=name)
        return profile

    def save(self, profile: ProfileSettings, credentials: Credentials | None) -> ProfileSettings:
        """Add or replace ``profile``; with credentials, keep them in the keychain.

        The server settings are validated first (ApiError), so nothing half-made is kept.
        """
        ServerProfile(profile.base_url, profile.api_prefix, profile.header_prefix)
        if credentials is not None:
            self.store.save(profile.name, credentials)
            profile = replace(profile, remembered=True)
        self.settings.save_profile(profile)
        return profile

    def remove(self, name: str) -> None:
        self.get(name)
        self.store.delete(name)
        self.settings.remove_profile(name)

    def rename(self, old: str, new: str) -> ProfileSettings:
        profile = self.get(old)
        if self.settings.profile(new) is not None:
            raise ProfileExistsError(name=new)
        if profile.remembered:
            credentials = self.store.load(old)
            if credentials is not None:
                self.store.save(new, credentials)
                self.store.delete(old)
        renamed = replace(profile, name=new)
        self.settings.save_profile(renamed)
        self.settings.remove_profile(old)
        if self.settings.last_profile == old:
            self.settings.last_profile = new
        return renamed

    def credentials(self, name: str) -> Credentials | None:
        return self.store.load(name)

"""Non-secret preferences: server profiles, the last profile, window geometry.

Stored with QSettings in the platform's usual place. Keys and secrets are never stored
here: they live in the keychain (``credentials.py``) or in memory.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "btse-gui"
APPLICATION = "btse-gui"


@dataclass(frozen=True)
class ProfileSettings:
    """A named server profile as the login pane edits it (strings, not validated)."""

    name: str
    base_url: str
    api_prefix: str = ""
    header_prefix: str = "btse-"
    #: The key and secret are in the keychain under this profile's name.
    remembered: bool = False


class Settings:
    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._q = qsettings or QSettings(ORGANIZATION, APPLICATION)

    def profiles(self) -> list[ProfileSettings]:
        q = self._q
        q.beginGroup("profiles")
        try:
            names = q.childGroups()
            result = []
            for name in names:
                q.beginGroup(name)
                result.append(
                    ProfileSettings(
                        name=str(q.value("name", name)),
                        base_url=str(q.value("base_url", "")),
                        api_prefix=str(q.value("api_prefix", "")),
                        header_prefix=str(q.value("header_prefix", "btse-")),
                        remembered=q.value("remembered", False, type=bool) is True,
                    )
                )
                q.endGroup()
            return result
        finally:
            q.endGroup()

    def profile(self, name: str) -> ProfileSettings | None:
        return next((p for p in self.profiles() if p.name == name), None)

    def save_profile(self, profile: ProfileSettings) -> None:
        q = self._q
        q.beginGroup("profiles")
        q.beginGroup(_group(profile.name))
        q.setValue("name", profile.name)
        q.setValue("base_url", profile.base_url)
        q.setValue("api_prefix", profile.api_prefix)
        q.setValue("header_prefix", profile.header_prefix)
        q.setValue("remembered", profile.remembered)
        q.endGroup()
        q.endGroup()
        q.sync()

    def remove_profile(self, name: str) -> None:
        self._q.remove(f"profiles/{_group(name)}")
        self._q.sync()

    @property
    def last_profile(self) -> str:
        return str(self._q.value("last_profile", ""))

    @last_profile.setter
    def last_profile(self, name: str) -> None:
        self._q.setValue("last_profile", name)
        self._q.sync()

    @property
    def language(self) -> str:
        """``system`` (follow the desktop), ``en`` or ``zh_TW``."""
        return str(self._q.value("language", "system"))

    @language.setter
    def language(self, code: str) -> None:
        self._q.setValue("language", code)
        self._q.sync()

    @property
    def auto_refresh_s(self) -> int:
        """Seconds between automatic refreshes; 0 (the default) is off."""
        value = self._q.value("auto_refresh_s", 0)
        try:
            return max(0, int(str(value)))
        except ValueError:
            return 0

    @auto_refresh_s.setter
    def auto_refresh_s(self, seconds: int) -> None:
        self._q.setValue("auto_refresh_s", seconds)
        self._q.sync()

    def window_geometry(self) -> QByteArray | None:
        value = self._q.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def set_window_geometry(self, geometry: QByteArray) -> None:
        self._q.setValue("window/geometry", geometry)
        self._q.sync()


def _group(name: str) -> str:
    """A QSettings group name for any profile name ('/' and '\\' would nest groups)."""
    return name.encode().hex()

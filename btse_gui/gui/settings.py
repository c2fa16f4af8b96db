"""The window's preferences: language, auto-refresh, window geometry (QSettings).

Only the window reads these. Profiles are data, not preferences: they live in
``profiles.json`` (``btse_gui.profiles.store``), readable without Qt; an older btse-gui kept them
here, and :func:`btse_gui.gui.legacy.migrate` moves them over once. Keys and secrets are
never stored here: they live in the keychain (``btse_gui.profiles.keychain``) or in memory.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "btse-gui"
APPLICATION = "btse-gui"
#: The reverse-DNS application id: the desktop entry's and the AppStream metainfo's
#: name, and what Wayland compositors match the window to.
APP_ID = "io.github.btse_gui.btse_gui"
#: Where the project lives (the About box, the metadata).
HOME_PAGE = "https://github.com/btse-gui/btse-gui"


class Settings:
    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._q = qsettings or QSettings(ORGANIZATION, APPLICATION)

    def legacy_profiles(self) -> list[tuple[str, str, str, str, bool]]:
        """Profiles an older btse-gui kept here (name, base URL, API prefix, header
        prefix, whether a key was saved under the name), for moving them to the file."""
        q = self._q
        q.beginGroup("profiles")
        try:
            result = []
            for group in q.childGroups():
                q.beginGroup(group)
                result.append(
                    (
                        str(q.value("name", "")),
                        str(q.value("base_url", "")),
                        str(q.value("api_prefix", "")),
                        str(q.value("header_prefix", "btse-")),
                        q.value("remembered", False, type=bool) is True,
                    )
                )
                q.endGroup()
            return result
        finally:
            q.endGroup()

    def drop_legacy_profiles(self) -> None:
        self._q.remove("profiles")
        self._q.remove("last_profile")
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

    @property
    def opening_profile(self) -> str:
        """The profile the window last closed on, when its key was remembered (so the
        next start signs in to it): the first frame shows it loading before the profiles
        file or the keychain are read. A hint for the picture only; ``""`` for none."""
        return str(self._q.value("window/opening_profile", ""))

    @opening_profile.setter
    def opening_profile(self, name: str) -> None:
        self._q.setValue("window/opening_profile", name)
        self._q.sync()

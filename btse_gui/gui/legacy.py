"""Moving profiles from an older btse-gui, which kept them in QSettings, to the file.

Runs once: only while ``profiles.json`` does not exist yet. The old keychain items were
named after the profile, so each moved profile keeps its item under that name. On Linux
the command line looks for the old settings file first and loads Qt only if it is there.
"""

from __future__ import annotations

import logging
import sys
from typing import TYPE_CHECKING

from btse_gui.profiles.model import Profile, validate

if TYPE_CHECKING:
    from btse_gui.gui.settings import Settings
    from btse_gui.profiles.book import ProfileBook

log = logging.getLogger("btse_gui.gui.legacy")


def migrate(book: ProfileBook, settings: Settings | None = None) -> int:
    """Move the old profiles into ``book``; how many were moved."""
    if book.file.exists():
        return 0
    if settings is None:
        legacy_file = book.file.folder / "btse-gui.conf"
        if sys.platform.startswith("linux") and not _mentions_profiles(legacy_file):
            return 0
        from PySide6.QtCore import QSettings

        from btse_gui.gui.settings import Settings

        settings = Settings(QSettings("btse-gui", "btse-gui"))
    old = settings.legacy_profiles()
    if not old:
        return 0
    profiles = []
    for name, base_url, api_prefix, header_prefix, remembered in old:
        try:
            profile = validate(Profile(name, base_url, api_prefix, header_prefix))
        except Exception as exc:  # an entry an older version let through: say so, keep on
            log.warning("not moving old profile %r: %s", name, exc)
            continue
        profiles.append((profile, name if remembered else None))
    moved = book.adopt(profiles)
    settings.drop_legacy_profiles()
    log.info("moved %d profiles from the old settings to %s", moved, book.file.path)
    return moved


def _mentions_profiles(path: object) -> bool:
    """Whether the old INI settings file has a [profiles] section (read without Qt)."""
    from pathlib import Path

    try:
        return "[profiles]" in Path(str(path)).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False

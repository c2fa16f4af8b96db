"""The saved profiles, as the window reaches them: through the session.

Plain Python and asyncio, no Qt, like the session it belongs to. Every change to the
saved profiles made from the window (the profiles dialog, the selector, Ctrl+1…9)
comes through here, so the session's own view follows it: the names it publishes
(the selector renders them), and the profile on screen when that one is renamed,
edited or removed. Profile-file and keychain calls run in a worker thread.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from btse_gui.api.server import Credentials
from btse_gui.profiles.model import KeyState, Profile

if TYPE_CHECKING:
    from btse_gui.core.session import Session
    from btse_gui.profiles.book import ProfileBook


class SavedProfiles:
    def __init__(self, session: Session, book: ProfileBook) -> None:
        self._session = session
        self.book = book
        #: Told after every change made here (the accounts overview reads them again).
        self.listeners: list[Callable[[], object]] = []

    async def all(self) -> list[Profile]:
        """Every saved profile, sorted by name (read in a worker thread)."""
        return await asyncio.to_thread(self.book.all)

    async def reload(self) -> tuple[str, ...]:
        """Read the saved names again and publish them with the session's view."""
        return await self._session.reload_profiles()

    async def find(self, name: str) -> Profile | None:
        return await asyncio.to_thread(self.book.find, name)

    async def save(
        self, editing: str | None, profile: Profile, credentials: Credentials | None
    ) -> Profile:
        """Add ``profile``, or change the one called ``editing`` (a rename included).
        Everything is validated before anything is written; raises UserFacingError.

        When the change makes it another account (its server, convention or key), what
        the session showed of it is dropped; if it is the account on screen, it is
        signed in to again as it is now (or signed out, when it has no key any more)."""
        before = await self.find(editing or profile.name)
        if editing:
            saved = await asyncio.to_thread(self.book.update, editing, profile, credentials)
        else:
            saved = await asyncio.to_thread(self.book.add, profile, credentials)
        changed = before is not None and (
            credentials is not None or before.account != saved.account
        )
        on_screen = self._is_shown(saved.id)
        if changed and before is not None:
            self._session.forget_shown(before)
        self._follow(saved.id, saved)
        await self.reload()
        self._tell()
        if changed and on_screen and not await self._session.switch_profile(saved):
            self._session.sign_out()
        return saved

    async def remove(self, name: str) -> None:
        """Remove the profile and its saved key. The account on screen stays, but it is
        no longer a saved profile."""
        gone = await asyncio.to_thread(self.book.remove, name)
        self._session.forget_shown(gone)
        self._follow(gone.id, None)
        await self.reload()
        self._tell()

    async def key_state(self, profile: Profile) -> KeyState:
        """What the keychain really holds for ``profile`` (it may block: a worker thread)."""
        states = await asyncio.to_thread(self.book.key_states, [profile])
        return states[profile.id]

    async def switch_to(self, name: str) -> Profile | None:
        """Show the saved profile ``name``. Returns it when its key must be asked for
        (none saved, or unreadable); ``None`` when it is shown or no longer exists."""
        profile = await self.find(name)
        if profile is None or await self._session.switch_profile(profile):
            return None
        return profile

    def _tell(self) -> None:
        for listener in list(self.listeners):
            listener()

    def _is_shown(self, profile_id: str) -> bool:
        shown = self._session.profile
        return shown is not None and bool(profile_id) and shown.id == profile_id

    def _follow(self, profile_id: str, now: Profile | None) -> None:
        """The session's profile is the one just changed: show it as it is now."""
        shown = self._session.profile
        if shown is None or not self._is_shown(profile_id):
            return
        if now is None:  # removed: the data stays, as an unsaved profile's
            now = replace(shown, id="", keychain_item=None)
        self._session.publish_profile(now)

"""Saved profiles: a name and a server in ``profiles.json``, key and secret in the keychain.

The one entry point for creating and changing profiles, shared by the command line and
the window (which calls it from a worker thread: the keychain and the lock may block).
Everything is validated here before anything is written: names (non-empty, printable,
at most 64 characters, unique ignoring case) and every server field.

A profile's keychain item is named by a stable id (``<store>:<random>``), not by the
profile's name, so a rename is one atomic write that never touches the keychain. Every
operation that creates or deletes an item journals it in the file first (see
``store``); a kill at any moment leaves at worst a journal entry that
``profiles check`` (or the next change) resolves: nothing orphaned, nothing half-made.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Generator, Iterable
from dataclasses import dataclass, replace

from btse_gui.api.sanitize import visible
from btse_gui.api.server import Credentials
from btse_gui.profiles.keychain import CredentialStore, KeychainDataError, KeychainError, Loaded
from btse_gui.profiles.model import (
    KEY_STATE_TEXT,
    MAX_NAME,
    InvalidNameError,
    KeyState,
    NoSuchProfileError,
    Profile,
    ProfileError,
    ProfileExistsError,
    Unreadable,
    name_key,
    parse_entries,
    validate,
    validate_name,
)
from btse_gui.profiles.store import Document, ProfileFile

__all__ = [
    "KEY_STATE_TEXT",
    "InvalidNameError",
    "KeyState",
    "NoSuchProfileError",
    "Profile",
    "ProfileBook",
    "ProfileError",
    "ProfileExistsError",
    "Unreadable",
    "parse_entries",
    "validate",
    "validate_name",
]


#: A change to the document: the new profiles list, plus keychain work.
@dataclass
class _Change:
    profiles: list[Profile]
    create: dict[str, Credentials]
    delete: set[str]
    last_profile: str | None = None


class ProfileBook:
    """Add, rename, remove and look up profiles, keeping file and keychain in step."""

    def __init__(self, file: ProfileFile | None = None, store: CredentialStore | None = None):
        self.file = file or ProfileFile()
        self.store = store or CredentialStore()

    # --- reading ------------------------------------------------------------------------

    def all(self) -> list[Profile]:
        profiles, _ = parse_entries(self.file.read())
        return sorted(profiles, key=lambda p: p.name.casefold())

    def unreadable(self) -> list[Unreadable]:
        return parse_entries(self.file.read())[1]

    def find(self, name: str) -> Profile | None:
        """The profile called ``name``, ignoring case (names are unique that way)."""
        key = name_key(name)
        return next((p for p in self.all() if name_key(p.name) == key), None)

    def get(self, name: str) -> Profile:
        profile = self.find(name)
        if profile is None:
            raise NoSuchProfileError(name=visible(name, limit=MAX_NAME))
        return profile

    def by_id(self, profile_id: str) -> Profile | None:
        return next((p for p in self.all() if p.id == profile_id), None)

    def last_profile(self) -> Profile | None:
        document = self.file.read()
        return self.by_id(document.last_profile) if document.last_profile else None

    def credentials(self, profile: Profile) -> Credentials | None:
        """The saved key and secret (``None``: none saved, or gone from the keychain)."""
        if profile.keychain_item is None:
            return None
        return self.store.load(profile.keychain_item)

    def credentials_each(
        self, profiles: Iterable[Profile]
    ) -> Generator[tuple[Profile, Loaded], None, None]:
        """:meth:`credentials` of each profile, its error as a value, read together and
        each yielded as it is read (see ``CredentialStore.load_each``)."""
        profiles = list(profiles)
        items = (p.keychain_item for p in profiles if p.keychain_item is not None)
        read = self.store.load_each(items)
        try:
            for profile in profiles:
                yield profile, None if profile.keychain_item is None else next(read)[1]
        finally:
            read.close()

    def key_states(self, profiles: Iterable[Profile]) -> dict[str, KeyState]:
        """What the keychain really holds for each profile (by id)."""
        profiles = list(profiles)
        states = {p.id: KeyState.NONE for p in profiles if p.keychain_item is None}
        wanted = [p for p in profiles if p.keychain_item is not None]
        if not wanted:
            return states
        try:
            usable = self.store.usable()
        except Exception:  # a broken backend setting is as good as none
            usable = False
        if not usable:
            return states | {p.id: KeyState.UNAVAILABLE for p in wanted}
        listed = self.store.list_items()
        for p in wanted:
            assert p.keychain_item is not None
            if listed is not None:
                states[p.id] = KeyState.SAVED if p.keychain_item in listed else KeyState.MISSING
                continue
            try:
                found = self.store.load(p.keychain_item) is not None
            except KeychainDataError:
                states[p.id] = KeyState.UNREADABLE
                continue
            except KeychainError:
                states[p.id] = KeyState.UNAVAILABLE
                continue
            states[p.id] = KeyState.SAVED if found else KeyState.MISSING
        return states

    # --- changing -----------------------------------------------------------------------

    def add(self, profile: Profile, credentials: Credentials | None = None) -> Profile:
        """Add ``profile``, or replace the one with its name (ignoring case).

        With credentials, they go to the keychain (a new item; a replaced profile's old
        item is deleted); without, a replaced profile keeps its saved key.
        """
        profile = validate(profile)

        def change(doc: Document, profiles: list[Profile]) -> _Change:
            old = _pop(profiles, profile.name)
            if old is not None and old.name != profile.name:
                # 'ALICE' would silently replace 'alice' (and its key): say so instead.
                raise ProfileExistsError(name=old.name)
            new = replace(
                profile,
                id=old.id if old else _new_id(),
                keychain_item=old.keychain_item if old else None,
            )
            create: dict[str, Credentials] = {}
            delete: set[str] = set()
            if credentials is not None:
                create[_new_item(doc)] = credentials
                new = replace(new, keychain_item=next(iter(create)))
                if old and old.keychain_item:
                    delete.add(old.keychain_item)
            profiles.append(new)
            return _Change(profiles, create, delete)

        return self._apply(change, profile.name)

    def update(
        self,
        name: str,
        edited: Profile,
        credentials: Credentials | None = None,
        *,
        forget_key: bool = False,
    ) -> Profile:
        """Change the profile called ``name`` (server, name, key) in one validated step.

        Everything is checked before anything is written: a bad URL never leaves a
        renamed profile behind.
        """
        edited = validate(edited)

        def change(doc: Document, profiles: list[Profile]) -> _Change:
            old = _pop(profiles, name)
            if old is None:
                raise NoSuchProfileError(name=visible(name, limit=MAX_NAME))
            if _find(profiles, edited.name) is not None:
                raise ProfileExistsError(name=edited.name)
            new = replace(edited, id=old.id, keychain_item=old.keychain_item)
            create: dict[str, Credentials] = {}
            delete: set[str] = set()
            if credentials is not None or forget_key:
                if old.keychain_item:
                    delete.add(old.keychain_item)
                new = replace(new, keychain_item=None)
            if credentials is not None:
                item = _new_item(doc)
                create[item] = credentials
                new = replace(new, keychain_item=item)
            profiles.append(new)
            return _Change(profiles, create, delete)

        return self._apply(change, edited.name)

    def rename(self, old: str, new: str) -> Profile:
        profile = self.get(old)
        return self.update(old, replace(profile, name=new))

    def forget_key(self, name: str) -> Profile:
        return self.update(name, self.get(name), forget_key=True)

    def remove(self, name: str) -> Profile:
        """Remove ``name`` and its keychain item; returns the profile as it was."""
        removed: list[Profile] = []

        def change(doc: Document, profiles: list[Profile]) -> _Change:
            old = _pop(profiles, name)
            if old is None:
                raise NoSuchProfileError(name=visible(name, limit=MAX_NAME))
            removed.append(old)
            return _Change(profiles, {}, {old.keychain_item} if old.keychain_item else set())

        self._apply(change, None)
        return removed[-1]

    def adopt(self, profiles: list[tuple[Profile, str | None]]) -> int:
        """Add profiles whose keychain items already exist (moved from an older version);
        a name already taken is skipped. How many were added."""
        added = 0

        def change(doc: Document, current: list[Profile]) -> _Change:
            nonlocal added
            for profile, item in profiles:
                if _find(current, profile.name) is None:
                    current.append(replace(profile, id=_new_id(), keychain_item=item))
                    added += 1
            return _Change(current, {}, set())

        self._apply(change, None)
        return added

    def set_last(self, profile: Profile) -> None:
        with self.file.locked():
            document = self.file.read()
            if document.last_profile != profile.id:
                self.file.write(document.evolve(last_profile=profile.id))

    # --- the journal ----------------------------------------------------------------------

    def _apply(
        self, change: Callable[[Document, list[Profile]], _Change], result: str | None
    ) -> Profile:
        """Run ``change`` under the lock; write journal → keychain → profiles → keychain."""
        with self.file.locked():
            document = self._settle(self.file.read())
            profiles, bad = parse_entries(document)
            kept_bad = tuple(document.entries[u.index] for u in bad)  # never dropped here
            plan = change(document, list(profiles))
            journal = set(document.pending)
            if plan.create:
                journal |= set(plan.create)
                self.file.write(document.evolve(pending=frozenset(journal)))
                self._create_items(plan.create, document, journal)
                journal -= set(plan.create)
            entries = kept_bad + tuple(p.to_entry() for p in plan.profiles)
            after = document.evolve(entries=entries, pending=frozenset(journal | plan.delete))
            self.file.write(after)
            if plan.delete:
                self._delete_items(plan.delete, after, journal)
        key = name_key(result or "")
        return next((p for p in plan.profiles if name_key(p.name) == key), _NO_PROFILE)

    def _settle(self, document: Document) -> Document:
        """Finish what an interrupted change left: journaled items no profile names are
        deleted (those the keychain refuses stay journaled for `profiles check`)."""
        named = {p.keychain_item for p in parse_entries(document)[0] if p.keychain_item}
        stale = document.pending - named
        if not stale:
            return document
        kept = set(document.pending & named)
        for item in stale:
            try:
                self.store.delete(item)
            except KeychainError:
                kept.add(item)
        settled = document.evolve(pending=frozenset(kept))
        self.file.write(settled)
        return settled

    def _create_items(
        self, items: dict[str, Credentials], document: Document, journal: set[str]
    ) -> None:
        done: list[str] = []
        try:
            for item, credentials in items.items():
                self.store.save(item, credentials)
                done.append(item)
        except KeychainError:
            # Undo what was made; what cannot be undone stays journaled for `check`.
            leftover = set(items)
            for item in done:
                try:
                    self.store.delete(item)
                except KeychainError:
                    continue
                leftover.discard(item)
            still = (journal - set(items)) | {i for i in leftover if i in done}
            self.file.write(document.evolve(pending=frozenset(still)))
            raise

    def _delete_items(self, items: set[str], after: Document, journal: set[str]) -> None:
        remaining = set(journal)
        for item in items:
            try:
                self.store.delete(item)
            except KeychainError:
                remaining.add(item)  # `profiles check --repair` retries it
        self.file.write(after.evolve(pending=frozenset(remaining)))


#: What ``_apply`` returns when the change had no one profile as its result.
_NO_PROFILE = Profile("", "")


def _new_id() -> str:
    return secrets.token_hex(6)


def _new_item(document: Document) -> str:
    return f"{document.store_id}:{secrets.token_hex(8)}"


def _find(profiles: list[Profile], name: str) -> Profile | None:
    key = name_key(name)
    return next((p for p in profiles if name_key(p.name) == key), None)


def _pop(profiles: list[Profile], name: str) -> Profile | None:
    found = _find(profiles, name)
    if found is not None:
        profiles.remove(found)
    return found

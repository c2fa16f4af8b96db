"""``btse-gui profiles check [--repair]``: find and fix what an interrupted change left.

What it looks for, and what ``--repair`` does about it:

* a damaged profiles file: set aside (kept as ``profiles.json.damaged-N``) and the last
  good copy restored;
* journaled keychain items (an add, rename, remove or key change that was killed
  half-way): deleted from the keychain unless a profile names them, then unjournaled;
* entries that are not valid profiles: named and removed, with their keychain item;
* profiles whose saved key is gone from the keychain: marked as having no key;
* (where the keychain can list its items) items of this store that no profile names:
  said, not deleted. Only what this folder's journal says it made is ever deleted, so
  a copy of the folder (which keeps the store's id) never loses its keys to a repair
  here.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from btse_gui.api.sanitize import visible
from btse_gui.profiles.book import KeyState, ProfileBook, parse_entries
from btse_gui.profiles.keychain import KeychainError
from btse_gui.profiles.store import Document, StoreDamagedError


@dataclass
class CheckReport:
    #: One line per problem found (English: the command line's support output).
    problems: list[str] = field(default_factory=list)
    #: One line per fix made (with ``repair``).
    fixed: list[str] = field(default_factory=list)
    #: Problems that could not be fixed now (a locked keychain, say).
    left: list[str] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not self.problems


def check(book: ProfileBook, *, repair: bool = False) -> CheckReport:
    report = CheckReport()
    file = book.file
    with file.locked():
        try:
            document = file.read()
        except StoreDamagedError as exc:
            report.problems.append(str(exc))
            if not repair:
                return report
            document = _restore(book, report)
        _check_document(book, document, report, repair)
    return report


def _restore(book: ProfileBook, report: CheckReport) -> Document:
    file = book.file
    backup = file.read_backup()
    aside = file.set_aside()
    document = backup or Document.new()
    file.write(document)
    source = "the last good copy" if backup else "an empty profile list"
    report.fixed.append(f"set the damaged file aside as {aside} and restored {source}")
    return document


def _check_document(
    book: ProfileBook, document: Document, report: CheckReport, repair: bool
) -> None:
    profiles, bad = parse_entries(document)
    named = {p.keychain_item for p in profiles if p.keychain_item}
    to_delete: set[str] = set()

    for entry in bad:
        report.problems.append(f"unreadable profile {entry.label!r}: {entry.reason}")
        item = document.entries[entry.index].get("keychain_item")
        if isinstance(item, str) and item and item not in named:
            to_delete.add(item)
    for item in sorted(document.pending - named):
        report.problems.append(f"an interrupted change left keychain item {visible(item)!r}")
        to_delete.add(item)
    if document.pending & named:
        report.problems.append("the journal names items that profiles still use")

    states = book.key_states(profiles)
    missing = [p for p in profiles if states.get(p.id) is KeyState.MISSING]
    for p in missing:
        report.problems.append(f"profile {p.name!r}: its saved key is gone from the keychain")
    if any(s is KeyState.UNAVAILABLE for s in states.values()):
        report.left.append("the keychain is unavailable: saved keys were not checked")

    try:
        listed = book.store.list_items()
    except KeychainError:
        listed = None
    if listed is not None:
        # Items with this store's name that no profile here names and no journal entry
        # says this folder made: a copy of this folder (same store id) may use them, so
        # they are pointed out, never deleted (an interrupted change is in the journal).
        ours = {i for i in listed if i.startswith(document.store_id + ":")}
        for item in sorted(ours - named - to_delete):
            report.left.append(
                f"keychain item {visible(item)!r} is named by no profile here; a copy of "
                "this folder may use it, so it was left alone"
            )

    leftovers = sorted(book.file.folder.glob(".profiles.*.tmp"))
    if leftovers:
        report.problems.append(f"{len(leftovers)} unfinished temporary copies of the file")

    if not repair or not report.problems:
        return
    for path in leftovers:
        path.unlink(missing_ok=True)
        report.fixed.append(f"removed the unfinished copy {path.name}")
    undeleted: set[str] = set()
    for item in sorted(to_delete):
        try:
            book.store.delete(item)
        except KeychainError as exc:
            undeleted.add(item)
            report.left.append(f"could not delete keychain item {item!r}: {exc}")
        else:
            report.fixed.append(f"deleted keychain item {visible(item)!r}")
    gone = {p.id for p in missing}
    kept = [replace(p, keychain_item=None) if p.id in gone else p for p in profiles]
    for p in missing:
        report.fixed.append(f"profile {p.name!r} now says it has no saved key")
    for entry in bad:
        report.fixed.append(f"removed unreadable profile {entry.label!r}")
    book.file.write(
        document.evolve(
            entries=tuple(p.to_entry() for p in kept),
            pending=frozenset(undeleted),
        )
    )

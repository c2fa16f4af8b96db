"""Enum-valued Qt properties, set by their keys' names.

Reading any member of PySide6's ``Qt`` namespace (``Qt.TextFormat.PlainText``) makes
all ~100 of its enums as Python enums at once: 35-40 ms here, with ``Qt.Key``'s 471
members alone 14 ms. The widgets on the way to the account's data (the first frame, the
account page, the badges, the profile and VIP boxes) need only a few such properties:
plain text, alignment, text selection, focus, scroll bars, and the menus' shortcuts. They
set them by name through Qt's meta-object system, which reads the key names itself, and
no Python enum is made.
The ``Qt`` namespace is then made only when something later needs it (the overview, a
key press), after the data is on screen.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence


def set_keys(widget: QObject, name: str, keys: str) -> None:
    """Set the enum or flags property ``name`` to ``keys``: one key's name, or several
    joined by ``|`` (``"AlignRight|AlignVCenter"``). A wrong name is a programming error
    and raises at once (Qt itself would only return False)."""
    if widget.metaObject().indexOfProperty(name) < 0 or not widget.setProperty(name, keys):
        raise ValueError(f"{type(widget).__name__} has no property {name} = {keys}")


def plain_text(label: QObject) -> None:
    """Show the label's text as it is, never as markup (server text, names)."""
    set_keys(label, "textFormat", "PlainText")


def selectable(label: QObject, *, keyboard: bool = False) -> None:
    """Let the label's text be selected with the mouse (and the keyboard)."""
    keys = "TextSelectableByMouse|TextSelectableByKeyboard" if keyboard else "TextSelectableByMouse"
    set_keys(label, "textInteractionFlags", keys)


def shortcut(action: QAction, keys: str) -> None:
    """Give ``action`` the shortcut ``keys`` ("Ctrl+1"). PySide's ``setShortcut`` weighs
    its overloads against ``Qt.Key`` and so makes the ``Qt`` namespace; ``setShortcuts``
    with a list takes the same sequence without."""
    action.setShortcuts([QKeySequence(keys)])

"""Enum-valued Qt properties, set by their keys' names.

Reading any member of PySide6's ``Qt`` namespace (``Qt.TextFormat.PlainText``) makes
all ~100 of its enums as Python enums at once (``Qt.Key`` alone has 471 members). The
first frame (``startup.first_frame``: the account page's header, its busy row) needs
only a few such properties: plain text, selection, scroll bars, shortcuts. They are set
by name through Qt's meta-object system (public API), which reads the key names itself,
and no Python enum is made; the widgets built later use the same helpers.

Measured (``benchmarks/ab_start.py``, 15 interleaved pairs, 2026-12-03): one enum read
before the first frame costs the first paint +25 ms idle and +24 ms with one core busy.
The namespace is made after the first paint, when qasync's loop first runs a callback
(its timers end with ``killTimer``, whose PySide overloads weigh ``Qt.TimerId``): an
override of qasync's private timers that kept it off the data's path saved only
+15 / +10 ms and was taken out (RESULTS.md). ``tests/test_startup.py`` checks the first
frame paints without it.
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

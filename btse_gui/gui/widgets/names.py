"""Stable names for widgets (tests find them by object name, screen readers read the
accessible name), and words that follow the language.

A widget sets its fixed words in one ``retranslate`` method and hands it to
:func:`follow_language`: it runs once, and again whenever the application's language
changes (Qt sends every widget a ``LanguageChange`` event when a translator is
installed or removed). So a language switch re-renders the window in place: nothing
is rebuilt, and nothing typed, selected or scrolled is lost.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


def name_widget(widget: QWidget, object_name: str, accessible_name: str) -> None:
    widget.setObjectName(object_name)
    widget.setAccessibleName(accessible_name)


class _LanguageWatch(QObject):
    def __init__(self, widget: QWidget, retranslate: Callable[[], None]) -> None:
        super().__init__(widget)
        self._retranslate = retranslate
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        return False


def follow_language(widget: QWidget, retranslate: Callable[[], None]) -> None:
    """Run ``retranslate`` now, and again each time ``widget`` hears that the
    application's language changed."""
    retranslate()
    _LanguageWatch(widget, retranslate)

"""A question before something that cannot be undone, with the verb on its button."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def confirm(
    parent: QWidget, name: str, title: str, text: str, verb: str, on_yes: Callable[[], object]
) -> QMessageBox:
    """Open a window-modal question; ``on_yes`` runs only if the verb's button was chosen.

    The button says what happens ("Forget key", "Remove profile"), never Yes; Cancel is
    the default, so Enter changes nothing. The buttons are named ``{name}_yes`` for tests.
    """
    box = QMessageBox(parent)
    box.setObjectName(name)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # one question, answered once
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    yes = box.addButton(verb, QMessageBox.ButtonRole.DestructiveRole)
    yes.setObjectName(f"{name}_yes")
    yes.setAccessibleName(verb)
    keep = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(keep)
    box.finished.connect(lambda _result: on_yes() if box.clickedButton() is yes else None)
    box.open()
    return box

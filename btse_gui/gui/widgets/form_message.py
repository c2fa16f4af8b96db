"""The sign-in form's one message, where it belongs: an error about one field under that
field, the field marked with the error's icon (and given its words, for a screen reader);
any other message (Check connection's answer, the server's state) above the buttons.

The card's top stays where it is: only what is below the message moves.
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFormLayout, QLabel, QLayout, QLineEdit, QStyle, QVBoxLayout, QWidget

from btse_gui.gui.widgets.plan import MARKS, Tone


class FormMessage:
    def __init__(
        self,
        label: QLabel,
        form: QFormLayout,
        column: QVBoxLayout,
        above: QWidget,
        rows: dict[QWidget, QLayout],
    ) -> None:
        """``label`` shows the message, in ``column`` just before ``above`` when it is
        about no field; ``rows``: the fields the form holds in a row layout of their own."""
        self.label = label
        self._form, self._column, self._above, self._rows = form, column, above, rows
        self._under: QLineEdit | None = None
        self._marks: dict[QLineEdit, QAction] = {}
        column.insertWidget(column.indexOf(above), label)

    def say(self, text: str, tone: Tone = Tone.ERROR, field: QLineEdit | None = None) -> None:
        """Its mark and words carry the tone, not a colour; ``field``: what it is about."""
        field = field if text else None
        self.label.setText(f"{MARKS[tone]} {text}" if text else "")
        self.label.setAccessibleDescription(text)
        self._place(field)
        for marked, mark in self._marks.items():
            mark.setVisible(marked is field)
            marked.setAccessibleDescription(text if marked is field else "")
        if field is not None:
            if field not in self._marks:
                icon = field.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
                mark = field.addAction(icon, QLineEdit.ActionPosition.TrailingPosition)
                mark.setObjectName(f"{field.objectName()}_error")
                self._marks[field] = mark
                field.setAccessibleDescription(text)
            self._marks[field].setToolTip(text)

    def _place(self, field: QLineEdit | None) -> None:
        """The message's row: under ``field``, or (``None``) above the buttons."""
        if field is self._under:
            return
        if self._under is not None:
            # Not takeRow: the row's items it hands back (deleted by Python) left the
            # label a line high wherever it went next.
            row = self._row_of(self.label)
            self._form.removeWidget(self.label)  # the label stays, out of the form
            self._form.removeRow(row)  # and its row, empty now, goes
        else:
            self._column.removeWidget(self.label)
        self._under = field
        if field is None:
            self.label.setContentsMargins(0, 0, 0, 0)
            self._column.insertWidget(self._column.indexOf(self._above), self.label)
        else:
            # A row of its own across the form, its words starting where the field's do
            # (in the field's column alone, the form would make it taller than its words).
            self.label.setContentsMargins(field.x() - self._form.geometry().x(), 0, 0, 0)
            self._form.insertRow(self._row_of(field) + 1, self.label)
        self.label.show()

    def _row_of(self, widget: QWidget) -> int:
        """The form's row holding ``widget`` (or the row layout holding it)."""
        position: tuple[int, object] = self._form.getWidgetPosition(widget)  # type: ignore[assignment]
        if position[0] < 0 and widget in self._rows:
            position = self._form.getLayoutPosition(self._rows[widget])
        return position[0]

"""The top of the account page: who (the account's name, then the profile, whether the
server calls it signed in and when the data was fetched), the actions beside it, and
the row that shows work in progress with a way to stop it.

Its own module, light to import: the first frame (``startup.first_frame``) shows the
same header and busy row while the rest of the window loads, so nothing moves or
changes weight when the window takes its place.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from btse_gui.gui.qtcompat.props import plain_text
from btse_gui.gui.widgets.names import follow_language


class BusyRow(QWidget):
    """Work in progress where the person is looking, with a way to stop it."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(10)
        self.label = QLabel(self)
        self.cancel = QPushButton(self)
        self.bar.setObjectName(f"{name}_bar")
        self.cancel.setObjectName(f"{name}_cancel")
        follow_language(self, self.retranslate)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label)
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel)
        self.hide()

    def retranslate(self) -> None:
        self.bar.setAccessibleName(self.tr("Working"))
        self.cancel.setText(self.tr("Cancel"))
        self.cancel.setAccessibleName(self.tr("Cancel"))
        self.cancel.setAccessibleDescription(self.tr("Stop waiting for the server"))

    def show_busy(self, text: str) -> None:
        self.label.setText(text)
        self.setVisible(bool(text))


class AccountHeader(QWidget):
    """The account's name and subtitle, and Refresh, Copy summary and Sign out (with
    the profile selector before them, or under the names when narrow)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("account_header")
        self.title = QLabel(self)
        self.title.setObjectName("account_title")
        plain_text(self.title)
        # Bold, not 600: the CJK font has no demibold face, so 600 falls back unevenly.
        self.title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.subtitle = QLabel(self)
        self.subtitle.setObjectName("account_subtitle")
        plain_text(self.subtitle)
        self.subtitle.setWordWrap(True)
        self.refresh_button = QPushButton(self)
        self.refresh_button.setObjectName("refresh")
        self.copy_button = QPushButton(self)
        self.copy_button.setObjectName("copy_summary")
        self.sign_out_button = QPushButton(self)
        self.sign_out_button.setObjectName("sign_out")
        self._names = QVBoxLayout()
        self._names.addWidget(self.title)
        self._names.addWidget(self.subtitle)
        self.buttons = QHBoxLayout()
        for button in (self.refresh_button, self.copy_button, self.sign_out_button):
            self.buttons.addWidget(button)
        self._row = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.addLayout(self._names, 1)
        self._row.addLayout(self.buttons)
        self._selector: QWidget | None = None
        self._narrow = False
        # The wide row (names, selector, three buttons) is ~575 px at its narrowest; the
        # page stacks it below 720 px, but only in its resize event, after a window
        # being made narrower was already held at the wide row's minimum. The page
        # gives the header its whole width, which is never below the stacked row's.
        self.setMinimumWidth(1)
        follow_language(self, self.retranslate)

    def show_names(self, title: str, subtitle: str) -> None:
        """The account's name and its subtitle; a screen reader hears each with what
        it is ("Account: alice")."""
        self.title.setText(title)
        self.subtitle.setText(subtitle)
        self._name_labels()

    def _name_labels(self) -> None:
        for label, caption in (
            (self.title, self.tr("Account")),
            (self.subtitle, self.tr("Profile, sign-in state and data time")),
        ):
            text = label.text()
            label.setAccessibleName(f"{caption}: {text}" if text else caption)

    def retranslate(self) -> None:
        self._name_labels()
        for button, text in (
            (self.refresh_button, self.tr("Refresh")),
            (self.copy_button, self.tr("Copy summary")),
            (self.sign_out_button, self.tr("Sign out")),
        ):
            button.setText(text)
            button.setAccessibleName(text)
        self.refresh_button.setToolTip(self.tr("Fetch the account again (F5)"))
        self.copy_button.setToolTip(
            self.tr("Copy a summary for a support ticket, without key or secret (Ctrl+Shift+C)")
        )
        for button in (self.refresh_button, self.copy_button):
            button.setAccessibleDescription(button.toolTip())

    def set_narrow(self, narrow: bool) -> None:
        """Below the page's narrow width the actions go under the names."""
        self._narrow = narrow
        direction = QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        self._row.setDirection(direction)
        self._place_selector()

    def set_selector(self, selector: QWidget) -> None:
        """The profile selector: beside the buttons, or under the names when narrow."""
        self._selector = selector
        self._place_selector()

    def _place_selector(self) -> None:
        selector = self._selector
        if selector is None:
            return
        self.buttons.removeWidget(selector)
        self._names.removeWidget(selector)
        if self._narrow:
            self._names.addWidget(selector)
        else:
            self.buttons.insertWidget(0, selector)
        # Tab meets it where it sits: at the top, before the buttons (not last).
        QWidget.setTabOrder(selector, self.refresh_button)

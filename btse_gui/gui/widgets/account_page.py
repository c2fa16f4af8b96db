"""The account page: a header that says who and how fresh, a banner when something is
wrong (with what to do: Retry, Sign in again), a status line that explains the
permissions, the profile and VIP boxes, the KYC ladder and the badges. It applies a
:class:`~btse_gui.gui.widgets.plan.Plan`; it decides nothing itself."""

from __future__ import annotations

from PySide6.QtGui import QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from btse_gui.api.i18n import translate
from btse_gui.api.models import AccountSnapshot
from btse_gui.core.report import PART_NAMES, note_text
from btse_gui.gui.qtcompat.props import plain_text, selectable, set_keys
from btse_gui.gui.widgets.account_header import AccountHeader, BusyRow
from btse_gui.gui.widgets.badges import KycLadder, PermissionsPane, paint_card, warning_colour
from btse_gui.gui.widgets.names import follow_language
from btse_gui.gui.widgets.plan import MARKS, Banner, Plan, StatusLine, Tone
from btse_gui.gui.widgets.profile_pane import ProfilePane, VipPane

#: The edge of a notice, by tone: palette roles (so dark mode follows), and amber for a
#: warning; none is the focus ring's Highlight.
TONE_EDGE = {
    Tone.INFO: QPalette.ColorRole.Mid,
    Tone.WARNING: None,  # warning_colour: chosen at paint time from the palette
    Tone.ERROR: QPalette.ColorRole.WindowText,
}
#: Below this width the profile and VIP boxes stack instead of sitting side by side.
NARROW = 720


def captioned(caption: str, text: str) -> str:
    """What a screen reader hears for a text: "Caption: text", or the caption alone."""
    return f"{caption}: {text}" if text else caption


class Notice(QFrame):
    """A framed message with a mark for its tone, and room for buttons."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.label = QLabel(self)
        self.label.setObjectName(f"{name}_text")
        plain_text(self.label)
        self.label.setWordWrap(True)
        selectable(self.label)
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.tone: Tone | None = None
        self.caption = ""  # what the notice is, said before its words (name_text)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(10, 8, 10, 8)
        self.row.addWidget(self.label, 1)
        self.hide()

    def paintEvent(self, event: QPaintEvent) -> None:
        role = TONE_EDGE[self.tone] if self.tone else QPalette.ColorRole.Mid
        edge = warning_colour(self.palette()) if role is None else role
        paint_card(self, fill=QPalette.ColorRole.AlternateBase, edge=edge, width=2)

    def show_text(self, tone: Tone | None, text: str) -> None:
        if tone is None or not text:
            self.hide()
            self.label.setText("")
            self.name_text()
            return
        self.label.setText(f"{MARKS[tone]} {text}")
        self.tone = tone
        self.update()
        self.setAccessibleName(self.label.text())
        self.name_text()
        self.show()

    def name_text(self) -> None:
        """The text's accessible name: what the notice is, then what it says. Over
        AT-SPI a label has no text but its name: named by the caption alone, its words
        never reach a screen reader."""
        self.label.setAccessibleName(captioned(self.caption, self.label.text()))

    def text(self) -> str:
        return self.label.text()


class AccountPage(QWidget):
    """What a signed-in account looks like: renders a plan and a snapshot."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("account_page")
        self.header = AccountHeader(self)
        self.title = self.header.title
        self.subtitle = self.header.subtitle
        self.refresh_button = self.header.refresh_button
        self.copy_button = self.header.copy_button
        self.sign_out_button = self.header.sign_out_button
        self.notice = Notice("account_notice", self)
        self.banner = self.notice.label  # the banner's text (tests and screen readers)
        self.banner.setObjectName("account_banner")
        self.retry_button = QPushButton(self)
        self.retry_button.setObjectName("retry")
        self.sign_in_again = QPushButton(self)
        self.sign_in_again.setObjectName("sign_in_again")
        self.notice.row.addWidget(self.retry_button)
        self.notice.row.addWidget(self.sign_in_again)
        self.busy = BusyRow("account_busy", self)
        self.status_line = Notice("account_status", self)
        self.warnings = QLabel(self)
        self.warnings.setObjectName("account_warnings")
        plain_text(self.warnings)
        self.warnings.setWordWrap(True)
        self.warnings.hide()
        self.profile = ProfilePane(self)
        self.vip = VipPane(self)
        self.ladder = KycLadder(self)
        self.permissions = PermissionsPane(self)

        self.data = QWidget(self)
        self.data.setObjectName("account_data")
        self._boxes = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._boxes.addWidget(self.profile, 3)
        self._boxes.addWidget(self.vip, 1)
        data_layout = QVBoxLayout(self.data)
        data_layout.setContentsMargins(0, 0, 0, 0)
        data_layout.addLayout(self._boxes)
        data_layout.addWidget(self.ladder)
        data_layout.addWidget(self.permissions, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.notice)
        layout.addWidget(self.busy)
        layout.addWidget(self.status_line)
        layout.addWidget(self.warnings)
        # The boxes and badges scroll when the window is shorter than they are (a narrow
        # window stacks them); the header, banner and status line stay in view.
        self.data_scroll = QScrollArea(self)
        self.data_scroll.setObjectName("account_scroll")
        self.data_scroll.setWidget(self.data)
        self.data_scroll.setWidgetResizable(True)
        self.data_scroll.setFrameShape(QFrame.Shape.NoFrame)
        set_keys(self.data_scroll, "horizontalScrollBarPolicy", "ScrollBarAlwaysOff")
        # Not a Tab stop of its own (it showed no focus): Tab goes to the values in it,
        # which it scrolls into view.
        set_keys(self.data_scroll, "focusPolicy", "NoFocus")
        layout.addWidget(self.data_scroll, 1)
        layout.addStretch(0)  # keeps the rest at the top while the data is hidden (loading)
        self.stale = False
        self.setMinimumWidth(0)
        follow_language(self, self.retranslate)

    def retranslate(self) -> None:
        """Fixed words; the plan's (title, banner, status) come with the next render."""
        for button, text in (
            (self.retry_button, self.tr("Retry")),
            (self.sign_in_again, self.tr("Sign in again")),
        ):
            button.setText(text)
            button.setAccessibleName(text)
        self.notice.caption = self.tr("Account notice")
        self.status_line.caption = self.tr("Why the permissions look like this")
        self._warnings_caption = self.tr("Values the API does not document")
        self.notice.name_text()
        self.status_line.name_text()
        self._name_warnings()

    def _name_warnings(self) -> None:
        """The warnings said with their caption (a label's name is all AT-SPI gives)."""
        self.warnings.setAccessibleName(captioned(self._warnings_caption, self.warnings.text()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        narrow = self.width() < NARROW
        direction = QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        if self._boxes.direction() != direction:
            self._boxes.setDirection(direction)
            self.header.set_narrow(narrow)
            self.ladder.set_stacked(narrow)
        self.permissions.set_columns(1 if self.width() < NARROW - 80 else 2)
        super().resizeEvent(event)

    def set_selector(self, selector: QWidget) -> None:
        """The profile selector: beside the buttons, or under the names when narrow."""
        self.header.set_selector(selector)

    def show_snapshot(self, snapshot: AccountSnapshot | None) -> None:
        self.profile.show_snapshot(snapshot)
        self.vip.show_snapshot(snapshot)
        level = snapshot.profile.kyc_level if snapshot and snapshot.profile else None
        self.ladder.show_level(level if snapshot else None)
        self.permissions.show_checks(snapshot.permissions if snapshot else None)
        lines = [
            f"⚠ {translate('Report', PART_NAMES[part])}: {note_text(note)}"
            for part, notes in (snapshot.notes.items() if snapshot else ())
            for note in notes
        ]
        self.warnings.setText("\n".join(lines))
        self._name_warnings()
        self.warnings.setVisible(bool(lines))

    def apply(self, plan: Plan) -> None:
        self.header.show_names(plan.title, plan.subtitle)
        self._show_banner(plan.banner)
        self._show_status(plan.status)
        self.busy.show_busy(plan.busy_text if plan.busy_on == "account" else "")
        self.data_scroll.setVisible(not plan.loading)
        self.busy.cancel.setEnabled(plan.actions.cancel)
        self.refresh_button.setEnabled(plan.actions.refresh)
        self.copy_button.setEnabled(plan.actions.copy)
        self.sign_out_button.setEnabled(plan.actions.sign_out)
        # Old data is said once, by the banner above the boxes (and the status line).
        self.stale = plan.stale

    def _show_banner(self, banner: Banner | None) -> None:
        self.notice.show_text(banner.tone if banner else None, banner.text if banner else "")
        self.retry_button.setVisible(bool(banner and banner.retry))
        self.sign_in_again.setVisible(bool(banner and banner.sign_in_again))

    def _show_status(self, status: StatusLine | None) -> None:
        self.status_line.show_text(status.tone if status else None, status.text if status else "")

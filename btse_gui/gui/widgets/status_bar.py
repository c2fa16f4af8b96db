"""State, data age, clock skew and a busy indicator along the bottom of the window."""

from __future__ import annotations

import time

from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QWidget

from btse_gui.api.i18n import translate
from btse_gui.api.models import AccountSnapshot
from btse_gui.core.session import STATE_NAMES, SessionState
from btse_gui.gui.widgets.names import follow_language
from btse_gui.gui.widgets.plan import describe_age

#: Skew below this is normal network noise and is not shown.
SHOW_SKEW_MS = 1000


class StatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("status_bar")
        self.state_label = QLabel(self)
        self.state_label.setObjectName("status_state")
        self.updated_label = QLabel(self)
        self.updated_label.setObjectName("status_updated")
        self.skew_label = QLabel(self)
        self.skew_label.setObjectName("status_skew")
        self.busy = QProgressBar(self)
        self.busy.setObjectName("status_busy")
        follow_language(self, lambda: self.busy.setAccessibleName(self.tr("Working")))
        self.busy.setRange(0, 0)  # indeterminate
        self.busy.setMaximumWidth(90)
        self.busy.setMaximumHeight(12)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.addWidget(self.state_label)
        self.addWidget(self.updated_label, 1)
        self.addPermanentWidget(self.skew_label)
        self.addPermanentWidget(self.busy)
        self.skew_label.hide()
        self.show_state(SessionState.SIGNED_OUT)

    def show_state(self, state: SessionState) -> None:
        self.show_state_text(translate("Session", STATE_NAMES[state]))

    def show_state_text(self, text: str) -> None:
        self.state_label.setText(text)
        self.state_label.setAccessibleName(text)

    def show_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)

    def show_snapshot(self, snapshot: AccountSnapshot | None, now: float | None = None) -> None:
        if snapshot is None:
            self.updated_label.setText("")
            self.skew_label.hide()
            return
        at = time.strftime("%H:%M:%S", time.localtime(snapshot.fetched_at))
        age = describe_age((now or time.time()) - snapshot.fetched_at)
        self.updated_label.setText(self.tr("Updated {time} ({age})").format(time=at, age=age))
        if abs(snapshot.clock_skew_ms) >= SHOW_SKEW_MS:
            self.skew_label.setText(
                self.tr("Clock skew {seconds:+.1f} s").format(seconds=snapshot.clock_skew_ms / 1000)
            )
            self.skew_label.setToolTip(
                self.tr(
                    "This computer's clock differs from the server's; requests are "
                    "corrected for it automatically."
                )
            )
            self.skew_label.show()
        else:
            self.skew_label.hide()

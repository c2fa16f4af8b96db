"""The thin Qt adapter over the plain-Python session: its published view becomes signals.

The session knows no Qt; widgets listen here. ``changed`` carries every new
:class:`~btse_gui.core.session.SessionView`; the finer signals fire only when their part of
the view changed, for widgets that care about one thing.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from btse_gui.core.session import Session, SessionView


class SessionSignals(QObject):
    changed = Signal(object)  # SessionView
    stateChanged = Signal(object)  # SessionState
    snapshotChanged = Signal(object)  # AccountSnapshot | None
    messageChanged = Signal(str)  # '' when there is nothing to say
    busyChanged = Signal(bool)
    profileChanged = Signal(object)  # Profile | None

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._last = session.view
        self._unsubscribe = session.subscribe(self._on_view)
        self.destroyed.connect(self._unsubscribe)

    def _on_view(self, view: SessionView) -> None:
        last, self._last = self._last, view
        self.changed.emit(view)
        if view.profile != last.profile:
            self.profileChanged.emit(view.profile)
        if view.snapshot is not last.snapshot:
            self.snapshotChanged.emit(view.snapshot)
        if view.message != last.message:
            self.messageChanged.emit(view.message)
        if view.state is not last.state:
            self.stateChanged.emit(view.state)
        if bool(view.busy) != bool(last.busy):
            self.busyChanged.emit(bool(view.busy))

"""What every top-level frame of the window shares: its title, its first size and its
menus' names. The first frame (``startup.first_frame``) and the main window both use
these, so the window the person sees first is the one that stays."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from btse_gui.api.i18n import QT_TRANSLATE_NOOP

#: The window's size at a first start (afterwards, where the person left it).
WINDOW_SIZE = (880, 560)
#: The menu bar's menus, in order (translated in the "MainWindow" context).
MENUS = (
    QT_TRANSLATE_NOOP("MainWindow", "&File"),
    QT_TRANSLATE_NOOP("MainWindow", "&Edit"),
    QT_TRANSLATE_NOOP("MainWindow", "&View"),
    QT_TRANSLATE_NOOP("MainWindow", "&Help"),
)


def menu_title(index: int) -> str:
    return QCoreApplication.translate("MainWindow", MENUS[index])


def window_title(demo: bool) -> str:
    if demo:
        return QCoreApplication.translate("MainWindow", "btse-gui — demo")
    return QCoreApplication.translate("MainWindow", "btse-gui")


#: The window's size when it opens on the accounts overview (unless the person's own
#: size is bigger): room for the table.
OVERVIEW_SIZE = (1260, 720)


class PaintProbe(QObject):
    """Calls ``on_paint`` whenever ``widget`` paints (before it does)."""

    def __init__(self, widget: QWidget, on_paint: Callable[[], object]) -> None:
        super().__init__(widget)
        self._on_paint = on_paint
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self._on_paint()
        return False


def after_next_paint(widget: QWidget, then: Callable[[], object]) -> None:
    """Run ``then`` once ``widget`` has next painted (its paint first, then this). The
    paint is asked for: what changed may repaint only inside the widget's children, and
    the widget itself would then not paint again until something else made it."""
    probe: list[PaintProbe] = []

    def painted() -> None:
        if probe:
            probe.pop().deleteLater()
            QTimer.singleShot(0, then)

    probe.append(PaintProbe(widget, painted))
    widget.update()

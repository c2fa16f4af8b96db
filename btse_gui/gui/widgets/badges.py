"""Permission badges and the KYC ladder.

A badge says in words and marks what it means — ✔ Allowed, ✖ Blocked, ? Not reported,
⚠ for a server flag that disagrees with the KYC rule — and its rule is written on it,
not hidden in a tooltip. Badges take keyboard focus (with a visible focus ring) and
carry their state in their accessible name. Colours come from the palette only, so
light and dark both read; the marks and words carry the meaning, colour only repeats it.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFontMetrics,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from btse_gui.api.permissions import KYC_LEVELS, Permission, PermissionCheck, permission_name
from btse_gui.gui.qtcompat.props import plain_text, set_keys
from btse_gui.gui.widgets.names import follow_language


def warning_colour(palette: QPalette) -> QColor:
    """Amber for "look here, something disagrees" (a mismatch, a warning): unlike the
    focus ring and the selection (the palette's Highlight), and at least 4.5:1 against
    the window in a light scheme and a dark one (chosen by the window's lightness)."""
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    return QColor("#ffb347" if dark else "#a65400")


def paint_card(
    widget: QWidget, *, fill: QPalette.ColorRole, edge: QPalette.ColorRole | QColor, width: int
) -> None:
    """A rounded card in the widget's current palette: colours are looked up at paint
    time, so a switch to the desktop's dark scheme repaints them right. Drawn as one
    path, filled then stroked."""
    palette = widget.palette()
    group = palette.currentColorGroup()
    inset = width / 2 + 0.5
    card = QPainterPath()
    card.addRoundedRect(QRectF(widget.rect()).adjusted(inset, inset, -inset, -inset), 6, 6)
    pen = QPen()
    pen.setColor(edge if isinstance(edge, QColor) else palette.color(group, edge))
    pen.setWidthF(width)
    painter = QPainter(widget)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillPath(card, palette.brush(group, fill))
    painter.strokePath(card, pen)
    painter.end()


class VerdictPill(QLabel):
    """The badge's verdict as a pill: *Blocked* solid (the text colour, words in the
    window's), *Allowed* outlined, *Not reported* dashed. Filled against outlined reads
    apart at a glance in either scheme, whatever the hue, and the words say it too."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = "empty"
        self.setContentsMargins(9, 1, 9, 1)

    def paintEvent(self, event: QPaintEvent) -> None:
        palette = self.palette()
        group = palette.currentColorGroup()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        radius = box.height() / 2
        ink = palette.color(group, QPalette.ColorRole.WindowText)
        if self.state == "blocked":
            path = QPainterPath()
            path.addRoundedRect(QRectF(self.rect()), radius, radius)
            painter.fillPath(path, ink)
            ink = palette.color(group, QPalette.ColorRole.Window)
        elif self.state in ("allowed", "unknown"):
            pen = QPen(palette.color(group, QPalette.ColorRole.Text))
            pen.setWidthF(2)
            if self.state == "unknown":
                pen.setDashPattern([3.0, 2.0])  # dashed (without Qt's namespace enums)
            painter.setPen(pen)
            painter.drawRoundedRect(box, radius, radius)
        painter.setPen(ink)
        painter.drawText(self.contentsRect(), int(self.alignment()), self.text())
        painter.end()


class PermissionBadge(QFrame):
    """One permission. ``state`` is "allowed", "blocked", "unknown" or "empty"."""

    def __init__(self, permission: Permission, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.permission = permission
        self.state = "empty"
        self.mismatch = False
        self.setObjectName(f"badge_{permission.value}")
        self._mark = QLabel(self)
        self._mark.setObjectName(f"badge_{permission.value}_mark")
        self._name = QLabel(self)
        self._name.setStyleSheet("font-weight: bold;")
        self._verdict = VerdictPill(self)
        self._verdict.setObjectName(f"badge_{permission.value}_verdict")
        set_keys(self._verdict, "alignment", "AlignCenter")
        self._rule = QLabel(self)
        self._rule.setObjectName(f"badge_{permission.value}_rule")
        self._rule.setWordWrap(True)
        plain_text(self._rule)
        top = QHBoxLayout()
        top.addWidget(self._mark)
        top.addWidget(self._name, 1)
        top.addWidget(self._verdict)
        layout = QVBoxLayout(self)
        # Snug, so a rule and its warning stay one line each in a two-column grid at
        # the window's first size (880 x 560), and three rows fit it.
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self._rule)
        layout.addStretch(1)  # beside a taller badge: room below, not a taller pill
        set_keys(self, "focusPolicy", "StrongFocus")  # keyboard and screen readers reach it
        self.check: PermissionCheck | None = None
        self.show_check(None)

    def paintEvent(self, event: QPaintEvent) -> None:
        edge: QPalette.ColorRole | QColor
        if self.hasFocus():  # the focus ring: the palette's highlight, as everywhere
            edge, width = QPalette.ColorRole.Highlight, 3
        elif self.mismatch:  # amber, never the focus ring's colour
            edge, width = warning_colour(self.palette()), 2
        else:
            edge, width = QPalette.ColorRole.Mid, 1
        paint_card(self, fill=QPalette.ColorRole.Base, edge=edge, width=width)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def verdict_text(self) -> str:
        return self._verdict.text()

    def rule_text(self) -> str:
        return self._rule.text()

    def show_check(self, check: PermissionCheck | None) -> None:
        self.check = check
        if check is None:
            self.state, self.mismatch = "empty", False
            self._mark.setText("")
            self._verdict.setText("—")
            self._rule.setText("")
        else:
            if check.server_flag is None and not check.locked:
                self.state, verdict, mark = "unknown", self.tr("Not reported"), "?"
            elif check.allowed:
                self.state, verdict, mark = "allowed", self.tr("Allowed"), "✔"
            else:
                self.state, verdict, mark = "blocked", self.tr("Blocked"), "✖"
            self.mismatch = check.mismatch
            # The verdict's own mark stays; a mismatch adds ⚠ beside it, never instead.
            self._mark.setText(f"{mark} ⚠" if check.mismatch else mark)
            self._verdict.setText(verdict)
            self._rule.setText(self.explain(check))
        self._verdict.state = self.state
        self._verdict.update()
        self.setProperty("state", self.state)
        self.setProperty("mismatch", "true" if self.mismatch else "false")
        self.update()
        name = permission_name(self.permission)
        self._name.setText(name)  # here, so a language change renders it again
        self.setAccessibleName(f"{name}: {self._verdict.text()}")
        self.setAccessibleDescription(self._rule.text())
        self.setToolTip(self._rule.text())

    def explain(self, check: PermissionCheck) -> str:
        lines = []
        if check.locked:
            lines.append(self.tr("Blocked: this account is locked."))
        if check.rule_unknown:
            lines.append(
                self.tr(
                    "{rule}; this account's level ({level}) is not in the documented rules, "
                    "so the rule's verdict is unknown. The server's flag is shown."
                ).format(rule=check.rule.describe() if check.rule else "", level=check.kyc_level)
            )
        elif check.rule is not None:
            lines.append(
                self.tr("{rule}; this account is level {level}.").format(
                    rule=check.rule.describe(), level=check.kyc_level
                )
            )
        else:
            lines.append(self.tr("No KYC rule is documented for this; the server's flag is shown."))
        if check.mismatch:
            lines.append(
                self.tr("Warning: the server says allowed, but the KYC rule says blocked.")
                if check.server_flag
                else self.tr("Warning: the server says blocked, but the KYC rule says allowed.")
            )
        return "\n".join(lines)


class KycLadder(QFrame):
    """The spec's KYC levels, what each unlocks, and where this account stands."""

    #: Room round a rung's words (across, down), inside the account's own rung's frame.
    PADDING = (6, 2)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kyc_ladder")
        self.rungs: dict[int, QLabel] = {}
        self.row = row = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        row.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(self)
        self.title.setStyleSheet("font-weight: bold;")
        row.addWidget(self.title)
        for level in KYC_LEVELS:
            rung = QLabel(self)
            rung.setObjectName(f"kyc_rung_{level}")
            rung.setWordWrap(True)
            rung.setContentsMargins(*self.PADDING, *self.PADDING)
            self.rungs[level] = rung
            row.addWidget(rung, 1)
        self.level: int | None = None
        follow_language(self, self.retranslate)

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("KYC levels"))
        self.title.setText(self.tr("KYC"))
        unlocks = {
            0: self.tr("0: nothing"),
            1: self.tr("1: + USDT deposit"),
            2: self.tr("2: + USDT withdrawal, trade USDT-TWD"),
            3: self.tr("3: + TWD deposit and withdrawal"),
        }
        for level, rung in self.rungs.items():
            # "USDT-TWD" is one name: a line never breaks at its hyphen (word joiners).
            rung.setText(unlocks[level].replace("USDT-TWD", "USDT\u2060-\u2060TWD"))
        self._share_room()
        self.show_level(self.level)

    def set_stacked(self, stacked: bool) -> None:
        """One rung under another (a narrow window), or side by side."""
        self.row.setDirection(
            QBoxLayout.Direction.TopToBottom if stacked else QBoxLayout.Direction.LeftToRight
        )
        self._share_room()

    def _share_room(self) -> None:
        """Side by side, room in proportion to the words, as wide as the account's own
        rung (bold, in its frame): each stays on one line while the row has room for all.
        Stacked, alike (the same spacing between every rung)."""
        stacked = self.row.direction() == QBoxLayout.Direction.TopToBottom
        bold = self.font()
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        for index, rung in enumerate(self.rungs.values(), start=1):  # after the title
            words = metrics.horizontalAdvance(rung.text()) + 2 * (self.PADDING[0] + 3)
            self.row.setStretch(index, 1 if stacked else words)

    def show_level(self, level: int | None) -> None:
        self.level = level
        for rung_level, rung in self.rungs.items():
            current = rung_level == level
            # Where the account stands: a frame and bold type, not a colour.
            rung.setFrameShape(QFrame.Shape.Box if current else QFrame.Shape.NoFrame)
            rung.setLineWidth(2)
            # A QFrame keeps its padding in its contents margins, and a frame changed while
            # the rung is squeezed to no height (the page hidden) drops it: set it again.
            across, down = self.PADDING
            edge = rung.frameWidth()
            rung.setContentsMargins(across + edge, down + edge, across + edge, down + edge)
            font = rung.font()
            font.setBold(current)
            rung.setFont(font)
            # The word joiners only keep "USDT-TWD" on one line: a reader gets the words.
            words = rung.text().replace("\u2060", "")
            rung.setAccessibleName(
                self.tr("{rung} (this account)").format(rung=words) if current else words
            )
        if level is None:
            self.setAccessibleDescription("")
        else:
            self.setAccessibleDescription(
                self.tr("This account is KYC level {level}.").format(level=level)
            )


class PermissionsPane(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("permissions_pane")
        self.badges = {p: PermissionBadge(p, self) for p in Permission}
        # No footnote for ⚠: the status line above says what it marks, and each marked
        # badge says its own warning (a third time cost the page a line at 880 x 560).
        follow_language(self, self.retranslate)
        self._grid = QGridLayout(self)
        # Tighter than the style's 11 px and 6 px: the page fits the window's first size.
        self._grid.setContentsMargins(9, 6, 9, 6)
        self._grid.setVerticalSpacing(4)
        self._columns = 0
        self.set_columns(2)

    def set_columns(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for badge in self.badges.values():
            self._grid.removeWidget(badge)
        for i, badge in enumerate(self.badges.values()):
            self._grid.addWidget(badge, i // columns, i % columns)
        rows = (len(self.badges) + columns - 1) // columns
        for row in range(len(self.badges) + 1):  # the other column count's too
            self._grid.setRowStretch(row, 0)
        self._grid.setRowStretch(rows, 1)  # spare height below, not between badges

    def retranslate(self) -> None:
        self.setTitle(self.tr("Permissions"))

    def show_checks(self, checks: tuple[PermissionCheck, ...] | None) -> None:
        by_permission = {c.permission: c for c in checks or ()}
        for permission, badge in self.badges.items():
            badge.show_check(by_permission.get(permission))

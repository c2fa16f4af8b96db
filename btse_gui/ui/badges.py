"""Permission badges: allowed / blocked, with the KYC rule and any server mismatch."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QWidget

from btse_gui.api.permissions import PERMISSION_NAMES, Permission, PermissionCheck
from btse_gui.i18n import translate

LIGHT = """
PermissionBadge { border-radius: 6px; border: 1px solid palette(mid); }
PermissionBadge[state="allowed"] { background: #e6f4ea; border-color: #8cc9a0; }
PermissionBadge[state="blocked"] { background: #fbe9e7; border-color: #e0a49b; }
PermissionBadge[mismatch="true"] { border: 2px solid #e69500; }
PermissionBadge QLabel { background: transparent; color: #202124; }
"""
DARK = """
PermissionBadge { border-radius: 6px; border: 1px solid palette(mid); }
PermissionBadge[state="allowed"] { background: #1f3d2b; border-color: #3f8a5a; }
PermissionBadge[state="blocked"] { background: #47221f; border-color: #9a4a40; }
PermissionBadge[mismatch="true"] { border: 2px solid #f0a830; }
PermissionBadge QLabel { background: transparent; color: #e8eaed; }
"""


def is_dark(widget: QWidget) -> bool:
    """Whether the widget's palette (which follows the desktop's scheme) is dark."""
    return widget.palette().window().color().lightness() < 128


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
        self._name = QLabel(translate("Permission", PERMISSION_NAMES[permission]), self)
        self._verdict = QLabel(self)
        self._verdict.setObjectName(f"badge_{permission.value}_verdict")
        self._verdict.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self._mark)
        layout.addWidget(self._name, 1)
        layout.addWidget(self._verdict)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # keyboard and screen readers reach it
        self.show_check(None)

    def show_check(self, check: PermissionCheck | None) -> None:
        name = translate("Permission", PERMISSION_NAMES[self.permission])
        if check is None:
            self.state, self.mismatch = "empty", False
            self._mark.setText("")
            self._verdict.setText("—")
            self.setToolTip("")
        else:
            if check.server_flag is None and not check.locked:
                self.state = "unknown"
                verdict = self.tr("Not reported")
            elif check.allowed:
                self.state = "allowed"
                verdict = self.tr("Allowed")
            else:
                self.state = "blocked"
                verdict = self.tr("Blocked")
            self.mismatch = check.mismatch
            self._mark.setText(
                "⚠" if check.mismatch else {"allowed": "✔", "blocked": "✖"}.get(self.state, "?")
            )
            self._verdict.setText(verdict)
            self.setToolTip(self.explain(check))
        self.setProperty("state", self.state)
        self.setProperty("mismatch", "true" if self.mismatch else "false")
        self.setAccessibleName(f"{name}: {self._verdict.text()}")
        self.setAccessibleDescription(self.toolTip())
        self.style().unpolish(self)
        self.style().polish(self)

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


class PermissionsPane(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Permissions"))
        self.setObjectName("permissions_pane")
        self.apply_theme()
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_scheme)
        self.badges = {p: PermissionBadge(p, self) for p in Permission}
        self.legend = QLabel(
            self.tr(
                "⚠ The server's flag disagrees with the KYC rule for this level. "
                "Hover over a badge for details."
            ),
            self,
        )
        self.legend.setObjectName("permissions_legend")
        self.legend.setWordWrap(True)
        self.legend.hide()
        grid = QGridLayout(self)
        for i, badge in enumerate(self.badges.values()):
            grid.addWidget(badge, i // 2, i % 2)
        grid.addWidget(self.legend, 3, 0, 1, 2)

    def apply_theme(self) -> None:
        self.setStyleSheet(DARK if is_dark(self) else LIGHT)

    def _on_scheme(self, _scheme: object) -> None:
        self.apply_theme()

    def show_checks(self, checks: tuple[PermissionCheck, ...] | None) -> None:
        by_permission = {c.permission: c for c in checks or ()}
        for permission, badge in self.badges.items():
            badge.show_check(by_permission.get(permission))
        self.legend.setVisible(any(c.mismatch for c in by_permission.values()))

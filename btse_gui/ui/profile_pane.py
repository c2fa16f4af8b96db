"""The account's profile and VIP status, as read-only forms."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QWidget

from btse_gui.api.models import AccountSnapshot
from btse_gui.report import status_name


class _FormPane(QGroupBox):
    def __init__(self, prefix: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{prefix}_pane")
        self.prefix = prefix
        self.values: dict[str, QLabel] = {}
        self._form = QFormLayout(self)

    def _add_rows(self, title: str, rows: list[tuple[str, str]]) -> None:
        self.setTitle(title)
        for key, label in rows:
            value = QLabel("—", self)
            value.setObjectName(f"{self.prefix}_{key}")
            value.setAccessibleName(label)
            value.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse
                | Qt.TextInteractionFlag.TextSelectableByKeyboard
            )
            self._form.addRow(label, value)
            self.values[key] = value

    def _set(self, key: str, text: str) -> None:
        self.values[key].setText(text)

    def clear(self) -> None:
        for value in self.values.values():
            value.setText("—")


class ProfilePane(_FormPane):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("profile", parent)
        self._add_rows(
            self.tr("Profile"),
            [
                ("username", self.tr("Username")),
                ("email", self.tr("Email")),
                ("two_factor", self.tr("Two-factor authentication")),
                ("kyc", self.tr("KYC")),
                ("status", self.tr("Account status")),
            ],
        )

    def show_snapshot(self, snapshot: AccountSnapshot | None) -> None:
        if snapshot is None:
            self.clear()
            return
        p = snapshot.profile
        self._set("username", p.username)
        self._set("email", p.email)
        self._set("two_factor", self.tr("On") if p.is_2fa else self.tr("Off"))
        kyc = self.tr("Verified") if p.is_kyc else self.tr("Not verified")
        self._set("kyc", self.tr("{kyc}, level {level}").format(kyc=kyc, level=p.kyc_level))
        self._set("status", status_name(p.user_status))


class VipPane(_FormPane):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("vip", parent)
        self._add_rows(self.tr("VIP"), [("is_vip", self.tr("VIP")), ("spread", self.tr("Spread"))])

    def show_snapshot(self, snapshot: AccountSnapshot | None) -> None:
        if snapshot is None:
            self.clear()
            return
        self._set("is_vip", self.tr("Yes") if snapshot.vip.is_vip else self.tr("No"))
        self._set("spread", self.tr("{spread:g} %").format(spread=snapshot.vip.spread))

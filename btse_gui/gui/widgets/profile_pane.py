"""The account's profile and VIP status, as read-only forms."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QWidget

from btse_gui.api.models import AccountSnapshot
from btse_gui.core.report import UNKNOWN, kyc_text, spread_text, status_name
from btse_gui.gui.qtcompat.props import plain_text, selectable
from btse_gui.gui.widgets.names import follow_language


class _FormPane(QGroupBox):
    def __init__(self, prefix: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{prefix}_pane")
        self.prefix = prefix
        self.values: dict[str, QLabel] = {}
        self._captions: dict[str, str] = {}
        self._form = QFormLayout(self)
        # Tighter than the style's 11 px and 6 px: the whole account page fits the
        # window's first size (880 x 560, a small laptop) without scrolling.
        self._form.setContentsMargins(11, 6, 11, 6)
        self._form.setVerticalSpacing(3)

    def _add_rows(self, keys: tuple[str, ...]) -> None:
        self._title = ""
        self._form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for key in keys:
            value = QLabel("—", self)
            plain_text(value)  # server text is never markup
            value.setWordWrap(True)
            value.setObjectName(f"{self.prefix}_{key}")
            selectable(value, keyboard=True)
            caption = QLabel(self)
            caption.setBuddy(value)
            self._form.addRow(caption, value)
            self.values[key] = value
        follow_language(self, self._retranslate)

    def words(self) -> tuple[str, dict[str, str]]:
        """The box's title and its rows' captions, in the active language."""
        raise NotImplementedError

    def _retranslate(self) -> None:
        self._title, self._captions = self.words()
        for key, caption in self._captions.items():
            value = self.values[key]
            label = self._form.labelForField(value)
            if isinstance(label, QLabel):
                label.setText(caption)
            self._name(key)
        self.setTitle(self._title)

    def _name(self, key: str) -> None:
        """What a screen reader says for a value: its caption and the value itself
        ("Email: ch***@example.com"), not the caption alone."""
        value = self.values[key]
        caption = self._captions.get(key, "")
        value.setAccessibleName(f"{caption}: {value.text()}" if caption else value.text())

    def _yes_no(self, value: bool | None) -> str:
        if value is None:
            return UNKNOWN
        # QCoreApplication.translate, not self.tr: tr() would look the text up under
        # the subclass's name, and lupdate files it under this class's.
        if value:
            return QCoreApplication.translate("FormPane", "Yes")
        return QCoreApplication.translate("FormPane", "No")

    def _set(self, key: str, text: str) -> None:
        self.values[key].setText(text)
        self._name(key)

    def clear(self) -> None:
        for key in self.values:
            self._set(key, "—")


class ProfilePane(_FormPane):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("profile", parent)
        self._add_rows(("username", "email", "two_factor", "kyc", "status", "signed_in"))

    def words(self) -> tuple[str, dict[str, str]]:
        return self.tr("Profile"), {
            "username": self.tr("Username"),
            "email": self.tr("Email"),
            "two_factor": self.tr("Two-factor authentication"),
            "kyc": self.tr("KYC"),
            "status": self.tr("Account status"),
            "signed_in": self.tr("Signed in"),
        }

    def show_snapshot(self, snapshot: AccountSnapshot | None) -> None:
        if snapshot is None:
            self.clear()
            return
        self._set("signed_in", self._yes_no(snapshot.login.is_login if snapshot.login else None))
        p = snapshot.profile
        if p is None:
            for key in ("username", "email", "two_factor", "kyc", "status"):
                self._set(key, UNKNOWN)
            return
        self._set("username", p.username or UNKNOWN)
        self._set("email", p.email or UNKNOWN)
        self._set("two_factor", self._yes_no(p.is_2fa))
        self._set("kyc", kyc_text(p))
        self._set("status", status_name(p.user_status))


class VipPane(_FormPane):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("vip", parent)
        self._add_rows(("is_vip", "spread"))

    def words(self) -> tuple[str, dict[str, str]]:
        return self.tr("VIP"), {"is_vip": self.tr("VIP"), "spread": self.tr("Spread")}

    def show_snapshot(self, snapshot: AccountSnapshot | None) -> None:
        vip = snapshot.vip if snapshot else None
        if vip is None:
            self.clear()
            return
        self._set("is_vip", self._yes_no(vip.is_vip))
        self._set("spread", spread_text(vip.spread))

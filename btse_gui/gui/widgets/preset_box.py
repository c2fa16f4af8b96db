"""The server-convention picker: a preset fills the signed prefix and the header prefix
(and adds its routing prefix to the address); "Custom" leaves them to the person."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QWidget

from btse_gui.api.errors import ApiError
from btse_gui.api.presets import PRESETS, preset_of
from btse_gui.api.server import ServerProfile
from btse_gui.gui.widgets.names import follow_language

CUSTOM = "custom"


class PresetBox(QComboBox):
    #: Custom chosen (``True``: the prefixes are the person's to set, so shown) or a preset.
    customChosen = Signal(bool)

    def __init__(
        self,
        base_url: QLineEdit,
        api_prefix: QLineEdit,
        header_prefix: QComboBox,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._fields = (base_url, api_prefix, header_prefix)
        for preset in PRESETS.values():
            self.addItem("", preset.name)
        self.addItem("", CUSTOM)
        follow_language(self, self.retranslate)
        self.currentIndexChanged.connect(self._on_pick)
        self._on_pick(self.currentIndex())

    def retranslate(self) -> None:
        for index, preset in enumerate(PRESETS.values()):
            self.setItemText(index, preset.describe())
        self.setItemText(len(PRESETS), self.tr("Custom (set the prefixes below)"))
        editor = self._fields[2].lineEdit()
        if editor is not None:  # the editable combo's own field, for screen readers
            editor.setAccessibleName(self.tr("Header prefix"))

    def _on_pick(self, index: int) -> None:
        base_url, api_prefix, header_prefix = self._fields
        preset = PRESETS.get(self.itemData(index))
        custom = preset is None
        api_prefix.setReadOnly(not custom)
        header_prefix.setEnabled(custom)
        self.customChosen.emit(custom)
        if preset is None:
            return
        api_prefix.setText(preset.api_prefix)
        header_prefix.setCurrentText(preset.header_prefix)
        url = base_url.text().strip().rstrip("/")
        for other in PRESETS.values():  # switching presets swaps the routing prefix
            if other.route_prefix and url.endswith(other.route_prefix):
                url = url.removesuffix(other.route_prefix)
        if url:
            base_url.setText(url + preset.route_prefix)

    def show_prefixes_in(self, form: QFormLayout) -> None:
        """The prefixes' rows of ``form`` shown only for Custom: a preset's prefixes are
        its own, not to be set by hand (the sign-in form and the Profiles dialog alike)."""
        _, api_prefix, header_prefix = self._fields

        def show(custom: bool) -> None:
            form.setRowVisible(api_prefix, custom)
            form.setRowVisible(header_prefix, custom)

        self.customChosen.connect(show)
        show(self.currentData() == CUSTOM)

    def follow(self, base_url: str, api_prefix: str, header_prefix: str) -> None:
        """Select the preset these settings follow (or Custom), without changing them."""
        try:
            preset = preset_of(ServerProfile(base_url, api_prefix, header_prefix))
        except ApiError:
            preset = None
        index = self.findData(preset.name if preset else CUSTOM)
        self.blockSignals(True)
        self.setCurrentIndex(index)
        self.blockSignals(False)
        _, prefix_field, header_field = self._fields
        prefix_field.setReadOnly(preset is not None)
        header_field.setEnabled(preset is None)
        self.customChosen.emit(preset is None)

"""Which language the app speaks, and loading its Qt translations.

English is the source language; Traditional Chinese (zh_TW) ships translated. The window
follows the setting (``system``, ``en`` or ``zh_TW``); ``system`` follows the desktop's
languages in order. The command line chooses the same way from ``LANGUAGE`` and then
``LC_ALL`` / ``LC_MESSAGES`` / ``LANG`` (``api/i18n.from_environment``).
"""

from __future__ import annotations

import sys

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QMessageLogContext,
    QtMsgType,
    QTranslator,
    qInstallMessageHandler,
)

from btse_gui.api.i18n import catalog, first_shipped, install_translator

#: Language code -> its name in that language (names are not translated).
LANGUAGES = {"en": "English", "zh_TW": "繁體中文"}
SYSTEM = "system"

_installed: list[QTranslator] = []
_active: list[str] = []  # the language installed last (none yet: empty)


class CatalogTranslator(QTranslator):
    """btse-gui's own words, from the same JSON catalog the command line reads (one
    compiled form of the translations, made by the build backend: ``hatch_build.py``)."""

    def __init__(self, table: dict[str, dict[str, str]], parent: QCoreApplication) -> None:
        super().__init__(parent)
        self._table = table

    def translate(
        self, context: str, source: str, _disambiguation: str | None = None, _n: int = -1
    ) -> str:
        # None (a null QString): not ours, Qt asks the next translator or keeps the source.
        # An empty string would be taken as the translation.
        return self._table.get(context, {}).get(source)  # type: ignore[return-value]

    def isEmpty(self) -> bool:
        return not self._table


#: Qt's own words that its catalog for a language lacks (qtbase_zh_TW has the file
#: dialog's labels only as Qt 5 wrote them, without their mnemonics), in its wording.
QT_GAPS = {
    "zh_TW": {
        "QFileDialog": {"&Look in:": "尋找於(&L)：", "Files of &type:": "檔案型態(&T)："},
    }
}


def active() -> str:
    """The language installed last ("en" before any)."""
    return _active[0] if _active else "en"


def resolve(setting: str) -> str:
    if setting in LANGUAGES:
        return setting
    # uiLanguages: the user's languages in order (LANGUAGE on Unix, the preferred
    # languages on Windows and macOS), so zh_TW is found after a language not shipped.
    return first_shipped(QLocale.system().uiLanguages())


def install(language: str) -> str:
    """Load ``language``'s translations into the running QCoreApplication (replacing any
    loaded before) and route the Qt-free modules' messages through them. Installing a
    translator makes Qt tell every widget to set its words again, so the language
    already active is not installed twice (the start installs it before the window)."""
    app = QCoreApplication.instance()
    assert app is not None, "create the QApplication first"
    if _active == [language] and all(t.parent() is app for t in _installed):
        return language
    _active[:] = [language]
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    if language != "en":
        table = catalog(language)
        for context, words in QT_GAPS.get(language, {}).items():
            table = {**table, context: {**words, **table.get(context, {})}}
        if table:
            ours = CatalogTranslator(table, app)
            QCoreApplication.installTranslator(ours)
            _installed.append(ours)
        qt = QTranslator(app)  # Qt's own strings: standard buttons, context menus
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{language}", qt_dir):
            QCoreApplication.installTranslator(qt)
            _installed.append(qt)
    install_translator(QCoreApplication.translate, language)
    return language


#: Notices Qt prints that say nothing a person can act on: headless platform plugins'
#: limits, the switch to C.UTF-8 when the locale is not a UTF-8 one, and a repaint that
#: arrives for a window whose native surface is already gone (closing mid-request).
_QUIET = (
    "This plugin does not support",
    "Detected locale",
    "QBackingStore::flush() called for",
)


def _qt_message(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    if not message.startswith(_QUIET):
        print(f"Qt: {message}", file=sys.stderr)


def quiet_qt_messages() -> None:
    """Route Qt's own messages through a filter (everything else still reaches stderr)."""
    qInstallMessageHandler(_qt_message)

"""Every workaround for PySide6 or PyInstaller, in one place: each module says what it
saves (measured), what upstream behaviour it depends on, and which test fails when that
behaviour changes. ``props``: the first frame without PySide's ``Qt`` namespace;
``pyside_hook``: PySide6's import hook reading bytes; ``pyinstaller``: the bundle's
``qt.conf`` check after QtCore's own import. (qasync is used as it comes.)"""

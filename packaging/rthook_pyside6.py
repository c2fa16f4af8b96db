# PyInstaller run-time hook for PySide6, in place of PyInstaller's own (pyi_rth_pyside6):
# the same environment for Qt (plugins, QML, PATH / DYLD_LIBRARY_PATH), without importing
# PySide6.QtCore. PyInstaller's hook imports it at every start of the bundle only to check
# for an embedded qt.conf, which PySide6's wheels make themselves when QtCore is imported:
# ~0.11 s before `btse-gui --version`, every command of the command line (which never
# needs Qt) and the lookups' process. The window's start runs the same check right after
# its own QtCore import (btse_gui.gui.qtcompat.pyinstaller.qt_conf). Measured: the bundle's
# `--version` took 0.26 s with PyInstaller's hook, 0.15 s with this one.
# ruff: noqa


def _rthook():
    import os
    import sys

    from _pyi_rth_utils import is_macos_app_bundle, prepend_path_to_environment_variable
    from _pyi_rth_utils import qt as qt_rth_utils

    qt_rth_utils.ensure_single_qt_bindings_package("PySide6")
    if sys.platform.startswith("win"):
        qt_path = os.path.join(sys._MEIPASS, "PySide6")
    else:
        qt_path = os.path.join(sys._MEIPASS, "PySide6", "Qt")
    os.environ["QT_PLUGIN_PATH"] = os.path.join(qt_path, "plugins")
    if is_macos_app_bundle:
        resources = os.path.normpath(
            os.path.join(sys._MEIPASS, "..", "Resources", os.path.relpath(qt_path, sys._MEIPASS))
        )
        os.environ["QML2_IMPORT_PATH"] = os.pathsep.join(
            [os.path.join(resources, "qml"), os.path.join(qt_path, "qml")]
        )
    else:
        os.environ["QML2_IMPORT_PATH"] = os.path.join(qt_path, "qml")
    if sys.platform.startswith("win"):
        prepend_path_to_environment_variable(sys._MEIPASS, "PATH")
    if sys.platform == "darwin" and not is_macos_app_bundle:
        prepend_path_to_environment_variable(sys._MEIPASS, "DYLD_LIBRARY_PATH")
    # What the window's start calls once it has imported QtCore.
    sys._btse_gui_qt_conf = lambda: qt_rth_utils.create_embedded_qt_conf("PySide6", qt_path)


_rthook()
del _rthook

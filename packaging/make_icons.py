"""Renders resources/icons/btse-gui.svg into the raster icons installers need.

    python packaging/make_icons.py build/icons

writes btse-gui-<size>.png (16 to 1024), btse-gui.ico (Windows) and btse-gui.iconset/
(macOS: `iconutil -c icns` turns it into btse-gui.icns). Uses Qt's own SVG renderer, so
it needs nothing beyond the app's dependencies.

    python packaging/make_icons.py --window

writes the window's own icon (WINDOW_SIZES) into btse_gui/gui/icons/, committed: the
app reads PNGs (Qt reads them without a plugin; the bundle leaves the SVG plugin out).
tests/test_packaging.py fails when they no longer match the SVG.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SOURCE = Path(__file__).resolve().parent.parent / "resources" / "icons" / "btse-gui.svg"
#: 16 to 512 are the freedesktop hicolor sizes the .deb installs (24 for menus and panels);
#: 1024 is for the macOS iconset and a store's listing.
SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
#: The window's icon (title bar, task bar, Alt+Tab), shipped inside the package.
WINDOW_SIZES = (16, 24, 32, 48, 64, 128, 256)
WINDOW_ICONS = SOURCE.parent.parent.parent / "btse_gui" / "gui" / "icons"
#: The names iconutil accepts: these sizes at 1x and 2x, nothing else.
ICONSET = (16, 32, 128, 256, 512)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image


def window_icon(size: int) -> QImage:
    _app = QGuiApplication.instance() or QGuiApplication([])
    return render(QSvgRenderer(str(SOURCE)), size)


def main(out: Path) -> int:
    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"make_icons: cannot read {SOURCE}", file=sys.stderr)
        return 1
    if out == WINDOW_ICONS:
        out.mkdir(exist_ok=True)
        for size in WINDOW_SIZES:
            render(renderer, size).save(str(out / f"btse-gui-{size}.png"))
        print(f"make_icons: wrote the window's icons to {out}")
        return 0
    iconset = out / "btse-gui.iconset"
    iconset.mkdir(parents=True, exist_ok=True)
    for size in SIZES:
        if not render(renderer, size).save(str(out / f"btse-gui-{size}.png")):
            print(f"make_icons: cannot write {size} px PNG", file=sys.stderr)
            return 1
    for size in ICONSET:
        render(renderer, size).save(str(iconset / f"icon_{size}x{size}.png"))
        render(renderer, size * 2).save(str(iconset / f"icon_{size}x{size}@2x.png"))
    if not render(renderer, 256).save(str(out / "btse-gui.ico"), "ICO"):
        print("make_icons: cannot write the .ico (Qt's ico plugin missing?)", file=sys.stderr)
        return 1
    print(f"make_icons: wrote icons to {out}")
    return 0


if __name__ == "__main__":
    where = sys.argv[1] if len(sys.argv) > 1 else "build/icons"
    sys.exit(main(WINDOW_ICONS if where == "--window" else Path(where)))

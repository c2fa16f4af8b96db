#!/bin/sh
# Builds build/btse-gui_<version>_<arch>.deb from the PyInstaller bundle in
# build/dist/btse-gui: the app under /opt/btse-gui, a btse-gui command, a .desktop entry
# and an SVG icon. Depends is worked out by dpkg-shlibdeps from the bundle's ELF files,
# for the system libraries the bundle does not carry. Offline; nothing is downloaded.
set -eu
cd "$(dirname "$0")/../.."
PYTHON=${PYTHON:-.venv/bin/python}
bundle=build/dist/btse-gui
[ -x "$bundle/btse-gui" ] || { echo "build-deb: no bundle; run make package" >&2; exit 1; }
version=$("$PYTHON" -c 'from importlib.metadata import version; print(version("btse-gui"))')
arch=$(dpkg --print-architecture)
root=build/deb/root
rm -rf build/deb
mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" \
    "$root/usr/share/icons/hicolor/scalable/apps"
cp -a "$bundle" "$root/opt/btse-gui"
ln -s /opt/btse-gui/btse-gui "$root/usr/bin/btse-gui"
install -m 644 resources/btse-gui.desktop "$root/usr/share/applications/btse-gui.desktop"
install -m 644 resources/icons/btse-gui.svg "$root/usr/share/icons/hicolor/scalable/apps/btse-gui.svg"

# Depends: what the bundle's binaries need from the system.
work=build/deb/shlibs
mkdir -p "$work/debian"
printf 'Source: btse-gui\n\nPackage: btse-gui\nArchitecture: any\n' > "$work/debian/control"
elfs=$(find "$root/opt/btse-gui" -type f \( -name '*.so*' -o -name btse-gui \) -exec sh -c \
    'head -c 4 "$1" | grep -q "ELF" && echo "$(realpath "$1")"' sh {} \;)
libdirs=$(find "$(realpath "$root/opt/btse-gui")" -type d | sed 's/^/-l/' | tr '\n' ' ')
# shellcheck disable=SC2086
depends=$(cd "$work" && dpkg-shlibdeps -O --ignore-missing-info $libdirs -e $elfs 2>/dev/null \
    | sed -n 's/^shlibs:Depends=//p')
[ -n "$depends" ] || { echo "build-deb: dpkg-shlibdeps found no dependencies" >&2; exit 1; }
installed=$(du -sk "$root/opt" | cut -f1)
cat > "$root/DEBIAN/control" <<CONTROL
Package: btse-gui
Version: $version
Architecture: $arch
Maintainer: btse-gui developers <maintainers@btse-gui.invalid>
Installed-Size: $installed
Depends: $depends
Recommends: gnome-keyring | kwalletmanager
Section: utils
Priority: optional
Description: desktop viewer for a BTSE account
 Sign in with an API key and secret to see the account's profile, its
 KYC-derived permissions and its VIP status. Includes the btse-gui
 command line for looking accounts up.
CONTROL
out="build/btse-gui_${version}_${arch}.deb"
dpkg-deb --root-owner-group -Zxz -z9 --build "$root" "$out" >/dev/null
echo "$out"

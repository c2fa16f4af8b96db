#!/bin/sh
# Builds OUT/btse-gui_<version>_<arch>.deb (OUT defaults to build) from the PyInstaller
# bundle in OUT/dist/btse-gui: the app under /opt/btse-gui (its licence notices in
# /opt/btse-gui/LICENSES, put there by the spec), a btse-gui command, and what desktops
# and distributions expect, under the application id io.github.btse_gui.btse_gui: the
# .desktop entry, the AppStream metainfo (its releases from CHANGELOG.md), hicolor icons
# (PNG 16 to 512 and the SVG), the man page and bash and zsh completions (from the
# command line's parser), and in /usr/share/doc/btse-gui the copyright, the changelog
# (CHANGELOG.md as a Debian changelog) and the SBOM (sbom.txt, sbom.json). Depends is worked out by dpkg-shlibdeps from the
# bundle's ELF files, for the system libraries the bundle does not carry. Offline;
# nothing is downloaded. Byte for byte reproducible: sorted members, root owner, modes
# from the x bit alone (shared libraries 0644), every mtime SOURCE_DATE_EPOCH, gzip -n,
# single-threaded xz.
set -eu
cd "$(dirname "$0")/../.."
PYTHON=${PYTHON:-.venv-build/bin/python}
out=${1:-build}
bundle=$out/dist/btse-gui
sbom=$out/dist/btse-gui.sbom.json
[ -x "$bundle/btse-gui" ] || { echo "build-deb: no bundle in $bundle; run make package" >&2; exit 1; }
[ -f "$sbom" ] || { echo "build-deb: no $sbom (written by packaging/btse-gui.spec)" >&2; exit 1; }
SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || stat -c %Y pyproject.toml)}
export SOURCE_DATE_EPOCH
export LC_ALL=C
umask 022
version=$("$PYTHON" -c 'from importlib.metadata import version; print(version("btse-gui"))')
arch=$(dpkg --print-architecture)
app_id=io.github.btse_gui.btse_gui
maintainer="btse-gui developers <maintainers@btse-gui.invalid>"
root=$out/deb/root
share=$root/usr/share
doc=$share/doc/btse-gui
rm -rf "$out/deb"
mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$share/applications" "$share/metainfo" \
    "$share/icons/hicolor/scalable/apps" "$share/man/man1" "$share/bash-completion/completions" \
    "$share/zsh/vendor-completions" "$doc"
[ -f "$bundle/LICENSES/THIRD-PARTY-NOTICES.txt" ] \
    || { echo "build-deb: no LICENSES/ in $bundle (written by packaging/btse-gui.spec)" >&2; exit 1; }
cp -a "$bundle" "$root/opt/btse-gui"
ln -s /opt/btse-gui/btse-gui "$root/usr/bin/btse-gui"

# Generated with the build venv into OUT/deb/meta: the metainfo from its template and
# CHANGELOG.md, the Debian changelog from CHANGELOG.md, the PNG icons from the SVG, the man
# page and completions from the parser.
meta=$out/deb/meta
"$PYTHON" packaging/linux/changelog.py metainfo "$meta/$app_id.metainfo.xml"
"$PYTHON" packaging/linux/changelog.py debian "$meta/changelog" --maintainer "$maintainer"
LC_ALL=C.UTF-8 "$PYTHON" packaging/make_icons.py "$meta/icons" > /dev/null
"$PYTHON" packaging/linux/cli_docs.py "$meta/cli" > /dev/null

install -m 644 "resources/$app_id.desktop" "$share/applications/$app_id.desktop"
install -m 644 "$meta/$app_id.metainfo.xml" "$share/metainfo/$app_id.metainfo.xml"
install -m 644 resources/icons/btse-gui.svg "$share/icons/hicolor/scalable/apps/$app_id.svg"
for size in 16 24 32 48 64 128 256 512; do
    mkdir -p "$share/icons/hicolor/${size}x$size/apps"
    install -m 644 "$meta/icons/btse-gui-$size.png" "$share/icons/hicolor/${size}x$size/apps/$app_id.png"
done
gzip -9n < "$meta/cli/btse-gui.1" > "$share/man/man1/btse-gui.1.gz"
install -m 644 "$meta/cli/btse-gui.bash" "$share/bash-completion/completions/btse-gui"
install -m 644 "$meta/cli/_btse-gui" "$share/zsh/vendor-completions/_btse-gui"
install -m 644 packaging/linux/copyright "$doc/copyright"
gzip -9n < "$meta/changelog" > "$doc/changelog.gz"
install -m 644 "$sbom" "$doc/sbom.json"
"$PYTHON" packaging/sbom.py render "$sbom" > "$doc/sbom.txt"

# Depends: what the bundle's binaries need from the system.
work=$out/deb/shlibs
mkdir -p "$work/debian"
printf 'Source: btse-gui\n\nPackage: btse-gui\nArchitecture: any\n' > "$work/debian/control"
elfs=$(find "$root/opt/btse-gui" -type f \( -name '*.so*' -o -name btse-gui \) -exec sh -c \
    'head -c 4 "$1" | grep -q "ELF" && echo "$(realpath "$1")"' sh {} \; | sort)
libdirs=$(find "$(realpath "$root/opt/btse-gui")" -type d | sort | sed 's/^/-l/' | tr '\n' ' ')
# shellcheck disable=SC2086
depends=$(cd "$work" && dpkg-shlibdeps -O --ignore-missing-info $libdirs -e $elfs 2>/dev/null \
    | sed -n 's/^shlibs:Depends=//p')
[ -n "$depends" ] || { echo "build-deb: dpkg-shlibdeps found no dependencies" >&2; exit 1; }

# Modes from the x bit alone (the build's umask and the wheels' modes do not leak).
find "$root" -type d -exec chmod 0755 {} +
find "$root" -type f -perm /111 -exec chmod 0755 {} +
find "$root" -type f ! -perm /111 -exec chmod 0644 {} +
# Shared libraries (Qt's, libpython, the extension modules) are mapped, not executed: 0644,
# as Debian ships them (lintian: shared-library-is-executable). package-test runs the app
# with these modes.
find "$root/opt/btse-gui" -type f \( -name '*.so' -o -name '*.so.*' \) -exec chmod 0644 {} +
# Installed-Size as dpkg-gencontrol counts it (KiB per file, rounded up; 1 per directory
# or link): the sum of sizes, not du's blocks, which depend on the file system.
installed=$(find "$root" -path "$root/DEBIAN" -prune -o ! -path "$root" -printf '%y %s\n' \
    | awk '{ n += ($1 == "f") ? int(($2 + 1023) / 1024) : 1 } END { print n }')
cat > "$root/DEBIAN/control" <<CONTROL
Package: btse-gui
Version: $version
Architecture: $arch
Maintainer: $maintainer
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
(cd "$root" && find . -path ./DEBIAN -prune -o -type f -printf '%P\n' | sort \
    | xargs -d '\n' md5sum) > "$root/DEBIAN/md5sums"
chmod 0644 "$root/DEBIAN/control" "$root/DEBIAN/md5sums"
find "$root" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +

deb="$out/btse-gui_${version}_${arch}.deb"
# dpkg-deb sorts the members and takes the ar timestamps from SOURCE_DATE_EPOCH;
# one xz thread, so the compressed bytes do not depend on the number of CPUs.
dpkg-deb --root-owner-group -Zxz -z9 --threads-max=1 --build "$root" "$deb" >/dev/null
echo "$deb"

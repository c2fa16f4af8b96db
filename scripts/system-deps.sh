#!/bin/sh
# Installs the Debian/Ubuntu packages that btse-gui's tests and window need, only those
# missing: a D-Bus session bus and gnome-keyring (the real Secret Service the tests use),
# Xvfb (screenshots, and the window a screen reader's test reads), the AT-SPI bus and
# Debian's Python bindings for it (at-spi2-core, python3-pyatspi: /usr/bin/python3 reads
# the window as a Linux screen reader does, tests/test_screen_reader.py), and the
# X11/EGL/font libraries Qt's platform plugins load; for the .deb's checks: lintian,
# appstreamcli (appstream), desktop-file-validate, man and groff (man-db, groff-base) to
# render the man page, and ca-certificates.
set -eu
PACKAGES="dbus gnome-keyring xvfb xauth libegl1 libgl1 libfontconfig1 libdbus-1-3 \
libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 \
libxcb-shape0 libxcb-render-util0 libxcb-image0 libxcb-randr0 libxcb-xinerama0 \
fonts-dejavu-core fonts-wqy-microhei openssl dpkg-dev desktop-file-utils binutils nsis \
lintian appstream ca-certificates man-db groff-base at-spi2-core python3-pyatspi"

if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "system-deps: not a Debian-based system; install D-Bus, gnome-keyring and Qt's" \
         "X11 libraries with your package manager." >&2
    exit 0
fi
missing=""
for p in $PACKAGES; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "system-deps: installing$missing"
if [ "$(id -u)" -eq 0 ]; then SUDO=""; elif command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "system-deps: run as root, or install:$missing" >&2
    exit 1
fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null

#!/bin/sh
# Wraps build/dist/btse-gui.app (from `pyinstaller packaging/btse-gui.spec` on macOS)
# into build/btse-gui-<version>.dmg with an Applications link to drag it onto.
# Runs on macOS only (hdiutil); .github/workflows/desktop-installers.yml calls it.
set -eu
cd "$(dirname "$0")/../.."
app=build/dist/btse-gui.app
[ -d "$app" ] || { echo "make-dmg: no $app; build the bundle first" >&2; exit 1; }
version=$(/usr/libexec/PlistBuddy -c "Print :CFBundleShortVersionString" "$app/Contents/Info.plist")
stage=build/dmg
rm -rf "$stage"
mkdir -p "$stage"
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
hdiutil create -volname "btse-gui $version" -srcfolder "$stage" -ov -format UDZO \
    "build/btse-gui-$version.dmg"
echo "build/btse-gui-$version.dmg"

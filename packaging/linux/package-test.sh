#!/bin/sh
# Tests the built .deb without installing it: unpacks it into a temporary root, checks
# what desktops and distributions read (the .desktop entry, the AppStream metainfo, the
# icons, the man page, the completions, the changelog, the licence notices) and lintian's
# verdict against packaging/linux/lintian-expected.txt, and runs the frozen binary — a
# lookup, the window (offscreen), and the keychain it chose under a real D-Bus session
# with gnome-keyring. Prints the sizes and start-up times.
set -eu
cd "$(dirname "$0")/../.."
PYTHON=${PYTHON:-.venv/bin/python}
deb=$(ls -t build/btse-gui_*.deb 2>/dev/null | head -1)
[ -n "$deb" ] || { echo "package-test: no .deb in build/; run make package" >&2; exit 1; }
root=$(mktemp -d "${TMPDIR:-/tmp}/btse-gui-deb.XXXXXX")
trap 'rm -rf "$root"' EXIT INT TERM
dpkg-deb -x "$deb" "$root"
app="$root/opt/btse-gui/btse-gui"
fail() { echo "package-test: FAIL: $*" >&2; exit 1; }

app_id=io.github.btse_gui.btse_gui
share="$root/usr/share"
[ "$(readlink "$root/usr/bin/btse-gui")" = /opt/btse-gui/btse-gui ] || fail "no /usr/bin/btse-gui link"

# The desktop entry, under the application id, with the accounts overview as an action.
desktop="$share/applications/$app_id.desktop"
[ -f "$desktop" ] || fail "no .desktop entry $app_id.desktop"
sh packaging/linux/validate-desktop.sh "$desktop" || fail "invalid .desktop entry"
grep -qx "Icon=$app_id" "$desktop" || fail "the .desktop entry's Icon is not $app_id"
grep -qx "Exec=btse-gui --overview" "$desktop" || fail "the .desktop entry has no overview action"
echo "package-test: $app_id.desktop is valid"

# The icons: the SVG and a PNG at every hicolor size, each of its size.
[ -f "$share/icons/hicolor/scalable/apps/$app_id.svg" ] || fail "no scalable icon"
for size in 16 24 32 48 64 128 256 512; do
    png="$share/icons/hicolor/${size}x$size/apps/$app_id.png"
    file -b "$png" 2>/dev/null | grep -q "PNG image data, $size x $size," \
        || fail "no ${size}x$size PNG icon ($png: $(file -b "$png" 2>&1))"
done
# The window's own icon, inside the bundle where the app looks for it.
for size in 16 32 256; do
    [ -n "$(find "$root/opt/btse-gui" -path "*/btse_gui/gui/icons/btse-gui-$size.png")" ] \
        || fail "no window icon btse-gui-$size.png in the bundle"
done
echo "package-test: icons: scalable and 16 to 512 px, and the window's in the bundle"

# The AppStream metainfo: valid offline, naming the desktop entry, its newest release the
# version being packaged (from CHANGELOG.md).
metainfo="$share/metainfo/$app_id.metainfo.xml"
[ -f "$metainfo" ] || fail "no metainfo $app_id.metainfo.xml"
appstreamcli validate --no-net "$metainfo" > "$root/appstream.txt" 2>&1 \
    || { cat "$root/appstream.txt" >&2; fail "appstreamcli validate: the metainfo has errors or warnings"; }
grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" \
    || fail "the metainfo does not launch $app_id.desktop"
echo "package-test: metainfo: $(tail -1 "$root/appstream.txt")"

# The man page renders without a warning from groff; the completions are there and
# bash's completes a command.
manpage="$share/man/man1/btse-gui.1.gz"
[ -f "$manpage" ] || fail "no man page"
LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l "$manpage" > "$root/man.txt" 2> "$root/man.err" \
    || fail "man -l btse-gui.1.gz failed: $(cat "$root/man.err")"
[ ! -s "$root/man.err" ] || fail "the man page renders with warnings: $(cat "$root/man.err")"
grep -q "btse-gui lookup" "$root/man.txt" && grep -q "btse-gui profiles" "$root/man.txt" \
    || fail "the man page does not describe lookup and profiles"
echo "package-test: man page: $(grep -c '' "$root/man.txt") lines"
bash_completion="$share/bash-completion/completions/btse-gui"
zsh_completion="$share/zsh/vendor-completions/_btse-gui"
[ -f "$bash_completion" ] || fail "no bash completion"
[ "$(head -1 "$zsh_completion" 2>/dev/null)" = "#compdef btse-gui" ] || fail "no zsh completion"
completed=$(bash -c '. "$1"; COMP_WORDS=(btse-gui profiles re); COMP_CWORD=2; _shtab_btse_gui; echo "${COMPREPLY[*]}"' \
    sh "$bash_completion") || fail "the bash completion does not load"
[ "$completed" = "remove rename" ] || fail "bash completes 'btse-gui profiles re' as '$completed'"
echo "package-test: completions: bash (btse-gui profiles re -> $completed), zsh"

# Nothing in the package points at the build machine: no RUNPATH leaves the bundle, and
# no file but the bundled Python's own libraries names the build Python or the source
# tree (packaging/linux/build_paths.py says why those keep their bytes).
"$PYTHON" packaging/linux/build_paths.py --check "$root/opt/btse-gui" \
    || fail "the package points at the build machine"
"$PYTHON" packaging/linux/build_paths.py --check "$root/usr" \
    || fail "the package points at the build machine"
echo "package-test: nothing points at the build machine"

# The doc folder: the copyright and the SBOM, whose versions must be the lock file's.
doc="$root/usr/share/doc/btse-gui"
grep -q "^License: MIT" "$doc/copyright" 2>/dev/null || fail "no copyright in /usr/share/doc/btse-gui"
[ -s "$doc/sbom.txt" ] || fail "no sbom.txt in /usr/share/doc/btse-gui"
lock=packaging/build-requirements.txt
for dist in PySide6-Essentials httpx keyring shiboken6; do
    pinned=$(grep -i "^$dist==" "$lock" | sed 's/^[^=]*==\([^ ]*\).*/\1/')
    [ -n "$pinned" ] || fail "$dist is not pinned in $lock"
    grep -qE "^  $dist +$pinned +[^ ]" "$doc/sbom.txt" \
        || fail "sbom.txt does not list $dist $pinned with a licence"
    echo "package-test: sbom.txt lists $(grep -E "^  $dist " "$doc/sbom.txt" | tr -s ' ' | sed 's/^ //')"
done
qt=$(grep -i "^pyside6-essentials==" "$lock" | sed 's/^[^=]*==\([^ ]*\).*/\1/')
grep -qE "^Qt 6\.[0-9.]+ \(ships in PySide6-Essentials $qt\), LGPL-3\.0-only:" "$doc/sbom.txt" \
    || fail "sbom.txt does not list Qt (from PySide6-Essentials $qt) under the LGPL-3.0-only"
grep -q "^  libraries: .*libQt6Core.so.6" "$doc/sbom.txt" || fail "sbom.txt lists no Qt libraries"
"$PYTHON" -c 'import json, sys; json.load(open(sys.argv[1]))' "$doc/sbom.json" || fail "sbom.json is not JSON"
echo "package-test: $(grep "^Qt " "$doc/sbom.txt")"
# The changelog: CHANGELOG.md as a Debian changelog, every version in it, newest first.
zcat "$doc/changelog.gz" > "$root/changelog" 2>/dev/null || fail "no changelog.gz in /usr/share/doc/btse-gui"
versions=$(dpkg-parsechangelog -l "$root/changelog" --format rfc822 --all 2>/dev/null \
    | sed -n 's/^Version: //p' | tr '\n' ' ')
[ "$versions" = "$(sed -n 's/^## \([^ ]*\) — .*/\1/p' CHANGELOG.md | tr '\n' ' ')" ] \
    || fail "changelog.gz (a Debian changelog?) has versions '$versions', CHANGELOG.md others"
[ "${versions%% *}" = "$(dpkg-deb -f "$deb" Version)" ] || fail "changelog.gz's newest version is not the package's"
echo "package-test: changelog.gz: versions $versions"

# The licence notices in the bundle itself: btse-gui's licence, the notices naming Qt under
# the LGPL with where its source is, the GNU texts, and the texts the distributions ship.
licenses="$root/opt/btse-gui/LICENSES"
cmp -s "$licenses/LICENSE" LICENSE || fail "no LICENSES/LICENSE in the bundle"
notices="$licenses/THIRD-PARTY-NOTICES.txt"
grep -qE "^Qt 6\.[0-9.]+ and Qt for Python \(PySide6-Essentials $qt" "$notices" 2>/dev/null \
    || fail "THIRD-PARTY-NOTICES.txt does not name Qt and PySide6-Essentials $qt"
grep -q "Licence: LGPL-3.0-only" "$notices" || fail "THIRD-PARTY-NOTICES.txt does not give Qt's licence"
grep -q "https://download.qt.io/official_releases/QtForPython/" "$notices" \
    && grep -q "https://code.qt.io/cgit/pyside/pyside-setup.git/ (tag v$qt)" "$notices" \
    || fail "THIRD-PARTY-NOTICES.txt does not say where Qt for Python's source is"
grep -q "GNU LESSER GENERAL PUBLIC LICENSE" "$licenses/LGPL-3.0-only.txt" 2>/dev/null \
    && grep -q "GNU GENERAL PUBLIC LICENSE" "$licenses/GPL-3.0-only.txt" 2>/dev/null \
    || fail "no LGPL-3.0 and GPL-3.0 texts in LICENSES/"
for text in httpx/LICENSE.md keyring/LICENSE Python/LICENSE.txt pyinstaller/COPYING.txt; do
    [ -s "$licenses/$text" ] || fail "no LICENSES/$text in the bundle"
done
echo "package-test: LICENSES: $(find "$licenses" -type f | wc -l) files, Qt $qt under the LGPL-3.0-only with its source"

# lintian: every tag it gives must be one packaging/linux/lintian-expected.txt lists (each
# with why), and every tag listed must still be given (the list stays true).
expected=packaging/linux/lintian-expected.txt
lintian --tag-display-limit 0 --display-info --fail-on none "$deb" > "$root/lintian.txt" 2> "$root/lintian.err" \
    || fail "lintian failed: $(cat "$root/lintian.err")"
sed -n 's/^[EWIPX]: btse-gui[^:]*: \([^ ]*\).*/\1/p' "$root/lintian.txt" | sort -u > "$root/lintian.tags"
sed -e 's/#.*//' -e '/^[[:space:]]*$/d' -e 's/^\([^ ]*\) .*/\1/' "$expected" | sort -u > "$root/lintian.expected"
unexpected=$(comm -23 "$root/lintian.tags" "$root/lintian.expected")
if [ -n "$unexpected" ]; then
    for tag in $unexpected; do grep -E "^.: btse-gui[^:]*: $tag( |$)" "$root/lintian.txt" | head -3 >&2; done
    fail "lintian tags not in $expected: $(echo $unexpected)"
fi
stale=$(comm -13 "$root/lintian.tags" "$root/lintian.expected")
[ -z "$stale" ] || fail "$expected lists tags lintian no longer gives: $(echo $stale)"
echo "package-test: lintian: $(grep -c .. "$root/lintian.txt") hints, every tag expected: $(tr '\n' ' ' < "$root/lintian.tags")"

version=$("$app" --version)
echo "package-test: $version"
[ "$version" = "btse-gui $("$PYTHON" -c 'from importlib.metadata import version; print(version("btse-gui"))')" ] \
    || fail "frozen version '$version' differs from the package metadata"

# The command line never loads Qt, frozen too (PyInstaller's own PySide6 run-time hook
# would: packaging/rthook_pyside6.py stands in for it).
LD_DEBUG=files "$app" --version 2> "$root/version.ld" > /dev/null
! grep -q "libQt6Core" "$root/version.ld" || fail "the frozen --version loads Qt"
"$app" lookup --demo kyc3 --json > "$root/lookup.json"
"$PYTHON" - "$root/lookup.json" <<'PY' || fail "lookup --demo kyc3 --json"
import json, sys
doc = json.load(open(sys.argv[1]))
assert doc["schema_version"] == 1, doc
(row,) = doc["accounts"]
account = row["account"]
assert row["ok"] and account["profile"]["kycLevel"] == 3, doc
assert account["vip"]["spread"] == 0.1, doc
assert all(p["allowed"] for p in account["permissions"].values()), doc
print("package-test: lookup --demo kyc3 --json: ok")
PY

# A company's root certificate in the system store is trusted by the frozen app too.
trust=$("$PYTHON" -m tests.trust_store "$app" 2>&1) \
    || fail "the frozen app does not use the OS trust store: $trust"
echo "package-test: OS trust store: $trust"

QT_QPA_PLATFORM=offscreen "$app" --demo kyc3 --quit-after-load > "$root/load.json" 2> "$root/load.err" \
    || fail "--quit-after-load exited $? ($(cat "$root/load.err"))"
[ ! -s "$root/load.err" ] || fail "--quit-after-load wrote to stderr: $(cat "$root/load.err")"
echo "package-test: window loaded offscreen: $(tail -1 "$root/load.json")"

out=$(sh scripts/with-keyring.sh "$app" keychain --self-test 2>/dev/null) || fail "keychain self-test: $out"
echo "$out" | sed 's/^/package-test: /'
echo "$out" | grep -q "keyring.backends.SecretService.Keyring" \
    || fail "the frozen app did not choose the Secret Service backend"

bundle_mb=$(du -sm build/dist/btse-gui | cut -f1)
deb_mb=$("$PYTHON" -c "import os,sys; print(round(os.path.getsize(sys.argv[1]) / 1e6, 1))" "$deb")
echo "package-test: sizes: bundle ${bundle_mb} MB (target 90), .deb ${deb_mb} MB (target 35)"

# Start-up: frozen vs. the same code unfrozen, alternated, median of 3 each.
"$PYTHON" - "$app" <<'PY'
import json, os, statistics, subprocess, sys
env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
runs = {"frozen": [sys.argv[1]], "unfrozen": [sys.executable, "-m", "btse_gui"]}
seen = {name: [] for name in runs}
for _ in range(3):
    for name, cmd in runs.items():
        out = subprocess.run(cmd + ["--demo", "kyc3", "--quit-after-load"], env=env,
                             capture_output=True, text=True, check=True).stdout
        seen[name].append(json.loads(out.strip().splitlines()[-1]))
for name, reports in seen.items():
    paint = statistics.median(r["first_paint_s"] for r in reports)
    shown = statistics.median(r["data_shown_s"] for r in reports)
    rss = statistics.median(r["peak_rss_mb"] for r in reports)
    print(f"package-test: {name:8} first paint {paint:.3f} s, data shown {shown:.3f} s, "
          f"peak RSS {rss:.0f} MB (median of 3)")
PY
echo "package-test: all checks passed"

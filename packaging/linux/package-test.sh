#!/bin/sh
# Tests the built .deb without installing it: unpacks it into a temporary root and runs
# the frozen binary — a lookup, the window (offscreen), and the keychain it chose under a
# real D-Bus session with gnome-keyring. Prints the sizes and start-up times.
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

[ "$(readlink "$root/usr/bin/btse-gui")" = /opt/btse-gui/btse-gui ] || fail "no /usr/bin/btse-gui link"
[ -f "$root/usr/share/applications/btse-gui.desktop" ] || fail "no .desktop entry"
[ -f "$root/usr/share/icons/hicolor/scalable/apps/btse-gui.svg" ] || fail "no icon"
desktop-file-validate "$root/usr/share/applications/btse-gui.desktop" || fail "invalid .desktop entry"

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

#!/bin/sh
# The reproducible build: the frozen bundle and the .deb, into OUT (default build):
# OUT/dist/btse-gui (PyInstaller onedir), OUT/dist/btse-gui.sbom.json and
# OUT/btse-gui_<version>_<arch>.deb. `make package` runs it with OUT=build after
# installing the build venv from the lock file; `make package-repro` runs it again
# elsewhere and compares the two .debs.
#
# Inputs: the source tree, the build venv (packaging/build-requirements.txt, hashes
# checked), this machine's Python and the Debian packages dpkg-shlibdeps reads. The
# clock, the build folder and the shell's umask and locale do not reach the output;
# the folder this Python is installed in only as bytes of its own libraries (see
# packaging/linux/build_paths.py).
set -eu
cd "$(dirname "$0")/../.."
out=${1:-build}
venv=${BUILD_VENV:-.venv-build}
[ -x "$venv/bin/pyinstaller" ] || { echo "build: no $venv; run make package" >&2; exit 1; }

# Every timestamp in the package is the last commit's, not the build's.
SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || stat -c %Y pyproject.toml)}
export SOURCE_DATE_EPOCH
export PYTHONHASHSEED=0 TZ=UTC LC_ALL=C.UTF-8
umask 022
export BTSE_GUI_LOCK="$PWD/packaging/build-requirements.txt"  # named (with its hash) in the SBOM
echo "build: $out, SOURCE_DATE_EPOCH=$SOURCE_DATE_EPOCH ($(date -u -d "@$SOURCE_DATE_EPOCH" '+%Y-%m-%d %H:%M UTC'))"

rm -rf "$out/dist" "$out/work" "$out/translations" "$out/deb"
mkdir -p "$out/translations"
# The translations' catalogs (one per language, read by the window and the command line),
# compiled from the committed .ts sources into the build's own folder.
BTSE_GUI_CATALOG_DIR=$(realpath "$out/translations")
export BTSE_GUI_CATALOG_DIR
for ts in resources/translations/*.ts; do
    "$venv/bin/python" scripts/ts_to_json.py "$ts" "$BTSE_GUI_CATALOG_DIR/$(basename "$ts" .ts).json"
done

"$venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath "$out/dist" --workpath "$out/work" packaging/btse-gui.spec
# The bundled Python's RUNPATHs to the build machine's folders out of the bundle
# (PyInstaller already strips paths from the Python modules).
"$venv/bin/python" packaging/linux/build_paths.py "$out/dist/btse-gui"
PYTHON="$venv/bin/python" sh packaging/linux/build-deb.sh "$out"

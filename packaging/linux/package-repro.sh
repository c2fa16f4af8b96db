#!/bin/sh
# Checks that the .deb is reproducible: builds the package again with
# packaging/linux/build.sh from a copy of the source tree in another folder, into
# another output folder, and compares the new .deb with the one `make package` left in
# build/. Prints both sha256; fails with the first differing member when they differ.
set -eu
cd "$(dirname "$0")/../.."
here=$PWD
venv=${BUILD_VENV:-.venv-build}
first=$(ls -t build/btse-gui_*.deb 2>/dev/null | head -1)
[ -n "$first" ] || { echo "package-repro: no .deb in build/; run make package" >&2; exit 1; }
# The copy: tracked and new files (as the first build saw them), nothing ignored. A
# different source folder and output folder show any build path that leaks.
work=$(mktemp -d "${TMPDIR:-/tmp}/btse-gui-repro.XXXXXX")
# Kept when the check fails, to look at both builds.
trap 'status=$?; if [ "$status" -eq 0 ]; then rm -rf "$work"; else echo "package-repro: kept $work" >&2; fi' EXIT
trap 'exit 1' INT TERM
mkdir "$work/src"
git ls-files -z --cached --others --exclude-standard | xargs -0 sh -c \
    'for f; do if [ -e "$f" ] || [ -L "$f" ]; then cp -P --parents "$f" "$0"; fi; done' "$work/src"
SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || stat -c %Y pyproject.toml)}
export SOURCE_DATE_EPOCH
started=$(date +%s)
echo "package-repro: rebuilding in $work"
BUILD_VENV="$here/$venv" sh "$work/src/packaging/linux/build.sh" "$work/out" > "$work/build.log" 2>&1 \
    || { tail -40 "$work/build.log" >&2; echo "package-repro: FAIL: the second build failed" >&2; exit 1; }
second="$work/out/$(basename "$first")"
[ -f "$second" ] || { echo "package-repro: FAIL: the second build made no $(basename "$first")" >&2; exit 1; }
echo "package-repro: second build took $(( $(date +%s) - started )) s"
"$venv/bin/python" packaging/linux/compare_debs.py "$first" "$second" \
    || { echo "package-repro: FAIL: two builds of the same inputs differ" >&2; exit 1; }
echo "package-repro: reproducible"

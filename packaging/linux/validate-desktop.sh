#!/bin/sh
# desktop-file-validate FILE, aware of one gap in older validators: SingleMainWindow is a
# standard key since the Desktop Entry Specification 1.5, but desktop-file-utils knows it
# only from 0.27 on; Debian 12's 0.26 calls it an unknown key (an error). With a validator
# older than 0.27 that one message is dropped, and said; every other error still fails.
set -eu
file=$1
status=0
out=$(desktop-file-validate "$file" 2>&1) || status=$?
version=$(dpkg-query -W -f='${Version}' desktop-file-utils 2>/dev/null || echo unknown)
known='file contains key "SingleMainWindow" in group "Desktop Entry", but keys extending the format should start with "X-"'
if [ "$version" != unknown ] && dpkg --compare-versions "$version" lt 0.27 \
    && printf '%s\n' "$out" | grep -qF "$known"; then
    echo "validate-desktop: desktop-file-utils $version predates SingleMainWindow (0.27); ignoring its complaint about that key"
    out=$(printf '%s\n' "$out" | grep -vF "$known" || true)
    status=0
    ! printf '%s\n' "$out" | grep -q ': error: ' || status=1
fi
[ -z "$out" ] || printf '%s\n' "$out"
exit "$status"

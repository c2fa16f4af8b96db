#!/bin/sh
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring, with HOME
# and the XDG directories in a throwaway folder: tests use a real Secret Service and
# never touch the user's own keyring, settings or files.
set -eu
root=$(mktemp -d "${TMPDIR:-/tmp}/btse-gui-test.XXXXXX")
trap 'rm -rf "$root"' EXIT INT TERM
mkdir -p "$root/home" "$root/data" "$root/config" "$root/cache" "$root/state" "$root/run"
chmod 700 "$root/run"
export BTSE_GUI_TEST_ROOT="$root" HOME="$root/home" XDG_DATA_HOME="$root/data" \
    XDG_CONFIG_HOME="$root/config" XDG_CACHE_HOME="$root/cache" \
    XDG_STATE_HOME="$root/state" XDG_RUNTIME_DIR="$root/run"
set +e
dbus-run-session -- sh -c '
    printf %s "btse-gui-test-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"' sh "$@"
status=$?
exit $status

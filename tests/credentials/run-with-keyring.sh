#!/bin/bash
# Runs a command inside a private D-Bus session with a throwaway, unlocked GNOME keyring, so that
# keychain tests use the real Secret Service without touching the user's own keyring.
#   run-with-keyring.sh COMMAND [ARGS...]
set -euo pipefail

if [[ -z "${PRC_KEYRING_SESSION:-}" ]]; then
    scratch=$(mktemp -d)
    trap 'rm -rf "$scratch"' EXIT
    mkdir -p "$scratch/home" "$scratch/data" "$scratch/config" "$scratch/runtime"
    chmod 700 "$scratch/runtime"
    status=0
    HOME="$scratch/home" XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" \
        XDG_RUNTIME_DIR="$scratch/runtime" PRC_KEYRING_SESSION=1 \
        dbus-run-session -- "$0" "$@" || status=$?
    exit "$status"
fi

# gnome-keyring-daemon reads the login password from standard input: one empty line creates and
# unlocks a login keyring with an empty password (empty input would leave it locked).
echo '' | gnome-keyring-daemon --unlock --components=secrets >/dev/null
exec "$@"

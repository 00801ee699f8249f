#!/usr/bin/env bash
# Installs what is missing, builds the console and the CLI, and opens the console on the demo workspace.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh paletteai-registry-console paletteai-registry
console=${BUILD_DIR:-build}/app/console/paletteai-registry-console
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display is available. Start the console under a virtual X server instead:" >&2
    echo "    xvfb-run -a $console --demo" >&2
    echo "or, to look at it, take a screenshot with scripts/screenshots.sh." >&2
    exit 1
fi
exec "$console" --demo "$@"

#!/usr/bin/env bash
# Measures the topology designer on a generated fleet (default 500 spokes): the time to open it (read the
# topology file, build the model, lay out the canvas, validate) and the longest time the event loop stays
# blocked while edits, undo and redo run against it. Targets: open < 2 s, longest block < 100 ms.
# Exit status 0 when both targets hold. Runs on the offscreen platform; no display needed.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${BUILD_DIR:-build}
spokes=${1:-500}

cmake --build "$build_dir" --target paletteai-registry-console >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CONFIG_HOME=$work/config QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} LC_ALL=C.UTF-8
"$build_dir/app/console/paletteai-registry-console" --size 1600x1000 --benchmark "$spokes" 2> >(grep -v XDG_RUNTIME_DIR >&2)

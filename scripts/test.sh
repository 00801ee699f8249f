#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors, and runs every test. Tests that need a
# registry, the keychain daemon or a display start those themselves on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
ctest --test-dir "${BUILD_DIR:-build}" --output-on-failure --timeout 600 "$@"

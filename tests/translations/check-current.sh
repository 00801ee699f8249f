#!/usr/bin/env bash
# Fails when the committed .ts files are stale: lupdate over the sources must not change them.
# Usage: check-current.sh LUPDATE SOURCE_DIR
set -euo pipefail
lupdate=$1
source_dir=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cp "$source_dir"/translations/*.ts "$work/"
cd "$source_dir"
"$lupdate" -silent -no-obsolete -locations none -extensions cpp,h core ui app -ts "$work"/*.ts

stale=0
for ts in translations/*.ts; do
    if ! diff -u "$ts" "$work/$(basename "$ts")" >"$work/diff.txt"; then
        echo "$ts is stale: the sources have strings it does not match:"
        head -n 40 "$work/diff.txt"
        stale=1
    fi
done
if [ "$stale" -ne 0 ]; then
    echo "Refresh with: cmake --build build --target update_translations"
    exit 1
fi
# Every .ts must also compile.
for ts in translations/*.ts; do
    "$(dirname "$lupdate")/lrelease" -silent "$ts" -qm "$work/check.qm"
done
echo "translations are current"

#!/usr/bin/env bash
# Takes the console's screenshots under a virtual X server into docs/screenshots/:
#   designer-demo.png         the designer on the demo workspace (`--demo`)
#   designer-200-spokes.png   a generated fleet of 200 spokes
#   validation-panel.png      a plan with mistakes: the findings, one selected on the canvas
#   values-merge-diff.png     the Helm values view merging into the sample values file, diff and report
# Needs a build in ./build (or $BUILD_DIR); builds the two executables it uses.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${BUILD_DIR:-build}
out=docs/screenshots
size=${SCREENSHOT_SIZE:-1600x1000}
mkdir -p "$out"

cmake --build "$build_dir" --target paletteai-registry-console paletteai-registry >/dev/null
console=$build_dir/app/console/paletteai-registry-console
cli=$build_dir/app/cli/paletteai-registry

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Screenshots must not depend on the window layout someone left in their settings.
export XDG_CONFIG_HOME=$work/config LC_ALL=C.UTF-8

shoot() {
    local file=$1
    shift
    xvfb-run -a -s "-screen 0 ${size}x24" "$console" --size "$size" --screenshot "$out/$file" "$@"
    echo "wrote $out/$file"
}

# A Registry on Hub plan with the mistakes an administrator makes first: one replica on ephemeral storage,
# Ingress without TLS, a spoke endpoint written as https:// and a timeout without a unit.
"$cli" topology new --kind registry-on-hub -o "$work/planned.yaml" >/dev/null
sed -i -e 's/replicas: 3/replicas: 1/' -e 's/storage: read-write-many/storage: ephemeral/' \
    -e 's/ingressTls: true/ingressTls: false/' "$work/planned.yaml"
awk 'BEGIN { n = 0 }
     /endpoint: oci:\/\/zot.hub.example.com/ && ++n == 2 { sub(/oci:/, "https:") }
     /timeout: 60s/ && ++t == 3 { sub(/60s/, "\"90\"") }
     { print }' "$work/planned.yaml" >"$work/broken.yaml"

shoot designer-demo.png --demo --select spoke:gpu-east-1
shoot designer-200-spokes.png --generate 200 --select spoke:spoke-0030 --zoom 0.62
shoot validation-panel.png "$work/broken.yaml" --select spoke:plant-lyon
shoot values-merge-diff.png --demo --page values --merge-into tests/data/values/three-spokes-two-registries.yaml

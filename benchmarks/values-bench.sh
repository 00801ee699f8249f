#!/bin/sh
# Times `topology validate` and `values export` on generated topologies of 50, 500 and 5000 spokes and checks
# that export grows linearly: 500 spokes well under a second, 5000 spokes at most 12 times as long as 500.
#
# usage: benchmarks/values-bench.sh [BUILD_DIR]     (default: build)
# Each figure is the best of three runs, so other load on the machine disturbs it less. The export writes the
# values file and the Secret manifests (atomically, as users get them) into a temporary directory.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../build}
cli=$build/app/cli/paletteai-registry
generator=$here/generate-topology.py
runs=3

if [ ! -x "$cli" ]; then
    echo "values-bench: $cli not found; build the target paletteai-registry first" >&2
    exit 2
fi
if [ ! -f "$generator" ]; then
    echo "values-bench: $generator not found" >&2
    exit 2
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Best wall-clock time in seconds of $runs runs of the given command.
best_of() {
    best=""
    i=0
    while [ $i -lt $runs ]; do
        start=$(date +%s.%N)
        "$@" >/dev/null 2>&1 || true
        end=$(date +%s.%N)
        best=$(awk -v s="$start" -v e="$end" -v b="$best" 'BEGIN { t = e - s; print (b == "" || t < b) ? t : b }')
        i=$((i + 1))
    done
    printf '%.3f' "$best"
}

printf '%8s %12s %12s\n' spokes validate/s export/s
for spokes in 50 500 5000; do
    topology=$work/topology-$spokes.yaml
    python3 "$generator" "$spokes" "$topology"
    validate=$(best_of "$cli" topology validate "$topology")
    export_time=$(best_of "$cli" values export "$topology" --force -o "$work/values-$spokes.yaml" \
        --secrets-dir "$work/secrets-$spokes")
    if ! "$cli" values export "$topology" --force -o "$work/check-$spokes.yaml" --secrets-dir "$work/check-secrets" \
        >/dev/null 2>&1; then
        echo "values-bench: values export of $spokes spokes failed" >&2
        exit 1
    fi
    printf '%8s %12s %12s\n' "$spokes" "$validate" "$export_time"
    eval "export_$spokes=$export_time"
done

ratio=$(awk -v a="$export_5000" -v b="$export_500" 'BEGIN { printf "%.2f", a / b }')
echo "export 5000/500 ratio: $ratio (limit 12)"
status=0
if awk -v t="$export_500" 'BEGIN { exit !(t >= 0.5) }'; then
    echo "values-bench: 500 spokes took ${export_500}s, not well under a second" >&2
    status=1
fi
if awk -v r="$ratio" 'BEGIN { exit !(r > 12) }'; then
    echo "values-bench: export does not grow linearly" >&2
    status=1
fi
exit $status

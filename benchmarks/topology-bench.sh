#!/bin/sh
# Times `paletteai-registry topology validate` on generated topologies of 50, 500 and 5000 spokes and checks
# that validation grows linearly: 5000 spokes may take at most 12 times as long as 500.
#
# Usage: benchmarks/topology-bench.sh [BUILD_DIR]   (default: build)
set -eu

here=$(cd "$(dirname "$0")" && pwd)
build=${1:-build}
cli="$build/app/cli/paletteai-registry"
runs=${PRC_BENCH_RUNS:-5}
[ -x "$cli" ] || { echo "error: $cli not found; build the paletteai-registry target first" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Best of $runs wall-clock runs, in milliseconds: the least disturbed by other load on the machine.
best_ms() {
    best=
    i=0
    while [ "$i" -lt "$runs" ]; do
        start=$(date +%s%N)
        status=0
        "$cli" topology validate "$1" >/dev/null || status=$?
        end=$(date +%s%N)
        if [ "$status" -ge 2 ]; then
            echo "error: validate failed on $1 (exit $status)" >&2
            exit 2
        fi
        elapsed=$(( (end - start) / 1000000 ))
        if [ -z "$best" ] || [ "$elapsed" -lt "$best" ]; then best=$elapsed; fi
        i=$((i + 1))
    done
    echo "$best"
}

printf '%8s  %12s  %10s\n' spokes bytes validate_ms
for n in 50 500 5000; do
    python3 "$here/generate-topology.py" "$n" "$work/topology-$n.yaml"
    ms=$(best_ms "$work/topology-$n.yaml")
    eval "ms_$n=$ms"
    printf '%8s  %12s  %10s\n' "$n" "$(wc -c < "$work/topology-$n.yaml")" "$ms"
done

# Integer arithmetic with two decimals; a 0 ms run counts as 1 ms.
[ "$ms_500" -gt 0 ] || ms_500=1
ratio100=$(( ms_5000 * 100 / ms_500 ))
printf 'ratio 5000/500: %d.%02d (limit 12)\n' $((ratio100 / 100)) $((ratio100 % 100))
if [ "$ratio100" -gt 1200 ]; then
    echo "FAIL: validation grows faster than linearly" >&2
    exit 1
fi
echo "OK"

#!/usr/bin/env bash
# Copy benchmark: paletteai-registry cp against skopeo copy, and our digest code against sha256sum.
#
# Starts two local docker-registry instances, seeds the first with a single-layer artifact of random data
# (500 MiB by default), then copies it to the second with each tool, alternating, with a fresh destination
# repository every run and skopeo's blob-info cache removed before each of its runs. The tools take turns
# going first, and each timed command starts after a sync. Wall time and peak RSS come from /usr/bin/time -v.
#
# Usage: benchmarks/copy-bench.sh [--cli PATH] [--size-mib N] [--runs N] [--work-dir DIR]
#
# --work-dir is where the registries keep their storage (default /tmp); /dev/shm takes the disk, and its
# write-back pauses, out of the comparison.
set -euo pipefail

cli="${PRC_CLI:-$(dirname "$0")/../build/app/cli/paletteai-registry}"
size_mib=500
runs=3
work_root=/tmp
while [[ $# -gt 0 ]]; do
    case "$1" in
        --cli) cli="$2"; shift 2 ;;
        --size-mib) size_mib="$2"; shift 2 ;;
        --runs) runs="$2"; shift 2 ;;
        --work-dir) work_root="$2"; shift 2 ;;
        *) echo "unknown argument: $1" >&2; exit 2 ;;
    esac
done
cli="$(realpath "$cli")"
for tool in docker-registry skopeo /usr/bin/time sha256sum python3 curl; do
    command -v "$tool" >/dev/null || { echo "missing: $tool" >&2; exit 2; }
done

work="$(mktemp -d "$work_root/copy-bench.XXXXXX")"
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

start_registry() {
    local name="$1" port="$2"
    mkdir -p "$work/$name"
    cat > "$work/$name.yml" <<CONFIG
version: 0.1
log:
  level: error
storage:
  filesystem:
    rootdirectory: $work/$name
  delete:
    enabled: true
http:
  addr: 127.0.0.1:$port
CONFIG
    docker-registry serve "$work/$name.yml" > "$work/$name.log" 2>&1 &
    pids+=("$!")
    for _ in $(seq 1 100); do
        curl -fsS "http://127.0.0.1:$port/v2/" >/dev/null 2>&1 && return 0
        sleep 0.1
    done
    echo "registry $name did not start" >&2
    exit 1
}

port_a="$(free_port)"
port_b="$(free_port)"
start_registry source "$port_a"
start_registry target "$port_b"
src="127.0.0.1:$port_a"
dst="127.0.0.1:$port_b"

# The artifact: an OCI layout with one layer of random bytes, pushed to the source registry by skopeo.
echo "Creating a ${size_mib} MiB layer of random data ..."
layout="$work/layout"
mkdir -p "$layout/blobs/sha256"
head -c "$((size_mib * 1024 * 1024))" /dev/urandom > "$work/layer.bin"
layer_hex="$(sha256sum "$work/layer.bin" | cut -d' ' -f1)"
layer_size="$(stat -c %s "$work/layer.bin")"
mv "$work/layer.bin" "$layout/blobs/sha256/$layer_hex"
printf '{}' > "$layout/blobs/sha256/config"
config_hex="$(sha256sum "$layout/blobs/sha256/config" | cut -d' ' -f1)"
mv "$layout/blobs/sha256/config" "$layout/blobs/sha256/$config_hex"
printf '{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","config":{"mediaType":"application/vnd.cncf.flux.config.v1+json","digest":"sha256:%s","size":2},"layers":[{"mediaType":"application/vnd.cncf.flux.content.v1.tar+gzip","digest":"sha256:%s","size":%s}]}' \
    "$config_hex" "$layer_hex" "$layer_size" > "$layout/manifest.json"
manifest_hex="$(sha256sum "$layout/manifest.json" | cut -d' ' -f1)"
manifest_size="$(stat -c %s "$layout/manifest.json")"
mv "$layout/manifest.json" "$layout/blobs/sha256/$manifest_hex"
printf '{"imageLayoutVersion":"1.0.0"}' > "$layout/oci-layout"
printf '{"schemaVersion":2,"manifests":[{"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"sha256:%s","size":%s,"annotations":{"org.opencontainers.image.ref.name":"bench"}}]}' \
    "$manifest_hex" "$manifest_size" > "$layout/index.json"
skopeo copy --quiet --dest-tls-verify=false "oci:$layout:bench" "docker://$src/bench/artifact:v1"

# Runs a command under /usr/bin/time -v; prints "seconds max_rss_kib".
measure() {
    local report="$work/time.txt"
    /usr/bin/time -v -o "$report" "$@" > "$work/command.out" 2> "$work/command.err" || {
        echo "command failed: $*" >&2
        cat "$work/command.err" >&2
        exit 1
    }
    local elapsed rss
    elapsed="$(grep 'Elapsed (wall clock)' "$report" | awk '{print $NF}')"
    rss="$(grep 'Maximum resident set size' "$report" | awk '{print $NF}')"
    python3 - "$elapsed" "$rss" <<'PY'
import sys
parts = [float(p) for p in sys.argv[1].split(":")]
seconds = sum(p * 60 ** i for i, p in enumerate(reversed(parts)))
print(f"{seconds:.2f} {sys.argv[2]}")
PY
}

# The floor: the target registry's own ingest speed, a monolithic PUT of the layer from disk with curl.
# Neither tool can copy faster than the target registry accepts the bytes.
floor_times=()
put_layer() {
    local location
    location="$(curl -fsS -D - -o /dev/null -X POST "http://$dst/v2/floor/run$1/blobs/uploads/" \
        | tr -d '\r' | awk 'tolower($1) == "location:" {print $2}')"
    case "$location" in http*) ;; *) location="http://$dst$location" ;; esac
    curl -fsS -o /dev/null -T "$layout/blobs/sha256/$layer_hex" -H 'Content-Type: application/octet-stream' \
        "$location&digest=sha256:$layer_hex"
}

ours_times=()
ours_rss=()
skopeo_times=()
skopeo_rss=()
run_ours() {
    read -r t r < <(measure "$cli" cp "$src/bench/artifact:v1" "$dst/ours/run$1:v1" --plain-http)
    ours_times+=("$t"); ours_rss+=("$r")
    echo "run $1: paletteai-registry cp  ${t} s, peak RSS $((r / 1024)) MiB"
}
run_skopeo() {
    rm -f "$HOME/.local/share/containers/cache/blob-info-cache-v1.boltdb" \
        /var/lib/containers/cache/blob-info-cache-v1.boltdb
    read -r t r < <(measure skopeo copy --quiet --src-tls-verify=false --dest-tls-verify=false \
        "docker://$src/bench/artifact:v1" "docker://$dst/skopeo/run$1:v1")
    skopeo_times+=("$t"); skopeo_rss+=("$r")
    echo "run $1: skopeo copy            ${t} s, peak RSS $((r / 1024)) MiB"
}
# Each timed command starts with no dirty pages left by the one before (sync), and the two tools take
# turns going first, so that neither pays for the other's disk write-back.
for run in $(seq 1 "$runs"); do
    sync
    start_ns="$(date +%s%N)"
    put_layer "$run"
    floor_times+=("$(python3 -c "print(f'{($(date +%s%N) - $start_ns) / 1e9:.2f}')")")
    echo "run $run: curl PUT (floor)       ${floor_times[-1]} s"
    if (( run % 2 )); then
        sync; run_ours "$run"; sync; run_skopeo "$run"
    else
        sync; run_skopeo "$run"; sync; run_ours "$run"
    fi
done

# Hashing: the same (cached) file through our digest code and sha256sum.
blob="$layout/blobs/sha256/$layer_hex"
cat "$blob" > /dev/null
read -r hash_ours _ < <(measure "$cli" digest "$blob")
grep -q "sha256:$layer_hex" "$work/command.out" || { echo "digest mismatch" >&2; exit 1; }
read -r hash_sum _ < <(measure sha256sum "$blob")

python3 - "$size_mib" "${ours_times[*]}" "${ours_rss[*]}" "${skopeo_times[*]}" "${skopeo_rss[*]}" \
    "$hash_ours" "$hash_sum" "${floor_times[*]}" <<'PY'
import statistics, sys
size = float(sys.argv[1])
ours_t = [float(x) for x in sys.argv[2].split()]
ours_r = [int(x) for x in sys.argv[3].split()]
sko_t = [float(x) for x in sys.argv[4].split()]
sko_r = [int(x) for x in sys.argv[5].split()]
hash_ours, hash_sum = float(sys.argv[6]), float(sys.argv[7])
floor = statistics.median(float(x) for x in sys.argv[8].split())
mo, ms = statistics.median(ours_t), statistics.median(sko_t)
peak = max(ours_r) / 1024
print()
print(f"copy of {size:.0f} MiB (median of {len(ours_t)} runs)")
print(f"  paletteai-registry cp : {mo:6.2f} s  peak RSS {peak:6.1f} MiB")
print(f"  skopeo copy           : {ms:6.2f} s  peak RSS {max(sko_r) / 1024:6.1f} MiB")
print(f"  curl PUT of the layer : {floor:6.2f} s  (the target registry's ingest floor)")
print(f"  ratio ours/skopeo     : {mo / ms:6.2f}  (target <= 0.80)  {'PASS' if mo / ms <= 0.8 else 'FAIL'}")
print(f"  ratio floor/skopeo    : {floor / ms:6.2f}  (the best any client could reach here)")
print(f"  peak RSS              : {peak:6.1f} MiB (target < 64)  {'PASS' if peak < 64 else 'FAIL'}")
print(f"hashing {size:.0f} MiB")
print(f"  paletteai-registry digest : {hash_ours:6.2f} s  ({size / max(hash_ours, 0.01):7.1f} MiB/s)")
print(f"  sha256sum                 : {hash_sum:6.2f} s  ({size / max(hash_sum, 0.01):7.1f} MiB/s)")
print(f"  {'PASS' if hash_ours <= hash_sum else 'FAIL'} (ours must not be slower)")
PY

#!/usr/bin/env bash
# Installs the Debian 12 packages the console needs to build, run and test. Safe to run again:
# it only asks apt for what is missing. Needs root (or sudo).
set -euo pipefail

packages=(
    # build
    cmake ninja-build g++ ccache pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
    libyaml-cpp-dev libssl-dev zlib1g-dev qtkeychain-qt6-dev
    # run
    qt6-qpa-plugins fonts-dejavu-core
    # test: a real registry, a second client, a real keychain, a display, and reference tools
    docker-registry skopeo apache2-utils openssl
    gnome-keyring dbus libsecret-tools
    xvfb xauth imagemagick
    python3 python3-yaml python3-botocore
    # benchmarks/copy-bench.sh: wall time and peak memory, and the registry's ingest floor
    time curl
)

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "Installing: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"

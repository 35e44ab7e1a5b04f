#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages rnnscope needs to build, test and run (idempotent).
set -euo pipefail
packages=(
  cmake g++ make pkg-config
  libeigen3-dev nlohmann-json3-dev libcli11-dev libgtest-dev libgmock-dev libbenchmark-dev
  qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6opengl6-dev libgl-dev
  xvfb xauth
)
# scripts/sanitize.sh and scripts/fuzz.sh build with clang (sanitizers, libFuzzer, its OpenMP)
if [ "${1:-}" = "--sanitizers" ]; then packages+=(clang-14 libclang-rt-14-dev libomp-14-dev); fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: everything is already installed"
  exit 0
fi
run() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
echo "install-deps: installing ${missing[*]}"
run apt-get update
run env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"

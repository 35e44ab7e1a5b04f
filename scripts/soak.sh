#!/usr/bin/env bash
# The soak: the desktop window trains offscreen for MINUTES (default 30) with every panel
# visible while rnnscope-soak switches lessons, changes settings, saves and loads checkpoints
# and autosaves; it samples memory every minute and once per round of its script (at the same
# point of the round), and fails if a round sample after the first five minutes is more than
# 10% above the first of them, or if anything crashes. Further arguments go to
# rnnscope-soak (see app/soak_main.cpp). The JSON report is written to build/soak.json.
#   scripts/soak.sh [MINUTES] [--warmup-minutes W] [--growth-limit F] [--action-seconds S]
set -euo pipefail
cd "$(dirname "$0")/.."
minutes="${1:-30}"
shift || true
[ -f build/CMakeCache.txt ] || cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DRNNSCOPE_BUILD_GUI=ON > /dev/null
cmake --build build --target rnnscope-soak -j"$(nproc)"
export QT_QPA_PLATFORM=offscreen
status=0
./build/app/rnnscope-soak --minutes "$minutes" "$@" > build/soak.json || status=$?
cat build/soak.json
case $status in
  0) echo "soak: passed" >&2 ;;
  1) echo "soak: FAILED: memory grew more than allowed" >&2 ;;
  *) echo "soak: FAILED: rnnscope-soak ended with status $status (a crash?)" >&2 ;;
esac
exit $status

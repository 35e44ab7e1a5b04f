#!/usr/bin/env bash
# Installs what is missing, builds rnnscope (Release) and opens the desktop app on its default
# lesson. Without a display (no $DISPLAY / $WAYLAND_DISPLAY) it runs the same lesson in the
# command-line trainer instead: progress bar on stderr, samples as the model learns.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DRNNSCOPE_BUILD_GUI=ON
cmake --build build -j"$(nproc)"
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ] || [ -n "${QT_QPA_PLATFORM:-}" ]; then
  exec ./build/app/rnnscope --lesson default "$@"
fi
echo "run.sh: no display found; training the default lesson in the terminal instead" >&2
exec ./build/app/rnnscope-cli train --lesson default --steps 3000 --out runs/default --sample-every 500 "$@"

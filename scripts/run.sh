#!/usr/bin/env bash
# Installs what is missing, builds rnnscope (Release) and starts it on its default lesson.
# Until the desktop app lands, the "main job" is the command-line trainer: it trains the
# default LSTM on the generated dialogue corpus with a progress bar and prints samples.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release
cmake --build build -j"$(nproc)"
exec ./build/app/rnnscope-cli train --corpus builtin:dialogue --steps 3000 --out runs/default \
  --cell lstm --hidden 256 --batch 32 --seq-len 64 --sample-every 500 "$@"

#!/usr/bin/env bash
# The lessons' shipped training states (docs/lessons.md, "Shipped states"):
#   scripts/lesson_states.sh make [ID...]   trains each lesson with rnnscope-cli and writes
#                                           resources/lesson-states/ID/ (default: the IDs already there)
#   scripts/lesson_states.sh check          trains them again and requires the same bytes (CI)
# Both use build-portable/: a Release build without -march=native, whose float arithmetic is
# the same on every x86-64 machine (SSE2, no fused multiply-add), and one matrix thread. A
# build tuned to its machine rounds differently, so its own states would differ in the last bits.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
dir=build-portable
cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=Release -DRNNSCOPE_NATIVE=OFF -DRNNSCOPE_BUILD_GUI=OFF \
  -DRNNSCOPE_BUILD_BENCH=OFF -DRNNSCOPE_WERROR=ON >/dev/null
case "${1:-}" in
  make)
    shift
    cmake --build "$dir" -j"$(nproc)" --target rnnscope-cli
    ids=("$@")
    if [ ${#ids[@]} -eq 0 ]; then
      for d in resources/lesson-states/*/; do ids+=("$(basename "$d")"); done
    fi
    for id in "${ids[@]}"; do
      steps=$(sed -n 's/^ *"steps": *\([0-9]*\).*/\1/p' "resources/lessons/$id.json")
      [ -n "$steps" ] || { echo "resources/lessons/$id.json gives no steps" >&2; exit 1; }
      run=$(mktemp -d)
      "$dir/app/rnnscope-cli" train --lesson "$id" --steps "$steps" --threads 1 --val-every 50 \
        --save-every 0 --out "$run/run" --quiet >/dev/null
      out="resources/lesson-states/$id"
      mkdir -p "$out"
      cp "$run/run/checkpoint.safetensors" "$run/run/trainer.safetensors" "$out/"
      # chars_per_sec and elapsed_s (columns 9 and 10) are the machine's speed, not the lesson's
      cut -d, -f1-8,11 "$run/run/metrics.csv" >"$out/metrics.csv"
      rm -rf "$run"
      echo "$out: step $steps, $(du -sh "$out" | cut -f1)"
    done
    ;;
  check)
    cmake --build "$dir" -j"$(nproc)" --target rnnscope-cli cli_tests
    ctest --test-dir "$dir" --output-on-failure --timeout 900 -R 'ShippedLessonState'
    ;;
  *) echo "usage: scripts/lesson_states.sh make [ID...] | check" >&2; exit 2 ;;
esac

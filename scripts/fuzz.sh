#!/usr/bin/env bash
# Fuzzes every parser of untrusted input with libFuzzer (clang), each for SECONDS (default 60),
# starting from the seed inputs in tests/fuzz/corpus/TARGET; new inputs it finds that reach
# new code are kept in build-fuzz/corpus/TARGET, crashes in build-fuzz/crashes/.
#   scripts/fuzz.sh [SECONDS] [TARGET ...]     targets: safetensors checkpoint lesson config utf8 corpus taskfile picture
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh --sanitizers
seconds="${1:-60}"
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(safetensors checkpoint lesson config utf8 corpus taskfile picture)
export CC=clang-14 CXX=clang++-14
cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DRNNSCOPE_FUZZ=ON -DRNNSCOPE_SANITIZE=address,undefined \
  -DRNNSCOPE_BUILD_GUI=OFF -DRNNSCOPE_BUILD_BENCH=OFF -DRNNSCOPE_NATIVE=OFF -DRNNSCOPE_WERROR=ON > /dev/null
cmake --build build-fuzz -j"$(nproc)" --target $(printf 'fuzz_%s ' "${targets[@]}")
export ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
status=0
for t in "${targets[@]}"; do
  mkdir -p "build-fuzz/corpus/$t" build-fuzz/crashes
  echo "fuzz: $t for ${seconds}s"
  if ! ./build-fuzz/tests/fuzz/fuzz_"$t" -max_total_time="$seconds" -rss_limit_mb=3072 -timeout=20 -max_len=65536 \
      -artifact_prefix="build-fuzz/crashes/$t-" -print_final_stats=1 \
      "build-fuzz/corpus/$t" "tests/fuzz/corpus/$t" 2> "build-fuzz/$t.log"; then
    status=1
    grep -E 'ERROR|SUMMARY|Test unit written' "build-fuzz/$t.log" | head -5
  fi
  grep -E '^stat::number_of_executed_units|^#[0-9]+ *DONE' "build-fuzz/$t.log" | tail -2 || true
done
exit $status

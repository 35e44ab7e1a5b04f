#!/usr/bin/env bash
# Builds with clang and runs the test suite under sanitizers:
#   scripts/sanitize.sh            AddressSanitizer + UndefinedBehaviorSanitizer, the whole suite
#   scripts/sanitize.sh thread     ThreadSanitizer, the engine and UI tests (the threaded parts)
# Build trees: build-asan/, build-tsan/. CI runs the first (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh --sanitizers
mode="${1:-address}"
export CC=clang-14 CXX=clang++-14 QT_QPA_PLATFORM=offscreen
case "$mode" in
  address)
    dir=build-asan
    cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DRNNSCOPE_SANITIZE=address,undefined \
      -DRNNSCOPE_WERROR=ON -DRNNSCOPE_BUILD_BENCH=OFF -DRNNSCOPE_NATIVE=OFF
    cmake --build "$dir" -j"$(nproc)"
    # Qt's and OpenMP's own allocations are not ours to check for leaks at exit.
    export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=1
    export LSAN_OPTIONS=suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0
    export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
    # The lesson claim tests train each lesson to its claims (minutes in Release, 10-25x that
    # under ASan); the same lesson code runs here in the short LessonChecks and Cli lesson tests.
    ctest --test-dir "$dir" --output-on-failure -j"$(nproc)" --timeout 1800 -E 'BuiltinLesson\.EveryClaimHolds'
    ;;
  thread)
    dir=build-tsan
    cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DRNNSCOPE_SANITIZE=thread \
      -DRNNSCOPE_WERROR=ON -DRNNSCOPE_BUILD_BENCH=OFF -DRNNSCOPE_NATIVE=OFF
    cmake --build "$dir" -j"$(nproc)" --target core_tests ui_test_main_window ui_test_chart_panels ui_test_text_panels
    # OpenMP's runtime is not instrumented; the engine trains on one matrix thread here.
    export TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1:suppressions=$PWD/tests/sanitizers/tsan.supp
    export OMP_NUM_THREADS=1
    ctest --test-dir "$dir" --output-on-failure -j1 --timeout 1800 -R 'Engine|^ui_'
    ;;
  *) echo "usage: scripts/sanitize.sh [address|thread]" >&2; exit 2 ;;
esac

#!/usr/bin/env bash
# GradLab's Quick start, as the README gives it:
#   bash scripts/dev.sh run    install what is missing, build, launch the app
#   bash scripts/dev.sh test   install what is missing, build, run every test
# Idempotent: packages already installed are not touched, and the build is incremental.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

mode=${1:-}
if [ "$mode" != run ] && [ "$mode" != test ]; then
  echo "usage: bash scripts/dev.sh run|test [gradlab arguments]" >&2
  exit 2
fi

packages=(
  cmake g++ make pkg-config
  qt6-base-dev qt6-qpa-plugins qt6-declarative-dev qt6-datavisualization-dev
  qt6-svg-dev libgif-dev zlib1g-dev libqcustomplot-dev libeigen3-dev
  qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
  xvfb xauth libgl1-mesa-dri fonts-dejavu-core
)
# The test command also builds with sanitizers and fuzzes briefly (clang and its runtime), and checks the
# optimizers and schedules against PyTorch itself (Debian's python3-torch).
if [ "$mode" = test ]; then packages+=(clang libclang-rt-14-dev python3-torch python3-numpy); fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo=sudo; fi
  echo "Installing: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
fi

build=${GRADLAB_BUILD_DIR:-build}
jobs=$(nproc 2>/dev/null || echo 2)
if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release
fi
cmake --build "$build" -j"$jobs"

if [ "$mode" = run ]; then
  exec "$build/app/gradlab" "${@:2}"
fi

# Tests that open windows need a display: one virtual X server for each run.
xvfb=(xvfb-run -a -s "-screen 0 1600x1000x24")
echo "== Tests (Release build)"
(cd "$build" && "${xvfb[@]}" ctest --output-on-failure -j"$jobs")

# GRADLAB_QUICK=1 stops here (for a fast local loop); CI always runs everything below.
if [ "${GRADLAB_QUICK:-0}" = 1 ]; then exit 0; fi

echo "== Tests again under AddressSanitizer and UndefinedBehaviorSanitizer"
asan=${build}-sanitize
if [ ! -f "$asan/CMakeCache.txt" ]; then
  # -O1 and line tables only (-g1) are what the sanitizers need for exact reports with file:line, and they
  # compile this tree about a third faster than RelWithDebInfo's -O2 -g (the largest part of CI's time).
  cmake -S . -B "$asan" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1 -DNDEBUG" \
        -DGRADLAB_SANITIZE=ON
fi
cmake --build "$asan" -j"$jobs"
supp="$root/tests/sanitizers/lsan.supp"
# The torch comparisons (label torch) check numbers, which the Release pass has done; here they would only
# run the sanitized gradlab once per step of many runs, which tst_cli and tst_bad_input already do.
(cd "$asan" && ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 LSAN_OPTIONS="suppressions=$supp" \
   UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 "${xvfb[@]}" ctest --output-on-failure -j"$jobs" -LE torch)

echo "== Fuzzing the formula pipeline (libFuzzer, ASan, UBSan)"
# The test command fuzzes a fixed sequence (a fixed seed and number of inputs, from the seeds in the tree), so
# that its verdict is the same on every machine and a finding can be replayed; set GRADLAB_FUZZ_SEED to explore
# other sequences, and GRADLAB_FUZZ_RUNS to fuzz longer.
fuzz_seed=${GRADLAB_FUZZ_SEED:-1}
fuzz_runs=${GRADLAB_FUZZ_RUNS:-20000}
echo "   seed $fuzz_seed, $fuzz_runs inputs (the lesson files: $((fuzz_runs * 3 / 10)))"
fuzz=${build}-fuzz
if [ ! -f "$fuzz/CMakeCache.txt" ]; then
  cmake -S . -B "$fuzz" -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo -DGRADLAB_FUZZ=ON \
        -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only -DNDEBUG" \
        -DGRADLAB_BUILD_APP=OFF -DGRADLAB_BUILD_TESTS=OFF
fi
cmake --build "$fuzz" -j"$jobs"
fuzz_dir="$(cd "$fuzz" && pwd)"
corpus="$fuzz_dir/corpus"
rm -rf "$corpus"
mkdir -p "$corpus"
cp tests/fuzz/corpus/* "$corpus/"
# A fuzzer's whole report is kept; on success its last lines are shown, on a finding the report itself (what
# failed, the stack) and the input that found it, so that CI's log is enough to reproduce it.
fuzz_run() { # name, lines of the final stats to show, arguments
  local name=$1 lines=$2 log="$fuzz_dir/$1.log"
  shift 2
  if (cd "$fuzz" && "./tests/fuzz/$name" "$@" >"$log" 2>&1); then
    tail -n "$lines" "$log"
    return 0
  fi
  grep -v -E '^(#[0-9]+|INFO:)' "$log" | head -n 80
  for input in "$fuzz_dir"/{crash,leak,timeout,oom}-*; do
    [ -f "$input" ] || continue
    echo "-- $(basename "$input"), base64 (echo … | base64 -d > input; ./tests/fuzz/$name input):"
    base64 -w 0 "$input"
    echo
  done
  return 1
}
rm -f "$fuzz_dir"/{crash,leak,timeout,oom}-*
fuzz_run fuzz_formula 12 -seed="$fuzz_seed" -runs="$fuzz_runs" -rss_limit_mb=4096 -print_final_stats=1 -artifact_prefix="$fuzz_dir/" \
   -dict="$root/tests/fuzz/formula.dict" "$corpus"
echo "== Fuzzing the lesson-file reader and the lesson models"
lessons="$fuzz_dir/lesson_corpus"
rm -rf "$lessons"
mkdir -p "$lessons"
cp tests/fuzz/lesson_corpus/* "$lessons/"
fuzz_run fuzz_lesson_file 6 -seed="$fuzz_seed" -runs=$((fuzz_runs * 3 / 10)) -rss_limit_mb=4096 -print_final_stats=1 -artifact_prefix="$fuzz_dir/" \
   "$lessons"
echo "fuzz: 2 passed, 0 failed"

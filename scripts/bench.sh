#!/usr/bin/env bash
# The performance table of issue #18 in one command: each row's GradLab figure beside a peer or floor measured
# in the same run. Usage: bash scripts/bench.sh [build-dir] [runs]   (runs: how many times each bench runs,
# one row each time; default 1). Build first: cmake --build build --target gradlab bench_drag bench_gradient
# bench_process bench_sweep bench_map. The window rows need a display: they run under xvfb-run.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
runs=${2:-1}
xvfb() { xvfb-run -a -s "-screen 0 1600x1000x24" "$@"; }
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'); $runs run(s) of each bench"
echo
echo "| what | GradLab | peer or floor (same run) | ratio | goal |"
echo "|---|---|---|---|---|"
for ((r = 1; r <= runs; r++)); do
  # The sweep's row (bench_sweep measures its peers itself); an older bench_sweep prints prose, shown as is.
  sweep=$("$build/tests/bench_sweep")
  if grep -q '^| ' <<<"$sweep"; then grep '^| ' <<<"$sweep"; else sed 's/^/    sweep: /' <<<"$sweep"; fi
  xvfb "$build/tests/bench_drag" | grep '^| '
  xvfb "$build/tests/bench_gradient" | grep '^| '
  xvfb "$build/tests/bench_process" 3 | grep '^| '
  "$build/tests/bench_map" | grep '^| '
done

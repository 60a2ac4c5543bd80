#!/usr/bin/env bash
# GradLab's Quick start, as the README gives it:
#   bash scripts/dev.sh run    install what is missing, build, launch the app
#   bash scripts/dev.sh test   install what is missing, build, run every test
# Idempotent: packages already installed are not touched, and the build is incremental.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-}
if [ "$mode" != run ] && [ "$mode" != test ]; then
  echo "usage: bash scripts/dev.sh run|test [gradlab arguments]" >&2
  exit 2
fi

packages=(
  cmake g++ make pkg-config
  qt6-base-dev qt6-qpa-plugins qt6-declarative-dev qt6-datavisualization-dev
  libqcustomplot-dev libeigen3-dev
  xvfb xauth libgl1-mesa-dri fonts-dejavu-core
)
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

# Tests that open windows need a display: one virtual X server for the whole run.
cd "$build"
xvfb-run -a -s "-screen 0 1600x1000x24" ctest --output-on-failure -j"$jobs"

#!/usr/bin/env bash
# Regenerates the README's figures with `gradlab render` (headless). Usage: bash scripts/screenshots.sh [build-dir]
set -euo pipefail
cd "$(dirname "$0")/.."
gradlab=${1:-build}/app/gradlab
out=docs/screenshots
mkdir -p "$out"
"$gradlab" render slope "x^3 - 6x^2 + 9x + 1" --at 2 --size 1100x720 -o "$out/slope.png"
"$gradlab" render secant "sin(x)" --at 1 --h 0.8 --size 1100x720 -o "$out/secant.png"
"$gradlab" render secant "abs(x)" --at 0 --h 0.5 --size 1100x720 -o "$out/secant-kink.png"
"$gradlab" render numeric "exp(x)" --at 1 --size 1100x720 -o "$out/numeric.png"
"$gradlab" render autograd "x*sin(x) + 2" --at 1.5 --size 1100x620 -o "$out/autograd.png"

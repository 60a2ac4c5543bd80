#!/usr/bin/env bash
# Regenerates the README's figures with `gradlab render` (headless). Usage: bash scripts/screenshots.sh [build-dir]
set -euo pipefail
cd "$(dirname "$0")/.."
gradlab=${1:-build}/app/gradlab
command -v convert >/dev/null || { echo "screenshots.sh needs ImageMagick: apt-get install imagemagick" >&2; exit 1; }
out=docs/screenshots
mkdir -p "$out"
"$gradlab" render slope "x^3 - 6x^2 + 9x + 1" --at 2 --size 1100x720 -o "$out/slope.png"
"$gradlab" render secant "sin(x)" --at 1 --h 0.8 --size 1100x720 -o "$out/secant.png"
"$gradlab" render secant "abs(x)" --at 0 --h 0.5 --size 1100x720 -o "$out/secant-kink.png"
"$gradlab" render secant "sin(x)" --at 1 --animate --frames 30 --fps 10 --size 1000x600 -o "$out/secant.gif"
"$gradlab" render numeric "exp(x)" --at 1 --size 1100x720 -o "$out/numeric.png"
"$gradlab" render autograd "x*sin(x) + 2" --at 1.5 --steps 3 --size 1100x620 -o "$out/autograd.png"
"$gradlab" render contour "(1-x)^2 + 100(y-x^2)^2" --at -1,1.5 --size 1100x720 -o "$out/contour.png"
"$gradlab" render descent1d "w^4 - 4w^2 + w" --start 2 --lr 0.01 --steps 100 --size 1100x720 -o "$out/descent1d.png"
"$gradlab" render learning-rate "(w-3)^2" --start 8 --lr 0.9 --size 1100x800 -o "$out/learning-rate.png"
"$gradlab" render race "(1-x)^2 + 100(y-x^2)^2" --start -1.5,2 --optimizer gd,momentum,adam --lr 0.001,0.001,0.05 \
    --steps 2000 --size 1100x720 -o "$out/race.png"
"$gradlab" render fit-line --lr 0.02 --epochs 100 --size 1100x720 -o "$out/fit-line.png"
"$gradlab" render fit-line --lr 0.02 --epochs 5 --batch-size 1 --size 1100x720 -o "$out/fit-line-sgd.png"
# Full batch above SGD, 100 updates each: two animations stacked frame by frame (ImageMagick).
frames=$(mktemp -d)
"$gradlab" render fit-line --lr 0.02 --epochs 100 --animate --frames 50 --fps 10 --size 900x600 \
    --title "Full batch: 100 updates, 100 epochs" -o "$frames/full.gif"
"$gradlab" render fit-line --lr 0.02 --epochs 5 --batch-size 1 --animate --frames 50 --fps 10 --size 900x600 \
    --title "Batch size 1 (SGD): 100 updates, 5 epochs" -o "$frames/sgd.gif"
convert "$frames/full.gif" -coalesce "$frames/f-%03d.png"
convert "$frames/sgd.gif" -coalesce "$frames/s-%03d.png"
for f in "$frames"/f-*.png; do
  n=${f##*/f-}
  convert "$f" "$frames/s-$n" -append "$frames/c-$n"
done
convert -delay 10 -loop 0 "$frames"/c-*.png -layers Optimize "$out/fit-line-sgd-vs-full.gif"
rm -r "$frames"
# The 3-D surface is drawn with OpenGL: it needs a display (xvfb-run provides one).
if [ -n "${DISPLAY:-}" ]; then
  "$gradlab" render surface3d "(1-x)^2 + 100(y-x^2)^2" --start -1.5,2 --optimizer adam --lr 0.05 --steps 400 \
      --size 1000x700 -o "$out/surface3d.png"
else
  xvfb-run -a "$gradlab" render surface3d "(1-x)^2 + 100(y-x^2)^2" --start -1.5,2 --optimizer adam --lr 0.05 \
      --steps 400 --size 1000x700 -o "$out/surface3d.png"
fi
# docs/screenshots/dark.png is the window itself (View > Appearance > Dark), taken under Xvfb with
# `import -window root`; it is not regenerated here.

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
"$gradlab" render zoom "sin(x)" --at 1 --zoom 0.3 --size 1200x760 -o "$out/zoom.png"
"$gradlab" render zoom "abs(x)" --at 0 --zoom 0.01 --size 1200x760 -o "$out/zoom-corner.png"
"$gradlab" render numeric "exp(x)" --at 1 --size 1100x720 -o "$out/numeric.png"
"$gradlab" render autograd "x*sin(x) + 2" --at 1.5 --steps 3 --size 1100x620 -o "$out/autograd.png"
"$gradlab" render contour "(1-x)^2 + 100(y-x^2)^2" --at -1,1.5 --size 1100x720 -o "$out/contour.png"
"$gradlab" render contour "x^3 - 3x*y^2" --at 0.6,0.4 --hessian --size 1100x720 -o "$out/contour-hessian.png"
"$gradlab" render descent1d "w^4 - 4w^2 + w" --start 2 --lr 0.01 --steps 100 --size 1100x720 -o "$out/descent1d.png"
"$gradlab" render learning-rate "(w-3)^2" --start 8 --lr 0.9 --size 1100x800 -o "$out/learning-rate.png"
"$gradlab" render race "(1-x)^2 + 100(y-x^2)^2" --start -1.5,2 --optimizer gd,momentum,adam --lr 0.001,0.001,0.05 \
    --steps 2000 --size 1100x720 -o "$out/race.png"
"$gradlab" render race "10x^2 + y^2" --start -1.8,1.6 --optimizer momentum,rmsprop,adam --lr 0.01,0.05,0.15 \
    --steps 30 --overlay --size 1100x820 -o "$out/race-state.png"
"$gradlab" render fit-line --lr 0.02 --epochs 100 --size 1100x720 -o "$out/fit-line.png"
"$gradlab" render fit-line --lr 0.02 --epochs 5 --batch-size 1 --size 1100x720 -o "$out/fit-line-sgd.png"
# The palette as drawn and as simulated for protanopia, deuteranopia and tritanopia (tests/tools/palette_preview).
"${1:-build}/tests/palette_preview" sheet "$out/palette-deuteranopia.png"
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
# The step inspector is part of the lesson's view, not of its figure: its GUI test draws the real view (with
# Adam's third step on the quartic chosen) and saves it. Build the test first (cmake --build build
# --target tst_step_inspector).
if [ -n "${DISPLAY:-}" ]; then
  GRADLAB_SCREENSHOT="$PWD/$out/step-inspector.png" "${1:-build}/tests/tst_step_inspector" screenshot
else
  GRADLAB_SCREENSHOT="$PWD/$out/step-inspector.png" xvfb-run -a -s "-screen 0 1600x1000x24" \
      "${1:-build}/tests/tst_step_inspector" screenshot
fi
# The code panel (View > Show Code) is part of the window, not of a figure: its GUI test shows the window at
# its default size with the panel open on the 1-D descent lesson's PyTorch script and saves it. Build the
# test first (cmake --build build --target tst_code_panel).
if [ -n "${DISPLAY:-}" ]; then
  GRADLAB_SCREENSHOT="$PWD/$out/code-panel.png" "${1:-build}/tests/tst_code_panel" screenshot
else
  GRADLAB_SCREENSHOT="$PWD/$out/code-panel.png" xvfb-run -a -s "-screen 0 1600x1000x24" \
      "${1:-build}/tests/tst_code_panel" screenshot
fi
# The high-contrast appearance (View > Appearance > High contrast) on the race: its GUI test shows the window
# and saves it. Build the test first (cmake --build build --target tst_text_size).
if [ -n "${DISPLAY:-}" ]; then
  GRADLAB_SCREENSHOT="$PWD/$out/high-contrast.png" "${1:-build}/tests/tst_text_size" screenshot
else
  GRADLAB_SCREENSHOT="$PWD/$out/high-contrast.png" xvfb-run -a -s "-screen 0 1600x1000x24" \
      "${1:-build}/tests/tst_text_size" screenshot
fi
# docs/screenshots/dark.png is the window itself (View > Appearance > Dark), taken under Xvfb with
# `import -window root`; it is not regenerated here.
# The window in French, German and Spanish: tst_language shows every lesson in each language (checking that no
# text is cut) and saves each view when GRADLAB_SHOTS names a directory. Build the test first (cmake --build
# build --target tst_language).
shots=$(mktemp -d)
if [ -n "${DISPLAY:-}" ]; then
  GRADLAB_SHOTS="$shots" "${1:-build}/tests/tst_language" nothingIsCutInAnyLanguage
else
  GRADLAB_SHOTS="$shots" xvfb-run -a -s "-screen 0 1600x1000x24" "${1:-build}/tests/tst_language" \
      nothingIsCutInAnyLanguage
fi
cp "$shots/fr-1360-contour.png" "$out/language-fr.png"
cp "$shots/de-1360-learning-rate.png" "$out/language-de.png"
cp "$shots/es-1360-race.png" "$out/language-es.png"
rm -r "$shots"

# The peer of `gradlab render contour "(1-x)^2 + 100(y-x^2)^2" -o FILE.png` (1200x800): matplotlib's
# filled contours and contour lines of Rosenbrock on the same 400x400 grid over the same rectangle, with a
# colour bar, saved as a 1200x800 PNG. tests/bench/bench_process times the whole process.
# Usage: /usr/bin/python3 render_matplotlib.py OUT.png
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

x = np.linspace(-2.0, 2.0, 400)
y = np.linspace(-1.0, 3.0, 400)
X, Y = np.meshgrid(x, y)
Z = (1 - X) ** 2 + 100 * (Y - X**2) ** 2
fig, ax = plt.subplots(figsize=(12, 8), dpi=100)
filled = ax.contourf(X, Y, Z, levels=50, cmap="Blues")
ax.contour(X, Y, Z, levels=20, colors="grey", linewidths=1.0)
fig.colorbar(filled, ax=ax, label="f(x, y)")
ax.set_xlabel("x")
ax.set_ylabel("y")
ax.set_aspect("equal")
fig.savefig(sys.argv[1], dpi=100)

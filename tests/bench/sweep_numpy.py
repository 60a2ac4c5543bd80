#!/usr/bin/env python3
"""The peer of bench_sweep: vectorised NumPy running Adam (torch.optim's arithmetic) on Rosenbrock for
2000 learning rates x 2000 steps at once, from (-1.5, 2), with no early stop. Prints the best of `repeats`
wall times in seconds, measured inside Python (interpreter start excluded), and the mean final loss as a
check that the work was done."""
import sys
import time

import numpy as np


def sweep(rates, steps, beta1=0.9, beta2=0.999, eps=1e-8):
    n = rates.size
    x = np.full(n, -1.5)
    y = np.full(n, 2.0)
    mx = np.zeros(n); my = np.zeros(n); vx = np.zeros(n); vy = np.zeros(n)
    for t in range(1, steps + 1):
        r = y - x * x
        gx = -2.0 * (1.0 - x) - 400.0 * x * r
        gy = 200.0 * r
        mx += (1.0 - beta1) * (gx - mx)
        my += (1.0 - beta1) * (gy - my)
        vx *= beta2; vx += (1.0 - beta2) * (gx * gx)
        vy *= beta2; vy += (1.0 - beta2) * (gy * gy)
        step = rates / (1.0 - beta1 ** t)
        c2 = np.sqrt(1.0 - beta2 ** t)
        x -= step * (mx / (np.sqrt(vx) / c2 + eps))
        y -= step * (my / (np.sqrt(vy) / c2 + eps))
    return (1.0 - x) ** 2 + 100.0 * (y - x * x) ** 2


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    steps = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
    repeats = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    rates = np.logspace(-5, -1, count)
    best = float("inf")
    for _ in range(repeats):
        t0 = time.perf_counter()
        loss = sweep(rates, steps)
        best = min(best, time.perf_counter() - t0)
    print(f"{best:.6f} {float(np.mean(loss)):.6g}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""The lorenz_rk4_ensemble case written the way a numpy user would: the
ensemble as three float64 arrays, every RK4 stage a vectorised expression.
Run: python3 bench/numpy_lorenz_rk4.py  (prints seconds and items_per_s)."""
import json
import time

import numpy as np

N, STEPS, DT = 100_000, 1_000, 0.01
SIGMA, RHO, BETA = 10.0, 28.0, 8.0 / 3.0


def drift(x, y, z):
    return SIGMA * (y - x), x * (RHO - z) - y, x * y - BETA * z


def run(x, y, z):
    h2, h6 = 0.5 * DT, DT / 6.0
    for _ in range(STEPS):
        ax, ay, az = drift(x, y, z)
        bx, by, bz = drift(x + h2 * ax, y + h2 * ay, z + h2 * az)
        cx, cy, cz = drift(x + h2 * bx, y + h2 * by, z + h2 * bz)
        dx, dy, dz = drift(x + DT * cx, y + DT * cy, z + DT * cz)
        x = x + h6 * (ax + 2 * bx + 2 * cx + dx)
        y = y + h6 * (ay + 2 * by + 2 * cy + dy)
        z = z + h6 * (az + 2 * bz + 2 * cz + dz)
    return x, y, z


rng = np.random.default_rng(11)
start = rng.normal(size=(3, N)) * 0.5 + np.array([[1.0], [1.0], [20.0]])
begin = time.perf_counter()
run(*start)
seconds = time.perf_counter() - begin
print(json.dumps({"case": "lorenz_rk4_ensemble", "implementation": "numpy " + np.__version__,
                  "seconds": seconds, "items_per_s": N * STEPS / seconds}))

#!/usr/bin/python3
"""The lorenz_em_ensemble case written the way a numpy user would, for
comparison with `flowscope-cli bench --case lorenz_em_ensemble`:

1,000,000 Lorenz trajectories (10, 28, 8/3) as three float64 arrays,
Euler-Maruyama with additive noise 0.5 on every component, dt 0.01, 100 steps,
fresh Gaussian noise every step (numpy's default PCG64 generator,
standard_normal). Prints one JSON line with seconds and items_per_s.
Usage: numpy_lorenz_em.py [--n N] [--steps S]
"""
import argparse
import json
import time

import numpy as np

SIGMA, RHO, BETA, DT, NOISE = 10.0, 28.0, 8.0 / 3.0, 0.01, 0.5


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=1_000_000)
    parser.add_argument("--steps", type=int, default=100)
    args = parser.parse_args()
    n, steps = args.n, args.steps
    rng = np.random.default_rng(3)
    x = 1.0 + rng.uniform(-0.5, 0.5, n)
    y = 1.0 + rng.uniform(-0.5, 0.5, n)
    z = 20.0 + rng.uniform(-0.5, 0.5, n)
    dw = np.empty((3, n))
    scale = NOISE * np.sqrt(DT)
    begin = time.perf_counter()
    for _ in range(steps):
        rng.standard_normal(out=dw)
        dw *= scale
        fx = SIGMA * (y - x)
        fy = x * (RHO - z) - y
        fz = x * y - BETA * z
        x += DT * fx + dw[0]
        y += DT * fy + dw[1]
        z += DT * fz + dw[2]
    seconds = time.perf_counter() - begin
    print(json.dumps({"case": "lorenz_em_ensemble", "implementation": "numpy " + np.__version__, "members": n,
                      "steps": steps, "seconds": seconds, "items_per_s": n * steps / seconds,
                      "finite": bool(np.isfinite(x).all())}))


if __name__ == "__main__":
    main()

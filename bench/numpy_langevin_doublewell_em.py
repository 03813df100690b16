#!/usr/bin/python3
"""The langevin_doublewell_em bench case in vectorised numpy, for comparison
with `flowscope-cli bench --case langevin_doublewell_em`:

1,000,000 particles in U = (x^2 - 1)^2 + y^2/2, kT 0.5, gamma 1, overdamped
Euler-Maruyama, dt 1e-3, 1,000 steps, double precision, fresh Gaussian noise
every step (numpy's default PCG64 generator, standard_normal). Prints one JSON
line with seconds and items_per_s. Usage: numpy_langevin_doublewell_em.py [--steps S] [--n N]
"""
import argparse
import json
import time

import numpy as np


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=1_000_000)
    parser.add_argument("--steps", type=int, default=1_000)
    args = parser.parse_args()
    n, steps, dt, kT, gamma = args.n, args.steps, 1e-3, 0.5, 1.0
    rng = np.random.default_rng(17)
    # The engine's default start: a Gaussian blob centred in the box [-2.2, 2.2] x [-4, 4], sigma = box / 10.
    x = rng.normal(0.0, 0.44, n)
    y = rng.normal(0.0, 0.8, n)
    noise = np.sqrt(2.0 * kT * dt / gamma)
    drift = -dt / gamma
    xi = np.empty((2, n))
    g = np.empty(n)
    begin = time.perf_counter()
    for _ in range(steps):
        rng.standard_normal(out=xi)
        # x += drift * 4 x (x^2 - 1) + noise * xi0, in place
        np.multiply(x, x, out=g)
        g -= 1.0
        g *= x
        g *= 4.0 * drift
        x += g
        xi *= noise
        x += xi[0]
        y *= 1.0 + drift
        y += xi[1]
    seconds = time.perf_counter() - begin
    print(json.dumps({"case": "langevin_doublewell_em", "implementation": "numpy " + np.__version__, "particles": n,
                      "steps": steps, "seconds": seconds, "items_per_s": n * steps / seconds,
                      "var_y": float(y.var())}))


if __name__ == "__main__":
    main()

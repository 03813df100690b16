#!/usr/bin/python3
"""The diffusion_gmm_sde bench case in vectorised numpy, for comparison with
`flowscope-cli bench --case diffusion_gmm_sde`:

100,000 particles, target ring8 (eight equal-weight isotropic Gaussians, std
0.3, means on the circle of radius 4), VP process (beta linear from 0.1 to
20), reverse SDE by Euler-Maruyama with 1,000 equal steps from t = 1 to
t = 1e-3, start from N(0, sigma(1)^2 I), the exact score of the noised
mixture by log-sum-exp, fresh Gaussian noise every step (numpy's PCG64
standard_normal), double precision. Prints one JSON line with seconds and
items_per_s (particle-steps per second). Usage: numpy_diffusion_gmm_sde.py [--n N] [--steps K]
"""
import argparse
import json
import time

import numpy as np


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--steps", type=int, default=1_000)
    args = parser.parse_args()
    n, steps = args.n, args.steps
    beta_min, beta_max, t_min = 0.1, 20.0, 1e-3
    angles = 2 * np.pi * np.arange(8) / 8
    mu = np.stack([4 * np.cos(angles), 4 * np.sin(angles)], axis=1)  # (8, 2)
    s2 = 0.3 ** 2
    log_w = np.log(np.full(8, 1 / 8))

    def integral_beta(t):
        return beta_min * t + 0.5 * (beta_max - beta_min) * t * t

    def alpha(t):
        return np.exp(-0.5 * integral_beta(t))

    def sigma(t):
        return np.sqrt(-np.expm1(-integral_beta(t)))

    rng = np.random.default_rng(17)
    x = sigma(1.0) * rng.standard_normal((n, 2))
    ts = 1.0 + (t_min - 1.0) * np.arange(steps + 1) / steps
    z = np.empty((n, 2))
    begin = time.perf_counter()
    for k in range(steps):
        t, dt = ts[k], ts[k + 1] - ts[k]
        a = alpha(t)
        var = a * a * s2 + sigma(t) ** 2
        m = a * mu                                    # (8, 2)
        diff = x[:, None, :] - m[None, :, :]          # (n, 8, 2)
        logits = log_w - 0.5 * np.einsum("nkd,nkd->nk", diff, diff) / var  # common normaliser dropped
        logits -= logits.max(axis=1, keepdims=True)
        r = np.exp(logits)
        r /= r.sum(axis=1, keepdims=True)
        score = -np.einsum("nk,nkd->nd", r, diff) / var
        beta = beta_min + t * (beta_max - beta_min)
        rng.standard_normal(out=z)
        # x <- x + dt [f x - g^2 s] + g sqrt(|dt|) z  with f = -beta/2, g^2 = beta (dt < 0)
        x += dt * (-0.5 * beta * x - beta * score) + np.sqrt(beta * -dt) * z
    seconds = time.perf_counter() - begin
    print(json.dumps({"case": "diffusion_gmm_sde", "implementation": "numpy " + np.__version__, "particles": n,
                      "steps": steps, "seconds": seconds, "items_per_s": n * steps / seconds,
                      "mean_radius": float(np.sqrt((x ** 2).sum(axis=1)).mean())}))


if __name__ == "__main__":
    main()

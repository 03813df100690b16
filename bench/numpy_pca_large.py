#!/usr/bin/python3
"""The pca_large bench case in numpy, for comparison with
`flowscope-cli bench --case pca_large`: the top 10 principal components of a
10^6 x 100 float64 matrix by numpy's SVD-free route: centre the columns, form
the covariance X^T X / (n - 1) (BLAS), numpy.linalg.eigh, keep the largest 10.
The matrix is built like the engine's (normals scaled by 1/(j+1)); its
generation is not timed. Prints one JSON line with seconds (best of 3) and the
BLAS numpy uses. Usage: numpy_pca_large.py [--rows N] [--columns D]
"""
import argparse
import json
import time

import numpy as np


def pca_top(x, k):
    centred = x - x.mean(axis=0)
    covariance = centred.T @ centred / (x.shape[0] - 1)
    values, vectors = np.linalg.eigh(covariance)
    order = np.argsort(values)[::-1][:k]
    return values[order], vectors[:, order]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--columns", type=int, default=100)
    parser.add_argument("--components", type=int, default=10)
    args = parser.parse_args()
    rng = np.random.default_rng(7)
    z = rng.standard_normal((args.rows, args.columns))
    x = z / np.arange(1, args.columns + 1) + 0.01 * np.roll(z, -1, axis=1)
    best = float("inf")
    for _ in range(3):
        begin = time.perf_counter()
        values, _ = pca_top(x, args.components)
        best = min(best, time.perf_counter() - begin)
    blas = "unknown"
    try:
        info = np.show_config(mode="dicts")["Build Dependencies"]["blas"]
        blas = info.get("name", "unknown")
    except Exception:  # older numpy: no dict mode
        pass
    print(json.dumps({"case": "pca_large_numpy", "rows": args.rows, "columns": args.columns,
                      "components": args.components, "seconds": best, "blas": blas,
                      "explained_variance": values.tolist()}))


if __name__ == "__main__":
    main()

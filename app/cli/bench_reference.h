#pragma once
// Hand-written structure-of-arrays RK4 loops for the Lorenz system: the
// yardstick the generic ensemble engine is measured against. Compiled with
// -O3 -march=native (see app/CMakeLists.txt).
#include <cstddef>

namespace flowscope::cli {

struct LorenzParameters {
  double sigma, rho, beta;
};

// Steps outside, '#pragma omp parallel for simd' over trajectories inside.
void reference_rk4_steps_outside(double* x, double* y, double* z, std::size_t count, std::size_t steps, double dt,
                                 LorenzParameters p);

// Trajectories outside (parallel for simd), all steps of a lane in registers.
void reference_rk4_steps_inside(double* x, double* y, double* z, std::size_t count, std::size_t steps, double dt,
                                LorenzParameters p);

}  // namespace flowscope::cli

namespace flowscope::cli {

// Overdamped Euler-Maruyama in U = (x^2 - 1)^2 + y^2/2 for count particles:
// steps outside, '#pragma omp parallel for simd' over particles inside; the
// noise of particle i at step s comes from SplitMix64 of seed + c * golden
// gamma for the counters c = 2 (s count + i) + 1, + 2: two uniforms, one
// Box-Muller pair (x and y). Compiled with -O3 -march=native -ffast-math.
void reference_langevin_em_double_well(double* x, double* y, std::size_t count, std::size_t steps, double dt,
                                       double kT, double gamma, unsigned long long seed);

// Euler-Maruyama for Lorenz with additive noise of strength `noise` on every
// component, written the same way: steps outside, 'parallel for simd' inside,
// four SplitMix64 uniforms per particle and step (two Box-Muller pairs, three
// normals used). Compiled with -O3 -march=native -ffast-math.
void reference_lorenz_em(double* x, double* y, double* z, std::size_t count, std::size_t steps, double dt,
                         LorenzParameters p, double noise, unsigned long long seed);

}  // namespace flowscope::cli

namespace flowscope::cli {

// Log-domain Sinkhorn in 2-D written the straightforward way: for each row
// the exact maximum of (h_j - |x_i - y_j|^2)/eps (one pass), then the sum of
// exponentials (a second pass), the cost recomputed on the fly, '#pragma omp
// parallel for' over rows (then over columns for g). f, g: potentials in cost
// units, updated in place; a, b: weights. Compiled with -O3 -march=native -ffast-math.
void reference_sinkhorn_log_2d(const double* x0, const double* x1, std::size_t n, const double* y0, const double* y1,
                               std::size_t m, const double* a, const double* b, double eps, int iterations, double* f,
                               double* g);

}  // namespace flowscope::cli

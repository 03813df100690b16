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

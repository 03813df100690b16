#include "core/systems/lorenz.h"

namespace flowscope {

std::span<const ParameterSpec> LorenzSystem::parameters() const {
  static const ParameterSpec specs[] = {
      {"sigma", "σ", 10.0, 0.0, 30.0, "Prandtl number: how fast x relaxes towards y"},
      {"rho", "ρ", 28.0, 0.0, 100.0, "Rayleigh number: the driving; chaos above about 24.74"},
      {"beta", "β", 8.0 / 3.0, 0.0, 10.0, "geometric factor of the convection cell"},
  };
  return specs;
}

std::string_view LorenzSystem::equations() const {
  return "dx/dt = sigma (y - x)\ndy/dt = x (rho - z) - y\ndz/dt = x y - beta z";
}

std::string_view LorenzSystem::description() const {
  return "A three-mode truncation of convection in a fluid layer heated from below. Above "
         "rho = 24.74 trajectories circle two unstable foci, switching wings unpredictably: "
         "the butterfly.";
}

std::string_view LorenzSystem::citation() const {
  return "E. N. Lorenz, Deterministic nonperiodic flow, J. Atmos. Sci. 20, 130-141 (1963)";
}

std::span<const ReferenceValue> LorenzSystem::references() const {
  static const ReferenceValue values[] = {
      {"lyapunov_spectrum", {0.9056, 0.0, -14.5723},
       "J. C. Sprott, Chaos and Time-Series Analysis, Oxford University Press (2003)"},
      {"max_lyapunov", {0.9056}, "J. C. Sprott, Chaos and Time-Series Analysis, Oxford University Press (2003)"},
      {"kaplan_yorke", {2.0621}, "J. C. Sprott, Chaos and Time-Series Analysis, Oxford University Press (2003)"},
  };
  return values;
}

void LorenzSystem::drift(double, const double* x, const double* p, double* out) const {
  const double sigma = p[0], rho = p[1], beta = p[2];
  out[0] = sigma * (x[1] - x[0]);
  out[1] = x[0] * (rho - x[2]) - x[1];
  out[2] = x[0] * x[1] - beta * x[2];
}

void LorenzSystem::drift_batch(double, const double* const* x, std::size_t count, const double* p,
                               double* const* out) const {
  const double sigma = p[0], rho = p[1], beta = p[2];
  const double* __restrict X = x[0];
  const double* __restrict Y = x[1];
  const double* __restrict Z = x[2];
  double* __restrict dX = out[0];
  double* __restrict dY = out[1];
  double* __restrict dZ = out[2];
#pragma omp simd
  for (std::size_t i = 0; i < count; ++i) {
    dX[i] = sigma * (Y[i] - X[i]);
    dY[i] = X[i] * (rho - Z[i]) - Y[i];
    dZ[i] = X[i] * Y[i] - beta * Z[i];
  }
}

bool LorenzSystem::rk4_steps_batch(double, double h, std::uint64_t steps, double* const* x, std::size_t count,
                                   const double* p) const {
  const double sigma = p[0], rho = p[1], beta = p[2], h2 = 0.5 * h, h6 = h / 6.0;
  double* __restrict X = x[0];
  double* __restrict Y = x[1];
  double* __restrict Z = x[2];
  for (std::uint64_t s = 0; s < steps; ++s) {
#pragma omp simd
    for (std::size_t i = 0; i < count; ++i) {
      const double x0 = X[i], y0 = Y[i], z0 = Z[i];
      const double ax = sigma * (y0 - x0), ay = x0 * (rho - z0) - y0, az = x0 * y0 - beta * z0;
      double sx = x0 + h2 * ax, sy = y0 + h2 * ay, sz = z0 + h2 * az;
      const double bx = sigma * (sy - sx), by = sx * (rho - sz) - sy, bz = sx * sy - beta * sz;
      sx = x0 + h2 * bx, sy = y0 + h2 * by, sz = z0 + h2 * bz;
      const double cx = sigma * (sy - sx), cy = sx * (rho - sz) - sy, cz = sx * sy - beta * sz;
      sx = x0 + h * cx, sy = y0 + h * cy, sz = z0 + h * cz;
      const double dx = sigma * (sy - sx), dy = sx * (rho - sz) - sy, dz = sx * sy - beta * sz;
      X[i] = x0 + h6 * (ax + 2.0 * bx + 2.0 * cx + dx);
      Y[i] = y0 + h6 * (ay + 2.0 * by + 2.0 * cy + dy);
      Z[i] = z0 + h6 * (az + 2.0 * bz + 2.0 * cz + dz);
    }
  }
  return true;
}

void LorenzSystem::jacobian(double, const double* x, const double* p, double* jac) const {
  const double sigma = p[0], rho = p[1], beta = p[2];
  jac[0] = -sigma;     jac[1] = sigma; jac[2] = 0.0;
  jac[3] = rho - x[2]; jac[4] = -1.0;  jac[5] = -x[0];
  jac[6] = x[1];       jac[7] = x[0];  jac[8] = -beta;
}

}  // namespace flowscope

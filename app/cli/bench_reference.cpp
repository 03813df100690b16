#include "app/cli/bench_reference.h"

namespace flowscope::cli {
namespace {

#pragma omp declare simd
inline void lorenz_rk4_step(double& x, double& y, double& z, double dt, LorenzParameters p) {
  const double h2 = 0.5 * dt;
  const double ax = p.sigma * (y - x), ay = x * (p.rho - z) - y, az = x * y - p.beta * z;
  double sx = x + h2 * ax, sy = y + h2 * ay, sz = z + h2 * az;
  const double bx = p.sigma * (sy - sx), by = sx * (p.rho - sz) - sy, bz = sx * sy - p.beta * sz;
  sx = x + h2 * bx, sy = y + h2 * by, sz = z + h2 * bz;
  const double cx = p.sigma * (sy - sx), cy = sx * (p.rho - sz) - sy, cz = sx * sy - p.beta * sz;
  sx = x + dt * cx, sy = y + dt * cy, sz = z + dt * cz;
  const double dx = p.sigma * (sy - sx), dy = sx * (p.rho - sz) - sy, dz = sx * sy - p.beta * sz;
  x += dt / 6.0 * (ax + 2.0 * bx + 2.0 * cx + dx);
  y += dt / 6.0 * (ay + 2.0 * by + 2.0 * cy + dy);
  z += dt / 6.0 * (az + 2.0 * bz + 2.0 * cz + dz);
}

}  // namespace

void reference_rk4_steps_outside(double* x, double* y, double* z, std::size_t count, std::size_t steps, double dt,
                                 LorenzParameters p) {
  for (std::size_t s = 0; s < steps; ++s) {
#pragma omp parallel for simd schedule(static)
    for (std::size_t i = 0; i < count; ++i) lorenz_rk4_step(x[i], y[i], z[i], dt, p);
  }
}

void reference_rk4_steps_inside(double* x, double* y, double* z, std::size_t count, std::size_t steps, double dt,
                                LorenzParameters p) {
#pragma omp parallel for simd schedule(static)
  for (std::size_t i = 0; i < count; ++i) {
    double xi = x[i], yi = y[i], zi = z[i];
    for (std::size_t s = 0; s < steps; ++s) lorenz_rk4_step(xi, yi, zi, dt, p);
    x[i] = xi;
    y[i] = yi;
    z[i] = zi;
  }
}

}  // namespace flowscope::cli

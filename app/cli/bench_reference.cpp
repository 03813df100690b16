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

#include <cmath>
#include <cstdint>

namespace flowscope::cli {
namespace {

constexpr std::uint64_t kGoldenGamma = 0x9E3779B97F4A7C15ull;

#pragma omp declare simd
inline std::uint64_t splitmix64(std::uint64_t z) {
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

#pragma omp declare simd
inline double unit(std::uint64_t bits) { return (static_cast<double>(bits >> 11) + 0.5) * 0x1p-53; }

}  // namespace

void reference_langevin_em_double_well(double* x, double* y, std::size_t count, std::size_t steps, double dt,
                                       double kT, double gamma, unsigned long long seed) {
  const double drift = -dt / gamma, noise = std::sqrt(2.0 * kT * dt / gamma);
  constexpr double kTwoPi = 6.283185307179586476925286766559;
  for (std::size_t s = 0; s < steps; ++s) {
    const std::uint64_t base = 2 * static_cast<std::uint64_t>(s) * count;
#pragma omp parallel for simd schedule(static)
    for (std::size_t i = 0; i < count; ++i) {
      const std::uint64_t c = base + 2 * i;
      const double u1 = unit(splitmix64(seed + (c + 1) * kGoldenGamma));
      const double u2 = unit(splitmix64(seed + (c + 2) * kGoldenGamma));
      const double r = noise * std::sqrt(-2.0 * std::log(u1));
      const double a = kTwoPi * u2;
      const double xi = x[i], yi = y[i];
      x[i] = xi + drift * 4.0 * xi * (xi * xi - 1.0) + r * std::cos(a);
      y[i] = yi + drift * yi + r * std::sin(a);
    }
  }
}

void reference_lorenz_em(double* x, double* y, double* z, std::size_t count, std::size_t steps, double dt,
                         LorenzParameters p, double noise, unsigned long long seed) {
  const double scale = noise * std::sqrt(dt);
  constexpr double kTwoPi = 6.283185307179586476925286766559;
  for (std::size_t s = 0; s < steps; ++s) {
    const std::uint64_t base = 4 * static_cast<std::uint64_t>(s) * count;
#pragma omp parallel for simd schedule(static)
    for (std::size_t i = 0; i < count; ++i) {
      const std::uint64_t c = base + 4 * i;
      const double r1 = scale * std::sqrt(-2.0 * std::log(unit(splitmix64(seed + (c + 1) * kGoldenGamma))));
      const double a1 = kTwoPi * unit(splitmix64(seed + (c + 2) * kGoldenGamma));
      const double r2 = scale * std::sqrt(-2.0 * std::log(unit(splitmix64(seed + (c + 3) * kGoldenGamma))));
      const double a2 = kTwoPi * unit(splitmix64(seed + (c + 4) * kGoldenGamma));
      const double xi = x[i], yi = y[i], zi = z[i];
      x[i] = xi + dt * (p.sigma * (yi - xi)) + r1 * std::cos(a1);
      y[i] = yi + dt * (xi * (p.rho - zi) - yi) + r1 * std::sin(a1);
      z[i] = zi + dt * (xi * yi - p.beta * zi) + r2 * std::cos(a2);
    }
  }
}

}  // namespace flowscope::cli

#include <vector>

namespace flowscope::cli {
namespace {

// new_p[i] = -eps log sum_j w_j exp((q_pot[j] - |p_i - q_j|^2)/eps).
void reference_softmin(const double* p0, const double* p1, std::size_t n, const double* q0, const double* q1,
                       std::size_t m, const double* log_w, const double* q_pot, double eps, double* new_p) {
  const double inv = 1.0 / eps;
#pragma omp parallel for schedule(static)
  for (std::size_t i = 0; i < n; ++i) {
    const double xi = p0[i], yi = p1[i];
    double mx = -1e308;
#pragma omp simd reduction(max : mx)
    for (std::size_t j = 0; j < m; ++j) {
      const double dx = xi - q0[j], dy = yi - q1[j];
      const double v = (q_pot[j] - dx * dx - dy * dy) * inv + log_w[j];
      mx = v > mx ? v : mx;
    }
    double s = 0.0;
#pragma omp simd reduction(+ : s)
    for (std::size_t j = 0; j < m; ++j) {
      const double dx = xi - q0[j], dy = yi - q1[j];
      s += std::exp((q_pot[j] - dx * dx - dy * dy) * inv + log_w[j] - mx);
    }
    new_p[i] = -eps * (mx + std::log(s));
  }
}

}  // namespace

void reference_sinkhorn_log_2d(const double* x0, const double* x1, std::size_t n, const double* y0, const double* y1,
                               std::size_t m, const double* a, const double* b, double eps, int iterations, double* f,
                               double* g) {
  std::vector<double> log_a(n), log_b(m);
  for (std::size_t i = 0; i < n; ++i) log_a[i] = std::log(a[i]);
  for (std::size_t j = 0; j < m; ++j) log_b[j] = std::log(b[j]);
  for (int it = 0; it < iterations; ++it) {
    reference_softmin(x0, x1, n, y0, y1, m, log_b.data(), g, eps, f);
    reference_softmin(y0, y1, m, x0, x1, n, log_a.data(), f, eps, g);
  }
}

}  // namespace flowscope::cli

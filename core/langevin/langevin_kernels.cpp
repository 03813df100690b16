// Compiled with -ffast-math -fno-builtin-sin -fno-builtin-cos (core/CMakeLists.txt):
// see langevin_kernels.h.
#include "core/langevin/langevin_kernels.h"

#include <cmath>
#include <cstring>

#include "core/random/philox.h"

namespace flowscope::langevin_kernels {
namespace {

constexpr std::size_t kN = kLangevinChunk;
constexpr double kTwoPi = 6.283185307179586476925286766559;

template <typename T>
T* aligned(T* p) {
  return static_cast<T*>(__builtin_assume_aligned(p, 64));
}

}  // namespace

void normals4(std::uint64_t seed, std::uint32_t first, std::uint64_t step, std::uint32_t block, double* z0, double* z1,
              double* z2, double* z3) {
  double* __restrict a0 = aligned(z0);
  double* __restrict a1 = aligned(z1);
  double* __restrict a2 = aligned(z2);
  double* __restrict a3 = aligned(z3);
  const std::uint32_t k0 = static_cast<std::uint32_t>(seed), k1 = static_cast<std::uint32_t>(seed >> 32);
  const std::uint32_t s0 = static_cast<std::uint32_t>(step), s1 = static_cast<std::uint32_t>(step >> 32);
#pragma omp simd
  for (std::size_t i = 0; i < kN; ++i) {
    const philox::Block bits = philox::generate({{block, s0, s1, first + static_cast<std::uint32_t>(i)}}, k0, k1);
    const double r0 = std::sqrt(-2.0 * std::log(philox::to_unit(bits.v[0])));
    const double r1 = std::sqrt(-2.0 * std::log(philox::to_unit(bits.v[2])));
    const double t0 = kTwoPi * philox::to_unit(bits.v[1]);
    const double t1 = kTwoPi * philox::to_unit(bits.v[3]);
    a0[i] = r0 * std::cos(t0);
    a1[i] = r0 * std::sin(t0);
    a2[i] = r1 * std::cos(t1);
    a3[i] = r1 * std::sin(t1);
  }
}

void overdamped_em(double* x, const double* grad, const double* xi, double drift, double shift, double noise) {
  double* __restrict px = aligned(x);
  const double* __restrict pg = aligned(grad);
  const double* __restrict pz = aligned(xi);
#pragma omp simd
  for (std::size_t i = 0; i < kN; ++i) px[i] += drift * pg[i] + shift + noise * pz[i];
}

void overdamped_lm(double* x, const double* grad, const double* xi, const double* xi_next, double drift, double shift,
                   double half_noise) {
  double* __restrict px = aligned(x);
  const double* __restrict pg = aligned(grad);
  const double* __restrict pz = aligned(xi);
  const double* __restrict pn = aligned(xi_next);
#pragma omp simd
  for (std::size_t i = 0; i < kN; ++i) px[i] += drift * pg[i] + shift + half_noise * (pz[i] + pn[i]);
}

void baoab_baoa(double* x, double* v, const double* grad, const double* xi, double kick, double shift, double half_h,
                double c1, double c3) {
  double* __restrict px = aligned(x);
  double* __restrict pv = aligned(v);
  const double* __restrict pg = aligned(grad);
  const double* __restrict pz = aligned(xi);
#pragma omp simd
  for (std::size_t i = 0; i < kN; ++i) {
    double vi = pv[i] + kick * pg[i] + shift;
    double xi_ = px[i] + half_h * vi;
    vi = c1 * vi + c3 * pz[i];
    px[i] = xi_ + half_h * vi;
    pv[i] = vi;
  }
}

void baoab_b(double* v, const double* grad, double kick, double shift) {
  double* __restrict pv = aligned(v);
  const double* __restrict pg = aligned(grad);
#pragma omp simd
  for (std::size_t i = 0; i < kN; ++i) pv[i] += kick * pg[i] + shift;
}

void underdamped_em(double* x, double* v, const double* grad, const double* xi, double h, double damp, double kick,
                    double shift, double noise) {
  double* __restrict px = aligned(x);
  double* __restrict pv = aligned(v);
  const double* __restrict pg = aligned(grad);
  const double* __restrict pz = aligned(xi);
#pragma omp simd
  for (std::size_t i = 0; i < kN; ++i) {
    const double vi = pv[i];
    px[i] += h * vi;
    pv[i] = damp * vi + kick * pg[i] + shift + noise * pz[i];
  }
}

bool any_non_finite(const double* x) {
  const double* __restrict px = aligned(x);
  std::uint64_t bad = 0;
#pragma omp simd reduction(| : bad)
  for (std::size_t i = 0; i < kN; ++i) {
    std::uint64_t bits;
    std::memcpy(&bits, px + i, sizeof bits);
    bad |= static_cast<std::uint64_t>((bits & 0x7FF0000000000000ull) == 0x7FF0000000000000ull);
  }
  return bad != 0;
}

}  // namespace flowscope::langevin_kernels

// Compiled with -ffast-math -fno-builtin-sin -fno-builtin-cos (core/CMakeLists.txt):
// see langevin_kernels.h.
#include "core/langevin/langevin_kernels.h"

#include <cmath>
#include <cstring>

#include "core/random/box_muller.h"
#include "core/random/philox.h"

namespace flowscope::langevin_kernels {
namespace {

constexpr std::size_t kN = kLangevinChunk;

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
  const box_muller::AngleTable& table = box_muller::angle_table();
  const double* __restrict tc = table.cos;
  const double* __restrict ts = table.sin;
#pragma omp simd
  for (std::size_t i = 0; i < kN; ++i) {
    std::uint64_t w0 = block, w1 = s0, w2 = s1, w3 = first + static_cast<std::uint32_t>(i);
    philox::generate_words(w0, w1, w2, w3, k0, k1);
    const double r0 = std::sqrt(-2.0 * std::log(philox::to_unit(static_cast<std::uint32_t>(w0))));
    const double r1 = std::sqrt(-2.0 * std::log(philox::to_unit(static_cast<std::uint32_t>(w2))));
    double c0, sn0, c1, sn1;
    box_muller::turn_cos_sin(static_cast<std::uint32_t>(w1), tc, ts, c0, sn0);
    box_muller::turn_cos_sin(static_cast<std::uint32_t>(w3), tc, ts, c1, sn1);
    a0[i] = r0 * c0;
    a1[i] = r0 * sn0;
    a2[i] = r1 * c1;
    a3[i] = r1 * sn1;
  }
}

// 1 when value is NaN or infinite: an integer test of the exponent bits, which
// -ffast-math cannot fold away as it may std::isfinite.
inline std::uint64_t non_finite_bit(double value) {
  std::uint64_t bits;
  std::memcpy(&bits, &value, sizeof bits);
  return static_cast<std::uint64_t>((bits & 0x7FF0000000000000ull) == 0x7FF0000000000000ull);
}

bool overdamped_em(double* x, const double* grad, const double* xi, double drift, double shift, double noise) {
  double* __restrict px = aligned(x);
  const double* __restrict pg = aligned(grad);
  const double* __restrict pz = aligned(xi);
  std::uint64_t bad = 0;
#pragma omp simd reduction(| : bad)
  for (std::size_t i = 0; i < kN; ++i) {
    const double next = px[i] + (drift * pg[i] + shift + noise * pz[i]);
    px[i] = next;
    bad |= non_finite_bit(next);
  }
  return bad != 0;
}

bool overdamped_lm(double* x, const double* grad, const double* xi, const double* xi_next, double drift, double shift,
                   double half_noise) {
  double* __restrict px = aligned(x);
  const double* __restrict pg = aligned(grad);
  const double* __restrict pz = aligned(xi);
  const double* __restrict pn = aligned(xi_next);
  std::uint64_t bad = 0;
#pragma omp simd reduction(| : bad)
  for (std::size_t i = 0; i < kN; ++i) {
    const double next = px[i] + (drift * pg[i] + shift + half_noise * (pz[i] + pn[i]));
    px[i] = next;
    bad |= non_finite_bit(next);
  }
  return bad != 0;
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
  for (std::size_t i = 0; i < kN; ++i) bad |= non_finite_bit(px[i]);
  return bad != 0;
}

}  // namespace flowscope::langevin_kernels

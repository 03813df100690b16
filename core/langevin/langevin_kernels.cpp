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

// cos and sin of the Box-Muller angle 2 pi (bits + 0.5) 2^-32 without a
// general sin/cos: the angle is a multiple of 2^-32 turns, so it splits
// exactly into a table angle 2 pi k / 1024 (k from the top bits, rounded)
// and a rest |delta| <= pi / 1024, whose sine and cosine are short Taylor
// sums (first omitted terms: delta^7/5040 < 1e-21, delta^6/720 < 2e-18).
// Then cos = C + (C cm - S sd), sin = S + (S cm + C sd) with cm = cos delta - 1:
// within a few ulp of the true values, at the cost of two table gathers.
constexpr int kAngleBits = 10;
constexpr std::size_t kAngles = std::size_t(1) << kAngleBits;

struct AngleTable {
  alignas(64) double cos[kAngles];
  alignas(64) double sin[kAngles];
  AngleTable() {
    for (std::size_t k = 0; k < kAngles; ++k) {
      // Exact quarter-turn symmetry keeps the table's own rounding minimal.
      const double turn = static_cast<double>(k) / kAngles;
      cos[k] = std::cos(kTwoPi * turn);
      sin[k] = std::sin(kTwoPi * turn);
    }
  }
};

const AngleTable& angle_table() {
  static const AngleTable table;
  return table;
}

#pragma omp declare simd notinbranch
inline void turn_cos_sin(std::uint32_t bits, const double* __restrict table_cos, const double* __restrict table_sin,
                         double& c, double& s) {
  constexpr int kRestBits = 32 - kAngleBits;
  const std::uint64_t k = (static_cast<std::uint64_t>(bits) + (std::uint64_t(1) << (kRestBits - 1))) >> kRestBits;
  // The rest in units of 2^-32 turns, exact in a double: bits + 0.5 - k 2^22.
  const double rest = static_cast<double>(static_cast<std::int64_t>(bits) - static_cast<std::int64_t>(k << kRestBits)) + 0.5;
  const double delta = rest * (kTwoPi * 0x1p-32);
  const double d2 = delta * delta;
  const double sd = delta * (1.0 + d2 * (-1.0 / 6.0 + d2 * (1.0 / 120.0)));
  const double cm = d2 * (-0.5 + d2 * (1.0 / 24.0));
  const std::size_t index = static_cast<std::size_t>(k & (kAngles - 1));
  const double tc = table_cos[index], ts = table_sin[index];
  c = tc + (tc * cm - ts * sd);
  s = ts + (ts * cm + tc * sd);
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
  const AngleTable& table = angle_table();
  const double* __restrict tc = table.cos;
  const double* __restrict ts = table.sin;
#pragma omp simd
  for (std::size_t i = 0; i < kN; ++i) {
    std::uint64_t w0 = block, w1 = s0, w2 = s1, w3 = first + static_cast<std::uint32_t>(i);
    philox::generate_words(w0, w1, w2, w3, k0, k1);
    const double r0 = std::sqrt(-2.0 * std::log(philox::to_unit(static_cast<std::uint32_t>(w0))));
    const double r1 = std::sqrt(-2.0 * std::log(philox::to_unit(static_cast<std::uint32_t>(w2))));
    double c0, sn0, c1, sn1;
    turn_cos_sin(static_cast<std::uint32_t>(w1), tc, ts, c0, sn0);
    turn_cos_sin(static_cast<std::uint32_t>(w3), tc, ts, c1, sn1);
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

#pragma once
// The cosine and sine of the Box-Muller angle 2 pi (bits + 0.5) 2^-32 without a
// general sin/cos, for vector loops: the angle is a multiple of 2^-32 turns,
// so it splits exactly into a table angle 2 pi k / 1024 (k from the top bits,
// rounded) and a rest |delta| <= pi / 1024, whose sine and cosine are short
// Taylor sums (first omitted terms: delta^7/5040 < 1e-21, delta^6/720 < 2e-18).
// Then cos = C + (C cm - S sd), sin = S + (S cm + C sd) with cm = cos delta - 1:
// within a few ulp of libm (2.2e-15 on normals, tested), at the cost of two
// table gathers instead of two vector sin/cos calls.
#include <cstddef>
#include <cstdint>

namespace flowscope::box_muller {

inline constexpr double kTwoPi = 6.283185307179586476925286766559;
inline constexpr int kAngleBits = 10;
inline constexpr std::size_t kAngles = std::size_t(1) << kAngleBits;

struct AngleTable {
  alignas(64) double cos[kAngles];
  alignas(64) double sin[kAngles];
};
// Built once (thread-safe); take its arrays before a vector loop.
const AngleTable& angle_table();

#pragma omp declare simd notinbranch
inline void turn_cos_sin(std::uint32_t bits, const double* __restrict table_cos, const double* __restrict table_sin,
                         double& c, double& s) {
  constexpr int kRestBits = 32 - kAngleBits;
  const std::uint64_t k = (static_cast<std::uint64_t>(bits) + (std::uint64_t(1) << (kRestBits - 1))) >> kRestBits;
  // The rest in units of 2^-32 turns, exact in a double: bits + 0.5 - k 2^22.
  const double rest =
      static_cast<double>(static_cast<std::int64_t>(bits) - static_cast<std::int64_t>(k << kRestBits)) + 0.5;
  const double delta = rest * (kTwoPi * 0x1p-32);
  const double d2 = delta * delta;
  const double sd = delta * (1.0 + d2 * (-1.0 / 6.0 + d2 * (1.0 / 120.0)));
  const double cm = d2 * (-0.5 + d2 * (1.0 / 24.0));
  const std::size_t index = static_cast<std::size_t>(k & (kAngles - 1));
  const double tc = table_cos[index], ts = table_sin[index];
  c = tc + (tc * cm - ts * sd);
  s = ts + (ts * cm + tc * sd);
}

}  // namespace flowscope::box_muller

#pragma once
// Poisson variates from Philox uniforms, keyed like every random number in
// Flowscope by (seed, stream, step) so that samples do not depend on threads.
//   lambda < 12: inversion by sequential search (one uniform).
//   lambda >= 12: Hörmann's transformed rejection with squeeze, "PTRS"
//   (W. Hörmann, "The transformed rejection method for generating Poisson
//   random variables", Insurance: Mathematics and Economics 12, 39-45, 1993),
//   about 1.2 uniform pairs per variate.
#include <cmath>
#include <cstdint>

#include "core/random/philox.h"

namespace flowscope {

// Uniforms in (0, 1) for one (seed, stream, step): Philox blocks 0, 1, 2, ... in turn.
class UniformStream {
 public:
  UniformStream(std::uint64_t seed, std::uint32_t stream, std::uint64_t step) : seed_(seed), stream_(stream), step_(step) {}
  double next() {
    if (used_ == 4) {
      const philox::Block counter{{block_++, static_cast<std::uint32_t>(step_), static_cast<std::uint32_t>(step_ >> 32), stream_}};
      bits_ = philox::generate(counter, static_cast<std::uint32_t>(seed_), static_cast<std::uint32_t>(seed_ >> 32));
      used_ = 0;
    }
    return philox::to_unit(bits_.v[used_++]);
  }

 private:
  std::uint64_t seed_;
  std::uint32_t stream_;
  std::uint64_t step_;
  std::uint32_t block_ = 0;
  philox::Block bits_{};
  int used_ = 4;
};

// One Poisson(lambda) variate; lambda <= 0 (or NaN) gives 0.
inline double poisson_variate(double lambda, UniformStream& uniforms) {
  if (!(lambda > 0)) return 0.0;
  if (lambda < 12.0) {
    const double u = uniforms.next();
    double p = std::exp(-lambda), cumulative = p;
    int k = 0;
    while (u > cumulative && k < 1000) {
      ++k;
      p *= lambda / k;
      cumulative += p;
    }
    return k;
  }
  const double slam = std::sqrt(lambda), loglam = std::log(lambda);
  const double b = 0.931 + 2.53 * slam, a = -0.059 + 0.02483 * b;
  const double inv_alpha = 1.1239 + 1.1328 / (b - 3.4), vr = 0.9277 - 3.6224 / (b - 2);
  while (true) {
    const double u = uniforms.next() - 0.5, v = uniforms.next();
    const double us = 0.5 - std::fabs(u);
    const double k = std::floor((2 * a / us + b) * u + lambda + 0.43);
    if (us >= 0.07 && v <= vr) return k;
    if (k < 0 || (us < 0.013 && v > us)) continue;
    if (std::log(v) + std::log(inv_alpha) - std::log(a / (us * us) + b) <= -lambda + k * loglam - std::lgamma(k + 1))
      return k;
  }
}

}  // namespace flowscope

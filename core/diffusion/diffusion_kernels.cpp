// Compiled with -ffast-math -fno-builtin-sin -fno-builtin-cos (core/CMakeLists.txt):
// see diffusion_kernels.h.
#include "core/diffusion/diffusion_kernels.h"

#include <cmath>

#include "core/random/philox.h"

namespace flowscope::diffusion_kernels {
namespace {

constexpr double kTwoPi = 6.283185307179586476925286766559;

void pair(std::uint32_t k0, std::uint32_t k1, std::uint32_t s0, std::uint32_t s1, std::uint32_t block,
          std::uint32_t first, double* __restrict a, double* __restrict b, std::size_t n) {
#pragma omp simd
  for (std::size_t i = 0; i < n; ++i) {
    const philox::Block bits = philox::generate({{block, s0, s1, first + static_cast<std::uint32_t>(i)}}, k0, k1);
    const double r = std::sqrt(-2.0 * std::log(philox::to_unit(bits.v[0])));
    const double t = kTwoPi * philox::to_unit(bits.v[1]);
    a[i] = r * std::cos(t);
    b[i] = r * std::sin(t);
  }
}

void two_pairs(std::uint32_t k0, std::uint32_t k1, std::uint32_t s0, std::uint32_t s1, std::uint32_t block,
               std::uint32_t first, double* __restrict a, double* __restrict b, double* __restrict c, std::size_t n) {
#pragma omp simd
  for (std::size_t i = 0; i < n; ++i) {
    const philox::Block bits = philox::generate({{block, s0, s1, first + static_cast<std::uint32_t>(i)}}, k0, k1);
    const double r0 = std::sqrt(-2.0 * std::log(philox::to_unit(bits.v[0])));
    const double r1 = std::sqrt(-2.0 * std::log(philox::to_unit(bits.v[2])));
    const double t0 = kTwoPi * philox::to_unit(bits.v[1]);
    const double t1 = kTwoPi * philox::to_unit(bits.v[3]);
    a[i] = r0 * std::cos(t0);
    b[i] = r0 * std::sin(t0);
    c[i] = r1 * std::cos(t1);
  }
}

}  // namespace

void normals(std::uint64_t seed, std::uint32_t first, std::uint64_t step, std::uint32_t block, int dimension,
             double* const* z, std::size_t n) {
  const std::uint32_t k0 = static_cast<std::uint32_t>(seed), k1 = static_cast<std::uint32_t>(seed >> 32);
  const std::uint32_t s0 = static_cast<std::uint32_t>(step), s1 = static_cast<std::uint32_t>(step >> 32);
  if (dimension == 3) {
    two_pairs(k0, k1, s0, s1, block, first, z[0], z[1], z[2], n);
  } else {
    // One dimension: the pair's second value goes to scratch z[1] (callers
    // give a second array) so the loop stays the same.
    pair(k0, k1, s0, s1, block, first, z[0], z[1], n);
  }
}

}  // namespace flowscope::diffusion_kernels

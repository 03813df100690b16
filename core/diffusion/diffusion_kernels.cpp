// Compiled with -ffast-math -fno-builtin-sin -fno-builtin-cos (core/CMakeLists.txt):
// see diffusion_kernels.h.
#include "core/diffusion/diffusion_kernels.h"

#include <cmath>

#include "core/random/box_muller.h"
#include "core/random/philox.h"

namespace flowscope::diffusion_kernels {
namespace {

void pair(std::uint32_t k0, std::uint32_t k1, std::uint32_t s0, std::uint32_t s1, std::uint32_t block,
          std::uint32_t first, double* __restrict a, double* __restrict b, std::size_t n) {
  const box_muller::AngleTable& table = box_muller::angle_table();
  const double* __restrict tc = table.cos;
  const double* __restrict ts = table.sin;
#pragma omp simd
  for (std::size_t i = 0; i < n; ++i) {
    std::uint64_t w0 = block, w1 = s0, w2 = s1, w3 = first + static_cast<std::uint32_t>(i);
    philox::generate_words(w0, w1, w2, w3, k0, k1);
    const double r = std::sqrt(-2.0 * std::log(philox::to_unit(static_cast<std::uint32_t>(w0))));
    double c, sn;
    box_muller::turn_cos_sin(static_cast<std::uint32_t>(w1), tc, ts, c, sn);
    a[i] = r * c;
    b[i] = r * sn;
  }
}

void two_pairs(std::uint32_t k0, std::uint32_t k1, std::uint32_t s0, std::uint32_t s1, std::uint32_t block,
               std::uint32_t first, double* __restrict a, double* __restrict b, double* __restrict c, std::size_t n) {
  const box_muller::AngleTable& table = box_muller::angle_table();
  const double* __restrict tc = table.cos;
  const double* __restrict ts = table.sin;
#pragma omp simd
  for (std::size_t i = 0; i < n; ++i) {
    std::uint64_t w0 = block, w1 = s0, w2 = s1, w3 = first + static_cast<std::uint32_t>(i);
    philox::generate_words(w0, w1, w2, w3, k0, k1);
    const double r0 = std::sqrt(-2.0 * std::log(philox::to_unit(static_cast<std::uint32_t>(w0))));
    const double r1 = std::sqrt(-2.0 * std::log(philox::to_unit(static_cast<std::uint32_t>(w2))));
    double c0, s0n, c1, s1n;
    box_muller::turn_cos_sin(static_cast<std::uint32_t>(w1), tc, ts, c0, s0n);
    box_muller::turn_cos_sin(static_cast<std::uint32_t>(w3), tc, ts, c1, s1n);
    a[i] = r0 * c0;
    b[i] = r0 * s0n;
    c[i] = r1 * c1;
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

#pragma once
// The noise of the diffusion samplers, as a plain function over one chunk.
// Compiled with -ffast-math -fno-builtin-sin -fno-builtin-cos (glibc's vector
// log, sin and cos); every particle is treated alone.
#include <cstddef>
#include <cstdint>

namespace flowscope::diffusion_kernels {

// z[j][i] = philox::normals(seed, first + i, step, block)[j] for j < dimension
// (<= 3) and i < n (up to the last bits of the vector log/sin/cos). One or
// two dimensions draw one Box-Muller pair, three draw two.
void normals(std::uint64_t seed, std::uint32_t first, std::uint64_t step, std::uint32_t block, int dimension,
             double* const* z, std::size_t n);

}  // namespace flowscope::diffusion_kernels

#pragma once
// The inner loops of Langevin dynamics (dynamics.cpp), as plain functions over
// one chunk of exactly kLangevinChunk particles, 64-byte aligned. This file's
// .cpp is compiled with -ffast-math (for glibc's vector log, sin and cos) and
// -fno-builtin-sin -fno-builtin-cos (so sin and cos of one angle do not fuse
// into a scalar sincos). Every loop treats each particle alone, and chunks are
// always full (particle arrays are padded), so a particle's arithmetic never
// depends on where a chunk boundary or a thread boundary falls.
#include <cstddef>
#include <cstdint>

namespace flowscope::langevin_kernels {

inline constexpr std::size_t kLangevinChunk = 256;

// Standard normals for particles first .. first + kLangevinChunk - 1 at one
// step: z0..z3 are philox::normals(seed, particle, step, block)[0..3] up to
// rounding (vector log, table-based cos/sin; within 2.2e-15, tested).
void normals4(std::uint64_t seed, std::uint32_t first, std::uint64_t step, std::uint32_t block, double* z0, double* z1,
              double* z2, double* z3);
// Overdamped Euler-Maruyama: x += drift * grad + shift + noise * xi. Returns
// true when some new x is NaN or infinite (checked in the same pass).
bool overdamped_em(double* x, const double* grad, const double* xi, double drift, double shift, double noise);
// Leimkuhler-Matthews: x += drift * grad + shift + half_noise * (xi + xi_next);
// returns as overdamped_em.
bool overdamped_lm(double* x, const double* grad, const double* xi, const double* xi_next, double drift, double shift,
                   double half_noise);
// BAOAB's B, A, O, A: v += kick * grad + shift; x += half_h v; v = c1 v + c3 xi; x += half_h v.
void baoab_baoa(double* x, double* v, const double* grad, const double* xi, double kick, double shift, double half_h,
                double c1, double c3);
// BAOAB's last B: v += kick * grad + shift.
void baoab_b(double* v, const double* grad, double kick, double shift);
// Underdamped Euler-Maruyama from (x, v): x += h v; v = damp v + kick grad + shift + noise xi.
void underdamped_em(double* x, double* v, const double* grad, const double* xi, double h, double damp, double kick,
                    double shift, double noise);

// True when some value of the chunk is NaN or infinite (integer test, safe under fast-math).
bool any_non_finite(const double* x);

}  // namespace flowscope::langevin_kernels

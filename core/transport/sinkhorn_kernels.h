#pragma once
// The hot loops of log-domain Sinkhorn: log-sum-exp reductions of one point p
// against a whole cloud q with the squared Euclidean cost computed on the fly
// from structure-of-arrays coordinates (cheap in low dimension, and it never
// needs the N x M cost matrix in memory).
//
// This file's .cpp is compiled with -ffast-math so that exp vectorises through
// glibc's libmvec. Each function reduces one row in a fixed order that
// depends only on the row's length and the arrays' addresses, never on the
// thread that runs it, so Sinkhorn's results do not depend on the number of
// threads. Exponents are clamped to [-kExpClamp, kExpClamp]: an entry below
// e^-700 ~ 1e-304 contributes nothing measurable next to the row's largest
// term (>= e^0 after exact shifting) and the clamp keeps libmvec on its fast
// path (it falls back to scalar code outside its range). The callers test the
// sums for range themselves: -ffast-math assumes no infinities, so this file
// must not.
#include <cstddef>

namespace flowscope::sinkhorn_kernels {

inline constexpr double kExpClamp = 700.0;

// The point p has `dimension` coordinates; q holds `count` points as
// dimension arrays q[k][j]. The exponent of column j is
//   a_j = (h[j] - |p - q_j|^2) * inv_eps - shift
// clamped as above.

// max_j of the unclamped a_j + shift, i.e. max_j (h[j] - |p - q_j|^2) * inv_eps.
double max_exponent(const double* p, const double* const* q, const double* h, std::size_t count, int dimension,
                    double inv_eps);

// sum_j exp(a_j).
double sum_exp(const double* p, const double* const* q, const double* h, std::size_t count, int dimension,
               double inv_eps, double shift);

// sum_j exp(a_j) and sum_j exp(a_j) |p - q_j|^2 (for the transport cost).
void sum_exp_cost(const double* p, const double* const* q, const double* h, std::size_t count, int dimension,
                  double inv_eps, double shift, double* sum, double* cost_sum);

// sum_j exp(a_j) v[k][j] for k < values (a weighted sum of vectors), written
// to out[k]; returns sum_j exp(a_j).
double sum_exp_weighted(const double* p, const double* const* q, const double* h, std::size_t count, int dimension,
                        double inv_eps, double shift, const double* const* v, int values, double* out);

// exp(a_j) for every j, written to out (for one row of a plan).
void exp_row(const double* p, const double* const* q, const double* h, std::size_t count, int dimension,
             double inv_eps, double shift, double* out);

}  // namespace flowscope::sinkhorn_kernels

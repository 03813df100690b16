#pragma once
// The inner loop of every mixture evaluation: for points x (structure of
// arrays) and K Gaussian components with log-weights c_k, means m_k and
// precisions P_k,
//
//   l_k(x) = c_k - (x - m_k)^T P_k (x - m_k) / 2,   r_k = softmax_k(l_k),
//   log p(x) = log sum_k exp(l_k)                 (log-sum-exp: max first),
//   field(x) = sum_k r_k (a_k + B_k (x - m_k)).
//
// With a = 0 and B = -P the field is the score grad log p; the interpolants
// put their conditional velocities (and velocity + eps * score) into a and B.
// Compiled with -ffast-math (glibc's vector exp), so the loops stay free of
// NaN/infinity tests: the max starts at -1e300, not -inf. The loop over
// points is the vector loop; the loop over components runs inside it, so the
// accumulators stay in registers and each point is treated alone (results
// do not depend on how points are split between threads).
#include <cstddef>
#include <vector>

namespace flowscope {

// Tables in structure-of-arrays by component: entry e of component k at
// [e * count + k]. isotropic: precision and slope hold one number per
// component (P = p I, B = b I).
struct FieldTable {
  int dimension = 0;
  std::size_t count = 0;
  bool isotropic = false;
  std::vector<double> log_coefficient;  // count
  std::vector<double> mean;             // d * count
  std::vector<double> precision;        // count (isotropic) or d * d * count
  std::vector<double> offset;           // d * count, or empty for a = 0
  std::vector<double> slope;            // count (isotropic) or d * d * count, or empty for B = -P

  void resize(int dimension, std::size_t count, bool isotropic, bool with_field);
};

// x[j] and out[j] (j < dimension) point to n values each; out may be null
// (no field), log_density may be null. out must not alias x.
void mixture_field(const FieldTable& table, const double* const* x, std::size_t n, double* const* out,
                   double* log_density);

}  // namespace flowscope

#pragma once
// The entropic transport plan of a Sinkhorn run, read on demand instead of
// stored (N x M entries would not fit for large clouds):
//   pi_ij = a_i b_j exp((f_i + g_j - |x_i - y_j|^2) / eps).
#include <cstddef>
#include <cstdint>
#include <vector>

#include "core/transport/point_cloud.h"
#include "core/transport/sinkhorn.h"

namespace flowscope {

struct IndexPair {
  std::uint32_t i, j;  // source point, target point
};

class Coupling {
 public:
  // The plan at result.epsilon_reached with result's potentials.
  Coupling(PointCloud x, PointCloud y, const SinkhornResult& result);
  Coupling(PointCloud x, PointCloud y, std::vector<double> f, std::vector<double> g, double epsilon);

  const PointCloud& x() const { return x_; }
  const PointCloud& y() const { return y_; }
  double epsilon() const { return epsilon_; }

  double entry(std::size_t i, std::size_t j) const;
  // pi(j | i) for every j, normalised to sum 1 (out has y().count entries).
  void conditional_row(std::size_t i, double* out) const;
  // The dense plan, row-major N x M (small problems only: tests, plots).
  std::vector<double> dense() const;

  // n pairs drawn from the plan: the sources by systematic resampling of the
  // weights a (each point appears n a_i times, rounded up or down), then
  // j | i from the conditional row. The uniforms are Philox keyed by
  // (seed, pair index), so the pairs do not depend on the thread count.
  // Returned in order of i.
  std::vector<IndexPair> sample_pairs(std::size_t n, std::uint64_t seed) const;

  // The barycentric projection T(x_i) = sum_j pi(j|i) y_j, row by row
  // (N x dimension): the optimal transport map as eps -> 0.
  std::vector<double> barycentric_map() const;
  // Cov(X, Y) under the plan (dimension x dimension, row-major), through the
  // barycentric map: sum_ij pi_ij (x_i - mx)(y_j - my)^T = sum_i a_i (x_i - mx)(T_i - my)^T
  // when the rows are exact.
  std::vector<double> cross_covariance() const;

 private:
  PointCloud x_, y_;
  std::vector<double> f_, g_;
  std::vector<double> h_;  // g_j + eps log b_j
  double epsilon_;
};

}  // namespace flowscope

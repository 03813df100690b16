#pragma once
// Time derivatives of sampled trajectories for equation fitting.
//
// Scheme: optional Gaussian smoothing within each trial (sigma in samples,
// core/embed/smoothing), then the fourth-order central difference
//   x'(t_i) ~ (x_{i-2} - 8 x_{i-1} + 8 x_{i+1} - x_{i+2}) / (12 dt),
// whose truncation error is dt^4 x^(5) / 30. The two samples at each end of
// a trial have no centred stencil and are left out, so a trial contributes
// length - 4 rows. Smoothing trades that accuracy on clean data for
// robustness to noise (the noise in a plain difference grows like 1/dt).
#include <cstddef>
#include <vector>

#include "core/data/trajectory_set.h"

namespace flowscope {

struct DerivativeSamples {
  std::size_t dimension = 0;
  std::vector<double> states;       // rows x dimension, row-major: the (smoothed) states
  std::vector<double> derivatives;  // rows x dimension: their time derivatives
  std::vector<std::size_t> points;  // the data point each row belongs to
  std::size_t rows() const { return points.size(); }
};

// Throws InputError for a negative or non-finite sigma or a non-positive dt.
DerivativeSamples central_derivatives(const TrajectorySet& data, double dt, double smooth_sigma = 0.0);

}  // namespace flowscope

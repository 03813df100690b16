#pragma once
// A weighted point cloud, the input of entropic optimal transport and of
// Schrodinger bridges. Coordinates are stored as structure-of-arrays so the
// Sinkhorn kernels stream one axis at a time: coordinate j of point i is
// coords[j * count + i].
#include <cstddef>
#include <string>
#include <vector>

namespace flowscope {

struct PointCloud {
  int dimension = 0;
  std::size_t count = 0;
  std::vector<double> coords;   // dimension x count, axis-major (SoA)
  std::vector<double> weights;  // count non-negative weights summing to 1

  const double* axis(int j) const { return coords.data() + static_cast<std::size_t>(j) * count; }
  double* axis(int j) { return coords.data() + static_cast<std::size_t>(j) * count; }
  double at(std::size_t i, int j) const { return coords[static_cast<std::size_t>(j) * count + i]; }
};

// A cloud of count points given row by row (point i is rows[i*dimension ..]),
// with uniform weights.
PointCloud cloud_from_rows(const double* rows, std::size_t count, int dimension);
// The points row by row (count x dimension), the inverse of cloud_from_rows.
std::vector<double> cloud_rows(const PointCloud& cloud);

// Throws InputError naming `what` (an option or a snapshot) and the problem:
// no points, dimension < 1, a NaN or infinite coordinate (which point, which
// coordinate), a coordinate so large its squared distances overflow, a
// weight vector of the wrong length, a negative or non-finite weight, weights
// not summing to 1 within kWeightSumTolerance (1e-6, gaussian_mixture.h: the
// same as for mixture weights; float32 files of normalised weights are off by ~1e-7).
void validate_cloud(const PointCloud& cloud, const std::string& what);

// Replaces the weights after the same checks; the accepted weights are then
// rescaled to sum to 1 exactly (to rounding).
void set_weights(PointCloud& cloud, std::vector<double> weights, const std::string& what);

// Weighted mean (dimension) and covariance (dimension x dimension, row-major,
// normalised by the weight sum, no small-sample correction).
struct CloudMoments {
  std::vector<double> mean;
  std::vector<double> covariance;
};
CloudMoments moments(const PointCloud& cloud);
// Moments of count points given row by row with equal weights.
CloudMoments row_moments(const double* rows, std::size_t count, int dimension);

}  // namespace flowscope

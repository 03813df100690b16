#include "core/transport/point_cloud.h"

#include "core/distributions/gaussian_mixture.h"  // kWeightSumTolerance, shared with mixtures

#include <cmath>
#include <cstdio>

#include "core/errors.h"

namespace flowscope {
namespace {

// |x|^2 of a coordinate this large still fits a double with room for sums
// over 10^10 pairs: beyond it squared distances could overflow to infinity.
constexpr double kMaxCoordinate = 1e150;

std::string number_text(double value) {
  if (std::isnan(value)) return "NaN";
  if (std::isinf(value)) return value > 0 ? "inf" : "-inf";
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.17g", value);
  return buffer;
}

void check_weights(const std::vector<double>& weights, std::size_t count, const std::string& what) {
  if (weights.size() != count)
    throw InputError(what + ": " + std::to_string(weights.size()) + " weights for " + std::to_string(count) +
                     " points");
  double sum = 0.0;
  for (std::size_t i = 0; i < count; ++i) {
    const double w = weights[i];
    if (!std::isfinite(w) || w < 0)
      throw InputError(what + ": weight " + std::to_string(i) + " is " + number_text(w) +
                       " (weights must be finite and >= 0)");
    sum += w;
  }
  if (!(std::fabs(sum - 1.0) <= kWeightSumTolerance))
    throw InputError(what + ": the weights sum to " + number_text(sum) + ", not 1");
}

}  // namespace

PointCloud cloud_from_rows(const double* rows, std::size_t count, int dimension) {
  PointCloud cloud;
  cloud.dimension = dimension;
  cloud.count = count;
  cloud.coords.resize(count * static_cast<std::size_t>(dimension));
  for (std::size_t i = 0; i < count; ++i)
    for (int j = 0; j < dimension; ++j) cloud.axis(j)[i] = rows[i * dimension + j];
  cloud.weights.assign(count, count ? 1.0 / static_cast<double>(count) : 0.0);
  return cloud;
}

std::vector<double> cloud_rows(const PointCloud& cloud) {
  std::vector<double> rows(cloud.count * cloud.dimension);
  for (std::size_t i = 0; i < cloud.count; ++i)
    for (int j = 0; j < cloud.dimension; ++j) rows[i * cloud.dimension + j] = cloud.at(i, j);
  return rows;
}

void validate_cloud(const PointCloud& cloud, const std::string& what) {
  if (cloud.count == 0) throw InputError(what + ": the point cloud is empty");
  if (cloud.dimension < 1) throw InputError(what + ": points need at least one coordinate");
  if (cloud.coords.size() != cloud.count * static_cast<std::size_t>(cloud.dimension))
    throw InputError(what + ": coordinate storage does not match " + std::to_string(cloud.count) + " points");
  for (int j = 0; j < cloud.dimension; ++j) {
    const double* x = cloud.axis(j);
    for (std::size_t i = 0; i < cloud.count; ++i) {
      if (!std::isfinite(x[i]))
        throw InputError(what + ": point " + std::to_string(i) + " coordinate " + std::to_string(j) + " is " +
                         number_text(x[i]));
      if (std::fabs(x[i]) > kMaxCoordinate)
        throw InputError(what + ": point " + std::to_string(i) + " coordinate " + std::to_string(j) + " is " +
                         number_text(x[i]) + " (at most 1e150 in magnitude)");
    }
  }
  check_weights(cloud.weights, cloud.count, what);
}

void set_weights(PointCloud& cloud, std::vector<double> weights, const std::string& what) {
  check_weights(weights, cloud.count, what);
  double sum = 0.0;
  for (double w : weights) sum += w;
  for (double& w : weights) w /= sum;
  cloud.weights = std::move(weights);
}

CloudMoments moments(const PointCloud& cloud) {
  const int d = cloud.dimension;
  CloudMoments m;
  m.mean.assign(d, 0.0);
  m.covariance.assign(static_cast<std::size_t>(d) * d, 0.0);
  double total = 0.0;
  for (std::size_t i = 0; i < cloud.count; ++i) total += cloud.weights[i];
  if (!(total > 0)) return m;
  for (int j = 0; j < d; ++j) {
    double s = 0.0;
    for (std::size_t i = 0; i < cloud.count; ++i) s += cloud.weights[i] * cloud.at(i, j);
    m.mean[j] = s / total;
  }
  for (int j = 0; j < d; ++j)
    for (int k = 0; k <= j; ++k) {
      double s = 0.0;
      const double* xj = cloud.axis(j);
      const double* xk = cloud.axis(k);
      for (std::size_t i = 0; i < cloud.count; ++i) s += cloud.weights[i] * (xj[i] - m.mean[j]) * (xk[i] - m.mean[k]);
      m.covariance[j * d + k] = m.covariance[k * d + j] = s / total;
    }
  return m;
}

CloudMoments row_moments(const double* rows, std::size_t count, int dimension) {
  return moments(cloud_from_rows(rows, count, dimension));
}

}  // namespace flowscope

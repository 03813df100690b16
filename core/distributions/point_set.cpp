// Point sets smoothed into isotropic Gaussian mixtures.
#include <cmath>

#include "core/distributions/distribution.h"
#include "core/errors.h"
#include "core/io/number_format.h"

namespace flowscope {

double scott_bandwidth(const std::vector<double>& points, int d) {
  const std::size_t n = points.size() / static_cast<std::size_t>(d);
  double spread = 0.0;
  for (int j = 0; j < d; ++j) {
    double mean = 0.0, square = 0.0;
    for (std::size_t i = 0; i < n; ++i) mean += points[i * d + j];
    mean /= static_cast<double>(n);
    for (std::size_t i = 0; i < n; ++i) square += (points[i * d + j] - mean) * (points[i * d + j] - mean);
    spread += std::sqrt(square / static_cast<double>(n));
  }
  spread /= d;
  return spread * std::pow(static_cast<double>(n), -1.0 / (d + 4));
}

Distribution point_set_distribution(std::vector<double> points, int d, double bandwidth, const std::string& spec) {
  if (d < 2 || d > 3)
    throw InputError(spec + ": a point set must have 2 or 3 columns, not " + std::to_string(d));
  if (points.empty()) throw InputError(spec + ": the point set is empty");
  const std::size_t n = points.size() / static_cast<std::size_t>(d);
  for (std::size_t i = 0; i < n; ++i)
    for (int j = 0; j < d; ++j)
      if (!std::isfinite(points[i * d + j]))
        throw InputError(spec + ": point " + std::to_string(i + 1) + ", coordinate " + std::to_string(j + 1) +
                         " is not a finite number");
  if (bandwidth <= 0) {
    bandwidth = scott_bandwidth(points, d);
    // All points equal: Scott's rule gives 0; fall back to a unit-free small width.
    if (!(bandwidth > 0)) bandwidth = 0.1;
  }
  if (!std::isfinite(bandwidth)) throw InputError(spec + ": the bandwidth is not a finite number");
  std::vector<MixtureComponent> components;
  components.reserve(n);
  const double w = 1.0 / static_cast<double>(n);
  for (std::size_t i = 0; i < n; ++i)
    components.push_back(MixtureComponent::isotropic(
        w, std::vector<double>(points.begin() + i * d, points.begin() + (i + 1) * d), bandwidth));
  Distribution out;
  out.spec = spec;
  out.description = std::to_string(n) + " points smoothed with bandwidth " + format_double(bandwidth);
  out.mixture = GaussianMixture(d, std::move(components));
  out.point_set = true;
  out.bandwidth = bandwidth;
  out.points = std::move(points);
  return out;
}

}  // namespace flowscope

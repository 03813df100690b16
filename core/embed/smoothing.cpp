#include "core/embed/smoothing.h"

#include <cmath>
#include <string>
#include <vector>

#include "core/errors.h"

namespace flowscope {

TrajectorySet gaussian_smooth(const TrajectorySet& data, double sigma) {
  if (!(sigma >= 0) || !std::isfinite(sigma))
    throw InputError("smoothing: sigma must be a finite number >= 0 (in samples), not " + std::to_string(sigma));
  if (sigma == 0) return data;
  const auto half = static_cast<std::ptrdiff_t>(std::ceil(4 * sigma));
  std::vector<double> kernel(static_cast<std::size_t>(2 * half + 1));
  for (std::ptrdiff_t u = -half; u <= half; ++u)
    kernel[static_cast<std::size_t>(u + half)] = std::exp(-0.5 * static_cast<double>(u * u) / (sigma * sigma));

  TrajectorySet out = data;
  const std::size_t d = data.dimension;
  const std::vector<std::int32_t> trial = data.point_trials();
  const auto n = static_cast<std::ptrdiff_t>(data.points());
#pragma omp parallel
  {
    std::vector<double> sum(d);
#pragma omp for schedule(static)
    for (std::ptrdiff_t i = 0; i < n; ++i) {
      const auto r = static_cast<std::size_t>(trial[static_cast<std::size_t>(i)]);
      const auto lo = std::max(static_cast<std::ptrdiff_t>(data.trial_starts[r]), i - half);
      const auto hi = std::min(static_cast<std::ptrdiff_t>(data.trial_starts[r + 1]) - 1, i + half);
      std::fill(sum.begin(), sum.end(), 0.0);
      double weight = 0.0;
      for (std::ptrdiff_t s = lo; s <= hi; ++s) {
        const double w = kernel[static_cast<std::size_t>(s - i + half)];
        weight += w;
        const double* x = data.point(static_cast<std::size_t>(s));
        for (std::size_t j = 0; j < d; ++j) sum[j] += w * x[j];
      }
      double* y = out.values.data() + static_cast<std::size_t>(i) * d;
      for (std::size_t j = 0; j < d; ++j) y[j] = sum[j] / weight;
    }
  }
  return out;
}

}  // namespace flowscope

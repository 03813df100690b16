#include "core/reconstruct/derivatives.h"

#include <cmath>

#include "core/embed/smoothing.h"
#include "core/errors.h"

namespace flowscope {

DerivativeSamples central_derivatives(const TrajectorySet& data, double dt, double smooth_sigma) {
  if (!(dt > 0) || !std::isfinite(dt)) throw InputError("derivatives: the time step must be positive");
  if (!(smooth_sigma >= 0) || !std::isfinite(smooth_sigma))
    throw InputError("derivatives: the smoothing width must be a number >= 0 (samples)");
  const TrajectorySet smoothed = smooth_sigma > 0 ? gaussian_smooth(data, smooth_sigma) : TrajectorySet{};
  const TrajectorySet& x = smooth_sigma > 0 ? smoothed : data;
  const std::size_t d = x.dimension;
  DerivativeSamples out;
  out.dimension = d;
  for (std::size_t r = 0; r < x.trials(); ++r) {
    const std::size_t begin = x.trial_starts[r], end = x.trial_starts[r + 1];
    for (std::size_t i = begin + 2; i + 2 < end; ++i) {
      out.points.push_back(i);
      for (std::size_t j = 0; j < d; ++j) {
        out.states.push_back(x.values[i * d + j]);
        const double a = x.values[(i - 2) * d + j], b = x.values[(i - 1) * d + j];
        const double c = x.values[(i + 1) * d + j], e = x.values[(i + 2) * d + j];
        out.derivatives.push_back((a - 8.0 * b + 8.0 * c - e) / (12.0 * dt));
      }
    }
  }
  return out;
}

}  // namespace flowscope

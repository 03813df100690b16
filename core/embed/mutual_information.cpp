#include "core/embed/mutual_information.h"

#include <algorithm>
#include <cmath>

#include "core/errors.h"

namespace flowscope {

std::vector<double> mutual_information_curve(const TrajectorySet& data, std::size_t column, std::size_t max_delay,
                                             std::size_t bins) {
  if (column >= data.dimension)
    throw InputError("mutual information: column " + std::to_string(column) + " does not exist");
  const std::size_t n = data.points(), d = data.dimension;
  double lo = INFINITY, hi = -INFINITY;
  for (std::size_t i = 0; i < n; ++i) {
    lo = std::min(lo, data.values[i * d + column]);
    hi = std::max(hi, data.values[i * d + column]);
  }
  if (!std::isfinite(lo) || !std::isfinite(hi))
    throw InputError("mutual information: the series holds NaN or infinite values");
  std::vector<std::uint16_t> bin(n);
  const double width = hi > lo ? (hi - lo) / static_cast<double>(bins) : 1.0;
  for (std::size_t i = 0; i < n; ++i)
    bin[i] = static_cast<std::uint16_t>(std::min<double>(static_cast<double>(bins - 1), std::floor((data.values[i * d + column] - lo) / width)));

  std::vector<double> curve(max_delay + 1, 0.0);
#pragma omp parallel for schedule(dynamic, 1)
  for (std::size_t tau = 0; tau <= max_delay; ++tau) {
    std::vector<double> joint(bins * bins, 0.0), a(bins, 0.0), b(bins, 0.0);
    double pairs = 0;
    for (std::size_t r = 0; r < data.trials(); ++r)
      for (std::size_t i = data.trial_starts[r]; i + tau < data.trial_starts[r + 1]; ++i) {
        joint[bin[i] * bins + bin[i + tau]] += 1;
        a[bin[i]] += 1;
        b[bin[i + tau]] += 1;
        pairs += 1;
      }
    double mi = 0.0;
    for (std::size_t u = 0; u < bins; ++u)
      for (std::size_t v = 0; v < bins; ++v) {
        const double p = joint[u * bins + v];
        if (p > 0) mi += p / pairs * std::log(p * pairs / (a[u] * b[v]));
      }
    curve[tau] = pairs > 0 ? mi : NAN;
  }
  return curve;
}

DelayChoice choose_delay(const TrajectorySet& data, std::size_t column, std::size_t max_delay, std::size_t bins) {
  std::size_t longest = 0;
  for (std::size_t r = 0; r < data.trials(); ++r) longest = std::max(longest, data.trial_length(r));
  if (max_delay == 0) max_delay = std::min<std::size_t>(longest / 4, 500);
  if (max_delay < 2 || max_delay >= longest)
    throw InputError("choosing the delay: the series (" + std::to_string(longest) +
                     " samples) is too short to look for a minimum of mutual information up to delay " +
                     std::to_string(std::max<std::size_t>(max_delay, 2)));
  DelayChoice choice;
  choice.mutual_information = mutual_information_curve(data, column, max_delay, bins);
  const std::vector<double>& mi = choice.mutual_information;
  for (std::size_t tau = 1; tau < max_delay; ++tau)
    if (mi[tau - 1] > mi[tau] && mi[tau] <= mi[tau + 1]) {
      choice.delay = tau;
      choice.reason = "first minimum of mutual information";
      return choice;
    }
  for (std::size_t tau = 1; tau <= max_delay; ++tau)
    if (mi[tau] <= mi[0] / M_E) {
      choice.delay = tau;
      choice.reason = "no minimum of mutual information up to the largest delay; first fall below I(0)/e";
      return choice;
    }
  choice.delay = max_delay;
  choice.reason = "no minimum of mutual information and no fall below I(0)/e: the largest delay tried";
  return choice;
}

}  // namespace flowscope

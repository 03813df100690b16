#pragma once
// Average mutual information between x_t and x_{t+tau} (Fraser & Swinney,
// "Independent coordinates for strange attractors from mutual information",
// Phys. Rev. A 33, 1134, 1986), from a 2-D histogram of equal-width bins over
// the series' range; pairs never cross a trial boundary. Its first minimum is
// the classic choice of the embedding delay.
#include <cstddef>
#include <string>
#include <vector>

#include "core/data/trajectory_set.h"

namespace flowscope {

// I(tau) in nats for tau = 0 .. max_delay (pairs within trials of coordinate column).
std::vector<double> mutual_information_curve(const TrajectorySet& data, std::size_t column, std::size_t max_delay,
                                             std::size_t bins = 32);

struct DelayChoice {
  std::size_t delay = 1;
  std::vector<double> mutual_information;  // the curve, tau = 0 .. max_delay
  std::string reason;                      // "first minimum of mutual information" or the fallback used
};

// The first tau >= 1 with I(tau - 1) > I(tau) <= I(tau + 1); without one, the
// first tau where I falls below I(0)/e; without that, max_delay. max_delay 0:
// min(longest trial / 4, 500). Throws InputError when the trials are too short.
DelayChoice choose_delay(const TrajectorySet& data, std::size_t column, std::size_t max_delay = 0,
                         std::size_t bins = 32);

}  // namespace flowscope

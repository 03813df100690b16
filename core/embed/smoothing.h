#pragma once
// Gaussian smoothing along time, within each trial (spike counts -> rates).
#include "core/data/trajectory_set.h"

namespace flowscope {

// Each coordinate becomes sum_s w(t - s) x_s / sum_s w(t - s) over the
// samples s of the same trial with |t - s| <= ceil(4 sigma), w(u) =
// exp(-u^2 / (2 sigma^2)); sigma in samples. Near a trial's ends the weights
// are renormalised over the samples that exist, so a constant stays constant.
// sigma == 0 returns the data unchanged; throws InputError for sigma < 0 or not finite.
TrajectorySet gaussian_smooth(const TrajectorySet& data, double sigma);

}  // namespace flowscope

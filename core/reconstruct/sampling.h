#pragma once
// What every reconstruction needs from its data before fitting: one uniform
// time step, finite values, no constant column, enough samples.
#include <cstddef>
#include <string>
#include <vector>

#include "core/data/trajectory_set.h"

namespace flowscope {

// Relative spread of the time steps tolerated around their median: times
// written to a CSV with a few digits must still count as uniform.
inline constexpr double kTimeStepTolerance = 1e-3;

// The sampling interval. With requested_dt > 0 that value, checked against
// the set's times when it has them; otherwise the median step of the times,
// or 1 when the set has none. Throws InputError when the steps are not
// uniform (the first offending sample is named) or disagree with requested_dt.
double uniform_time_step(const TrajectorySet& data, double requested_dt);

// Throws InputError naming the problem: an empty set, a NaN or infinite value
// (its location), a constant column (its name), or fewer than `needed`
// usable samples for `what` ("a degree-3 library of 20 terms").
void check_fit_data(const TrajectorySet& data, std::size_t usable_samples, std::size_t needed,
                    const std::string& what);

// Names for the state variables that the equation parser accepts: the
// column names when every one is a valid, unreserved, distinct name, and
// x, y, z (three or fewer columns) or x0, x1, ... otherwise.
std::vector<std::string> variable_names_for(const TrajectorySet& data);

}  // namespace flowscope

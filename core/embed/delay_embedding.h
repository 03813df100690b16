#pragma once
// Delay (Takens) embedding of a scalar series: y_t = (x_t, x_{t+L}, ...,
// x_{t+(m-1)L}) for t = 0 .. T - 1 - (m-1)L, within each trial.
#include <cstddef>

#include "core/data/trajectory_set.h"

namespace flowscope {

// Embeds coordinate `column` of every trial. Times and labels are those of
// each vector's first sample. Throws InputError when column, delay or
// dimension is out of range or (m-1)L >= the length of a trial (naming it).
TrajectorySet delay_embed(const TrajectorySet& data, std::size_t column, std::size_t delay, std::size_t dimension);

}  // namespace flowscope

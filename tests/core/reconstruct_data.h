#pragma once
// Trajectories with known generators for the reconstruction tests.
#include <cstddef>
#include <string>
#include <vector>

#include "core/data/trajectory_set.h"

namespace flowscope::testing {

// Lorenz (10, 28, 8/3) from (1, 1, 1) by RK4 at dt / substeps, a transient of
// `transient` time units dropped, then `count` samples every dt, with times.
TrajectorySet lorenz_set(std::size_t count, double dt, int substeps = 5, double transient = 10.0);

// The message of the exception f throws, or "" if it throws none.
template <class F>
std::string error_message_of(F&& f) {
  try {
    f();
  } catch (const std::exception& e) {
    return e.what();
  }
  return {};
}

}  // namespace flowscope::testing

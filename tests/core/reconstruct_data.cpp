#include "tests/core/reconstruct_data.h"

#include <cmath>

#include "core/integrate/trajectory.h"
#include "core/systems/catalogue.h"

namespace flowscope::testing {

TrajectorySet lorenz_set(std::size_t count, double dt, int substeps, double transient) {
  Problem problem = default_problem(find_system("lorenz"), transient + dt * static_cast<double>(count));
  problem.initial_state = {1.0, 1.0, 1.0};
  problem.dt = dt / substeps;
  const Trajectory t = integrate(problem, Method::Rk4);
  const auto skip = static_cast<std::size_t>(std::lround(transient / problem.dt));
  std::vector<double> values;
  for (std::size_t i = 0; i < count; ++i) {
    const double* s = t.state(skip + static_cast<std::size_t>(substeps) * i);
    values.insert(values.end(), s, s + 3);
  }
  TrajectorySet set = make_trajectory_set(std::move(values), 1, count, 3, false);
  for (std::size_t i = 0; i < count; ++i) set.times.push_back(static_cast<double>(i) * dt);
  return set;
}

}  // namespace flowscope::testing

#pragma once
// A Poincaré section: where and when a trajectory crosses the plane n·x = c.
#include <cstddef>
#include <string_view>
#include <vector>

#include "core/integrate/trajectory.h"

namespace flowscope {

enum class CrossingDirection {
  Upward,    // n·x - c goes from negative to zero or positive (n·f > 0)
  Downward,  // from zero or positive to negative (n·f < 0)
  Both,
};

// "up", "down", "both"; throws InputError naming the known ones.
CrossingDirection parse_crossing_direction(std::string_view name);

struct PoincareOptions {
  std::vector<double> normal;  // n: one value per variable, not all zero
  double offset = 0.0;         // c
  CrossingDirection direction = CrossingDirection::Upward;
  double transient = 0.0;                 // crossings before this time are not recorded
  std::size_t max_crossings = 1'000'000;  // the run ends (successfully) at this many
};

// Integrates problem with RK4 at step problem.dt up to problem.t_end. When
// n·x - c changes sign over a step, the crossing is found on the cubic Hermite
// interpolant of the step (x and f at both ends: error O(dt^4), like RK4
// itself) by safeguarded Newton iteration, and its time and full state are
// recorded. Returns the crossings as a Trajectory: times[i] and state(i) are
// crossing i; status and message as integrate() (Unstable keeps the crossings
// before the blow-up, Cancelled those found so far). Throws InputError for a
// bad problem or options. Polls control.cancel every 4096 steps.
Trajectory poincare_section(const Problem& problem, const PoincareOptions& options, const RunControl& control = {});

}  // namespace flowscope

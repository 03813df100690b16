#pragma once
// An orbit (bifurcation) diagram: for each value of one parameter, the local
// maxima of one variable on the attractor. One maximum per period means a
// period-1 orbit, two a period-2 orbit, a smear chaos.
#include <cstddef>
#include <string>
#include <vector>

#include "core/integrate/trajectory.h"

namespace flowscope {

struct OrbitDiagramOptions {
  std::size_t parameter = 0;  // index of the parameter that is varied
  double from = 0.0;          // its first value
  double to = 0.0;            // its last value (from <= to)
  std::size_t count = 0;      // values, linearly spaced; 1 means just 'from'
  std::size_t variable = 0;   // index of the variable whose maxima are recorded
  double transient = 200.0;   // run first and discarded at every value
  double sample = 200.0;      // then maxima are recorded for this long
  std::size_t max_maxima = 10'000;  // per value: the run of that value stops there
};

struct OrbitColumn {
  double parameter = 0.0;
  std::vector<double> maxima;  // in time order
  RunStatus status = RunStatus::Success;  // Unstable: blew up (maxima before it kept)
  std::string message;
};

struct OrbitDiagram {
  std::vector<OrbitColumn> columns;  // one per parameter value, ascending
  // Success, or Cancelled (columns not run are empty and marked Cancelled).
  // A blow-up at some values is theirs alone: see each column's status.
  RunStatus status = RunStatus::Success;
  std::string message;
};

// Every value starts from problem.initial_state with problem's other
// parameters and step problem.dt (problem.t_end is not used): RK4 for
// transient + sample; a maximum is where the variable's derivative f_i turns
// from positive to non-positive over a step, located on the step's cubic
// Hermite interpolant (error O(dt^4), as RK4's), not at the nearest sample.
// The values run in parallel (OpenMP, dynamic schedule); each is computed on
// its own, so the result does not depend on the number of threads. Throws
// InputError for bad options (a structural parameter cannot be varied).
// control.cancel is polled every 4096 steps; control.progress receives the
// fraction of values done, from one thread at a time.
OrbitDiagram orbit_diagram(const Problem& problem, const OrbitDiagramOptions& options, const RunControl& control = {});

// The i-th of count linearly spaced values from 'from' to 'to', both included.
double orbit_parameter_value(const OrbitDiagramOptions& options, std::size_t i);

}  // namespace flowscope

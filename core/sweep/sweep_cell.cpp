#include "core/sweep/sweep_cell.h"

#include <algorithm>
#include <limits>

namespace flowscope {

std::string_view cell_status_name(CellStatus status) {
  switch (status) {
    case CellStatus::Success: return "success";
    case CellStatus::Unstable: return "unstable";
  }
  return "?";
}

bool compute_sweep_cell(const SweepSpec& spec, std::size_t cell, double* values, CellStatus& status,
                        const std::atomic<bool>* cancel) {
  constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
  const std::size_t count = values_per_cell(spec);
  std::fill(values, values + count, kNaN);
  status = CellStatus::Success;
  const Problem problem = cell_problem(spec, cell);
  RunControl control;
  control.cancel = cancel;

  if (spec.measure == SweepMeasure::OrbitDiagram) {
    // One value of the orbit-diagram column: the same run as 'orbit-diagram'
    // at that value (a one-value diagram runs on the calling thread).
    OrbitDiagramOptions options = spec.orbit;
    options.parameter = spec.axes.front().parameter;
    options.from = options.to = problem.parameters[options.parameter];
    options.count = 1;
    const OrbitDiagram diagram = orbit_diagram(problem, options, control);
    const OrbitColumn& column = diagram.columns.front();
    if (column.status == RunStatus::Cancelled) return false;
    if (column.status == RunStatus::Unstable) {
      status = CellStatus::Unstable;
      return true;
    }
    std::copy_n(column.maxima.begin(), std::min(count, column.maxima.size()), values);
    return true;
  }

  // The Lyapunov measures: the same run as 'lyapunov' with these settings.
  LyapunovOptions options = spec.lyapunov;
  options.curve_points = 1;
  if (spec.measure == SweepMeasure::LyapunovMax) options.count = 1;
  if (spec.measure == SweepMeasure::KaplanYorke) options.count = 0;
  const LyapunovResult result = lyapunov_spectrum(problem, options, control);
  if (result.status == RunStatus::Cancelled) return false;
  if (result.status == RunStatus::Unstable) {
    status = CellStatus::Unstable;
    return true;
  }
  if (spec.measure == SweepMeasure::KaplanYorke)
    values[0] = result.kaplan_yorke;
  else
    std::copy_n(result.exponents.begin(), count, values);
  return true;
}

}  // namespace flowscope

#include "core/sweep/sweep_cell.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/errors.h"

namespace flowscope {

std::string_view cell_status_name(CellStatus status) {
  switch (status) {
    case CellStatus::Success: return "success";
    case CellStatus::Unstable: return "unstable";
    case CellStatus::Undefined: return "no transitions";
  }
  return "?";
}

bool compute_sweep_cell(const SweepSpec& spec, std::size_t cell, double* values, CellStatus& status,
                        const std::atomic<bool>* cancel) {
  constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
  const std::size_t count = values_per_cell(spec);
  std::fill(values, values + count, kNaN);
  status = CellStatus::Success;
  RunControl control;
  control.cancel = cancel;

  if (spec.measure == SweepMeasure::EscapeRate) {
    // Counted between the two minima Kramers' estimate locates; the ensemble
    // runs serially here (inside a sweep's parallel region) and its noise is
    // keyed by particle and step, so the counts do not depend on the thread.
    const LangevinSpec langevin = cell_langevin(spec, cell);
    const auto kramers = langevin_kramers(langevin);
    if (!kramers) throw InputError("the potential has no two wells at cell " + std::to_string(cell));
    LangevinEnsemble ensemble(langevin, spec.escape.particles);
    const auto transient = static_cast<std::uint64_t>(std::llround(spec.escape.transient / langevin.settings.dt));
    EscapeCounter counter(kramers->x_left, kramers->x_right, spec.escape.particles);
    const double interval = static_cast<double>(spec.escape.observe_every) * langevin.settings.dt;
    std::uint64_t done = 0;
    const std::uint64_t total = transient + spec.escape.steps;
    while (done < total) {
      // Observation points fall on whole multiples of observe_every after the transient.
      const std::uint64_t next = done < transient ? transient : std::min(total, done + spec.escape.observe_every);
      const LangevinStatus step = ensemble.advance(next - done, control);
      if (step.status == RunStatus::Cancelled) return false;
      if (step.status == RunStatus::Unstable) {
        status = CellStatus::Unstable;
        return true;
      }
      const double elapsed = static_cast<double>(next - done) * langevin.settings.dt;
      done = next;
      counter.observe(ensemble.positions(0), done <= transient ? interval : elapsed);
      if (done == transient) counter.reset_statistics();
    }
    values[0] = counter.rate_from_left();
    values[1] = counter.rate_error_from_left();
    values[2] = kramers->rate;
    if (!std::isfinite(values[0]) || !std::isfinite(values[1])) {  // no transition: no rate to give
      values[0] = values[1] = kNaN;
      status = CellStatus::Undefined;
    }
    return true;
  }

  const Problem problem = cell_problem(spec, cell);

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

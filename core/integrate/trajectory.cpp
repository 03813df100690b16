#include "core/integrate/trajectory.h"

#include <cmath>

#include "core/errors.h"
#include "core/integrate/dopri5.h"
#include "core/integrate/recorder.h"
#include "core/integrate/rk4.h"
#include "core/integrate/stochastic.h"
#include "core/io/number_format.h"

namespace flowscope {
namespace {

std::size_t step_count(const Problem& problem) {
  // A relative slack so that t_end = 100, dt = 0.002 gives 50000 steps, not 50001.
  return static_cast<std::size_t>(std::ceil(problem.t_end / problem.dt - 1e-9));
}

// Fixed steps of dt (the last one shortened to land on t_end), every one stored.
Trajectory integrate_fixed_step(const Problem& problem, FixedStepper& stepper, const RunControl& control) {
  const std::size_t steps = step_count(problem);
  TrajectoryRecorder recorder(problem, control);
  std::vector<double> x = problem.initial_state;
  recorder.record(0.0, x.data());
  for (std::size_t k = 0; k < steps && !recorder.stopped(); ++k) {
    const double t = static_cast<double>(k) * problem.dt;
    const double t_next = (k + 1 == steps) ? problem.t_end : static_cast<double>(k + 1) * problem.dt;
    stepper.step(t, t_next - t, x.data());
    if (!recorder.record(t_next, x.data())) break;
    if (recorder.interrupted(static_cast<double>(k + 1) / steps)) break;
  }
  return recorder.finish();
}

}  // namespace

Method parse_method(std::string_view name) {
  for (Method m : {Method::Rk4, Method::Dopri5, Method::EulerMaruyama, Method::Heun})
    if (method_name(m) == name) return m;
  throw InputError("unknown integration method '" + std::string(name) +
                   "' (known methods: rk4, dopri5, em, heun)");
}

std::string_view method_name(Method method) {
  switch (method) {
    case Method::Rk4: return "rk4";
    case Method::Dopri5: return "dopri5";
    case Method::EulerMaruyama: return "em";
    case Method::Heun: return "heun";
  }
  return "?";
}

bool is_stochastic(Method method) { return method == Method::EulerMaruyama || method == Method::Heun; }

Problem default_problem(std::shared_ptr<const System> system, double t_end) {
  Problem problem;
  problem.parameters = default_parameters(*system);
  problem.initial_state = system->default_initial_state();
  problem.t_end = t_end;
  problem.dt = system->recommended_dt();
  problem.system = std::move(system);
  return problem;
}

void apply_structure(Problem& problem) {
  if (auto resized = problem.system->for_parameters(problem.parameters)) {
    problem.system = std::move(resized);
    if (problem.initial_state.size() != static_cast<std::size_t>(problem.system->dimension()))
      problem.initial_state = problem.system->default_initial_state();
  }
}

std::size_t sample_count(const Problem& problem) { return step_count(problem) + 1; }

void validate(const Problem& problem) {
  if (!problem.system) throw InputError("no system given");
  const System& system = *problem.system;
  validate_parameters(system, problem.parameters);
  if (problem.initial_state.size() != static_cast<std::size_t>(system.dimension()))
    throw InputError("system '" + std::string(system.id()) + "' has dimension " +
                     std::to_string(system.dimension()) + " but the initial state has " +
                     std::to_string(problem.initial_state.size()) + " values");
  for (double v : problem.initial_state)
    if (!std::isfinite(v)) throw InputError("the initial state must be finite");
  if (!(std::isfinite(problem.t_end) && problem.t_end > 0.0))
    throw InputError("the end time must be a finite positive number");
  if (!(std::isfinite(problem.dt) && problem.dt > 0.0))
    throw InputError("the time step must be a finite positive number");
  if (!(std::isfinite(problem.rtol) && problem.rtol > 0.0 && std::isfinite(problem.atol) && problem.atol > 0.0))
    throw InputError("the tolerances rtol and atol must be finite positive numbers");
  if (!(std::isfinite(problem.noise) && problem.noise >= 0.0))
    throw InputError("the noise strength must be a finite number >= 0");
  if (problem.t_end / problem.dt > static_cast<double>(kMaxSamples))
    throw InputError("t_end / dt asks for " + format_double(std::ceil(problem.t_end / problem.dt)) +
                     " steps; at most " + std::to_string(kMaxSamples) +
                     " are stored (raise dt or shorten the run)");
}

Trajectory integrate(const Problem& problem, Method method, const RunControl& control) {
  validate(problem);
  switch (method) {
    case Method::Rk4: {
      Rk4Stepper stepper(*problem.system, problem.parameters);
      return integrate_fixed_step(problem, stepper, control);
    }
    case Method::Dopri5:
      return integrate_dopri5(problem, control);
    case Method::EulerMaruyama:
    case Method::Heun:
      return integrate_stochastic(problem, method, control);
  }
  throw InputError("unsupported integration method");
}

std::vector<double> speeds(const Problem& problem, const Trajectory& trajectory) {
  const int n = trajectory.dimension;
  std::vector<double> f(n), result(trajectory.samples());
  for (std::size_t i = 0; i < trajectory.samples(); ++i) {
    problem.system->drift(trajectory.times[i], trajectory.state(i), problem.parameters.data(),
                          f.data());
    double sum = 0.0;
    for (double v : f) sum += v * v;
    result[i] = std::sqrt(sum);
  }
  return result;
}

}  // namespace flowscope

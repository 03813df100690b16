#include "core/analysis/orbit_diagram.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <exception>

#include "core/errors.h"
#include "core/integrate/rk4.h"
#include "core/io/number_format.h"

namespace flowscope {
namespace {

constexpr std::size_t kStepsBetweenPolls = 4096;
constexpr double kBlowUpMagnitude = 1e150;  // as in integrate()
constexpr std::size_t kMaxValues = 1'000'000;

bool is_sane(const std::vector<double>& x) {
  for (const double v : x)
    if (!(std::fabs(v) < kBlowUpMagnitude)) return false;
  return true;
}

// The maximum over one step of the cubic Hermite interpolant of a variable
// with end values a, b and end rates fa > 0 >= fb. With s in [0, 1] the
// interpolant's slope is the quadratic A s^2 + B s + C below; it changes sign
// once in [0, 1], and the root is taken in the form that does not cancel.
double hermite_maximum(double a, double b, double fa, double fb, double h) {
  const double da = h * fa, db = h * fb;
  const double A = 6.0 * (a - b) + 3.0 * (da + db);
  const double B = -6.0 * (a - b) - 4.0 * da - 2.0 * db;
  const double C = da;
  double s;
  if (A == 0.0) {
    s = -C / B;
  } else {
    const double root = std::sqrt(std::max(0.0, B * B - 4.0 * A * C));
    const double q = -0.5 * (B + std::copysign(root, B));
    const double s1 = q / A, s2 = q != 0.0 ? C / q : s1;
    s = (s1 >= 0.0 && s1 <= 1.0) ? s1 : s2;
  }
  s = std::clamp(s, 0.0, 1.0);
  const double h00 = (1.0 + 2.0 * s) * (1.0 - s) * (1.0 - s), h10 = s * (1.0 - s) * (1.0 - s);
  const double h01 = s * s * (3.0 - 2.0 * s), h11 = s * s * (s - 1.0);
  // Never below the larger sample: the interpolant's maximum is at least that.
  return std::max({h00 * a + h10 * da + h01 * b + h11 * db, a, b});
}

// One column: transient, then the maxima of the chosen variable.
OrbitColumn run_column(const Problem& base, const OrbitDiagramOptions& options, double value,
                       const std::atomic<bool>* cancel) {
  OrbitColumn column;
  column.parameter = value;
  const System& system = *base.system;
  std::vector<double> parameters = base.parameters;
  parameters[options.parameter] = value;
  const double* p = parameters.data();
  const std::size_t v = options.variable;
  const double dt = base.dt;
  const double t_end = options.transient + options.sample;
  const auto steps = static_cast<std::size_t>(std::ceil(t_end / dt - 1e-9));

  Rk4Stepper stepper(system, parameters);
  std::vector<double> x = base.initial_state, f0(x.size()), f1(x.size());
  double previous = x[v];
  bool have_rate = false;  // f0 holds f at the start of the step
  for (std::size_t k = 0; k < steps; ++k) {
    const double t0 = static_cast<double>(k) * dt;
    const double t1 = (k + 1 == steps) ? t_end : static_cast<double>(k + 1) * dt;
    if (t1 > options.transient && !have_rate) {
      system.drift(t0, x.data(), p, f0.data());
      have_rate = true;
    }
    stepper.step(t0, t1 - t0, x.data());
    if (!is_sane(x)) {
      column.status = RunStatus::Unstable;
      column.message = "the state blew up at t = " + format_double(t1);
      break;
    }
    if (have_rate) {
      system.drift(t1, x.data(), p, f1.data());
      if (f0[v] > 0.0 && f1[v] <= 0.0) {
        const double maximum = hermite_maximum(previous, x[v], f0[v], f1[v], t1 - t0);
        column.maxima.push_back(maximum);
        if (column.maxima.size() == options.max_maxima) break;
      }
      f0.swap(f1);
    }
    previous = x[v];
    if ((k + 1) % kStepsBetweenPolls == 0 && cancel && cancel->load(std::memory_order_relaxed)) {
      column.status = RunStatus::Cancelled;
      column.message = "cancelled";
      break;
    }
  }
  return column;
}

void check_inputs(const Problem& problem, const OrbitDiagramOptions& options) {
  if (!problem.system) throw InputError("no system given");
  const System& system = *problem.system;
  const auto specs = system.parameters();
  if (options.parameter >= specs.size())
    throw InputError("system '" + std::string(system.id()) + "' has no parameter number " +
                     std::to_string(options.parameter + 1));
  if (specs[options.parameter].structural)
    throw InputError("parameter '" + specs[options.parameter].name +
                     "' sets the size of the system and cannot be varied in an orbit diagram");
  if (options.variable >= static_cast<std::size_t>(system.dimension()))
    throw InputError("system '" + std::string(system.id()) + "' has no variable number " +
                     std::to_string(options.variable + 1));
  if (!(std::isfinite(options.from) && std::isfinite(options.to)))
    throw InputError("the parameter range must be finite");
  if (options.from > options.to)
    throw InputError("the parameter range runs backwards: from " + format_double(options.from) + " to " +
                     format_double(options.to));
  if (options.count == 0 || options.count > kMaxValues)
    throw InputError("the number of parameter values must be from 1 to " + std::to_string(kMaxValues));
  if (!(std::isfinite(options.transient) && options.transient >= 0.0))
    throw InputError("the transient must be a finite time of zero or more");
  if (!(std::isfinite(options.sample) && options.sample > 0.0))
    throw InputError("the sampling time must be a finite positive time");
  if (options.max_maxima == 0) throw InputError("the maximum number of maxima must be at least 1");
  // Every column is this problem with another value: check the ends once here.
  Problem column = problem;
  column.t_end = options.transient + options.sample;
  for (const double value : {options.from, options.to}) {
    column.parameters.at(options.parameter) = value;
    validate(column);
  }
}

}  // namespace

double orbit_parameter_value(const OrbitDiagramOptions& options, std::size_t i) {
  if (options.count <= 1) return options.from;
  if (i + 1 == options.count) return options.to;
  return options.from + (options.to - options.from) * static_cast<double>(i) / static_cast<double>(options.count - 1);
}

OrbitDiagram orbit_diagram(const Problem& problem, const OrbitDiagramOptions& options, const RunControl& control) {
  check_inputs(problem, options);
  OrbitDiagram diagram;
  diagram.columns.resize(options.count);
  std::size_t done = 0;
  std::exception_ptr failure;
  const auto count = static_cast<std::ptrdiff_t>(options.count);

#pragma omp parallel for schedule(dynamic)
  for (std::ptrdiff_t i = 0; i < count; ++i) {
    const double value = orbit_parameter_value(options, static_cast<std::size_t>(i));
    OrbitColumn& column = diagram.columns[static_cast<std::size_t>(i)];
    if (control.cancel && control.cancel->load(std::memory_order_relaxed)) {
      column.parameter = value;
      column.status = RunStatus::Cancelled;
      column.message = "cancelled";
      continue;
    }
    // An exception must not leave an OpenMP region: keep the first, rethrow below.
    try {
      column = run_column(problem, options, value, control.cancel);
    } catch (...) {
#pragma omp critical(flowscope_orbit_failure)
      if (!failure) failure = std::current_exception();
    }
#pragma omp critical(flowscope_orbit_progress)
    {
      ++done;
      if (control.progress) control.progress(static_cast<double>(done) / static_cast<double>(options.count));
    }
  }

  if (failure) std::rethrow_exception(failure);
  for (const OrbitColumn& column : diagram.columns)
    if (column.status == RunStatus::Cancelled) {
      diagram.status = RunStatus::Cancelled;
      diagram.message = "cancelled";
    }
  return diagram;
}

}  // namespace flowscope

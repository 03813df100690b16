#include "core/analysis/poincare.h"

#include <cmath>
#include <limits>
#include <string>

#include "core/errors.h"
#include "core/integrate/rk4.h"
#include "core/io/number_format.h"

namespace flowscope {
namespace {

constexpr std::size_t kStepsBetweenPolls = 4096;
constexpr double kBlowUpMagnitude = 1e150;  // as in integrate()

// The cubic Hermite basis on [0, 1]: p(s) = h00 x0 + h10 h f0 + h01 x1 + h11 h f1
// matches the values and slopes at both ends of a step of length h.
struct HermiteBasis {
  double h00, h10, h01, h11;
  explicit HermiteBasis(double s)
      : h00((1.0 + 2.0 * s) * (1.0 - s) * (1.0 - s)),
        h10(s * (1.0 - s) * (1.0 - s)),
        h01(s * s * (3.0 - 2.0 * s)),
        h11(s * s * (s - 1.0)) {}
};

// The interpolant of g = n·x - c over one step, as a function of s in [0, 1]:
// end values g0, g1 and end slopes d0 = h n·f0, d1 = h n·f1.
struct ScalarHermite {
  double g0, g1, d0, d1;
  double value(double s) const {
    const HermiteBasis b(s);
    return b.h00 * g0 + b.h10 * d0 + b.h01 * g1 + b.h11 * d1;
  }
  double slope(double s) const {
    return (6.0 * s * s - 6.0 * s) * (g0 - g1) + (3.0 * s * s - 4.0 * s + 1.0) * d0 + (3.0 * s * s - 2.0 * s) * d1;
  }
};

// A root of p in [0, 1], where p(0) and p(1) differ in sign (or p(1) = 0).
// Newton from the secant guess, falling back to bisection whenever a Newton
// step leaves the bracket, which shrinks every iteration: quadratic
// convergence in the usual case, never worse than bisection.
double bracketed_root(const ScalarHermite& p) {
  if (p.g1 == 0.0) return 1.0;
  double lo = 0.0, hi = 1.0;
  const bool rising = p.g0 < 0.0;  // p < 0 on the lo side
  double s = p.g0 / (p.g0 - p.g1);
  for (int iteration = 0; iteration < 60; ++iteration) {
    const double value = p.value(s);
    if (value == 0.0) return s;
    if ((value < 0.0) == rising)
      lo = s;
    else
      hi = s;
    const double slope = p.slope(s);
    double next = slope != 0.0 ? s - value / slope : 0.5 * (lo + hi);
    if (!(next > lo && next < hi)) next = 0.5 * (lo + hi);
    if (std::fabs(next - s) <= 4.0 * std::numeric_limits<double>::epsilon()) return next;
    s = next;
  }
  return s;
}

bool is_sane(const std::vector<double>& x) {
  for (const double v : x)
    if (!(std::fabs(v) < kBlowUpMagnitude)) return false;
  return true;
}

void check_inputs(const Problem& problem, const PoincareOptions& options) {
  validate(problem);
  const auto n = static_cast<std::size_t>(problem.system->dimension());
  if (options.normal.size() != n)
    throw InputError("the normal of the plane needs " + std::to_string(n) + " values, one per variable; got " +
                     std::to_string(options.normal.size()));
  bool nonzero = false;
  for (const double v : options.normal) {
    if (!std::isfinite(v)) throw InputError("the normal of the plane must be finite");
    nonzero = nonzero || v != 0.0;
  }
  if (!nonzero) throw InputError("the normal of the plane must not be zero");
  if (!std::isfinite(options.offset)) throw InputError("the offset of the plane must be finite");
  if (!(std::isfinite(options.transient) && options.transient >= 0.0))
    throw InputError("the transient must be a finite time of zero or more");
  if (options.max_crossings == 0) throw InputError("the maximum number of crossings must be at least 1");
}

double dot(const std::vector<double>& a, const std::vector<double>& b) {
  double sum = 0.0;
  for (std::size_t i = 0; i < a.size(); ++i) sum += a[i] * b[i];
  return sum;
}

}  // namespace

CrossingDirection parse_crossing_direction(std::string_view name) {
  if (name == "up") return CrossingDirection::Upward;
  if (name == "down") return CrossingDirection::Downward;
  if (name == "both") return CrossingDirection::Both;
  throw InputError("unknown crossing direction '" + std::string(name) + "' (known: up, down, both)");
}

Trajectory poincare_section(const Problem& problem, const PoincareOptions& options, const RunControl& control) {
  check_inputs(problem, options);
  const System& system = *problem.system;
  const int n = system.dimension();
  const double* p = problem.parameters.data();
  const std::size_t steps = static_cast<std::size_t>(std::ceil(problem.t_end / problem.dt - 1e-9));
  const bool want_up = options.direction != CrossingDirection::Downward;
  const bool want_down = options.direction != CrossingDirection::Upward;

  Trajectory out;
  out.dimension = n;
  Rk4Stepper stepper(system, problem.parameters);
  std::vector<double> x0 = problem.initial_state, x1 = x0, f0(n), f1(n);
  system.drift(0.0, x0.data(), p, f0.data());
  double g0 = dot(options.normal, x0) - options.offset;

  for (std::size_t k = 0; k < steps; ++k) {
    const double t0 = static_cast<double>(k) * problem.dt;
    const double t1 = (k + 1 == steps) ? problem.t_end : static_cast<double>(k + 1) * problem.dt;
    const double h = t1 - t0;
    x1 = x0;
    stepper.step(t0, h, x1.data());
    if (!is_sane(x1)) {
      out.status = RunStatus::Unstable;
      out.message = "the state blew up at t = " + format_double(t1) + "; try a smaller time step or other parameters";
      break;
    }
    system.drift(t1, x1.data(), p, f1.data());
    const double g1 = dot(options.normal, x1) - options.offset;

    // The side of the plane is g >= 0 or g < 0, so a step that lands exactly
    // on the plane counts once, not twice.
    const bool up = g0 < 0.0 && g1 >= 0.0, down = g0 >= 0.0 && g1 < 0.0;
    if ((up && want_up) || (down && want_down)) {
      const ScalarHermite g{g0, g1, h * dot(options.normal, f0), h * dot(options.normal, f1)};
      const double s = bracketed_root(g);
      const double t = t0 + s * h;
      if (t >= options.transient) {
        const HermiteBasis b(s);
        out.times.push_back(t);
        for (int i = 0; i < n; ++i)
          out.states.push_back(b.h00 * x0[i] + b.h10 * h * f0[i] + b.h01 * x1[i] + b.h11 * h * f1[i]);
        if (out.times.size() == options.max_crossings) break;
      }
    }
    x0.swap(x1);
    f0.swap(f1);
    g0 = g1;

    if ((k + 1) % kStepsBetweenPolls == 0) {
      if (control.cancel && control.cancel->load(std::memory_order_relaxed)) {
        out.status = RunStatus::Cancelled;
        out.message = "cancelled";
        break;
      }
      if (control.progress) control.progress(static_cast<double>(k + 1) / static_cast<double>(steps));
    }
  }
  if (out.status == RunStatus::Success && control.progress) control.progress(1.0);
  return out;
}

}  // namespace flowscope

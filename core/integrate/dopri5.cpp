#include "core/integrate/dopri5.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include "core/integrate/recorder.h"
#include "core/io/number_format.h"

namespace flowscope {
namespace {

// The Butcher tableau (Dormand & Prince 1980).
constexpr double c2 = 1.0 / 5, c3 = 3.0 / 10, c4 = 4.0 / 5, c5 = 8.0 / 9;
constexpr double a21 = 1.0 / 5;
constexpr double a31 = 3.0 / 40, a32 = 9.0 / 40;
constexpr double a41 = 44.0 / 45, a42 = -56.0 / 15, a43 = 32.0 / 9;
constexpr double a51 = 19372.0 / 6561, a52 = -25360.0 / 2187, a53 = 64448.0 / 6561, a54 = -212.0 / 729;
constexpr double a61 = 9017.0 / 3168, a62 = -355.0 / 33, a63 = 46732.0 / 5247, a64 = 49.0 / 176,
                 a65 = -5103.0 / 18656;
constexpr double a71 = 35.0 / 384, a73 = 500.0 / 1113, a74 = 125.0 / 192, a75 = -2187.0 / 6784,
                 a76 = 11.0 / 84;
// Difference between the fifth- and fourth-order weights: the error estimate.
constexpr double e1 = 71.0 / 57600, e3 = -71.0 / 16695, e4 = 71.0 / 1920, e5 = -17253.0 / 339200,
                 e6 = 22.0 / 525, e7 = -1.0 / 40;
// Hairer's coefficients of the continuous extension (dopri5, CONTD5).
constexpr double d1 = -12715105075.0 / 11282082432, d3 = 87487479700.0 / 32700410799,
                 d4 = -10690763975.0 / 1880347072, d5 = 701980252875.0 / 199316789632,
                 d6 = -1453857185.0 / 822651844, d7 = 69997945.0 / 29380423;

// Step size control (Hairer, Nørsett & Wanner, II.4).
constexpr double kSafety = 0.9, kMaxGrowth = 5.0, kMaxShrink = 0.2;
constexpr std::size_t kMaxAttempts = 100'000'000;

double rms_scaled(const double* v, const double* x, std::size_t n, double rtol, double atol) {
  double sum = 0.0;
  for (std::size_t i = 0; i < n; ++i) {
    const double s = v[i] / (atol + rtol * std::fabs(x[i]));
    sum += s * s;
  }
  return std::sqrt(sum / static_cast<double>(n));
}

// A first step from the sizes of x and f (Hairer's heuristic, first half).
double initial_step(const double* x, const double* f, std::size_t n, const Problem& problem) {
  const double d0 = rms_scaled(x, x, n, problem.rtol, problem.atol);
  const double d1 = rms_scaled(f, x, n, problem.rtol, problem.atol);
  const double h = (d0 < 1e-5 || d1 < 1e-5) ? 1e-6 : 0.01 * d0 / d1;
  return std::min({h, problem.dt, problem.t_end});
}

}  // namespace

Trajectory integrate_dopri5(const Problem& problem, const RunControl& control, AdaptiveStats* stats) {
  const System& system = *problem.system;
  const std::size_t n = static_cast<std::size_t>(system.dimension());
  Dopri5Stepper stepper(system, problem.parameters);
  TrajectoryRecorder recorder(problem, control);
  AdaptiveStats local;
  AdaptiveStats& count = stats ? *stats : local;

  std::vector<double> x = problem.initial_state, f(n), sample(n);
  system.drift(0.0, x.data(), problem.parameters.data(), f.data());
  ++count.evaluations;
  recorder.record(0.0, x.data());

  const std::size_t samples = sample_count(problem);
  std::size_t next = 1;  // index of the next output sample
  auto sample_time = [&](std::size_t k) {
    return k + 1 == samples ? problem.t_end : static_cast<double>(k) * problem.dt;
  };
  double t = 0.0;
  double h = initial_step(x.data(), f.data(), n, problem);
  while (next < samples && !recorder.stopped()) {
    h = std::min(h, problem.t_end - t);
    const double error = stepper.attempt(t, h, x.data(), f.data(), problem.rtol, problem.atol);
    count.evaluations += 6;
    if (!std::isfinite(error)) {
      recorder.fail("the state blew up near t = " + format_double(t) + "; try tighter tolerances or other parameters");
      break;
    }
    if (error <= 1.0) {
      ++count.accepted;
      const double t_new = (h == problem.t_end - t) ? problem.t_end : t + h;
      while (next < samples && sample_time(next) <= t_new) {
        stepper.interpolate((sample_time(next) - t) / h, sample.data());
        if (!recorder.record(sample_time(next), sample.data())) break;
        ++next;
      }
      t = t_new;
      std::copy_n(stepper.candidate(), n, x.begin());
      std::copy_n(stepper.candidate_derivative(), n, f.begin());
      if (recorder.interrupted(t / problem.t_end)) break;
    } else {
      ++count.rejected;
    }
    const double factor = error == 0.0 ? kMaxGrowth : kSafety * std::pow(error, -0.2);
    h *= std::clamp(factor, kMaxShrink, error <= 1.0 ? kMaxGrowth : 1.0);
    if (h < 1e-14 * std::max(1.0, std::fabs(t)) || count.accepted + count.rejected > kMaxAttempts) {
      recorder.fail("the step size collapsed at t = " + format_double(t) +
                    " (a singularity or a very stiff region); loosen the tolerances or change the parameters");
      break;
    }
  }
  return recorder.finish();
}

Dopri5Stepper::Dopri5Stepper(const System& system, std::vector<double> parameters)
    : system_(system), parameters_(std::move(parameters)) {
  const auto n = static_cast<std::size_t>(system.dimension());
  for (auto* v : {&k1_, &k2_, &k3_, &k4_, &k5_, &k6_, &k7_, &stage_, &x0_, &x1_}) v->resize(n);
  dense_.resize(5 * n);
}

void Dopri5Stepper::stages(double t, double h, const double* x, const double* f0) {
  const std::size_t n = stage_.size();
  const double* p = parameters_.data();
  h_ = h;
  for (std::size_t i = 0; i < n; ++i) {
    x0_[i] = x[i];
    k1_[i] = f0[i];
    stage_[i] = x[i] + h * a21 * k1_[i];
  }
  system_.drift(t + c2 * h, stage_.data(), p, k2_.data());
  for (std::size_t i = 0; i < n; ++i) stage_[i] = x[i] + h * (a31 * k1_[i] + a32 * k2_[i]);
  system_.drift(t + c3 * h, stage_.data(), p, k3_.data());
  for (std::size_t i = 0; i < n; ++i) stage_[i] = x[i] + h * (a41 * k1_[i] + a42 * k2_[i] + a43 * k3_[i]);
  system_.drift(t + c4 * h, stage_.data(), p, k4_.data());
  for (std::size_t i = 0; i < n; ++i)
    stage_[i] = x[i] + h * (a51 * k1_[i] + a52 * k2_[i] + a53 * k3_[i] + a54 * k4_[i]);
  system_.drift(t + c5 * h, stage_.data(), p, k5_.data());
  for (std::size_t i = 0; i < n; ++i)
    stage_[i] = x[i] + h * (a61 * k1_[i] + a62 * k2_[i] + a63 * k3_[i] + a64 * k4_[i] + a65 * k5_[i]);
  system_.drift(t + h, stage_.data(), p, k6_.data());
  for (std::size_t i = 0; i < n; ++i)
    x1_[i] = x[i] + h * (a71 * k1_[i] + a73 * k3_[i] + a74 * k4_[i] + a75 * k5_[i] + a76 * k6_[i]);
  system_.drift(t + h, x1_.data(), p, k7_.data());
}

void Dopri5Stepper::step(double t, double h, double* x) {
  system_.drift(t, x, parameters_.data(), k1_.data());
  stages(t, h, x, k1_.data());  // stages() copies f0 into k1_ first: aliasing is harmless
  std::copy(x1_.begin(), x1_.end(), x);
}

double Dopri5Stepper::attempt(double t, double h, const double* x, const double* f0, double rtol, double atol) {
  stages(t, h, x, f0);
  const std::size_t n = stage_.size();
  double sum = 0.0;
  for (std::size_t i = 0; i < n; ++i) {
    const double error =
        h * (e1 * k1_[i] + e3 * k3_[i] + e4 * k4_[i] + e5 * k5_[i] + e6 * k6_[i] + e7 * k7_[i]);
    const double scale = atol + rtol * std::max(std::fabs(x[i]), std::fabs(x1_[i]));
    sum += (error / scale) * (error / scale);
  }
  // Prepare the continuous extension for this step.
  for (std::size_t i = 0; i < n; ++i) {
    const double dx = x1_[i] - x0_[i];
    const double bspl = h * k1_[i] - dx;
    dense_[i] = x0_[i];
    dense_[n + i] = dx;
    dense_[2 * n + i] = bspl;
    dense_[3 * n + i] = dx - h * k7_[i] - bspl;
    dense_[4 * n + i] =
        h * (d1 * k1_[i] + d3 * k3_[i] + d4 * k4_[i] + d5 * k5_[i] + d6 * k6_[i] + d7 * k7_[i]);
  }
  return std::sqrt(sum / static_cast<double>(n));
}

void Dopri5Stepper::interpolate(double theta, double* out) const {
  const std::size_t n = stage_.size();
  const double rest = 1.0 - theta;
  for (std::size_t i = 0; i < n; ++i)
    out[i] = dense_[i] +
             theta * (dense_[n + i] +
                      rest * (dense_[2 * n + i] + theta * (dense_[3 * n + i] + rest * dense_[4 * n + i])));
}

}  // namespace flowscope

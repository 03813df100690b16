#include "core/integrate/stochastic.h"

#include <cmath>
#include <memory>
#include <utility>

#include "core/errors.h"
#include "core/integrate/recorder.h"
#include "core/random/philox.h"

namespace flowscope {

StochasticStepper::StochasticStepper(const System& system, std::vector<double> parameters, double noise)
    : system_(system), parameters_(std::move(parameters)), noise_(noise) {}

void StochasticStepper::noise_at(double t, const double* x, double* g) const {
  if (system_.diffusion(t, x, parameters_.data(), g)) return;
  for (int i = 0; i < system_.dimension(); ++i) g[i] = noise_;
}

EulerMaruyamaStepper::EulerMaruyamaStepper(const System& system, std::vector<double> parameters, double noise)
    : StochasticStepper(system, std::move(parameters), noise),
      f_(system.dimension()), g_(system.dimension()) {}

void EulerMaruyamaStepper::step(double t, double h, double* x, const double* dw) {
  system_.drift(t, x, parameters_.data(), f_.data());
  noise_at(t, x, g_.data());
  for (std::size_t i = 0; i < f_.size(); ++i) x[i] += f_[i] * h + g_[i] * dw[i];
}

StochasticHeunStepper::StochasticHeunStepper(const System& system, std::vector<double> parameters, double noise)
    : StochasticStepper(system, std::move(parameters), noise),
      f0_(system.dimension()), g0_(system.dimension()), f1_(system.dimension()), g1_(system.dimension()),
      predictor_(system.dimension()) {}

void StochasticHeunStepper::step(double t, double h, double* x, const double* dw) {
  const std::size_t n = f0_.size();
  system_.drift(t, x, parameters_.data(), f0_.data());
  noise_at(t, x, g0_.data());
  for (std::size_t i = 0; i < n; ++i) predictor_[i] = x[i] + f0_[i] * h + g0_[i] * dw[i];
  system_.drift(t + h, predictor_.data(), parameters_.data(), f1_.data());
  noise_at(t + h, predictor_.data(), g1_.data());
  for (std::size_t i = 0; i < n; ++i) x[i] += 0.5 * (f0_[i] + f1_[i]) * h + 0.5 * (g0_[i] + g1_[i]) * dw[i];
}

Trajectory integrate_stochastic(const Problem& problem, Method method, const RunControl& control) {
  const System& system = *problem.system;
  const int n = system.dimension();
  std::unique_ptr<StochasticStepper> stepper;
  if (method == Method::EulerMaruyama)
    stepper = std::make_unique<EulerMaruyamaStepper>(system, problem.parameters, problem.noise);
  else if (method == Method::Heun)
    stepper = std::make_unique<StochasticHeunStepper>(system, problem.parameters, problem.noise);
  else
    throw InputError("not a stochastic method");

  TrajectoryRecorder recorder(problem, control);
  std::vector<double> x = problem.initial_state, dw(n);
  recorder.record(0.0, x.data());
  const std::size_t samples = sample_count(problem);
  for (std::size_t k = 0; k + 1 < samples; ++k) {
    const double t = static_cast<double>(k) * problem.dt;
    const double t_next = (k + 2 == samples) ? problem.t_end : static_cast<double>(k + 1) * problem.dt;
    philox::wiener_increments(problem.seed, 0, k, t_next - t, n, dw.data());
    stepper->step(t, t_next - t, x.data(), dw.data());
    if (!recorder.record(t_next, x.data())) break;
    if (recorder.interrupted(static_cast<double>(k + 1) / samples)) break;
  }
  return recorder.finish();
}

}  // namespace flowscope

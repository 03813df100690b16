#pragma once
// Steppers for dx = f(t, x) dt + g(t, x) dW with diagonal noise g, given the
// Wiener increments dW of the step, so that the caller decides where the
// randomness comes from (Philox keyed by seed, trajectory and step).
// g is the system's own diffusion when it has one, else the constant
// `noise` on every component (additive noise).
#include <vector>

#include "core/integrate/trajectory.h"
#include "core/systems/system.h"

namespace flowscope {

class StochasticStepper {
 public:
  StochasticStepper(const System& system, std::vector<double> parameters, double noise);
  virtual ~StochasticStepper() = default;
  // Advances x from t to t + h in place with increments dw (dimension values).
  virtual void step(double t, double h, double* x, const double* dw) = 0;

 protected:
  void noise_at(double t, const double* x, double* g) const;

  const System& system_;
  std::vector<double> parameters_;
  double noise_;
};

// Euler-Maruyama: x += f h + g dW. Itô; strong order 1/2, 1 for additive noise.
class EulerMaruyamaStepper final : public StochasticStepper {
 public:
  EulerMaruyamaStepper(const System& system, std::vector<double> parameters, double noise);
  void step(double t, double h, double* x, const double* dw) override;

 private:
  std::vector<double> f_, g_;
};

// Stochastic Heun (a predictor-corrector, trapezoidal in f and g): converges
// to the Stratonovich solution with strong order 1 for diagonal noise; for
// additive noise Itô and Stratonovich agree.
class StochasticHeunStepper final : public StochasticStepper {
 public:
  StochasticHeunStepper(const System& system, std::vector<double> parameters, double noise);
  void step(double t, double h, double* x, const double* dw) override;

 private:
  std::vector<double> f0_, g0_, f1_, g1_, predictor_;
};

// One trajectory (index 0 of the problem's seed) sampled every dt.
Trajectory integrate_stochastic(const Problem& problem, Method method, const RunControl& control);

}  // namespace flowscope
